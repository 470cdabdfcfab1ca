#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Process start: from exec to the main window's first painted frame, under a real X server
# (Xvfb), RUNS launches (default 10); prints every launch and then
#   startup_process_ms median=… min=… max=… runs=…
# Each launch starts from a fresh, empty configuration (no saved geometry or language).
#   xvfb-run -a -s "-screen 0 1920x1080x24" tests/bench/startup.sh build/release [RUNS]
# The application quits by itself after the first frame when ACTIVATIONLAB_STARTUP_PROBE is set.
set -euo pipefail
build=${1:?usage: startup.sh BUILD_DIR [RUNS]}
runs=${2:-10}
binary=$build/app/activationlab
[ -n "${DISPLAY:-}" ] || { echo "startup.sh: no X display; run it under xvfb-run" >&2; exit 1; }
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
times=()
for ((i = 1; i <= runs; i++)); do
  start=${EPOCHREALTIME/[.,]/}  # µs, read by bash itself: no process between it and the exec
  line=$(XDG_CONFIG_HOME=$config QT_QPA_PLATFORM=xcb ACTIVATIONLAB_STARTUP_PROBE=1 "$binary" 2>/dev/null | grep first_paint)
  painted=$(sed -n 's/.*first_paint_epoch_us=\([0-9]*\).*/\1/p' <<<"$line")
  ms=$(awk -v a="$start" -v b="$painted" 'BEGIN { printf "%.1f", (b - a) / 1e3 }')
  echo "launch $i: ${ms} ms (${line#*main_to_first_paint_ms=} ms of it from main())"
  times+=("$ms")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END {
  m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
  printf "startup_process_ms median=%.1f min=%.1f max=%.1f runs=%d\n", m, v[1], v[NR], NR }'
