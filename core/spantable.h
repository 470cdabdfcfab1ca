// SPDX-License-Identifier: MIT
// Internal to core: the per-instruction-set tables of span kernels that simd.cpp dispatches
// between. The vector kernels see plain pointers only (no std::span, no inline library code), so
// nothing compiled for AVX2 or AVX-512 can be shared with, and picked by the linker for, the
// baseline code.
#pragma once

#include "core/activation.h"

#include <cstddef>

namespace al::simd {

using RawSpanKernel = void (*)(const double* z, double* f, double* df, std::size_t n, const double* p);

// One member per kernel of kernels.h. A null span entry means "use the scalar loop" (where the
// vector library is not faster than libm on that instruction set).
template <typename Fn>
struct PerKernel {
    Fn step = nullptr;
    Fn linear = nullptr;
    Fn sigmoid = nullptr;
    Fn tanh = nullptr;
    Fn relu = nullptr;
    Fn leakyRelu = nullptr;
    Fn elu = nullptr;
    Fn selu = nullptr;
    Fn gelu = nullptr;
    Fn geluTanh = nullptr;
    Fn silu = nullptr;
    Fn softplus = nullptr;
    Fn softsign = nullptr;
    Fn mish = nullptr;
    Fn hardSigmoid = nullptr;
    Fn hardSilu = nullptr;
    Fn relu6 = nullptr;
    Fn exponential = nullptr;
};
using SpanTable = PerKernel<RawSpanKernel>;
using ScalarTable = PerKernel<Activation::ScalarKernel>;

// The reference kernels, compiled for the baseline (catalog.cpp); the vector kernels call them
// for the rare lanes outside their fast range (far tails, ±inf, NaN).
const ScalarTable& scalarKernels();

const SpanTable& sse2Spans();
const SpanTable& avx2Spans();
const SpanTable& avx512Spans();

// The table of the active level, or nullptr for the scalar level.
const SpanTable* activeSpans();

}  // namespace al::simd
