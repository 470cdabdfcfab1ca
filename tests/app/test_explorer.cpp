// SPDX-License-Identifier: MIT
// The explorer window driven as a user drives it: key presses on sliders, typed values, function
// switches; each checks the model, the read-out and the chart series against core/.
#include "app/views/activationchartview.h"
#include "app/views/dashedcurve.h"
#include "app/appearance.h"
#include "app/views/cachedlayereffect.h"
#include "app/lessons/lecturetour.h"
#include "core/catalog.h"
#include "core/curvesampler.h"
#include "app/model/explorermodel.h"
#include "app/model/racemodel.h"
#include "app/widgets/functionchooser.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/model/trainmodel.h"
#include "core/state/schema.h"
#include "app/widgets/neuronpanel.h"
#include "app/widgets/parameterpanel.h"
#include "app/views/readoutview.h"
#include "app/views/regionbands.h"
#include "app/widgets/valueslider.h"

#include <QAction>
#include <QAreaSeries>
#include <QClipboard>
#include <QDoubleSpinBox>
#include <QGraphicsEffect>
#include <QGuiApplication>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace {

class Explorer : public ::testing::Test {
protected:
    void SetUp() override
    {
        window = std::make_unique<MainWindow>(&model);
        window->resize(1280, 800);
        window->show();
        QApplication::processEvents();
    }

    ActivationChartView* chart() const { return window->chartView(); }
    NeuronPanel* neuron() const { return window->neuronPanel(); }

    // The one point of the f marker.
    QPointF marker() const { return chart()->pointValue(); }

    void typeInto(ValueSlider* slider, const QString& text)
    {
        QDoubleSpinBox* spin = slider->spinBox();
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Return);
        QApplication::processEvents();
    }

    // Upper edge of an area series back into intervals (see ActivationChartView::bands).
    // The intervals shaded as dead (band 0) or vanishing (band 1).
    const std::vector<al::Interval>& shaded(std::size_t band) const { return chart()->regionBands()->bands().at(band).intervals; }

    ExplorerModel model;
    std::unique_ptr<MainWindow> window;
};

TEST_F(Explorer, InputSliderKeyPressMovesZTheReadoutAndTheMarker)
{
    ValueSlider* x1 = neuron()->inputSlider(0);
    const double before = model.neuron().input(0);
    x1->slider()->setFocus();
    QTest::keyClick(x1->slider(), Qt::Key_Right);
    QApplication::processEvents();
    EXPECT_NEAR(model.neuron().input(0), before + 0.01, 1e-12);
    EXPECT_NEAR(x1->spinBox()->value(), model.neuron().input(0), 1e-12);
    const al::FunctionValues v = model.valuesAtZ();
    EXPECT_DOUBLE_EQ(marker().x(), model.z());
    EXPECT_DOUBLE_EQ(marker().y(), v.f);
    EXPECT_DOUBLE_EQ(chart()->slopePointValue().y(), v.df);
    EXPECT_EQ(window->readout()->sumText(), ReadoutView::sumFormula(model.neuron()));
    EXPECT_TRUE(window->readout()->sumText().contains(QStringLiteral("1.21")));
}

TEST_F(Explorer, SumIsWrittenOutLikeTheDesign)
{
    EXPECT_EQ(window->readout()->sumText(), QStringLiteral("z = 0.50·1.20 + (−0.30)·2.00 + 0.10 = 0.10"));
    EXPECT_TRUE(window->readout()->valuesText().startsWith(QStringLiteral("σ(z) = 0.5250")));
}

// The read-out's context menu copies it as text, a line for the sum, one for the values and one
// for the badge when there is one.
TEST_F(Explorer, ReadoutCopiesAsText)
{
    ReadoutView* readout = window->readout();
    ASSERT_EQ(readout->contextMenuPolicy(), Qt::ActionsContextMenu);
    ASSERT_EQ(readout->actions().size(), 1);
    QGuiApplication::clipboard()->clear();
    readout->actions().front()->trigger();
    const QString copied = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(copied.startsWith(readout->sumText() + QLatin1Char('\n') + readout->valuesText())) << copied.toStdString();
    EXPECT_EQ(copied, readout->plainText());
}

