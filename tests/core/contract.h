// SPDX-License-Identifier: MIT
// DESIGN.md's numerical contract as a test predicate, shared by the core tests and the fuzz
// harness: relative error ≤ 1e-12; near a zero of the evaluated function, absolute error ≤ 1e-15;
// results in the subnormal range within two units of the smallest subnormal.
#pragma once

#include "core/activation.h"

#include <algorithm>
#include <cmath>

namespace contract {

inline bool within(double computed, long double expected, bool nearZero)
{
    if (std::isnan(computed))
        return false;
    if (std::isinf(static_cast<double>(expected)) || std::isinf(computed))
        return computed == static_cast<double>(expected);
    const long double error = std::fabs(static_cast<long double>(computed) - expected);
    const long double allowed =
        std::max(1e-12L * std::fabs(expected), nearZero ? 1e-15L : 0.0L) + 2 * 4.9406564584124654e-324L;
    return error <= allowed;
}

// A sign change within ±0.01 (and a value below 1e-3) marks the neighbourhood of a zero.
struct NearZero {
    bool f = false;
    bool df = false;
};
inline NearZero nearZero(const al::Activation& a, double z, al::ParameterSpan p, al::FunctionValues expected)
{
    const al::FunctionValues left = a.evaluate(z - 0.01, p);
    const al::FunctionValues right = a.evaluate(z + 0.01, p);
    return {std::fabs(expected.f) < 1e-3 && left.f * right.f < 0, std::fabs(expected.df) < 1e-3 && left.df * right.df < 0};
}

// A span result against the scalar reference kernel at the same point.
inline bool agreesWithScalar(const al::Activation& a, double z, al::ParameterSpan p, double f, double df)
{
    const al::FunctionValues s = a.evaluate(z, p);
    if (within(f, s.f, false) && within(df, s.df, false))
        return true;
    const NearZero zero = nearZero(a, z, p, s);
    return within(f, s.f, zero.f) && within(df, s.df, zero.df);
}

}  // namespace contract
