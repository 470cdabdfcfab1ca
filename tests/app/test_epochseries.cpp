// SPDX-License-Identifier: MIT
#include "app/views/epochseries.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace {

std::vector<al::train::EpochRecord> run(int epochs)
{
    std::vector<al::train::EpochRecord> history;
    for (int e = 0; e <= epochs; ++e) {
        al::train::EpochRecord r;
        r.epoch = e;
        r.trainLoss = 1.0 / (1.0 + e);
        history.push_back(r);
    }
    return history;
}

const EpochSeries kLoss{[](const al::train::EpochRecord& r) { return r.trainLoss; }};

}  // namespace

TEST(EpochSeries, AShortRunIsDrawnPointForPoint)
{
    const auto history = run(99);
    const QList<QPointF> points = kLoss.points(history);
    ASSERT_EQ(points.size(), 100);
    for (int e = 0; e < 100; ++e)
        EXPECT_EQ(points[e], QPointF(e, 1.0 / (1.0 + e)));
}

TEST(EpochSeries, ALongRunIsThinnedButKeepsItsEndsAndItsSpikes)
{
    auto history = run(20000);
    history[12345].trainLoss = 7.0;  // one diverging epoch among 20,001
    const QList<QPointF> points = kLoss.points(history);
    EXPECT_LE(points.size(), kLoss.maxPoints);
    EXPECT_GT(points.size(), kLoss.maxPoints / 2);
    EXPECT_EQ(points.front(), QPointF(0, 1.0));
    EXPECT_EQ(points.back(), QPointF(20000, 1.0 / 20001.0));
    EXPECT_TRUE(points.contains(QPointF(12345, 7.0)));
    for (qsizetype i = 1; i < points.size(); ++i)
        EXPECT_LT(points[i - 1].x(), points[i].x());  // in epoch order
}

TEST(EpochSeries, TheLineReachesTheLastEpochEvenInsideABucket)
{
    auto history = run(5000);
    history[4999].trainLoss = 0.0;  // the last bucket's lowest is not the last epoch
    history[4998].trainLoss = 3.0;  // nor its highest
    EXPECT_EQ(kLoss.points(history).back(), QPointF(5000, 1.0 / 5001.0));
}

TEST(EpochSeries, UnusableValuesAreLeftOut)
{
    auto history = run(9);
    history[3].trainLoss = std::numeric_limits<double>::infinity();
    history[4].trainLoss = std::nan("");
    history[5].trainLoss = 0.0;
    EXPECT_EQ(kLoss.points(history).size(), 8);
    EpochSeries logAxis = kLoss;
    logAxis.positiveOnly = true;
    EXPECT_EQ(logAxis.points(history).size(), 7);
}