TEST_F(Explorer, TypedWeightAndBiasAreExactAndMoveTheSliders)
{
    typeInto(neuron()->weightSlider(1), QStringLiteral("1.5"));
    EXPECT_EQ(model.neuron().weight(1), 1.5);
    EXPECT_EQ(neuron()->weightSlider(1)->slider()->value(), 650);  // (1.5 + 5) / 0.01
    typeInto(neuron()->biasSlider(), QStringLiteral("-2.25"));
    EXPECT_EQ(model.neuron().bias(), -2.25);
    EXPECT_NEAR(model.z(), 0.5 * 1.2 + 1.5 * 2.0 - 2.25, 1e-12);
    EXPECT_DOUBLE_EQ(marker().x(), model.z());
}

TEST_F(Explorer, InputCountShowsExactlyThatManyRows)
{
    neuron()->inputCountBox()->setValue(5);
    QApplication::processEvents();
    EXPECT_EQ(model.neuron().inputCount(), 5u);
    for (int i = 0; i < 8; ++i) {
        EXPECT_EQ(neuron()->inputSlider(i)->isVisible(), i < 5) << i;
        EXPECT_EQ(neuron()->weightSlider(i)->isVisible(), i < 5) << i;
    }
    EXPECT_EQ(window->readout()->sumText().count(QStringLiteral("·")), 5);
}

