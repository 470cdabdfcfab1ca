// SPDX-License-Identifier: MIT
// Compiled with the flags of the "avx2" variant (core/CMakeLists.txt).
#define Eigen al_eigen_avx2
#define AL_GEMM_VARIANT avx2
#include "core/initgemm_impl.inc"
