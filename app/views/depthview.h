// SPDX-License-Identifier: MIT
#pragma once

#include "app/widgets/retranslated.h"
#include "app/pages/page.h"

#include "app/model/depthmodel.h"

#include <QPointer>
#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QChartView)
QT_FORWARD_DECLARE_CLASS(QCheckBox)
QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QGroupBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QLineSeries)
QT_FORWARD_DECLARE_CLASS(QLogValueAxis)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QValueAxis)
class TextBlock;
class ValueSlider;

// The gradient through depth: |∂out/∂z_k| at every layer on a log scale for up to four
// functions (vanishing with sigmoid, dead or exploding with ReLU), and a linear stack collapsing
// into one layer.
class DepthView : public Retranslated<Page> {
    Q_OBJECT
public:
    explicit DepthView(DepthModel* model, QWidget* parent = nullptr);
    QString title() const override;
    QString toolTip() const override;

    // The plotted gradient of slot i (layer, value; exact zeros sit on the axis floor).
    QLineSeries* gradientSeries(int slot) const { return m_gradients.value(slot); }
    QLineSeries* stackSeries() const { return m_stack; }
    QLineSeries* collapsedSeries() const { return m_collapsed; }
    TextBlock* readout() const { return m_readout; }
    TextBlock* collapseLabel() const { return m_collapseLabel; }
    QComboBox* functionBox(int slot) const { return m_boxes.value(slot); }
    ValueSlider* layersSlider() const { return m_layers; }
    ValueSlider* weightSlider() const { return m_weight; }
    ValueSlider* z0Slider() const { return m_z0; }
    double axisFloor() const;

private:
    void refresh();
    void retranslate() override;

    QPointer<DepthModel> m_model;
    QGroupBox* m_controls = nullptr;
    QList<QComboBox*> m_boxes;
    QList<QLabel*> m_boxLabels;
    ValueSlider* m_layers = nullptr;
    ValueSlider* m_weight = nullptr;
    ValueSlider* m_z0 = nullptr;
    ValueSlider* m_bias = nullptr;
    ValueSlider* m_linearC = nullptr;
    QCheckBox* m_forward = nullptr;
    QPushButton* m_reset = nullptr;
    QChartView* m_gradientView = nullptr;
    QList<QLineSeries*> m_gradients;
    QValueAxis* m_layerAxis = nullptr;
    QLogValueAxis* m_logAxis = nullptr;
    TextBlock* m_readout = nullptr;
    QChartView* m_collapseView = nullptr;
    QLineSeries* m_stack = nullptr;
    QLineSeries* m_collapsed = nullptr;
    QValueAxis* m_collapseX = nullptr;
    QValueAxis* m_collapseY = nullptr;
    TextBlock* m_collapseLabel = nullptr;
};
