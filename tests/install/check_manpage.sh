#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The manual page against the program it describes.
#
#   check_manpage.sh BINARY MANPAGE
#
# MANPAGE is activationlab.1 (or .1.gz). It must format without a single groff or man warning
# (what lintian's groff-message looks for), carry the version `BINARY --version` prints, and
# describe exactly the commands and options `BINARY --help` lists: each command a subsection of
# COMMANDS with its options as tagged paragraphs, the program's own options under OPTIONS, and
# every command in the SYNOPSIS. Every exit code --help names is under EXIT STATUS, with 0, 1, 2.
set -uo pipefail

[ $# -eq 2 ] || { echo "usage: $0 BINARY MANPAGE" >&2; exit 2; }
binary=$1 manpage=$2
case $binary in /*) ;; *) binary=$PWD/$binary ;; esac
source "$(dirname "$0")/help_options.sh"

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok:   $*"; }

command -v man >/dev/null || { echo "FAIL: man not found (Debian: man-db)" >&2; exit 1; }
[ -s "$manpage" ] || { echo "FAIL: no manual page at $manpage" >&2; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/activationlab-man.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 MAN_KEEP_FORMATTING= MANPAGER=cat PAGER=cat

# Formatting, as lintian checks it: any message on stderr is a defect of the page.
if ! man --warnings -E UTF-8 -l -Tutf8 -Z "$manpage" >/dev/null 2>"$tmp/warnings" || [ -s "$tmp/warnings" ]; then
  fail "man --warnings reports: $(cat "$tmp/warnings")"
else
  ok "formats without warnings"
fi
# One line per paragraph, no hyphenation, plain text.
MANWIDTH=1000 man -l "$manpage" 2>/dev/null | col -bx >"$tmp/page"
[ -s "$tmp/page" ] || { echo "FAIL: man -l $manpage printed nothing" >&2; exit 1; }

version=$("$binary" --version) || { echo "FAIL: $binary --version failed" >&2; exit 1; }
version=${version#activationlab }
if head -1 "$tmp/page" | grep -q "^ACTIVATIONLAB(1)" && tail -1 "$tmp/page" | grep -qF "ActivationLab $version"; then
  ok "ACTIVATIONLAB(1) of ActivationLab $version"
else
  fail "the page's header and footer do not name ACTIVATIONLAB(1) and ActivationLab $version: $(head -1 "$tmp/page") / $(tail -1 "$tmp/page")"
fi

# The page's commands and options, in help_options' form.
awk '
  /^[A-Z]/ { section = $0; next }
  section == "COMMANDS" && /^   [^ ]/ { command = $1; print command; next }
  (section == "COMMANDS" || section == "OPTIONS") && /^       -/ {
    owner = section == "OPTIONS" ? "-" : command
    rest = $0
    while (match(rest, /--[a-z][a-z0-9-]*=?/)) {
      print owner " " substr(rest, RSTART, RLENGTH)
      rest = substr(rest, RSTART + RLENGTH)
    }
  }' "$tmp/page" | sort -u >"$tmp/man-options"
help_options "$binary" >"$tmp/help-options"
[ -s "$tmp/help-options" ] || { echo "FAIL: found no commands in $binary --help" >&2; exit 1; }
if diff -u "$tmp/help-options" "$tmp/man-options" >"$tmp/diff"; then
  ok "COMMANDS and OPTIONS describe exactly what --help lists ($(grep -c ' ' "$tmp/help-options") options of $(grep -vc ' ' "$tmp/help-options") commands)"
else
  fail "the page and --help differ (- only in --help, + only in the page):"
  tail -n +3 "$tmp/diff" | grep '^[-+]' >&2
fi

synopsis=$(awk '/^[A-Z]/ { section = $0; next } section == "SYNOPSIS"' "$tmp/page")
for command in $(grep -v ' ' "$tmp/help-options"); do
  if grep -qE "^ +activationlab $command( |$)" <<<"$synopsis"; then ok "SYNOPSIS shows $command"
  else fail "SYNOPSIS lacks 'activationlab $command'"; fi
done

codes=$(awk '/^[A-Z]/ { section = $0; next } section == "EXIT STATUS" && /^       [0-9]+ / { print $1 }' "$tmp/page" | tr '\n' ' ')
for code in $( (echo 0 1 2; "$binary" --help | grep -oE 'code [0-9]+' | cut -d' ' -f2) | sort -u); do
  if [[ " $codes" == *" $code "* ]]; then ok "EXIT STATUS explains $code"
  else fail "EXIT STATUS does not explain exit code $code (it lists: $codes)"; fi
done

for section in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS "EXIT STATUS" FILES ENVIRONMENT EXAMPLES "SEE ALSO"; do
  grep -qx "$section" "$tmp/page" || fail "no $section section"
done

# Every example of the command line runs, in a scratch folder (render draws offscreen; the
# scenario example gets a minimal scenario). Starting the window is not tried.
examples=$(awk '/^[A-Z]/ { section = $0; next } section == "EXAMPLES" && /^ +activationlab /' "$tmp/page" | sed 's/^ *//')
[ -n "$examples" ] || fail "EXAMPLES shows no command"
mkdir "$tmp/examples" && cd "$tmp/examples" || exit 1
echo '{ "format": "activationlab-scenario", "version": 1 }' >lesson.alab
while read -r example; do
  read -ra words <<<"${example#activationlab }"
  case ${words[0]} in
    list | table | softmax | render | init-stats)
      if "$binary" "${words[@]}" >/dev/null 2>"$tmp/err"; then ok "example runs: $example"
      else fail "example fails: $example: $(cat "$tmp/err")"; fi
      ;;
    *) ok "example not run (it opens the window): $example" ;;
  esac
done <<<"$examples"

if [ $failures -ne 0 ]; then
  echo "FAILED: $failures check(s) of the manual page" >&2
  exit 1
fi
echo "PASSED: the manual page matches $binary"
