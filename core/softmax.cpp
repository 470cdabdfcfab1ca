// SPDX-License-Identifier: MIT
#include "core/softmax.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace al {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Scaled, shifted logits (xᵢ − max)/T ≤ 0 with the largest at 0; +∞ logits become 0 and the
// others −∞, which is the limit of the distribution.
std::vector<double> shifted(std::span<const double> logits, double temperature)
{
    if (logits.empty())
        throw std::invalid_argument("softmax needs at least one value");
    if (!(temperature > 0.0) || std::isinf(temperature))
        throw std::invalid_argument("temperature must be a finite number greater than 0");
    if (std::any_of(logits.begin(), logits.end(), [](double x) { return std::isnan(x); }))
        throw std::invalid_argument("softmax values must not be NaN");
    const double top = *std::max_element(logits.begin(), logits.end());
    if (top == -kInf)
        throw std::invalid_argument("at least one softmax value must be greater than -inf");
    std::vector<double> s(logits.size());
    for (std::size_t i = 0; i < logits.size(); ++i) {
        if (top == kInf)
            s[i] = logits[i] == kInf ? 0.0 : -kInf;
        else
            s[i] = (logits[i] - top) / temperature;
    }
    return s;
}

// Σ e^(sᵢ) with Neumaier's compensation; the largest term is exactly 1.
double sumOfExponentials(const std::vector<double>& s)
{
    double sum = 0.0;
    double compensation = 0.0;
    for (double x : s) {
        const double term = std::exp(x);
        const double t = sum + term;
        compensation += std::fabs(sum) >= term ? (sum - t) + term : (term - t) + sum;
        sum = t;
    }
    return sum + compensation;
}

}  // namespace

std::vector<double> softmax(std::span<const double> logits, double temperature)
{
    std::vector<double> s = shifted(logits, temperature);
    const double total = sumOfExponentials(s);
    for (double& x : s)
        x = std::exp(x) / total;
    return s;
}

std::vector<double> logSoftmax(std::span<const double> logits, double temperature)
{
    std::vector<double> s = shifted(logits, temperature);
    // total ≥ 1, so log1p of the rest keeps the digits when one class dominates.
    const double logTotal = std::log1p(sumOfExponentials(s) - 1.0);
    for (double& x : s)
        x -= logTotal;
    return s;
}

}  // namespace al
