// SPDX-License-Identifier: MIT
#pragma once

#include "core/train/network.h"

#include <span>
#include <vector>

namespace al::train {

// How one hidden layer's outputs are spread over the training set at the current weights: the
// picture of saturation (outputs piled at the ends of a bounded range) and of dead units (a
// ReLU unit that never fires outputs only 0).
struct ActivationHistogram {
    // The bins split [lo, hi] evenly. An end the activation cannot pass (tanh's ±1, ReLU's 0) is
    // that bound, so the picture keeps still while the network learns; an open end is the
    // smallest or largest output seen.
    double lo = 0.0;
    double hi = 1.0;
    std::vector<int> live;  // outputs of the units that are not dead, per bin
    std::vector<int> dead;  // outputs of dead units (f′ = 0 at every point), per bin
    int units = 0;
    int deadUnits = 0;
    int skipped = 0;  // outputs that are NaN or infinite (a diverged network), in no bin
};

// Runs the network on `points` and sorts the outputs of hidden layer `layer` (0 nearest the
// input), every unit and every point, into `bins` bins. `pass` is scratch kept by the caller and
// `out` keeps its vectors, so calling this once per frame allocates nothing after the first time.
void activationHistogram(const Network& net, std::span<const Point> points, int layer, int bins, Pass& pass,
                         ActivationHistogram& out);

}  // namespace al::train