TEST_F(Explorer, ResetRestoresTheDefaultNeuron)
{
    typeInto(neuron()->inputSlider(0), QStringLiteral("4"));
    neuron()->inputCountBox()->setValue(3);
    QTest::mouseClick(reinterpret_cast<QWidget*>(neuron()->resetButton()), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(model.neuron(), al::Neuron());
    EXPECT_EQ(neuron()->inputSlider(0)->value(), 1.2);
}

TEST_F(Explorer, SwitchingFunctionShowsExactlyItsParameters)
{
    for (const al::Activation& a : al::catalog()) {
        model.setFunction(QString::fromStdString(std::string(a.key)));
        QApplication::processEvents();
        const auto& sliders = window->parameterPanel()->sliders();
        ASSERT_EQ(sliders.size(), static_cast<qsizetype>(a.parameters.size())) << a.key;
        for (qsizetype i = 0; i < sliders.size(); ++i) {
            EXPECT_EQ(sliders[i]->objectName(), QStringLiteral("parameter_") + QString::fromStdString(a.parameters[i].key));
            EXPECT_EQ(sliders[i]->value(), a.parameters[i].defaultValue);
        }
        // The curve series is the core's sampling of this function.
        const QList<QPointF> pts = chart()->curveSeries()->points();
        ASSERT_FALSE(pts.isEmpty());
        EXPECT_LE(pts.size(), 1000);
        for (qsizetype i = 0; i < pts.size(); i += 37) {
            const double expected = a.evaluate(pts[i].x(), a.defaults()).f;
            // Jumps share a z: the left limit is drawn first.
            if (i + 1 < pts.size() && pts[i + 1].x() == pts[i].x())
                continue;
            EXPECT_NEAR(pts[i].y(), expected, 1e-9 * std::max(1.0, std::fabs(expected))) << a.key << " at " << pts[i].x();
        }
    }
}

// The parameter panel is as tall for every function, so the neuron's controls under it stay put
// (under the hand or the pointer of a lecturer switching functions), in both languages.
TEST_F(Explorer, SwitchingFunctionLeavesTheNeuronsControlsInPlace)
{
    for (const char* language : {"en", "ru"}) {
        LanguageManager::instance().apply(QString::fromLatin1(language));
        QApplication::processEvents();
        QRect place;
        for (const al::Activation& a : al::catalog()) {
            model.setFunction(QString::fromStdString(std::string(a.key)));
            for (int i = 0; i < 3; ++i)
                QApplication::processEvents();
            const QRect now(neuron()->mapTo(window.get(), QPoint(0, 0)), neuron()->size());
            if (place.isNull())
                place = now;
            EXPECT_EQ(now, place) << language << " " << a.key;
        }
    }
    LanguageManager::instance().apply(QStringLiteral("en"));
}

TEST_F(Explorer, ParameterSliderChangesTheCurve)
{
    model.setFunction(QStringLiteral("leaky_relu"));
    QApplication::processEvents();
    ValueSlider* alpha = window->parameterPanel()->sliders().at(0);
    typeInto(alpha, QStringLiteral("0.2"));
    EXPECT_EQ(model.parameters()[0], 0.2);
    const QList<QPointF> pts = chart()->curveSeries()->points();
    EXPECT_DOUBLE_EQ(pts.front().y(), 0.2 * pts.front().x());
    alpha->slider()->setFocus();
    QTest::keyClick(alpha->slider(), Qt::Key_Right);
    QApplication::processEvents();
    EXPECT_NEAR(model.parameters()[0], 0.201, 1e-12);
}

// The chart's title and legend names (Qt's rich-text items) keep their shaped glyphs from one
// redraw of the chart's picture to the next (KeptGlyphs), set anew by Qt's layout or not: a new
// function's title too, and a parameter step shapes none of them.
TEST_F(Explorer, ChartTextsKeepTheirShapedGlyphs)
{
    const auto expectKept = [this](const char* when) {
        int texts = 0;
        std::function<void(QGraphicsItem*)> visit = [&](QGraphicsItem* item) {
            if (auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(item); text && !text->toPlainText().isEmpty()) {
                ++texts;
                for (QTextBlock block = text->document()->begin(); block.isValid(); block = block.next())
                    EXPECT_TRUE(block.layout()->cacheEnabled()) << when << ": " << text->toPlainText().toStdString();
            }
            for (QGraphicsItem* child : item->childItems())
                visit(child);
        };
        visit(chart()->chart());
        EXPECT_GE(texts, 5) << when << ": the title and four legend names";
    };
    model.setFunction(QStringLiteral("elu"));
    QApplication::processEvents();
    expectKept("a new function");
    model.setParameter(0, 0.7);
    QApplication::processEvents();
    expectKept("a parameter step");
}

TEST_F(Explorer, DeadBadgeForReluLeftOfZeroOnly)
{
    model.setFunction(QStringLiteral("relu"));
    typeInto(neuron()->biasSlider(), QStringLiteral("-3"));  // z = 0.6 − 0.6 − 3 < 0
    EXPECT_LT(model.z(), 0);
    EXPECT_EQ(window->readout()->shownZone(), GradientZone::Dead);
    EXPECT_TRUE(window->readout()->badgeVisible());
    EXPECT_TRUE(window->readout()->badgeText().contains(QStringLiteral("does not learn")));
    typeInto(neuron()->biasSlider(), QStringLiteral("2"));
    EXPECT_GT(model.z(), 0);
    EXPECT_EQ(window->readout()->shownZone(), GradientZone::Learning);
    EXPECT_FALSE(window->readout()->badgeVisible());
}

TEST_F(Explorer, VanishingBadgeForSaturatedSigmoid)
{
    typeInto(neuron()->biasSlider(), QStringLiteral("5"));
    EXPECT_EQ(window->readout()->shownZone(), GradientZone::Vanishing);
    EXPECT_TRUE(window->readout()->badgeText().contains(QStringLiteral("Vanishing")));
}

TEST_F(Explorer, RegionSeriesMatchTheCore)
{
    for (const char* key : {"relu", "sigmoid", "hard_sigmoid", "tanh", "step"}) {
        model.setFunction(QString::fromLatin1(key));
        QApplication::processEvents();
        const ViewRange& v = model.view();
        const al::GradientRegions expected =
            al::findGradientRegions(model.activation(), model.parameters(), model.epsilon(), v.zMin, v.zMax);
        EXPECT_EQ(shaded(0), expected.dead) << key;
        EXPECT_EQ(shaded(1), expected.vanishing) << key;
    }
    // The ε slider moves the vanishing boundary of the sigmoid to the closed form.
    model.setFunction(QStringLiteral("sigmoid"));
    typeInto(neuron()->epsilonSlider(), QStringLiteral("0.1"));
    EXPECT_EQ(model.epsilon(), 0.1);
    const double s = (1 + std::sqrt(1 - 0.4)) / 2;
    const auto vanishing = shaded(1);
    ASSERT_EQ(vanishing.size(), 2u);
    EXPECT_NEAR(vanishing[1].lo, std::log(s / (1 - s)), 1e-9);
}

TEST_F(Explorer, AsymptotesAndTangent)
{
    const auto asymptotes = [this](const char* key) {
        model.setFunction(QString::fromLatin1(key));
        QApplication::processEvents();
        return chart()->asymptotes();
    };
    EXPECT_EQ(asymptotes("sigmoid"), std::make_pair(0.0, 1.0));
    EXPECT_EQ(asymptotes("tanh"), std::make_pair(-1.0, 1.0));
    EXPECT_EQ(asymptotes("elu").first, -1.0);
    EXPECT_TRUE(std::isnan(asymptotes("elu").second));
    EXPECT_TRUE(std::isnan(asymptotes("relu").first)) << "ReLU reaches 0: no asymptote";
    EXPECT_TRUE(std::isnan(asymptotes("hard_sigmoid").first)) << "attained limits are not asymptotes";
    model.setFunction(QStringLiteral("tanh"));
    QApplication::processEvents();
    // The tangent passes through the point with slope f′(z).
    const QLineF t = chart()->tangentValue();
    const al::FunctionValues v = model.valuesAtZ();
    EXPECT_NEAR((t.y2() - t.y1()) / (t.x2() - t.x1()), v.df, 1e-12);
    EXPECT_NEAR(0.5 * (t.y1() + t.y2()), v.f, 1e-12) << "the tangent is centred on the point";
    EXPECT_TRUE(chart()->tangentShown());
    EXPECT_TRUE(chart()->slopePointShown());
    window->findChild<QAction*>();  // the menu exists
    // f′ as drawn (DashedCurve) passes through the model's f′ at every point.
    const QList<QPointF> derivative = chart()->derivativeCurve()->points();
    ASSERT_GT(derivative.size(), 10);
    for (const QPointF& p : derivative)
        EXPECT_NEAR(p.y(), model.activation().evaluate(p.x(), model.parameters()).df, 1e-12) << p.x();
    EXPECT_TRUE(chart()->derivativeCurve()->isVisible());
    EXPECT_TRUE(chart()->derivativeSeries()->isVisible()) << "its series names it in the legend";
    model.setShowTangent(false);
    model.setShowDerivative(false);
    QApplication::processEvents();
    EXPECT_FALSE(chart()->tangentShown());
    EXPECT_FALSE(chart()->slopePointShown());
    EXPECT_FALSE(chart()->derivativeSeries()->isVisible());
    EXPECT_FALSE(chart()->derivativeCurve()->isVisible());
}

TEST_F(Explorer, StepIsDrawnWithAVerticalJump)
{
    model.setFunction(QStringLiteral("step"));
    QApplication::processEvents();
    const QList<QPointF> pts = chart()->curveSeries()->points();
    bool jump = false;
    for (qsizetype i = 1; i < pts.size(); ++i)
        jump = jump || (pts[i].x() == 0.0 && pts[i - 1].x() == 0.0 && pts[i - 1].y() == 0.0 && pts[i].y() == 1.0);
    EXPECT_TRUE(jump);
}

TEST_F(Explorer, KeyboardSwitchesFunctions)
{
    window->activateWindow();
    window->functionChooser()->setFocus();
    QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier);
    QApplication::processEvents();
    EXPECT_EQ(model.functionKey(), QStringLiteral("relu"));
    QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QApplication::processEvents();
    EXPECT_EQ(model.functionKey(), QStringLiteral("leaky_relu"));
    QTest::keyClick(window->functionChooser(), Qt::Key_Down);
    QApplication::processEvents();
    EXPECT_EQ(model.functionKey(), QStringLiteral("prelu"));
}

