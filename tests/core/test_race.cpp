// SPDX-License-Identifier: MIT
// The race: several activations on one network, data and seed. Its fairness (same initial
// weights, same steps), its determinism, and the lecture's three outcomes as the presets set them up.
#include "core/catalog.h"
#include "core/state/document.h"
#include "core/state/racesetup.h"
#include "core/state/trainsetup.h"
#include "core/train/race.h"

#include <gtest/gtest.h>

#include <numeric>
#include <sstream>
#include <string>

namespace {

using namespace al::train;
using al::state::RacePreset;

std::vector<const al::Activation*> activations(std::initializer_list<const char*> keys)
{
    std::vector<const al::Activation*> out;
    for (const char* k : keys)
        out.push_back(al::findActivation(k));
    return out;
}

// The document of a preset, at another seed if asked.
al::state::Document preset(RacePreset p, double seed = 1.0)
{
    al::state::Document d;
    EXPECT_FALSE(d.apply(al::state::racePreset(p)).has_value());
    EXPECT_FALSE(d.set("train.seed", seed).has_value());
    return d;
}

void runEpochs(Race& race, int epochs)
{
    for (int e = 0; e < epochs; ++e)
        race.step(race.trainer(0).stepsPerEpoch());
}

TEST(Race, InitialWeightsDependOnlyOnTheSeedAndTheArchitecture)
{
    const DataSet data = makeDataSet({Shape::Xor, 200, 0.1, 0.5, 3});
    TrainOptions o;
    o.architecture.hidden = {5, 7, 3};
    o.seed = 11;
    const Race race(data, o, activations({"sigmoid", "relu", "leaky_relu", "gelu"}));
    ASSERT_EQ(race.size(), 4u);
    for (std::size_t i = 1; i < race.size(); ++i) {
        EXPECT_EQ(race.trainer(i).network().allWeights(), race.trainer(0).network().allWeights());
        EXPECT_EQ(race.trainer(i).network().allBiases(), race.trainer(0).network().allBiases());
        EXPECT_EQ(race.trainer(i).data().train, race.trainer(0).data().train);
    }
    // The same as a network built alone with any activation; another seed or shape changes them.
    const Network alone({{5, 7, 3}, al::findActivation("tanh"), {}}, Init::Xavier, 1.0, 11);
    EXPECT_EQ(race.trainer(0).network().allWeights(), alone.allWeights());
    const Network otherSeed({{5, 7, 3}, al::findActivation("tanh"), {}}, Init::Xavier, 1.0, 12);
    EXPECT_NE(otherSeed.allWeights(), alone.allWeights());
    // Each runner has its activation with the catalog's default parameters.
    EXPECT_EQ(race.activation(2).key, "leaky_relu");
    EXPECT_EQ(race.trainer(2).network().architecture().parameters, al::findActivation("leaky_relu")->defaults());
}

TEST(Race, RunnersTakeTheSameStepsAndARaceIsDeterministic)
{
    const auto run = [] {
        Race race(makeDataSet({Shape::Gauss, 120, 0.2, 0.5, 2}), TrainOptions{}, activations({"tanh", "relu", "elu"}));
        race.step(5);  // 60 training points, 6 steps per epoch: within the first epoch
        runEpochs(race, 3);
        return race;
    };
    const Race a = run();
    const Race b = run();
    EXPECT_EQ(a.epoch(), 3);
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a.trainer(i).steps(), a.steps());
        EXPECT_EQ(a.trainer(i).epoch(), a.epoch());
        EXPECT_EQ(a.history(i).size(), 4u);  // the start and three epochs
        EXPECT_EQ(a.trainer(i).network().allWeights(), b.trainer(i).network().allWeights());
        EXPECT_EQ(a.history(i).back().testLoss, b.history(i).back().testLoss);
    }
    // Each runner learns as a lone trainer with its activation would.
    TrainOptions o;
    o.architecture.activation = al::findActivation("relu");
    o.architecture.parameters = {};
    Trainer alone(makeDataSet({Shape::Gauss, 120, 0.2, 0.5, 2}), o);
    for (long long s = 0; s < a.steps(); ++s)
        alone.step();
    EXPECT_EQ(alone.network().allWeights(), a.trainer(1).network().allWeights());
}

