// SPDX-License-Identifier: MIT
// The Train tab's diagnostics pane and loss-curve export, driven through the window: the dead
// and saturated shares follow the run layer by layer, the histogram draws core's counts, only
// the page on view is computed, the series are made once, the export writes exactly what the
// command line writes, and all of it speaks Russian.
#include "app/cli/commandline.h"
#include "app/languagemanager.h"
#include "app/lessons/lecturetour.h"
#include "app/mainwindow.h"
#include "app/model/explorermodel.h"
#include "app/model/labstate.h"
#include "app/model/trainmodel.h"
#include "app/views/losscurveexport.h"
#include "app/views/traindiagnostics.h"
#include "app/views/chartstyle.h"
#include "app/views/heatmapview.h"
#include "app/views/trainview.h"
#include "core/state/schema.h"

#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLineSeries>
#include <QProcess>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <functional>
#include <numeric>
#include <sstream>

namespace {

class TrainDiagnosticsPane : public ::testing::Test {
protected:
    void SetUp() override
    {
        LanguageManager::instance().apply(QStringLiteral("en"));
        window = std::make_unique<MainWindow>(&explorer);
        window->resize(1280, 800);
        window->show();
        view = window->findChild<TrainView*>();
        ASSERT_NE(view, nullptr);
        model = window->findChild<TrainModel*>();
        ASSERT_NE(model, nullptr);
        // Every "train." setting at its default, as the command line starts.
        const al::state::Document defaults;
        al::state::Patch patch;
        for (const al::state::Spec& s : al::state::schema())
            if (s.section() == "train")
                patch.emplace_back(std::string(s.key), defaults.value(s.key));
        model->state()->apply(patch);
        window->tabs()->setCurrentIndex(window->tabOf(view));
        pane = view->diagnostics();
        ASSERT_NE(pane, nullptr);
        QApplication::processEvents();
    }
    void TearDown() override
    {
        LanguageManager::instance().apply(QStringLiteral("en"));
        QApplication::processEvents();
    }

    void epochs(int n) { model->step(n * model->trainer().stepsPerEpoch()); }
    void openPage(int page)
    {
        QTest::mouseClick(pane->tabBar(), Qt::LeftButton, {}, pane->tabBar()->tabRect(page).center());
        QApplication::processEvents();
        ASSERT_EQ(pane->currentIndex(), page);
    }

