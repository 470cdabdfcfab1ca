// SPDX-License-Identifier: MIT
// The initialisation experiment against its closed forms: a linear stack multiplies the
// variance by n·σ² per layer, ReLU with He keeps it, every scheme draws the variance it defines.
#include "core/catalog.h"
#include "core/initgemm.h"
#include "core/initstats.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

namespace {

using namespace al;

InitSetup setup(std::string_view function, InitScheme scheme, double scale, int layers, int width, int samples)
{
    InitSetup s;
    s.activation = findActivation(function);
    s.parameters = s.activation->defaults();
    s.scheme = scheme;
    s.scale = scale;
    s.layers = layers;
    s.width = width;
    s.samples = samples;
    return s;
}

double variance(const std::vector<double>& v)
{
    const double mean = std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
    double s = 0.0;
    for (double x : v)
        s += (x - mean) * (x - mean);
    return s / static_cast<double>(v.size());
}

TEST(InitGemm, ProductsMatchTheDefinition)
{
    // 3×4 · 4×5, and the two transposed forms, against plain loops.
    std::vector<float> a(12), b(20), c(15);
    std::iota(a.begin(), a.end(), 1.0f);
    std::iota(b.begin(), b.end(), -7.0f);
    initgemm::multiply(a.data(), b.data(), c.data(), 3, 4, 5);
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 5; ++j) {
            float expected = 0;
            for (int k = 0; k < 4; ++k)
                expected += a[i * 4 + k] * b[k * 5 + j];
            EXPECT_FLOAT_EQ(c[static_cast<std::size_t>(i * 5 + j)], expected);
        }
    // C (3×5) = A (3×4) · Bᵀ with B 5×4: B is b read as 5×4.
    initgemm::multiplyTransposedB(a.data(), b.data(), c.data(), 3, 4, 5);
    EXPECT_FLOAT_EQ(c[1 * 5 + 2], a[4] * b[8] + a[5] * b[9] + a[6] * b[10] + a[7] * b[11]);
    // C (3×5) = Aᵀ · B with A 4×3, B 4×5.
    initgemm::multiplyTransposedA(a.data(), b.data(), c.data(), 3, 4, 5);
    EXPECT_FLOAT_EQ(c[2 * 5 + 1], a[2] * b[1] + a[5] * b[6] + a[8] * b[11] + a[11] * b[16]);
    EXPECT_NE(std::string(initgemm::instructionSet()), "");
}

TEST(InitSchemes, SampleVarianceMatchesTheDefinition)
{
    const int fanIn = 300;
    const int fanOut = 200;
    const std::size_t count = 400'000;
    const struct {
        InitScheme scheme;
        double variance;
    } cases[] = {
        {InitScheme::Normal, 0.3 * 0.3},          {InitScheme::Uniform, 0.3 * 0.3 / 3.0},
        {InitScheme::Xavier, 2.0 / (fanIn + fanOut)}, {InitScheme::XavierUniform, 2.0 / (fanIn + fanOut)},
        {InitScheme::He, 2.0 / fanIn},            {InitScheme::LeCun, 1.0 / fanIn},
    };
    for (const auto& c : cases) {
        const std::vector<double> w = drawWeights(c.scheme, 0.3, fanIn, fanOut, count, 7);
        EXPECT_NEAR(weightStd(c.scheme, 0.3, fanIn, fanOut), std::sqrt(c.variance), 1e-15) << keyOf(c.scheme);
        // The relative standard error of a sample variance is √(2/N) ≈ 0.22 % for a normal; 5 of it.
        EXPECT_NEAR(variance(w) / c.variance, 1.0, 5.0 * std::sqrt(2.0 / count)) << keyOf(c.scheme);
        const double mean = std::accumulate(w.begin(), w.end(), 0.0) / count;
        EXPECT_NEAR(mean, 0.0, 5.0 * std::sqrt(c.variance / count)) << keyOf(c.scheme);
        if (isUniform(c.scheme)) {
            const double a = std::sqrt(3.0 * c.variance);
            for (double x : w)
                ASSERT_LE(std::abs(x), a * (1 + 1e-12)) << keyOf(c.scheme);
        }
    }
}

TEST(InitSchemes, KeysRoundTrip)
{
    for (std::string_view key : initSchemeKeys())
        EXPECT_EQ(keyOf(*initSchemeNamed(key)), key);
    EXPECT_FALSE(initSchemeNamed("glorot"));
}

TEST(InitExperiment, LinearStackMultipliesTheVarianceByNSigmaSquared)
{
    const int n = 200;
    for (double gain : {0.5, 1.0, 1.6}) {
        const InitSetup s = setup("linear", InitScheme::Normal, std::sqrt(gain / n), 6, n, 2000);
        const InitStatistics r = runInitExperiment(s);
        ASSERT_EQ(r.layers.size(), 6u);
        double previous = 1.0;  // the inputs' variance
        for (std::size_t l = 0; l < r.layers.size(); ++l) {
            const double v = r.layers[l].std * r.layers[l].std;
            // Sampling error: the weights' column norms (√(2/n) relative, averaged over n columns)
            // and the samples; 4 % is several standard errors here.
            EXPECT_NEAR(v / previous, gain, 0.04 * gain) << "gain " << gain << " layer " << l + 1;
            EXPECT_NEAR(r.layers[l].std / r.layers[l].predictedStd, 1.0, 0.08) << "layer " << l + 1;
            EXPECT_NEAR(r.layers[l].gradStd / r.layers[l].predictedGradStd, 1.0, 0.08) << "layer " << l + 1;
            previous = v;
        }
        EXPECT_NEAR(r.layers.back().gradStd, 1.0, 0.02);  // the top gradient itself
    }
}

