// SPDX-License-Identifier: MIT
#pragma once

#include "app/pages/page.h"

#include "app/model/racemodel.h"

#include <QList>
#include <QPointer>

QT_FORWARD_DECLARE_CLASS(QChartView)
QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QGridLayout)
QT_FORWARD_DECLARE_CLASS(QGroupBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QLineSeries)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QScrollArea)
QT_FORWARD_DECLARE_CLASS(QTableWidget)
QT_FORWARD_DECLARE_CLASS(QToolButton)
QT_FORWARD_DECLARE_CLASS(QValueAxis)
QT_FORWARD_DECLARE_CLASS(QVBoxLayout)
class HeatMapView;
class LossCurveExport;
class ValueSlider;

// The race: 2–4 activations learn the Train tab's data with its network, from the same initial
// weights. Their outputs over the plane side by side, their losses in one chart (one colour per
// activation: test solid, training dashed), and a table of the epochs each needed to reach the
// target test accuracy; the lecture's three races as presets. The curves export to CSV.
class RaceView : public Page {
    Q_OBJECT
public:
    // The table's columns.
    enum Column { ActivationColumn, EpochsColumn, AccuracyColumn, DeadColumn, Columns };
    // Where the parts go for the width at hand (arrange()); the maps make a row or a grid,
    // whichever lets them be largest.
    enum class Arrangement {
        Wide,    // the maps over the chart and the results, these two side by side (1920 px, panels hidden)
        Column,  // the maps, the results and the chart one under the other (1280 px beside the explanation, 200 %)
    };

    explicit RaceView(RaceModel* model, QWidget* parent = nullptr);
    QString title() const override;
    QString toolTip() const override;
    QWidget* figure() override;
    QString infoPage() const override;

    int runners() const;  // heat maps shown
    HeatMapView* heatMap(int runner) const { return m_maps.value(runner); }
    QLabel* heatMapTitle(int runner) const { return m_mapTitles.value(runner); }
    QComboBox* chooser(int runner) const { return m_choosers.value(runner); }
    QToolButton* removeButton(int runner) const { return m_removers.value(runner); }
    QPushButton* addButton() const { return m_add; }
    QPushButton* playButton() const { return m_play; }
    QPushButton* stepButton() const { return m_step; }
    QPushButton* resetButton() const { return m_reset; }
    QPushButton* presetButton(int i) const { return m_presets.value(i); }
    ValueSlider* targetSlider() const { return m_target; }
    ValueSlider* speedSlider() const { return m_speed; }
    QTableWidget* table() const { return m_table; }
    QLineSeries* testLoss(int runner) const { return m_testLoss.value(runner); }
    QLineSeries* trainingLoss(int runner) const { return m_trainLoss.value(runner); }
    QLabel* epochLabel() const { return m_epoch; }
    QLabel* presetText() const { return m_presetText; }
    QLabel* verdict() const { return m_verdict; }
    LossCurveExport* exportAction() const { return m_export; }
    QToolButton* exportButton() const { return m_exportButton; }
    QChartView* lossView() const { return m_lossView; }
    // The key under the chart saying which line is which (the chart's own legend is hidden).
    QLabel* testKey() const { return m_testKey; }
    QLabel* trainingKey() const { return m_trainingKey; }
    Arrangement arrangement() const { return m_arrangement; }
    int mapColumns() const { return m_mapColumns; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void syncControls();
    void refresh();    // draws now if shown, else when next shown
    void showRace();   // heat maps, curves, table
    void fitTable();   // header tall enough for wrapped titles, the table as tall as its rows
    void retranslate();
    void arrange();    // the parts' places and the maps' size for the room at hand
    void place(Arrangement arrangement, int columns);  // the parts into the layouts, when they move
    void drawKey();    // the line samples of the key, at the current font size

    QPointer<RaceModel> m_model;
    bool m_stale = true;
    QGroupBox* m_controls = nullptr;
    QScrollArea* m_panel = nullptr;
    QScrollArea* m_resultsArea = nullptr;
    QGroupBox* m_runnerGroup = nullptr;
    QVBoxLayout* m_runnerRows = nullptr;
    QList<QWidget*> m_rows;
    QList<QComboBox*> m_choosers;
    QList<QToolButton*> m_removers;
    QPushButton* m_add = nullptr;
    ValueSlider* m_target = nullptr;
    ValueSlider* m_speed = nullptr;
    QPushButton* m_play = nullptr;
    QPushButton* m_step = nullptr;
    QPushButton* m_reset = nullptr;
    QLabel* m_epoch = nullptr;
    QLabel* m_setup = nullptr;
    QGroupBox* m_presetGroup = nullptr;
    QList<QPushButton*> m_presets;
    QLabel* m_presetText = nullptr;

    QWidget* m_mapsArea = nullptr;
    QGridLayout* m_mapsGrid = nullptr;
    QGridLayout* m_parts = nullptr;  // maps, chart and results
    Arrangement m_arrangement = Arrangement::Wide;
    int m_mapColumns = 0;  // 0: not placed yet
    int m_placedRunners = 0;
    bool m_arranging = false;
    QList<QWidget*> m_mapCells;
    QList<QLabel*> m_mapTitles;
    QList<HeatMapView*> m_maps;
    QChartView* m_lossView = nullptr;
    QValueAxis* m_lossX = nullptr;
    QValueAxis* m_lossY = nullptr;
    QWidget* m_chartBlock = nullptr;  // the chart over its key and the export button
    QLabel* m_testSample = nullptr;
    QLabel* m_testKey = nullptr;
    QLabel* m_trainingSample = nullptr;
    QLabel* m_trainingKey = nullptr;
    LossCurveExport* m_export = nullptr;
    QToolButton* m_exportButton = nullptr;
    QWidget* m_results = nullptr;  // the table under its title, the verdict under it
    QList<QLineSeries*> m_testLoss;
    QList<QLineSeries*> m_trainLoss;
    QLabel* m_tableTitle = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_verdict = nullptr;
};
