#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# The peer of bench_init's init_forward_ms in NumPy as Debian installs it (python3-numpy, with
# Debian's reference BLAS unless another libblas.so.3 alternative is chosen): the same forward
# pass — 10 layers × 500 units × 1,000 samples, tanh, Xavier weights drawn before timing; per
# layer the product, the activation and its derivative, mean, std, saturated and dead shares and a
# 40-bin histogram. Prints the median of 7 runs in float64 (NumPy's default) and float32 (the
# precision bench_init computes its products in).
# Run: /usr/bin/python3 tests/bench/init_forward.py
import time

import numpy as np

L, N, M, EPS, BINS = 10, 500, 1000, 0.01, 40


def forward(x, weights):
    a = x
    for w in weights:
        z = a @ w
        a = np.tanh(z)
        d = 1.0 - a * a
        mean, std = a.mean(), a.std()
        saturated = (np.abs(d) < EPS).mean()
        dead = np.all((a == 0) & (d == 0), axis=0).mean()
        hist = np.histogram(a, bins=BINS, range=(-1.0, 1.0))[0]
    return mean, std, saturated, dead, hist


def median_ms(dtype):
    rng = np.random.default_rng(1)
    x = rng.standard_normal((M, N)).astype(dtype)
    weights = [(rng.standard_normal((N, N)) * np.sqrt(2.0 / (N + N))).astype(dtype) for _ in range(L)]
    forward(x, weights)
    times = []
    for _ in range(7):
        start = time.perf_counter()
        forward(x, weights)
        times.append((time.perf_counter() - start) * 1000.0)
    return sorted(times)[len(times) // 2]


print(f"numpy_forward_ms float64={median_ms(np.float64):.0f} float32={median_ms(np.float32):.0f} (numpy {np.__version__})")
