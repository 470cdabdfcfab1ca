// SPDX-License-Identifier: MIT
// The Race tab through its controls: presets go through the document, the race advances and
// its table shows core's numbers, activations are added and removed, the target and the shared
// Train settings act as they should, scenario files and `render` reach the tab, and the page
// speaks Russian.
#include "app/appearance.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "filedialogs.h"
#include "app/model/explorermodel.h"
#include "app/model/modelset.h"
#include "app/model/racemodel.h"
#include "app/views/heatmapview.h"
#include "app/views/losscurveexport.h"
#include "app/views/numberformat.h"
#include "app/views/raceview.h"
#include "app/widgets/valueslider.h"
#include "core/state/racesetup.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace {

class RaceTab : public ::testing::Test {
protected:
    void SetUp() override
    {
        LanguageManager::instance().apply(QStringLiteral("en"));
        window = std::make_unique<MainWindow>(&explorer);
        window->resize(1280, 800);
        window->show();
        view = window->findChild<RaceView*>();
        ASSERT_NE(view, nullptr);
        window->tabs()->setCurrentIndex(window->tabOf(view));
        race = window->models().race;
        ASSERT_NE(race, nullptr);
        QApplication::processEvents();
    }
    void TearDown() override
    {
        LanguageManager::instance().apply(QStringLiteral("en"));
        QApplication::processEvents();
    }
    const al::state::Document& document() const { return window->models().state->document(); }
    void click(QAbstractButton* button) const
    {
        ASSERT_NE(button, nullptr);
        ASSERT_TRUE(button->isVisible() && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QApplication::processEvents();
    }
    static void type(ValueSlider* slider, const QString& text)
    {
        QDoubleSpinBox* spin = slider->spinBox();
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Return);
        QApplication::processEvents();
    }
    // Exports through the button, pressed with the keyboard, naming `path` in the file dialog;
    // returns the warning's text, if one comes. `suggested` receives the name the dialog offered.
    QString exportThroughButton(const QString& path, QString* suggested = nullptr) const
    {
        QToolButton* button = view->exportButton();
        EXPECT_TRUE(button->isVisible() && button->isEnabled());
        button->setFocus();
        // Space presses the focused button, not the window's sweep.
        return testing_dialogs::pickFile([button] { QTest::keyClick(button, Qt::Key_Space); }, path, suggested);
    }
    QString cell(int row, int column) const
    {
        const QTableWidgetItem* item = view->table()->item(row, column);
        return item ? item->text() : QString();
    }

    ExplorerModel explorer;
    std::unique_ptr<MainWindow> window;
    RaceView* view = nullptr;
    RaceModel* race = nullptr;
};

TEST_F(RaceTab, PresetsSetUpTheLecturesRacesThroughTheDocument)
{
    EXPECT_EQ(window->tabs()->tabText(window->tabOf(view)), QStringLiteral("R&ace"));
    for (int i = 0; i < RaceModel::kPresets; ++i) {
        click(view->presetButton(i));
        const al::state::Patch patch = al::state::racePreset(static_cast<al::state::RacePreset>(i));
        for (const auto& [key, value] : patch)
            EXPECT_EQ(document().value(key), value) << key;
        EXPECT_EQ(race->matchingPreset(), i);
        EXPECT_TRUE(view->presetButton(i)->font().bold());
        EXPECT_FALSE(view->presetButton((i + 1) % RaceModel::kPresets)->font().bold());
        EXPECT_EQ(view->runners(), static_cast<int>(document().texts("race.functions").size()));
        EXPECT_EQ(race->race().steps(), 0);
    }
    EXPECT_EQ(race->functions(), (QStringList{QStringLiteral("relu"), QStringLiteral("leaky_relu")}));
    EXPECT_TRUE(view->presetText()->text().contains(QStringLiteral("Leaky ReLU")));
    // Any other setting leaves the preset behind.
    race->setNumber("train.seed", 7);
    EXPECT_EQ(race->matchingPreset(), -1);
    QApplication::processEvents();
    EXPECT_FALSE(view->presetButton(2)->font().bold());
}

