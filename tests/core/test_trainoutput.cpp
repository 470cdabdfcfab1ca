// SPDX-License-Identifier: MIT
// What the Train tab and the command line draw and write from a run: the activation histogram of
// a hidden layer and the per-epoch CSV.
#include "core/catalog.h"
#include "core/train/epochcsv.h"
#include "core/train/histogram.h"
#include "core/train/trainer.h"

#include <gtest/gtest.h>

#include <numeric>
#include <sstream>
#include <stdexcept>

namespace {

using namespace al::train;

TrainOptions options(const char* key, std::vector<int> hidden, double lr = 0.1)
{
    const al::Activation* a = al::findActivation(key);
    TrainOptions o;
    o.architecture = {std::move(hidden), a, a->defaults()};
    o.learningRate = lr;
    return o;
}

int total(const ActivationHistogram& h)
{
    return std::accumulate(h.live.begin(), h.live.end(), 0) + std::accumulate(h.dead.begin(), h.dead.end(), 0);
}

TEST(ActivationHistogram, CountsEveryOutputOfTheLayerInItsBin)
{
    Trainer t(makeDataSet({Shape::Circle, 200, 0.0, 0.5, 3}), options("linear", {3, 5}));
    Pass pass;
    ActivationHistogram h;
    activationHistogram(t.network(), t.data().train, 1, 10, pass, h);
    ASSERT_EQ(h.live.size(), 10u);
    EXPECT_EQ(h.units, 5);
    EXPECT_EQ(h.deadUnits, 0);
    EXPECT_EQ(total(h), 5 * static_cast<int>(t.data().train.size()));
    // The linear function is unbounded: the bins span exactly the outputs seen, and each output
    // sits in the bin its value says.
    Pass reference;
    reference.forward(t.network(), t.data().train);
    const auto a = reference.activations(1);
    EXPECT_EQ(h.lo, *std::min_element(a.begin(), a.end()));
    EXPECT_EQ(h.hi, *std::max_element(a.begin(), a.end()));
    std::vector<int> expected(10, 0);
    for (double v : a)
        ++expected[std::min<std::size_t>(9, static_cast<std::size_t>((v - h.lo) / (h.hi - h.lo) * 10))];
    EXPECT_EQ(h.live, expected);
}

TEST(ActivationHistogram, BoundedActivationsSpanTheirRangeAndSaturationPilesAtTheEnds)
{
    // Huge initial weights drive every tanh unit into its flat ends.
    TrainOptions o = options("tanh", {8});
    o.init = Init::Normal;
    o.sigma = 10.0;
    Trainer t(makeDataSet({Shape::Circle, 300, 0.0, 0.5, 1}), o);
    Pass pass;
    ActivationHistogram h;
    activationHistogram(t.network(), t.data().train, 0, 20, pass, h);
    EXPECT_EQ(h.lo, -1.0);
    EXPECT_EQ(h.hi, 1.0);
    const int ends = h.live.front() + h.live.back();
    EXPECT_GT(ends, total(h) / 2) << "saturated outputs sit in the outermost bins";
}

TEST(ActivationHistogram, DeadReluUnitsShowAsZerosOfTheirOwn)
{
    // The large learning rate kills ReLU units (see Training.ReluUnitsDie…).
    Trainer t(makeDataSet({Shape::Spiral, 400, 0.1, 0.5, 1}), options("relu", {16, 16}, 3.0));
    for (int e = 0; e < 5; ++e)
        t.runEpoch();
    const auto diagnostics = diagnose(t.network(), t.data().train);
    Pass pass;
    ActivationHistogram h;
    bool sawDead = false;
    for (int layer = 0; layer < 2; ++layer) {
        activationHistogram(t.network(), t.data().train, layer, 25, pass, h);
        EXPECT_EQ(h.lo, 0.0) << "ReLU's lower bound";
        EXPECT_EQ(h.deadUnits, static_cast<int>(diagnostics[static_cast<std::size_t>(layer)].dead * 16 + 0.5));
        const int n = static_cast<int>(t.data().train.size());
        EXPECT_EQ(h.dead.front(), h.deadUnits * n) << "a dead ReLU outputs 0 at every point, in the first bin";
        EXPECT_EQ(std::accumulate(h.dead.begin() + 1, h.dead.end(), 0), 0);
        EXPECT_EQ(total(h), 16 * n);
        sawDead = sawDead || h.deadUnits > 0;
    }
    EXPECT_TRUE(sawDead);
}

TEST(ActivationHistogram, EqualOutputsAndBadRequestsStillGiveAPicture)
{
    // Zero weights: every ReLU outputs 0, and f′(0) = 0 makes the units dead.
    TrainOptions o = options("relu", {4});
    o.init = Init::Zeros;
    Trainer t(makeDataSet({Shape::Gauss, 100, 0.0, 0.5, 1}), o);
    Pass pass;
    ActivationHistogram h;
    activationHistogram(t.network(), t.data().train, 0, 8, pass, h);
    EXPECT_EQ(h.lo, 0.0);
    EXPECT_EQ(h.hi, 1.0);
    EXPECT_EQ(h.deadUnits, 4);
    EXPECT_EQ(h.dead[0], 4 * static_cast<int>(t.data().train.size()));
    activationHistogram(t.network(), {}, 0, 8, pass, h);
    EXPECT_EQ(total(h), 0);
    EXPECT_LT(h.lo, h.hi);
    EXPECT_THROW(activationHistogram(t.network(), t.data().train, 1, 8, pass, h), std::invalid_argument);
    EXPECT_THROW(activationHistogram(t.network(), t.data().train, 0, 0, pass, h), std::invalid_argument);
}

TEST(EpochCsv, HeaderNamesEveryLayerAndRowsRoundTrip)
{
    EXPECT_EQ(EpochCsv(0).text(), "epoch,train_loss,test_loss,train_acc,test_acc\n");
    EpochRecord r;
    r.epoch = 7;
    r.trainLoss = 0.1;
    r.testLoss = 1.0 / 3.0;
    r.trainAccuracy = 0.5;
    r.testAccuracy = 0.25;
    r.layers = {{.gradNorm = 1e-9, .dead = 0.125, .saturated = 0.0}, {.gradNorm = 2.5, .dead = 0.0, .saturated = 0.75}};
    const std::string text = epochCsv(2, std::span(&r, 1));
    EXPECT_EQ(text,
              "epoch,train_loss,test_loss,train_acc,test_acc,grad_norm_1,grad_norm_2,dead_1,dead_2,saturated_1,saturated_2\n"
              "7,0.1,0.3333333333333333,0.5,0.25,1e-09,2.5,0.125,0,0,0.75\n");
    std::istringstream row(text.substr(text.find('\n') + 1));
    std::string field;
    std::getline(row, field, ',');
    std::getline(row, field, ',');
    std::getline(row, field, ',');
    EXPECT_EQ(std::stod(field), r.testLoss) << "round-trips exactly";
    EpochCsv csv(1);
    EXPECT_THROW(csv.add(r), std::invalid_argument) << "two layers under a one-layer header";
}

// Several runs side by side: the epoch, then the four per-run columns of each run, prefixed.
TEST(RunsCsv, PrefixesEachRunsColumnsAndRefusesWhatWouldMisleadAReader)
{
    std::vector<EpochRecord> a(2);
    std::vector<EpochRecord> b(2);
    for (int e = 0; e < 2; ++e) {
        auto& ra = a[static_cast<std::size_t>(e)];
        auto& rb = b[static_cast<std::size_t>(e)];
        ra.epoch = rb.epoch = e + 1;
        ra.trainLoss = 0.5 / (e + 1);
        ra.testLoss = 1.0 / 3.0;
        ra.trainAccuracy = 0.75;
        ra.testAccuracy = 0.5 + 0.25 * e;
        rb.trainLoss = 0.125;
        rb.testLoss = 0.2 * (e + 1);
        rb.trainAccuracy = 1.0;
        rb.testAccuracy = 0.0;
    }
    const NamedRun runs[] = {{"tanh", a}, {"relu", b}};
    EXPECT_EQ(runsCsv(runs),
              "epoch,tanh_train_loss,tanh_test_loss,tanh_train_acc,tanh_test_acc,"
              "relu_train_loss,relu_test_loss,relu_train_acc,relu_test_acc\n"
              "1,0.5,0.3333333333333333,0.75,0.5,0.125,0.2,1,0\n"
              "2,0.25,0.3333333333333333,0.75,0.75,0.125,0.4,1,0\n");
    EXPECT_EQ(runsCsv({}), "epoch\n");
    const NamedRun none[] = {{"tanh", {}}, {"relu", {}}};
    EXPECT_EQ(runsCsv(none), "epoch,tanh_train_loss,tanh_test_loss,tanh_train_acc,tanh_test_acc,"
                             "relu_train_loss,relu_test_loss,relu_train_acc,relu_test_acc\n");

    const NamedRun twice[] = {{"tanh", a}, {"tanh", b}};
    EXPECT_THROW(runsCsv(twice), std::invalid_argument) << "two columns of one name";
    for (const char* bad : {"", "a,b", "a\"b", "a\nb"}) {
        const NamedRun named[] = {{bad, a}};
        EXPECT_THROW(runsCsv(named), std::invalid_argument) << bad;
    }
    const NamedRun shorter[] = {{"tanh", a}, {"relu", std::span(b).first(1)}};
    EXPECT_THROW(runsCsv(shorter), std::invalid_argument);
    b[1].epoch = 3;
    EXPECT_THROW(runsCsv(runs), std::invalid_argument) << "epoch 2 of one run beside epoch 3 of another";
}

}  // namespace