    ExplorerModel explorer;
    std::unique_ptr<MainWindow> window;
    TrainView* view = nullptr;
    TrainModel* model = nullptr;
    TrainDiagnostics* pane = nullptr;
};

TEST_F(TrainDiagnosticsPane, SharesFollowEveryLayerOverTheEpochs)
{
    model->setHidden({8, 8, 8});
    openPage(TrainDiagnostics::SharesPage);
    epochs(4);
    ASSERT_EQ(pane->deadSeries().size(), 3u);
    ASSERT_EQ(pane->saturatedSeries().size(), 3u);
    const auto& history = model->history();
    ASSERT_EQ(history.size(), 5u);
    for (std::size_t l = 0; l < 3; ++l) {
        QLineSeries* dead = pane->deadSeries()[l];
        QLineSeries* saturated = pane->saturatedSeries()[l];
        EXPECT_EQ(dead->color(), saturated->color()) << "one colour per layer";
        EXPECT_EQ(dead->pen().style(), Qt::SolidLine);
        EXPECT_FALSE(saturated->pen().dashPattern().isEmpty());
        EXPECT_NE(saturated->pen().style(), Qt::SolidLine);
        ASSERT_EQ(dead->count(), 5);
        ASSERT_EQ(saturated->count(), 5);
        for (int i = 0; i < 5; ++i) {
            EXPECT_EQ(dead->at(i), QPointF(history[i].epoch, 100.0 * history[i].layers[l].dead));
            EXPECT_EQ(saturated->at(i), QPointF(history[i].epoch, 100.0 * history[i].layers[l].saturated));
        }
    }
    EXPECT_NE(pane->deadSeries()[0]->color(), pane->deadSeries()[1]->color());
    model->setHidden({4});
    QApplication::processEvents();
    EXPECT_EQ(pane->deadSeries().size(), 1u);
    EXPECT_EQ(pane->sharesView()->chart()->series().size(), 2 + 2) << "the two legend keys and one layer's two lines";
}

TEST_F(TrainDiagnosticsPane, TrainingReusesTheChartItems)
{
    openPage(TrainDiagnostics::SharesPage);
    const std::vector<QLineSeries*> dead = pane->deadSeries();
    const QList<QAbstractSeries*> before = pane->sharesView()->chart()->series();
    model->play();
    for (int frame = 0; frame < 5; ++frame)
        QTest::qWait(20);
    model->pause();
    QApplication::processEvents();
    EXPECT_GT(model->history().size(), 2u);
    EXPECT_EQ(pane->deadSeries(), dead);
    EXPECT_EQ(pane->sharesView()->chart()->series(), before);
    EXPECT_EQ(dead[0]->count(), static_cast<int>(model->history().size()));
    // A long run keeps the lines thin: a bounded number of points, ending at the current epoch.
    model->step(1000 * model->trainer().stepsPerEpoch());
    EXPECT_LE(dead[0]->count(), 601);
    EXPECT_EQ(dead[0]->at(dead[0]->count() - 1).x(), model->history().back().epoch);
}

TEST_F(TrainDiagnosticsPane, HistogramDrawsTheChosenLayersOutputsWithDeadUnitsApart)
{
    // ReLU with a large learning rate on the spiral: units die (see the core tests).
    model->state()->apply({{"train.dataset", std::string("spiral")}, {"train.function", std::string("relu")},
                           {"train.parameters", std::vector<double>{}}, {"train.noise", 10.0},
                           {"train.points", 400.0}, {"train.lr", 3.0}, {"train.hidden", std::vector<double>{16, 16}}});
    epochs(5);
    EXPECT_EQ(pane->histogram().units, 0) << "a page out of view is not computed";
    openPage(TrainDiagnostics::HistogramPage);
    QComboBox* layer = pane->layerBox();
    ASSERT_EQ(layer->count(), 2);
    int deadSeen = 0;
    for (int chosen : {0, 1}) {
        if (chosen == 1) {
            layer->setFocus();
            QTest::keyClick(layer, Qt::Key_Down);
            QApplication::processEvents();
        }
        ASSERT_EQ(layer->currentIndex(), chosen);
        const al::train::ActivationHistogram& h = pane->histogram();
        EXPECT_EQ(h.units, 16);
        EXPECT_EQ(h.deadUnits, static_cast<int>(model->history().back().layers[static_cast<std::size_t>(chosen)].dead * 16 + 0.5));
        const double total = std::accumulate(h.live.begin(), h.live.end(), 0) + std::accumulate(h.dead.begin(), h.dead.end(), 0);
        ASSERT_EQ(total, 16.0 * static_cast<double>(model->trainer().data().train.size()));
        // The outline has a rise and a run per bin: bin i's top is point 2i + 1.
        QLineSeries* top = pane->liveArea()->upperSeries();
        QLineSeries* deadTop = pane->deadArea()->upperSeries();
        ASSERT_EQ(top->count(), 2 * static_cast<int>(h.live.size()) + 2);
        for (std::size_t i = 0; i < h.live.size(); ++i) {
            const int p = 2 * static_cast<int>(i) + 1;
            EXPECT_DOUBLE_EQ(top->at(p).y(), 100.0 * (h.live[i] + h.dead[i]) / total);
            EXPECT_DOUBLE_EQ(deadTop->at(p).y(), 100.0 * h.dead[i] / total);
        }
        EXPECT_EQ(top->at(0).x(), 0.0) << "ReLU's bins start at its bound 0";
        EXPECT_EQ(top->at(top->count() - 1).x(), h.hi);
        deadSeen += h.deadUnits;
        if (h.deadUnits > 0) {
            EXPECT_GT(deadTop->at(1).y(), 0.0) << "dead units' zeros stand in the first bin";
        }
    }
    EXPECT_GT(deadSeen, 0);
    // A shallower network keeps the choice within its layers.
    model->setHidden({5});
    QApplication::processEvents();
    EXPECT_EQ(layer->count(), 1);
    EXPECT_EQ(layer->currentIndex(), 0);
    EXPECT_EQ(pane->histogram().units, 5);
    model->setHidden({});
    QApplication::processEvents();
    EXPECT_FALSE(layer->isEnabled());
    EXPECT_EQ(pane->liveArea()->upperSeries()->count(), 0);
}

TEST_F(TrainDiagnosticsPane, EveryTabNameIsInViewInBothLanguages)
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        LanguageManager::instance().apply(language);
        QApplication::processEvents();
        const std::string where = language.toStdString();
        QTabBar* bar = pane->tabBar();
        for (int i = 0; i < bar->count(); ++i)
            EXPECT_TRUE(bar->rect().contains(bar->tabRect(i))) << where << " tab " << i << " is cut or behind scroll arrows";
        EXPECT_LE(bar->width(), pane->width()) << where;
    }
}