TEST_F(RaceTab, TheRaceAdvancesAndTheTableShowsCoresNumbers)
{
    click(view->presetButton(0));  // linear vs tanh on the circle
    click(view->stepButton());
    EXPECT_EQ(race->race().steps(), 1);
    race->step(25 * 20 - 1);  // 250 training points in batches of 10: twenty epochs
    QApplication::processEvents();
    ASSERT_EQ(race->race().epoch(), 20);
    EXPECT_EQ(view->epochLabel()->text(), QStringLiteral("<b>Epoch 20</b> (step 500)"));

    // The same race built by core alone from the document, stepped alike, gives the same numbers.
    al::train::Race alone = al::state::makeRace(document());
    alone.step(500);
    ASSERT_EQ(view->table()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const auto i = static_cast<std::size_t>(row);
        EXPECT_EQ(alone.trainer(i).network().allWeights(), race->race().trainer(i).network().allWeights());
        const auto& last = alone.history(i).back();
        const std::optional<int> epochs = alone.epochReaching(i, 0.9);
        EXPECT_EQ(cell(row, RaceView::EpochsColumn), epochs ? QString::number(*epochs) : QStringLiteral("—"));
        EXPECT_EQ(cell(row, RaceView::AccuracyColumn), NumberFormat::fixed(100.0 * last.testAccuracy, 1) + QStringLiteral(" %"));
        EXPECT_EQ(cell(row, RaceView::DeadColumn), NumberFormat::fixed(100.0 * last.layers[0].dead, 0) + QStringLiteral(" %"));
        // Both curves of each activation, one point per epoch and the start.
        EXPECT_EQ(view->testLoss(row)->count(), 21);
        EXPECT_EQ(view->trainingLoss(row)->count(), 21);
        EXPECT_EQ(view->testLoss(row)->at(20).y(), last.testLoss);
    }
    // The lecture's outcome: tanh reaches 90 %, linear does not.
    EXPECT_EQ(cell(0, RaceView::ActivationColumn), QStringLiteral("Linear"));
    EXPECT_EQ(cell(0, RaceView::EpochsColumn), QStringLiteral("—"));
    EXPECT_NE(cell(1, RaceView::EpochsColumn), QStringLiteral("—"));
    EXPECT_TRUE(view->verdict()->text().startsWith(QStringLiteral("Tanh reached the target first"))) << view->verdict()->text().toStdString();
    EXPECT_TRUE(view->verdict()->text().contains(QStringLiteral("Not reached yet: Linear")));
    // Each map is its own network's output.
    EXPECT_NE(view->heatMap(0)->image(), view->heatMap(1)->image());
    EXPECT_EQ(view->heatMapTitle(1)->text().contains(QStringLiteral("Tanh")), true);

    click(view->resetButton());
    EXPECT_EQ(race->race().steps(), 0);
    EXPECT_EQ(cell(1, RaceView::EpochsColumn), QStringLiteral("—"));
}

