// SPDX-License-Identifier: MIT
// ChartAxes: the app draws the tick labels and titles of a chart's bottom and left value axes —
// one label per major tick in the chart's locale, outside the plot, none overlapping or cut,
// above a legend at the bottom, following every change of the axes; Qt's axes are hidden and
// the grid is still drawn.
#include "app/views/chartaxes.h"
#include "app/views/chartgrid.h"
#include "app/views/chartstyle.h"
#include "valuechart.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <gtest/gtest.h>

namespace {

class ChartAxesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        base.series->setName(QStringLiteral("f(z)"));
        x->setTitleText(QStringLiteral("z"));
        y->setTitleText(QStringLiteral("f(z)"));
        ChartStyle::applyAppearance(chart);
        axes = ChartAxes::drawFor(chart, x, y);
        view->show();
        settle();
    }
    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
    }
    static QStringList texts(const QList<ChartAxes::Label>& labels)
    {
        QStringList out;
        for (const ChartAxes::Label& l : labels)
            out << l.text;
        return out;
    }

    ValueChart base;
    QChartView* view = base.view;
    QChart* chart = base.chart;
    QValueAxis* x = base.x;
    QValueAxis* y = base.y;
    ChartAxes* axes = nullptr;
};

TEST_F(ChartAxesTest, LabelsEveryMajorTickOutsideThePlotWithoutOverlapOrCuts)
{
    EXPECT_FALSE(x->isVisible()) << "Qt's axis is hidden: Qt lays out none of its labels";
    EXPECT_TRUE(ChartAxes::draws(x));
    EXPECT_EQ(texts(axes->labels(x)), (QStringList{QStringLiteral("-6"), QStringLiteral("-4"), QStringLiteral("-2"), QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("6")}));
    EXPECT_EQ(texts(axes->labels(y)), (QStringList{QStringLiteral("-1.0"), QStringLiteral("-0.5"), QStringLiteral("0.0"), QStringLiteral("0.5"), QStringLiteral("1.0")}));
    const QRectF plot = chart->plotArea();
    const QRectF whole = chart->rect();
    QRectF previous;
    for (const ChartAxes::Label& l : axes->labels(x)) {
        EXPECT_GE(l.rect.top(), plot.bottom()) << l.text.toStdString();
        EXPECT_TRUE(whole.contains(l.rect)) << l.text.toStdString() << " is cut by the chart's edge";
        EXPECT_FALSE(l.rect.intersects(previous)) << l.text.toStdString();
        previous = l.rect;
    }
    for (const ChartAxes::Label& l : axes->labels(y)) {
        EXPECT_LE(l.rect.right(), plot.left()) << l.text.toStdString();
        EXPECT_TRUE(whole.contains(l.rect)) << l.text.toStdString();
    }
    // Each label is centred on its tick: 0 at the middle of the plot, -1.0 at its bottom.
    EXPECT_NEAR(axes->labels(x).at(3).rect.center().x(), plot.center().x(), 0.5);
    EXPECT_NEAR(axes->labels(y).at(0).rect.center().y(), plot.bottom(), 0.5);
    // The grid is still there, as ChartGrid draws it.
    EXPECT_EQ(ChartGrid::of(chart)->linesOf(x).major.size(), 7);
}

TEST_F(ChartAxesTest, TheLegendSitsUnderTheLabelsAndTitle)
{
    ASSERT_TRUE(chart->legend()->isVisible());
    double lowest = 0;
    for (const ChartAxes::Label& l : axes->labels(x))
        lowest = std::max(lowest, l.rect.bottom());
    const QFontMetricsF title(x->titleFont());
    // The legend's markers start under its top margin, which holds the labels and the title.
    qreal left = 0, top = 0, right = 0, bottom = 0;
    chart->legend()->getContentsMargins(&left, &top, &right, &bottom);
    EXPECT_GE(chart->legend()->geometry().top() + top + 0.5, lowest + title.height()) << "room for the title under the labels";
    EXPECT_LE(chart->legend()->geometry().bottom(), chart->rect().bottom() + 0.5);
    // Without a legend the chart's own margin keeps the room.
    chart->legend()->hide();
    settle();
    EXPECT_GE(chart->rect().bottom() - chart->plotArea().bottom(), lowest - chart->plotArea().bottom() + title.height() - 0.5);
}

TEST_F(ChartAxesTest, FollowsTheAxesRangesAndTheChartsLocale)
{
    ChartStyle::setTicks(x, 0.0, 1.0, 0.2);
    settle();
    EXPECT_EQ(texts(axes->labels(x)), (QStringList{QStringLiteral("0.0"), QStringLiteral("0.2"), QStringLiteral("0.4"), QStringLiteral("0.6"), QStringLiteral("0.8"), QStringLiteral("1.0")}));
    chart->setLocale(QLocale(QLocale::Russian, QLocale::Russia));
    axes->relayout();
    settle();
    EXPECT_EQ(texts(axes->labels(x)), (QStringList{QStringLiteral("0,0"), QStringLiteral("0,2"), QStringLiteral("0,4"), QStringLiteral("0,6"), QStringLiteral("0,8"), QStringLiteral("1,0")}));
    // Wider labels on the left: the plot makes room.
    const double before = chart->plotArea().left();
    ChartStyle::setTicks(y, -100000.0, 100000.0, 50000.0);
    settle();
    EXPECT_GT(chart->plotArea().left(), before);
    for (const ChartAxes::Label& l : axes->labels(y))
        EXPECT_GE(l.rect.left(), chart->rect().left()) << l.text.toStdString();
    // Narrower ones again: the plot stays where it is (no chart layout, and curves line up).
    const QRectF wide = chart->plotArea();
    ChartStyle::setTicks(y, -1.0, 1.0, 0.5);
    settle();
    EXPECT_EQ(chart->plotArea(), wide);
    // A new font measures again.
    QFont smaller = y->labelsFont();
    smaller.setPointSizeF(smaller.pointSizeF() * 0.5);
    x->setLabelsFont(smaller);
    y->setLabelsFont(smaller);
    settle();
    EXPECT_LT(chart->plotArea().left(), wide.left());
    const QFontMetricsF smallerMetrics(smaller);
    for (const ChartAxes::Label& l : axes->labels(y))
        EXPECT_DOUBLE_EQ(l.rect.width(), smallerMetrics.horizontalAdvance(l.text)) << "kept widths measured in the new font: " << l.text.toStdString();
}

// Setting both axes (range, step, format: a signal each) measures the labels once in a Batch.
TEST_F(ChartAxesTest, ABatchMeasuresTheLabelsOnceForAllItsChanges)
{
    const int before = axes->measurements();
    ChartStyle::setTicks(x, -3.0, 3.0, 0.5);
    ChartStyle::setTicks(y, -0.25, 1.25, 0.25);
    const int unbatched = axes->measurements() - before;
    EXPECT_GT(unbatched, 1);
    {
        const ChartAxes::Batch batch(axes);
        ChartStyle::setTicks(x, -6.0, 6.0, 2.0);
        ChartStyle::setTicks(y, -1.0, 2.0, 1.0);
        EXPECT_EQ(axes->measurements() - before, unbatched) << "nothing measured while the batch lives";
    }
    EXPECT_EQ(axes->measurements() - before, unbatched + 1);
    settle();
    EXPECT_EQ(texts(axes->labels(x)).front(), QStringLiteral("-6")) << "the labels follow the last settings";
    {
        const ChartAxes::Batch unchanged(axes);
    }
    EXPECT_EQ(axes->measurements() - before, unbatched + 1) << "a batch without changes measures nothing";
}

}  // namespace