// The race's CSV: a row per finished epoch with each runner's losses and accuracies under its
// key, the numbers of the runner's history (the same a lone trainer writes).
TEST(Race, CsvHoldsEveryRunnersHistoryUnderItsKey)
{
    Race race(makeDataSet({Shape::Gauss, 120, 0.2, 0.5, 2}), TrainOptions{}, activations({"tanh", "relu", "elu"}));
    EXPECT_EQ(raceCsv(race),
              "epoch,tanh_train_loss,tanh_test_loss,tanh_train_acc,tanh_test_acc,relu_train_loss,relu_test_loss,relu_train_acc,"
              "relu_test_acc,elu_train_loss,elu_test_loss,elu_train_acc,elu_test_acc\n")
        << "the initial weights are not an epoch";
    runEpochs(race, 3);
    race.step(2);  // an unfinished epoch has no row
    std::istringstream text(raceCsv(race));
    std::string line;
    std::getline(text, line);
    int rows = 0;
    while (std::getline(text, line)) {
        ++rows;
        std::istringstream fields(line);
        std::string field;
        std::getline(fields, field, ',');
        EXPECT_EQ(std::stoi(field), rows);
        for (std::size_t i = 0; i < race.size(); ++i) {
            const EpochRecord& r = race.history(i)[static_cast<std::size_t>(rows)];
            for (double expected : {r.trainLoss, r.testLoss, r.trainAccuracy, r.testAccuracy}) {
                ASSERT_TRUE(std::getline(fields, field, ','));
                EXPECT_EQ(std::stod(field), expected) << "runner " << i << ", epoch " << rows;
            }
        }
        EXPECT_FALSE(std::getline(fields, field, ',')) << "no column beyond the runners'";
    }
    EXPECT_EQ(rows, 3);

    // An activation racing itself keeps both columns apart by place.
    const Race twice(makeDataSet({Shape::Gauss, 120, 0.2, 0.5, 2}), TrainOptions{}, activations({"relu", "tanh", "relu"}));
    const std::string header = raceCsv(twice);
    EXPECT_EQ(header.substr(0, header.find('\n')),
              "epoch,relu_1_train_loss,relu_1_test_loss,relu_1_train_acc,relu_1_test_acc,tanh_train_loss,tanh_test_loss,"
              "tanh_train_acc,tanh_test_acc,relu_3_train_loss,relu_3_test_loss,relu_3_train_acc,relu_3_test_acc");
}

TEST(Race, EpochReachingIsTheFirstRecordAtTheTarget)
{
    std::vector<EpochRecord> h(4);
    const double accuracies[] = {0.5, 0.92, 0.85, 0.95};
    for (int e = 0; e < 4; ++e) {
        h[static_cast<std::size_t>(e)].epoch = e;
        h[static_cast<std::size_t>(e)].testAccuracy = accuracies[e];
    }
    EXPECT_EQ(epochReaching(h, 0.9), 1);
    EXPECT_EQ(epochReaching(h, 0.92), 1);  // "at least"
    EXPECT_EQ(epochReaching(h, 0.95), 3);
    EXPECT_EQ(epochReaching(h, 0.5), 0);
    EXPECT_FALSE(epochReaching(h, 0.96).has_value());
    // 225 of 250 is exactly 90 %: reached.
    h[2].testAccuracy = 225.0 / 250.0;
    EXPECT_EQ(epochReaching(h, 90.0 / 100.0), 1);
    EXPECT_EQ(epochReaching({h[0], h[2]}, 90.0 / 100.0), 2);
}

TEST(RacePresets, ApplyAndLeaveOnlyTheCoordinatesAsInputs)
{
    for (int i = 0; i < al::state::kRacePresets; ++i) {
        al::state::Document d;
        ASSERT_EQ(d.set("train.features.x1sq", true), std::nullopt);
        ASSERT_EQ(d.apply(al::state::racePreset(static_cast<RacePreset>(i))), std::nullopt) << i;
        const auto o = al::state::trainOptions(d);
        EXPECT_EQ(o.architecture.features, (std::vector<Feature>{Feature::X1, Feature::X2}));
        EXPECT_EQ(al::state::raceActivations(d).size(), d.texts("race.functions").size());
    }
}

// Linear units only ever draw a line; tanh closes the ring — on every seed tried.
TEST(RacePresets, TanhReachesTheTargetOnTheCircleAndLinearDoesNot)
{
    for (double seed : {1.0, 2.0, 3.0, 4.0, 5.0}) {
        const auto d = preset(RacePreset::LinearVsTanh, seed);
        Race race = al::state::makeRace(d);
        ASSERT_EQ(race.activation(0).key, "linear");
        runEpochs(race, 40);
        const double target = al::state::raceTargetShare(d);
        EXPECT_DOUBLE_EQ(target, 0.9);
        EXPECT_FALSE(race.epochReaching(0, target).has_value()) << seed;
        EXPECT_LT(race.history(0).back().testAccuracy, 0.75) << seed;
        ASSERT_TRUE(race.epochReaching(1, target).has_value()) << seed;
        EXPECT_LE(*race.epochReaching(1, target), 15) << seed;
        EXPECT_GE(race.history(1).back().testAccuracy, 0.98) << seed;
    }
}