TEST_F(TrainDiagnosticsPane, ExportWritesWhatTheCommandLineWrites)
{
    epochs(3);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loss.csv"));
    LossCurveExport* action = pane->exportAction();
    EXPECT_EQ(view->exportButton()->defaultAction(), action);
    bool onLossChart = false;
    for (QChartView* chart : view->findChildren<QChartView*>())
        onLossChart = onLossChart || (chart->actions().contains(action) && chart->contextMenuPolicy() == Qt::ActionsContextMenu);
    EXPECT_TRUE(onLossChart) << "the loss chart's context menu offers the export";
    ASSERT_EQ(action->write(path), QString());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const std::string written = file.readAll().toStdString();
    std::ostringstream out;
    std::ostringstream err;
    ASSERT_EQ(al::runCommandLine({"train", "--dataset", "circle", "--activation", "tanh", "--epochs", "3"}, out, err), 0) << err.str();
    EXPECT_EQ(written, out.str());
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".part")));
}

TEST_F(TrainDiagnosticsPane, ExportFailureIsOneSentenceInTheUsersLanguageAndKeepsTheOldFile)
{
    epochs(1);
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/loss.csv"));
    const QString english = pane->exportAction()->write(missing);
    EXPECT_TRUE(english.startsWith(QStringLiteral("The loss curves could not be saved"))) << english.toStdString();
    EXPECT_TRUE(english.contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(QFile::exists(missing));
    LanguageManager::instance().apply(QStringLiteral("ru"));
    QApplication::processEvents();
    const QString russian = pane->exportAction()->write(dir.path());
    EXPECT_TRUE(russian.contains(QStringLiteral("не удалось"), Qt::CaseInsensitive)) << russian.toStdString();
    EXPECT_TRUE(russian.contains(QStringLiteral("папка"))) << russian.toStdString();
    EXPECT_TRUE(QFileInfo(dir.path()).isDir()) << "the folder is left as it was";
}

TEST_F(TrainDiagnosticsPane, SpeaksRussian)
{
    model->setHidden({8, 8});
    LanguageManager::instance().apply(QStringLiteral("ru"));
    QApplication::processEvents();
    for (int page = 0; page < pane->count(); ++page) {
        EXPECT_FALSE(pane->tabText(page).contains(QRegularExpression(QStringLiteral("[A-Za-z]")))) << pane->tabText(page).toStdString();
        EXPECT_FALSE(pane->tabToolTip(page).isEmpty());
    }
    EXPECT_TRUE(pane->exportAction()->text().contains(QStringLiteral("Экспорт"))) << pane->exportAction()->text().toStdString();
    EXPECT_TRUE(pane->deadSeries()[1]->name().contains(QStringLiteral("2")));
    EXPECT_FALSE(pane->deadSeries()[1]->name().contains(QStringLiteral("layer")));
    EXPECT_FALSE(pane->histogramView()->chart()->title().contains(QStringLiteral("hidden")));
}

}  // namespace

namespace {

int matching(const QImage& image, const std::function<bool(QColor)>& test)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += test(image.pixelColor(x, y)) ? 1 : 0;
    return n;
}

