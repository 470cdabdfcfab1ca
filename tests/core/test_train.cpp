// SPDX-License-Identifier: MIT
#include "core/catalog.h"
#include "core/train/contour.h"
#include "core/train/dataset.h"
#include "core/train/network.h"
#include "core/train/trainer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace {

using namespace al::train;

Architecture architecture(const char* key, std::vector<int> hidden = {8, 8})
{
    const al::Activation* a = al::findActivation(key);
    return {std::move(hidden), a, a->defaults()};
}

TrainOptions options(const char* key, std::vector<int> hidden = {8, 8}, double lr = 0.1)
{
    TrainOptions o;
    o.architecture = architecture(key, std::move(hidden));
    o.learningRate = lr;
    return o;
}

DataSet data(Shape shape, double noise = 0.0, int points = 400, std::uint64_t seed = 1)
{
    return makeDataSet({shape, points, noise, 0.5, seed});
}

double finalTestAccuracy(const char* key, Shape shape, std::vector<int> hidden, int epochs, double lr = 0.1)
{
    Trainer t(data(shape), options(key, std::move(hidden), lr));
    EpochRecord r;
    for (int e = 0; e < epochs; ++e)
        r = t.runEpoch();
    return r.testAccuracy;
}

TEST(TrainData, EveryShapeIsBalancedInsideThePlaneAndSplitAsAsked)
{
    for (std::string_view key : shapeKeys()) {
        Shape shape{};
        ASSERT_TRUE(shapeNamed(key, shape));
        for (double noise : {0.0, 0.5}) {
            const auto points = generate(shape, 301, noise, 9);
            ASSERT_EQ(points.size(), 301u) << key;
            int ones = 0;
            for (const Point& p : points) {
                EXPECT_LE(std::abs(p.x), kExtent);
                EXPECT_LE(std::abs(p.y), kExtent);
                ones += p.label;
            }
            if (shape != Shape::Xor)
                EXPECT_EQ(ones, 150) << key;
            else
                EXPECT_NEAR(ones, 150, 40) << key;
        }
        const DataSet set = makeDataSet({shape, 200, 0.1, 0.3, 5});
        EXPECT_EQ(set.train.size(), 60u);
        EXPECT_EQ(set.test.size(), 140u);
    }
    Shape s{};
    EXPECT_FALSE(shapeNamed("moons", s));
}

TEST(TrainData, TheSeedDecidesEveryPoint)
{
    const auto a = generate(Shape::Spiral, 500, 0.2, 3);
    EXPECT_EQ(a, generate(Shape::Spiral, 500, 0.2, 3));
    EXPECT_NE(a, generate(Shape::Spiral, 500, 0.2, 4));
    // Noiseless shapes are clean: the circle's classes are separated by a ring-shaped gap.
    for (const Point& p : generate(Shape::Circle, 500, 0.0, 3)) {
        const double r = std::hypot(p.x, p.y);
        EXPECT_TRUE(p.label == 1 ? r <= 2.5 : r >= 3.5) << r;
    }
}

TEST(TrainData, CsvReadsPointsAndRefusesMalformedLines)
{
    const auto points = parseCsv("x,y,label\n1,2,0\n-0.5,3e-1,1\r\n\n");
    ASSERT_EQ(points.size(), 2u);
    EXPECT_EQ(points[1], (Point{-0.5, 0.3, 1}));
    for (const char* bad : {"1,2,0\n1,2", "1,2,0\n1,2,2", "1,2,0\n1,x,1", "1,2,0\n1,2,0,4", "1,2,0", "", "1,2,0\nnan,1,1", "1,2,0\n1,2,0.5"})
        EXPECT_THROW(parseCsv(bad), std::invalid_argument) << bad;
    // The app words the refusal itself: it needs the line and the reason.
    const auto refusal = [](std::string_view text) {
        try {
            parseCsv(text);
        } catch (const CsvError& e) {
            return std::pair{e.line, e.reason};
        }
        return std::pair{-1, CsvError::Reason::Fields};
    };
    EXPECT_EQ(refusal("x,y,label\n1,2,0\n\n1,2,7\n"), std::pair(4, CsvError::Reason::Label));
    EXPECT_EQ(refusal("1,2,0\n1,two,1"), std::pair(2, CsvError::Reason::Numbers));
    EXPECT_EQ(refusal("1,2\n"), std::pair(1, CsvError::Reason::Fields));
    EXPECT_EQ(refusal("1,2,0\n"), std::pair(0, CsvError::Reason::TooFew));
}

