// SPDX-License-Identifier: MIT
#pragma once

#include "core/activation.h"
#include "core/viewrange.h"

#include <vector>

namespace al {

struct CurvePoint {
    double z = 0.0;
    double y = 0.0;
};

// The visible window and its size on screen: the sampler measures its error in pixels.
struct Viewport : ViewRange {
    double widthPx = 800.0;
    double heightPx = 500.0;
};

enum class Curve { Value, Derivative };

struct SamplingOptions {
    double tolerancePx = 0.25;  // largest distance of the polyline from the true curve
    std::size_t maxPoints = 1000;
};

// A polyline through f (or f') over [zMin, zMax] that deviates from the true curve by at most
// the tolerance at the viewport's scale, with more points where the curve bends. Kinks are
// vertices, and where the drawn curve jumps (the step, or f' at a kink) two points share the same
// z, so the jump is drawn as a vertical segment.
std::vector<CurvePoint> sampleCurve(const Activation& activation, ParameterSpan parameters, Curve curve,
                                    const Viewport& viewport, const SamplingOptions& options = {});

}  // namespace al
