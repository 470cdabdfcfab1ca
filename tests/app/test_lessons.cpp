// SPDX-License-Identifier: MIT
// The lesson tabs driven through their controls: each changes its model and its chart series as
// core/ predicts.
#include "catalog.h"
#include "comparemodel.h"
#include "compareview.h"
#include "depthmodel.h"
#include "depthview.h"
#include "explorermodel.h"
#include "mainwindow.h"
#include "softmax.h"
#include "softmaxmodel.h"
#include "softmaxview.h"
#include "sparsitymodel.h"
#include "sparsityview.h"
#include "valueslider.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

namespace {

class Lessons : public ::testing::Test {
protected:
    void SetUp() override
    {
        window = std::make_unique<MainWindow>(&model);
        window->resize(1280, 800);
        window->show();
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

    ExplorerModel model;
    std::unique_ptr<MainWindow> window;
};

TEST_F(Lessons, TabsAreReachableByKeyboard)
{
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + i), Qt::AltModifier);
        QApplication::processEvents();
        EXPECT_EQ(window->tabs()->currentIndex(), i) << "Alt+" << i + 1;
    }
}

TEST_F(Lessons, SoftmaxShowsTheLecturesNumbersOnTheBars)
{
    SoftmaxView* view = window->softmaxView();
    const double expected[] = {0.00011754291529297411, 0.9524601077108533, 0.047420196500263315, 2.1528735904351842e-06};
    ASSERT_EQ(view->bars()->count(), 4);
    for (int i = 0; i < 4; ++i)
        EXPECT_NEAR(view->bars()->at(i), expected[i], 1e-12 * expected[i]);
    EXPECT_TRUE(view->bars()->isBarSelected(1)) << "the largest is highlighted";
    EXPECT_FALSE(view->bars()->isBarSelected(0));
    EXPECT_TRUE(view->sumLabel()->text().contains(QStringLiteral("1.000000000000")));
}

TEST_F(Lessons, SoftmaxTemperatureLogAndExtremes)
{
    SoftmaxView* view = window->softmaxView();
    type(view->temperatureSlider(), QStringLiteral("2"));
    EXPECT_EQ(window->softmaxModel()->temperature(), 2.0);
    const std::vector<double> hot = al::softmax(std::vector<double>{-2, 2.5, 1, -4});
    for (int i = 0; i < 4; ++i)
        EXPECT_NEAR(view->bars()->at(i), hot[static_cast<std::size_t>(i)], 1e-15);
    view->logBox()->setChecked(true);
    EXPECT_TRUE(window->softmaxModel()->logSoftmax());
    EXPECT_NEAR(view->bars()->at(1), std::log(hot[1]), 1e-14);
    view->logBox()->setChecked(false);
    type(view->logitSlider(0), QStringLiteral("1000"));
    type(view->logitSlider(1), QStringLiteral("-1000"));
    for (int i = 0; i < view->bars()->count(); ++i)
        EXPECT_TRUE(std::isfinite(view->bars()->at(i)));
    EXPECT_EQ(view->bars()->at(0), 1.0);
}

TEST_F(Lessons, TwoClassSoftmaxIsTheSigmoid)
{
    SoftmaxView* view = window->softmaxView();
    view->countBox()->setValue(2);
    type(view->logitSlider(1), QStringLiteral("0"));
    view->focusBox()->setValue(1);
    QApplication::processEvents();
    ASSERT_TRUE(view->sigmoidSeries()->isVisible());
    const QList<QPointF> curve = view->curveSeries()->points();
    const QList<QPointF> sigmoid = view->sigmoidSeries()->points();
    ASSERT_EQ(curve.size(), sigmoid.size());
    const al::Activation& s = *al::findActivation("sigmoid");
    for (qsizetype i = 0; i < curve.size(); ++i) {
        EXPECT_NEAR(curve[i].y(), sigmoid[i].y(), 1e-15);
        EXPECT_NEAR(curve[i].y(), s.evaluate(curve[i].x(), {}).f, 1e-15);
    }
    EXPECT_TRUE(view->noteLabel()->text().contains(QStringLiteral("sigmoid")));
    view->countBox()->setValue(3);
    EXPECT_FALSE(view->sigmoidSeries()->isVisible());
}

TEST_F(Lessons, DepthShowsAQuarterPerLayerForTheSigmoid)
{
    DepthView* view = window->depthView();
    type(view->layersSlider(), QStringLiteral("12"));
    EXPECT_EQ(window->depthModel()->layers(), 12);
    const QList<QPointF> sigmoid = view->gradientSeries(0)->points();
    ASSERT_EQ(sigmoid.size(), 12);
    for (qsizetype k = 0; k < sigmoid.size(); ++k)
        EXPECT_DOUBLE_EQ(sigmoid[k].y(), std::pow(0.25, 12 - k)) << "layer " << k + 1;
    // tanh passes 1; ReLU at z0 = 0 is dead (its derivative at 0 is 0) and sits on the floor.
    for (const QPointF& p : view->gradientSeries(1)->points())
        EXPECT_EQ(p.y(), 1.0);
    for (const QPointF& p : view->gradientSeries(2)->points())
        EXPECT_EQ(p.y(), view->axisFloor());
    EXPECT_TRUE(view->readout()->text().contains(QStringLiteral("dead")));
}

