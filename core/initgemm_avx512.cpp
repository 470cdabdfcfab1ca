// SPDX-License-Identifier: MIT
// Compiled with the flags of the "avx512" variant (core/CMakeLists.txt).
#define Eigen al_eigen_avx512
#define AL_GEMM_VARIANT avx512
#include "core/initgemm_impl.inc"
