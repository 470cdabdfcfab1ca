// SPDX-License-Identifier: MIT
#pragma once

#include "core/train/dataset.h"
#include "core/train/network.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace al::train {

// |f′| below this counts as saturated (the explorer's default vanishing threshold).
inline constexpr double kSaturationEpsilon = 0.01;

struct TrainOptions {
    Architecture architecture;
    Init init = Init::Xavier;
    double sigma = 1.0;        // for Init::Normal
    double learningRate = 0.1;
    int batch = 10;
    double l2 = 0.0;           // adds l2·w to every weight's gradient (biases are not decayed)
    double momentum = 0.0;     // μ of classical momentum, 0 … <1; 0 is plain SGD
    std::uint64_t seed = 1;    // initial weights and the order of the mini-batches
};

// What one hidden layer looks like, measured on the whole training set.
struct LayerDiagnostics {
    double gradNorm = 0.0;   // ‖∂loss/∂W‖ into this layer, mean over the epoch's steps
    double dead = 0.0;       // share of units with f′ = 0 on every training example
    double saturated = 0.0;  // share of the other units with |f′| < ε on more than half of them
    double mean = 0.0;       // mean of the layer's outputs over units and examples
    double spread = 0.0;     // their standard deviation
};

struct EpochRecord {
    int epoch = 0;
    double trainLoss = 0.0;
    double testLoss = 0.0;
    double trainAccuracy = 0.0;
    double testAccuracy = 0.0;
    std::vector<LayerDiagnostics> layers;  // hidden layers, nearest the input first
};

// Mini-batch SGD on binary cross-entropy. Every step is a pure function of the data, the
// options and the seed: two trainers built alike produce bit-identical weights.
class Trainer {
public:
    Trainer(DataSet data, TrainOptions options);

    // One mini-batch step; returns the epoch's record when the step completes an epoch.
    std::optional<EpochRecord> step();
    // Steps until the current epoch ends.
    EpochRecord runEpoch();
    // The state before any step or after the last epoch, measured now (grad norms of the epoch so far).
    EpochRecord measure() const;

    // Learning rate, batch size, L2 and momentum for the steps from now on; the weights stay.
    void setStepOptions(double learningRate, int batch, double l2, double momentum);

    int epoch() const { return m_epoch; }
    long long steps() const { return m_steps; }
    int stepsPerEpoch() const;
    const Network& network() const { return m_net; }
    const DataSet& data() const { return m_data; }
    const TrainOptions& options() const { return m_options; }

private:
    void shuffle();

    DataSet m_data;
    TrainOptions m_options;
    Network m_net;
    std::uint64_t m_shuffleState;
    std::vector<std::size_t> m_order;
    std::vector<Point> m_batch;
    std::size_t m_cursor = 0;
    int m_epoch = 0;
    long long m_steps = 0;
    int m_epochSteps = 0;
    std::vector<double> m_gradNormSum;
    Pass m_pass;
    mutable Pass m_measurePass;  // kept so measuring every epoch does not allocate
    Gradients m_grad;
    std::vector<double> m_velocityWeights;
    std::vector<double> m_velocityBiases;
};

// Loss and accuracy of the network on a set of points.
struct Score {
    double loss = 0.0;
    double accuracy = 0.0;
};
Score score(const Network& net, std::span<const Point> points);

// Hidden-layer diagnostics on `points` (gradient norms left at 0).
std::vector<LayerDiagnostics> diagnose(const Network& net, std::span<const Point> points);

// The network over a grid of the plane: nx × ny points from (x0, y0) to (x1, y1), row by row
// from y1 (top) down to y0, like an image. `output` receives σ(z) of the output unit; if `units`
// is given it receives every hidden unit's output, unit by unit (layer 1 first), each an nx × ny image.
void grid(const Network& net, double x0, double x1, double y0, double y1, int nx, int ny, std::vector<double>& output,
          std::vector<double>* units = nullptr);

// Backpropagation against central differences (a fourth-order stencil) of the mean loss on
// `points`, at every weight and bias. Points whose pre-activations lie within `margin` of one of
// the activation's kinks or jumps (or of 0 where f″ jumps, as in ELU and softsign) are left
// out, since no difference quotient is valid there. Returns max |a − n| / max(|a|, |n|, 10⁶·r)
// over every parameter, where r = 64·ε·max(1, loss)/h (h = 1e-3) is what the quotient can resolve:
// gradients too small to be resolved to 1e-6 are compared absolutely. ≤ 1e-6 is the contract.
// `checked` (if given) receives how many points were used.
double gradientCheck(const Network& net, std::span<const Point> points, double margin = 0.02, std::size_t* checked = nullptr);

}  // namespace al::train
