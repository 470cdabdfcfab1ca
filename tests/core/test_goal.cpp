// SPDX-License-Identifier: MIT
// Exercise goals: the expression language and the quantities it reads from the state.
#include "core/exercise/goal.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using al::exercise::Goal;
using al::exercise::GoalError;
using al::state::Document;

double number(const Goal& g, const Document& d)
{
    return std::get<double>(g.evaluate(d));
}

TEST(Goal, ArithmeticAndLogic)
{
    const Document d;
    EXPECT_DOUBLE_EQ(number(Goal("1 + 2 * 3 - 4 / 2"), d), 5.0);
    EXPECT_DOUBLE_EQ(number(Goal("-(1 - 3)"), d), 2.0);
    EXPECT_DOUBLE_EQ(number(Goal("abs(-0.5) + max(1, 2) + min(1, 2)"), d), 3.5);
    EXPECT_TRUE(Goal("1 < 2 and not 2 < 1 or 0").holds(d));
    EXPECT_TRUE(Goal("1 < 2 && !(2 < 1) || 0").holds(d));
    EXPECT_FALSE(Goal("1 != 1").holds(d));
    EXPECT_TRUE(Goal("\"relu\" == \"relu\"").holds(d));
    EXPECT_DOUBLE_EQ(number(Goal("1e-3 * 1000"), d), 1.0);
}

TEST(Goal, ReadsSettingsAndListEntries)
{
    Document d;  // the defaults: x = (1.2, 2), w = (0.5, -0.3), b = 0.1, sigmoid
    EXPECT_DOUBLE_EQ(number(Goal("explorer.neuron.bias"), d), 0.1);
    EXPECT_DOUBLE_EQ(number(Goal("explorer.neuron.inputs.2"), d), 2.0);
    EXPECT_DOUBLE_EQ(number(Goal("explorer.neuron.inputs.count"), d), 2.0);
    EXPECT_DOUBLE_EQ(number(Goal("softmax.temperature"), d), 1.0);
    EXPECT_TRUE(Goal("explorer.function == \"sigmoid\" and tab == \"neuron\"").holds(d));
    EXPECT_TRUE(Goal("depth.forwardPass == 0").holds(d));
    EXPECT_FALSE(Goal("explorer.neuron.inputs.3 > 0").holds(d));  // missing entry: not reached
    EXPECT_THROW(Goal("explorer.neuron.inputs.3 > 0").evaluate(d), GoalError);
}

TEST(Goal, ReadsCoreResults)
{
    Document d;
    ASSERT_FALSE(d.apply({{"explorer.function", std::string("relu")}, {"explorer.neuron.bias", -5.0}}));
    EXPECT_TRUE(Goal("z < 0 and f == 0 and df == 0 and region == \"dead\"").holds(d));
    EXPECT_TRUE(Goal("zone(\"leaky_relu\", z) == \"learning\" and slope(\"leaky_relu\", z) == 0.01").holds(d));
    EXPECT_NEAR(number(Goal("maxslope(\"sigmoid\")"), d), 0.25, 1e-12);
    EXPECT_NEAR(number(Goal("maxslope(\"tanh\")"), d), 1.0, 1e-12);
    EXPECT_NEAR(number(Goal("p.sum"), d), 1.0, 1e-12);
    EXPECT_GT(number(Goal("p2"), d), 0.9);  // the lecture's [−4, 5, 2, −8]: x₂ = 5 wins
    EXPECT_FALSE(Goal("p5 > 0").holds(d));
    // Depth at its defaults (10 layers, w = 1, z₀ = 0.5): sigmoid vanishes, ReLU passes 1.
    EXPECT_LT(number(Goal("grad(\"sigmoid\", 1)"), d), 1e-6);
    EXPECT_DOUBLE_EQ(number(Goal("grad(\"relu\")"), d), 1.0);
    EXPECT_DOUBLE_EQ(number(Goal("collapse.weight"), d), 1.0);
    // The explorer's own function keeps the student's parameters.
    ASSERT_FALSE(d.apply({{"explorer.function", std::string("leaky_relu")}, {"explorer.parameters", std::vector<double>{0.2}}}));
    EXPECT_DOUBLE_EQ(number(Goal("slope(\"leaky_relu\", -1)"), d), 0.2);
    EXPECT_DOUBLE_EQ(number(Goal("explorer.parameters.alpha"), d), 0.2);
}

