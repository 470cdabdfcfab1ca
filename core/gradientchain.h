// SPDX-License-Identifier: MIT
#pragma once

#include "core/activation.h"

#include <vector>

namespace al {

// How the pre-activation of each layer is chosen.
enum class ChainMode {
    // Every layer works at the same pre-activation z0: the textbook bound |∂/∂z| = Π w·f'(z0),
    // e.g. 0.25^L for sigmoid at w = 1, z0 = 0.
    SameOperatingPoint,
    // A real forward pass: z₁ = z0, zₖ₊₁ = w·f(zₖ) + b.
    ForwardPass,
};

struct ChainSettings {
    int layers = 10;  // 1 … 50
    double weight = 1.0;
    double z0 = 0.0;
    double bias = 0.0;  // used by ForwardPass only
    ChainMode mode = ChainMode::SameOperatingPoint;
};

// Per layer k = 1 … L: its pre-activation, its local factor w·f'(zₖ), and the gradient that
// reaches it from the output, Π_{j ≥ k} w·f'(zⱼ) (so layer 1, the deepest from the output, gets
// the product of all L factors).
struct GradientChain {
    std::vector<double> preActivation;
    std::vector<double> factor;
    std::vector<double> cumulative;
};

GradientChain gradientChain(const Activation& activation, ParameterSpan parameters, const ChainSettings& settings);

// What the gradient reaching the first layer says. Dead: exactly 0; vanishing: below 1e-2;
// exploding: above 1e2; passes otherwise; and at a kink of f (relu at z₀ = 0), a library's
// convention decides f′ there, not the function's shape, so the verdict says that instead.
enum class ChainVerdict { Passes, Vanishing, Exploding, Dead, KinkConvention };
inline constexpr double kVanishingBelow = 1e-2;
inline constexpr double kExplodingAbove = 1e2;
ChainVerdict chainVerdict(const Activation& activation, ParameterSpan parameters, const ChainSettings& settings,
                          const GradientChain& chain);

// L layers y = c·(w·x + b) stacked are one layer y = W·x + B; this returns W and B.
struct LinearLayer {
    double weight = 1.0;
    double bias = 0.0;
};
LinearLayer collapseLinearStack(double c, double weight, double bias, int layers);

}  // namespace al
