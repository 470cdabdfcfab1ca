// SPDX-License-Identifier: MIT
#include "core/initgemm.h"

namespace al::initgemm {

#define AL_DECLARE_VARIANT(name)                                                              \
    namespace name {                                                                          \
    void multiply(const float* a, const float* b, float* c, int m, int k, int n);             \
    void multiplyTransposedB(const float* a, const float* b, float* c, int m, int k, int n);  \
    void multiplyTransposedA(const float* a, const float* b, float* c, int m, int k, int n);  \
    }
AL_DECLARE_VARIANT(baseline)
#if defined(__x86_64__)
AL_DECLARE_VARIANT(avx2)
AL_DECLARE_VARIANT(avx512)
#endif
#undef AL_DECLARE_VARIANT

namespace {

using Product = void (*)(const float*, const float*, float*, int, int, int);

struct Variant {
    const char* name;
    Product multiply;
    Product multiplyTransposedB;
    Product multiplyTransposedA;
};

Variant choose()
{
#if defined(__x86_64__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl") &&
        __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("fma"))
        return {"avx512", avx512::multiply, avx512::multiplyTransposedB, avx512::multiplyTransposedA};
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        return {"avx2", avx2::multiply, avx2::multiplyTransposedB, avx2::multiplyTransposedA};
#endif
    return {"baseline", baseline::multiply, baseline::multiplyTransposedB, baseline::multiplyTransposedA};
}

const Variant& variant()
{
    static const Variant chosen = choose();
    return chosen;
}

}  // namespace

void multiply(const float* a, const float* b, float* c, int m, int k, int n)
{
    variant().multiply(a, b, c, m, k, n);
}

void multiplyTransposedB(const float* a, const float* b, float* c, int m, int k, int n)
{
    variant().multiplyTransposedB(a, b, c, m, k, n);
}

void multiplyTransposedA(const float* a, const float* b, float* c, int m, int k, int n)
{
    variant().multiplyTransposedA(a, b, c, m, k, n);
}

const char* instructionSet()
{
    return variant().name;
}

}  // namespace al::initgemm