// Through four sigmoid layers the gradient fades and the spiral is not learnt; ReLU's passes.
TEST(RacePresets, ReluReachesTheTargetOnADeepSpiralLongBeforeSigmoid)
{
    for (double seed : {1.0, 2.0, 3.0}) {
        const auto d = preset(RacePreset::SigmoidVsRelu, seed);
        Race race = al::state::makeRace(d);
        ASSERT_EQ(race.activation(1).key, "relu");
        runEpochs(race, 100);
        const double target = al::state::raceTargetShare(d);
        ASSERT_TRUE(race.epochReaching(1, target).has_value()) << seed;
        EXPECT_LT(*race.epochReaching(1, target), 75) << seed;
        EXPECT_FALSE(race.epochReaching(0, target).has_value()) << seed;
        EXPECT_LT(race.history(0).back().testAccuracy, 0.65) << seed;
        // The vanishing gradient itself: layer 1's is far below the top layer's for sigmoid.
        const auto& layers = race.history(0).back().layers;
        EXPECT_LT(layers.front().gradNorm * 20, layers.back().gradNorm) << seed;
    }
}

// At a learning rate of 2, ReLU units are pushed where they are never active and stay there;
// Leaky ReLU's slope α keeps every unit learning.
TEST(RacePresets, AtALargeLearningRateReluUnitsDieAndLeakyReluUnitsDoNot)
{
    std::vector<double> reluFinal;
    std::vector<double> leakyFinal;
    for (double seed : {1.0, 2.0, 3.0, 4.0, 5.0, 6.0}) {
        const auto d = preset(RacePreset::ReluVsLeakyRelu, seed);
        Race race = al::state::makeRace(d);
        ASSERT_EQ(race.activation(1).key, "leaky_relu");
        runEpochs(race, 30);
        const EpochRecord& relu = race.history(0).back();
        const EpochRecord& leaky = race.history(1).back();
        EXPECT_GE((relu.layers[0].dead + relu.layers[1].dead) / 2, 0.5) << seed;
        for (const auto& layer : leaky.layers)
            EXPECT_EQ(layer.dead, 0.0) << seed;
        EXPECT_LT(relu.testAccuracy, 0.85) << seed;
        reluFinal.push_back(relu.testAccuracy);
        leakyFinal.push_back(leaky.testAccuracy);
    }
    const auto mean = [](const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size()); };
    EXPECT_GT(mean(leakyFinal), mean(reluFinal) + 0.2);
    // The preset's own seed tells the story whole: ReLU loses units in layer 1 and misses the target, Leaky ReLU reaches it.
    Race race = al::state::makeRace(preset(RacePreset::ReluVsLeakyRelu));
    runEpochs(race, 30);
    EXPECT_GT(race.history(0).back().layers[0].dead, 0.25);
    EXPECT_FALSE(race.epochReaching(0, 0.9).has_value());
    EXPECT_TRUE(race.epochReaching(1, 0.9).has_value());
}

TEST(RaceSettings, AreCheckedByTheSchema)
{
    al::state::Document d;
    EXPECT_EQ(d.texts("race.functions"), (std::vector<std::string>{"linear", "tanh"}));
    EXPECT_EQ(d.number("race.target"), 90.0);
    EXPECT_TRUE(d.set("race.functions", std::vector<std::string>{"relu"}).has_value());  // at least two
    EXPECT_TRUE(d.set("race.functions", std::vector<std::string>{"relu", "tanh", "elu", "gelu", "silu"}).has_value());
    EXPECT_TRUE(d.set("race.functions", std::vector<std::string>{"relu", "softmax"}).has_value());
    EXPECT_TRUE(d.set("race.functions", std::vector<std::string>{"relu", ""}).has_value());
    EXPECT_TRUE(d.set("race.target", 40.0).has_value());
    EXPECT_TRUE(d.set("race.target", 101.0).has_value());
    EXPECT_FALSE(d.set("race.functions", std::vector<std::string>{"relu", "tanh", "elu", "gelu"}).has_value());
    EXPECT_FALSE(d.set("race.target", 75.5).has_value());
}

}  // namespace
