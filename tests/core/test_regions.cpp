// SPDX-License-Identifier: MIT
#include "core/catalog.h"
#include "core/gradientregions.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace {

al::GradientRegions regions(const char* key, double epsilon, double from, double to, al::ParameterValues p = {})
{
    const al::Activation& a = *al::findActivation(key);
    return al::findGradientRegions(a, p.empty() ? a.defaults() : p, epsilon, from, to);
}

TEST(Regions, SigmoidTailsAgainstTheClosedForm)
{
    for (double epsilon : {0.01, 0.1, 0.2, 1e-4}) {
        // σ(1 − σ) = ε  ⇔  σ = (1 + √(1 − 4ε))/2, z = log(σ/(1 − σ))
        const double s = (1 + std::sqrt(1 - 4 * epsilon)) / 2;
        const double boundary = std::log(s / (1 - s));
        const al::GradientRegions r = regions("sigmoid", epsilon, -20, 20);
        EXPECT_TRUE(r.dead.empty());
        ASSERT_EQ(r.vanishing.size(), 2u) << epsilon;
        EXPECT_EQ(r.vanishing[0].lo, -20);
        EXPECT_NEAR(r.vanishing[0].hi, -boundary, 1e-9);
        EXPECT_NEAR(r.vanishing[1].lo, boundary, 1e-9);
        EXPECT_EQ(r.vanishing[1].hi, 20);
    }
    EXPECT_NEAR(regions("sigmoid", 0.01, -10, 10).vanishing[1].lo, 4.584863, 1e-6);
}

TEST(Regions, TanhTailsAgainstTheClosedForm)
{
    for (double epsilon : {0.01, 0.5}) {
        const double boundary = std::atanh(std::sqrt(1 - epsilon));  // 1 − tanh² = ε
        const al::GradientRegions r = regions("tanh", epsilon, -10, 10);
        ASSERT_EQ(r.vanishing.size(), 2u);
        EXPECT_NEAR(r.vanishing[0].hi, -boundary, 1e-9);
        EXPECT_NEAR(r.vanishing[1].lo, boundary, 1e-9);
    }
    EXPECT_NEAR(regions("tanh", 0.01, -10, 10).vanishing[1].lo, 2.993222, 1e-6);
}

TEST(Regions, ReluIsDeadOnTheLeftAndNeverVanishing)
{
    const al::GradientRegions r = regions("relu", 0.01, -5, 5);
    ASSERT_EQ(r.dead.size(), 1u);
    EXPECT_EQ(r.dead[0], (al::Interval{-5, 0}));
    EXPECT_TRUE(r.vanishing.empty());
    EXPECT_TRUE(al::contains(r.dead, -0.5));
    EXPECT_FALSE(al::contains(r.dead, 0.5));
}

TEST(Regions, LeakyReluVanishesOnTheLeftWhenTheLeakIsBelowEpsilon)
{
    const al::GradientRegions small = regions("leaky_relu", 0.05, -5, 5);  // α = 0.01 < ε
    EXPECT_TRUE(small.dead.empty());
    ASSERT_EQ(small.vanishing.size(), 1u);
    EXPECT_EQ(small.vanishing[0], (al::Interval{-5, 0}));
    EXPECT_TRUE(regions("leaky_relu", 0.005, -5, 5).vanishing.empty());
    EXPECT_EQ(regions("leaky_relu", 0.05, -5, 5, {0.0}).dead.size(), 1u) << "α = 0 is ReLU";
}

TEST(Regions, HardSigmoidIsDeadOutsideAndFlatInside)
{
    const al::GradientRegions r = regions("hard_sigmoid", 0.01, -6, 6);
    ASSERT_EQ(r.dead.size(), 2u);
    EXPECT_EQ(r.dead[0], (al::Interval{-6, -3}));
    EXPECT_EQ(r.dead[1], (al::Interval{3, 6}));
    EXPECT_TRUE(r.vanishing.empty());
    const al::GradientRegions steep = regions("hard_sigmoid", 0.2, -6, 6);  // 1/6 < 0.2
    ASSERT_EQ(steep.vanishing.size(), 1u);
    EXPECT_EQ(steep.vanishing[0], (al::Interval{-3, 3}));
}

TEST(Regions, StepIsDeadEverywhere)
{
    const al::GradientRegions r = regions("step", 0.01, -3, 3);
    ASSERT_EQ(r.dead.size(), 1u);
    EXPECT_EQ(r.dead[0], (al::Interval{-3, 3}));
    EXPECT_TRUE(r.vanishing.empty());
}

TEST(Regions, NarrowDipOfGeluAndSiluIsFound)
{
    // GELU' and SiLU' cross zero at their minimum; with a tiny ε the vanishing interval around
    // that zero is far narrower than the sampling grid.
    for (const char* key : {"gelu", "silu", "mish", "gelu_tanh"}) {
        const double epsilon = 1e-5;
        const al::GradientRegions r = regions(key, epsilon, -6, 6);
        const al::Activation& a = *al::findActivation(key);
        bool dipFound = false;
        for (const al::Interval& v : r.vanishing) {
            if (v.lo > -3 && v.hi < 0) {
                dipFound = true;
                EXPECT_LT(v.hi - v.lo, 1e-3);
                EXPECT_NEAR(std::fabs(a.evaluate(v.lo, a.defaults()).df), epsilon, 1e-12);
                EXPECT_NEAR(std::fabs(a.evaluate(v.hi, a.defaults()).df), epsilon, 1e-12);
            }
        }
        EXPECT_TRUE(dipFound) << key;
    }
}

TEST(Regions, SmoothFunctionsAreNeverDead)
{
    for (const char* key : {"sigmoid", "tanh", "gelu", "softplus", "exponential"})
        EXPECT_TRUE(regions(key, 0.01, -1000, 1000).dead.empty()) << key;
    // Far out the derivative underflows to 0, which is vanishing, not dead.
    const al::GradientRegions far = regions("sigmoid", 0.01, -1000, -900);
    ASSERT_EQ(far.vanishing.size(), 1u);
    EXPECT_EQ(far.vanishing[0], (al::Interval{-1000, -900}));
}

TEST(Regions, DegenerateInputsGiveNoRegions)
{
    EXPECT_TRUE(regions("sigmoid", 0.01, 5, -5).vanishing.empty());
    EXPECT_TRUE(regions("sigmoid", 0.0, -5, 5).vanishing.empty());
    EXPECT_TRUE(regions("sigmoid", NAN, -5, 5).vanishing.empty());
    EXPECT_TRUE(regions("relu", 0.01, -INFINITY, 5).dead.empty());
}

}  // namespace
