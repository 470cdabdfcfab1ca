// SPDX-License-Identifier: MIT
#pragma once

#include "app/widgets/retranslated.h"
#include "core/train/histogram.h"

#include <QPointer>
#include <QTabWidget>

#include <vector>

QT_FORWARD_DECLARE_CLASS(QAreaSeries)
QT_FORWARD_DECLARE_CLASS(QChartView)
QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QLineSeries)
QT_FORWARD_DECLARE_CLASS(QValueAxis)
class LossCurveExport;
class TrainModel;

// The Train tab's diagnostics pane, what the loss alone does not tell: the gradient norm per
// layer (the chart the tab hands in), the share of dead and saturated units of every hidden
// layer over the epochs, and a histogram of one hidden layer's outputs on the training set at
// the current weights. Only the page on view is redrawn while training runs, into series made
// once (a series per layer is added or removed only when the network changes), so frames stay
// cheap. The corner holds "Export loss curves…".
class TrainDiagnostics : public Retranslated<QTabWidget> {
    Q_OBJECT
public:
    enum PageIndex { GradientPage, SharesPage, HistogramPage };

    TrainDiagnostics(TrainModel* model, QWidget* gradientChart, QWidget* parent = nullptr);

    LossCurveExport* exportAction() const { return m_export; }
    QChartView* sharesView() const { return m_sharesView; }
    QChartView* histogramView() const { return m_histogramView; }
    QComboBox* layerBox() const { return m_layer; }
    // One per hidden layer, nearest the input first; in percent over the epochs.
    const std::vector<QLineSeries*>& deadSeries() const { return m_dead; }
    const std::vector<QLineSeries*>& saturatedSeries() const { return m_saturated; }
    // The histogram as drawn: the outputs of dead units stacked under those of the others.
    QAreaSeries* deadArea() const { return m_deadArea; }
    QAreaSeries* liveArea() const { return m_liveArea; }
    const al::train::ActivationHistogram& histogram() const { return m_histogram; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void refreshShares();
    void refreshHistogram();
    void matchLayers(int layers);
    void retranslate() override;

    QPointer<TrainModel> m_model;
    LossCurveExport* m_export = nullptr;

    QChartView* m_sharesView = nullptr;
    QValueAxis* m_sharesX = nullptr;
    QValueAxis* m_sharesY = nullptr;
    std::vector<QLineSeries*> m_dead;
    std::vector<QLineSeries*> m_saturated;
    QLineSeries* m_deadKey = nullptr;  // empty series: their legend entries explain the two line styles
    QLineSeries* m_saturatedKey = nullptr;

    QWidget* m_histogramPage = nullptr;
    QLabel* m_layerLabel = nullptr;
    QComboBox* m_layer = nullptr;
    QLabel* m_histogramNote = nullptr;
    QChartView* m_histogramView = nullptr;
    QAreaSeries* m_deadArea = nullptr;
    QAreaSeries* m_liveArea = nullptr;
    QValueAxis* m_histogramX = nullptr;
    QValueAxis* m_histogramY = nullptr;
    al::train::Pass m_pass;  // scratch of the histogram, kept between frames
    al::train::ActivationHistogram m_histogram;
    QList<QPointF> m_points;  // scratch for series outlines

    int m_layers = -1;
};
