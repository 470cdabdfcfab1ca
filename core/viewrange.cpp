// SPDX-License-Identifier: MIT
#include "core/viewrange.h"

#include <algorithm>
#include <cmath>

namespace al {

ViewRange fitView(const Activation& activation, ParameterSpan parameters, double zMin, double zMax)
{
    constexpr int kSamples = 400;
    constexpr double kFitLimit = 8.0;
    double lo = 0.0;
    double hi = 1.0;
    for (int i = 0; i <= kSamples; ++i) {
        const double at = zMin + (zMax - zMin) * i / kSamples;
        const FunctionValues v = activation.evaluate(at, parameters);
        for (double y : {v.f, v.df}) {
            if (std::isfinite(y)) {
                lo = std::min(lo, std::max(y, -kFitLimit));
                hi = std::max(hi, std::min(y, kFitLimit));
            }
        }
    }
    const double pad = 0.12 * (hi - lo);
    return {zMin, zMax, lo - pad, hi + pad};
}

}  // namespace al
