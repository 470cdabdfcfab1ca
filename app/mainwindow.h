// SPDX-License-Identifier: MIT
#pragma once

#include "app/scenario/scenario.h"

#include <QMainWindow>

QT_FORWARD_DECLARE_CLASS(QAction)
QT_FORWARD_DECLARE_CLASS(QMenu)
QT_FORWARD_DECLARE_CLASS(QScrollArea)
QT_FORWARD_DECLARE_CLASS(QSplitter)
QT_FORWARD_DECLARE_CLASS(QTabWidget)
class ActivationChartView;
class CompareModel;
class CompareView;
class DepthModel;
class DepthView;
class SoftmaxModel;
class SoftmaxView;
class SparsityModel;
class SparsityView;
class ExplorerModel;
class FunctionChooser;
class InfoPanel;
class LectureTour;
class SweepAnimator;
class SweepBar;
class NeuronPanel;
class ParameterPanel;
class ReadoutView;

// The explorer window: function chooser, parameters and neuron on the left, the chart and the
// read-out in the middle, the explanation of the function on the right.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(ExplorerModel* model, QWidget* parent = nullptr);

    ExplorerModel* model() const { return m_model; }
    ActivationChartView* chartView() const { return m_chart; }
    ReadoutView* readout() const { return m_readout; }
    FunctionChooser* functionChooser() const { return m_chooser; }
    ParameterPanel* parameterPanel() const { return m_parameters; }
    NeuronPanel* neuronPanel() const { return m_neuron; }
    InfoPanel* infoPanel() const { return m_info; }
    QTabWidget* tabs() const { return m_tabs; }
    LectureTour* tour() const { return m_tour; }
    SweepAnimator* sweep() const { return m_sweep; }
    SweepBar* sweepBar() const { return m_sweepBar; }
    SoftmaxModel* softmaxModel() const { return m_softmaxModel; }
    DepthModel* depthModel() const { return m_depthModel; }
    CompareModel* compareModel() const { return m_compareModel; }
    SparsityModel* sparsityModel() const { return m_sparsityModel; }
    SoftmaxView* softmaxView() const { return m_softmaxView; }
    DepthView* depthView() const { return m_depthView; }
    CompareView* compareView() const { return m_compareView; }
    SparsityView* sparsityView() const { return m_sparsityView; }

    // The lessons' tabs, in the order they appear.
    enum Tab { NeuronTab, SoftmaxTab, DepthTab, CompareTab, SparsityTab };

    // What a figure shows: the explorer's chart on the neuron tab, else the whole lesson page.
    QWidget* figureWidget() const;
    // Saves the figure as PNG, SVG or PDF (by extension), as on screen; false with a message.
    bool exportChart(const QString& path, QString* error) const;
    // The current curve's z, f(z), f′(z) at 1,001 points of the view, as locale-independent CSV.
    bool exportCurveCsv(const QString& path, QString* error);
    void copyFigure() const;

    // Scenarios: the whole state of all tabs. Opening validates the file first; on any error
    // nothing changes and `error` says why, in the UI language.
    ModelSet models() const;
    QString currentTabKey() const;
    bool openScenario(const QString& path, QString* error);
    bool saveScenario(const QString& path, QString* error);
    QStringList recentFiles() const;

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void retranslate();
    void exportFigure();
    void exportCurve();
    void openScenarioDialog();
    void saveScenarioDialog();
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    QString askFileName(bool save, const QString& title, const QString& filter, const QString& suffix);
    void stepFunction(int delta);
    void switchLanguage(const QString& language);
    void onTabChanged(int index);
    void applyPanels();
    void setFullScreen(bool on);

    ExplorerModel* m_model = nullptr;
    FunctionChooser* m_chooser = nullptr;
    ParameterPanel* m_parameters = nullptr;
    NeuronPanel* m_neuron = nullptr;
    ActivationChartView* m_chart = nullptr;
    ReadoutView* m_readout = nullptr;
    InfoPanel* m_info = nullptr;
    QScrollArea* m_leftScroll = nullptr;
    QSplitter* m_splitter = nullptr;
    QTabWidget* m_tabs = nullptr;
    LectureTour* m_tour = nullptr;
    SweepAnimator* m_sweep = nullptr;
    SweepBar* m_sweepBar = nullptr;
    QMenu* m_lessonsMenu = nullptr;
    QAction* m_tourAction = nullptr;
    QAction* m_tourNextAction = nullptr;
    QAction* m_tourPreviousAction = nullptr;
    QAction* m_tourLeaveAction = nullptr;
    QAction* m_sweepAction = nullptr;
    SoftmaxModel* m_softmaxModel = nullptr;
    DepthModel* m_depthModel = nullptr;
    CompareModel* m_compareModel = nullptr;
    SparsityModel* m_sparsityModel = nullptr;
    SoftmaxView* m_softmaxView = nullptr;
    DepthView* m_depthView = nullptr;
    CompareView* m_compareView = nullptr;
    SparsityView* m_sparsityView = nullptr;
    QList<QAction*> m_tabActions;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_functionMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_russianAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_exportCsvAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_derivativeAction = nullptr;
    QAction* m_tangentAction = nullptr;
    QAction* m_resetViewAction = nullptr;
    QAction* m_fullScreenAction = nullptr;
    QAction* m_panelsAction = nullptr;
    QAction* m_largerAction = nullptr;
    QAction* m_smallerAction = nullptr;
    QAction* m_actualSizeAction = nullptr;
    QMenu* m_themeMenu = nullptr;
    QList<QAction*> m_themeActions;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_nextAction = nullptr;
    QAction* m_previousAction = nullptr;
    QAction* m_resetNeuronAction = nullptr;
    QAction* m_guideAction = nullptr;
    QAction* m_aboutAction = nullptr;
};
