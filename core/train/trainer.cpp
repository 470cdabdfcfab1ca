// SPDX-License-Identifier: MIT
#include "core/train/trainer.h"

#include "core/random.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace al::train {

namespace {

constexpr std::uint64_t kShuffleStream = 0xba7c4ULL << 20;

double norm(std::span<const double> v)
{
    double sum = 0.0;
    for (double x : v)
        sum += x * x;
    return std::sqrt(sum);
}


// Σ v in four interleaved partial sums: four independent chains, the same order every time.
double sumOf(std::span<const double> v)
{
    double partial[4] = {};
    std::size_t i = 0;
    for (; i + 4 <= v.size(); i += 4)
        for (std::size_t k = 0; k < 4; ++k)
            partial[k] += v[i + k];
    for (; i < v.size(); ++i)
        partial[0] += v[i];
    return (partial[0] + partial[1]) + (partial[2] + partial[3]);
}

// Accuracy of the last forward pass's logits against the points' labels.
double accuracyOf(const Pass& pass, std::span<const Point> points)
{
    const auto z = pass.logits();
    std::size_t right = 0;
    for (std::size_t s = 0; s < points.size(); ++s)
        right += ((z[s] >= 0.0 ? 1 : 0) == points[s].label) ? 1 : 0;
    return static_cast<double>(right) / static_cast<double>(points.size());
}

std::vector<LayerDiagnostics> diagnosticsOf(const Network& net, const Pass& pass)
{
    std::vector<LayerDiagnostics> out(static_cast<std::size_t>(net.hiddenLayers()));
    const std::size_t n = pass.batch();
    if (n == 0)
        return out;
    for (int l = 0; l < net.hiddenLayers(); ++l) {
        const std::size_t units = static_cast<std::size_t>(net.sizes()[static_cast<std::size_t>(l) + 1]);
        const auto a = pass.activations(l);
        const auto d = pass.derivatives(l);
        int dead = 0;
        int saturated = 0;
        for (std::size_t j = 0; j < units; ++j) {
            std::size_t zero = 0;
            std::size_t small = 0;
            for (std::size_t s = j * n; s < (j + 1) * n; ++s) {
                zero += d[s] == 0.0 ? 1 : 0;
                small += std::abs(d[s]) < kSaturationEpsilon ? 1 : 0;
            }
            if (zero == n)
                ++dead;
            else if (2 * small > n)
                ++saturated;
        }
        const double count = static_cast<double>(n * units);
        const double mean = sumOf(a) / count;
        double squares[4] = {};
        std::size_t i = 0;
        for (; i + 4 <= a.size(); i += 4)
            for (std::size_t k = 0; k < 4; ++k)
                squares[k] += (a[i + k] - mean) * (a[i + k] - mean);
        for (; i < a.size(); ++i)
            squares[0] += (a[i] - mean) * (a[i] - mean);
        auto& r = out[static_cast<std::size_t>(l)];
        r.dead = static_cast<double>(dead) / static_cast<double>(units);
        r.saturated = static_cast<double>(saturated) / static_cast<double>(units);
        r.mean = mean;
        r.spread = std::sqrt((squares[0] + squares[1] + squares[2] + squares[3]) / count);
    }
    return out;
}

}  // namespace

Trainer::Trainer(DataSet data, TrainOptions options)
    : m_data(std::move(data)), m_options(std::move(options)),
      m_net(m_options.architecture, m_options.init, m_options.sigma, m_options.seed), m_shuffleState(m_options.seed ^ kShuffleStream)
{
    m_order.resize(m_data.train.size());
    m_gradNormSum.assign(static_cast<std::size_t>(m_net.hiddenLayers()), 0.0);
    shuffle();
}

void Trainer::setStepOptions(double learningRate, int batch, double l2, double momentum)
{
    m_options.learningRate = learningRate;
    m_options.batch = batch;
    m_options.l2 = l2;
    m_options.momentum = momentum;
}

int Trainer::stepsPerEpoch() const
{
    const std::size_t b = static_cast<std::size_t>(std::max(m_options.batch, 1));
    return static_cast<int>(std::max<std::size_t>(1, (m_data.train.size() + b - 1) / b));
}

void Trainer::shuffle()
{
    Random r(m_shuffleState);
    m_shuffleState = r.next();
    for (std::size_t i = 0; i < m_order.size(); ++i)
        m_order[i] = i;
    for (std::size_t i = m_order.size(); i > 1; --i)
        std::swap(m_order[i - 1], m_order[static_cast<std::size_t>(r.next() % i)]);
    m_cursor = 0;
}