TEST_F(RaceTab, PlayRunsEveryActivationAtTheChosenSpeed)
{
    type(view->speedSlider(), QStringLiteral("40"));
    EXPECT_EQ(document().number("train.stepsPerFrame"), 40.0);
    click(view->playButton());
    EXPECT_TRUE(race->playing());
    EXPECT_EQ(view->playButton()->text(), QStringLiteral("&Pause"));
    QElapsedTimer timer;
    timer.start();
    while (race->race().steps() < 120 && timer.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    click(view->playButton());
    EXPECT_FALSE(race->playing());
    const long long steps = race->race().steps();
    EXPECT_GE(steps, 120);
    EXPECT_EQ(steps % 40, 0);
    for (std::size_t i = 0; i < race->race().size(); ++i)
        EXPECT_EQ(race->race().trainer(i).steps(), steps);
    // Leaving the tab pauses the race.
    click(view->playButton());
    window->tabs()->setCurrentIndex(0);
    QApplication::processEvents();
    EXPECT_FALSE(race->playing());
}

TEST_F(RaceTab, ActivationsAreAddedChosenAndRemovedBetweenTwoAndFour)
{
    EXPECT_EQ(view->runners(), 2);
    EXPECT_FALSE(view->removeButton(0)->isEnabled());
    click(view->addButton());
    EXPECT_EQ(view->runners(), 3);
    EXPECT_EQ(race->functions().size(), 3);
    EXPECT_TRUE(view->removeButton(0)->isEnabled());
    click(view->addButton());
    EXPECT_EQ(view->runners(), 4);
    EXPECT_FALSE(view->addButton()->isEnabled());
    EXPECT_EQ(race->race().size(), 4u);
    EXPECT_EQ(view->table()->rowCount(), 4);
    const QStringList four = race->functions();
    EXPECT_EQ(QSet<QString>(four.begin(), four.end()).size(), 4) << "each added activation is a new one";

    // The keyboard chooses another activation for runner 3.
    QComboBox* box = view->chooser(2);
    box->setFocus();
    const QString before = race->functions()[2];
    QTest::keyClick(box, Qt::Key_Down);
    QApplication::processEvents();
    EXPECT_NE(race->functions()[2], before);
    EXPECT_EQ(race->functions()[2], box->currentData().toString());
    EXPECT_TRUE(view->heatMapTitle(2)->text().contains(box->currentText()));
    const QString chosen = race->functions()[2];

    click(view->removeButton(0));
    EXPECT_EQ(race->functions(), (QStringList{four[1], chosen, four[3]}));
    EXPECT_FALSE(view->removeButton(3)->isVisible());
    click(view->removeButton(2));
    EXPECT_EQ(race->functions(), (QStringList{four[1], chosen}));
    EXPECT_EQ(view->runners(), 2);
    EXPECT_EQ(view->table()->rowCount(), 2);
    EXPECT_FALSE(view->removeButton(0)->isEnabled());
    race->removeFunction(0);  // refused below two
    EXPECT_EQ(race->functions().size(), 2);
}

TEST_F(RaceTab, TheTargetRecountsWithoutRestartingAndTrainSettingsAreShared)
{
    click(view->presetButton(0));
    race->step(25 * 15);
    QApplication::processEvents();
    const QString at90 = cell(1, RaceView::EpochsColumn);
    type(view->targetSlider(), QStringLiteral("99"));
    EXPECT_EQ(document().number("race.target"), 99.0);
    EXPECT_EQ(race->race().steps(), 25 * 15);  // the race went on
    const std::optional<int> expected = race->race().epochReaching(1, 0.99);
    EXPECT_EQ(cell(1, RaceView::EpochsColumn), expected ? QString::number(*expected) : QStringLiteral("—"));
    EXPECT_GE(expected.value_or(1000), at90.toInt());

    // The learning rate acts from the next step on; the data set starts the race over.
    race->setNumber("train.lr", 0.2);
    EXPECT_EQ(race->race().steps(), 25 * 15);
    EXPECT_EQ(race->race().trainer(0).options().learningRate, 0.2);
    window->models().state->set("train.dataset", std::string("xor"));
    QApplication::processEvents();
    EXPECT_EQ(race->race().steps(), 0);
    EXPECT_EQ(race->race().trainer(0).data().train, race->race().trainer(1).data().train);
}

TEST_F(RaceTab, ScenarioFilesAndRenderReachTheTab)
{
    click(view->presetButton(1));
    click(view->addButton());
    race->setNumber("race.target", 85);
    const al::state::Document before = document();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("race.alab"));
    QString error;
    ASSERT_TRUE(window->saveScenario(path, &error)) << error.toStdString();

    ExplorerModel otherModel;
    MainWindow other(&otherModel);
    ASSERT_TRUE(other.openScenario(path, &error)) << error.toStdString();
    EXPECT_EQ(other.models().state->document(), before);
    EXPECT_EQ(other.models().state->document().text("tab"), "race");
    EXPECT_EQ(other.tabs()->currentIndex(), other.tabOf(other.findChild<RaceView*>()));
    EXPECT_EQ(other.models().race->functions().size(), 3);

    // The figure of the tab, and `render --scenario` through the page registry.
    const QString figure = dir.filePath(QStringLiteral("figure.png"));
    ASSERT_TRUE(window->exportChart(figure, &error)) << error.toStdString();
    EXPECT_EQ(QImage(figure).size(), window->figureWidget()->size());
    const QString png = dir.filePath(QStringLiteral("render.png"));
    QProcess p;
    p.start(QStringLiteral(ACTIVATIONLAB_BINARY), {QStringLiteral("render"), QStringLiteral("--scenario"), path, QStringLiteral("--out"), png,
                                                   QStringLiteral("--size"), QStringLiteral("1280x800"), QStringLiteral("--lang"), QStringLiteral("ru")});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(1280, 800));
}

