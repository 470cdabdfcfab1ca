// SPDX-License-Identifier: MIT
// The span kernels for one vector width, included once by each of vectorkernels_sse2.cpp,
// vectorkernels_avx2.cpp and vectorkernels_avx512.cpp, which define AL_VEC_WIDTH (doubles per
// vector) and AL_VEC_TABLE (the name of the function returning the table) and are compiled with
// that instruction set.
//
// The formulas are those of kernels.h, lane by lane, with SLEEF's 1-ulp functions (erfc: 1.5 ulp)
// in place of libm's; comparisons become selects. Each kernel has a fast range (|z| below a bound
// where no exponential underflows into subnormals or overflows); lanes outside it, including ±inf
// and NaN, are handed to the scalar reference kernel, so tails, limits and kink conventions are
// the reference's bit for bit. Kinks inside the range are selects on the same comparisons as the
// scalar code.
//
// Everything here has internal linkage and calls no inline library function (no std::), only
// compiler builtins, vector operators and SLEEF: a weak symbol compiled with -mavx512f could
// otherwise be chosen by the linker for baseline callers. Our own arithmetic uses no FMA (the
// core is built with -ffp-contract=off); SLEEF's AVX2 and AVX-512 builds use FMA inside their
// functions, which is within their stated 1-ulp bounds.
#pragma once

#ifndef AL_VEC_WIDTH
#error "define AL_VEC_WIDTH and AL_VEC_TABLE before including core/vectorkernels.h"
#endif

#include "core/spantable.h"

#include <sleef.h>

#include <cstddef>
#include <cstdint>

