// SPDX-License-Identifier: MIT
#include "core/catalog.h"
#include "core/gradientchain.h"
#include "core/neuron.h"
#include "core/softmax.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numeric>

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(Softmax, TheLecturesExample)
{
    const std::vector<double> p = al::softmax(std::vector<double>{-4, 5, 2, -8});
    ASSERT_EQ(p.size(), 4u);
    EXPECT_NEAR(p[0], 0.00011754291529297411, 1e-12 * p[0]);
    EXPECT_NEAR(p[1], 0.9524601077108533, 1e-12);
    EXPECT_NEAR(p[2], 0.047420196500263315, 1e-12 * p[2]);
    EXPECT_NEAR(p[3], 2.1528735904351842e-06, 1e-12 * p[3]);
    EXPECT_NEAR(std::accumulate(p.begin(), p.end(), 0.0), 1.0, 1e-15);
}

TEST(Softmax, StableAtExtremeInputs)
{
    EXPECT_EQ(al::softmax(std::vector<double>{1000, 1000}), (std::vector<double>{0.5, 0.5}));
    EXPECT_EQ(al::softmax(std::vector<double>{-1000, -1000}), (std::vector<double>{0.5, 0.5}));
    const auto p = al::softmax(std::vector<double>{1e308, -1e308, 0});
    EXPECT_EQ(p, (std::vector<double>{1, 0, 0}));
    const auto q = al::softmax(std::vector<double>{1000, 999});
    EXPECT_NEAR(q[1], 1 / (1 + std::exp(1.0)), 1e-15);
    const auto one = al::softmax(std::vector<double>{42});
    EXPECT_EQ(one, std::vector<double>{1.0}) << "the softmax of one value is always 1";
}

TEST(Softmax, TemperatureSharpensOrFlattens)
{
    const std::vector<double> x{1, 2, 3};
    const auto cold = al::softmax(x, 0.1);
    const auto hot = al::softmax(x, 100);
    EXPECT_GT(cold[2], 0.9999);
    EXPECT_NEAR(hot[0], 1.0 / 3, 0.01);
    // T scales the logits: softmax(x, T) = softmax(x / T).
    const auto scaled = al::softmax(std::vector<double>{0.5, 1, 1.5});
    const auto withT = al::softmax(x, 2);
    for (int i = 0; i < 3; ++i)
        EXPECT_NEAR(withT[i], scaled[i], 1e-15);
}

TEST(Softmax, LogSoftmaxMatchesAndStaysFinite)
{
    const std::vector<double> x{-4, 5, 2, -8};
    const auto p = al::softmax(x);
    const auto lp = al::logSoftmax(x);
    for (int i = 0; i < 4; ++i)
        EXPECT_NEAR(lp[i], std::log(p[i]), 1e-13 * std::fabs(lp[i]));
    const auto far = al::logSoftmax(std::vector<double>{0, -2000});
    EXPECT_EQ(far[0], 0.0);
    EXPECT_EQ(far[1], -2000.0);
}

TEST(Softmax, MaskedAndInfiniteLogits)
{
    EXPECT_EQ(al::softmax(std::vector<double>{-kInf, 0, 0}), (std::vector<double>{0, 0.5, 0.5}));
    EXPECT_EQ(al::softmax(std::vector<double>{kInf, 3, kInf}), (std::vector<double>{0.5, 0, 0.5}));
}

TEST(Softmax, RejectsWhatHasNoDistribution)
{
    EXPECT_THROW(al::softmax(std::vector<double>{}), std::invalid_argument);
    EXPECT_THROW(al::softmax(std::vector<double>{1, NAN}), std::invalid_argument);
    EXPECT_THROW(al::softmax(std::vector<double>{-kInf, -kInf}), std::invalid_argument);
    EXPECT_THROW(al::softmax(std::vector<double>{1, 2}, 0.0), std::invalid_argument);
    EXPECT_THROW(al::softmax(std::vector<double>{1, 2}, -1.0), std::invalid_argument);
    EXPECT_THROW(al::softmax(std::vector<double>{1, 2}, kInf), std::invalid_argument);
    EXPECT_THROW(al::softmax(std::vector<double>{1, 2}, NAN), std::invalid_argument);
}