TEST_F(Explorer, WheelZoomsDragPansHomeResets)
{
    const ViewRange start = model.view();
    chart()->setFocus();
    QTest::keyClick(chart(), Qt::Key_Plus);
    EXPECT_LT(model.view().zMax - model.view().zMin, start.zMax - start.zMin);
    QTest::keyClick(chart(), Qt::Key_Right);
    EXPECT_GT(model.view().zMin, start.zMin * 0.8);
    QTest::keyClick(chart(), Qt::Key_Home);
    EXPECT_EQ(model.view(), start);
    // Clean tick labels: the interval is 1, 2 or 5 × 10ⁿ at any zoom.
    for (int i = 0; i < 30; ++i) {
        QTest::keyClick(chart(), Qt::Key_Plus);
        const double step = chart()->axisZ()->tickInterval();
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-12));
        EXPECT_TRUE(std::fabs(mantissa - 1) < 1e-9 || std::fabs(mantissa - 2) < 1e-9 || std::fabs(mantissa - 5) < 1e-9)
            << step;
    }
}

TEST_F(Explorer, HoverReadsOutTheCurve)
{
    const QRectF plot = chart()->chart()->plotArea();
    const QPoint centre = chart()->mapFromScene(chart()->chart()->mapToScene(plot.center()));
    QTest::mouseMove(chart()->viewport(), centre);
    QMouseEvent move(QEvent::MouseMove, QPointF(centre), chart()->viewport()->mapToGlobal(QPointF(centre)), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(chart()->viewport(), &move);
    EXPECT_TRUE(chart()->hoverText().startsWith(QStringLiteral("z = ")));
    EXPECT_TRUE(chart()->hoverText().contains(QStringLiteral("f′(z) = ")));
}

TEST_F(Explorer, ControlsHaveAccessibleNamesAndTooltips)
{
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (qobject_cast<QSlider*>(w) || qobject_cast<QAbstractSpinBox*>(w)) {
            EXPECT_FALSE(w->accessibleName().isEmpty()) << w->metaObject()->className();
            EXPECT_FALSE(w->toolTip().isEmpty()) << w->metaObject()->className();
            EXPECT_NE(w->focusPolicy() & Qt::TabFocus, 0);
        }
    }
}

