// SPDX-License-Identifier: MIT
// Which instruction set the span kernels (Activation::evaluate over spans) use. The best level the
// CPU supports is chosen once at start-up; tests and benchmarks force each level in turn. The
// scalar level is the reference: the per-point kernels of kernels.h in a loop.
#pragma once

#include <string_view>
#include <vector>

namespace al::simd {

enum class Level {
    Scalar,  // kernels.h one point at a time, libm
    Sse2,    // 2 doubles per vector, SLEEF's SSE2 functions (every x86-64 CPU)
    Avx2,    // 4 doubles, AVX2 + FMA (SLEEF's AVX2 build uses FMA inside)
    Avx512,  // 8 doubles, AVX-512F
};

std::string_view name(Level level);
// Every level this build and this CPU can run, in ascending order; always starts with Scalar.
const std::vector<Level>& available();
// The widest available level, unless ACTIVATIONLAB_SIMD=scalar|sse2|avx2|avx512 asks for a
// narrower one.
Level preferred();
Level active();
// Process-wide; for tests and benchmarks. Returns false (and changes nothing) if the level is
// not available.
bool setActive(Level level);

}  // namespace al::simd
