// SPDX-License-Identifier: MIT
#pragma once

#include "app/widgets/retranslated.h"
#include "app/pages/page.h"

#include "app/model/sparsitymodel.h"

#include <QPointer>
#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QAreaSeries)
QT_FORWARD_DECLARE_CLASS(QChartView)
QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QGroupBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QSpinBox)
QT_FORWARD_DECLARE_CLASS(QValueAxis)
class TextBlock;
class ValueSlider;

// A histogram of a random layer's outputs and the share of active neurons: about half for
// ReLU, almost all for sigmoid and tanh.
class SparsityView : public Retranslated<Page> {
    Q_OBJECT
public:
    static constexpr int kBins = 40;

    explicit SparsityView(SparsityModel* model, QWidget* parent = nullptr);
    QString title() const override;
    QString toolTip() const override;

    QAreaSeries* histogramSeries() const { return m_histogram; }
    TextBlock* summary() const { return m_summary; }
    QComboBox* functionBox() const { return m_function; }
    QSpinBox* neuronsBox() const { return m_neurons; }
    QSpinBox* seedBox() const { return m_seed; }
    ValueSlider* thresholdSlider() const { return m_threshold; }

private:
    void refresh();
    void retranslate() override;

    QPointer<SparsityModel> m_model;
    QGroupBox* m_controls = nullptr;
    QLabel* m_functionLabel = nullptr;
    QComboBox* m_function = nullptr;
    QLabel* m_neuronsLabel = nullptr;
    QSpinBox* m_neurons = nullptr;
    QLabel* m_seedLabel = nullptr;
    QSpinBox* m_seed = nullptr;
    QPushButton* m_reroll = nullptr;
    ValueSlider* m_threshold = nullptr;
    QChartView* m_view = nullptr;
    QAreaSeries* m_histogram = nullptr;
    QValueAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    TextBlock* m_summary = nullptr;
};
