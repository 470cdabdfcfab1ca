// SPDX-License-Identifier: MIT
// The span kernels for sse2 (2 doubles per vector); CMake compiles this file with the
// instruction set's flags, and simd.cpp calls into it only on a CPU that has them.
#define AL_VEC_WIDTH 2
#define AL_VEC_TABLE sse2Spans
#include "core/vectorkernels.inc"