TEST_F(Explorer, DrawnCurveStaysWithinHalfAPixelOfTheTruth)
{
    for (const char* key : {"sigmoid", "gelu", "mish", "elu", "softsign"}) {
        model.setFunction(QString::fromLatin1(key));
        QApplication::processEvents();
        const QRectF plot = chart()->chart()->plotArea();
        const ViewRange& v = model.view();
        const double yScale = plot.height() / (v.yMax - v.yMin);
        const QList<QPointF> pts = chart()->curveSeries()->points();
        for (qsizetype i = 1; i < pts.size(); ++i) {
            for (double t : {0.25, 0.5, 0.75}) {
                const double z = pts[i - 1].x() + t * (pts[i].x() - pts[i - 1].x());
                const double truth = model.activation().evaluate(z, model.parameters()).f;
                const double chord = pts[i - 1].y() + t * (pts[i].y() - pts[i - 1].y());
                ASSERT_LE(std::fabs(truth - chord) * yScale, 0.5) << key << " z = " << z;
            }
        }
    }
}

}  // namespace

namespace {

// Screenshots of the whole window: into $ACTIVATIONLAB_SCREENSHOT_DIR when set (to look at them),
// else a temporary folder. Each must be the window's size and not blank.
TEST(Screenshots, MainWindowRendersAtLectureHallSizes)
{
    QTemporaryDir fallback;
    const QString dir = qEnvironmentVariableIsSet("ACTIVATIONLAB_SCREENSHOT_DIR")
                            ? qEnvironmentVariable("ACTIVATIONLAB_SCREENSHOT_DIR")
                            : fallback.path();
    ExplorerModel model;
    MainWindow window(&model);
    window.show();
    for (const char* language : {"en", "ru"}) {
    LanguageManager::instance().apply(QString::fromLatin1(language));
    for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
        window.resize(size);
        for (const char* key : {"sigmoid", "relu", "step", "gelu"}) {
            model.setFunction(QString::fromLatin1(key));
            if (QString::fromLatin1(key) == QStringLiteral("relu"))
                model.setBias(-1.5);
            QApplication::processEvents();
            const QImage shot = window.grab().toImage();
            EXPECT_EQ(shot.size(), size);
            EXPECT_GT(shot.pixelColor(size.width() / 2, size.height() / 3).lightness(), 0);
            EXPECT_TRUE(shot.save(QStringLiteral("%1/%2-%3-%4x%5.png")
                                      .arg(dir, QString::fromLatin1(language), QString::fromLatin1(key))
                                      .arg(size.width())
                                      .arg(size.height())));
        }
    }
    // Every lesson tab, at the laptop size.
    window.resize(1280, 800);
    const char* tabs[] = {"neuron", "softmax", "depth", "compare", "sparsity", "init", "train", "race"};
    ASSERT_EQ(window.tabs()->count(), static_cast<int>(std::size(tabs)));
    for (int tab = 1; tab < window.tabs()->count(); ++tab) {
        window.tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
        const QImage shot = window.grab().toImage();
        EXPECT_EQ(shot.size(), QSize(1280, 800));
        EXPECT_TRUE(shot.save(QStringLiteral("%1/%2-tab-%3.png").arg(dir, QString::fromLatin1(language), QString::fromLatin1(tabs[tab]))));
    }
    // The Race tab at its most crowded: four activations after 60 epochs, at both sizes.
    auto* race = window.findChild<RaceModel*>();
    ASSERT_NE(race, nullptr);
    const al::state::Document beforeRace = race->state()->document();
    window.tabs()->setCurrentIndex(window.tabs()->count() - 1);
    ASSERT_EQ(race->state()->set("race.functions", std::vector<std::string>{"sigmoid", "tanh", "relu", "leaky_relu"}), std::nullopt);
    race->step(25 * 60);
    for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
        window.resize(size);
        for (int i = 0; i < 3; ++i)  // the maps' grid settles in a pass or two
            QApplication::processEvents();
        const QImage shot = window.grab().toImage();
        EXPECT_EQ(shot.size(), size);
        EXPECT_TRUE(shot.save(QStringLiteral("%1/%2-tab-race-four-%3x%4.png")
                                  .arg(dir, QString::fromLatin1(language))
                                  .arg(size.width())
                                  .arg(size.height())));
    }
    race->state()->replace(beforeRace);
    window.resize(1280, 800);
    // The Train tab at its most crowded: six hidden layers of 16 units, every input on.
    auto* train = window.findChild<TrainModel*>();
    ASSERT_NE(train, nullptr);
    window.tabs()->setCurrentIndex(static_cast<int>(std::find_if(std::begin(tabs), std::end(tabs), [](const char* t) { return std::string_view(t) == "train"; }) - std::begin(tabs)));
    al::state::Patch crowded{{"train.hidden", std::vector<double>(6, 16.0)}, {"train.function", std::string("leaky_relu")}};
    for (std::string_view key : al::state::trainFeatureKeys())
        crowded.emplace_back(std::string(key), true);
    const al::state::Document before = train->state()->document();
    ASSERT_EQ(train->state()->apply(crowded), std::nullopt);
    train->step(300);
    QApplication::processEvents();
    const QImage shot = window.grab().toImage();
    EXPECT_EQ(shot.size(), QSize(1280, 800));
    EXPECT_TRUE(shot.save(QStringLiteral("%1/%2-tab-train-deep.png").arg(dir, QString::fromLatin1(language))));
    train->state()->replace(before);
    window.tabs()->setCurrentIndex(0);
    }
    LanguageManager::instance().apply(QStringLiteral("en"));
}

