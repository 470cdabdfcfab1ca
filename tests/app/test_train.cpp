// SPDX-License-Identifier: MIT
// The Train tab through its controls: the network diagram (features, layers, units, tooltips),
// the activation's parameters and the step settings, points clicked onto the plane, CSV import
// with its one message on a malformed file, and scenario files keeping the added points.
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "filedialogs.h"
#include "app/model/explorermodel.h"
#include "app/model/trainmodel.h"
#include "core/train/contour.h"
#include "app/scenario/scenario.h"
#include "app/views/heatmapview.h"
#include "app/views/networkdiagram.h"
#include "app/views/numberformat.h"
#include "app/views/trainview.h"
#include "app/widgets/valueslider.h"
#include "core/state/trainsetup.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHelpEvent>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

#include <gtest/gtest.h>


namespace {

class TrainTab : public ::testing::Test {
protected:
    void SetUp() override
    {
        LanguageManager::instance().apply(QStringLiteral("en"));
        window = std::make_unique<MainWindow>(&explorer);
        window->resize(1280, 800);
        window->show();
        view = window->findChild<TrainView*>();
        ASSERT_NE(view, nullptr);
        window->tabs()->setCurrentIndex(window->tabOf(view));
        model = window->findChild<TrainModel*>();
        ASSERT_NE(model, nullptr);
        diagram = view->diagram();
        QApplication::processEvents();
    }
    void TearDown() override
    {
        LanguageManager::instance().apply(QStringLiteral("en"));
        QApplication::processEvents();
    }
    const al::state::Document& document() const { return model->state()->document(); }
    // The text a tooltip event at `position` of the diagram shows.
    QString tooltipAt(QPointF position) const
    {
        QHelpEvent help(QEvent::ToolTip, position.toPoint(), diagram->mapToGlobal(position.toPoint()));
        QApplication::sendEvent(diagram, &help);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    }
    ExplorerModel explorer;
    std::unique_ptr<MainWindow> window;
    TrainView* view = nullptr;
    TrainModel* model = nullptr;
    NetworkDiagram* diagram = nullptr;
};

std::vector<double> hidden(const al::state::Document& d)
{
    return d.numbers("train.hidden");
}

TEST_F(TrainTab, DiagramButtonsChangeLayersAndUnits)
{
    EXPECT_EQ(hidden(document()), (std::vector<double>{8, 8}));
    QTest::mouseClick(diagram->addLayerButton(), Qt::LeftButton);
    EXPECT_EQ(hidden(document()), (std::vector<double>{8, 8, 8}));  // as wide as the last layer
    QTest::mouseClick(diagram->addUnitButton(0), Qt::LeftButton);
    QTest::mouseClick(diagram->removeUnitButton(2), Qt::LeftButton);
    EXPECT_EQ(hidden(document()), (std::vector<double>{9, 8, 7}));
    EXPECT_EQ(model->trainer().network().sizes(), (std::vector<int>{2, 9, 8, 7, 1}));
    QTest::mouseClick(diagram->removeLayerButton(), Qt::LeftButton);
    EXPECT_EQ(hidden(document()), (std::vector<double>{9, 8}));

    // From the keyboard: the buttons take focus and Space presses them.
    diagram->addLayerButton()->setFocus();
    ASSERT_TRUE(diagram->addLayerButton()->hasFocus());
    QTest::keyClick(diagram->addLayerButton(), Qt::Key_Space);
    ASSERT_EQ(hidden(document()).size(), 3u);
    diagram->removeUnitButton(2)->setFocus();
    QTest::keyClick(diagram->removeUnitButton(2), Qt::Key_Return);
    for (int i = 0; i < 50 && hidden(document()).back() != 7.0; ++i)  // animateClick clicks a moment later
        QTest::qWait(20);
    EXPECT_EQ(hidden(document()), (std::vector<double>{9, 8, 7}));
    // Tab moves through the inputs and buttons in order.
    diagram->featureButton(6)->setFocus();
    QTest::keyClick(diagram->featureButton(6), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), diagram->removeLayerButton());
    EXPECT_FALSE(diagram->addLayerButton()->accessibleName().isEmpty());
    EXPECT_FALSE(diagram->addUnitButton(2)->accessibleName().isEmpty());

