// SPDX-License-Identifier: MIT
#include "app/mainwindow.h"

#include "app/model/trainmodel.h"

#include "app/appearance.h"
#include "app/cli/commandline.h"
#include "app/languagemanager.h"
#include "app/lessons/exercisepanel.h"
#include "app/lessons/lecturetour.h"
#include "app/lessons/sweepanimator.h"
#include "app/model/explorermodel.h"
#include "app/model/labstate.h"
#include "app/pages/neuronpage.h"
#include "app/pages/pageregistry.h"
#include "app/render/chartexport.h"
#include "app/scenario/scenario.h"
#include "app/views/compareview.h"
#include "app/views/depthview.h"
#include "app/views/infopanel.h"
#include "app/views/softmaxview.h"
#include "app/views/sparsityview.h"
#include "app/views/activationchartview.h"
#include "app/widgets/controllocks.h"
#include "app/widgets/functionchooser.h"
#include "app/widgets/panelscroll.h"
#include "core/catalog.h"
#include "core/state/schema.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QSaveFile>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

MainWindow::MainWindow(ExplorerModel* model, QWidget* parent) : QMainWindow(parent), m_models(ModelSet::around(model, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs = new QTabWidget();
    m_tabs->setDocumentMode(true);
    // The tabs' names run across the whole window, above the side panels: between the neuron's
    // controls and the explanation there is no room for eight names in Russian. The tab widget
    // keeps its own bar hidden and follows this one.
    m_tabs->tabBar()->hide();
    m_pageBar = new QTabBar();
    m_pageBar->setObjectName(QStringLiteral("pageBar"));
    m_pageBar->setDocumentMode(true);
    m_pageBar->setExpanding(false);
    m_pageBar->setDrawBase(true);
    m_leftScroll = new ScrollArea();
    m_leftScroll->setWidgetResizable(true);
    m_leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const PageType& type : pageTypes()) {
        Page* page = type.create(m_models);
        m_pages.append(page);
        // A tab widget is as wide as its widest page's minimum, whichever page is open: in a
        // scroll area of its own, a page's minimum only matters while it is shown (and scrolls
        // rather than pushing the panels beside the tabs out of a small window).
        auto* area = new ScrollArea();
        area->setObjectName(QStringLiteral("page_") + QString::fromLatin1(type.key.data(), static_cast<qsizetype>(type.key.size())));
        area->setFrameShape(QFrame::NoFrame);
        area->setWidgetResizable(true);
        area->setWidget(page);
        m_tabs->addTab(area, QString());
        m_pageBar->addTab(QString());
        // One page has controls beside the tabs (the neuron's); the shell shows them while it is open.
        if (QWidget* side = page->sidePanel()) {
            m_leftScroll->setWidget(side);
            side->show();
        }
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onTabChanged);
    connect(m_tabs, &QTabWidget::currentChanged, m_pageBar, &QTabBar::setCurrentIndex);
    connect(m_pageBar, &QTabBar::currentChanged, m_tabs, &QTabWidget::setCurrentIndex);
    // The open tab is part of the state: scenarios and the tour open tabs by changing it.
    connect(m_models.state, &LabState::changed, this, [this](const LabState::Keys& keys) {
        if (std::find(keys.begin(), keys.end(), std::string_view("tab")) == keys.end())
            return;
        const PageType* type = findPageType(m_models.state->document().text("tab"));
        m_tabs->setCurrentIndex(static_cast<int>(type - pageTypes().data()));
    });

    m_info = new InfoPanel(model);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(m_leftScroll);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_info);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setChildrenCollapsible(false);
    m_tour = new LectureTour(m_models.state);
    connect(m_tour, &LectureTour::infoPageRequested, this, [this](const QString& page) { m_info->showPage(page); });
    auto* central = new QWidget();
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_pageBar);
    centralLayout->addWidget(m_splitter, 1);
    centralLayout->addWidget(m_tour);
    setCentralWidget(central);

    // Exercises: a pane at the right of the splitter, hidden until Lessons → Exercises; it locks
    // controls anywhere in the window by the setting they edit.
    m_exercisePanel = new ExercisePanel(m_models.state, this);
    m_exerciseArea = new ScrollArea();
    m_exerciseArea->setObjectName(QStringLiteral("exerciseArea"));
    m_exerciseArea->setWidgetResizable(true);
    m_exerciseArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_exerciseArea->setWidget(m_exercisePanel);
    // Wide enough for the pane's own minimum, so nothing is cut at its right edge.
    m_exerciseArea->setMinimumWidth(std::max(360, m_exercisePanel->minimumSizeHint().width() + 24));
    m_splitter->addWidget(m_exerciseArea);
    m_splitter->setStretchFactor(3, 0);
    m_exerciseArea->hide();

    createActions();
    retranslate();
    applyPanels();
    resize(1280, 800);
    fitSidePanel();
    m_splitter->setSizes({m_leftScroll->minimumWidth(), 620, 360});
    setTabOrder(functionChooser(), chartView());
}

