// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <vector>

namespace al {

// One neuron's weighted sum z = Σ wᵢ·xᵢ + b with 1 to 8 inputs.
class Neuron {
public:
    static constexpr std::size_t kMinInputs = 1;
    static constexpr std::size_t kMaxInputs = 8;

    Neuron();  // the default neuron of the app: two inputs
    Neuron(std::vector<double> inputs, std::vector<double> weights, double bias);

    std::size_t inputCount() const { return m_inputs.size(); }
    // Keeps existing inputs and weights; new ones start at x = 1, w = 0 so z does not jump.
    void setInputCount(std::size_t count);

    double input(std::size_t i) const { return m_inputs.at(i); }
    double weight(std::size_t i) const { return m_weights.at(i); }
    double bias() const { return m_bias; }
    const std::vector<double>& inputs() const { return m_inputs; }
    const std::vector<double>& weights() const { return m_weights; }

    void setInput(std::size_t i, double x) { m_inputs.at(i) = x; }
    void setWeight(std::size_t i, double w) { m_weights.at(i) = w; }
    void setBias(double b) { m_bias = b; }

    // Σ wᵢ·xᵢ + b, with the products summed in input order (what the read-out writes out).
    double z() const;

    friend bool operator==(const Neuron&, const Neuron&) = default;

private:
    std::vector<double> m_inputs;
    std::vector<double> m_weights;
    double m_bias = 0.0;
};

}  // namespace al