TEST(InitExperiment, ReluWithHeKeepsTheVariance)
{
    const InitStatistics r = runInitExperiment(setup("relu", InitScheme::He, 0, 10, 500, 1000));
    ASSERT_EQ(r.layers.size(), 10u);
    for (std::size_t l = 0; l < r.layers.size(); ++l) {
        // E[a²] = Var z / 2 and Var z = n · (2/n) · E[a²] of the layer below: constant.
        EXPECT_NEAR(r.layers[l].std / r.layers[0].std, 1.0, 0.15) << "layer " << l + 1;
        EXPECT_NEAR(r.layers[l].std / r.layers[l].predictedStd, 1.0, 0.15) << "layer " << l + 1;
        EXPECT_NEAR(r.layers[l].gradStd, 1.0, 0.2) << "layer " << l + 1;
        EXPECT_NEAR(r.layers[l].saturated, 0.5, 0.05);  // f′ = 0 left of 0
    }
    // With Xavier (half He's variance) ReLU halves E[a²] per layer: 10 layers → 2⁻⁵ in std.
    const InitStatistics x = runInitExperiment(setup("relu", InitScheme::Xavier, 0, 10, 500, 1000));
    EXPECT_NEAR(x.layers[9].std / x.layers[0].std, std::pow(0.5, 4.5), 0.3 * std::pow(0.5, 4.5));
}

TEST(InitExperiment, TanhCollapsesSaturatesOrKeepsItsSpread)
{
    const InitStatistics tiny = runInitExperiment(setup("tanh", InitScheme::Normal, 0.01, 10, 500, 1000));
    // n·σ² = 0.05 per layer: the spread collapses towards 0 (about 0.05^(10/2)).
    EXPECT_LT(tiny.layers[9].std, 1e-5);
    EXPECT_LT(tiny.layers[0].gradStd, 1e-5);  // and so does the gradient reaching layer 1
    const InitStatistics large = runInitExperiment(setup("tanh", InitScheme::Normal, 1.0, 10, 500, 1000));
    EXPECT_GT(large.layers[9].saturated, 0.85);  // z ~ N(0, 22²): f′ < 0.01 wherever |z| > 2.65
    EXPECT_GT(large.layers[9].std, 0.9);        // outputs pile at ±1
    const InitStatistics xavier = runInitExperiment(setup("tanh", InitScheme::Xavier, 0, 10, 500, 1000));
    EXPECT_GT(xavier.layers[9].std, 0.15);
    EXPECT_LT(xavier.layers[9].saturated, 0.05);
}

TEST(InitExperiment, DeadUnitsAndHistograms)
{
    InitSetup s = setup("relu", InitScheme::He, 0, 3, 100, 200);
    s.bias = -10.0;  // z ≈ −10 everywhere: every ReLU is dead, on every sample
    const InitStatistics r = runInitExperiment(s);
    for (const LayerStatistics& l : r.layers) {
        EXPECT_EQ(l.dead, 1.0);
        EXPECT_EQ(l.std, 0.0);
        EXPECT_TRUE(std::isnan(l.predictedStd));  // no closed form with a bias
    }
    const InitStatistics h = runInitExperiment(setup("tanh", InitScheme::Xavier, 0, 4, 100, 300));
    for (const LayerStatistics& l : h.layers) {
        EXPECT_EQ(l.histogramLo, -1.0);  // tanh's range
        EXPECT_EQ(l.histogramHi, 1.0);
        EXPECT_EQ(std::accumulate(l.histogram.begin(), l.histogram.end(), 0) + l.outside * 100 * 300, 100.0 * 300);
        EXPECT_EQ(l.dead, 0.0);
    }
}

TEST(InitExperiment, DeterministicForASeedAndStoppable)
{
    const InitSetup s = setup("gelu", InitScheme::XavierUniform, 0, 5, 64, 300);
    const std::string a = initStatisticsCsv(runInitExperiment(s));
    InitDraws draws;
    runInitExperiment(setup("gelu", InitScheme::XavierUniform, 0, 5, 64, 1000), &draws);  // cached draws, more samples
    EXPECT_EQ(initStatisticsCsv(runInitExperiment(s, &draws)), a);
    InitSetup other = s;
    other.seed = 2;
    EXPECT_NE(initStatisticsCsv(runInitExperiment(other)), a);
    EXPECT_EQ(a.substr(0, a.find('\n')), "layer,mean,std,saturated,dead,grad_std");
    EXPECT_EQ(std::count(a.begin(), a.end(), '\n'), 6);

    int calls = 0;
    const InitStatistics stopped = runInitExperiment(s, nullptr, [&](const InitStatistics& so) {
        ++calls;
        return so.layers.size() < 3;
    });
    EXPECT_EQ(stopped.layers.size(), 3u);
    EXPECT_FALSE(stopped.forwardDone);
    EXPECT_EQ(calls, 3);
}

}  // namespace