TEST_F(Lessons, DepthReluPassesOrExplodes)
{
    DepthView* view = window->depthView();
    type(view->z0Slider(), QStringLiteral("0.5"));
    for (const QPointF& p : view->gradientSeries(2)->points())
        EXPECT_EQ(p.y(), 1.0);
    type(view->weightSlider(), QStringLiteral("1.5"));
    EXPECT_DOUBLE_EQ(view->gradientSeries(2)->points().front().y(), std::pow(1.5, 10));
    type(view->layersSlider(), QStringLiteral("20"));
    EXPECT_DOUBLE_EQ(view->gradientSeries(2)->points().front().y(), std::pow(1.5, 20));
    EXPECT_TRUE(view->readout()->text().contains(QStringLiteral("exploding")));
}

TEST_F(Lessons, LinearStackLiesOnItsSingleLayer)
{
    DepthView* view = window->depthView();
    window->depthModel()->setWeight(1.1);
    window->depthModel()->setBias(0.3);
    window->depthModel()->setLinearCoefficient(0.9);
    window->depthModel()->setLayers(7);
    const QList<QPointF> stack = view->stackSeries()->points();
    const QList<QPointF> one = view->collapsedSeries()->points();
    ASSERT_EQ(stack.size(), one.size());
    for (qsizetype i = 0; i < stack.size(); ++i)
        EXPECT_NEAR(stack[i].y(), one[i].y(), 1e-12);
    const al::LinearLayer layer = al::collapseLinearStack(0.9, 1.1, 0.3, 7);
    EXPECT_NEAR(layer.weight, std::pow(0.99, 7), 1e-14);
    EXPECT_TRUE(view->collapseLabel()->text().contains(QStringLiteral("0.93207")));
}

TEST_F(Lessons, CompareIdentityLiesOnTanh)
{
    CompareView* view = window->compareView();
    view->presetBox()->setCurrentIndex(0);
    emit view->presetBox()->activated(0);
    QApplication::processEvents();
    ASSERT_NE(view->series(QStringLiteral("identity")), nullptr);
    ASSERT_NE(view->series(QStringLiteral("tanh")), nullptr);
    ASSERT_NE(view->series(QStringLiteral("sigmoid")), nullptr);
    const al::Activation& tanh = *al::findActivation("tanh");
    const QList<QPointF> identity = view->series(QStringLiteral("identity"))->points();
    ASSERT_GT(identity.size(), 100);
    for (const QPointF& p : identity)
        EXPECT_NEAR(p.y(), tanh.evaluate(p.x(), {}).f, 1e-12) << p.x();
    EXPECT_TRUE(view->slopeTable()->text().contains(QStringLiteral("0.2500")));
    EXPECT_TRUE(view->slopeTable()->text().contains(QStringLiteral("1.000")));
}

TEST_F(Lessons, ComparePresetsAndTicks)
{
    CompareView* view = window->compareView();
    emit view->presetBox()->activated(1);
    EXPECT_EQ(window->compareModel()->functions(),
              (QStringList{QStringLiteral("relu"), QStringLiteral("leaky_relu"), QStringLiteral("prelu"), QStringLiteral("elu")}));
    for (const char* key : {"relu", "leaky_relu", "prelu", "elu"})
        EXPECT_NE(view->series(QString::fromLatin1(key)), nullptr) << key;
    EXPECT_EQ(view->series(QStringLiteral("identity")), nullptr);
    // Ticking a box adds the function.
    QListWidget* list = view->functionList();
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == QStringLiteral("gelu"))
            list->item(i)->setCheckState(Qt::Checked);
    EXPECT_TRUE(window->compareModel()->functions().contains(QStringLiteral("gelu")));
    EXPECT_NE(view->series(QStringLiteral("gelu")), nullptr);
    window->compareModel()->setDerivatives(true);
    const QList<QPointF> relu = view->series(QStringLiteral("relu"))->points();
    EXPECT_EQ(relu.back().y(), 1.0) << "derivatives are drawn";
}

TEST_F(Lessons, SparsityOfReluIsAboutHalf)
{
    SparsityModel* m = window->sparsityModel();
    EXPECT_EQ(m->seed(), SparsityModel::kDefaultSeed);
    EXPECT_NEAR(m->activeFraction(), 0.5, 0.05);
    EXPECT_TRUE(window->sparsityView()->summary()->text().contains(QStringLiteral("Active")));
    // The histogram holds every neuron.
    const QList<QPointF> edge = window->sparsityView()->histogramSeries()->upperSeries()->points();
    double total = 0;
    for (qsizetype i = 1; i + 1 < edge.size(); i += 2)
        total += edge[i].y();
    EXPECT_EQ(total, m->neurons());
    QComboBox* function = window->sparsityView()->functionBox();
    function->setCurrentIndex(function->findData(QStringLiteral("sigmoid")));
    emit function->activated(function->currentIndex());
    EXPECT_EQ(m->function(), QStringLiteral("sigmoid"));
    EXPECT_GT(m->activeFraction(), 0.99);
    window->sparsityView()->seedBox()->setValue(7);
    EXPECT_EQ(m->seed(), 7u);
}

}  // namespace

namespace {

TEST_F(Lessons, DepthLogAxisStaysPositiveWhenGradientsUnderflow)
{
    // Far in the sigmoid's tail every layer multiplies by ~1e-13: after 50 layers the product
    // passes through subnormal numbers to 0, and the log axis must still start above 0.
    window->depthModel()->setZ0(30.0);
    window->depthModel()->setLayers(50);
    DepthView* view = window->depthView();
    EXPECT_GT(view->axisFloor(), 0.0);
    for (const QPointF& p : view->gradientSeries(0)->points())
        EXPECT_GT(p.y(), 0.0);
}

}  // namespace