// The chart's cached picture (CachedLayerEffect) must always show what drawing the chart
// afresh shows: after each kind of change, the view as painted equals the view painted from a
// picture drawn anew — at once (a grab or an export with no event loop in between) and right
// after Qt Charts has laid the chart out again — and, once everything has settled, the view
// painted with no cache at all.
class ChartPicture : public Explorer {
protected:
    static void settle()
    {
        for (int i = 0; i < 3; ++i)  // Qt Charts lays out again in a later pass
            QApplication::processEvents();
    }

    // Dropping the picture touches nothing Qt tracks, so it cannot hide a missed change.
    void expectCacheMatchesFreshPicture(const std::string& what) const
    {
        const QImage cached = chart()->grab().toImage();
        chart()->chartLayer()->invalidate();
        const QImage fresh = chart()->grab().toImage();
        ASSERT_EQ(cached.size(), fresh.size()) << what;
        EXPECT_TRUE(cached == fresh) << what;
    }

    // Switching the effect off marks the chart changed, so this one comes last.
    void expectCacheMatchesDirectDrawing(const std::string& what) const
    {
        const QImage cached = chart()->grab().toImage();
        QGraphicsEffect* layer = chart()->chart()->graphicsEffect();
        layer->setEnabled(false);
        const QImage direct = chart()->grab().toImage();
        layer->setEnabled(true);
        ASSERT_EQ(cached.size(), direct.size()) << what;
        EXPECT_TRUE(cached == direct) << what;
    }

    void expectCurrentAfter(const std::string& what, const std::function<void()>& change) const
    {
        settle();
        chart()->grab();  // fills the cache
        change();
        expectCacheMatchesFreshPicture(what + " (at once)");
        QApplication::processEvents();  // Qt Charts lays out
        expectCacheMatchesFreshPicture(what + " (laid out)");
        settle();
        expectCacheMatchesDirectDrawing(what);
    }
};