std::optional<EpochRecord> Trainer::step()
{
    const std::size_t n = m_order.size();
    const std::size_t size = std::min(static_cast<std::size_t>(std::max(m_options.batch, 1)), n - std::min(m_cursor, n));
    m_batch.clear();
    for (std::size_t i = 0; i < size; ++i)
        m_batch.push_back(m_data.train[m_order[m_cursor + i]]);
    m_cursor += size;

    if (!m_batch.empty()) {
        m_pass.forward(m_net, m_batch);
        m_pass.backward(m_net, m_batch, m_grad);
        for (int l = 0; l < m_net.hiddenLayers(); ++l) {
            const std::size_t offset = static_cast<std::size_t>(m_net.weights(l).data() - m_net.allWeights().data());
            m_gradNormSum[static_cast<std::size_t>(l)] += norm({m_grad.weights.data() + offset, m_net.weights(l).size()});
        }
        const double lr = m_options.learningRate;
        const double l2 = m_options.l2;
        const double mu = m_options.momentum;
        auto& w = m_net.allWeights();
        auto& b = m_net.allBiases();
        if (mu == 0.0) {
            for (std::size_t i = 0; i < w.size(); ++i)
                w[i] -= lr * (m_grad.weights[i] + l2 * w[i]);
            for (std::size_t i = 0; i < b.size(); ++i)
                b[i] -= lr * m_grad.biases[i];
        } else {
            // Classical momentum: v ← μ·v − η·g, w ← w + v (as torch.optim.SGD with dampening 0
            // up to where η is applied).
            m_velocityWeights.resize(w.size(), 0.0);
            m_velocityBiases.resize(b.size(), 0.0);
            for (std::size_t i = 0; i < w.size(); ++i) {
                m_velocityWeights[i] = mu * m_velocityWeights[i] - lr * (m_grad.weights[i] + l2 * w[i]);
                w[i] += m_velocityWeights[i];
            }
            for (std::size_t i = 0; i < b.size(); ++i) {
                m_velocityBiases[i] = mu * m_velocityBiases[i] - lr * m_grad.biases[i];
                b[i] += m_velocityBiases[i];
            }
        }
    }
    ++m_steps;
    ++m_epochSteps;
    if (m_cursor < n)
        return std::nullopt;
    ++m_epoch;
    EpochRecord record = measure();
    m_gradNormSum.assign(m_gradNormSum.size(), 0.0);
    m_epochSteps = 0;
    shuffle();
    return record;
}

EpochRecord Trainer::runEpoch()
{
    while (true)
        if (auto record = step())
            return *record;
}

EpochRecord Trainer::measure() const
{
    EpochRecord r;
    r.epoch = m_epoch;
    // One pass over the training set gives its score and the layers' diagnostics.
    Pass& pass = m_measurePass;
    pass.forward(m_net, m_data.train);
    if (!m_data.train.empty()) {
        r.trainLoss = pass.loss(m_data.train);
        r.trainAccuracy = accuracyOf(pass, m_data.train);
    }
    r.layers = diagnosticsOf(m_net, pass);
    const Score test = score(m_net, m_data.test);
    r.testLoss = test.loss;
    r.testAccuracy = test.accuracy;
    for (std::size_t l = 0; l < r.layers.size(); ++l)
        r.layers[l].gradNorm = m_epochSteps > 0 ? m_gradNormSum[l] / m_epochSteps : 0.0;
    return r;
}


std::vector<LayerDiagnostics> diagnose(const Network& net, std::span<const Point> points)
{
    Pass pass;
    pass.forward(net, points);
    return diagnosticsOf(net, pass);
}

Score score(const Network& net, std::span<const Point> points)
{
    if (points.empty())
        return {};
    Pass pass;
    pass.forward(net, points);
    return {pass.loss(points), accuracyOf(pass, points)};
}