TEST_F(RaceTab, RussianLeavesNoEnglishOnThePage)
{
    click(view->presetButton(2));
    race->step(25 * 5);
    LanguageManager::instance().apply(QStringLiteral("ru"));
    QApplication::processEvents();
    EXPECT_EQ(window->tabs()->tabText(window->tabOf(view)), QStringLiteral("Гон&ка"));
    const QRegularExpression latin(QStringLiteral("[A-Za-z]{3,}"));
    const QStringList names{QStringLiteral("Leaky"), QStringLiteral("ReLU"), QStringLiteral("tanh"), QStringLiteral("span"),
                            QStringLiteral("style"), QStringLiteral("color"), QStringLiteral("CSV")};
    QStringList texts{view->presetText()->text(), view->verdict()->text()};
    for (QLabel* l : view->findChildren<QLabel*>())
        texts << l->text() << l->toolTip();
    for (QAbstractButton* b : view->findChildren<QAbstractButton*>())
        texts << b->text() << b->toolTip();
    for (int c = 0; c < view->table()->columnCount(); ++c)
        texts << view->table()->horizontalHeaderItem(c)->text() << view->table()->horizontalHeaderItem(c)->toolTip();
    for (int r = 0; r < view->table()->rowCount(); ++r)
        for (int c = 0; c < view->table()->columnCount(); ++c)
            texts << cell(r, c) << view->table()->item(r, c)->toolTip();
    for (QString t : texts) {
        for (const QString& n : names)
            t.remove(n);
        EXPECT_FALSE(latin.match(t).hasMatch()) << t.toStdString();
    }
    EXPECT_TRUE(view->epochLabel()->text().contains(QStringLiteral("Эпоха 5")));
    EXPECT_EQ(cell(0, RaceView::AccuracyColumn).contains(QLatin1Char(',')), true);  // Russian decimals
}

// Export loss curves: the button writes one CSV of every runner's losses and accuracies per
// finished epoch, the numbers of the race itself, under a header naming each activation.
TEST_F(RaceTab, ExportWritesEveryRunnersCurvesThroughTheButton)
{
    click(view->presetButton(0));  // linear vs tanh on the circle
    click(view->addButton());      // and ReLU
    race->step(25 * 4);            // four epochs
    QApplication::processEvents();
    ASSERT_EQ(race->race().epoch(), 4);

    // Reached with the keyboard from the race's buttons, and offered on the chart's context menu.
    QToolButton* button = view->exportButton();
    EXPECT_EQ(button->defaultAction(), view->exportAction());
    EXPECT_FALSE(button->toolTip().isEmpty());
    EXPECT_TRUE(button->focusPolicy() & Qt::TabFocus);
    EXPECT_EQ(view->resetButton()->nextInFocusChain(), button);
    EXPECT_TRUE(view->lossView()->actions().contains(view->exportAction()));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("race.csv"));
    QString suggested;
    EXPECT_EQ(exportThroughButton(path, &suggested), QString());
    EXPECT_EQ(suggested, QStringLiteral("race-linear-tanh-relu.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    std::istringstream text(file.readAll().toStdString());
    std::string line;
    std::getline(text, line);
    EXPECT_EQ(line, "epoch,linear_train_loss,linear_test_loss,linear_train_acc,linear_test_acc,"
                    "tanh_train_loss,tanh_test_loss,tanh_train_acc,tanh_test_acc,"
                    "relu_train_loss,relu_test_loss,relu_train_acc,relu_test_acc");
    int epoch = 0;
    while (std::getline(text, line)) {
        ++epoch;
        std::istringstream fields(line);
        std::string field;
        std::getline(fields, field, ',');
        EXPECT_EQ(std::stoi(field), epoch);
        for (std::size_t i = 0; i < race->race().size(); ++i) {
            const al::train::EpochRecord& r = race->race().history(i).at(static_cast<std::size_t>(epoch));
            for (double expected : {r.trainLoss, r.testLoss, r.trainAccuracy, r.testAccuracy}) {
                ASSERT_TRUE(std::getline(fields, field, ','));
                EXPECT_EQ(std::stod(field), expected) << "runner " << i << ", epoch " << epoch;
            }
        }
        // The chart draws the same test loss.
        for (int runner = 0; runner < 3; ++runner)
            EXPECT_EQ(view->testLoss(runner)->at(epoch).y(), race->race().history(static_cast<std::size_t>(runner))[static_cast<std::size_t>(epoch)].testLoss);
    }
    EXPECT_EQ(epoch, 4) << "a row per finished epoch, none for the initial weights";
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".part")));
}