TEST(TrainNetwork, InitialisationSchemesHaveTheirScale)
{
    const auto spread = [](Init init, double sigma = 1.0) {
        const Network net(architecture("tanh", {16, 16, 16, 16, 16, 16}), init, sigma, 7);
        const auto w = net.weights(3);  // 16 × 16
        double squares = 0.0;
        for (double v : w)
            squares += v * v;
        return std::sqrt(squares / static_cast<double>(w.size()));
    };
    EXPECT_NEAR(spread(Init::Uniform), std::sqrt(1.0 / 12.0), 0.03);
    EXPECT_NEAR(spread(Init::Normal, 2.0), 2.0, 0.2);
    EXPECT_NEAR(spread(Init::Xavier), std::sqrt(2.0 / 32.0), 0.025);
    EXPECT_NEAR(spread(Init::XavierUniform), std::sqrt(2.0 / 32.0), 0.025);
    EXPECT_NEAR(spread(Init::He), std::sqrt(2.0 / 16.0), 0.04);
    EXPECT_EQ(spread(Init::Zeros), 0.0);
    for (std::string_view key : initKeys()) {
        Init init{};
        EXPECT_TRUE(initNamed(key, init));
        EXPECT_EQ(initKeys()[static_cast<std::size_t>(init)], key);
    }
}

// Catalog-driven: every activation, several depths, backpropagation against differences.
TEST(TrainNetwork, BackpropagationMatchesCentralDifferencesForEveryActivation)
{
    const DataSet set = data(Shape::Circle, 0.1, 100);
    for (const al::Activation& a : al::catalog()) {
        if (a.key == "softmax")
            continue;
        for (const auto& hidden : std::vector<std::vector<int>>{{}, {3}, {4, 3}, {3, 3, 3, 3, 3, 3}}) {
            // Stacked e^z overflows from a Xavier start (e^(e^(e^…))); a gentler start keeps the
            // loss finite and its derivatives of moderate size.
            const bool explodes = a.key == "exponential";
            Network net({hidden, &a, a.defaults()}, explodes ? Init::Normal : Init::Xavier, 0.2, 11);
            // Zero biases put a layer behind silent ReLU units exactly on the kink (z = 0 for every
            // point); small non-zero biases keep the check away from it.
            for (std::size_t i = 0; i < net.allBiases().size(); ++i)
                net.allBiases()[i] = i % 2 == 0 ? 0.13 : -0.11;
            std::size_t checked = 0;
            EXPECT_LE(gradientCheck(net, set.train, 0.02, &checked), 1e-6) << a.key << " with " << hidden.size() << " hidden layers";
            EXPECT_GE(checked, 3u) << a.key << " with " << hidden.size() << " hidden layers";
        }
    }
}

TEST(TrainNetwork, GradientCheckCatchesAWrongDerivative)
{
    // A network whose "activation" claims f′ = 2·tanh′: backpropagation is then wrong by design.
    al::Activation wrong = *al::findActivation("tanh");
    wrong.scalar = [](double z, const double*) { return al::FunctionValues{std::tanh(z), 2.0 / (std::cosh(z) * std::cosh(z))}; };
    wrong.span = [](const double* z, double* f, double* df, std::size_t n, al::ParameterSpan) {
        for (std::size_t i = 0; i < n; ++i) {
            f[i] = std::tanh(z[i]);
            df[i] = 2.0 / (std::cosh(z[i]) * std::cosh(z[i]));
        }
    };
    const Network net({{4}, &wrong, {}}, Init::Xavier, 1.0, 3);
    EXPECT_GT(gradientCheck(net, data(Shape::Circle, 0.1, 60).train), 0.1);
}

TEST(TrainNetwork, OutputLossIsStableForLargeLogits)
{
    // No hidden layer: the logit of the point (1, 0) is the first weight.
    Network net(architecture("tanh", {}), Init::Zeros, 1.0, 1);
    Pass pass;
    const auto lossAt = [&](double z, int label) {
        net.allWeights()[0] = z;
        const std::vector<Point> point{{1.0, 0.0, label}};
        pass.forward(net, point);
        return std::make_pair(pass.loss(point), pass.activations(0)[0]);
    };
    EXPECT_DOUBLE_EQ(lossAt(800.0, 1).first, 0.0);
    EXPECT_DOUBLE_EQ(lossAt(-800.0, 1).first, 800.0);
    EXPECT_DOUBLE_EQ(lossAt(800.0, 0).first, 800.0);
    EXPECT_DOUBLE_EQ(lossAt(0.0, 0).first, std::log(2.0));
    EXPECT_NEAR(lossAt(30.0, 1).first, std::exp(-30.0), 1e-25);  // tiny, not cancelled to 0 or below
    EXPECT_EQ(lossAt(-800.0, 0).second, 0.0);                    // σ(z), without overflow
    EXPECT_EQ(lossAt(800.0, 0).second, 1.0);
}

