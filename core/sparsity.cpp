// SPDX-License-Identifier: MIT
#include "core/sparsity.h"

#include "core/random.h"
#include "core/search.h"

#include <algorithm>
#include <cmath>

namespace al {

LayerSample sampleLayer(const Activation& activation, ParameterSpan parameters, int neurons, int inputs, std::uint64_t seed)
{
    neurons = std::max(neurons, 1);
    inputs = std::max(inputs, 1);
    Random random(seed);
    std::vector<double> x(static_cast<std::size_t>(inputs));
    for (double& v : x)
        v = random.normal();
    const double scale = 1.0 / std::sqrt(static_cast<double>(inputs));
    LayerSample layer;
    layer.z.resize(static_cast<std::size_t>(neurons));
    for (double& z : layer.z) {
        double sum = 0.0;
        for (double xi : x)
            sum += scale * random.normal() * xi;
        z = sum;
    }
    layer.outputs.resize(layer.z.size());
    std::vector<double> slopes(layer.z.size());
    activation.evaluate(layer.z, layer.outputs, slopes, parameters);
    return layer;
}

double activeFraction(const std::vector<double>& outputs, double threshold)
{
    if (outputs.empty())
        return 0.0;
    const auto active = std::count_if(outputs.begin(), outputs.end(), [threshold](double f) { return std::fabs(f) > threshold; });
    return static_cast<double>(active) / static_cast<double>(outputs.size());
}

std::vector<int> histogram(const std::vector<double>& values, double lo, double hi, int bins)
{
    std::vector<int> counts(static_cast<std::size_t>(std::max(bins, 1)), 0);
    if (!(hi > lo))
        return counts;
    const double width = (hi - lo) / static_cast<double>(counts.size());
    for (double v : values) {
        if (std::isnan(v))
            continue;
        const double position = std::floor((v - lo) / width);
        const auto bin = static_cast<std::size_t>(std::clamp(position, 0.0, static_cast<double>(counts.size() - 1)));
        ++counts[bin];
    }
    return counts;
}

SlopeMaximum maxSlope(const Activation& activation, ParameterSpan parameters, double from, double to)
{
    const auto slope = [&](double z) { return std::fabs(activation.evaluate(z, parameters).df); };
    SlopeMaximum best{from, slope(from)};
    const auto consider = [&](double z) {
        const double s = slope(z);
        if (s > best.slope)
            best = {z, s};
    };
    // The slope at a kink is one of the one-sided values: look just beside each kink too.
    for (double k : activation.kinks(parameters)) {
        if (k > from && k < to) {
            consider(std::nextafter(k, from));
            consider(std::nextafter(k, to));
        }
    }
    constexpr int kSamples = 2000;
    int bestIndex = -1;
    double bestSampled = -1.0;
    for (int i = 0; i <= kSamples; ++i) {
        const double z = from + (to - from) * i / kSamples;
        const double s = slope(z);
        if (s > bestSampled) {
            bestSampled = s;
            bestIndex = i;
        }
        consider(z);
    }
    // Golden-section refinement around the best sample (smooth maxima such as σ' at 0).
    double a = from + (to - from) * std::max(bestIndex - 1, 0) / kSamples;
    double b = from + (to - from) * std::min(bestIndex + 1, kSamples) / kSamples;
    consider(goldenSectionMinimum([&slope](double z) { return -slope(z); }, a, b, 1e-12));
    return best;
}

std::uint64_t nextSeed(std::uint64_t seed, std::uint64_t largest)
{
    return Random(seed).next() % (largest + 1);
}

}  // namespace al
