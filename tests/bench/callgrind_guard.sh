#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The performance regression guard: counts the instructions of one slider step's full update
# path (model → core → series → paint) with callgrind — repeatable, unlike time — and fails when
# the count per step exceeds the baseline in callgrind_baseline.txt by more than 10 %.
#   tests/bench/callgrind_guard.sh BUILD_DIR            check
#   tests/bench/callgrind_guard.sh BUILD_DIR --update   measure and write a new baseline
# Refresh the baseline deliberately, in its own commit, when a change is meant to cost more (or
# has made the path cheaper), and say why in the commit message.
set -euo pipefail
build=${1:?usage: callgrind_guard.sh BUILD_DIR [--update]}
mode=${2:-check}
here=$(cd "$(dirname "$0")" && pwd)
baseline_file=$here/callgrind_baseline.txt
binary=$build/tests/bench/update_path
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v valgrind >/dev/null || { echo "callgrind_guard: valgrind is not installed" >&2; exit 1; }
QT_QPA_PLATFORM=offscreen QT_HASH_SEED=0 valgrind --tool=callgrind --instr-atstart=no \
  --callgrind-out-file="$work/callgrind.out.%p" "$binary" > "$work/stdout" 2> "$work/stderr" \
  || { cat "$work/stderr" >&2; exit 1; }
steps=$(sed -n 's/^steps=\([0-9]*\).*/\1/p' "$work/stdout")
# The dump made at the end of the measured steps holds exactly their instructions.
dump=$(grep -l '^desc: Trigger: Client Request: update_path' "$work"/callgrind.out.* | head -n 1)
total=$(sed -n 's/^totals: //p' "$dump" | awk '{print $1}')
per_step=$((total / steps))
echo "update_path: $total instructions over $steps steps = $per_step per step"

if [ "$mode" = "--update" ]; then
  echo "$per_step" > "$baseline_file"
  echo "baseline written to $baseline_file"
  exit 0
fi
baseline=$(tr -dc '0-9' < "$baseline_file")
limit=$((baseline + baseline / 10))
echo "baseline $baseline per step, limit $limit (+10 %)"
if [ "$per_step" -gt "$limit" ]; then
  echo "callgrind_guard: one slider step now costs $per_step instructions, more than 10 % over the baseline $baseline" >&2
  exit 1
fi
