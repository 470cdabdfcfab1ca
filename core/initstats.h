// SPDX-License-Identifier: MIT
#pragma once

#include "core/activation.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace al {

// How the weights of a layer with `fanIn` inputs and `fanOut` outputs are drawn.
enum class InitScheme {
    Normal,         // N(0, σ²), σ given
    Uniform,        // uniform(−a, a), a given
    Xavier,         // Glorot normal: N(0, 2/(fanIn + fanOut))
    XavierUniform,  // Glorot uniform: a = √(6/(fanIn + fanOut))
    He,             // N(0, 2/fanIn)
    LeCun,          // N(0, 1/fanIn)
};

// Stable keys, as the command line and the scenario files spell them.
const std::vector<std::string_view>& initSchemeKeys();
std::optional<InitScheme> initSchemeNamed(std::string_view key);
std::string_view keyOf(InitScheme scheme);
// True for the schemes that draw from a uniform distribution.
bool isUniform(InitScheme scheme);
// The standard deviation of the weights the scheme draws; `scale` is σ (Normal) or a (Uniform)
// and is ignored by the others.
double weightStd(InitScheme scheme, double scale, int fanIn, int fanOut);

// One experiment: `layers` fully connected layers of `width` units each, fed `samples` inputs
// drawn from N(0, 1); z = a·W + b, a = f(z), with W drawn by the scheme and every bias = `bias`.
struct InitSetup {
    const Activation* activation = nullptr;
    ParameterValues parameters;
    InitScheme scheme = InitScheme::Normal;
    double scale = 0.01;
    int layers = 10;
    int width = 500;
    int samples = 1000;
    std::uint64_t seed = 1;
    double bias = 0.0;
    double epsilon = 0.01;  // saturated: |f′(z)| < ε
    int bins = 40;          // histogram bins per layer
    bool backward = true;
};

inline constexpr double kNoPrediction = std::numeric_limits<double>::quiet_NaN();

// What one layer looks like before any training (layer 1 is nearest the input).
struct LayerStatistics {
    double mean = 0.0;       // of the activations a = f(z), over every sample and unit
    double std = 0.0;
    double saturated = 0.0;  // share of (sample, unit) pairs with |f′(z)| < ε
    double dead = 0.0;       // share of units with f(z) = 0 and f′(z) = 0 on every sample
    double gradStd = kNoPrediction;        // std of ∂L/∂a (a gradient of N(0, 1) pushed from the top)
    double weightGradStd = kNoPrediction;  // std of ∂L/∂W (L the mean over the samples)
    double predictedStd = kNoPrediction;   // closed form, where one exists (linear, ReLU family, b = 0)
    double predictedGradStd = kNoPrediction;
    // Counts of the activations in equal bins over [histogramLo, histogramHi] (the same range
    // for every layer of a run); values outside are counted in `outside`.
    std::vector<int> histogram;
    double histogramLo = 0.0;
    double histogramHi = 1.0;
    double outside = 0.0;  // share of activations outside the histogram's range
};

struct InitStatistics {
    std::vector<LayerStatistics> layers;  // those computed so far
    int backwardSamples = 0;              // samples the backward pass used (fewer when memory demands)
    bool forwardDone = false;
    bool backwardDone = false;
};

// The experiment's random numbers, kept between runs: dragging σ or choosing another function
// reuses the same draws instead of drawing millions of numbers again. Every layer's weights,
// the inputs and the top gradient come from their own streams of the seed, so layer k's weights
// do not depend on the depth, and fewer samples are the first rows of more.
class InitDraws {
public:
    // Standard draws (N(0, 1) or uniform(−1, 1)) of layer `layer` (from 0), width × width.
    const std::vector<float>& weights(std::uint64_t seed, int width, bool uniform, int layer);
    // `samples` × `width` standard normal inputs, and the same shape of top gradients.
    const std::vector<float>& inputs(std::uint64_t seed, int width, int samples);
    const std::vector<float>& topGradient(std::uint64_t seed, int width, int samples);

    // How many weights are kept now (floats).
    std::size_t heldWeights() const;

    // Weights kept at most (floats, 64 MB); deeper layers beyond it are drawn again when needed.
    static constexpr std::size_t kBudget = std::size_t{16} << 20;

private:
    struct Key {
        std::uint64_t seed = 0;
        int width = 0;
        bool uniform = false;
        friend bool operator==(const Key&, const Key&) = default;
    };
    void reset(const Key& key);
    Key m_key{~std::uint64_t{0}, 0, false};
    std::vector<std::vector<float>> m_layers;
    std::vector<float> m_scratch;  // a layer beyond the budget
    std::vector<float> m_inputs;
    std::vector<float> m_gradient;
    std::uint64_t m_inputSeed = ~std::uint64_t{0};
    int m_inputWidth = 0;
    std::uint64_t m_gradientSeed = ~std::uint64_t{0};
    int m_gradientWidth = 0;
};

// Called after every layer of the forward pass and once when the backward pass is done, with
// the statistics so far; returning false stops the run (a newer setting made it stale).
using InitProgress = std::function<bool(const InitStatistics&)>;

// Runs the experiment. `draws` may be null (then it draws afresh). Deterministic for a setup.
InitStatistics runInitExperiment(const InitSetup& setup, InitDraws* draws = nullptr, const InitProgress& progress = {});

// The sample count for a quick preview (while a slider is dragged): as many of `setup.samples`
// as fit a fixed amount of arithmetic, at least 16 — the first rows of the full run's inputs.
int previewSamples(const InitSetup& setup);

// Draws `count` weights of the scheme into `out` from core's generator (what the experiment uses,
// exposed so that tests can check every scheme's variance against its definition).
std::vector<double> drawWeights(InitScheme scheme, double scale, int fanIn, int fanOut, std::size_t count, std::uint64_t seed);

// The CSV of the command line: layer,mean,std,saturated,dead,grad_std, numbers round-trip.
std::string initStatisticsCsv(const InitStatistics& statistics);

}  // namespace al
