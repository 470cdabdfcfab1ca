// SPDX-License-Identifier: MIT
#include "core/train/histogram.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace al::train {

void activationHistogram(const Network& net, std::span<const Point> points, int layer, int bins, Pass& pass,
                         ActivationHistogram& out)
{
    if (layer < 0 || layer >= net.hiddenLayers())
        throw std::invalid_argument("no such hidden layer");
    if (bins < 1)
        throw std::invalid_argument("a histogram needs at least one bin");
    const std::size_t width = static_cast<std::size_t>(bins);
    out.live.assign(width, 0);
    out.dead.assign(width, 0);
    out.units = net.sizes()[static_cast<std::size_t>(layer) + 1];
    out.deadUnits = 0;
    out.skipped = 0;

    const Architecture& arch = net.architecture();
    const OutputRange range = arch.activation->range(arch.parameters);
    const std::size_t n = points.size();
    std::span<const double> a;
    std::span<const double> d;
    if (n > 0) {
        pass.forward(net, points);
        a = pass.activations(layer);
        d = pass.derivatives(layer);
    }

    double seenLo = std::numeric_limits<double>::infinity();
    double seenHi = -std::numeric_limits<double>::infinity();
    for (double v : a)
        if (std::isfinite(v)) {
            seenLo = std::min(seenLo, v);
            seenHi = std::max(seenHi, v);
        }
    const bool anySeen = seenLo <= seenHi;
    out.lo = std::isfinite(range.lo) ? range.lo : (anySeen ? seenLo : 0.0);
    out.hi = std::isfinite(range.hi) ? range.hi : (anySeen ? seenHi : out.lo + 1.0);
    if (!(out.hi > out.lo)) {
        // All outputs equal (a layer of dead ReLUs gives only 0): one unit of width, from the
        // activation's bound if it has one, else around the value.
        if (std::isfinite(range.lo)) {
            out.hi = out.lo + 1.0;
        } else {
            out.lo -= 0.5;
            out.hi = out.lo + 1.0;
        }
    }
    // Halves keep the differences finite even for outputs near the largest double.
    const double span = 0.5 * out.hi - 0.5 * out.lo;
    for (std::size_t j = 0; j < static_cast<std::size_t>(out.units) && n > 0; ++j) {
        const auto unitA = a.subspan(j * n, n);
        const auto unitD = d.subspan(j * n, n);
        const bool isDead = std::all_of(unitD.begin(), unitD.end(), [](double x) { return x == 0.0; });
        out.deadUnits += isDead ? 1 : 0;
        std::vector<int>& counts = isDead ? out.dead : out.live;
        for (double v : unitA) {
            if (!std::isfinite(v)) {
                ++out.skipped;
                continue;
            }
            const double t = std::clamp((0.5 * v - 0.5 * out.lo) / span, 0.0, 1.0);
            ++counts[std::min(width - 1, static_cast<std::size_t>(t * static_cast<double>(bins)))];
        }
    }
}

}  // namespace al::train
