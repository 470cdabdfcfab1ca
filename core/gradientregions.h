// SPDX-License-Identifier: MIT
#pragma once

#include "core/activation.h"

#include <vector>

namespace al {

// Where on [from, to] a neuron with this activation does not learn: `dead` where f' = 0 by
// definition (ReLU's left half), `vanishing` where 0 < |f'| < ε (sigmoid's tails). Intervals are
// sorted, disjoint, clipped to [from, to], and their boundaries are accurate to about 1e-12.
struct GradientRegions {
    std::vector<Interval> dead;
    std::vector<Interval> vanishing;
};

GradientRegions findGradientRegions(const Activation& activation, ParameterSpan parameters, double epsilon,
                                    double from, double to);

// Where one z lies with respect to learning: f′ undefined (the step's jump), dead (f′ = 0 by
// definition), vanishing (|f′| < ε) or learning.
enum class GradientZone { Learning, Vanishing, Dead, Undefined };
GradientZone gradientZone(const Activation& activation, ParameterSpan parameters, double epsilon, double z);

// Whether z lies in one of the intervals (ends included).
bool contains(const std::vector<Interval>& intervals, double z);

}  // namespace al