namespace al::simd {

namespace {

constexpr int W = AL_VEC_WIDTH;
typedef double V __attribute__((vector_size(8 * AL_VEC_WIDTH)));
typedef std::int64_t M __attribute__((vector_size(8 * AL_VEC_WIDTH)));  // lane masks: all ones or 0

#if AL_VEC_WIDTH == 2
using Native = __m128d;
inline V vexp(V x) { return (V)Sleef_expd2_u10sse2((Native)x); }
inline V vexpm1(V x) { return (V)Sleef_expm1d2_u10sse2((Native)x); }
inline V vlog1p(V x) { return (V)Sleef_log1pd2_u10sse2((Native)x); }
#elif AL_VEC_WIDTH == 4
using Native = __m256d;
inline V vexp(V x) { return (V)Sleef_expd4_u10avx2((Native)x); }
inline V vexpm1(V x) { return (V)Sleef_expm1d4_u10avx2((Native)x); }
inline V vlog1p(V x) { return (V)Sleef_log1pd4_u10avx2((Native)x); }
inline V verfc(V x) { return (V)Sleef_erfcd4_u15avx2((Native)x); }
#define AL_VEC_HAS_ERFC 1
#elif AL_VEC_WIDTH == 8
using Native = __m512d;
inline V vexp(V x) { return (V)Sleef_expd8_u10avx512f((Native)x); }
inline V vexpm1(V x) { return (V)Sleef_expm1d8_u10avx512f((Native)x); }
inline V vlog1p(V x) { return (V)Sleef_log1pd8_u10avx512f((Native)x); }
inline V verfc(V x) { return (V)Sleef_erfcd8_u15avx512f((Native)x); }
#define AL_VEC_HAS_ERFC 1
#else
#error "AL_VEC_WIDTH must be 2, 4 or 8"
#endif

inline V splat(double x) { return V{} + x; }
inline M splatBits(std::int64_t x) { return M{} + x; }
inline V load(const double* p)
{
    V v;
    __builtin_memcpy(&v, p, sizeof v);
    return v;
}
inline void store(double* p, V v) { __builtin_memcpy(p, &v, sizeof v); }
// m ? a : b lane by lane; m must be a comparison result (all ones or all zeros per lane).
inline V select(M m, V a, V b) { return (V)((m & (M)a) | (~m & (M)b)); }
inline V vabs(V x) { return (V)((M)x & splatBits(0x7fffffffffffffffLL)); }
inline V copySign(V magnitude, V sign)
{
    const M signBit = splatBits(static_cast<std::int64_t>(0x8000000000000000ULL));
    return (V)(((M)magnitude & ~signBit) | ((M)sign & signBit));
}
inline bool any(M m)
{
    std::int64_t bits = 0;
    for (int i = 0; i < W; ++i)
        bits |= m[i];
    return bits != 0;
}
// Lanes where !(|z| < bound): the far tails, ±inf and NaN.
inline M outside(V z, double bound) { return (M)(vabs(z) < splat(bound)) == 0; }
inline V lanesZero() { return V{}; }
inline M noLanes() { return M{}; }

struct Logistic {
    V pos;  // σ(z)
    V neg;  // σ(−z)
};
// kernels::logistic with e = e^(−|z|) given.
inline Logistic logistic(V z, V e)
{
    const V q = 1.0 / (1.0 + e);
    const V small = e * q;
    const M nonNegative = (M)(z >= 0.0);
    return {select(nonNegative, q, small), select(nonNegative, small, q)};
}

// Each kernel computes f and f′ for one vector and returns the lanes it leaves to the scalar
// reference. `Scalar` names that reference in the ScalarTable.

struct Step {
    static constexpr auto Scalar = &ScalarTable::step;
    static M eval(V z, const double* p, V& f, V& df)
    {
        f = select((M)(z >= p[0]), splat(1.0), lanesZero());
        df = lanesZero();
        return noLanes();
    }
};

struct Linear {
    static constexpr auto Scalar = &ScalarTable::linear;
    static M eval(V z, const double* p, V& f, V& df)
    {
        const V c = splat(p[0]);
        f = p[0] == 0.0 ? lanesZero() : c * z;
        df = c;
        return noLanes();
    }
};

struct Sigmoid {
    static constexpr auto Scalar = &ScalarTable::sigmoid;
    static M eval(V z, const double* /*p*/, V& f, V& df)
    {
        const Logistic s = logistic(z, vexp(-vabs(z)));
        f = s.pos;
        df = s.pos * s.neg;
        return outside(z, 700.0);
    }
};

struct Tanh {
    static constexpr auto Scalar = &ScalarTable::tanh;
    static M eval(V z, const double* /*p*/, V& f, V& df)
    {
        const V a = vabs(z);
        const V e = vexp(-2.0 * a);
        const V onePlusE = 1.0 + e;
        const V a2 = a * a;
        const V series = a + a * a2 * (-1.0 / 3.0 + a2 * (2.0 / 15.0 + a2 * (-17.0 / 315.0)));
        const V t = select((M)(a < 0.01), series, (1.0 - e) / onePlusE);
        f = copySign(t, z);
        df = 4.0 * e / (onePlusE * onePlusE);
        return outside(z, 350.0);  // e^(−2|z|) stays a normal double
    }
};

struct Relu {
    static constexpr auto Scalar = &ScalarTable::relu;
    static M eval(V z, const double* /*p*/, V& f, V& df)
    {
        const M positive = (M)(z > 0.0);
        f = select(positive, z, lanesZero());
        df = select(positive, splat(1.0), lanesZero());
        return noLanes();
    }
};

struct LeakyRelu {
    static constexpr auto Scalar = &ScalarTable::leakyRelu;
    static M eval(V z, const double* p, V& f, V& df)
    {
        const V alpha = splat(p[0]);
        const V left = p[0] == 0.0 ? lanesZero() : alpha * z;
        f = select((M)(z >= 0.0), z, left);
        df = select((M)(z > 0.0), splat(1.0), alpha);
        return noLanes();
    }
};

// e^z − 1 and e^z for z ≤ 0 (the callers pass 1 in positive lanes and ignore them) with one
// exponential where that suffices. For z ≤ −1/16, e^z − 1 is exact (Sterbenz) and only inherits
// the error of SLEEF's e^z, at most 1 ulp of a number below 1, i.e. ≤ 1.2e-16/(1 − e^(−1/16)) ≈
// 2e-15 relative (within 1e-12 by a factor of 500); between −1/16 and 0, where that error grows,
// SLEEF's expm1 is called, only for the vectors that have such a lane (about 3 % of the vectors
// of 4 points drawn from N(0, 3²)).
inline void expAndExpm1(V z, V& e, V& em1)
{
    e = vexp(z);
    em1 = e - 1.0;
    const M nearZero = (M)(z > -0.0625) & (M)(z <= 0.0);
    if (any(nearZero))
        em1 = select(nearZero, vexpm1(z), em1);
}

struct Elu {
    static constexpr auto Scalar = &ScalarTable::elu;
    static M eval(V z, const double* p, V& f, V& df)
    {
        const M positive = (M)(z > 0.0);
        V e;
        V em1;
        expAndExpm1(select(positive, splat(1.0), z), e, em1);
        f = select(positive, z, p[0] * em1);
        df = select(positive, splat(1.0), p[0] * e);
        return (M)(z >= -700.0) == 0;
    }
};

struct Selu {
    static constexpr auto Scalar = &ScalarTable::selu;
    static constexpr double kLambda = 1.0507009873554804934193349852946;
    static constexpr double kLambdaAlpha = 1.7580993408473768599402175208123;
    static M eval(V z, const double* /*p*/, V& f, V& df)
    {
        const M positive = (M)(z > 0.0);
        V e;
        V em1;
        expAndExpm1(select(positive, splat(1.0), z), e, em1);
        f = select(positive, kLambda * z, kLambdaAlpha * em1);
        df = select(positive, splat(kLambda), kLambdaAlpha * e);
        return (M)(z >= -700.0) == 0;
    }
};

#if defined(AL_VEC_HAS_ERFC)
struct Gelu {
    static constexpr auto Scalar = &ScalarTable::gelu;
    static M eval(V z, const double* /*p*/, V& f, V& df)
    {
        constexpr double kSqrt1_2 = 0.70710678118654752440084436210484903928;
        constexpr double kInvSqrt2Pi = 0.39894228040143267793994605993438186848;
        const V cdf = 0.5 * verfc(-z * kSqrt1_2);
        // z² = hi + lo exactly (Dekker's product; the scalar kernel uses fma, which gives the
        // same lo): the square's rounding must not grow into e^(−z²/2) in the tail.
        const V hi = z * z;
        const V split = 134217729.0 * z;  // 2^27 + 1
        const V zh = split - (split - z);
        const V zl = z - zh;
        const V lo = ((zh * zh - hi) + 2.0 * zh * zl) + zl * zl;
        const V pdf = kInvSqrt2Pi * vexp(-0.5 * hi) * (1.0 - 0.5 * lo);
        f = z * cdf;
        df = cdf + z * pdf;
        return outside(z, 37.0);  // Φ(−37) ≈ 6e-300 and e^(−37²/2) are still normal doubles
    }
};
#endif

struct GeluTanh {
    static constexpr auto Scalar = &ScalarTable::geluTanh;
    static M eval(V z, const double* /*p*/, V& f, V& df)
    {
        constexpr double kC1 = 1.5957691216057307117597842397375;
        constexpr double kC3 = 0.071354816272600248776338752279864;
        const V z2 = z * z;
        const V twoU = z * (kC1 + kC3 * z2);
        const V dTwoU = kC1 + 3.0 * kC3 * z2;
        const Logistic s = logistic(twoU, vexp(-vabs(twoU)));
        f = z * s.pos;
        df = s.pos * (1.0 + z * s.neg * dTwoU);
        return outside(z, 21.0);  // |2u| < 700
    }
};

struct Silu {
    static constexpr auto Scalar = &ScalarTable::silu;
    static M eval(V z, const double* /*p*/, V& f, V& df)
    {
        const Logistic s = logistic(z, vexp(-vabs(z)));
        f = z * s.pos;
        df = s.pos * (1.0 + z * s.neg);
        return outside(z, 700.0);
    }
};

struct Softplus {
    static constexpr auto Scalar = &ScalarTable::softplus;
    static M eval(V z, const double* /*p*/, V& f, V& df)
    {
        const V e = vexp(-vabs(z));
        f = select((M)(z > 0.0), z, lanesZero()) + vlog1p(e);
        df = logistic(z, e).pos;
        return outside(z, 700.0);
    }
};

struct Softsign {
    static constexpr auto Scalar = &ScalarTable::softsign;
    static M eval(V z, const double* /*p*/, V& f, V& df)
    {
        // One division where the scalar kernel has two (z/d and 1/d²): a few roundings more,
        // about 3e-16 relative; divisions are slow, at 8 lanes most of all.
        const V d = 1.0 + vabs(z);
        const V r = 1.0 / d;
        const M infinite = (M)(vabs(z) == __builtin_inf());
        f = select(infinite, copySign(splat(1.0), z), z * r);
        df = select(infinite, lanesZero(), r * r);
        return noLanes();
    }
};

struct Mish {
    static constexpr auto Scalar = &ScalarTable::mish;
    static M eval(V z, const double* /*p*/, V& f, V& df)
    {
        // e^(−|z|) is the scalar kernel's w (z ≥ 0) and n (z < 0).
        const V w = vexp(-vabs(z));
        const V dPos = 1.0 + 2.0 * w * (1.0 + w);
        const V tPos = (1.0 + 2.0 * w) / dPos;
        const V restPos = 4.0 * z * w * w * (1.0 + w) / (dPos * dPos);
        const V num = w * (w + 2.0);
        const V dNeg = num + 2.0;
        const V tNeg = num / dNeg;
        const V restNeg = 4.0 * z * w * (1.0 + w) / (dNeg * dNeg);
        const M nonNegative = (M)(z >= 0.0);
        const V t = select(nonNegative, tPos, tNeg);
        f = z * t;
        df = t + select(nonNegative, restPos, restNeg);
        return outside(z, 700.0);
    }
};

// The hard functions multiply by 1/6 where the scalar kernels divide by 6: a division per point
// would be the most expensive instruction here, and the product is at most one rounding (about
// 1e-16 relative) away from the quotient.
inline constexpr double kSixth = 1.0 / 6.0;

struct HardSigmoid {
    static constexpr auto Scalar = &ScalarTable::hardSigmoid;
    static M eval(V z, const double* /*p*/, V& f, V& df)
    {
        const M low = (M)(z <= -3.0);
        const M high = (M)(z >= 3.0);
        f = select(low, lanesZero(), select(high, splat(1.0), (z + 3.0) * kSixth));
        df = select(low | high, lanesZero(), splat(kSixth));
        return noLanes();
    }
};

struct HardSilu {
    static constexpr auto Scalar = &ScalarTable::hardSilu;
    static M eval(V z, const double* /*p*/, V& f, V& df)
    {
        const M low = (M)(z < -3.0);
        const M high = (M)(z > 3.0);
        f = select(low, lanesZero(), select(high, z, z * (z + 3.0) * kSixth));
        df = select(low, lanesZero(), select(high, splat(1.0), (2.0 * z + 3.0) * kSixth));
        return noLanes();
    }
};

struct Relu6 {
    static constexpr auto Scalar = &ScalarTable::relu6;
    static M eval(V z, const double* /*p*/, V& f, V& df)
    {
        const M low = (M)(z <= 0.0);
        const M high = (M)(z >= 6.0);
        f = select(low, lanesZero(), select(high, splat(6.0), z));
        df = select(low | high, lanesZero(), splat(1.0));
        return noLanes();
    }
};

struct Exponential {
    static constexpr auto Scalar = &ScalarTable::exponential;
    static M eval(V z, const double* /*p*/, V& f, V& df)
    {
        f = vexp(z);
        df = f;
        return outside(z, 700.0);
    }
};

template <typename Kernel>
inline void evalVector(const double* z, double* f, double* df, const double* p)
{
    const V zv = load(z);
    V fv;
    V dfv;
    const M rare = Kernel::eval(zv, p, fv, dfv);
    store(f, fv);
    store(df, dfv);
    if (any(rare)) {
        const Activation::ScalarKernel reference = scalarKernels().*Kernel::Scalar;
        for (int i = 0; i < W; ++i) {
            if (rare[i] != 0) {
                const FunctionValues v = reference(zv[i], p);  // zv: f may be z itself
                f[i] = v.f;
                df[i] = v.df;
            }
        }
    }
}

template <typename Kernel>
void spanOf(const double* z, double* f, double* df, std::size_t n, const double* p)
{
    std::size_t i = 0;
    for (; i + W <= n; i += W)
        evalVector<Kernel>(z + i, f + i, df + i, p);
    if (i == n)
        return;
    // The last few points go through the same vector code, padded with zeros.
    double zt[W] = {};
    double ft[W];
    double dft[W];
    for (std::size_t k = 0; i + k < n; ++k)
        zt[k] = z[i + k];
    evalVector<Kernel>(zt, ft, dft, p);
    for (std::size_t k = 0; i + k < n; ++k) {
        f[i + k] = ft[k];
        df[i + k] = dft[k];
    }
}

}  // namespace

const SpanTable& AL_VEC_TABLE()
{
    static const SpanTable table = [] {
        SpanTable t;
        t.step = &spanOf<Step>;
        t.linear = &spanOf<Linear>;
        t.sigmoid = &spanOf<Sigmoid>;
        t.tanh = &spanOf<Tanh>;
        t.relu = &spanOf<Relu>;
        t.leakyRelu = &spanOf<LeakyRelu>;
        t.elu = &spanOf<Elu>;
        t.selu = &spanOf<Selu>;
#if defined(AL_VEC_HAS_ERFC)
        t.gelu = &spanOf<Gelu>;
#endif
        t.geluTanh = &spanOf<GeluTanh>;
        t.silu = &spanOf<Silu>;
        t.softplus = &spanOf<Softplus>;
        t.softsign = &spanOf<Softsign>;
        t.mish = &spanOf<Mish>;
        t.hardSigmoid = &spanOf<HardSigmoid>;
        t.hardSilu = &spanOf<HardSilu>;
        t.relu6 = &spanOf<Relu6>;
        t.exponential = &spanOf<Exponential>;
        return t;
    }();
    return table;
}

}  // namespace al::simd