TEST(Training, SameSeedBitIdenticalWeightsAndRecords)
{
    const auto run = [](std::uint64_t seed) {
        TrainOptions o = options("relu");
        o.seed = seed;
        Trainer t(data(Shape::Xor, 0.1), o);
        EpochRecord last;
        for (int e = 0; e < 5; ++e)
            last = t.runEpoch();
        return std::make_pair(t.network().allWeights(), last.testLoss);
    };
    const auto a = run(4);
    const auto b = run(4);
    EXPECT_EQ(a.first, b.first);  // exact equality of doubles, not nearness
    EXPECT_EQ(a.second, b.second);
    EXPECT_NE(a.first, run(5).first);
}

TEST(Training, StepsMakeEpochsAndLossFalls)
{
    TrainOptions o = options("tanh");
    o.batch = 7;
    Trainer t(data(Shape::Gauss, 0.0, 100), o);  // 50 training points: 8 steps per epoch
    EXPECT_EQ(t.stepsPerEpoch(), 8);
    const double before = t.measure().trainLoss;
    for (int i = 0; i < 7; ++i)
        EXPECT_FALSE(t.step().has_value());
    const auto record = t.step();
    ASSERT_TRUE(record.has_value());
    EXPECT_EQ(record->epoch, 1);
    EXPECT_LT(record->trainLoss, before);
    ASSERT_EQ(record->layers.size(), 2u);
    EXPECT_GT(record->layers[0].gradNorm, 0.0);
}

// The lecture's claims, as outcomes of training.
TEST(Training, LinearUnitsCannotSeparateACircleButTanhCan)
{
    EXPECT_LT(finalTestAccuracy("linear", Shape::Circle, {8, 8}, 60), 0.8);
    EXPECT_GT(finalTestAccuracy("tanh", Shape::Circle, {8, 8}, 60), 0.95);
}

TEST(Training, WithoutHiddenLayersOnlyALineIsLearned)
{
    EXPECT_GT(finalTestAccuracy("tanh", Shape::Gauss, {}, 30), 0.97);
    EXPECT_LT(finalTestAccuracy("tanh", Shape::Xor, {}, 30), 0.75);
}

TEST(Training, DeepSigmoidGradientVanishesTowardsTheInput)
{
    TrainOptions o = options("sigmoid", {8, 8, 8, 8, 8, 8});
    Trainer t(data(Shape::Circle), o);
    const EpochRecord r = t.runEpoch();
    ASSERT_EQ(r.layers.size(), 6u);
    EXPECT_LT(r.layers[0].gradNorm * 100, r.layers[5].gradNorm);
    for (const auto& layer : r.layers)
        EXPECT_EQ(layer.dead, 0.0);  // σ′ is never exactly 0 at these inputs
}

TEST(Training, ReluUnitsDieAtALargeLearningRateAndLeakyOnesDoNot)
{
    const auto deadShare = [](const char* key) {
        Trainer t(data(Shape::Spiral, 0.1), options(key, {16, 16}, 3.0));
        EpochRecord r;
        for (int e = 0; e < 5; ++e)
            r = t.runEpoch();
        return r.layers[0].dead + r.layers[1].dead;
    };
    EXPECT_GT(deadShare("relu"), 0.2);
    EXPECT_EQ(deadShare("leaky_relu"), 0.0);
}

TEST(TrainNetwork, ExtraFeaturesAreTheInputs)
{
    Architecture a = architecture("tanh", {3});
    a.features = {Feature::X1Squared, Feature::X1X2, Feature::SinX2};
    const Network net(a, Init::Xavier, 1.0, 2);
    EXPECT_EQ(net.sizes(), (std::vector<int>{3, 3, 1}));
    // The first layer sees x₁², x₁x₂ and sin x₂: its pre-activations are those, weighted.
    const std::vector<Point> p{{2.0, 0.5, 1}};
    Pass pass;
    pass.forward(net, p);
    const auto w = net.weights(0);
    EXPECT_EQ(pass.preActivations(0)[1], 0.0 + w[3] * 4.0 + w[4] * 1.0 + w[5] * std::sin(0.5));
    Feature f{};
    ASSERT_TRUE(featureNamed("sinx1", f));
    EXPECT_EQ(f, Feature::SinX1);
    EXPECT_FALSE(featureNamed("x3", f));
    EXPECT_EQ(featureKeys().size(), 7u);
    // The gradient check holds with every feature on.
    a.features = {Feature::X1, Feature::X2, Feature::X1Squared, Feature::X2Squared, Feature::X1X2, Feature::SinX1, Feature::SinX2};
    EXPECT_LE(gradientCheck(Network(a, Init::Xavier, 1.0, 3), data(Shape::Xor, 0.0, 60).train), 1e-6);
}

