// SPDX-License-Identifier: MIT
#pragma once

// Single-precision matrix products for the initialisation experiment, by Eigen 3, compiled for
// several instruction sets and chosen once at run time (AVX-512, AVX2 + FMA, or the x86-64
// baseline), so the packaged binary runs everywhere and is fast where the CPU allows.
// Matrices are dense and row-major; pointers must not alias.
namespace al::initgemm {

// C (m×n) = A (m×k) · B (k×n)
void multiply(const float* a, const float* b, float* c, int m, int k, int n);
// C (m×n) = A (m×k) · Bᵀ, B being n×k
void multiplyTransposedB(const float* a, const float* b, float* c, int m, int k, int n);
// C (m×n) = Aᵀ · B, A being k×m and B k×n
void multiplyTransposedA(const float* a, const float* b, float* c, int m, int k, int n);

// The variant in use: "avx512", "avx2" or "baseline".
const char* instructionSet();

}  // namespace al::initgemm