TEST_F(ChartPicture, StaysCurrentThroughEveryKindOfChange)
{
    expectCurrentAfter("function switch", [&] { model.setFunction(QStringLiteral("leaky_relu")); });
    expectCurrentAfter("parameter", [&] { model.setParameter(0, 0.3); });
    expectCurrentAfter("zoom", [&] { QTest::keyClick(chart(), Qt::Key_Plus); });
    expectCurrentAfter("pan", [&] { QTest::keyClick(chart(), Qt::Key_Left); });
    expectCurrentAfter("derivative hidden", [&] { model.setShowDerivative(false); });
    expectCurrentAfter("epsilon", [&] {
        model.setFunction(QStringLiteral("sigmoid"));
        model.setEpsilon(0.05);
    });
    expectCurrentAfter("neuron", [&] { model.setBias(1.7); });
    expectCurrentAfter("resize", [&] { window->resize(1000, 700); });
    expectCurrentAfter("language", [&] { LanguageManager::instance().apply(QStringLiteral("ru")); });
    expectCurrentAfter("theme and scale", [&] {
        Appearance::instance().setTheme(Appearance::Theme::Dark);
        Appearance::instance().setScale(1.3);
    });
    Appearance::instance().setScale(1.0);
    Appearance::instance().setTheme(Appearance::Theme::System);
    LanguageManager::instance().apply(QStringLiteral("en"));
}

TEST_F(ChartPicture, StaysViewSizedWhenTheCurveLeavesThePlotByMillionsOfPixels)
{
    expectCurrentAfter("exponential up to e²⁰", [&] {
        model.setFunction(QStringLiteral("exponential"));
        model.setView({-2.0, 20.0, -1.0, 3.0});
    });
    // Clipped to the chart, the subtree fits the view, so it is cached (not drawn directly).
    const int before = chart()->chartLayer()->redraws();
    model.setView({-2.0, 21.0, -1.0, 3.0});
    settle();
    chart()->grab();
    EXPECT_GT(chart()->chartLayer()->redraws(), before);
}

TEST_F(ChartPicture, IsReusedWhenOnlyTheNeuronMovesAndRedrawnWhenTheCurveChanges)
{
    const auto paint = [&] {
        settle();
        chart()->grab();
    };
    // Qt delivers the start-up layout's last change notice with the first scene update.
    model.setInput(0, 0.0);
    paint();
    const int before = chart()->chartLayer()->redraws();
    for (int i = 1; i <= 10; ++i) {
        model.setInput(0, 0.2 * i);
        model.setBias(-0.1 * i);
        paint();
    }
    EXPECT_EQ(chart()->chartLayer()->redraws(), before) << "the markers move over the cached picture";
    model.setFunction(QStringLiteral("tanh"));
    paint();
    EXPECT_GT(chart()->chartLayer()->redraws(), before);
}

}  // namespace

namespace {

TEST(Screenshots, PresentationModesRender)
{
    QTemporaryDir fallback;
    const QString dir = qEnvironmentVariableIsSet("ACTIVATIONLAB_SCREENSHOT_DIR")
                            ? qEnvironmentVariable("ACTIVATIONLAB_SCREENSHOT_DIR")
                            : fallback.path();
    ExplorerModel model;
    MainWindow window(&model);
    window.resize(1920, 1080);
    window.show();
    window.tour()->start();
    window.tour()->go(2);
    Appearance::instance().setTheme(Appearance::Theme::Dark);
    Appearance::instance().setScale(1.5);
    for (int i = 0; i < 5; ++i)  // font changes relayout in several passes
        QApplication::processEvents();
    QImage shot = window.grab().toImage();
    EXPECT_EQ(shot.size(), QSize(1920, 1080));
    EXPECT_TRUE(shot.save(dir + QStringLiteral("/dark-150-tour.png")));
    Appearance::instance().setTheme(Appearance::Theme::HighContrast);
    Appearance::instance().setPanelsHidden(true);
    window.tour()->leave();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    shot = window.grab().toImage();
    EXPECT_TRUE(shot.save(dir + QStringLiteral("/contrast-150-panels-hidden.png")));
    Appearance::instance().setPanelsHidden(false);
    Appearance::instance().setScale(1.0);
    Appearance::instance().setTheme(Appearance::Theme::System);
}

}  // namespace
