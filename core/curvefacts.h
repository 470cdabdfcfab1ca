// SPDX-License-Identifier: MIT
#pragma once

#include "core/activation.h"

#include <optional>

namespace al {

// Facts about a curve that a chart draws, computed here so the command line and tests can use them.

// The horizontal asymptotes: the finite limits at −∞ and +∞ that f approaches but never
// reaches (the sigmoid's 0 and 1; not ReLU's 0, which it attains). A limit equal on both sides
// is reported once, as `left`.
struct Asymptotes {
    std::optional<double> left;
    std::optional<double> right;
};
Asymptotes horizontalAsymptotes(const Activation& activation, ParameterSpan parameters);

// The tangent at z drawn over [z − halfWidth, z + halfWidth]: f(z) + f′(z)·(t − z). None where f
// or f′ is not finite or where f′ is undefined (the step's jump).
struct Segment {
    double z0 = 0.0;
    double y0 = 0.0;
    double z1 = 0.0;
    double y1 = 0.0;
};
std::optional<Segment> tangentSegment(const Activation& activation, ParameterSpan parameters, double z, double halfWidth);

// 2σ(2z) − 1, which equals tanh(z) (or its derivative 4σ′(2z)), from the catalog's sigmoid.
double tanhFromSigmoid(double z, bool derivative);

}  // namespace al
