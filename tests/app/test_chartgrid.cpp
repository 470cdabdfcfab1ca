// SPDX-License-Identifier: MIT
// ChartGrid: the app's own grid lines for value axes — where they fall, that they replace Qt's,
// follow the axes and are drawn crisp (one pixel, no antialiasing).
#include "app/views/chartgrid.h"
#include "app/views/chartstyle.h"
#include "valuechart.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>

#include <gtest/gtest.h>

namespace {

class ChartGridTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        chart->legend()->hide();
        x->setMinorTickCount(1);
        ChartStyle::applyAppearance(chart);
        view->show();
        QApplication::processEvents();
    }

    ValueChart base;
    QChartView* view = base.view;
    QChart* chart = base.chart;
    QValueAxis* x = base.x;
    QValueAxis* y = base.y;
};

TEST_F(ChartGridTest, TakesOverTheGridOfValueAxes)
{
    ChartGrid* grid = ChartGrid::of(chart);
    ASSERT_NE(grid, nullptr);
    EXPECT_FALSE(x->isGridLineVisible());
    EXPECT_FALSE(x->isMinorGridLineVisible());
    EXPECT_FALSE(y->isGridLineVisible());
    // Applying the appearance again (a theme or scale change) adds nothing.
    ChartStyle::applyAppearance(chart);
    int grids = 0;
    for (QGraphicsItem* child : chart->childItems())
        grids += dynamic_cast<ChartGrid*>(child) != nullptr;
    EXPECT_EQ(grids, 1);
}

TEST_F(ChartGridTest, LinesFallOnTheTicksAndBetweenThem)
{
    const QRectF plot = chart->plotArea();
    const ChartGrid::Lines lx = ChartGrid::of(chart)->linesOf(x);
    ASSERT_EQ(lx.major.size(), 7);  // −6, −4, …, 6
    for (int i = 0; i < 7; ++i)
        EXPECT_NEAR(lx.major[i], plot.left() + plot.width() * i / 6.0, 1e-9) << i;
    ASSERT_EQ(lx.minor.size(), 6);  // −5, −3, …, 5
    EXPECT_NEAR(lx.minor[0], plot.left() + plot.width() / 12.0, 1e-9);
    const ChartGrid::Lines ly = ChartGrid::of(chart)->linesOf(y);
    ASSERT_EQ(ly.major.size(), 5);
    EXPECT_NEAR(ly.major.front(), plot.bottom(), 1e-9) << "y grows upwards";
    EXPECT_TRUE(ly.minor.isEmpty());

    // An anchor off the range: the ticks keep to it and minor lines reach the edges.
    ChartStyle::setTicks(x, -5.5, 5.5, 2.0);
    const ChartGrid::Lines shifted = ChartGrid::of(chart)->linesOf(x);
    ASSERT_EQ(shifted.major.size(), 5);  // −4 … 4, anchored at 0
    EXPECT_NEAR(shifted.major.front(), plot.left() + plot.width() * 1.5 / 11.0, 1e-9);
    EXPECT_EQ(shifted.minor.size(), 6);  // −5, −3, …, 5
    // Reversed, the first tick is on the right.
    x->setReverse(true);
    EXPECT_NEAR(ChartGrid::of(chart)->linesOf(x).major.front(), plot.right() - plot.width() * 1.5 / 11.0, 1e-9);
    // Fixed ticks: evenly spread over the range.
    x->setReverse(false);
    x->setTickType(QValueAxis::TicksFixed);
    x->setTickCount(3);
    x->setMinorTickCount(0);
    const ChartGrid::Lines fixed = ChartGrid::of(chart)->linesOf(x);
    ASSERT_EQ(fixed.major.size(), 3);
    EXPECT_NEAR(fixed.major[1], plot.center().x(), 1e-9);
    // A range that would ask for absurdly many lines draws none.
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickInterval(1e-9);
    EXPECT_TRUE(ChartGrid::of(chart)->linesOf(x).major.isEmpty());
}

TEST_F(ChartGridTest, DrawsCrispLinesInTheGridColour)
{
    const QRectF plot = chart->plotArea();
    const QImage shot = view->grab().toImage();
    const double at = ChartGrid::of(chart)->linesOf(x).major[3];  // z = 0, under no series
    const int column = static_cast<int>(std::floor(at)) + static_cast<int>(view->mapFromScene(QPointF(0, 0)).x());
    const int row = static_cast<int>(plot.top() + 0.3 * plot.height()) + view->mapFromScene(QPointF(0, 0)).y();
    EXPECT_EQ(shot.pixelColor(column, row).rgb(), x->gridLineColor().rgb()) << "the line's pixel has its full colour";
    EXPECT_EQ(shot.pixelColor(column + 1, row).rgb(), chart->backgroundBrush().color().rgb()) << "and no antialiased fringe";
    EXPECT_EQ(shot.pixelColor(column - 1, row).rgb(), chart->backgroundBrush().color().rgb());
}

TEST_F(ChartGridTest, TakesOverLogarithmicAxesWithoutMinorTicks)
{
    auto* series = new QLineSeries();
    series->append({QPointF(0, 1e-3), QPointF(1, 10)});
    chart->addSeries(series);
    auto* log = new QLogValueAxis();
    log->setBase(10.0);
    log->setMinorTickCount(0);
    chart->addAxis(log, Qt::AlignRight);
    series->attachAxis(x);
    series->attachAxis(log);
    log->setRange(1e-3, 10.0);
    auto* fine = new QLogValueAxis();
    fine->setMinorTickCount(8);
    chart->addAxis(fine, Qt::AlignTop);
    ChartStyle::applyAppearance(chart);
    QApplication::processEvents();
    EXPECT_FALSE(log->isGridLineVisible());
    EXPECT_TRUE(fine->isGridLineVisible()) << "minor ticks on a log axis: Qt's grid stays";
    const QRectF plot = chart->plotArea();
    const ChartGrid::Lines lines = ChartGrid::of(chart)->linesOf(log);
    ASSERT_EQ(lines.major.size(), 5);  // 10⁻³ … 10¹
    for (int i = 0; i < 5; ++i)
        EXPECT_NEAR(lines.major[i], plot.bottom() - plot.height() * i / 4.0, 1e-9) << i;
    EXPECT_TRUE(lines.minor.isEmpty());
    log->setRange(1e-2, 10.0);
    EXPECT_EQ(ChartGrid::of(chart)->linesOf(log).major.size(), 4);
}

}  // namespace