// Export Figure draws the page as on screen: the heat map, the loss curves and the pane's page.
TEST_F(TrainDiagnosticsPane, FigureExportDrawsTheHeatMapAndTheCharts)
{
    epochs(10);
    openPage(TrainDiagnostics::HistogramPage);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("train.png"));
    QString error;
    ASSERT_TRUE(window->exportChart(path, &error)) << error.toStdString();
    const QImage figure = QImage(path).convertToFormat(QImage::Format_RGB32);
    ASSERT_EQ(figure.size(), view->size());
    QChartView* loss = nullptr;
    for (QChartView* chart : view->findChildren<QChartView*>())
        if (chart->chart()->title() == QStringLiteral("Loss"))
            loss = chart;
    ASSERT_NE(loss, nullptr);
    for (QWidget* part : std::initializer_list<QWidget*>{view->heatMap(), loss, pane->histogramView()}) {
        const QRect place(part->mapTo(view, QPoint(0, 0)), part->size());
        const QImage drawn = figure.copy(place);
        const QImage screen = part->grab().toImage().convertToFormat(QImage::Format_RGB32);
        ASSERT_EQ(drawn.size(), screen.size());
        int differ = 0;
        for (int y = 0; y < drawn.height(); ++y)
            for (int x = 0; x < drawn.width(); ++x)
                differ += drawn.pixel(x, y) != screen.pixel(x, y) ? 1 : 0;
        // A few antialiased edge pixels may round differently between the two paint passes.
        EXPECT_LE(differ, drawn.width() * drawn.height() / 1000) << part->metaObject()->className() << " at " << place.x();
    }
    // And there is something in them: the heat map's two colours, the loss line, the bars.
    const QImage heat = figure.copy(QRect(view->heatMap()->mapTo(view, QPoint(0, 0)), view->heatMap()->size()));
    EXPECT_GT(matching(heat, [](QColor c) { return c.blue() > c.red() + 60; }), heat.width() * heat.height() / 20);
    EXPECT_GT(matching(heat, [](QColor c) { return c.red() > c.blue() + 60; }), heat.width() * heat.height() / 20);
    // The training and test curves (the test one is drawn over the other where they meet).
    const auto near = [](QColor c) {
        for (int series : {0, 1}) {
            const QColor line = ChartStyle::seriesColour(series);
            if (std::abs(c.red() - line.red()) + std::abs(c.green() - line.green()) + std::abs(c.blue() - line.blue()) < 40)
                return true;
        }
        return false;
    };
    // Inside the plot areas, where the legends' colour keys are not.
    const auto plot = [this](QChartView* chart) {
        return chart->chart()->plotArea().toRect().translated(chart->mapTo(view, QPoint(0, 0)));
    };
    EXPECT_GT(matching(figure.copy(plot(loss)), near), 30);
    EXPECT_GT(matching(figure.copy(plot(pane->histogramView())), [](QColor c) { return c.blue() > c.red() + 40; }), 100);
}