TEST(Goal, ReadsTheInitialisationExperiment)
{
    Document d;
    ASSERT_FALSE(d.apply({{"init.function", std::string("tanh")}, {"init.scheme", std::string("normal")}, {"init.sigma", 0.01},
                          {"init.layers", 10.0}, {"init.width", 100.0}, {"init.samples", 200.0}, {"init.bias", 0.0}}));
    // σ·√n = 0.1 per layer: the signal is gone after ten layers, nothing saturates.
    EXPECT_LT(number(Goal("init.std.ratio"), d), 1e-6);
    EXPECT_NEAR(number(Goal("init.std.first"), d), 0.1, 0.02);
    EXPECT_EQ(number(Goal("init.saturated.max"), d), 0.0);
    // N(0, 1): the spread stays, but tanh saturates. (The cached run must not answer for another setting.)
    ASSERT_FALSE(d.set("init.sigma", 1.0));
    EXPECT_GT(number(Goal("init.std.ratio"), d), 0.8);
    EXPECT_GT(number(Goal("init.saturated.max"), d), 0.5);
    ASSERT_FALSE(d.set("init.scheme", std::string("xavier")));
    EXPECT_GT(number(Goal("init.std.ratio"), d), 0.25);
    EXPECT_LT(number(Goal("init.saturated.max"), d), 0.05);
    // ReLU: Xavier halves the variance per layer, He keeps it; some units of deep layers die.
    ASSERT_FALSE(d.set("init.function", std::string("relu")));
    EXPECT_LT(number(Goal("init.std.ratio"), d), 0.1);
    ASSERT_FALSE(d.set("init.scheme", std::string("he")));
    EXPECT_NEAR(number(Goal("init.std.ratio"), d), 1.0, 0.3);
    EXPECT_GE(number(Goal("init.dead.max"), d), 0.0);
}

TEST(Goal, ReadsATrainingRunOfOneHundredEpochs)
{
    Document d;
    ASSERT_FALSE(d.apply({{"train.dataset", std::string("circle")}, {"train.function", std::string("linear")}}));
    // A linear network draws a straight line: no better than chance on the circle.
    EXPECT_LT(number(Goal("train.accuracy"), d), 0.7);
    EXPECT_EQ(number(Goal("train.epochs90"), d), 101.0);
    EXPECT_GT(number(Goal("train.loss"), d), 0.6);
    ASSERT_FALSE(d.set("train.function", std::string("tanh")));
    EXPECT_GE(number(Goal("train.accuracy"), d), 0.9);
    const double epochs = number(Goal("train.epochs90"), d);
    EXPECT_GE(epochs, 1.0);
    EXPECT_LE(epochs, 100.0);
    // A tiny learning rate does not get there in time; the run is the same for the same settings.
    ASSERT_FALSE(d.set("train.lr", 0.001));
    EXPECT_EQ(number(Goal("train.epochs90"), d), 101.0);
    EXPECT_EQ(number(Goal("train.accuracy"), d), number(Goal("train.accuracy"), Document(d)));
}

TEST(Goal, ReadingsNameTheValues)
{
    const Document d;
    EXPECT_EQ(Goal("explorer.neuron.bias > 1 and region == \"dead\"").readings(d), "explorer.neuron.bias = 0.1, region = learning");
}

class BadGoal : public testing::TestWithParam<const char*> {};

TEST_P(BadGoal, IsRefusedWithOneSentence)
{
    try {
        Goal g(GetParam());
        FAIL() << "accepted " << GetParam();
    } catch (const GoalError& e) {
        EXPECT_FALSE(std::string(e.what()).empty());
        EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos);
    }
}

INSTANTIATE_TEST_SUITE_P(Corpus, BadGoal,
                         testing::Values("", "1 +", "(1", "bias > 0", "explorer.neuron.inputs > 0", "explorer.neuron.inputs.9",
                                         "p11", "p0", "explorer.parameters.beta", "frobnicate(1)", "abs(1, 2)", "value(z, 1)",
                                         "value(\"nope\", 1)", "1 2", "\"open", "1 # 2", "1e999", "max(1)"));

}  // namespace
