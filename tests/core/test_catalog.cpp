// SPDX-License-Identifier: MIT
// Properties every activation must have, checked for each entry of the catalog: adding a function
// to the catalog adds it to these tests.
#include "core/catalog.h"
#include "core/simd.h"
#include "tests/core/contract.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <random>
#include <string>

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

std::vector<std::string> catalogKeys()
{
    std::vector<std::string> keys;
    for (const al::Activation& a : al::catalog())
        keys.emplace_back(a.key);
    return keys;
}

class EveryActivation : public ::testing::TestWithParam<std::string> {
protected:
    const al::Activation& activation() const { return *al::findActivation(GetParam()); }
    al::ParameterValues defaults() const { return activation().defaults(); }

    bool nearBreak(double z, double distance) const
    {
        const auto p = defaults();
        for (double k : activation().kinks(p))
            if (std::fabs(z - k) < distance)
                return true;
        for (double j : activation().jumps(p))
            if (std::fabs(z - j) < distance)
                return true;
        return false;
    }
};

TEST_P(EveryActivation, DerivativeMatchesCentralDifferenceAwayFromKinks)
{
    const auto p = defaults();
    for (double z = -8.0; z <= 8.0; z += 0.173) {
        if (nearBreak(z, 1e-3))
            continue;
        const double h = 1e-6 * std::max(1.0, std::fabs(z));
        const double difference = (activation().evaluate(z + h, p).f - activation().evaluate(z - h, p).f) / (2 * h);
        const double df = activation().evaluate(z, p).df;
        EXPECT_NEAR(difference, df, 1e-6 * std::max(1.0, std::fabs(df))) << "z = " << z;
    }
}

TEST_P(EveryActivation, LimitsAtInfinityAreFiniteWhereTheFunctionLevelsOff)
{
    const auto p = defaults();
    for (double sign : {-1.0, 1.0}) {
        const al::FunctionValues atInf = activation().evaluate(sign * kInf, p);
        const al::FunctionValues far = activation().evaluate(sign * 1e300, p);
        ASSERT_FALSE(std::isnan(atInf.f)) << "f at " << sign * kInf;
        ASSERT_FALSE(std::isnan(atInf.df)) << "f' at " << sign * kInf;
        if (std::isfinite(far.f)) {
            if (std::isinf(atInf.f)) {
                EXPECT_GT(atInf.f * far.f, 0) << "the limit must have the sign of the trend";
            } else {
                EXPECT_NEAR(atInf.f, far.f, 1e-9 * std::max(1.0, std::fabs(far.f)));
            }
        } else {
            EXPECT_EQ(atInf.f, far.f);
        }
        if (std::isinf(far.df)) {
            EXPECT_EQ(atInf.df, far.df);
        } else {
            EXPECT_NEAR(atInf.df, far.df, 1e-9 * std::max(1.0, std::fabs(far.df)));
        }
    }
    // The extremes of the double range give no NaN either.
    for (double z : {std::numeric_limits<double>::max(), -std::numeric_limits<double>::max(), 1e154, -1e154, 1e103, -1e103}) {
        const al::FunctionValues v = activation().evaluate(z, p);
        EXPECT_FALSE(std::isnan(v.f) || std::isnan(v.df)) << "z = " << z;
    }
}

// At every level the dispatcher can pick (simd.h): no NaN, and every point within the contract of
// the scalar reference kernel.
TEST_P(EveryActivation, NoNanOverADenseSweepAndSpanWithinContractOfScalar)
{
    const auto p = defaults();
    std::vector<double> z;
    for (int i = -200000; i <= 200000; ++i)
        z.push_back(i * 0.05);
    std::vector<double> f(z.size());
    std::vector<double> df(z.size());
    for (al::simd::Level level : al::simd::available()) {
        ASSERT_TRUE(al::simd::setActive(level));
        SCOPED_TRACE(std::string(al::simd::name(level)));
        activation().evaluate(z, f, df, p);
        for (std::size_t i = 0; i < z.size(); ++i) {
            ASSERT_FALSE(std::isnan(f[i]) || std::isnan(df[i])) << "z = " << z[i];
            // Only the exponential legitimately leaves the double range inside [-1e4, 1e4].
            if (activation().key != "exponential") {
                ASSERT_TRUE(std::isfinite(f[i]) && std::isfinite(df[i])) << "z = " << z[i];
            }
            ASSERT_TRUE(contract::agreesWithScalar(activation(), z[i], p, f[i], df[i]))
                << "z = " << z[i] << ": " << f[i] << ", " << df[i];
        }
    }
    al::simd::setActive(al::simd::preferred());
}