NeuronPage* MainWindow::neuronPage() const
{
    return page<NeuronPage>();
}

ActivationChartView* MainWindow::chartView() const
{
    return neuronPage()->chart();
}

ReadoutView* MainWindow::readout() const
{
    return neuronPage()->readout();
}

FunctionChooser* MainWindow::functionChooser() const
{
    return neuronPage()->chooser();
}

ParameterPanel* MainWindow::parameterPanel() const
{
    return neuronPage()->parameters();
}

NeuronPanel* MainWindow::neuronPanel() const
{
    return neuronPage()->neuron();
}

SweepAnimator* MainWindow::sweep() const
{
    return neuronPage()->sweep();
}

SweepBar* MainWindow::sweepBar() const
{
    return neuronPage()->sweepBar();
}

SoftmaxView* MainWindow::softmaxView() const
{
    return page<SoftmaxView>();
}

DepthView* MainWindow::depthView() const
{
    return page<DepthView>();
}

CompareView* MainWindow::compareView() const
{
    return page<CompareView>();
}

SparsityView* MainWindow::sparsityView() const
{
    return page<SparsityView>();
}

Page* MainWindow::currentPage() const
{
    return m_pages.value(m_tabs->currentIndex());
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_saveAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveScenarioDialog);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveExerciseAction = m_fileMenu->addAction(QString(), m_exercisePanel, &ExercisePanel::saveStateAsExercise);
    m_fileMenu->addSeparator();
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportFigure);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportCsvAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportCurve);
    m_copyAction = m_fileMenu->addAction(QString(), this, &MainWindow::copyFigure);
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_derivativeAction = m_viewMenu->addAction(QString());
    m_derivativeAction->setCheckable(true);
    m_derivativeAction->setChecked(m_models.explorer->showDerivative());
    m_derivativeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_derivativeAction, &QAction::toggled, m_models.explorer, &ExplorerModel::setShowDerivative);
    m_tangentAction = m_viewMenu->addAction(QString());
    m_tangentAction->setCheckable(true);
    m_tangentAction->setChecked(m_models.explorer->showTangent());
    m_tangentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    ControlLocks::bind(m_derivativeAction, QStringLiteral("explorer.showDerivative"));
    ControlLocks::bind(m_tangentAction, QStringLiteral("explorer.showTangent"));
    connect(m_tangentAction, &QAction::toggled, m_models.explorer, &ExplorerModel::setShowTangent);
    m_viewMenu->addSeparator();
    // Presentation: full screen, the interface scale, themes, and panels out of the way.
    m_fullScreenAction = m_viewMenu->addAction(QString(), this, &MainWindow::setFullScreen);
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_panelsAction = m_viewMenu->addAction(QString(), this, [](bool hidden) {
        Appearance::instance().setPanelsHidden(hidden);
        Appearance::instance().save();
    });
    m_panelsAction->setCheckable(true);
    m_panelsAction->setShortcut(QKeySequence(Qt::Key_F9));
    const auto rescale = [](double delta) {
        Appearance& a = Appearance::instance();
        a.setScale(delta == 0.0 ? 1.0 : a.scale() + delta);
        a.save();
    };
    m_largerAction = m_viewMenu->addAction(QString(), this, [rescale] { rescale(Appearance::kScaleStep); });
    m_largerAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    m_smallerAction = m_viewMenu->addAction(QString(), this, [rescale] { rescale(-Appearance::kScaleStep); });
    m_smallerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_actualSizeAction = m_viewMenu->addAction(QString(), this, [rescale] { rescale(0.0); });
    m_actualSizeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_themeMenu = m_viewMenu->addMenu(QString());
    auto* themes = new QActionGroup(this);
    for (Appearance::Theme t : {Appearance::Theme::System, Appearance::Theme::Light, Appearance::Theme::Dark, Appearance::Theme::HighContrast}) {
        QAction* a = m_themeMenu->addAction(QString(), this, [t] {
            Appearance::instance().setTheme(t);
            Appearance::instance().save();
        });
        a->setCheckable(true);
        a->setChecked(Appearance::instance().theme() == t);
        a->setData(Appearance::themeKey(t));
        themes->addAction(a);
        m_themeActions.append(a);
    }
    connect(&Appearance::instance(), &Appearance::changed, this, &MainWindow::applyPanels);
    m_viewMenu->addSeparator();
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction* a = m_viewMenu->addAction(QString(), this, [this, i] { m_tabs->setCurrentIndex(i); });
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        m_tabActions.append(a);
    }
    m_viewMenu->addSeparator();
    m_resetViewAction = m_viewMenu->addAction(QString(), m_models.explorer, &ExplorerModel::resetView);
    m_resetViewAction->setShortcut(QKeySequence(Qt::Key_Home));
    m_zoomInAction = m_viewMenu->addAction(QString(), this, [this] {
        const ViewRange& v = m_models.explorer->view();
        m_models.explorer->zoom(0.8, 0.5 * (v.zMin + v.zMax), 0.5 * (v.yMin + v.yMax));
    });
    m_zoomInAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Equal));
    m_zoomOutAction = m_viewMenu->addAction(QString(), this, [this] {
        const ViewRange& v = m_models.explorer->view();
        m_models.explorer->zoom(1.25, 0.5 * (v.zMin + v.zMax), 0.5 * (v.yMin + v.yMax));
    });
    m_zoomOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Minus));
    connect(m_models.explorer, &ExplorerModel::changed, this, [this](ExplorerModel::Changes what) {
        if (!(what & ExplorerModel::DisplayChanged))
            return;
        m_derivativeAction->setChecked(m_models.explorer->showDerivative());
        m_tangentAction->setChecked(m_models.explorer->showTangent());
    });

    m_functionMenu = menuBar()->addMenu(QString());
    m_previousAction = m_functionMenu->addAction(QString(), this, [this] { stepFunction(-1); });
    m_previousAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_nextAction = m_functionMenu->addAction(QString(), this, [this] { stepFunction(1); });
    m_nextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    ControlLocks::bind(m_previousAction, QStringLiteral("explorer.function"));
    ControlLocks::bind(m_nextAction, QStringLiteral("explorer.function"));
    m_resetNeuronAction = m_functionMenu->addAction(QString(), m_models.explorer, &ExplorerModel::resetNeuron);
    m_resetNeuronAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_functionMenu->addSeparator();
    // Ctrl+1 … Ctrl+9 jump to the first nine functions: the lecture's seven, then ELU and SELU.
    for (int i = 0; i < 9 && i < static_cast<int>(al::catalog().size()); ++i) {
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        ControlLocks::bind(action, QStringLiteral("explorer.function"));
        connect(action, &QAction::triggered, this, [this, i] { m_models.explorer->setFunctionIndex(i); });
        addAction(action);
    }

    // Language names are written in their own language, so they stay findable whatever the UI.
    m_languageMenu = menuBar()->addMenu(QString());
    auto* languages = new QActionGroup(this);
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"), this, [this] { switchLanguage(QStringLiteral("en")); });
    m_russianAction = m_languageMenu->addAction(QStringLiteral("Русский"), this, [this] { switchLanguage(QStringLiteral("ru")); });
    for (QAction* a : {m_englishAction, m_russianAction}) {
        a->setCheckable(true);
        languages->addAction(a);
    }
    connect(&LanguageManager::instance(), &LanguageManager::languageChanged, this, [this](const QString& language) {
        m_englishAction->setChecked(language == QStringLiteral("en"));
        m_russianAction->setChecked(language == QStringLiteral("ru"));
        m_info->setLanguage(language);
        // Spin boxes, axes and read-outs take the new decimal separator from the widget locale.
        setLocale(QLocale());
    });
    m_englishAction->setChecked(LanguageManager::instance().current() == QStringLiteral("en"));
    m_russianAction->setChecked(LanguageManager::instance().current() == QStringLiteral("ru"));
    m_info->setLanguage(LanguageManager::instance().current());

    // Lessons: the guided tour and the sweep animation.
    m_lessonsMenu = menuBar()->addMenu(QString());
    m_tourAction = m_lessonsMenu->addAction(QString(), m_tour, &LectureTour::start);
    m_tourAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_tourNextAction = m_lessonsMenu->addAction(QString(), m_tour, &LectureTour::next);
    m_tourNextAction->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_tourPreviousAction = m_lessonsMenu->addAction(QString(), m_tour, &LectureTour::previous);
    m_tourPreviousAction->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_tourLeaveAction = m_lessonsMenu->addAction(QString(), m_tour, &LectureTour::leave);
    m_tourLeaveAction->setShortcut(QKeySequence(Qt::Key_Escape));
    // PgUp/PgDn and Esc belong to the tour only while it runs; otherwise sliders keep them.
    const auto tourKeys = [this](bool running) {
        for (QAction* a : {m_tourNextAction, m_tourPreviousAction, m_tourLeaveAction})
            a->setEnabled(running);
    };
    tourKeys(false);
    connect(m_tour, &LectureTour::runningChanged, this, tourKeys);
    // The tour sets the controls itself, an exercise holds some fixed: one at a time.
    connect(m_tour, &LectureTour::runningChanged, this, [this](bool running) {
        if (running)
            m_exercisePanel->leave(ExercisePanel::Left::Tour);
    });
    connect(m_exercisePanel, &ExercisePanel::started, this, [this] {
        if (!m_tour->isHidden())
            m_tour->leave();
    });
    m_exercisesAction = m_lessonsMenu->addAction(QString());
    m_exercisesAction->setCheckable(true);
    // The exercise takes the explanation's place: side by side both would be too narrow to read.
    connect(m_exercisesAction, &QAction::toggled, this, [this](bool on) {
        m_exerciseArea->setVisible(on);
        applyPanels();
    });
    m_lessonsMenu->addSeparator();
    m_sweepAction = m_lessonsMenu->addAction(QString(), sweep(), &SweepAnimator::toggle);
    m_sweepAction->setShortcut(QKeySequence(Qt::Key_Space));

    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QString(), this, [this] { m_info->showPage(QStringLiteral("output_layer_guide")); });
    m_guideAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About ActivationLab"),
                           tr("<h3>ActivationLab %1</h3><p>Explore and teach the activation functions of neural "
                              "networks: the curve, its derivative, and where the gradient is dead or vanishing.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("ActivationLab"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setToolTip(tr("Open a saved scenario or a file of exercises"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_saveAction->setText(tr("&Save Scenario As…"));
    m_saveExerciseAction->setText(tr("Save State as E&xercise Start…"));
    m_saveExerciseAction->setToolTip(tr("Write an exercise file that starts from the current state, for a teacher to fill in"));
    m_exportAction->setText(tr("&Export Figure…"));
    m_exportAction->setToolTip(tr("Save the chart as PNG, SVG or PDF"));
    m_exportCsvAction->setText(tr("Export Curve &Values (CSV)…"));
    m_copyAction->setText(tr("&Copy Figure"));
    rebuildRecentMenu();
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_derivativeAction->setText(tr("Show &Derivative f′"));
    m_tangentAction->setText(tr("Show &Tangent"));
    m_resetViewAction->setText(tr("&Reset View"));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_panelsAction->setText(tr("&Hide Side Panels"));
    m_panelsAction->setToolTip(tr("Hide the controls and the explanation so the chart fills the screen"));
    m_largerAction->setText(tr("&Larger Interface"));
    m_smallerAction->setText(tr("S&maller Interface"));
    m_actualSizeAction->setText(tr("Interface at &100 %"));
    m_themeMenu->setTitle(tr("T&heme"));
    const QStringList themeNames{tr("Follow the &System"), tr("&Light"), tr("&Dark"), tr("&High Contrast (Projector)")};
    for (int i = 0; i < m_themeActions.size(); ++i)
        m_themeActions[i]->setText(themeNames[i]);
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_functionMenu->setTitle(tr("F&unction"));
    m_previousAction->setText(tr("&Previous Function"));
    m_nextAction->setText(tr("&Next Function"));
    m_resetNeuronAction->setText(tr("Reset &Neuron"));
    m_lessonsMenu->setTitle(tr("L&essons"));
    m_tourAction->setText(tr("Start the &Guided Tour"));
    m_tourAction->setToolTip(tr("Walk through the lecture step by step"));
    m_tourNextAction->setText(tr("Tour: &Next Step"));
    m_tourPreviousAction->setText(tr("Tour: &Previous Step"));
    m_tourLeaveAction->setText(tr("Tour: &Leave"));
    m_sweepAction->setText(tr("&Play / Pause the Sweep"));
    m_exercisesAction->setText(tr("&Exercises"));
    m_exercisesAction->setToolTip(tr("Tasks that the app checks: predict, then explore"));
    m_exerciseArea->setAccessibleName(tr("Exercises"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&Output Layer Guide"));
    m_aboutAction->setText(tr("&About ActivationLab"));
    m_leftScroll->setAccessibleName(tr("Controls"));
    // QTabBar names its scroll buttons once, at construction; rename them in the new language.
    // Qt's qtbase_ru.qm (6.4) lacks these two, so they are in this program's translation too.
    static const char* const scrollNames[] = {QT_TRANSLATE_NOOP("QTabBar", "Scroll Left"), QT_TRANSLATE_NOOP("QTabBar", "Scroll Right")};
    for (QTabBar* bar : findChildren<QTabBar*>()) {  // the pages' own tab bars too
        const QList<QToolButton*> scrollButtons = bar->findChildren<QToolButton*>();
        for (qsizetype i = 0; i < scrollButtons.size() && i < 2; ++i)
            scrollButtons[i]->setAccessibleName(QCoreApplication::translate("QTabBar", scrollNames[i]));
    }
    m_pageBar->setAccessibleName(tr("Lessons"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->setTabText(i, m_pages[i]->title());
        m_tabs->setTabToolTip(i, m_pages[i]->toolTip());
        m_pageBar->setTabText(i, m_pages[i]->title());
        m_pageBar->setTabToolTip(i, m_pages[i]->toolTip());
        m_tabActions[i]->setText(m_pages[i]->title());
    }
}

void MainWindow::applyPanels()
{
    // The neuron's controls belong to the neuron tab; the other lessons bring their own. In
    // presentation the panels step aside and the chart takes the screen.
    const bool hidden = Appearance::instance().panelsHidden();
    m_leftScroll->setVisible(!hidden && currentPage() && currentPage()->sidePanel());
    // After the new fonts and texts have reached every control.
    QTimer::singleShot(0, this, &MainWindow::fitSidePanel);
    m_info->setVisible(!hidden && !m_exerciseArea->isVisibleTo(this));
    for (QWidget* controls : findChildren<QWidget*>(QStringLiteral("lessonControls"))) {
        // The group box sits in a scroll area (see scrollablePanel): hide that too.
        QWidget* area = controls->parentWidget() ? controls->parentWidget()->parentWidget() : nullptr;
        (qobject_cast<QScrollArea*>(area) ? area : controls)->setVisible(!hidden);
    }
    m_panelsAction->setChecked(hidden);
    for (QAction* a : m_themeActions)
        a->setChecked(a->data().toString() == Appearance::themeKey(Appearance::instance().theme()));
}

void MainWindow::setFullScreen(bool on)
{
    if (on)
        showFullScreen();
    else
        showNormal();
    m_fullScreenAction->setChecked(on);
    QSettings().setValue(QStringLiteral("window/fullScreen"), on);
}

void MainWindow::onTabChanged(int index)
{
    m_models.state->set("tab", std::string(pageTypes()[static_cast<std::size_t>(index)].key));
    applyPanels();
    m_info->showPage(m_pages[index]->infoPage());
    const bool chart = m_pages[index]->showsExplorerChart();
    for (QAction* a : {m_derivativeAction, m_tangentAction, m_resetViewAction, m_zoomInAction, m_zoomOutAction, m_exportCsvAction})
        a->setEnabled(chart);
}

void MainWindow::switchLanguage(const QString& language)
{
    if (LanguageManager::instance().apply(language))
        QSettings().setValue(QStringLiteral("language"), language);
}

void MainWindow::stepFunction(int delta)
{
    const int count = static_cast<int>(al::catalog().size());
    m_models.explorer->setFunctionIndex((m_models.explorer->functionIndex() + delta + count) % count);
}

QWidget* MainWindow::figureWidget() const
{
    return currentPage()->figure();
}

bool MainWindow::exportChart(const QString& path, QString* error) const
{
    QWidget* figure = figureWidget();
    return ChartExport::save(figure, path, figure->size(), error);
}

bool MainWindow::exportCurveCsv(const QString& path, QString* error)
{
    const ViewRange& v = m_models.explorer->view();
    constexpr int kPoints = 1001;
    std::vector<double> z(kPoints);
    for (int i = 0; i < kPoints; ++i)
        z[static_cast<std::size_t>(i)] = i == kPoints - 1 ? v.zMax : v.zMin + (v.zMax - v.zMin) * i / (kPoints - 1);
    // The same table as `activationlab table`.
    const QByteArray csv = QByteArray::fromStdString(al::curveTable(m_models.explorer->activation(), m_models.explorer->parameters(), z));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void MainWindow::copyFigure() const
{
    QGuiApplication::clipboard()->setImage(figureWidget()->grab().toImage());
}

QString MainWindow::askFileName(bool save, const QString& title, const QString& filter, const QString& suffix)
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("lastDirectory")).toString();
    QString path;
    if (save) {
        const QString suggested = (dir.isEmpty() ? QString() : dir + QLatin1Char('/')) + m_models.explorer->functionKey() + suffix;
        path = QFileDialog::getSaveFileName(this, title, suggested, filter);
    } else {
        path = QFileDialog::getOpenFileName(this, title, dir, filter);
    }
    if (!path.isEmpty())
        settings.setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    return path;
}

void MainWindow::exportFigure()
{
    const QString path = askFileName(true, tr("Export Figure"), tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
                                     QStringLiteral(".png"));
    QString error;
    if (!path.isEmpty() && !exportChart(path, &error))
        QMessageBox::warning(this, tr("Export Figure"), tr("The figure could not be saved: %1").arg(error));
}

void MainWindow::exportCurve()
{
    const QString path = askFileName(true, tr("Export Curve Values"), tr("CSV table (*.csv)"), QStringLiteral(".csv"));
    QString error;
    if (!path.isEmpty() && !exportCurveCsv(path, &error))
        QMessageBox::warning(this, tr("Export Curve Values"), tr("The values could not be saved: %1").arg(error));
}

int MainWindow::tabOf(const QWidget* page) const
{
    for (qsizetype i = 0; i < m_pages.size(); ++i)
        if (m_pages[i] == page)
            return static_cast<int>(i);
    return -1;
}

QString MainWindow::currentTabKey() const
{
    return m_models.state->text("tab");
}

bool MainWindow::openScenario(const QString& path, QString* error)
{
    const Scenarios::Loaded loaded = Scenarios::load(path);
    if (!loaded.document) {
        *error = tr("Cannot open “%1”: %2.").arg(QFileInfo(path).fileName(), loaded.error);
        return false;
    }
    m_models.state->replace(*loaded.document);
    rememberRecent(path);
    return true;
}

bool MainWindow::saveScenario(const QString& path, QString* error)
{
    m_models.train->recordProgress();  // a run still playing: the file keeps how far it is
    QString reason;
    if (!Scenarios::save(m_models.state->document(), path, &reason)) {
        *error = tr("Cannot save “%1”: %2.").arg(QFileInfo(path).fileName(), reason);
        return false;
    }
    rememberRecent(path);
    return true;
}

void MainWindow::openDialog()
{
    const QString path = askFileName(false, tr("Open"),
                                     tr("ActivationLab files (*.alab *.alex);;ActivationLab scenario (*.alab);;Exercises (*.alex)"), QString());
    QString error;
    if (!path.isEmpty() && !openFile(path, &error))
        QMessageBox::warning(this, tr("Open"), error);
}

bool MainWindow::openFile(const QString& path, QString* error)
{
    return path.endsWith(QStringLiteral(".alex"), Qt::CaseInsensitive) ? openExercises(path, error) : openScenario(path, error);
}

bool MainWindow::openExercises(const QString& path, QString* error)
{
    const int first = m_exercisePanel->count();
    const QString reason = m_exercisePanel->addFile(path);
    if (!reason.isEmpty()) {
        *error = tr("Cannot open “%1”: %2.").arg(QFileInfo(path).fileName(), reason);
        return false;
    }
    m_exercisesAction->setChecked(true);
    m_exercisePanel->start(first);
    rememberRecent(path);
    return true;
}

void MainWindow::saveScenarioDialog()
{
    QString path = askFileName(true, tr("Save Scenario"), tr("ActivationLab scenario (*.alab)"), QStringLiteral(".alab"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".alab")))
        path += QStringLiteral(".alab");
    QString error;
    if (!saveScenario(path, &error))
        QMessageBox::warning(this, tr("Save Scenario"), error);
}

QStringList MainWindow::recentFiles() const
{
    const QVariant stored = QSettings().value(QStringLiteral("recentFiles"));
    return stored.canConvert<QStringList>() ? stored.toStringList() : QStringList();
}

void MainWindow::rememberRecent(const QString& path)
{
    QStringList recent = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings().setValue(QStringLiteral("recentFiles"), recent.mid(0, 8));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (const QString& path : recent) {
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            QString error;
            if (!openFile(path, &error))
                QMessageBox::warning(this, tr("Open"), error);
        })->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::fitSidePanel()
{
    // The controls beside the tabs are as wide as they need at the current interface scale and
    // in the current language: names like «Гиперболический тангенс» at 200 % stay whole.
    QWidget* side = m_leftScroll->widget();
    if (!side)
        return;
    const int needed = side->sizeHint().width() + m_leftScroll->verticalScrollBar()->sizeHint().width() + 2 * m_leftScroll->frameWidth();
    m_leftScroll->setMinimumWidth(needed);
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() < 3)
        return;
    if (sizes[0] < needed) {
        sizes[1] = std::max(0, sizes[1] - (needed - sizes[0]));
        sizes[0] = needed;
    }
    // The explanation keeps about twenty characters of its font where the tabs can spare them,
    // so a larger scale does not break its words.
    const int readable = 20 * m_info->fontMetrics().averageCharWidth();
    const int spare = sizes[1] - 560;
    if (m_info->isVisibleTo(this) && sizes[2] < readable && spare > 0) {
        const int grow = std::min(readable - sizes[2], spare);
        sizes[2] += grow;
        sizes[1] -= grow;
    }
    m_splitter->setSizes(sizes);
}

bool MainWindow::event(QEvent* event)
{
    // Space is the sweep's shortcut, but on a focused button, check box or list box it presses,
    // ticks or opens it, as everywhere else: a shortcut would take the key before the control
    // saw it. The key's override request reaches the window from whatever control has focus.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const QWidget* focus = QApplication::focusWidget();
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier &&
            (qobject_cast<const QAbstractButton*>(focus) || qobject_cast<const QComboBox*>(focus))) {
            event->accept();
            return true;
        }
    }
    return QMainWindow::event(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        QTimer::singleShot(0, this, &MainWindow::fitSidePanel);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}
