// SPDX-License-Identifier: MIT
#pragma once

#include "app/widgets/retranslated.h"
#include "app/pages/page.h"

#include "app/model/trainmodel.h"

#include <QPointer>

#include <vector>

QT_FORWARD_DECLARE_CLASS(QChartView)
QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QGroupBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QLineSeries)
QT_FORWARD_DECLARE_CLASS(QLogValueAxis)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QScrollArea)
QT_FORWARD_DECLARE_CLASS(QSpinBox)
QT_FORWARD_DECLARE_CLASS(QToolButton)
QT_FORWARD_DECLARE_CLASS(QValueAxis)
QT_FORWARD_DECLARE_CLASS(QVBoxLayout)
class HeatMapView;
class TrainDiagnostics;
class NetworkDiagram;
class ParameterSliders;
class ValueSlider;

// The training playground: choose a data set, an activation and a network, press Play and watch
// the output over the plane, the training and test loss, and the gradient reaching each layer.
class TrainView : public Retranslated<Page> {
    Q_OBJECT
public:
    explicit TrainView(TrainModel* model, QWidget* parent = nullptr);
    QString title() const override;
    QString toolTip() const override;
    // The explanation of the activation being trained.
    QString infoPage() const override;
    // The page itself, once a run opened at a later epoch is trained again to there.
    QWidget* figure() override;

    HeatMapView* heatMap() const { return m_heatMap; }
    NetworkDiagram* diagram() const { return m_diagram; }
    QPushButton* clearPointsButton() const { return m_clearPoints; }
    QPushButton* importButton() const { return m_importPoints; }
    // Why the last clicked point was refused ("" after an accepted one).
    QLabel* pointsNotice() const { return m_pointsNotice; }
    const QList<ValueSlider*>& parameterSliders() const;
    ValueSlider* slider(std::string_view key) const;
    // Reads x,y,label points from a CSV file into the state, replacing the generated shape; on a
    // malformed file one message box in the user's language names the line, and nothing changes.
    bool importPoints(const QString& path);
    QPushButton* playButton() const { return m_play; }
    QPushButton* stepButton() const { return m_step; }
    // Writes the loss curves (the diagnostics pane's export) to a CSV file.
    QToolButton* exportButton() const { return m_exportButton; }
    QPushButton* resetButton() const { return m_reset; }
    QLabel* summary() const { return m_summary; }
    TrainDiagnostics* diagnostics() const { return m_diagnostics; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void retranslate() override;
    void fitPanel();
    void addPoint(double x, double y, int label);
    void chooseFile();

    QPointer<TrainModel> m_model;
    QGroupBox* m_controls = nullptr;
    QScrollArea* m_panel = nullptr;
    QLabel* m_datasetLabel = nullptr;
    QComboBox* m_dataset = nullptr;
    QLabel* m_functionLabel = nullptr;
    QComboBox* m_function = nullptr;
    ParameterSliders* m_parameters = nullptr;
    QLabel* m_initLabel = nullptr;
    QComboBox* m_init = nullptr;
    QLabel* m_seedLabel = nullptr;
    QSpinBox* m_seed = nullptr;
    QPushButton* m_newSeed = nullptr;
    std::vector<std::pair<std::string_view, ValueSlider*>> m_sliders;
    QPushButton* m_play = nullptr;
    QPushButton* m_step = nullptr;
    QToolButton* m_exportButton = nullptr;
    QPushButton* m_reset = nullptr;
    HeatMapView* m_heatMap = nullptr;
    NetworkDiagram* m_diagram = nullptr;
    QPushButton* m_clearPoints = nullptr;
    QPushButton* m_importPoints = nullptr;
    QLabel* m_pointsNotice = nullptr;
    QLabel* m_summary = nullptr;
    QChartView* m_lossView = nullptr;
    QLineSeries* m_trainLoss = nullptr;
    QLineSeries* m_testLoss = nullptr;
    QValueAxis* m_lossX = nullptr;
    QValueAxis* m_lossY = nullptr;
    QChartView* m_gradView = nullptr;
    std::vector<QLineSeries*> m_gradSeries;
    QValueAxis* m_gradX = nullptr;
    QLogValueAxis* m_gradY = nullptr;
    TrainDiagnostics* m_diagnostics = nullptr;
};
