// SPDX-License-Identifier: MIT
#include "core/train/network.h"

#include "core/catalog.h"
#include "core/random.h"

#include <algorithm>
#include <cmath>

namespace al::train {

// The passes' loops run over the batch and vectorise; compiled also for AVX2 and AVX-512 and
// chosen when the program loads. Without FMA contraction (-ffp-contract=off) and without
// reassociation every version rounds alike; with the span kernels' AVX2 and AVX-512 versions
// also alike, results are bit-identical on every machine with AVX2.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && !defined(__SANITIZE_ADDRESS__)
#define AL_VECTOR_CLONES __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define AL_VECTOR_CLONES
#endif

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

const std::vector<std::string_view>& featureKeys()
{
    static const std::vector<std::string_view> keys{"x1", "x2", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2"};
    return keys;
}

bool featureNamed(std::string_view key, Feature& feature)
{
    const auto& keys = featureKeys();
    const auto it = std::find(keys.begin(), keys.end(), key);
    if (it == keys.end())
        return false;
    feature = static_cast<Feature>(it - keys.begin());
    return true;
}

double featureOf(Feature feature, const Point& p)
{
    switch (feature) {
    case Feature::X1:
        return p.x;
    case Feature::X2:
        return p.y;
    case Feature::X1Squared:
        return p.x * p.x;
    case Feature::X2Squared:
        return p.y * p.y;
    case Feature::X1X2:
        return p.x * p.y;
    case Feature::SinX1:
        return std::sin(p.x);
    case Feature::SinX2:
        return std::sin(p.y);
    }
    return 0.0;
}

Network::Network(Architecture architecture, Init init, double sigma, std::uint64_t seed) : m_arch(std::move(architecture))
{
    m_sizes.push_back(static_cast<int>(m_arch.features.size()));
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

AL_VECTOR_CLONES void Pass::forward(const Network& net, std::span<const Point> points)
{
    const int layers = net.layers();
    const auto& sizes = net.sizes();
    const auto& features = net.architecture().features;
    const std::size_t n = points.size();
    m_batch = n;
    m_input.resize(features.size() * n);
    for (std::size_t k = 0; k < features.size(); ++k) {
        double* column = m_input.data() + k * n;
        if (features[k] == Feature::X1)  // the common case, without the switch per point
            for (std::size_t s = 0; s < n; ++s)
                column[s] = points[s].x;
        else if (features[k] == Feature::X2)
            for (std::size_t s = 0; s < n; ++s)
                column[s] = points[s].y;
        else
            for (std::size_t s = 0; s < n; ++s)
                column[s] = featureOf(features[k], points[s]);
    }
    m_z.resize(static_cast<std::size_t>(layers));
    m_a.resize(static_cast<std::size_t>(layers));
    m_d.resize(static_cast<std::size_t>(layers));
    const Activation& f = *net.architecture().activation;
    const ParameterSpan params = net.architecture().parameters;
    for (int l = 0; l < layers; ++l) {
        const std::size_t in = static_cast<std::size_t>(sizes[static_cast<std::size_t>(l)]);
        const std::size_t out = static_cast<std::size_t>(sizes[static_cast<std::size_t>(l) + 1]);
        const double* x = (l == 0 ? m_input : m_a[static_cast<std::size_t>(l) - 1]).data();
        auto& z = m_z[static_cast<std::size_t>(l)];
        auto& a = m_a[static_cast<std::size_t>(l)];
        auto& d = m_d[static_cast<std::size_t>(l)];
        z.resize(n * out);
        a.resize(n * out);
        d.resize(n * out);
        const double* w = net.weights(l).data();
        const double* b = net.biases(l).data();
        for (std::size_t j = 0; j < out; ++j) {
            double* zj = z.data() + j * n;
            const double* row = w + j * in;
            std::fill(zj, zj + n, b[j]);
            for (std::size_t k = 0; k < in; ++k) {
                const double wk = row[k];
                const double* xk = x + k * n;
                for (std::size_t s = 0; s < n; ++s)
                    zj[s] += wk * xk[s];
            }
        }
        if (l + 1 < layers) {
            // One call per layer and batch: the catalog's span kernel, exact f and f′.
            f.evaluate(z, a, d, params);
        } else {
            static const Activation& sigmoid = *findActivation("sigmoid");
            sigmoid.evaluate(z, a, d, {});  // σ(z) without overflow, vectorised
        }
    }
}

double Pass::loss(std::span<const Point> points) const
{
    if (m_batch == 0)
        return 0.0;
    // Binary cross-entropy of a logit z: −[y log σ(z) + (1 − y) log(1 − σ(z))] is softplus(−z)
    // for label 1 and softplus(z) for label 0 — no overflow, no cancellation — computed by the
    // catalog's vectorised kernel.
    static const Activation& softplus = *findActivation("softplus");
    const auto& z = m_z.back();
    m_lossArgument.resize(m_batch);
    m_lossValue.resize(m_batch);
    m_lossSlope.resize(m_batch);
    for (std::size_t s = 0; s < m_batch; ++s)
        m_lossArgument[s] = points[s].label == 1 ? -z[s] : z[s];
    softplus.evaluate(m_lossArgument, m_lossValue, m_lossSlope, {});
    double sum = 0.0;
    for (double v : m_lossValue)
        sum += v;
    return sum / static_cast<double>(m_batch);
}

AL_VECTOR_CLONES void Pass::backward(const Network& net, std::span<const Point> points, Gradients& g)
{
    const int layers = net.layers();
    const auto& sizes = net.sizes();
    g.weights.resize(net.allWeights().size());
    g.biases.resize(net.allBiases().size());
    const std::size_t n = m_batch;
    if (n == 0) {
        std::fill(g.weights.begin(), g.weights.end(), 0.0);
        std::fill(g.biases.begin(), g.biases.end(), 0.0);
        return;
    }
    const double scale = 1.0 / static_cast<double>(n);
    // ∂loss/∂z at the output: (σ(z) − y) / batch for binary cross-entropy on a sigmoid.
    m_delta.resize(n);
    for (std::size_t s = 0; s < n; ++s)
        m_delta[s] = (m_a.back()[s] - points[s].label) * scale;
    std::size_t wOffset = g.weights.size();
    std::size_t bOffset = g.biases.size();
    for (int l = layers - 1; l >= 0; --l) {
        const std::size_t in = static_cast<std::size_t>(sizes[static_cast<std::size_t>(l)]);
        const std::size_t out = static_cast<std::size_t>(sizes[static_cast<std::size_t>(l) + 1]);
        wOffset -= in * out;
        bOffset -= out;
        const double* x = (l == 0 ? m_input : m_a[static_cast<std::size_t>(l) - 1]).data();
        double* gw = g.weights.data() + wOffset;
        double* gb = g.biases.data() + bOffset;
        // Sums over the batch in sample order: ∂/∂b = Σ δ, ∂/∂w = Σ δ·x. The sample loop is
        // outside so the sums of one unit's weights are independent chains, not one long chain.
        std::fill(gw, gw + in * out, 0.0);
        std::fill(gb, gb + out, 0.0);
        for (std::size_t j = 0; j < out; ++j) {
            const double* dj = m_delta.data() + j * n;
            double* row = gw + j * in;
            for (std::size_t s = 0; s < n; ++s) {
                const double delta = dj[s];
                gb[j] += delta;
                for (std::size_t k = 0; k < in; ++k)
                    row[k] += delta * x[k * n + s];
            }
        }
        if (l == 0)
            break;
        // Through the weights (summed over the units j in order), then through f′ of the layer below.
        const double* w = net.weights(l).data();
        const auto& dPrev = m_d[static_cast<std::size_t>(l) - 1];
        m_deltaPrev.assign(n * in, 0.0);
        for (std::size_t j = 0; j < out; ++j) {
            const double* dj = m_delta.data() + j * n;
            for (std::size_t k = 0; k < in; ++k) {
                const double wjk = w[j * in + k];
                double* pk = m_deltaPrev.data() + k * n;
                for (std::size_t s = 0; s < n; ++s)
                    pk[s] += dj[s] * wjk;
            }
        }
        for (std::size_t i = 0; i < n * in; ++i)
            m_deltaPrev[i] *= dPrev[i];
        std::swap(m_delta, m_deltaPrev);
    }
}

}  // namespace al::train