    // The limits: 0 … 6 layers, 1 … 16 units.
    for (int i = 0; i < 5; ++i)
        if (diagram->addLayerButton()->isEnabled())
            QTest::mouseClick(diagram->addLayerButton(), Qt::LeftButton);
    EXPECT_EQ(hidden(document()).size(), 6u);
    EXPECT_FALSE(diagram->addLayerButton()->isEnabled());
    for (int i = 0; i < 10; ++i)
        if (diagram->addUnitButton(5)->isEnabled())
            QTest::mouseClick(diagram->addUnitButton(5), Qt::LeftButton);
    EXPECT_EQ(hidden(document())[5], 16.0);
    EXPECT_FALSE(diagram->addUnitButton(5)->isEnabled());
    for (int i = 0; i < 20; ++i)
        if (diagram->removeUnitButton(0)->isEnabled())
            QTest::mouseClick(diagram->removeUnitButton(0), Qt::LeftButton);
    EXPECT_EQ(hidden(document())[0], 1.0);
    for (int i = 0; i < 6; ++i)
        QTest::mouseClick(diagram->removeLayerButton(), Qt::LeftButton);
    EXPECT_TRUE(hidden(document()).empty());
    EXPECT_FALSE(diagram->removeLayerButton()->isEnabled());
    EXPECT_EQ(model->trainer().network().sizes(), (std::vector<int>{2, 1}));
}

TEST_F(TrainTab, SixLayersOfSixteenFitTheTab)
{
    model->setHidden({16, 16, 16, 16, 16, 16});
    QApplication::processEvents();
    const QRect area = diagram->rect();
    for (int l = 0; l <= 6; ++l) {
        const int units = l < 6 ? 16 : 1;
        for (int u = 0; u < units; ++u) {
            const QRectF r = diagram->unitRect(l, u);
            EXPECT_TRUE(QRectF(area).contains(r)) << l << " " << u;
            EXPECT_GE(r.width(), 8.0);
            if (u > 0) {
                EXPECT_GE(r.top(), diagram->unitRect(l, u - 1).bottom());  // no overlap
            }
        }
    }
    for (int l = 0; l < 6; ++l)
        EXPECT_TRUE(area.contains(diagram->addUnitButton(l)->geometry())) << l;
    // The inputs stay apart from the first layer's buttons and tiles.
    EXPECT_LT(diagram->featureButton(0)->geometry().right(), diagram->unitRect(0, 0).left());
}

TEST_F(TrainTab, FeatureTilesSwitchInputsAndTheLastOneStaysOn)
{
    QToolButton* x1sq = diagram->featureButton(2);
    EXPECT_FALSE(x1sq->isChecked());
    QTest::mouseClick(x1sq, Qt::LeftButton);
    EXPECT_TRUE(document().boolean("train.features.x1sq"));
    EXPECT_TRUE(x1sq->isChecked());
    EXPECT_EQ(model->trainer().network().sizes().front(), 3);
    QTest::mouseClick(diagram->featureButton(0), Qt::LeftButton);
    QTest::mouseClick(diagram->featureButton(1), Qt::LeftButton);
    EXPECT_EQ(model->trainer().network().sizes().front(), 1);
    EXPECT_TRUE(diagram->notice()->isHidden());

    // The last input: the schema refuses, the switch stays on and the diagram says why.
    const al::state::Document before = document();
    QTest::mouseClick(x1sq, Qt::LeftButton);
    EXPECT_EQ(document(), before);
    EXPECT_TRUE(x1sq->isChecked());
    EXPECT_FALSE(diagram->notice()->isHidden());
    EXPECT_TRUE(diagram->notice()->text().contains(QStringLiteral("at least one input"))) << diagram->notice()->text().toStdString();
    EXPECT_TRUE(x1sq->toolTip().contains(QStringLiteral("at least one input")));
    // Another switch on: the notice goes.
    QTest::mouseClick(diagram->featureButton(5), Qt::LeftButton);
    EXPECT_TRUE(document().boolean("train.features.sinx1"));
    EXPECT_TRUE(diagram->notice()->isHidden());
}

