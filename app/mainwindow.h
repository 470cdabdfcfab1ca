// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/modelset.h"
#include "app/pages/page.h"

#include <QMainWindow>

QT_FORWARD_DECLARE_CLASS(QAction)
QT_FORWARD_DECLARE_CLASS(QMenu)
QT_FORWARD_DECLARE_CLASS(QScrollArea)
QT_FORWARD_DECLARE_CLASS(QSplitter)
QT_FORWARD_DECLARE_CLASS(QTabBar)
QT_FORWARD_DECLARE_CLASS(QTabWidget)
class ActivationChartView;
class CompareView;
class DepthView;
class ExercisePanel;
class ExplorerModel;
class FunctionChooser;
class InfoPanel;
class LectureTour;
class NeuronPage;
class NeuronPanel;
class Page;
class ParameterPanel;
class ReadoutView;
class SoftmaxView;
class SparsityView;
class SweepAnimator;
class SweepBar;

// The explorer window: function chooser, parameters and neuron on the left, the chart and the
// read-out in the middle, the explanation of the function on the right.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(ExplorerModel* model, QWidget* parent = nullptr);

    ExplorerModel* model() const { return m_models.explorer; }
    const ModelSet& models() const { return m_models; }
    QTabWidget* tabs() const { return m_tabs; }
    InfoPanel* infoPanel() const { return m_info; }
    LectureTour* tour() const { return m_tour; }
    ExercisePanel* exercisePanel() const { return m_exercisePanel; }
    QAction* exercisesAction() const { return m_exercisesAction; }
    // The page of a kind (NeuronPage, SoftmaxView …), for tests and the soak.
    template <class T>
    T* page() const
    {
        for (Page* p : m_pages)
            if (auto* t = qobject_cast<T*>(p))
                return t;
        return nullptr;
    }
    // Shortcuts into the neuron page, used by tests.
    NeuronPage* neuronPage() const;
    ActivationChartView* chartView() const;
    ReadoutView* readout() const;
    FunctionChooser* functionChooser() const;
    ParameterPanel* parameterPanel() const;
    NeuronPanel* neuronPanel() const;
    SweepAnimator* sweep() const;
    SweepBar* sweepBar() const;
    SoftmaxModel* softmaxModel() const { return m_models.softmax; }
    DepthModel* depthModel() const { return m_models.depth; }
    CompareModel* compareModel() const { return m_models.compare; }
    SparsityModel* sparsityModel() const { return m_models.sparsity; }
    SoftmaxView* softmaxView() const;
    DepthView* depthView() const;
    CompareView* compareView() const;
    SparsityView* sparsityView() const;

    // The lessons' tabs, in the order of the page registry.
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
    QString currentTabKey() const;
    // The tab index of a page (each tab holds its page in a scroll area), or −1.
    int tabOf(const QWidget* page) const;
    bool openScenario(const QString& path, QString* error);
    // Adds the exercises of a file (*.alex) to the Exercises panel, shows it and starts the first.
    bool openExercises(const QString& path, QString* error);
    // File → Open: a scenario, or exercises when the name ends in .alex.
    bool openFile(const QString& path, QString* error);
    bool saveScenario(const QString& path, QString* error);
    QStringList recentFiles() const;

protected:
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void retranslate();
    void exportFigure();
    void exportCurve();
    void openDialog();
    void saveScenarioDialog();
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    QString askFileName(bool save, const QString& title, const QString& filter, const QString& suffix);
    void stepFunction(int delta);
    void switchLanguage(const QString& language);
    void onTabChanged(int index);
    Page* currentPage() const;
    void applyPanels();
    void fitSidePanel();
    void setFullScreen(bool on);

    ModelSet m_models;
    QList<Page*> m_pages;
    QTabBar* m_pageBar = nullptr;  // the tabs' names, across the window
    InfoPanel* m_info = nullptr;
    QScrollArea* m_leftScroll = nullptr;
    QSplitter* m_splitter = nullptr;
    QTabWidget* m_tabs = nullptr;
    LectureTour* m_tour = nullptr;
    QMenu* m_lessonsMenu = nullptr;
    QAction* m_tourAction = nullptr;
    QAction* m_tourNextAction = nullptr;
    QAction* m_tourPreviousAction = nullptr;
    QAction* m_tourLeaveAction = nullptr;
    QAction* m_exercisesAction = nullptr;
    QScrollArea* m_exerciseArea = nullptr;
    ExercisePanel* m_exercisePanel = nullptr;
    QAction* m_sweepAction = nullptr;
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
    QAction* m_saveExerciseAction = nullptr;
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
