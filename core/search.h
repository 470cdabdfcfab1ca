// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>

namespace al {

// Where f is smallest on [a, b], for f with one dip there, by golden-section search: the bracket
// shrinks by 0.618 per step until it is narrower than `tolerance` (or after 200 steps).
// Used for the dips of GELU, SiLU and mish, the edges of vanishing regions, the largest slope.
template <typename F>
double goldenSectionMinimum(F f, double a, double b, double tolerance)
{
    const double ratio = (std::sqrt(5.0) - 1.0) / 2.0;
    for (int i = 0; i < 200 && b - a > tolerance; ++i) {
        const double c = b - ratio * (b - a);
        const double d = a + ratio * (b - a);
        if (f(c) < f(d))
            b = d;
        else
            a = c;
    }
    return 0.5 * (a + b);
}

}  // namespace al
