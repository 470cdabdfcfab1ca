// SPDX-License-Identifier: MIT
// The span kernels for avx512 (8 doubles per vector); CMake compiles this file with the
// instruction set's flags, and simd.cpp calls into it only on a CPU that has them.
#define AL_VEC_WIDTH 8
#define AL_VEC_TABLE avx512Spans
#include "core/vectorkernels.inc"