TEST_F(RaceTab, AFailedExportIsOneSentenceInTheUsersLanguageAndLosesNothing)
{
    race->step(25 * 2);
    QApplication::processEvents();
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/race.csv"));
    const QString english = exportThroughButton(missing);
    EXPECT_TRUE(english.startsWith(QStringLiteral("The loss curves could not be saved"))) << english.toStdString();
    EXPECT_TRUE(english.contains(QStringLiteral("does not exist"))) << english.toStdString();
    EXPECT_FALSE(QFile::exists(missing));

    // An earlier export stays as it was when a new one cannot be written in its place.
    const QString earlier = dir.filePath(QStringLiteral("earlier.csv"));
    {
        QFile f(earlier);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("kept\n");
    }
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("earlier.csv.part")));  // the temporary file cannot be made
    EXPECT_FALSE(view->exportAction()->write(earlier).isEmpty());
    QFile f(earlier);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("kept\n"));

    LanguageManager::instance().apply(QStringLiteral("ru"));
    QApplication::processEvents();
    EXPECT_TRUE(view->exportButton()->text().contains(QStringLiteral("Экспорт"))) << view->exportButton()->text().toStdString();
    EXPECT_FALSE(QString(view->exportButton()->toolTip()).remove(QStringLiteral("CSV")).contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,}"))))
        << view->exportButton()->toolTip().toStdString();
    const QString russian = exportThroughButton(missing);
    EXPECT_TRUE(russian.contains(QStringLiteral("не удалось"), Qt::CaseInsensitive)) << russian.toStdString();
    EXPECT_TRUE(russian.contains(QStringLiteral("не существует"))) << russian.toStdString();
    EXPECT_FALSE(QFile::exists(missing));
    const QString folder = view->exportAction()->write(dir.path());  // a folder where the file should go
    EXPECT_TRUE(folder.contains(QStringLiteral("папка"))) << folder.toStdString();
    EXPECT_TRUE(QFileInfo(dir.path()).isDir()) << "the folder is left as it was";
}

