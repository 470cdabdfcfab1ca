// SPDX-License-Identifier: MIT
#include "core/train/network.h"

#include "core/random.h"

#include <algorithm>
#include <cmath>

namespace al::train {

namespace {

constexpr std::uint64_t kInitStream = 0x1417ULL << 32;

double initialWeight(Random& r, Init init, double sigma, int fanIn, int fanOut)
{
    const double in = fanIn;
    const double out = fanOut;
    switch (init) {
    case Init::Uniform:
        return r.uniform() - 0.5;
    case Init::Normal:
        return sigma * r.normal();
    case Init::Xavier:
        return std::sqrt(2.0 / (in + out)) * r.normal();
    case Init::XavierUniform:
        return std::sqrt(6.0 / (in + out)) * (2.0 * r.uniform() - 1.0);
    case Init::He:
        return std::sqrt(2.0 / in) * r.normal();
    case Init::Zeros:
        return 0.0;
    }
    return 0.0;
}

}  // namespace

const std::vector<std::string_view>& initKeys()
{
    static const std::vector<std::string_view> keys{"uniform", "normal", "xavier", "xavier_uniform", "he", "zeros"};
    return keys;
}

bool initNamed(std::string_view key, Init& init)
{
    const auto& keys = initKeys();
    const auto it = std::find(keys.begin(), keys.end(), key);
    if (it == keys.end())
        return false;
    init = static_cast<Init>(it - keys.begin());
    return true;
}

double probability(double z)
{
    if (z >= 0)
        return 1.0 / (1.0 + std::exp(-z));
    const double e = std::exp(z);
    return e / (1.0 + e);
}

double logitLoss(double z, int label)
{
    // −[y log σ(z) + (1 − y) log(1 − σ(z))] = max(z, 0) − y·z + log(1 + e^−|z|)
    return std::max(z, 0.0) - (label == 1 ? z : 0.0) + std::log1p(std::exp(-std::abs(z)));
}

Network::Network(Architecture architecture, Init init, double sigma, std::uint64_t seed) : m_arch(std::move(architecture))
{
    m_sizes.push_back(kInputs);
    m_sizes.insert(m_sizes.end(), m_arch.hidden.begin(), m_arch.hidden.end());
    m_sizes.push_back(1);
    Random r(seed ^ kInitStream);
    for (int l = 0; l < layers(); ++l) {
        m_weightOffset.push_back(m_weights.size());
        m_biasOffset.push_back(m_biases.size());
        const int fanIn = m_sizes[static_cast<std::size_t>(l)];
        const int fanOut = m_sizes[static_cast<std::size_t>(l) + 1];
        for (int i = 0; i < fanIn * fanOut; ++i)
            m_weights.push_back(initialWeight(r, init, sigma, fanIn, fanOut));
        m_biases.insert(m_biases.end(), static_cast<std::size_t>(fanOut), 0.0);
    }
}

void Pass::forward(const Network& net, std::span<const Point> points)
{
    const int layers = net.layers();
    const auto& sizes = net.sizes();
    m_batch = points.size();
    m_input.resize(m_batch * kInputs);
    for (std::size_t i = 0; i < m_batch; ++i) {
        m_input[2 * i] = points[i].x;
        m_input[2 * i + 1] = points[i].y;
    }
    m_z.resize(static_cast<std::size_t>(layers));
    m_a.resize(static_cast<std::size_t>(layers));
    m_d.resize(static_cast<std::size_t>(layers));
    const Activation& f = *net.architecture().activation;
    const ParameterSpan params = net.architecture().parameters;
    for (int l = 0; l < layers; ++l) {
        const std::size_t in = static_cast<std::size_t>(sizes[static_cast<std::size_t>(l)]);
        const std::size_t out = static_cast<std::size_t>(sizes[static_cast<std::size_t>(l) + 1]);
        const std::vector<double>& prev = l == 0 ? m_input : m_a[static_cast<std::size_t>(l) - 1];
        auto& z = m_z[static_cast<std::size_t>(l)];
        auto& a = m_a[static_cast<std::size_t>(l)];
        auto& d = m_d[static_cast<std::size_t>(l)];
        z.resize(m_batch * out);
        a.resize(m_batch * out);
        d.resize(m_batch * out);
        const auto w = net.weights(l);
        const auto b = net.biases(l);
        for (std::size_t s = 0; s < m_batch; ++s) {
            const double* x = prev.data() + s * in;
            for (std::size_t j = 0; j < out; ++j) {
                const double* row = w.data() + j * in;
                double sum = b[j];
                for (std::size_t k = 0; k < in; ++k)
                    sum += row[k] * x[k];
                z[s * out + j] = sum;
            }
        }
        if (l + 1 < layers) {
            // One call per layer and batch: the catalog's span kernel, exact f and f′.
            f.evaluate(z, a, d, params);
        } else {
            for (std::size_t s = 0; s < m_batch; ++s) {
                a[s] = probability(z[s]);
                d[s] = a[s] * (1.0 - a[s]);
            }
        }
    }
}

double Pass::loss(std::span<const Point> points) const
{
    double sum = 0.0;
    const auto& z = m_z.back();
    for (std::size_t s = 0; s < m_batch; ++s)
        sum += logitLoss(z[s], points[s].label);
    return m_batch == 0 ? 0.0 : sum / static_cast<double>(m_batch);
}

void Pass::backward(const Network& net, std::span<const Point> points, Gradients& g)
{
    const int layers = net.layers();
    const auto& sizes = net.sizes();
    g.weights.assign(net.allWeights().size(), 0.0);
    g.biases.assign(net.allBiases().size(), 0.0);
    if (m_batch == 0)
        return;
    const double scale = 1.0 / static_cast<double>(m_batch);
    // ∂loss/∂z at the output: (σ(z) − y) / batch for binary cross-entropy on a sigmoid.
    m_delta.resize(m_batch);
    for (std::size_t s = 0; s < m_batch; ++s)
        m_delta[s] = (m_a.back()[s] - points[s].label) * scale;
    std::size_t wOffset = g.weights.size();
    std::size_t bOffset = g.biases.size();
    for (int l = layers - 1; l >= 0; --l) {
        const std::size_t in = static_cast<std::size_t>(sizes[static_cast<std::size_t>(l)]);
        const std::size_t out = static_cast<std::size_t>(sizes[static_cast<std::size_t>(l) + 1]);
        wOffset -= in * out;
        bOffset -= out;
        const std::vector<double>& prev = l == 0 ? m_input : m_a[static_cast<std::size_t>(l) - 1];
        double* gw = g.weights.data() + wOffset;
        double* gb = g.biases.data() + bOffset;
        for (std::size_t s = 0; s < m_batch; ++s) {
            const double* x = prev.data() + s * in;
            for (std::size_t j = 0; j < out; ++j) {
                const double delta = m_delta[s * out + j];
                gb[j] += delta;
                double* row = gw + j * in;
                for (std::size_t k = 0; k < in; ++k)
                    row[k] += delta * x[k];
            }
        }
        if (l == 0)
            break;
        // Through the weights, then through f′ of the layer below.
        const auto w = net.weights(l);
        const auto& dPrev = m_d[static_cast<std::size_t>(l) - 1];
        m_deltaPrev.assign(m_batch * in, 0.0);
        for (std::size_t s = 0; s < m_batch; ++s) {
            for (std::size_t j = 0; j < out; ++j) {
                const double delta = m_delta[s * out + j];
                const double* row = w.data() + j * in;
                for (std::size_t k = 0; k < in; ++k)
                    m_deltaPrev[s * in + k] += delta * row[k];
            }
            for (std::size_t k = 0; k < in; ++k)
                m_deltaPrev[s * in + k] *= dPrev[s * in + k];
        }
        std::swap(m_delta, m_deltaPrev);
    }
}

}  // namespace al::train
