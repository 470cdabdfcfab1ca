#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian packages ActivationLab needs, and only those that are missing, so a second
# run costs nothing. Sourced by scripts/run and scripts/test.
set -euo pipefail

ACTIVATIONLAB_PACKAGES=(
  cmake make g++ clang
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev libgl-dev qt6-translations-l10n
  libgtest-dev libgmock-dev libbenchmark-dev libeigen3-dev python3-numpy
  fonts-dejavu-core xvfb xauth desktop-file-utils appstream python3
  valgrind libclang-rt-14-dev dpkg-dev
  lintian man-db bash-completion
  hunspell hunspell-ru hunspell-en-us
  libsleef-dev liblz4-dev pkg-config
)
# Measuring only, not installed here: python3-torch (tests/bench/bench_torch.py, about 160 MB with
# libtorch) and libhwy-dev (tests/bench/vecmath_choice.cpp).

install_missing_packages() {
  local missing=()
  for p in "${ACTIVATIONLAB_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  # A fresh machine starts with empty package lists.
  $sudo apt-get update -q
  # Another apt run (a second worktree's scripts/test) may hold dpkg's lock: wait for it.
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends \
    -o DPkg::Lock::Timeout=600 "${missing[@]}"
}
