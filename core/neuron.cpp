// SPDX-License-Identifier: MIT
#include "core/neuron.h"

#include <algorithm>
#include <stdexcept>

namespace al {

Neuron::Neuron() : Neuron({1.2, 2.0}, {0.5, -0.3}, 0.1) {}

Neuron::Neuron(std::vector<double> inputs, std::vector<double> weights, double bias)
    : m_inputs(std::move(inputs)), m_weights(std::move(weights)), m_bias(bias)
{
    if (m_inputs.size() != m_weights.size() || m_inputs.size() < kMinInputs || m_inputs.size() > kMaxInputs)
        throw std::invalid_argument("a neuron needs 1 to 8 inputs and as many weights");
}

void Neuron::setInputCount(std::size_t count)
{
    count = std::clamp(count, kMinInputs, kMaxInputs);
    m_inputs.resize(count, 1.0);
    m_weights.resize(count, 0.0);
}

double Neuron::z() const
{
    double sum = 0.0;
    for (std::size_t i = 0; i < m_inputs.size(); ++i)
        sum += m_weights[i] * m_inputs[i];
    return sum + m_bias;
}

}  // namespace al
