// SPDX-License-Identifier: MIT
#include "core/catalog.h"
#include "core/sparsity.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

namespace {

constexpr std::uint64_t kDefaultSeed = 42;

double fraction(const char* key, std::uint64_t seed = kDefaultSeed, double threshold = 0.0)
{
    const al::Activation& a = *al::findActivation(key);
    return al::activeFraction(al::sampleLayer(a, a.defaults(), 1000, 16, seed).outputs, threshold);
}

TEST(Sparsity, ReluSilencesAboutHalf)
{
    EXPECT_NEAR(fraction("relu"), 0.5, 0.05);
    // Over many seeds the mean is one half.
    double sum = 0;
    for (std::uint64_t seed = 1; seed <= 40; ++seed)
        sum += fraction("relu", seed);
    EXPECT_NEAR(sum / 40, 0.5, 0.05);
}

TEST(Sparsity, SigmoidAndTanhSilenceAlmostNone)
{
    EXPECT_GT(fraction("sigmoid", kDefaultSeed, 0.01), 0.99);
    EXPECT_GT(fraction("tanh", kDefaultSeed, 0.01), 0.97);
    EXPECT_EQ(fraction("leaky_relu"), 1.0) << "a leak is never exactly zero";
}

TEST(Sparsity, SameSeedSameLayer)
{
    const al::Activation& relu = *al::findActivation("relu");
    const auto a = al::sampleLayer(relu, {}, 200, 8, 7);
    const auto b = al::sampleLayer(relu, {}, 200, 8, 7);
    const auto c = al::sampleLayer(relu, {}, 200, 8, 8);
    EXPECT_EQ(a.z, b.z);
    EXPECT_NE(a.z, c.z);
    // Pre-activations have about unit variance.
    const double mean = std::accumulate(a.z.begin(), a.z.end(), 0.0) / 200;
    double var = 0;
    for (double z : a.z)
        var += (z - mean) * (z - mean);
    EXPECT_GT(var / 199, 0.3);
    EXPECT_LT(var / 199, 3.0);
}

TEST(Sparsity, HistogramCountsEverything)
{
    const std::vector<double> v{-5, -0.5, 0, 0.25, 0.5, 0.99, 3};
    const std::vector<int> h = al::histogram(v, 0, 1, 4);
    EXPECT_EQ(h, (std::vector<int>{3, 1, 1, 2}));
    EXPECT_EQ(std::accumulate(h.begin(), h.end(), 0), 7);
}

TEST(MaxSlope, TheLecturesNumbers)
{
    const auto at = [](const char* key) {
        const al::Activation& a = *al::findActivation(key);
        return al::maxSlope(a, a.defaults(), -6, 6);
    };
    EXPECT_NEAR(at("sigmoid").slope, 0.25, 1e-12);
    EXPECT_NEAR(at("sigmoid").z, 0.0, 1e-5);
    EXPECT_NEAR(at("tanh").slope, 1.0, 1e-12);
    EXPECT_EQ(at("relu").slope, 1.0);
    EXPECT_NEAR(at("hard_sigmoid").slope, 1.0 / 6, 1e-15);
    EXPECT_NEAR(at("gelu").slope, 1.1289, 1e-4);
    EXPECT_NEAR(at("exponential").slope, std::exp(6.0), 1e-9);
}

}  // namespace