// f may be z itself (evaluating in place), including lanes handed to the scalar kernel.
TEST_P(EveryActivation, SpanMayWriteOverItsInput)
{
    const auto p = defaults();
    const std::vector<double> z = {-std::numeric_limits<double>::infinity(), -800.0, -40.0, -1.0, -0.03, 0.0, 0.5, 2.0, 30.0,
                                   800.0, 1e4, std::numeric_limits<double>::infinity(), -3.0};
    for (al::simd::Level level : al::simd::available()) {
        ASSERT_TRUE(al::simd::setActive(level));
        std::vector<double> f(z.size());
        std::vector<double> df(z.size());
        activation().evaluate(z, f, df, p);
        std::vector<double> inPlace = z;
        std::vector<double> df2(z.size());
        activation().evaluate(inPlace, inPlace, df2, p);
        for (std::size_t i = 0; i < z.size(); ++i) {
            EXPECT_EQ(inPlace[i], f[i]) << al::simd::name(level) << " z = " << z[i];
            EXPECT_EQ(df2[i], df[i]) << al::simd::name(level) << " z = " << z[i];
        }
    }
    al::simd::setActive(al::simd::preferred());
}

// The AVX2 and AVX-512 kernels round alike (the same SLEEF algorithm with FMA, the same
// arithmetic of ours), so training gives the same bits on every machine that has AVX2 (SSE2-only
// CPUs, none sold for a decade, differ by an ulp at some points: SLEEF's SSE2 build has no FMA).
TEST_P(EveryActivation, WideVectorLevelsGiveTheSameBits)
{
    const auto p = defaults();
    std::mt19937_64 random(1);
    std::normal_distribution<double> normal(0.0, 3.0);
    std::vector<double> z(20000);
    for (double& x : z)
        x = normal(random);
    std::vector<double> firstF;
    std::vector<double> firstDf;
    for (al::simd::Level level : al::simd::available()) {
        if (level < al::simd::Level::Avx2)
            continue;
        ASSERT_TRUE(al::simd::setActive(level));
        std::vector<double> f(z.size());
        std::vector<double> df(z.size());
        activation().evaluate(z, f, df, p);
        if (firstF.empty()) {
            firstF = f;
            firstDf = df;
            continue;
        }
        for (std::size_t i = 0; i < z.size(); ++i) {
            ASSERT_EQ(std::memcmp(&f[i], &firstF[i], sizeof(double)), 0) << al::simd::name(level) << " z = " << z[i];
            ASSERT_EQ(std::memcmp(&df[i], &firstDf[i], sizeof(double)), 0) << al::simd::name(level) << " z = " << z[i];
        }
    }
    al::simd::setActive(al::simd::preferred());
}

TEST_P(EveryActivation, OutputStaysInTheDeclaredRange)
{
    const auto p = defaults();
    const al::OutputRange range = activation().range(p);
    for (double z = -60.0; z <= 60.0; z += 0.01) {
        const double f = activation().evaluate(z, p).f;
        EXPECT_GE(f, range.lo - 1e-15) << "z = " << z;
        EXPECT_LE(f, range.hi + 1e-15) << "z = " << z;
    }
    EXPECT_EQ(activation().properties.bounded, std::isfinite(range.lo) && std::isfinite(range.hi));
}

TEST_P(EveryActivation, DeclaredPropertiesHold)
{
    const auto p = defaults();
    const al::Properties props = activation().properties;
    double previous = -kInf;
    bool nonDecreasing = true;
    for (double z = -20.0; z <= 20.0; z += 0.01) {
        const double f = activation().evaluate(z, p).f;
        nonDecreasing = nonDecreasing && f >= previous;
        previous = f;
        if (props.zeroCentred) {
            EXPECT_NEAR(activation().evaluate(-z, p).f, -f, 1e-15 * std::max(1.0, std::fabs(f)));
        }
    }
    EXPECT_EQ(props.monotonic, nonDecreasing);
    // Smooth means no kinks and no jumps; a declared kink must really bend the curve.
    for (double k : activation().kinks(p)) {
        const double h = 1e-7;
        const double left = (activation().evaluate(k, p).f - activation().evaluate(k - h, p).f) / h;
        const double right = (activation().evaluate(k + h, p).f - activation().evaluate(k, p).f) / h;
        EXPECT_GT(std::fabs(right - left), 1e-3) << "no corner at the declared kink " << k;
    }
}

TEST_P(EveryActivation, EveryParameterIsHonoured)
{
    const al::Activation& a = activation();
    for (std::size_t i = 0; i < a.parameters.size(); ++i) {
        const al::Parameter& param = a.parameters[i];
        EXPECT_LE(param.min, param.sliderMin);
        EXPECT_LE(param.sliderMin, param.defaultValue);
        EXPECT_LE(param.defaultValue, param.sliderMax);
        EXPECT_LE(param.sliderMax, param.max);
        al::ParameterValues changed = a.defaults();
        changed[i] = param.defaultValue + 0.5 * (param.sliderMax - param.defaultValue) + 0.1;
        bool differs = false;
        for (double z = -4.0; z <= 4.0; z += 0.25) {
            const al::FunctionValues before = a.evaluate(z, a.defaults());
            const al::FunctionValues after = a.evaluate(z, changed);
            differs = differs || before.f != after.f || before.df != after.df;
        }
        EXPECT_TRUE(differs) << "parameter " << param.key << " changes nothing";
        EXPECT_EQ(a.parameterIndex(param.key), static_cast<int>(i));
    }
    EXPECT_EQ(a.parameterIndex("no_such_parameter"), -1);
}

