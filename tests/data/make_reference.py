#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""High-precision reference values for the activation functions.

For every activation (and a few non-default parameter sets) this computes
f(z) and its derivative df(z) with mpmath at 60 significant digits and
prints them as CSV (`key,params,z,f,df`) with 40 significant digits.
Inputs z and parameter values are IEEE doubles (printed with repr(float))
and are converted to mpf exactly; the reference is for exactly that double.
Values at z = +-inf are the mathematical limits.  Finite results too large
for a double print as `inf`/`-inf`; tiny results are printed unclamped.

Rerun (deterministic) from the repository root:
    /usr/bin/python3 tests/data/make_reference.py > tests/data/reference.csv
    /usr/bin/python3 tests/data/make_reference.py --heldout > tests/data/heldout.csv

`--heldout` draws other points (its own seed) for every function at its default parameters:
N(0, 3^2) like the benchmark, magnitudes spread log-uniformly over 1e-8..1e3, and points around
the bounds where the vector kernels hand over to the scalar ones or switch formula.
"""
import sys
import functools
import random

from mpmath import mp, mpf

mp.dps = 60

INF = mpf('inf')
SELU_LAMBDA = mpf('1.0507009873554804934193349852946')
SELU_ALPHA = mpf('1.6732632423543772848170429916717')
GELU_C = mpf('0.044715')
SQRT_2_OVER_PI = mp.sqrt(2 / mp.pi)
# Smallest magnitude that rounds to infinity as a double: 2^1024 - 2^970.
DBL_OVERFLOW = mpf(2) ** 1024 - mpf(2) ** 970


def at_inf(neg, pos):
    """Decorator: return (f, df) limits at z = -inf / +inf instead of the
    formula.  A limit is a tuple or a callable taking the parameters."""
    def deco(fn):
        @functools.wraps(fn)
        def wrapped(z, **params):
            if mp.isinf(z):
                lim = pos if z > 0 else neg
                return lim(**params) if callable(lim) else lim
            return fn(z, **params)
        return wrapped
    return deco


def sig(z):
    """Logistic sigmoid; sig(-z) gives 1 - sig(z) without cancellation."""
    return 1 / (1 + mp.exp(-z))


def softplus_(z):
    return mp.log1p(mp.exp(z)) if z <= 0 else z + mp.log1p(mp.exp(-z))


def step(z, threshold=0.0):
    return (mpf(1) if z >= mpf(threshold) else mpf(0)), mpf(0)


def linear(z, c=1.0):
    c = mpf(c)
    return c * z, c


@at_inf((0, 0), (1, 0))
def sigmoid(z):
    e = mp.exp(-z)
    return 1 / (1 + e), e / (1 + e) ** 2


@at_inf((-1, 0), (1, 0))
def tanh(z):
    return mp.tanh(z), 1 / mp.cosh(z) ** 2


def relu(z):
    return (z if z > 0 else mpf(0)), mpf(1 if z > 0 else 0)


def leaky_relu(z, alpha=0.01):
    alpha = mpf(alpha)
    return (z if z >= 0 else alpha * z), (mpf(1) if z > 0 else alpha)


def prelu(z, alpha=0.25):
    return leaky_relu(z, alpha)


@at_inf(lambda alpha=1.0: (-mpf(alpha), 0), (INF, 1))
def elu(z, alpha=1.0):
    alpha = mpf(alpha)
    if z > 0:
        return z, mpf(1)
    return alpha * mp.expm1(z), alpha * mp.exp(z)


@at_inf((-SELU_LAMBDA * SELU_ALPHA, 0), (INF, SELU_LAMBDA))
def selu(z):
    if z > 0:
        return SELU_LAMBDA * z, SELU_LAMBDA
    return SELU_LAMBDA * SELU_ALPHA * mp.expm1(z), SELU_LAMBDA * SELU_ALPHA * mp.exp(z)


@at_inf((0, 0), (INF, 1))
def gelu(z):
    phi_cdf = mp.erfc(-z / mp.sqrt(2)) / 2
    phi_pdf = mp.exp(-z * z / 2) / mp.sqrt(2 * mp.pi)
    return z * phi_cdf, phi_cdf + z * phi_pdf


@at_inf((0, 0), (INF, 1))
def gelu_tanh(z):
    u = SQRT_2_OVER_PI * (z + GELU_C * z ** 3)
    one_plus_tanh = 2 * sig(2 * u)            # 1 + tanh(u), no cancellation
    sech2 = 4 / (mp.exp(u) + mp.exp(-u)) ** 2  # 1 / cosh(u)^2
    du = SQRT_2_OVER_PI * (1 + 3 * GELU_C * z ** 2)
    return z * one_plus_tanh / 2, one_plus_tanh / 2 + z * sech2 * du / 2


@at_inf((0, 0), (INF, 1))
def silu(z):
    s = sig(z)
    return z * s, s * (1 + z * sig(-z))


@at_inf((0, 0), (INF, 1))
def softplus(z):
    return softplus_(z), sig(z)


@at_inf((-1, 0), (1, 0))
def softsign(z):
    return z / (1 + abs(z)), 1 / (1 + abs(z)) ** 2


@at_inf((0, 0), (INF, 1))
def mish(z):
    sp = softplus_(z)
    t = mp.tanh(sp)
    return z * t, t + z * sig(z) / mp.cosh(sp) ** 2


def hard_sigmoid(z):
    if z <= -3:
        return mpf(0), mpf(0)
    if z >= 3:
        return mpf(1), mpf(0)
    return (z + 3) / 6, mpf(1) / 6


def hard_silu(z):
    if z < -3:
        return mpf(0), mpf(0)
    if z > 3:
        return z, mpf(1)
    return z * (z + 3) / 6, (2 * z + 3) / 6


def relu6(z):
    return min(max(mpf(0), z), mpf(6)), mpf(1 if 0 < z < 6 else 0)


@at_inf((0, 0), (INF, INF))
def exponential(z):
    e = mp.exp(z)
    return e, e


FUNCTIONS = [step, linear, sigmoid, tanh, relu, leaky_relu, prelu, elu, selu,
             gelu, gelu_tanh, silu, softplus, softsign, mish, hard_sigmoid,
             hard_silu, relu6, exponential]

inf = float('inf')
Z_DEFAULT = [-inf, -1000, -745.5, -710, -100, -40, -37.5, -30, -20.5, -10, -5,
             -4.5848, -3, -2.5, -2, -1.5, -1.2785, -1, -0.75, -0.5, -0.1,
             -1e-3, -1e-8, -1e-300, 0, 1e-300, 1e-8, 1e-3, 0.1, 0.5, 0.75, 1,
             1.5, 2, 2.5, 3, 4, 5, 6, 7, 10, 20, 20.5, 30, 37.5, 40, 100, 354,
             500, 709, 710, 1000, inf]
_rng = random.Random(20261127)
Z_DEFAULT += [_rng.uniform(-50, 50) for _ in range(40)]
Z_DEFAULT += [_rng.uniform(-1000, 1000) for _ in range(20)]

Z_STEP = [-2, -1.5, 0, 2.25, 3]
Z_LINEAR = [-1000, -1, 0, 3.7, 1000, -inf, inf]
Z_PIECEWISE = [-1000, -50, -3, -1, -0.1, 0, 0.1, 1, 1000, -inf, inf]
EXTRA = {  # key -> list of (params, z list)
    'step': [({'threshold': -1.5}, Z_STEP), ({'threshold': 2.25}, Z_STEP)],
    'linear': [({'c': -2.5}, Z_LINEAR), ({'c': 0.3}, Z_LINEAR)],
    'leaky_relu': [({'alpha': 0.2}, Z_PIECEWISE), ({'alpha': 0.3}, Z_PIECEWISE)],
    'prelu': [({'alpha': 0.1}, Z_PIECEWISE), ({'alpha': -0.5}, Z_PIECEWISE)],
    'elu': [({'alpha': 0.5}, Z_PIECEWISE), ({'alpha': 2}, Z_PIECEWISE)],
    # (1 + |z|)^2 overflows while f' is still a subnormal or a tiny normal double
    'softsign': [({}, [1e154, -1.4e154, 2.8e154, -1e160, 1e200, -1.7e308])],
}


def fmt(v):
    """40 significant digits; `0`, `inf`, `-inf`; overflowing values -> inf."""
    v = mpf(v)
    if v == 0:
        return '0'
    if mp.isinf(v) or abs(v) >= DBL_OVERFLOW:
        return 'inf' if v > 0 else '-inf'
    return mp.nstr(v, 40, min_fixed=-5, max_fixed=17)


# Where a span kernel changes formula or hands lanes to the scalar kernel (core/vectorkernels.inc),
# and where the scalar kernels switch (core/kernels.h).
BOUNDS = [0.01, 0.0625, 0.25, 21, 37, 40, 350, 700, 745]


def heldout_points(rng):
    zs = [rng.gauss(0, 3) for _ in range(120)]
    zs += [rng.choice((-1, 1)) * 10 ** rng.uniform(-8, 3) for _ in range(60)]
    zs += [rng.choice((-1, 1)) * (b + rng.uniform(-0.5, 0.5) * min(b, 1)) for b in BOUNDS for _ in range(6)]
    return zs


def heldout():
    print('key,params,z,f,df')
    rng = random.Random(20261128)
    for fn in FUNCTIONS:
        for z in heldout_points(rng):
            f, df = fn(mpf(z))
            print(f'{fn.__name__},,{z!r},{fmt(f)},{fmt(df)}')


def main():
    if sys.argv[1:] == ['--heldout']:
        heldout()
        return
    print('key,params,z,f,df')
    for fn in FUNCTIONS:
        cases = [({}, Z_DEFAULT)] + EXTRA.get(fn.__name__, [])
        for params, zs in cases:
            params = {k: float(v) for k, v in params.items()}
            ptxt = ';'.join(f'{k}={v!r}' for k, v in params.items())
            for z in zs:
                z = float(z)
                f, df = fn(mpf(z), **params)
                print(f'{fn.__name__},{ptxt},{z!r},{fmt(f)},{fmt(df)}')


if __name__ == '__main__':
    main()
