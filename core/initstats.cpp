// SPDX-License-Identifier: MIT
#include "core/initstats.h"

#include "core/initgemm.h"
#include "core/numbers.h"
#include "core/random.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

namespace al {

namespace {

constexpr std::string_view kSchemeKeys[] = {"normal", "uniform", "xavier", "xavier_uniform", "he", "lecun"};
// The backward pass keeps every layer's f(z) and f′(z); beyond this many floats (32 MB) it uses
// fewer samples (the default experiment keeps all of its 1,000).
constexpr std::size_t kBackwardBudget = std::size_t{8} << 20;

// Independent streams of one seed: the inputs, the top gradient, each layer's weights.
enum Stream : std::uint64_t { kInputs = 1, kGradient = 2, kFirstLayer = 16 };

Random streamOf(std::uint64_t seed, std::uint64_t stream)
{
    Random mixer(seed ^ (0xd1b54a32d192ed03ULL * (stream + 1)));
    return Random(mixer.next());
}

void fillNormal(std::vector<float>& out, std::size_t count, Random random)
{
    out.resize(count);
    for (float& v : out)
        v = static_cast<float>(random.normal());
}

void fillUniform(std::vector<float>& out, std::size_t count, Random random)
{
    out.resize(count);
    for (float& v : out)
        v = static_cast<float>(2.0 * random.uniform() - 1.0);
}

// For weights: the factor that turns a standard draw into the scheme's weight.
double drawFactor(InitScheme scheme, double scale, int fanIn, int fanOut)
{
    switch (scheme) {
    case InitScheme::Uniform:
        return scale;
    case InitScheme::XavierUniform:
        return std::sqrt(6.0 / (fanIn + fanOut));
    default:
        return weightStd(scheme, scale, fanIn, fanOut);
    }
}

// The closed forms, per layer from the input (1-based `layer`): the variance of z after one
// layer is n·σ_w²·E[a²]; for f(z) = c·z and the ReLU family (slope α left of 0) E[a²] and
// E[f′²] follow from z ~ N(0, s²). None with a bias (z is then not centred).
void predict(const InitSetup& s, std::vector<LayerStatistics>& layers)
{
    const std::string_view key = s.activation->key;
    const double gain = s.width * std::pow(weightStd(s.scheme, s.scale, s.width, s.width), 2);
    if (s.bias != 0.0)
        return;
    const int count = static_cast<int>(layers.size());
    if (key == "linear") {
        const double c = s.parameters.empty() ? 1.0 : s.parameters[0];
        const double h = c * c * gain;
        for (int l = 1; l <= count; ++l) {
            layers[static_cast<std::size_t>(l - 1)].predictedStd = std::pow(h, 0.5 * l);
            layers[static_cast<std::size_t>(l - 1)].predictedGradStd = std::pow(h, 0.5 * (s.layers - l));
        }
        return;
    }
    if (key != "relu" && key != "leaky_relu" && key != "prelu")
        return;
    const double alpha = key == "relu" ? 0.0 : s.parameters[0];
    const double meanSquare = (1.0 + alpha * alpha) / 2.0;                                   // E[a²]/s²
    const double variance = meanSquare - (1.0 - alpha) * (1.0 - alpha) / (2.0 * std::numbers::pi);  // Var a/s²
    const double h = gain * meanSquare;  // also n·σ_w²·E[f′²]
    double s2 = gain;                    // Var z of layer 1: inputs have E[x²] = 1
    for (int l = 1; l <= count; ++l) {
        layers[static_cast<std::size_t>(l - 1)].predictedStd = std::sqrt(s2 * variance);
        layers[static_cast<std::size_t>(l - 1)].predictedGradStd = std::pow(h, 0.5 * (s.layers - l));
        s2 *= h;
    }
}

// Sums with eight running totals: one chain of additions would wait on each addition's latency.
template <typename F>
double laneSum(const float* v, std::size_t count, F term)
{
    double lane[8] = {};
    std::size_t i = 0;
    for (; i + 8 <= count; i += 8)
        for (std::size_t k = 0; k < 8; ++k)
            lane[k] += term(static_cast<double>(v[i + k]));
    for (; i < count; ++i)
        lane[0] += term(static_cast<double>(v[i]));
    return ((lane[0] + lane[1]) + (lane[2] + lane[3])) + ((lane[4] + lane[5]) + (lane[6] + lane[7]));
}

double meanOf(const std::vector<float>& v)
{
    return v.empty() ? 0.0 : laneSum(v.data(), v.size(), [](double x) { return x; }) / static_cast<double>(v.size());
}

double spreadAround(const std::vector<float>& v, double mean)
{
    return v.empty() ? 0.0 : std::sqrt(laneSum(v.data(), v.size(), [mean](double x) { return (x - mean) * (x - mean); }) / static_cast<double>(v.size()));
}

double standardDeviation(const std::vector<float>& v)
{
    return spreadAround(v, meanOf(v));
}

}  // namespace

const std::vector<std::string_view>& initSchemeKeys()
{
    static const std::vector<std::string_view> keys(std::begin(kSchemeKeys), std::end(kSchemeKeys));
    return keys;
}

std::optional<InitScheme> initSchemeNamed(std::string_view key)
{
    for (std::size_t i = 0; i < std::size(kSchemeKeys); ++i)
        if (kSchemeKeys[i] == key)
            return static_cast<InitScheme>(i);
    return std::nullopt;
}

std::string_view keyOf(InitScheme scheme)
{
    return kSchemeKeys[static_cast<std::size_t>(scheme)];
}

bool isUniform(InitScheme scheme)
{
    return scheme == InitScheme::Uniform || scheme == InitScheme::XavierUniform;
}

double weightStd(InitScheme scheme, double scale, int fanIn, int fanOut)
{
    switch (scheme) {
    case InitScheme::Normal:
        return scale;
    case InitScheme::Uniform:
        return scale / std::sqrt(3.0);
    case InitScheme::Xavier:
    case InitScheme::XavierUniform:
        return std::sqrt(2.0 / (fanIn + fanOut));
    case InitScheme::He:
        return std::sqrt(2.0 / fanIn);
    case InitScheme::LeCun:
        return std::sqrt(1.0 / fanIn);
    }
    return scale;
}

std::vector<double> drawWeights(InitScheme scheme, double scale, int fanIn, int fanOut, std::size_t count, std::uint64_t seed)
{
    Random random(seed);
    const double factor = drawFactor(scheme, scale, fanIn, fanOut);
    std::vector<double> w(count);
    for (double& x : w)
        x = factor * (isUniform(scheme) ? 2.0 * random.uniform() - 1.0 : random.normal());
    return w;
}

std::size_t InitDraws::heldWeights() const
{
    std::size_t held = 0;
    for (const auto& layer : m_layers)
        held += layer.size();
    return held;
}

void InitDraws::reset(const Key& key)
{
    m_key = key;
    m_layers.clear();
}

const std::vector<float>& InitDraws::weights(std::uint64_t seed, int width, bool uniform, int layer)
{
    const Key key{seed, width, uniform};
    if (!(key == m_key))
        reset(key);
    const auto count = static_cast<std::size_t>(width) * static_cast<std::size_t>(width);
    const bool kept = count * (static_cast<std::size_t>(layer) + 1) <= kBudget;
    if (kept && m_layers.size() <= static_cast<std::size_t>(layer))
        m_layers.resize(static_cast<std::size_t>(layer) + 1);
    std::vector<float>& w = kept ? m_layers[static_cast<std::size_t>(layer)] : m_scratch;
    if (!kept)
        w.clear();
    if (w.size() != count) {
        const Random stream = streamOf(seed, kFirstLayer + static_cast<std::uint64_t>(layer));
        uniform ? fillUniform(w, count, stream) : fillNormal(w, count, stream);
    }
    return w;
}

const std::vector<float>& InitDraws::inputs(std::uint64_t seed, int width, int samples)
{
    const auto count = static_cast<std::size_t>(samples) * static_cast<std::size_t>(width);
    if (seed != m_inputSeed || width != m_inputWidth || m_inputs.size() < count) {
        fillNormal(m_inputs, count, streamOf(seed, kInputs));
        m_inputSeed = seed;
        m_inputWidth = width;
    }
    return m_inputs;
}

const std::vector<float>& InitDraws::topGradient(std::uint64_t seed, int width, int samples)
{
    const auto count = static_cast<std::size_t>(samples) * static_cast<std::size_t>(width);
    if (seed != m_gradientSeed || width != m_gradientWidth || m_gradient.size() < count) {
        fillNormal(m_gradient, count, streamOf(seed, kGradient));
        m_gradientSeed = seed;
        m_gradientWidth = width;
    }
    return m_gradient;
}

InitStatistics runInitExperiment(const InitSetup& s, InitDraws* draws, const InitProgress& progress)
{
    InitDraws own;
    InitDraws& d = draws ? *draws : own;
    const int n = s.width;
    const int m = s.samples;
    const auto un = static_cast<std::size_t>(n);
    const auto count = static_cast<std::size_t>(m) * un;
    const int layers = s.layers;
    const ParameterSpan p(s.parameters);
    const bool uniform = isUniform(s.scheme);
    const auto factor = static_cast<float>(drawFactor(s.scheme, s.scale, n, n));

    InitStatistics out;
    out.layers.reserve(static_cast<std::size_t>(layers));
    // The backward pass needs every layer's f(z) and f′(z): kept for the first samples only when
    // all of them would not fit the budget (rows are independent, so that is a smaller batch).
    const std::size_t perSample = 2 * static_cast<std::size_t>(layers) * un;
    const int backwardSamples =
        s.backward ? static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(m), std::max<std::size_t>(1, kBackwardBudget / perSample))) : 0;
    out.backwardSamples = backwardSamples;
    const std::size_t kept = static_cast<std::size_t>(backwardSamples) * un;
    std::vector<std::vector<float>> activations(s.backward ? static_cast<std::size_t>(layers) : 0);
    std::vector<std::vector<float>> slopes(activations.size());

    const std::vector<float>& inputs = d.inputs(s.seed, n, m);
    std::vector<float> a(inputs.begin(), inputs.begin() + static_cast<std::ptrdiff_t>(count));
    std::vector<float> z(count);
    std::vector<float> w(un * un);
    std::vector<double> zRow(un), fRow(un), dfRow(un);
    std::vector<char> alive(un);
    const OutputRange range = s.activation->range(p);

    for (int l = 0; l < layers; ++l) {
        const std::vector<float>& draw = d.weights(s.seed, n, uniform, l);
        for (std::size_t i = 0; i < w.size(); ++i)
            w[i] = factor * draw[i];
        initgemm::multiply(a.data(), w.data(), z.data(), m, n, n);
        std::vector<float>* slope = nullptr;
        if (s.backward) {
            slope = &slopes[static_cast<std::size_t>(l)];
            slope->resize(kept);
        }

        LayerStatistics st;
        std::fill(alive.begin(), alive.end(), 0);
        std::size_t saturated = 0;
        for (int r = 0; r < m; ++r) {
            const std::size_t at = static_cast<std::size_t>(r) * un;
            const float* zr = z.data() + at;
            for (std::size_t j = 0; j < un; ++j)
                zRow[j] = static_cast<double>(zr[j]) + s.bias;
            s.activation->evaluate(zRow, fRow, dfRow, p);
            float* ar = a.data() + at;
            for (std::size_t j = 0; j < un; ++j) {
                ar[j] = static_cast<float>(fRow[j]);
                saturated += std::abs(dfRow[j]) < s.epsilon ? 1 : 0;
                alive[j] |= static_cast<char>(fRow[j] != 0.0 || dfRow[j] != 0.0);
            }
            if (slope && at < kept)
                for (std::size_t j = 0; j < un; ++j)
                    (*slope)[at + j] = static_cast<float>(dfRow[j]);
        }
        if (s.backward)
            activations[static_cast<std::size_t>(l)].assign(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(kept));
        st.mean = meanOf(a);
        st.saturated = static_cast<double>(saturated) / static_cast<double>(count);
        st.dead = static_cast<double>(std::count(alive.begin(), alive.end(), 0)) / static_cast<double>(n);

        // The spread, and the histogram in one range for the whole run: the function's bounded
        // range, else the first layer's mean ± 4 standard deviations.
        if (l == 0) {
            const double spread = spreadAround(a, st.mean);
            double lo = std::isfinite(range.lo) ? range.lo : st.mean - 4.0 * spread;
            double hi = std::isfinite(range.hi) ? range.hi : st.mean + 4.0 * spread;
            if (!(hi - lo > 1e-12)) {
                lo = st.mean - 1.0;
                hi = st.mean + 1.0;
            }
            st.histogramLo = lo;
            st.histogramHi = hi;
        } else {
            st.histogramLo = out.layers.front().histogramLo;
            st.histogramHi = out.layers.front().histogramHi;
        }
        st.histogram.assign(static_cast<std::size_t>(s.bins), 0);
        const double scale = s.bins / (st.histogramHi - st.histogramLo);
        std::size_t outside = 0;
        for (float v : a) {
            const double x = (v - st.histogramLo) * scale;
            if (!(x >= 0.0) || x > s.bins) {
                ++outside;
                continue;
            }
            ++st.histogram[static_cast<std::size_t>(std::min(static_cast<int>(x), s.bins - 1))];
        }
        st.std = spreadAround(a, st.mean);
        st.outside = static_cast<double>(outside) / static_cast<double>(count);
        out.layers.push_back(std::move(st));
        if (l + 1 == layers) {
            out.forwardDone = true;
            predict(s, out.layers);
        }
        if (progress && !progress(out))
            return out;
    }
    if (!s.backward)
        return out;

    // Backward: ∂L/∂a of the top layer is N(0, 1); δ = ∂L/∂a ⊙ f′(z); ∂L/∂W = aᵀ·δ / m;
    // ∂L/∂a one layer down = δ·Wᵀ.
    const int mb = backwardSamples;
    const std::vector<float>& top = d.topGradient(s.seed, n, mb);
    std::vector<float> g(top.begin(), top.begin() + static_cast<std::ptrdiff_t>(kept));
    std::vector<float> delta(kept), gw(un * un);
    for (int l = layers - 1; l >= 0; --l) {
        LayerStatistics& st = out.layers[static_cast<std::size_t>(l)];
        st.gradStd = standardDeviation(g);
        const std::vector<float>& slope = slopes[static_cast<std::size_t>(l)];
        for (std::size_t i = 0; i < kept; ++i)
            delta[i] = g[i] * slope[i];
        // The layer's input: the layer below's f(z), or the inputs.
        const float* below = l == 0 ? inputs.data() : activations[static_cast<std::size_t>(l - 1)].data();
        initgemm::multiplyTransposedA(below, delta.data(), gw.data(), n, mb, n);
        st.weightGradStd = standardDeviation(gw) / mb;
        if (l > 0) {
            const std::vector<float>& draw = d.weights(s.seed, n, uniform, l);
            for (std::size_t i = 0; i < w.size(); ++i)
                w[i] = factor * draw[i];
            initgemm::multiplyTransposedB(delta.data(), w.data(), g.data(), mb, n, n);
        }
        if (progress && l > 0 && (layers - l) % 8 == 0 && !progress(out))
            return out;
    }
    out.backwardDone = true;
    if (progress)
        progress(out);
    return out;
}

int previewSamples(const InitSetup& s)
{
    // Forward and backward cost about 6·L·n² floating-point operations per sample; 6e8 of them
    // take about 10–20 ms with AVX2 (see tests/bench/bench_init.cpp).
    constexpr double kBudget = 6e8;
    const double perSample = 6.0 * s.layers * static_cast<double>(s.width) * s.width;
    return std::clamp(static_cast<int>(kBudget / perSample), std::min(16, s.samples), s.samples);
}

std::string initStatisticsCsv(const InitStatistics& statistics)
{
    std::string text = "layer,mean,std,saturated,dead,grad_std\n";
    for (std::size_t i = 0; i < statistics.layers.size(); ++i) {
        const LayerStatistics& l = statistics.layers[i];
        text += std::to_string(i + 1) + "," + formatRoundTrip(l.mean) + "," + formatRoundTrip(l.std) + "," + formatRoundTrip(l.saturated) +
                "," + formatRoundTrip(l.dead) + "," + formatRoundTrip(l.gradStd) + "\n";
    }
    return text;
}

}  // namespace al
