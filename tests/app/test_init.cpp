// SPDX-License-Identifier: MIT
// The Initialisation tab through its controls: the charts show core's statistics, the presets
// set up the classic sequence, a drag previews with fewer samples, a newer setting wins over
// stale work, and the page speaks Russian.
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/model/explorermodel.h"
#include "app/model/initmodel.h"
#include "app/views/initridgeview.h"
#include "app/views/initview.h"
#include "app/widgets/valueslider.h"
#include "core/catalog.h"
#include "core/initstats.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

namespace {

class InitTab : public ::testing::Test {
protected:
    void SetUp() override
    {
        LanguageManager::instance().apply(QStringLiteral("en"));
        window = std::make_unique<MainWindow>(&explorer);
        window->resize(1280, 800);
        window->show();
        view = window->findChild<InitView*>();
        ASSERT_NE(view, nullptr);
        window->tabs()->setCurrentIndex(window->tabOf(view));
        init = window->findChild<InitModel*>();
        ASSERT_NE(init, nullptr);
        QApplication::processEvents();
    }
    void TearDown() override
    {
        LanguageManager::instance().apply(QStringLiteral("en"));
        QApplication::processEvents();
    }

    // Until the worker's full experiment is announced (the GUI thread never waits on it).
    bool settle(int timeoutMs = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            QApplication::processEvents(QEventLoop::AllEvents, 20);
            if (!init->busy() && init->statistics().backwardDone && !init->previewing())
                return true;
        }
        return false;
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

