#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""PyTorch's float64 f + f' beside ours, in one run.

For every function of the catalog: 1,000,000 float64 points from N(0, 3^2), one thread, f and f'
through autograd (y = f(x); torch.autograd.grad(y, x, ones)), nanoseconds per point, minimum and
median of the repetitions. With --bench-core it first runs our Google Benchmark binary (every
dispatch level it registers: scalar, the old per-point loop, and each SIMD width the CPU has) and
prints one table with both sides. Without Debian's python3-torch it says so and prints only ours.

    /usr/bin/python3 tests/bench/bench_torch.py --bench-core build/release/tests/bench/bench_core

--before PATH adds the bench_core of an older commit as a column (`before`), to check that the
scalar level still costs what the span kernels cost before.
"""
import argparse
import json
import statistics
import subprocess
import sys
import time

POINTS = 1_000_000


def torch_functions(torch):
    F = torch.nn.functional
    alpha_prelu = torch.tensor([0.25], dtype=torch.float64)  # a fixed weight: no gradient for it
    return {
        # torch.heaviside has no backward in PyTorch; its f' is the zero tensor, timed as such.
        'step': lambda x: torch.heaviside(x.detach(), torch.ones((), dtype=x.dtype)) + 0 * x,
        'linear': lambda x: 1.0 * x,
        'sigmoid': torch.sigmoid,
        'tanh': torch.tanh,
        'relu': F.relu,
        'leaky_relu': lambda x: F.leaky_relu(x, 0.01),
        'prelu': lambda x: F.prelu(x, alpha_prelu),
        'elu': lambda x: F.elu(x, 1.0),
        'selu': F.selu,
        'gelu': F.gelu,
        'gelu_tanh': lambda x: F.gelu(x, approximate='tanh'),
        'silu': F.silu,
        'softplus': F.softplus,
        'softsign': F.softsign,
        'mish': F.mish,
        'hard_sigmoid': F.hardsigmoid,
        'hard_silu': F.hardswish,
        'relu6': F.relu6,
        'exponential': torch.exp,
    }


def time_torch(repetitions):
    try:
        import torch
    except ImportError:
        print('note: python3-torch is not installed; only our side is measured', file=sys.stderr)
        return {}
    torch.set_num_threads(1)
    generator = torch.Generator().manual_seed(42)
    z = torch.randn(POINTS, dtype=torch.float64, generator=generator) * 3.0
    results = {}
    for key, fn in torch_functions(torch).items():
        x = z.clone().requires_grad_()
        ones = torch.ones_like(z)
        samples = []
        for i in range(repetitions + 2):
            t0 = time.perf_counter()
            y = fn(x)
            (dx,) = torch.autograd.grad(y, x, ones)
            t1 = time.perf_counter()
            if i >= 2:  # two warm-up rounds
                samples.append((t1 - t0) * 1e9 / POINTS)
        results[key] = samples
    return results


def time_ours(binary, repetitions, min_time, level_if_none='before'):
    out = subprocess.run([binary, '--benchmark_format=json', f'--benchmark_repetitions={repetitions}',
                          f'--benchmark_min_time={min_time}'], check=True, capture_output=True, text=True).stdout
    results = {}
    for b in json.loads(out)['benchmarks']:
        if b.get('run_type') != 'iteration':
            continue
        parts = b['run_name'].split('/')
        key, level = parts[1], (parts[2] if len(parts) > 2 else level_if_none)
        # The counter is a rate inverted: seconds per point.
        results.setdefault(key, {}).setdefault(level, []).append(b['ns_per_point'] * 1e9)
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--bench-core', help='path of bench_core; without it only PyTorch is measured')
    parser.add_argument('--before', help='a bench_core built from an older commit (one level per function)')
    parser.add_argument('--repetitions', type=int, default=5)
    parser.add_argument('--min-time', type=float, default=0.5, help='seconds per repetition of bench_core')
    args = parser.parse_args()

    ours = time_ours(args.bench_core, args.repetitions, args.min_time) if args.bench_core else {}
    if args.before:
        for key, per in time_ours(args.before, args.repetitions, args.min_time).items():
            ours.setdefault(key, {}).update(per)
    theirs = time_torch(args.repetitions)
    keys = list(ours) or list(theirs)
    order = ['before', 'scalar', 'sse2', 'avx2', 'avx512']
    levels = sorted({level for per in ours.values() for level in per}, key=order.index)
    # Ratios for the widest level, and for AVX2 too when wider ones exist (not every CPU has AVX-512).
    compared = [level for level in levels if level not in ('before', 'scalar') and (level == levels[-1] or level == 'avx2')]

    def fmt(samples):
        return f'{min(samples):.2f} / {statistics.median(samples):.2f}' if samples else '—'

    def ratio(numerator, denominator):
        return f'{min(numerator) / min(denominator):.1f}×' if numerator and denominator else '—'

    header = ['function'] + [f'ours {level}' for level in levels] + ['PyTorch float64']
    for level in compared:
        header += [f'PyTorch ÷ {level}', f'scalar ÷ {level}']
    header += ['before ÷ scalar'] if 'before' in levels else []
    print(f'ns per point, f + f′, {POINTS:,} points from N(0, 3²), one thread; min / median of '
          f'{args.repetitions} repetitions; ratios of the minima')
    print('| ' + ' | '.join(header) + ' |')
    print('|' + '---|' * len(header))
    for key in keys:
        mine = ours.get(key, {})
        row = [key] + [fmt(mine.get(level, [])) for level in levels] + [fmt(theirs.get(key, []))]
        for level in compared:
            row += [ratio(theirs.get(key), mine.get(level)), ratio(mine.get('scalar'), mine.get(level))]
        row += [ratio(mine.get('before'), mine.get('scalar'))] if 'before' in levels else []
        print('| ' + ' | '.join(row) + ' |')


if __name__ == '__main__':
    main()
