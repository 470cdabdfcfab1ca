// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <stdexcept>
#include <vector>

namespace al {

// softmax(x/T)ᵢ = e^(xᵢ/T) / Σₖ e^(xₖ/T), computed relative to the largest logit so that no
// exponential overflows. −∞ logits (masked classes) get probability 0; if some logits are +∞
// they share all probability. Throws std::invalid_argument for an empty vector, NaN, T ≤ 0 or
// non-finite T, or when every logit is −∞.
std::vector<double> softmax(std::span<const double> logits, double temperature = 1.0);

// log softmax(x/T)ᵢ = (xᵢ − max)/T − log Σₖ e^((xₖ − max)/T); finite wherever the probability is
// not 0.
std::vector<double> logSoftmax(std::span<const double> logits, double temperature = 1.0);

}  // namespace al
