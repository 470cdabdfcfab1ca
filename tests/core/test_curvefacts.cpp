// SPDX-License-Identifier: MIT
#include "core/catalog.h"
#include "core/curvefacts.h"
#include "core/gradientchain.h"
#include "core/gradientregions.h"
#include "core/random.h"
#include "core/sparsity.h"
#include "core/viewrange.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

const al::Activation& named(const char* key)
{
    return *al::findActivation(key);
}

}  // namespace

TEST(CurveFacts, AsymptotesAreLimitsNeverReached)
{
    const auto sigmoid = al::horizontalAsymptotes(named("sigmoid"), {});
    EXPECT_EQ(sigmoid.left, 0.0);
    EXPECT_EQ(sigmoid.right, 1.0);
    const auto tanh = al::horizontalAsymptotes(named("tanh"), {});
    EXPECT_EQ(tanh.left, -1.0);
    EXPECT_EQ(tanh.right, 1.0);
    // ReLU reaches 0, the step reaches both of its values, the linear function has no limit.
    EXPECT_FALSE(al::horizontalAsymptotes(named("relu"), {}).left);
    EXPECT_FALSE(al::horizontalAsymptotes(named("step"), named("step").defaults()).left);
    EXPECT_FALSE(al::horizontalAsymptotes(named("linear"), named("linear").defaults()).right);
    const std::vector<double> elu{1.0};
    EXPECT_EQ(al::horizontalAsymptotes(named("elu"), elu).left, -1.0);
    EXPECT_FALSE(al::horizontalAsymptotes(named("elu"), elu).right);
}

TEST(CurveFacts, TangentTouchesTheCurveWithItsSlope)
{
    for (const al::Activation& a : al::catalog()) {
        const al::ParameterValues p = a.defaults();
        for (double z : {-2.5, -0.7, 0.3, 1.9}) {
            const auto t = al::tangentSegment(a, p, z, 1.0);
            ASSERT_TRUE(t) << a.key;
            const al::FunctionValues v = a.evaluate(z, p);
            EXPECT_DOUBLE_EQ(0.5 * (t->y0 + t->y1), v.f) << a.key;
            EXPECT_NEAR((t->y1 - t->y0) / (t->z1 - t->z0), v.df, 1e-12 * (1 + std::fabs(v.df))) << a.key;
        }
    }
    // None at the step's jump, where f′ is undefined.
    EXPECT_FALSE(al::tangentSegment(named("step"), named("step").defaults(), 0.0, 1.0));
}

TEST(CurveFacts, TanhIsTwiceTheSigmoidOfTwiceZMinusOne)
{
    for (double z = -8; z <= 8; z += 0.25) {
        EXPECT_NEAR(al::tanhFromSigmoid(z, false), std::tanh(z), 1e-15);
        EXPECT_NEAR(al::tanhFromSigmoid(z, true), named("tanh").evaluate(z, {}).df, 1e-15);
    }
}

TEST(CurveFacts, GradientZones)
{
    EXPECT_EQ(al::gradientZone(named("relu"), {}, 0.01, -1.0), al::GradientZone::Dead);
    EXPECT_EQ(al::gradientZone(named("relu"), {}, 0.01, 1.0), al::GradientZone::Learning);
    EXPECT_EQ(al::gradientZone(named("sigmoid"), {}, 0.01, 8.0), al::GradientZone::Vanishing);
    EXPECT_EQ(al::gradientZone(named("step"), named("step").defaults(), 0.01, 0.0), al::GradientZone::Undefined);
}

TEST(CurveFacts, FittedViewShowsTheCurve)
{
    const al::ViewRange v = al::fitView(named("sigmoid"), {}, -6, 6);
    EXPECT_EQ(v.zMin, -6);
    EXPECT_EQ(v.zMax, 6);
    EXPECT_LT(v.yMin, 0.0);
    EXPECT_GT(v.yMax, 1.0);
}

TEST(Random, NextSeedIsReproducibleAndInRange)
{
    EXPECT_EQ(al::nextSeed(42, 2147483647), al::nextSeed(42, 2147483647));
    EXPECT_NE(al::nextSeed(42, 2147483647), al::nextSeed(43, 2147483647));
    for (std::uint64_t s = 0; s < 1000; ++s)
        EXPECT_LE(al::nextSeed(s, 100), 100u);
    al::Random a(7);
    al::Random b(7);
    EXPECT_EQ(a.next(), b.next());
}

TEST(CurveFacts, ChainVerdictsNameWhatTheLectureShows)
{
    const auto verdict = [](const char* key, double w, double z0) {
        const al::Activation& a = named(key);
        const al::ChainSettings s{10, w, z0, 0.0, al::ChainMode::SameOperatingPoint};
        return al::chainVerdict(a, a.defaults(), s, al::gradientChain(a, a.defaults(), s));
    };
    EXPECT_EQ(verdict("sigmoid", 1.0, 0.5), al::ChainVerdict::Vanishing);  // 0.235¹⁰
    EXPECT_EQ(verdict("tanh", 1.0, 0.5), al::ChainVerdict::Passes);        // 0.786¹⁰ ≈ 0.09
    EXPECT_EQ(verdict("relu", 1.0, 0.5), al::ChainVerdict::Passes);        // exactly 1
    EXPECT_EQ(verdict("relu", 2.0, 0.5), al::ChainVerdict::Exploding);     // 2¹⁰
    EXPECT_EQ(verdict("relu", 1.0, -0.5), al::ChainVerdict::Dead);
    EXPECT_EQ(verdict("relu", 1.0, 0.0), al::ChainVerdict::KinkConvention);
}
