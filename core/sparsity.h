// SPDX-License-Identifier: MIT
#pragma once

#include "core/activation.h"

#include <cstdint>
#include <vector>

namespace al {

// A layer of `neurons` neurons with `inputs` inputs each, weights drawn from N(0, 1/inputs)
// (so z has unit variance, as with Glorot/LeCun initialisation) and no bias, fed one input
// vector drawn from N(0, 1). The same seed gives the same layer on every machine: the random
// numbers come from a fixed 64-bit generator and Box–Muller, not from the standard library's
// implementation-defined distributions.
struct LayerSample {
    std::vector<double> z;        // one pre-activation per neuron
    std::vector<double> outputs;  // f(z)
};

LayerSample sampleLayer(const Activation& activation, ParameterSpan parameters, int neurons, int inputs, std::uint64_t seed);

// The share of outputs with |f| > threshold (threshold 0: exactly non-zero).
double activeFraction(const std::vector<double>& outputs, double threshold);

// Counts of values in `bins` equal bins over [lo, hi]; values outside go to the end bins.
std::vector<int> histogram(const std::vector<double>& values, double lo, double hi, int bins);

// The largest |f'| on [from, to] and where it is reached (by sampling and golden-section
// refinement; kinks included).
struct SlopeMaximum {
    double z = 0.0;
    double slope = 0.0;
};
SlopeMaximum maxSlope(const Activation& activation, ParameterSpan parameters, double from, double to);

// Another seed in [0, largest], drawn from core's generator seeded with `seed`: "a new random
// layer" is reproducible too.
std::uint64_t nextSeed(std::uint64_t seed, std::uint64_t largest);

}  // namespace al
