// SPDX-License-Identifier: MIT
// Compiled with the flags of the "baseline" variant (core/CMakeLists.txt).
#define Eigen al_eigen_baseline
#define AL_GEMM_VARIANT baseline
#include "core/initgemm_impl.inc"