    ExplorerModel explorer;
    std::unique_ptr<MainWindow> window;
    InitView* view = nullptr;
    InitModel* init = nullptr;
};

TEST_F(InitTab, ChartsShowCoresStatisticsLayerByLayer)
{
    type(view->slider("init.width"), QStringLiteral("100"));
    type(view->slider("init.samples"), QStringLiteral("300"));
    ASSERT_TRUE(settle());
    const al::InitStatistics expected = al::runInitExperiment(init->setup());
    const QList<QPointF> std = view->stdSeries()->points();
    ASSERT_EQ(std.size(), 10);  // tanh with σ = 0.01 keeps a small but positive spread
    for (int i = 0; i < std.size(); ++i) {
        EXPECT_EQ(std[i].x(), i + 1);
        EXPECT_EQ(std[i].y(), expected.layers[static_cast<std::size_t>(i)].std);
    }
    EXPECT_EQ(view->gradientSeries()->points().front().y(), expected.layers.front().gradStd);
    EXPECT_EQ(view->saturatedSeries()->count(), 10);
    EXPECT_EQ(view->ridge()->rows(), 10);
    EXPECT_TRUE(view->summary()->text().contains(QStringLiteral("vanishes"))) << view->summary()->text().toStdString();
}

TEST_F(InitTab, PresetsSetUpTheClassicSequence)
{
    type(view->slider("init.width"), QStringLiteral("200"));
    type(view->slider("init.samples"), QStringLiteral("400"));
    QStringList explanations;
    for (int i = 0; i < InitModel::kPresets; ++i) {
        QTest::mouseClick(view->presetButton(i), Qt::LeftButton);
        ASSERT_TRUE(settle());
        explanations << view->presetText()->text();
        EXPECT_TRUE(view->presetButton(i)->font().bold()) << i;
    }
    explanations.removeDuplicates();
    EXPECT_EQ(explanations.size(), InitModel::kPresets);
    // The last step, ReLU with He: the spread stays, as the closed form says.
    EXPECT_EQ(view->functionBox()->currentData().toString(), QStringLiteral("relu"));
    EXPECT_EQ(view->schemeBox()->currentData().toString(), QStringLiteral("he"));
    const QList<QPointF> std = view->stdSeries()->points();
    const QList<QPointF> predicted = view->predictedSeries()->points();
    ASSERT_EQ(std.size(), 10);
    ASSERT_EQ(predicted.size(), 10);
    EXPECT_NEAR(std.back().y() / std.front().y(), 1.0, 0.2);
    EXPECT_NEAR(std.back().y() / predicted.back().y(), 1.0, 0.2);
    // σ is disabled for the schemes that compute their own scale.
    EXPECT_FALSE(view->slider("init.sigma")->isEnabled());
}

TEST_F(InitTab, DragPreviewsWithFewerSamplesThenRunsInFull)
{
    ASSERT_TRUE(settle());
    init->setPreviewing(true);
    init->setNumber("init.sigma", 0.05);
    QElapsedTimer timer;
    timer.start();
    while (!(init->statistics().backwardDone && init->statisticsSamples() < 1000) && timer.elapsed() < 20000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    EXPECT_EQ(init->statisticsSamples(), al::previewSamples(init->setup()));
    EXPECT_TRUE(view->summary()->text().contains(QStringLiteral("preview"))) << view->summary()->text().toStdString();
    init->setPreviewing(false);
    ASSERT_TRUE(settle());
    EXPECT_EQ(init->statisticsSamples(), 1000);
}

TEST_F(InitTab, TheDefaultStacksDrawsStayForTheNextDragALargeStacksGo)
{
    ASSERT_TRUE(settle());
    EXPECT_EQ(init->heldWeights(), 10u * 500u * 500u);  // the next drag's first step draws nothing
    type(view->slider("init.width"), QStringLiteral("1000"));
    type(view->slider("init.layers"), QStringLiteral("5"));
    type(view->slider("init.samples"), QStringLiteral("100"));
    ASSERT_TRUE(settle());
    EXPECT_EQ(init->heldWeights(), 0u);  // 5 million weights: not held while nobody drags
    type(view->slider("init.layers"), QStringLiteral("2"));
    ASSERT_TRUE(settle());
    EXPECT_EQ(init->heldWeights(), 2u * 1000u * 1000u);
    init->setActive(false);
    EXPECT_EQ(init->heldWeights(), 0u);  // the tab is left: nothing kept
}

TEST(InitRidge, APointMassIsClippedSoTheRestOfTheRidgeStaysVisible)
{
    // ReLU: half of the values are exactly 0, the rest spread out.
    const auto relu = InitRidgeView::ridgeScale({500, 40, 35, 30, 20, 10});
    EXPECT_EQ(relu.spike, 0);
    EXPECT_DOUBLE_EQ(relu.height, 1.25 * 40);
    // tanh: a smooth bump is drawn whole, to its tallest bin.
    const auto tanh = InitRidgeView::ridgeScale({10, 40, 90, 100, 60, 20});
    EXPECT_EQ(tanh.spike, -1);
    EXPECT_DOUBLE_EQ(tanh.height, 100);
    // Everything in one bin (σ = 0.01): nothing else to show, no clipping.
    EXPECT_EQ(InitRidgeView::ridgeScale({0, 0, 700, 0}).spike, -1);
}

TEST_F(InitTab, ANewerSettingWinsOverStaleWork)
{
    type(view->slider("init.layers"), QStringLiteral("50"));
    type(view->slider("init.layers"), QStringLiteral("3"));
    ASSERT_TRUE(settle());
    EXPECT_EQ(init->statistics().layers.size(), 3u);
    EXPECT_EQ(view->stdSeries()->count(), 3);
}

TEST_F(InitTab, ParametersFollowTheActivation)
{
    init->setFunction(QStringLiteral("leaky_relu"));
    QApplication::processEvents();
    auto* alpha = view->findChild<ValueSlider*>(QStringLiteral("init_parameter_alpha"));
    ASSERT_NE(alpha, nullptr);
    type(alpha, QStringLiteral("0.2"));
    EXPECT_EQ(init->parameters(), al::ParameterValues{0.2});
    init->setFunction(QStringLiteral("tanh"));
    QApplication::processEvents();
    EXPECT_EQ(view->findChild<ValueSlider*>(QStringLiteral("init_parameter_alpha")), nullptr);
    EXPECT_TRUE(init->parameters().empty());
}

TEST_F(InitTab, RussianLeavesNoEnglishOnThePage)
{
    ASSERT_TRUE(settle());
    LanguageManager::instance().apply(QStringLiteral("ru"));
    QApplication::processEvents();
    EXPECT_EQ(window->tabs()->tabText(window->tabOf(view)), QStringLiteral("&Инициализация"));
    const QRegularExpression latin(QStringLiteral("[A-Za-z]{3,}"));
    const QStringList names{QStringLiteral("tanh"), QStringLiteral("Xavier"), QStringLiteral("Glorot"), QStringLiteral("LeCun"),
                            QStringLiteral("ReLU")};
    QStringList texts{view->summary()->text().remove(QRegularExpression(QStringLiteral("<[^>]*>"))), view->presetText()->text(),
                      view->stdSeries()->name(), view->saturatedSeries()->name()};
    for (QLabel* l : view->findChildren<QLabel*>())
        texts << l->text() << l->toolTip();
    for (QAbstractButton* b : view->findChildren<QAbstractButton*>())
        texts << b->text() << b->toolTip();
    // The schemes (the function box lists the functions' own names).
    for (int i = 0; i < view->schemeBox()->count(); ++i)
        texts << view->schemeBox()->itemText(i);
    for (QString t : texts) {
        for (const QString& n : names)
            t.remove(n);
        EXPECT_FALSE(latin.match(t).hasMatch()) << t.toStdString();
    }
    EXPECT_TRUE(view->summary()->text().contains(QStringLiteral("Слой 10"))) << view->summary()->text().toStdString();
    EXPECT_TRUE(view->summary()->text().contains(QStringLiteral("затухает")));
}

}  // namespace