TEST(Training, MomentumAddsThePreviousStep)
{
    // Full-batch steps, so the gradient at the new weights can be computed here.
    TrainOptions o = options("tanh", {4});
    o.batch = 1000;
    o.momentum = 0.9;
    const DataSet d = data(Shape::Gauss, 0.0, 80);
    Trainer t(d, o);
    TrainOptions plainOptions = o;
    plainOptions.momentum = 0.0;
    Trainer plain(d, plainOptions);
    const std::vector<double> w0 = t.network().allWeights();
    t.step();
    plain.step();
    EXPECT_EQ(t.network().allWeights(), plain.network().allWeights());  // no velocity yet: one plain step
    const std::vector<double> w1 = t.network().allWeights();
    Pass pass;
    Gradients g;
    pass.forward(t.network(), d.train);
    pass.backward(t.network(), d.train, g);
    t.step();
    const std::vector<double>& w2 = t.network().allWeights();
    for (std::size_t i = 0; i < w2.size(); ++i)
        EXPECT_NEAR(w2[i], w1[i] - o.learningRate * g.weights[i] + 0.9 * (w1[i] - w0[i]), 1e-12) << i;
}

TEST(Training, GridMatchesTheNetworkAndHoldsEveryUnit)
{
    Trainer t(data(Shape::Xor), options("tanh", {3, 2}));
    t.runEpoch();
    std::vector<double> out;
    std::vector<double> units;
    grid(t.network(), -6, 6, -6, 6, 5, 4, out, &units);
    ASSERT_EQ(out.size(), 20u);
    ASSERT_EQ(units.size(), 100u);  // 5 hidden units × 20 cells
    // Top-left cell is (−6, 6); its value is the network's output there.
    Pass p;
    const std::vector<Point> corner{{-6, 6, 0}};
    p.forward(t.network(), corner);
    EXPECT_EQ(out[0], p.activations(2)[0]);
    EXPECT_EQ(units[0], p.activations(0)[0]);
    EXPECT_EQ(units[4 * 20], p.activations(1)[1]);
}

}  // namespace

TEST(TrainContour, TheLevelLineOfACircleIsACircle)
{
    // f = x² + y² on a 41 × 41 grid over [−2, 2]²: the line at 1 is the unit circle.
    const int n = 41;
    std::vector<double> f;
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c) {
            const double x = -2.0 + 4.0 * c / (n - 1);
            const double y = 2.0 - 4.0 * r / (n - 1);
            f.push_back(x * x + y * y);
        }
    const auto segments = levelLine(f, n, n, 1.0);
    ASSERT_GT(segments.size(), 30u);
    double length = 0.0;
    for (const Segment& s : segments) {
        for (const auto& [gx, gy] : {std::pair{s.x0, s.y0}, std::pair{s.x1, s.y1}}) {
            const double x = -2.0 + 4.0 * gx / (n - 1);
            const double y = 2.0 - 4.0 * gy / (n - 1);
            EXPECT_NEAR(std::hypot(x, y), 1.0, 0.02);  // on the circle, up to the interpolation
        }
        length += std::hypot(s.x1 - s.x0, s.y1 - s.y0) * 4.0 / (n - 1);
    }
    EXPECT_NEAR(length, 2.0 * M_PI, 0.05);  // and all of it, once
    EXPECT_TRUE(levelLine(f, n, n, 100.0).empty());  // no crossing, no line
}

TEST(TrainContour, ASaddleIsSplitByItsCentre)
{
    // Corners 1, 0, 1, 0 around the cell with centre ½ ≥ ½: the ones join, the zeros are cut off.
    const std::vector<double> cell{1.0, 0.0, 0.0, 1.0};  // rows: (1, 0) over (0, 1)
    const auto segments = levelLine(cell, 2, 2, 0.5);
    ASSERT_EQ(segments.size(), 2u);
    // Top-right corner cut off: a segment from the top edge's middle to the right edge's.
    EXPECT_DOUBLE_EQ(segments[0].x0, 0.5);
    EXPECT_DOUBLE_EQ(segments[0].y0, 0.0);
    EXPECT_DOUBLE_EQ(segments[0].x1, 1.0);
    EXPECT_DOUBLE_EQ(segments[0].y1, 0.5);
}
