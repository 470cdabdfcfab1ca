#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Bash completion of activationlab, as an interactive shell runs it.
#
#   check_completion.sh BINARY COMPLETION_FILE
#
# Loads Debian's bash-completion and the file, then completes command lines: commands and
# options exactly as `BINARY --help` lists them, function keys exactly as `BINARY list` prints
# them, a function's parameters, option values, and file names by extension.
set -uo pipefail

[ $# -eq 2 ] || { echo "usage: $0 BINARY COMPLETION_FILE" >&2; exit 2; }
binary=$1 completion=$2
case $binary in /*) ;; *) binary=$PWD/$binary ;; esac
case $completion in /*) ;; *) completion=$PWD/$completion ;; esac
source "$(dirname "$0")/help_options.sh"

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok:   $*"; }

framework=/usr/share/bash-completion/bash_completion
[ -f "$framework" ] || { echo "FAIL: $framework not found (Debian: bash-completion)" >&2; exit 1; }
# bash_completion reads the interactive shell's settings; it is written for bash without -u.
set +u
# shellcheck source=/dev/null
source "$framework" || { echo "FAIL: cannot load $framework" >&2; exit 1; }
# shellcheck source=/dev/null
source "$completion" || { echo "FAIL: cannot load $completion" >&2; exit 1; }
[ "$(complete -p activationlab 2>/dev/null)" = "complete -F _activationlab activationlab" ] ||
  { echo "FAIL: $completion does not register _activationlab for activationlab" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/activationlab-completion.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
mkdir lessons
touch lesson.alab tasks.alex notes.txt figure.png figure.svg figure.pdf lessons/one.alab

# compopt works only while readline completes; here it records the request in a file, which
# outlives the subshell of $(complete_line ...).
compopt() { [ "$*" = "-o nospace" ] && touch "$tmp/nospace"; return 0; }
nospace() { [ -e "$tmp/nospace" ]; }

# complete LINE: the sorted candidates for the end of LINE, one per line, as bash would compute
# them; the first word of LINE is replaced by the binary under test.
complete_line() {
  local line="$binary ${1#activationlab }"
  COMP_LINE=$line COMP_POINT=${#line}
  read -ra COMP_WORDS <<<"$line"
  [[ $line == *" " ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  rm -f "$tmp/nospace"
  _activationlab "$binary" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sort
}

# expect LINE CANDIDATE... : the candidates are exactly these.
expect() {
  local line=$1; shift
  local got want
  got=$(complete_line "$line" | tr '\n' ' ')
  want=$(printf '%s\n' "$@" | sed '/^$/d' | sort | tr '\n' ' ')
  if [ "$got" = "$want" ]; then ok "'$line' → ${got:-nothing}"
  else fail "'$line' → '$got', expected '$want'"; fi
}

# Commands and options against --help.
help_options "$binary" >help-options
commands=$(grep -v ' ' help-options)
[ -n "$commands" ] || { echo "FAIL: found no commands in $binary --help" >&2; exit 1; }
expect "activationlab " $commands lesson.alab tasks.alex lessons
expect "activationlab -" $(sed -n 's/^- //p' help-options)
for command in $commands; do
  options=$(sed -n "s/^$command //p" help-options)
  expect "activationlab $command --" $options
done

# Function keys and parameters against list.
keys=$("$binary" list | cut -d' ' -f1)
expect "activationlab table " $keys
expect "activationlab render " $keys
expect "activationlab table si" $(grep '^si' <<<"$keys")
expect "activationlab table leaky_relu --param " alpha=
nospace && ok "'alpha=' is completed without a space" || fail "'alpha=' is followed by a space"
expect "activationlab render step --lang en --param " threshold=
expect "activationlab table sigmoid --param " ""

# Option values and files.
expect "activationlab render relu --lang " en ru
expect "activationlab render relu --out " figure.png figure.svg figure.pdf lessons
expect "activationlab table relu --out figure.p" figure.png figure.pdf
expect "activationlab render --scenario " lesson.alab lessons
expect "activationlab render --scenario lessons/" lessons/one.alab
expect "activationlab exercise list --file " tasks.alex lessons
expect "activationlab exercise check --state " lesson.alab lessons
expect "activationlab table relu --from " ""
expect "activationlab softmax --values=" ""
expect "activationlab list " ""

# The form of render decides the options; given options are not offered again.
expect "activationlab render relu --" --bias= --inputs= --lang --out --param --size --weights=
expect "activationlab render --scenario lesson.alab --" --lang --out --size
expect "activationlab table relu --from 1 --param alpha=1 --" --at= --out --param --points --to
expect "activationlab softmax --log --values=1,2 --" --out --temperature
expect "activationlab softmax --val" --values=
nospace && ok "'--values=' is completed without a space" || fail "'--values=' is followed by a space"
expect "activationlab softmax --"  --log --out --temperature --values=
nospace && fail "'softmax --' (not all ending in =) is completed without a space" || ok "options of mixed forms keep the space"

if [ $failures -ne 0 ]; then
  echo "FAILED: $failures completion(s) wrong" >&2
  exit 1
fi
echo "PASSED: bash completion of $binary"
