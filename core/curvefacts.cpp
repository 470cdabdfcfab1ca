// SPDX-License-Identifier: MIT
#include "core/curvefacts.h"

#include "core/catalog.h"
#include "core/gradientregions.h"

#include <cmath>
#include <limits>

namespace al {

Asymptotes horizontalAsymptotes(const Activation& activation, ParameterSpan parameters)
{
    const OutputRange range = activation.range(parameters);
    constexpr double inf = std::numeric_limits<double>::infinity();
    const double left = activation.evaluate(-inf, parameters).f;
    const double right = activation.evaluate(inf, parameters).f;
    const auto asymptote = [&](double limit) -> std::optional<double> {
        const bool attained = limit == range.lo ? range.loAttained : limit == range.hi ? range.hiAttained : false;
        if (std::isfinite(limit) && !attained)
            return limit;
        return std::nullopt;
    };
    return {asymptote(left), left == right ? std::nullopt : asymptote(right)};
}

std::optional<Segment> tangentSegment(const Activation& activation, ParameterSpan parameters, double z, double halfWidth)
{
    const FunctionValues v = activation.evaluate(z, parameters);
    if (!std::isfinite(v.f) || !std::isfinite(v.df) || gradientZone(activation, parameters, 0.0, z) == GradientZone::Undefined)
        return std::nullopt;
    return Segment{z - halfWidth, v.f - v.df * halfWidth, z + halfWidth, v.f + v.df * halfWidth};
}

double tanhFromSigmoid(double z, bool derivative)
{
    const FunctionValues s = findActivation("sigmoid")->evaluate(2.0 * z, {});
    return derivative ? 4.0 * s.df : 2.0 * s.f - 1.0;
}

}  // namespace al