TEST(GradientChain, SigmoidAtItsSteepestPointGivesAQuarterPerLayer)
{
    const al::Activation& sigmoid = *al::findActivation("sigmoid");
    for (int layers : {1, 5, 10, 50}) {
        const al::GradientChain chain = al::gradientChain(sigmoid, {}, {layers, 1.0, 0.0});
        ASSERT_EQ(chain.cumulative.size(), static_cast<std::size_t>(layers));
        EXPECT_DOUBLE_EQ(chain.cumulative.front(), std::pow(0.25, layers));
        EXPECT_EQ(chain.cumulative.back(), 0.25);
        for (double f : chain.factor)
            EXPECT_EQ(f, 0.25);
    }
}

TEST(GradientChain, ReluPassesDiesOrExplodes)
{
    const al::Activation& relu = *al::findActivation("relu");
    EXPECT_EQ(al::gradientChain(relu, {}, {20, 1.0, 0.5}).cumulative.front(), 1.0);
    EXPECT_EQ(al::gradientChain(relu, {}, {20, 1.0, -0.5}).cumulative.front(), 0.0);
    EXPECT_DOUBLE_EQ(al::gradientChain(relu, {}, {20, 1.5, 0.5}).cumulative.front(), std::pow(1.5, 20));
}

TEST(GradientChain, ForwardPassFollowsTheActivations)
{
    const al::Activation& sigmoid = *al::findActivation("sigmoid");
    const al::GradientChain chain = al::gradientChain(sigmoid, {}, {3, 2.0, 0.0, -1.0, al::ChainMode::ForwardPass});
    EXPECT_EQ(chain.preActivation[0], 0.0);
    EXPECT_DOUBLE_EQ(chain.preActivation[1], 2.0 * 0.5 - 1.0);
    EXPECT_DOUBLE_EQ(chain.factor[0], 2.0 * 0.25);
    EXPECT_DOUBLE_EQ(chain.cumulative[0], chain.factor[0] * chain.factor[1] * chain.factor[2]);
    EXPECT_THROW(al::gradientChain(sigmoid, {}, {0, 1.0, 0.0}), std::invalid_argument);
}

TEST(GradientChain, LinearStackCollapsesToOneLayer)
{
    for (int layers : {1, 2, 7}) {
        const double c = 0.8;
        const double w = 1.3;
        const double b = -0.4;
        const al::LinearLayer one = al::collapseLinearStack(c, w, b, layers);
        for (double x : {-2.0, 0.0, 3.5}) {
            double y = x;
            for (int k = 0; k < layers; ++k)
                y = c * (w * y + b);
            EXPECT_NEAR(one.weight * x + one.bias, y, 1e-12);
        }
        EXPECT_NEAR(one.weight, std::pow(c * w, layers), 1e-14);
    }
}

TEST(Neuron, WeightedSumOfTheReadout)
{
    const al::Neuron n({1.2, 2.0}, {0.5, -0.3}, 0.1);
    EXPECT_NEAR(n.z(), 0.5 * 1.2 - 0.3 * 2.0 + 0.1, 1e-15);
    al::Neuron m;
    EXPECT_EQ(m, n) << "the default neuron is the design's example";
    m.setInputCount(4);
    EXPECT_EQ(m.inputCount(), 4u);
    EXPECT_EQ(m.z(), n.z()) << "new inputs start with weight 0, so z does not jump";
    m.setInputCount(100);
    EXPECT_EQ(m.inputCount(), al::Neuron::kMaxInputs);
    m.setInputCount(0);
    EXPECT_EQ(m.inputCount(), al::Neuron::kMinInputs);
    EXPECT_THROW(al::Neuron({1.0}, {1.0, 2.0}, 0.0), std::invalid_argument);
    EXPECT_THROW(al::Neuron({}, {}, 0.0), std::invalid_argument);
}

}  // namespace
