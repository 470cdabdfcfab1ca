// SPDX-License-Identifier: MIT
#pragma once

#include "app/widgets/retranslated.h"
#include "app/pages/page.h"

#include "app/model/initmodel.h"

#include <QList>
#include <QPointer>
#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QChartView)
QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QGroupBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QLineSeries)
QT_FORWARD_DECLARE_CLASS(QLogValueAxis)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QSpinBox)
QT_FORWARD_DECLARE_CLASS(QValueAxis)
QT_FORWARD_DECLARE_CLASS(QVBoxLayout)
class InitRidgeView;
class ParameterSliders;
class ValueSlider;

// Initialisation meets activation: a deep stack at its random start. Per layer, the spread of
// the activations and of the gradients (log scale, with the closed forms where they exist), the
// saturated and dead shares, and every layer's histogram as a ridge plot; the classic sequence
// of presets (tanh with tiny and large weights, tanh with Xavier, ReLU with Xavier and He).
class InitView : public Retranslated<Page> {
    Q_OBJECT
public:
    explicit InitView(InitModel* model, QWidget* parent = nullptr);
    QString title() const override;
    QString toolTip() const override;
    QWidget* figure() override;

    QLineSeries* stdSeries() const { return m_std; }
    QLineSeries* predictedSeries() const { return m_predicted; }
    QLineSeries* gradientSeries() const { return m_gradient; }
    QLineSeries* saturatedSeries() const { return m_saturated; }
    QLineSeries* deadSeries() const { return m_dead; }
    InitRidgeView* ridge() const { return m_ridge; }
    QLabel* summary() const { return m_summary; }
    QLabel* presetText() const { return m_presetText; }
    QComboBox* functionBox() const { return m_function; }
    QComboBox* schemeBox() const { return m_scheme; }
    QPushButton* presetButton(int i) const { return m_presets.value(i); }
    ValueSlider* slider(const char* key) const;

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void syncControls();
    void showResults();
    void retranslate() override;
    int matchingPreset() const;

    QPointer<InitModel> m_model;
    QGroupBox* m_controls = nullptr;
    QLabel* m_functionLabel = nullptr;
    QComboBox* m_function = nullptr;
    ParameterSliders* m_parameters = nullptr;
    QLabel* m_schemeLabel = nullptr;
    QComboBox* m_scheme = nullptr;
    QList<ValueSlider*> m_sliders;
    QLabel* m_seedLabel = nullptr;
    QSpinBox* m_seed = nullptr;
    QGroupBox* m_presetGroup = nullptr;
    QList<QPushButton*> m_presets;
    QLabel* m_presetText = nullptr;

    QChartView* m_stdView = nullptr;
    QValueAxis* m_layerAxis = nullptr;
    QLogValueAxis* m_logAxis = nullptr;
    QLineSeries* m_std = nullptr;
    QLineSeries* m_predicted = nullptr;
    QLineSeries* m_gradient = nullptr;
    QLineSeries* m_predictedGradient = nullptr;
    QLineSeries* m_weightGradient = nullptr;
    QChartView* m_shareView = nullptr;
    QValueAxis* m_shareLayerAxis = nullptr;
    QValueAxis* m_shareAxis = nullptr;
    QLineSeries* m_saturated = nullptr;
    QLineSeries* m_dead = nullptr;
    InitRidgeView* m_ridge = nullptr;
    QLabel* m_summary = nullptr;
};
