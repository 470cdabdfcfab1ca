#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The peer a teacher would script instead of ActivationLab: a matplotlib figure (Agg backend,
Debian's python3-matplotlib) of the same content at the same size, redrawn at every "slider
step" as a matplotlib Slider callback would: f and f' recomputed over 2,000 points, the dead and
vanishing regions shaded again, the neuron's marker and tangent moved, the canvas drawn.

Each step changes the leak slope α of leaky ReLU (the explorer's parameter step); the same work
covers ε, zoom and pan steps (all recompute and redraw everything), so one figure is the peer of
every step kind. Prints
    peer_matplotlib_ms median=… p99=… steps=…
Run: /usr/bin/python3 tests/bench/peer_matplotlib.py [STEPS]
"""
import statistics
import sys
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

STEPS = int(sys.argv[1]) if len(sys.argv) > 1 else 200
EPSILON = 0.01
Z = np.linspace(-6.0, 6.0, 2000)


def leaky_relu(z, alpha):
    return np.where(z >= 0, z, alpha * z), np.where(z > 0, 1.0, alpha)


def regions(df):
    """Runs of z where f' = 0 (dead) and where 0 < |f'| < ε (vanishing)."""
    out = {"dead": [], "vanishing": []}
    for name, mask in (("dead", df == 0), ("vanishing", (np.abs(df) < EPSILON) & (df != 0))):
        edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
        out[name] = [(Z[a], Z[b - 1]) for a, b in zip(edges[::2], edges[1::2])]
    return out


# 1280×800 window: the explorer's chart is about 780×600 pixels of it.
fig, ax = plt.subplots(figsize=(7.8, 6.0), dpi=100)
(curve,) = ax.plot([], [], color="#1c5dc4", lw=3, label="f(z)")
(derivative,) = ax.plot([], [], color="#d9480f", lw=2.2, ls="--", label="f′(z)")
(tangent,) = ax.plot([], [], color="#2b8a3e", lw=1.8)
(point,) = ax.plot([], [], "o", color="#1c5dc4", ms=10)
(slope,) = ax.plot([], [], "o", color="#d9480f", ms=8)
ax.set_xlim(-6, 6)
ax.set_ylim(-1.5, 6)
ax.grid(True)
ax.set_xlabel("z = Σ wᵢxᵢ + b")
ax.set_ylabel("f(z), f′(z)")
ax.legend(loc="lower center", ncol=4)
fig.canvas.draw()
shades = []
samples = []
z0 = 0.5
for step in range(STEPS):
    alpha = 0.01 + 0.01 * (step % 40 if (step // 40) % 2 == 0 else 40 - step % 40)
    t = time.perf_counter()
    f, df = leaky_relu(Z, alpha)
    curve.set_data(Z, f)
    derivative.set_data(Z, df)
    for s in shades:
        s.remove()
    r = regions(df)
    shades = [ax.axvspan(lo, hi, color="#e03131", alpha=0.24, lw=0) for lo, hi in r["dead"]]
    shades += [ax.axvspan(lo, hi, color="#f59f00", alpha=0.27, lw=0) for lo, hi in r["vanishing"]]
    fz, dfz = leaky_relu(np.array([z0]), alpha)
    point.set_data([z0], fz)
    slope.set_data([z0], dfz)
    tangent.set_data([z0 - 1, z0 + 1], [fz[0] - dfz[0], fz[0] + dfz[0]])
    fig.canvas.draw()
    samples.append((time.perf_counter() - t) * 1000.0)
samples.sort()
p99 = samples[min(len(samples) - 1, int(0.99 * (len(samples) - 1) + 0.5))]
print(f"peer_matplotlib_ms median={statistics.median(samples):.2f} p99={p99:.2f} steps={len(samples)}")
