// SPDX-License-Identifier: MIT
// The formulas of every activation and its derivative, written to keep full double precision
// over the whole real line (the README's Accuracy section). Each kernel is a struct with an
// inline `eval`, so the span loops in catalog.cpp are specialised per function.
#pragma once

#include "core/activation.h"

#include <cmath>
#include <limits>

namespace al::kernels {

inline constexpr double kInf = std::numeric_limits<double>::infinity();

// SELU's constants as PyTorch and Keras define them, and their product (computed at high
// precision, so λ·α·(e^z − 1) takes one rounding less).
inline constexpr double kSeluLambda = 1.0507009873554804934193349852946;
inline constexpr double kSeluAlpha = 1.6732632423543772848170429916717;
inline constexpr double kSeluLambdaAlpha = 1.7580993408473768599402175208123;

inline constexpr double kSqrt1_2 = 0.70710678118654752440084436210484903928;
inline constexpr double kInvSqrt2Pi = 0.39894228040143267793994605993438186848;
// gelu_tanh: 2u = z·(2√(2/π) + 2√(2/π)·0.044715·z²)
inline constexpr double kGeluTanhC1 = 1.5957691216057307117597842397375;
inline constexpr double kGeluTanhC3 = 0.071354816272600248776338752279864;

// σ(z) and σ(−z) without overflow or cancellation: with e = e^(−|z|), σ(|z|) = 1/(1+e) and
// σ(−|z|) = e/(1+e).
struct Logistic {
    double pos;  // σ(z)
    double neg;  // σ(−z) = 1 − σ(z)
};
inline Logistic logistic(double z)
{
    const double e = std::exp(-std::fabs(z));
    const double q = 1.0 / (1.0 + e);
    const double small = e * q;
    return z >= 0 ? Logistic{q, small} : Logistic{small, q};
}

// c·e^x for x so negative that e^x alone would underflow while c·e^x is still a subnormal
// double (|c| up to ~1e3 gains ten bits): folding log|c| into the exponent keeps them.
inline double timesExp(double c, double x)
{
    if (x > -700.0 || c == 0.0)
        return c * std::exp(x);
    return std::copysign(std::exp(x + std::log(std::fabs(c))), c);
}

// Beyond this |z| GELU, SiLU and mish equal ReLU to the last bit (their tails are below 1e-300);
// cutting there also keeps z² and z³ from overflowing into ∞·0.
inline constexpr double kReluLike = 1e3;
inline bool reluLike(double z) { return !(std::fabs(z) < kReluLike); }
inline FunctionValues reluLimit(double z) { return z > 0 ? FunctionValues{z, 1.0} : FunctionValues{0.0, 0.0}; }

// x·y where 0·∞ means the limit 0 (a zero coefficient times an infinite z).
inline double scale(double coefficient, double z)
{
    const double product = coefficient * z;
    // Written as a select of two computed values so the span loop stays branch-free.
    return coefficient == 0.0 ? 0.0 : product;
}

struct Step {
    static FunctionValues eval(double z, const double* p) { return {z >= p[0] ? 1.0 : 0.0, 0.0}; }
};

struct Linear {
    static FunctionValues eval(double z, const double* p) { return {scale(p[0], z), p[0]}; }
};

struct Sigmoid {
    static FunctionValues eval(double z, const double* /*p*/)
    {
        const Logistic s = logistic(z);
        return {s.pos, s.pos * s.neg};
    }
};

struct Tanh {
    static FunctionValues eval(double z, const double* /*p*/)
    {
        // tanh|z| = (1 − e)/(1 + e) and tanh' = 4e/(1 + e)² with e = e^(−2|z|), one exponential
        // for both. 1 − e cancels as |z| → 0 (it loses log₂(1/2|z|) bits, < 6e-15 relative at
        // |z| = 0.01), so below 0.01 the Taylor series takes over; its first omitted term,
        // 62z⁹/2835, is below 1e-17 relative there.
        const double a = std::fabs(z);
        const double e = std::exp(-2.0 * a);
        const double onePlusE = 1.0 + e;
        double t;
        if (a < 0.01) {
            const double a2 = a * a;
            t = a + a * a2 * (-1.0 / 3.0 + a2 * (2.0 / 15.0 + a2 * (-17.0 / 315.0)));
        } else {
            t = (1.0 - e) / onePlusE;
        }
        return {std::copysign(t, z), 4.0 * e / (onePlusE * onePlusE)};
    }
};

struct Relu {
    static FunctionValues eval(double z, const double* /*p*/) { return {z > 0 ? z : 0.0, z > 0 ? 1.0 : 0.0}; }
};

// Leaky ReLU and PReLU share the formula; only the default slope differs.
struct LeakyRelu {
    static FunctionValues eval(double z, const double* p)
    {
        const double alpha = p[0];
        const double left = scale(alpha, z);
        return {z >= 0 ? z : left, z > 0 ? 1.0 : alpha};
    }
};

struct Elu {
    static FunctionValues eval(double z, const double* p)
    {
        if (z > 0)
            return {z, 1.0};
        return {p[0] * std::expm1(z), p[0] * std::exp(z)};
    }
};

struct Selu {
    static FunctionValues eval(double z, const double* /*p*/)
    {
        if (z > 0)
            return {kSeluLambda * z, kSeluLambda};
        return {kSeluLambdaAlpha * std::expm1(z), kSeluLambdaAlpha * std::exp(z)};
    }
};

struct Gelu {
    static FunctionValues eval(double z, const double* /*p*/)
    {
        if (std::fabs(z) > 40.0)  // Φ(−40) ≈ 4e−350: the tails are exactly ReLU in doubles
            return reluLimit(z);
        // Φ(z) = erfc(−z/√2)/2 keeps relative precision in the far left tail where 1 + erf cancels.
        const double cdf = 0.5 * std::erfc(-z * kSqrt1_2);
        // e^(−z²/2) with z² split exactly into hi + lo, so the square's rounding does not grow
        // into a relative error of z²·2⁻⁵³ in the tail.
        const double hi = z * z;
        const double lo = std::fma(z, z, -hi);
        const double pdf = kInvSqrt2Pi * std::exp(-0.5 * hi) * (1.0 - 0.5 * lo);
        return {z * cdf, cdf + z * pdf};
    }
};

struct GeluTanh {
    static FunctionValues eval(double z, const double* /*p*/)
    {
        if (reluLike(z))
            return reluLimit(z);
        // ½z(1 + tanh u) = z·σ(2u): the logistic form has no cancellation for u ≪ 0.
        const double z2 = z * z;
        const double twoU = z * (kGeluTanhC1 + kGeluTanhC3 * z2);
        const double dTwoU = kGeluTanhC1 + 3.0 * kGeluTanhC3 * z2;
        if (twoU < -700.0)  // σ(2u) = e^(2u) to double precision, and it underflows
            return {timesExp(z, twoU), timesExp(1.0 + z * dTwoU, twoU)};
        const Logistic s = logistic(twoU);
        return {z * s.pos, s.pos * (1.0 + z * s.neg * dTwoU)};
    }
};

struct Silu {
    static FunctionValues eval(double z, const double* /*p*/)
    {
        if (reluLike(z))
            return reluLimit(z);
        if (z < -700.0)  // σ(z) = e^z to double precision: z·e^z and (1 + z)·e^z
            return {timesExp(z, z), timesExp(1.0 + z, z)};
        const Logistic s = logistic(z);
        return {z * s.pos, s.pos * (1.0 + z * s.neg)};
    }
};

struct Softplus {
    static FunctionValues eval(double z, const double* /*p*/)
    {
        const double f = std::fmax(z, 0.0) + std::log1p(std::exp(-std::fabs(z)));
        return {f, logistic(z).pos};
    }
};

struct Softsign {
    static FunctionValues eval(double z, const double* /*p*/)
    {
        if (std::isinf(z))
            return {std::copysign(1.0, z), 0.0};
        // (1/d)² rather than 1/d²: d² overflows for |z| > 1.34e154, where f' is still a subnormal
        // (the fuzzer found 1/∞ = 0 against a true 1.2e-309).
        const double d = 1.0 + std::fabs(z);
        const double r = 1.0 / d;
        return {z / d, r * r};
    }
};

struct Mish {
    static FunctionValues eval(double z, const double* /*p*/)
    {
        if (reluLike(z))
            return reluLimit(z);
        if (z < -700.0)  // tanh(softplus z) = e^z and f' = (1 + z)·e^z to double precision
            return {timesExp(z, z), timesExp(1.0 + z, z)};
        // With y = softplus(z), tanh y and sech² y are rational in e^z (z < 0) or e^(−z) (z ≥ 0);
        // written that way neither 1 − tanh² nor tanh of a tiny y loses digits.
        if (z >= 0) {
            const double w = std::exp(-z);
            const double d = 1.0 + 2.0 * w * (1.0 + w);
            const double t = (1.0 + 2.0 * w) / d;
            const double rest = 4.0 * z * w * w * (1.0 + w) / (d * d);  // z·sech²y·σ(z)
            return {z * t, t + rest};
        }
        const double n = std::exp(z);
        const double num = n * (n + 2.0);
        const double d = num + 2.0;
        const double t = num / d;
        const double rest = 4.0 * z * n * (1.0 + n) / (d * d);
        return {z * t, t + rest};
    }
};

// PyTorch's and Keras 3's definition: relu6(z + 3)/6 (Keras 2 used clip(0.2z + 0.5, 0, 1)).
struct HardSigmoid {
    static FunctionValues eval(double z, const double* /*p*/)
    {
        if (z <= -3.0)
            return {0.0, 0.0};
        if (z >= 3.0)
            return {1.0, 0.0};
        return {(z + 3.0) / 6.0, 1.0 / 6.0};
    }
};

// Hard swish: z·relu6(z + 3)/6. At z = ±3 PyTorch takes the inner formula's slope, (2z + 3)/6.
struct HardSilu {
    static FunctionValues eval(double z, const double* /*p*/)
    {
        if (z < -3.0)
            return {0.0, 0.0};
        if (z > 3.0)
            return {z, 1.0};
        return {z * (z + 3.0) / 6.0, (2.0 * z + 3.0) / 6.0};
    }
};

struct Relu6 {
    static FunctionValues eval(double z, const double* /*p*/)
    {
        if (z <= 0.0)
            return {0.0, 0.0};
        if (z >= 6.0)
            return {6.0, 0.0};
        return {z, 1.0};
    }
};

struct Exponential {
    static FunctionValues eval(double z, const double* /*p*/)
    {
        const double e = std::exp(z);
        return {e, e};
    }
};

}  // namespace al::kernels
