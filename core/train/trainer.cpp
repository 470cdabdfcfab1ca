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

}  // namespace

Trainer::Trainer(DataSet data, TrainOptions options)
    : m_data(std::move(data)), m_options(std::move(options)),
      m_net(m_options.architecture, m_options.init, m_options.sigma, m_options.seed), m_shuffleState(m_options.seed ^ kShuffleStream)
{
    m_order.resize(m_data.train.size());
    m_gradNormSum.assign(static_cast<std::size_t>(m_net.hiddenLayers()), 0.0);
    shuffle();
}

void Trainer::setStepOptions(double learningRate, int batch, double l2)
{
    m_options.learningRate = learningRate;
    m_options.batch = batch;
    m_options.l2 = l2;
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
        auto& w = m_net.allWeights();
        for (std::size_t i = 0; i < w.size(); ++i)
            w[i] -= lr * (m_grad.weights[i] + l2 * w[i]);
        auto& b = m_net.allBiases();
        for (std::size_t i = 0; i < b.size(); ++i)
            b[i] -= lr * m_grad.biases[i];
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
    const Score train = score(m_net, m_data.train);
    const Score test = score(m_net, m_data.test);
    r.trainLoss = train.loss;
    r.trainAccuracy = train.accuracy;
    r.testLoss = test.loss;
    r.testAccuracy = test.accuracy;
    r.layers = diagnose(m_net, m_data.train);
    for (std::size_t l = 0; l < r.layers.size(); ++l)
        r.layers[l].gradNorm = m_epochSteps > 0 ? m_gradNormSum[l] / m_epochSteps : 0.0;
    return r;
}

Score score(const Network& net, std::span<const Point> points)
{
    if (points.empty())
        return {};
    Pass pass;
    pass.forward(net, points);
    const auto z = pass.logits();
    int right = 0;
    for (std::size_t s = 0; s < points.size(); ++s)
        right += ((z[s] >= 0.0 ? 1 : 0) == points[s].label) ? 1 : 0;
    return {pass.loss(points), static_cast<double>(right) / static_cast<double>(points.size())};
}

std::vector<LayerDiagnostics> diagnose(const Network& net, std::span<const Point> points)
{
    std::vector<LayerDiagnostics> out(static_cast<std::size_t>(net.hiddenLayers()));
    if (points.empty())
        return out;
    Pass pass;
    pass.forward(net, points);
    const std::size_t n = points.size();
    for (int l = 0; l < net.hiddenLayers(); ++l) {
        const std::size_t units = static_cast<std::size_t>(net.sizes()[static_cast<std::size_t>(l) + 1]);
        const auto a = pass.activations(l);
        const auto d = pass.derivatives(l);
        int dead = 0;
        int saturated = 0;
        double sum = 0.0;
        double squares = 0.0;
        for (std::size_t j = 0; j < units; ++j) {
            std::size_t zero = 0;
            std::size_t small = 0;
            for (std::size_t s = 0; s < n; ++s) {
                const double df = d[s * units + j];
                zero += df == 0.0 ? 1 : 0;
                small += std::abs(df) < kSaturationEpsilon ? 1 : 0;
                sum += a[s * units + j];
            }
            if (zero == n)
                ++dead;
            else if (2 * small > n)
                ++saturated;
        }
        const double count = static_cast<double>(n * units);
        const double mean = sum / count;
        for (double v : a)
            squares += (v - mean) * (v - mean);
        auto& r = out[static_cast<std::size_t>(l)];
        r.dead = static_cast<double>(dead) / static_cast<double>(units);
        r.saturated = static_cast<double>(saturated) / static_cast<double>(units);
        r.mean = mean;
        r.spread = std::sqrt(squares / count);
    }
    return out;
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
            for (std::size_t j = 0; j < width; ++j, ++unit) {
                double* image = units->data() + unit * cells + base;
                for (std::size_t c = 0; c < static_cast<std::size_t>(nx); ++c)
                    image[c] = a[c * width + j];
            }
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
                    clear = clear && std::abs(z[s * units + j] - k) > margin;
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
