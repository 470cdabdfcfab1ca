// SPDX-License-Identifier: MIT
#pragma once

#include "core/activation.h"

namespace al {

// The visible window of a chart in data units: z across, y up.
struct ViewRange {
    double zMin = -6.0;
    double zMax = 6.0;
    double yMin = -1.5;
    double yMax = 1.5;
    friend bool operator==(const ViewRange&, const ViewRange&) = default;
};

// The y range that shows f and f′ over [zMin, zMax], with a margin; y stays within ±8 (plus the
// margin) so the exponential does not flatten everything else.
ViewRange fitView(const Activation& activation, ParameterSpan parameters, double zMin, double zMax);

}  // namespace al