void grid(const Network& net, double x0, double x1, double y0, double y1, int nx, int ny, std::vector<double>& output,
          std::vector<double>* units)
{
    const std::size_t cells = static_cast<std::size_t>(nx) * static_cast<std::size_t>(ny);
    output.resize(cells);
    int hiddenUnits = 0;
    for (int l = 0; l < net.hiddenLayers(); ++l)
        hiddenUnits += net.sizes()[static_cast<std::size_t>(l) + 1];
    if (units)
        units->resize(cells * static_cast<std::size_t>(hiddenUnits));
    std::vector<Point> row(static_cast<std::size_t>(nx));
    Pass pass;
    for (int r = 0; r < ny; ++r) {
        const double y = ny == 1 ? y1 : y1 - (y1 - y0) * r / (ny - 1);
        for (int c = 0; c < nx; ++c)
            row[static_cast<std::size_t>(c)] = {nx == 1 ? x0 : x0 + (x1 - x0) * c / (nx - 1), y, 0};
        pass.forward(net, row);
        const std::size_t base = static_cast<std::size_t>(r) * static_cast<std::size_t>(nx);
        const auto p = pass.activations(net.layers() - 1);
        std::copy(p.begin(), p.end(), output.begin() + static_cast<std::ptrdiff_t>(base));
        if (!units)
            continue;
        std::size_t unit = 0;
        for (int l = 0; l < net.hiddenLayers(); ++l) {
            const std::size_t width = static_cast<std::size_t>(net.sizes()[static_cast<std::size_t>(l) + 1]);
            const auto a = pass.activations(l);
            for (std::size_t j = 0; j < width; ++j, ++unit)
                std::copy_n(a.data() + j * static_cast<std::size_t>(nx), nx, units->data() + unit * cells + base);
        }
    }
}

double gradientCheck(const Network& original, std::span<const Point> points, double margin, std::size_t* checked)
{
    const Activation& f = *original.architecture().activation;
    const auto params = original.architecture().parameters;
    std::vector<double> breaks = f.kinks(params);
    const std::vector<double> jumps = f.jumps(params);
    breaks.insert(breaks.end(), jumps.begin(), jumps.end());
    // Piecewise functions switch formula at 0 even where f′ is continuous (ELU, softsign): f″
    // jumps there, which spoils a high-order difference quotient as much as a kink. Found by
    // comparing f″ on both sides.
    const double d = 1e-4;
    const double fm = f.evaluate(-d, params).df;
    const double f0 = f.evaluate(0.0, params).df;
    const double fp = f.evaluate(d, params).df;
    if (std::abs((fp - f0) - (f0 - fm)) > 1e-3 * d)
        breaks.push_back(0.0);

    // Keep the points whose every hidden pre-activation is clear of the breaks.
    std::vector<Point> kept;
    Pass pass;
    pass.forward(original, points);
    for (std::size_t s = 0; s < points.size(); ++s) {
        bool clear = true;
        for (int l = 0; l < original.hiddenLayers() && clear; ++l) {
            const std::size_t units = static_cast<std::size_t>(original.sizes()[static_cast<std::size_t>(l) + 1]);
            const auto z = pass.preActivations(l);
            for (std::size_t j = 0; j < units && clear; ++j)
                for (double k : breaks)
                    clear = clear && std::abs(z[j * points.size() + s] - k) > margin;
        }
        if (clear)
            kept.push_back(points[s]);
    }
    if (checked)
        *checked = kept.size();
    if (kept.empty())
        return 0.0;

    Network net = original;
    Gradients g;
    pass.forward(net, kept);
    pass.backward(net, kept, g);
    const auto lossAt = [&] {
        Pass p;
        p.forward(net, kept);
        return p.loss(kept);
    };
    const double h = 1e-3;
    // The difference quotient cannot resolve less than the rounding of the loss itself.
    const double resolution = 64.0 * std::numeric_limits<double>::epsilon() * std::max(1.0, std::abs(lossAt())) / h;
    double worst = 0.0;
    const auto checkEach = [&](std::vector<double>& values, const std::vector<double>& analytic) {
        for (std::size_t i = 0; i < values.size(); ++i) {
            const double saved = values[i];
            const auto at = [&](double offset) {
                values[i] = saved + offset;
                return lossAt();
            };
            const double numeric = (8.0 * (at(h) - at(-h)) - (at(2 * h) - at(-2 * h))) / (12.0 * h);
            values[i] = saved;
            const double a = analytic[i];
            const double difference = std::abs(a - numeric);
            if (!std::isfinite(numeric) || !std::isfinite(a))
                worst = std::numeric_limits<double>::infinity();
            else
                worst = std::max(worst, difference / std::max({std::abs(a), std::abs(numeric), 1e6 * resolution}));
        }
    };
    checkEach(net.allWeights(), g.weights);
    checkEach(net.allBiases(), g.biases);
    return worst;
}

}  // namespace al::train