// `render --scenario` of the Train tab: the page of that state, heat map and charts, in Russian.
TEST_F(TrainDiagnosticsPane, RenderScenarioDrawsTheTrainTab)
{
    QTemporaryDir dir;
    QFile scenario(dir.filePath(QStringLiteral("train.alab")));
    ASSERT_TRUE(scenario.open(QIODevice::WriteOnly));
    scenario.write(R"({ "format": "activationlab-scenario", "version": 1, "tab": "train",
                       "train": { "function": "relu", "hidden": [8, 8, 8], "dataset": "spiral", "epochs": 40 } })");
    scenario.close();
    const QString png = dir.filePath(QStringLiteral("train.png"));
    QProcess p;
    p.start(QStringLiteral(ACTIVATIONLAB_BINARY), {QStringLiteral("render"), QStringLiteral("--scenario"), scenario.fileName(),
                                                   QStringLiteral("--out"), png, QStringLiteral("--lang"), QStringLiteral("ru"),
                                                   QStringLiteral("--size"), QStringLiteral("1280x800")});
    ASSERT_TRUE(p.waitForFinished(60000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const QImage image = QImage(png).convertToFormat(QImage::Format_RGB32);
    ASSERT_EQ(image.size(), QSize(1280, 800));
    // The heat map at the upper right: its blue and orange points and shades.
    const QImage map = image.copy(QRect(900, 30, 380, 380));
    EXPECT_GT(matching(map, [](QColor c) { return c.blue() > c.red() + 60; }), 8000);
    EXPECT_GT(matching(map, [](QColor c) { return c.red() > c.blue() + 60; }), 1000);
    // The network diagram in the middle: the unit pictures and the weighted edges.
    EXPECT_GT(matching(image.copy(QRect(420, 90, 480, 400)), [](QColor c) { return c.blue() > c.red() + 60; }), 5000);
    // The charts below: dark axis labels and grid in the lower half.
    EXPECT_GT(matching(image.copy(QRect(320, 480, 960, 320)), [](QColor c) { return c.lightness() < 100; }), 1000);
    // The file says 40 epochs: the run is trained again to there, so the loss chart has its
    // training and test lines.
    const auto lineColour = [](QColor c) {
        for (int series : {0, 1}) {
            const QColor line = ChartStyle::seriesColour(series);
            if (std::abs(c.red() - line.red()) + std::abs(c.green() - line.green()) + std::abs(c.blue() - line.blue()) < 40)
                return true;
        }
        return false;
    };
    EXPECT_GT(matching(image.copy(QRect(440, 540, 370, 140)), lineColour), 100);  // none at epoch 0
}

}  // namespace

namespace {

// The whole window on each page of the pane, mid-run, in both languages: into
// $ACTIVATIONLAB_SCREENSHOT_DIR when set (to look at them), else a temporary folder.
TEST_F(TrainDiagnosticsPane, ScreenshotsOfEveryPage)
{
    QTemporaryDir fallback;
    const QString dir = qEnvironmentVariableIsSet("ACTIVATIONLAB_SCREENSHOT_DIR") ? qEnvironmentVariable("ACTIVATIONLAB_SCREENSHOT_DIR")
                                                                                   : fallback.path();
    model->state()->apply({{"train.function", std::string("relu")}, {"train.parameters", std::vector<double>{}},
                           {"train.lr", 1.0}, {"train.hidden", std::vector<double>{8, 8, 8}}});
    epochs(30);
    const char* names[] = {"gradient", "shares", "histogram"};
    pane->layerBox()->setCurrentIndex(2);  // the layer with dead units
    for (const char* language : {"en", "ru"}) {
        LanguageManager::instance().apply(QString::fromLatin1(language));
        for (int page = 0; page < pane->count(); ++page) {
            openPage(page);
            const QImage shot = window->grab().toImage();
            EXPECT_EQ(shot.size(), QSize(1280, 800));
            const QImage chart = pane->currentWidget()->grab().toImage();
            int dark = 0;
            for (int y = 0; y < chart.height(); y += 4)
                for (int x = 0; x < chart.width(); x += 4)
                    dark += chart.pixelColor(x, y).lightness() < 200 ? 1 : 0;
            EXPECT_GT(dark, 50) << names[page] << " draws something";
            EXPECT_TRUE(shot.save(QStringLiteral("%1/%2-train-%3.png").arg(dir, QString::fromLatin1(language), QString::fromLatin1(names[page]))));
        }
    }
    // The tour's step on the Train tab, whose text must fit its bar.
    window->tour()->start();
    for (int i = 0; i < window->tour()->count(); ++i)
        if (window->currentTabKey() != QStringLiteral("train"))
            window->tour()->next();
    ASSERT_EQ(window->currentTabKey(), QStringLiteral("train"));
    for (const char* language : {"en", "ru"}) {
        LanguageManager::instance().apply(QString::fromLatin1(language));
        for (int i = 0; i < 3; ++i)  // Qt Charts lays out again in a later pass
            QApplication::processEvents();
        EXPECT_TRUE(window->grab().toImage().save(QStringLiteral("%1/%2-tour-train.png").arg(dir, QString::fromLatin1(language))));
    }
    window->tour()->leave();
}

}  // namespace