// Four activations beside the 360 px explanation at 1280 × 800, and at 1920 × 1080, in both
// languages: no part scrolls or is cut off, the maps keep a useful size, every caption shows
// whole, the table shows every row and column, and the key names both lines unabridged.
TEST_F(RaceTab, FourActivationsFitTheWindowInBothLanguages)
{
    race->state()->set("race.functions", std::vector<std::string>{"sigmoid", "tanh", "relu", "leaky_relu"});
    race->step(25 * 10);
    auto* results = view->findChild<QScrollArea*>(QStringLiteral("race_results"));
    ASSERT_NE(results, nullptr);
    EXPECT_FALSE(view->lossView()->chart()->legend()->isVisible()) << "the key under the chart names the lines";
    for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
        window->resize(size);
        for (const char* language : {"en", "ru"}) {
            LanguageManager::instance().apply(QString::fromLatin1(language));
            for (int i = 0; i < 5; ++i)
                QApplication::processEvents();
            const std::string where = std::string(language) + " " + std::to_string(size.width());
            EXPECT_FALSE(results->horizontalScrollBar()->isVisible()) << where;
            EXPECT_FALSE(results->verticalScrollBar()->isVisible()) << where;
            const QRect page = results->viewport()->rect();
            ASSERT_EQ(view->runners(), 4);
            for (int i = 0; i < 4; ++i) {
                HeatMapView* map = view->heatMap(i);
                EXPECT_EQ(map->width(), map->height()) << where;
                EXPECT_GE(map->width(), size.width() > 1280 ? 200 : 130) << where << " map " << i;
                EXPECT_TRUE(page.contains(QRect(map->mapTo(results->viewport(), QPoint(0, 0)), map->size()))) << where << " map " << i;
                QLabel* caption = view->heatMapTitle(i);
                EXPECT_GE(caption->height(), caption->heightForWidth(caption->width())) << where << " caption " << i;
                EXPECT_LE(caption->geometry().bottom(), map->geometry().top()) << where << " caption over its map";
            }
            // The maps of a row line up.
            EXPECT_EQ(view->heatMap(0)->mapTo(view, QPoint(0, 0)).y(), view->heatMap(1)->mapTo(view, QPoint(0, 0)).y()) << where;
            // One row of four or two by two, whichever makes them larger; never three over one.
            EXPECT_TRUE(view->mapColumns() == 4 || view->mapColumns() == 2) << where << " " << view->mapColumns();
            EXPECT_EQ(view->arrangement(), size.width() > 1280 ? RaceView::Arrangement::Wide : RaceView::Arrangement::Column) << where;
            QTableWidget* table = view->table();
            int columns = 0;
            for (int c = 0; c < table->columnCount(); ++c)
                columns += table->columnWidth(c);
            int rows = 0;
            for (int r = 0; r < table->rowCount(); ++r)
                rows += table->rowHeight(r);
            EXPECT_LE(columns, table->viewport()->width()) << where;
            EXPECT_GE(table->viewport()->height(), rows) << where;
            EXPECT_TRUE(page.contains(QRect(table->mapTo(results->viewport(), QPoint(0, 0)), table->size()))) << where;
            for (QLabel* key : {view->testKey(), view->trainingKey()}) {
                EXPECT_TRUE(key->isVisible()) << where;
                EXPECT_GE(key->width(), key->sizeHint().width()) << where << " " << key->text().toStdString();
                EXPECT_TRUE(page.contains(QRect(key->mapTo(results->viewport(), QPoint(0, 0)), key->size()))) << where;
            }
            QChartView* chart = view->lossView();
            EXPECT_GE(chart->height(), 14 * view->fontMetrics().lineSpacing()) << where;
            EXPECT_GE(chart->width(), size.width() > 1280 ? 500 : 450) << where;
            EXPECT_TRUE(page.contains(QRect(view->exportButton()->mapTo(results->viewport(), QPoint(0, 0)), view->exportButton()->size()))) << where;
        }
    }
}

// The tab after a race, in both languages and at the lecture hall's 200 %: into
// $ACTIVATIONLAB_SCREENSHOT_DIR when set (to look at them). The window still fits 1280 px, and
// the table shows every row whole.
TEST_F(RaceTab, ScreenshotsInBothLanguagesAndAtTwiceTheScale)
{
    QTemporaryDir fallback;
    const QString dir = qEnvironmentVariableIsSet("ACTIVATIONLAB_SCREENSHOT_DIR") ? qEnvironmentVariable("ACTIVATIONLAB_SCREENSHOT_DIR") : fallback.path();
    click(view->presetButton(1));
    click(view->addButton());
    race->step(25 * 60);
    for (const double scale : {1.0, 2.0}) {
        Appearance::instance().setScale(scale);
        for (const char* language : {"en", "ru"}) {
            LanguageManager::instance().apply(QString::fromLatin1(language));
            for (int i = 0; i < 5; ++i)  // fonts relayout in several passes
                QApplication::processEvents();
            EXPECT_LE(window->minimumSizeHint().width(), 1280);
            QTableWidget* table = view->table();
            int rows = 0;
            for (int r = 0; r < table->rowCount(); ++r)
                rows += table->rowHeight(r);
            EXPECT_GE(table->viewport()->height(), rows) << language << " " << scale;
            const QImage shot = window->grab().toImage();
            EXPECT_EQ(shot.size(), QSize(1280, 800));
            EXPECT_TRUE(shot.save(QStringLiteral("%1/race-%2-%3.png").arg(dir, QString::fromLatin1(language)).arg(static_cast<int>(scale * 100))));
        }
    }
    // In the lecture hall the side panels are hidden: the results get the whole width and need no scrolling sideways.
    Appearance::instance().setPanelsHidden(true);
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    auto* results = view->findChild<QScrollArea*>(QStringLiteral("race_results"));
    ASSERT_NE(results, nullptr);
    EXPECT_FALSE(results->horizontalScrollBar()->isVisible());
    EXPECT_TRUE(window->grab().save(QStringLiteral("%1/race-ru-200-panels-hidden.png").arg(dir)));
    Appearance::instance().setPanelsHidden(false);
    Appearance::instance().setScale(1.0);
}

}  // namespace