TEST_F(TrainTab, HoveringTellsUnitsAndEdges)
{
    const al::train::Network& net = model->trainer().network();
    QString text = tooltipAt(diagram->unitRect(0, 2).center());
    EXPECT_TRUE(text.contains(QStringLiteral("Hidden layer 1, unit 3"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("bias"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("mean"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Active"))) << text.toStdString();
    text = tooltipAt(diagram->unitRect(2, 0).center());
    EXPECT_TRUE(text.contains(QStringLiteral("Output unit"))) << text.toStdString();

    // The weight from x₂ into unit 4 of layer 1 (row 3, column 1 of the first matrix).
    text = tooltipAt(diagram->edgeMiddle(0, 3, 1));
    EXPECT_EQ(text, diagram->edgeText(0, 3, 1));
    EXPECT_TRUE(text.contains(QStringLiteral("x₂"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("hidden layer 1, unit 4"))) << text.toStdString();
    EXPECT_TRUE(text.contains(NumberFormat::readable(net.weights(0)[3 * 2 + 1]))) << text.toStdString();
    text = tooltipAt(diagram->edgeMiddle(2, 0, 5));
    EXPECT_TRUE(text.contains(QStringLiteral("hidden layer 2, unit 6"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("output"))) << text.toStdString();

    // Huge initial weights saturate tanh.
    model->state()->apply({{"train.init", std::string("normal")}, {"train.sigma", 10.0}});
    QApplication::processEvents();
    EXPECT_TRUE(tooltipAt(diagram->unitRect(0, 0).center()).contains(QStringLiteral("Saturated")));
    // A ReLU unit whose bias keeps it negative everywhere on the data is dead.
    model->state()->apply({{"train.function", std::string("relu")}, {"train.init", std::string("xavier")}});
    al::train::Network& mutableNet = const_cast<al::train::Network&>(model->trainer().network());
    mutableNet.biases(0)[0] = -1000.0;
    EXPECT_TRUE(diagram->unitText(0, 0).contains(QStringLiteral("Dead")));
}

TEST_F(TrainTab, UnitPicturesFollowTheWeights)
{
    const QImage before = diagram->grab().toImage();
    model->step(200);
    QApplication::processEvents();
    EXPECT_NE(diagram->grab().toImage(), before);
}

TEST_F(TrainTab, TheDecisionBoundaryIsDrawnWhereTheOutputIsOneHalf)
{
    model->step(400);  // the circle learned: the boundary encloses the inner class
    QApplication::processEvents();
    using al::train::kExtent;
    std::vector<double> output;
    al::train::grid(model->trainer().network(), -kExtent, kExtent, -kExtent, kExtent, HeatMapView::kGrid, HeatMapView::kGrid, output);
    const auto expected = al::train::levelLine(output, HeatMapView::kGrid, HeatMapView::kGrid, 0.5);
    const auto& drawn = view->heatMap()->boundary();
    ASSERT_EQ(drawn.size(), expected.size());
    ASSERT_GT(drawn.size(), 20u);
    EXPECT_EQ(drawn.front().x0, expected.front().x0);
    // A closed line around the centre: its segments lie on every side of the middle of the grid.
    int left = 0;
    int right = 0;
    for (const auto& s : drawn)
        (s.x0 < HeatMapView::kGrid / 2.0 ? left : right) += 1;
    EXPECT_GT(left, 5);
    EXPECT_GT(right, 5);
    // Drawn: grey pixels along it (the points are blue and orange, the shades tinted).
    const QImage shot = view->heatMap()->grab().toImage();
    int grey = 0;
    for (int y = 0; y < shot.height(); ++y)
        for (int x = 0; x < shot.width(); ++x) {
            const QColor c = shot.pixelColor(x, y);
            grey += std::abs(c.red() - c.green()) < 14 && std::abs(c.green() - c.blue()) < 14 && c.lightness() < 150 ? 1 : 0;
        }
    EXPECT_GT(grey, 100);
}

TEST_F(TrainTab, TheDataSetChooserShowsEachShape)
{
    QComboBox* box = nullptr;
    for (QComboBox* b : view->findChildren<QComboBox*>())
        if (b->findData(QStringLiteral("spiral")) >= 0)
            box = b;
    ASSERT_NE(box, nullptr);
    ASSERT_EQ(box->itemData(0).toString(), QStringLiteral("circle"));
    QList<QImage> pictures;
    for (int i = 0; i < box->count(); ++i)
        pictures.append(box->itemIcon(i).pixmap(32, 32).toImage());
    // Every generated shape has blue and orange points; each looks different.
    for (int i = 0; i < 4; ++i) {
        int blue = 0;
        int orange = 0;
        for (int y = 0; y < 32; ++y)
            for (int x = 0; x < 32; ++x) {
                const QColor c = pictures[i].pixelColor(x, y);
                blue += c.blue() > c.red() + 60 ? 1 : 0;
                orange += c.red() > c.blue() + 60 ? 1 : 0;
            }
        EXPECT_GT(blue, 10) << i;
        EXPECT_GT(orange, 10) << i;
        for (int j = 0; j < i; ++j)
            EXPECT_NE(pictures[i], pictures[j]);
    }
}

TEST_F(TrainTab, ParameterAndStepSlidersWriteTheState)
{
    EXPECT_TRUE(view->parameterSliders().isEmpty());  // tanh has none
    model->setFunction(QStringLiteral("leaky_relu"));
    QApplication::processEvents();
    ASSERT_EQ(view->parameterSliders().size(), 1);
    QDoubleSpinBox* spin = view->parameterSliders()[0]->spinBox();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("0.2"));
    QTest::keyClick(spin, Qt::Key_Enter);
    EXPECT_EQ(document().numbers("train.parameters"), (std::vector<double>{0.2}));
    EXPECT_EQ(model->trainer().network().architecture().parameters, (std::vector<double>{0.2}));

    for (const char* key : {"train.momentum", "train.points", "train.trainShare"})
        ASSERT_NE(view->slider(key), nullptr) << key;
    // Momentum acts from the next step: the epoch goes on.
    model->step(60);
    const int epoch = model->trainer().epoch();
    ASSERT_GT(epoch, 0);
    QDoubleSpinBox* momentum = view->slider("train.momentum")->spinBox();
    momentum->selectAll();
    QTest::keyClicks(momentum, QStringLiteral("0.9"));
    QTest::keyClick(momentum, Qt::Key_Enter);
    EXPECT_EQ(document().number("train.momentum"), 0.9);
    EXPECT_EQ(model->trainer().options().momentum, 0.9);
    EXPECT_EQ(model->trainer().epoch(), epoch);
    // Points and share make a new data set.
    QDoubleSpinBox* points = view->slider("train.points")->spinBox();
    points->selectAll();
    QTest::keyClicks(points, QStringLiteral("200"));
    QTest::keyClick(points, Qt::Key_Enter);
    EXPECT_EQ(model->trainer().data().train.size() + model->trainer().data().test.size(), 200u);
    QDoubleSpinBox* share = view->slider("train.trainShare")->spinBox();
    share->selectAll();
    QTest::keyClicks(share, QStringLiteral("0.8"));
    QTest::keyClick(share, Qt::Key_Enter);
    EXPECT_EQ(model->trainer().data().train.size(), 160u);
}

TEST_F(TrainTab, TheHeatMapsPointsFollowTheData)
{
    // The points are drawn once into a layer of their own: a change of the data must show.
    HeatMapView* map = view->heatMap();
    const QColor blue = HeatMapView::classColour(1);
    // How far the colour nearest to class 1's is, within a pixel of `at` (a dot may sit between pixels).
    const auto distanceToDot = [&](QPoint at) {
        const QImage image = map->grab().toImage();
        int best = 1000;
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx) {
                const QColor c = image.pixelColor(at + QPoint(dx, dy));
                best = std::min(best, std::abs(c.red() - blue.red()) + std::abs(c.green() - blue.green()) + std::abs(c.blue() - blue.blue()));
            }
        return best;
    };
    model->setDataset(QStringLiteral("custom"));
    const QPoint at = map->positionOf(1.0, 1.0).toPoint();
    EXPECT_GT(distanceToDot(at), 100) << "no point yet";
    QTest::mouseClick(map, Qt::LeftButton, {}, at);
    EXPECT_LT(distanceToDot(at), 30) << "a class-1 point where it was clicked";
    QTest::mouseClick(view->clearPointsButton(), Qt::LeftButton);
    EXPECT_GT(distanceToDot(at), 100) << "cleared";
    // A new size moves the points with the square.
    QTest::mouseClick(map, Qt::LeftButton, {}, at);
    map->resize(map->width() / 2, map->height() / 2);
    EXPECT_LT(distanceToDot(map->positionOf(1.0, 1.0).toPoint()), 30);
}

TEST_F(TrainTab, ClicksAddPointsOfEitherClass)
{
    HeatMapView* map = view->heatMap();
    const std::size_t generated = model->trainer().data().train.size();
    EXPECT_FALSE(view->clearPointsButton()->isEnabled());
    QTest::mouseClick(map, Qt::LeftButton, {}, map->positionOf(2.0, 3.0).toPoint());
    QTest::mouseClick(map, Qt::RightButton, {}, map->positionOf(-4.0, 1.0).toPoint());
    QTest::mouseClick(map, Qt::LeftButton, Qt::ShiftModifier, map->positionOf(0.5, -5.0).toPoint());
    const std::vector<double>& added = document().numbers("train.addedPoints");
    ASSERT_EQ(added.size(), 9u);
    const double pixel = 2 * al::train::kExtent / std::min(map->width(), map->height());
    const double expected[] = {2, 3, 1, -4, 1, 0, 0.5, -5, 0};
    for (std::size_t i = 0; i < 9; ++i)
        EXPECT_NEAR(added[i], expected[i], i % 3 == 2 ? 0.0 : pixel) << i;
    EXPECT_EQ(model->trainer().data().train.size(), generated + 3);
    EXPECT_EQ(model->trainer().data().train.back().label, 0);
    // Outside the square nothing is added.
    QTest::mouseClick(map, Qt::LeftButton, {}, QPoint(map->width() / 2, map->height() + 5));
    EXPECT_EQ(document().numbers("train.addedPoints").size(), 9u);

    ASSERT_TRUE(view->clearPointsButton()->isEnabled());
    QTest::mouseClick(view->clearPointsButton(), Qt::LeftButton);
    EXPECT_TRUE(document().numbers("train.addedPoints").empty());
    EXPECT_EQ(model->trainer().data().train.size(), generated);

    // A custom data set starts empty, trains nothing and grows by clicks.
    model->setDataset(QStringLiteral("custom"));
    EXPECT_TRUE(model->trainer().data().train.empty());
    model->step(5);
    EXPECT_EQ(model->trainer().steps(), 0);
    EXPECT_FALSE(view->slider("train.points")->isEnabled());
    QTest::mouseClick(map, Qt::LeftButton, {}, map->positionOf(1.0, 1.0).toPoint());
    QTest::mouseClick(map, Qt::RightButton, {}, map->positionOf(-1.0, -1.0).toPoint());
    EXPECT_EQ(model->trainer().data().train.size() + model->trainer().data().test.size(), 2u);
}

class TrainImport : public TrainTab {
protected:
    QString write(const char* name, const QByteArray& text)
    {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return path;
    }
    // Imports through the button and the file dialog; returns the message box's text, if any.
    QString importThroughButton(const QString& path)
    {
        return testing_dialogs::pickFile([this] { QTest::mouseClick(view->importButton(), Qt::LeftButton); }, path);
    }

    QTemporaryDir dir;
};

TEST_F(TrainImport, ImportedPointsReplaceTheShape)
{
    const QString path = write("points.csv", "x,y,label\n1,1,1\n-1,-1,0\n2,-2,1\n-2,2,0\n");
    EXPECT_EQ(importThroughButton(path), QString());
    EXPECT_EQ(model->dataset(), QStringLiteral("custom"));
    EXPECT_EQ(document().numbers("train.addedPoints"), (std::vector<double>{1, 1, 1, -1, -1, 0, 2, -2, 1, -2, 2, 0}));
    const al::train::DataSet& data = model->trainer().data();
    EXPECT_EQ(data.train.size(), 2u);
    EXPECT_EQ(data.test.size(), 2u);
    EXPECT_FALSE(view->slider("train.noise")->isEnabled());
}

TEST_F(TrainImport, AMalformedFileSaysWhichLineInTheUsersLanguage)
{
    const QString path = write("bad.csv", "x,y,label\n1,1,1\n-1,-1,2\n");
    const al::state::Document before = document();
    QString message = importThroughButton(path);
    EXPECT_TRUE(message.contains(QStringLiteral("Line 3"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("bad.csv"))) << message.toStdString();
    EXPECT_EQ(document(), before);

    LanguageManager::instance().apply(QStringLiteral("ru"));
    QApplication::processEvents();
    message = importThroughButton(write("bad2.csv", "1,1,1\n1,x,0\n"));
    EXPECT_TRUE(message.contains(QStringLiteral("Строка 2"))) << message.toStdString();
    message = importThroughButton(write("one.csv", "1,1,1\n"));
    EXPECT_TRUE(message.contains(QStringLiteral("one.csv"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("fewer"))) << message.toStdString();
    EXPECT_EQ(document(), before);
}

TEST_F(TrainImport, TooManyPointsAreRefusedWhole)
{
    QByteArray text;
    for (int i = 0; i < 2001; ++i)
        text += QByteArray::number(i % 10) + ",1," + QByteArray::number(i % 2) + "\n";
    const al::state::Document before = document();
    const QString message = importThroughButton(write("many.csv", text));
    EXPECT_TRUE(message.contains(QStringLiteral("2001"))) << message.toStdString();
    EXPECT_EQ(document(), before);
}

TEST_F(TrainTab, ScenarioFilesKeepAddedPoints)
{
    HeatMapView* map = view->heatMap();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->positionOf(2.0, 3.0).toPoint());
    QTest::mouseClick(map, Qt::RightButton, {}, map->positionOf(-4.0, 1.0).toPoint());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("points.alab"));
    QString error;
    ASSERT_TRUE(Scenarios::save(document(), path, &error)) << error.toStdString();
    const al::state::Document saved = document();
    QTest::mouseClick(view->clearPointsButton(), Qt::LeftButton);
    ASSERT_NE(document(), saved);

    const Scenarios::Loaded loaded = Scenarios::load(path);
    ASSERT_TRUE(loaded.document) << loaded.error.toStdString();
    EXPECT_EQ(*loaded.document, saved);
    model->state()->replace(*loaded.document);
    EXPECT_EQ(document().numbers("train.addedPoints").size(), 6u);
    EXPECT_EQ(model->trainer().data().train, al::state::trainDataSet(saved).train);

    // A file whose points are not triples is refused with one sentence.
    QByteArray json = Scenarios::toJson(saved);
    const QByteArray broken = QString::fromUtf8(json).replace(QRegularExpression(QStringLiteral("\"addedPoints\": \\[")),
                                                               QStringLiteral("\"addedPoints\": [ 7,")).toUtf8();
    ASSERT_NE(broken, json);
    const Scenarios::Loaded refused = Scenarios::fromJson(broken);
    EXPECT_FALSE(refused.document);
    EXPECT_TRUE(refused.error.contains(QStringLiteral("train.addedPoints"))) << refused.error.toStdString();
}

TEST_F(TrainTab, AScenarioKeepsHowFarTheRunIsAndTrainsAgainToThere)
{
    // Twelve epochs by hand, then pause: the state notes it.
    model->step(12 * model->trainer().stepsPerEpoch());
    EXPECT_EQ(document().number("train.epochs"), 12);
    const std::vector<double> trained = model->trainer().network().allWeights();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trained.alab"));
    QString error;
    ASSERT_TRUE(window->saveScenario(path, &error)) << error.toStdString();

    // Reset: back to epoch 0 in the state too.
    QTest::mouseClick(view->resetButton(), Qt::LeftButton);
    EXPECT_EQ(model->trainer().epoch(), 0);
    EXPECT_EQ(document().number("train.epochs"), 0);

    // Opening the file trains again to epoch 12 — between events, not while the file opens —
    // to the very same weights, and the loss curve.
    ASSERT_TRUE(window->openScenario(path, &error)) << error.toStdString();
    EXPECT_EQ(model->trainer().epoch(), 0);
    EXPECT_TRUE(model->catchingUp());
    QElapsedTimer waited;
    waited.start();
    while (model->catchingUp() && waited.elapsed() < 10000)
        QApplication::processEvents();
    EXPECT_EQ(model->trainer().epoch(), 12);
    EXPECT_EQ(model->trainer().network().allWeights(), trained);
    EXPECT_EQ(model->history().size(), 13u);

    // finish() does it at once (figures, render --scenario).
    QTest::mouseClick(view->resetButton(), Qt::LeftButton);
    ASSERT_TRUE(window->openScenario(path, &error)) << error.toStdString();
    model->finish();
    EXPECT_EQ(model->trainer().epoch(), 12);
    EXPECT_FALSE(model->catchingUp());

    // Another data set is a new run from epoch 0.
    model->setDataset(QStringLiteral("xor"));
    EXPECT_EQ(model->trainer().epoch(), 0);
    EXPECT_EQ(document().number("train.epochs"), 0);

    // Playing writes nothing per frame; pausing records where it stopped.
    model->play();
    for (int i = 0; i < 5; ++i)
        model->step(50);
    EXPECT_EQ(document().number("train.epochs"), 0);
    model->pause();
    EXPECT_EQ(document().number("train.epochs"), model->trainer().epoch());
    EXPECT_GT(model->trainer().epoch(), 0);
}

}  // namespace
