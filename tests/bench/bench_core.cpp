// SPDX-License-Identifier: MIT
// f and f' together over 1,000,000 points per function through the span API, at every level the
// dispatcher can pick on this CPU (core/simd.h): f_and_df/KEY/scalar is the per-point reference
// loop (the span kernels before vectorisation), then sse2, avx2, avx512 as available.
// Run: build/release/tests/bench/bench_core --benchmark_min_time=1
// Beside PyTorch: /usr/bin/python3 tests/bench/bench_torch.py --bench-core build/release/tests/bench/bench_core
#include "core/catalog.h"
#include "core/simd.h"

#include <benchmark/benchmark.h>

#include <random>
#include <vector>

namespace {

constexpr std::size_t kPoints = 1'000'000;

void spanEvaluation(benchmark::State& state, const al::Activation* activation, al::simd::Level level)
{
    if (!al::simd::setActive(level)) {
        state.SkipWithError("level not available");
        return;
    }
    // Points spread like pre-activations of a real layer, so branches are not all predictable.
    std::mt19937_64 random(42);
    std::normal_distribution<double> normal(0.0, 3.0);
    std::vector<double> z(kPoints);
    for (double& x : z)
        x = normal(random);
    std::vector<double> f(kPoints);
    std::vector<double> df(kPoints);
    const al::ParameterValues p = activation->defaults();
    for (auto _ : state) {
        activation->evaluate(z, f, df, p);
        benchmark::DoNotOptimize(f.data());
        benchmark::DoNotOptimize(df.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(kPoints));
    state.counters["ns_per_point"] = benchmark::Counter(static_cast<double>(state.iterations()) * kPoints,
                                                        benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

const bool registered = [] {
    for (const al::Activation& a : al::catalog())
        for (al::simd::Level level : al::simd::available())
            benchmark::RegisterBenchmark(("f_and_df/" + std::string(a.key) + "/" + std::string(al::simd::name(level))).c_str(),
                                         spanEvaluation, &a, level)
                ->Unit(benchmark::kMillisecond);
    return true;
}();

}  // namespace

BENCHMARK_MAIN();
