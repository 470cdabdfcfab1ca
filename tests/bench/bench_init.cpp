// SPDX-License-Identifier: MIT
// The initialisation experiment's cost at its default (10 layers × 500 units × 1,000 samples,
// tanh, Xavier), core only:
//   init_forward_ms  the forward pass (products, activations, statistics, histograms), the
//                    random draws already made — the same work as tests/bench/init_forward.py
//   init_full_ms     the whole experiment from nothing: drawing inputs, weights and the top
//                    gradient, forward and backward
//   init_drag_ms     one preview while a slider is dragged (σ moving in 200 steps): forward and
//                    backward on previewSamples() samples, draws kept between steps
// Medians of repeated runs; prints one line:
//   init_forward_ms=… init_full_ms=… init_drag_ms median=… p99=…
// Run: build/release/tests/bench/bench_init
#include "core/catalog.h"
#include "core/initgemm.h"
#include "core/initstats.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double percentile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1) + 0.5)];
}

}  // namespace

int main()
{
    al::InitSetup setup;
    setup.activation = al::findActivation("tanh");
    setup.scheme = al::InitScheme::Xavier;

    al::InitDraws draws;
    al::InitSetup forwardOnly = setup;
    forwardOnly.backward = false;
    al::runInitExperiment(forwardOnly, &draws);  // draws made once, as numpy's are before timing
    std::vector<double> forward;
    for (int i = 0; i < 7; ++i) {
        const auto start = Clock::now();
        al::runInitExperiment(forwardOnly, &draws);
        forward.push_back(since(start));
    }

    std::vector<double> full;
    for (int i = 0; i < 5; ++i) {
        const auto start = Clock::now();
        al::runInitExperiment(setup);  // fresh draws every time
        full.push_back(since(start));
    }

    al::InitSetup drag = setup;
    drag.scheme = al::InitScheme::Normal;
    drag.samples = al::previewSamples(setup);
    std::vector<double> steps;
    for (int i = 0; i < 200; ++i) {
        drag.scale = 0.01 + 0.005 * i;
        const auto start = Clock::now();
        al::runInitExperiment(drag, &draws);
        steps.push_back(since(start));
    }

    std::printf("init_forward_ms=%.0f init_full_ms=%.0f init_drag_ms median=%.1f p99=%.1f\n", percentile(forward, 0.5),
                percentile(full, 0.5), percentile(steps, 0.5), percentile(steps, 0.99));
    std::fprintf(stderr, "(products: %s; preview samples: %d of %d; forward min %.0f, full min %.0f)\n", al::initgemm::instructionSet(),
                 drag.samples, setup.samples, *std::min_element(forward.begin(), forward.end()),
                 *std::min_element(full.begin(), full.end()));
    return 0;
}
