// SPDX-License-Identifier: MIT
#include "core/gradientchain.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace al {

GradientChain gradientChain(const Activation& activation, ParameterSpan parameters, const ChainSettings& settings)
{
    if (settings.layers < 1)
        throw std::invalid_argument("a chain needs at least one layer");
    const auto n = static_cast<std::size_t>(settings.layers);
    GradientChain chain;
    chain.preActivation.resize(n);
    chain.factor.resize(n);
    chain.cumulative.resize(n);
    double z = settings.z0;
    for (std::size_t k = 0; k < n; ++k) {
        const FunctionValues v = activation.evaluate(z, parameters);
        chain.preActivation[k] = z;
        chain.factor[k] = settings.weight * v.df;
        if (settings.mode == ChainMode::ForwardPass)
            z = settings.weight * v.f + settings.bias;
    }
    double product = 1.0;
    for (std::size_t k = n; k-- > 0;) {
        product *= chain.factor[k];
        chain.cumulative[k] = product;
    }
    return chain;
}

LinearLayer collapseLinearStack(double c, double weight, double bias, int layers)
{
    // After k layers y = Wₖx + Bₖ; one more gives W = c·w·Wₖ and B = c·(w·Bₖ + b).
    LinearLayer total{1.0, 0.0};
    for (int k = 0; k < std::max(layers, 0); ++k)
        total = {c * weight * total.weight, c * (weight * total.bias + bias)};
    return total;
}

ChainVerdict chainVerdict(const Activation& activation, ParameterSpan parameters, const ChainSettings& settings,
                          const GradientChain& chain)
{
    const std::vector<double> kinks = activation.kinks(parameters);
    if (std::any_of(kinks.begin(), kinks.end(), [&](double k) { return std::fabs(settings.z0 - k) < 1e-12; }))
        return ChainVerdict::KinkConvention;
    const double first = chain.cumulative.empty() ? 0.0 : std::fabs(chain.cumulative.front());
    if (first == 0.0)
        return ChainVerdict::Dead;
    if (first < kVanishingBelow)
        return ChainVerdict::Vanishing;
    if (first > kExplodingAbove)
        return ChainVerdict::Exploding;
    return ChainVerdict::Passes;
}

}  // namespace al
