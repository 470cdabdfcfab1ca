// SPDX-License-Identifier: MIT
#pragma once

#include "core/activation.h"
#include "core/train/dataset.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace al::train {

inline constexpr int kMaxHiddenLayers = 6;
inline constexpr int kMaxUnits = 16;

// What the network sees of a point: the coordinates, optionally Playground's extra features.
enum class Feature { X1, X2, X1Squared, X2Squared, X1X2, SinX1, SinX2 };
// "x1", "x2", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2", in the order of Feature.
const std::vector<std::string_view>& featureKeys();
bool featureNamed(std::string_view key, Feature& feature);
double featureOf(Feature feature, const Point& p);

enum class Init { Uniform, Normal, Xavier, XavierUniform, He, Zeros };
// "uniform" U(−0.5, 0.5), "normal" N(0, σ²), "xavier" (normal), "xavier_uniform", "he", "zeros".
const std::vector<std::string_view>& initKeys();
bool initNamed(std::string_view key, Init& init);

struct Architecture {
    std::vector<int> hidden{8, 8};  // units per hidden layer, nearest the input first
    const Activation* activation = nullptr;
    ParameterValues parameters;     // the activation's, in catalog order
    std::vector<Feature> features{Feature::X1, Feature::X2};  // the inputs, at least one
};

// A small fully connected network: its input features → hidden layers → one sigmoid output unit, trained
// with binary cross-entropy. Plain data: weights and biases in flat vectors, one block per
// layer; layer l's weights are a (units × inputs) row-major matrix.
class Network {
public:
    Network(Architecture architecture, Init init, double sigma, std::uint64_t seed);

    const Architecture& architecture() const { return m_arch; }
    int hiddenLayers() const { return static_cast<int>(m_arch.hidden.size()); }
    // Sizes of every layer, inputs first, output last: {2, 8, 8, 1}.
    const std::vector<int>& sizes() const { return m_sizes; }
    int layers() const { return static_cast<int>(m_sizes.size()) - 1; }  // weight layers

    std::span<double> weights(int layer) { return {m_weights.data() + m_weightOffset[static_cast<std::size_t>(layer)], weightCount(layer)}; }
    std::span<const double> weights(int layer) const { return {m_weights.data() + m_weightOffset[static_cast<std::size_t>(layer)], weightCount(layer)}; }
    std::span<double> biases(int layer) { return {m_biases.data() + m_biasOffset[static_cast<std::size_t>(layer)], biasCount(layer)}; }
    std::span<const double> biases(int layer) const { return {m_biases.data() + m_biasOffset[static_cast<std::size_t>(layer)], biasCount(layer)}; }
    // Every weight then every bias, for the gradient check and for comparing runs bit by bit.
    std::vector<double>& allWeights() { return m_weights; }
    std::vector<double>& allBiases() { return m_biases; }
    const std::vector<double>& allWeights() const { return m_weights; }
    const std::vector<double>& allBiases() const { return m_biases; }

private:
    std::size_t weightCount(int layer) const { return static_cast<std::size_t>(m_sizes[static_cast<std::size_t>(layer)] * m_sizes[static_cast<std::size_t>(layer) + 1]); }
    std::size_t biasCount(int layer) const { return static_cast<std::size_t>(m_sizes[static_cast<std::size_t>(layer) + 1]); }

    Architecture m_arch;
    std::vector<int> m_sizes;
    std::vector<double> m_weights;
    std::vector<double> m_biases;
    std::vector<std::size_t> m_weightOffset;
    std::vector<std::size_t> m_biasOffset;
};

// Gradients with the network's shape.
struct Gradients {
    std::vector<double> weights;
    std::vector<double> biases;
};

// One forward pass over a batch, kept for the backward pass and for drawing: for every weight
// layer l, z[l] and a[l] are (units × batch) row-major — one unit's values over the batch are
// contiguous, so the inner loops run over the batch and vectorise, and a unit's picture over the
// plane is one block; d[l] = f′(z[l]) for hidden layers. The output layer's a is the probability.
// Every z is b + Σₖ wₖ·xₖ summed in k order, whatever the batch, so a point's outputs do not
// depend on the other points of its batch.
class Pass {
public:
    // Runs the network on `points` (labels unused).
    void forward(const Network& net, std::span<const Point> points);
    // Mean binary cross-entropy of the last forward pass against the points' labels.
    double loss(std::span<const Point> points) const;
    // ∂(mean loss)/∂(weights, biases) for the last forward pass; `g` is resized and overwritten.
    void backward(const Network& net, std::span<const Point> points, Gradients& g);

    std::size_t batch() const { return m_batch; }
    // Outputs of weight layer l (l = hiddenLayers() is the output probability).
    std::span<const double> activations(int layer) const { return m_a[static_cast<std::size_t>(layer)]; }
    std::span<const double> derivatives(int layer) const { return m_d[static_cast<std::size_t>(layer)]; }
    std::span<const double> preActivations(int layer) const { return m_z[static_cast<std::size_t>(layer)]; }
    std::span<const double> logits() const { return m_z.back(); }

private:
    std::size_t m_batch = 0;
    std::vector<double> m_input;
    std::vector<std::vector<double>> m_z;
    std::vector<std::vector<double>> m_a;
    std::vector<std::vector<double>> m_d;
    std::vector<double> m_delta;
    std::vector<double> m_deltaPrev;
    mutable std::vector<double> m_lossArgument;  // scratch of loss()
    mutable std::vector<double> m_lossValue;
    mutable std::vector<double> m_lossSlope;
};

}  // namespace al::train
