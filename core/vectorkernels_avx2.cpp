// SPDX-License-Identifier: MIT
// The span kernels for avx2 (4 doubles per vector); CMake compiles this file with the
// instruction set's flags, and simd.cpp calls into it only on a CPU that has them.
#define AL_VEC_WIDTH 4
#define AL_VEC_TABLE avx2Spans
#include "core/vectorkernels.inc"