TEST_P(EveryActivation, DeadIntervalsHaveZeroSlopeEverywhereInside)
{
    const auto p = defaults();
    for (const al::Interval& d : activation().deadIntervals(p)) {
        const double lo = std::max(d.lo, -50.0);
        const double hi = std::min(d.hi, 50.0);
        for (double z = lo; z <= hi; z += 0.05)
            EXPECT_EQ(activation().evaluate(z, p).df, 0.0) << "z = " << z;
    }
}

TEST_P(EveryActivation, HasLibraryNames)
{
    EXPECT_FALSE(activation().pytorchName.empty());
    if (activation().key != "step") {
        EXPECT_FALSE(activation().kerasName.empty());
    }
}

INSTANTIATE_TEST_SUITE_P(Catalog, EveryActivation, ::testing::ValuesIn(catalogKeys()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });

TEST(Catalog, HasTheKerasKeysInTheLectureOrder)
{
    const std::vector<std::string> expected{"step", "linear", "sigmoid", "tanh", "relu", "leaky_relu", "prelu",
                                            "elu", "selu", "gelu", "gelu_tanh", "silu", "softplus", "softsign",
                                            "mish", "hard_sigmoid", "hard_silu", "relu6", "exponential"};
    EXPECT_EQ(catalogKeys(), expected);
    for (const al::Activation& a : al::catalog())
        EXPECT_EQ(a.fromLecture, std::find(expected.begin(), expected.begin() + 7, a.key) != expected.begin() + 7);
    EXPECT_EQ(al::findActivation("softmax"), nullptr) << "softmax is a vector function, not in the scalar catalog";
    EXPECT_EQ(al::findActivation("Sigmoid"), nullptr);
}

TEST(Catalog, DefaultParametersFollowDesign)
{
    const std::map<std::string, std::pair<std::string, double>> expected{
        {"step", {"threshold", 0.0}}, {"linear", {"c", 1.0}}, {"leaky_relu", {"alpha", 0.01}},
        {"prelu", {"alpha", 0.25}},   {"elu", {"alpha", 1.0}}};
    for (const al::Activation& a : al::catalog()) {
        const auto it = expected.find(std::string(a.key));
        if (it == expected.end()) {
            EXPECT_TRUE(a.parameters.empty()) << a.key;
            continue;
        }
        ASSERT_EQ(a.parameters.size(), 1u) << a.key;
        EXPECT_EQ(a.parameters[0].key, it->second.first);
        EXPECT_EQ(a.parameters[0].defaultValue, it->second.second);
    }
}

TEST(Catalog, KinkConventionsFollowPyTorch)
{
    const auto df = [](const char* key, double z, al::ParameterValues p = {}) {
        const al::Activation& a = *al::findActivation(key);
        return a.evaluate(z, p.empty() ? a.defaults() : p).df;
    };
    EXPECT_EQ(df("relu", 0.0), 0.0);
    EXPECT_EQ(df("leaky_relu", 0.0), 0.01);
    EXPECT_EQ(df("leaky_relu", 0.0, {0.3}), 0.3);
    EXPECT_EQ(df("prelu", 0.0), 0.25);
    EXPECT_EQ(df("relu6", 0.0), 0.0);
    EXPECT_EQ(df("relu6", 6.0), 0.0);
    EXPECT_EQ(df("hard_sigmoid", -3.0), 0.0);
    EXPECT_EQ(df("hard_sigmoid", 3.0), 0.0);
    EXPECT_EQ(df("hard_silu", -3.0), -0.5);
    EXPECT_EQ(df("hard_silu", 3.0), 1.5);
    EXPECT_EQ(df("elu", 0.0, {0.5}), 0.5);
    EXPECT_EQ(df("step", 1.5, {1.5}), 0.0);
    const al::Activation& step = *al::findActivation("step");
    EXPECT_EQ(step.evaluate(1.5, std::vector<double>{1.5}).f, 1.0);
    EXPECT_EQ(step.evaluate(std::nextafter(1.5, 0.0), std::vector<double>{1.5}).f, 0.0);
    EXPECT_EQ(step.jumps(std::vector<double>{1.5}), std::vector<double>{1.5});
}

TEST(Catalog, NamedRangesOfTheLecture)
{
    const auto range = [](const char* key) {
        const al::Activation& a = *al::findActivation(key);
        return a.range(a.defaults());
    };
    EXPECT_EQ(range("sigmoid").lo, 0.0);
    EXPECT_EQ(range("sigmoid").hi, 1.0);
    EXPECT_EQ(range("tanh").lo, -1.0);
    EXPECT_TRUE(range("step").discrete);
    // Minima computed with mpmath (findroot of f').
    EXPECT_NEAR(range("gelu").lo, -0.169971207479903661693868470982, 1e-15);
    EXPECT_NEAR(range("gelu_tanh").lo, -0.170040750571254050639067427988, 1e-15);
    EXPECT_NEAR(range("silu").lo, -0.278464542761073795109358739023, 1e-15);
    EXPECT_NEAR(range("mish").lo, -0.308843413017250406628760229042, 1e-15);
}

}  // namespace
