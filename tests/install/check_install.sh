#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks ActivationLab's installation from the outside, the way a packager or a desktop sees it.
#
#   check_install.sh tree BUILD_DIR CMAKE [CONFIG]
#       cmake --install into a fresh temporary prefix; every file in place; the installed binary
#       runs without a display; the launcher, AppStream, MIME and icon files pass their validators
#       and agree with each other.
#   check_install.sh deb BUILD_DIR CMAKE [CONFIG] CPACK
#       cpack -G DEB into a temporary directory; the package holds exactly the files that
#       cmake --install installs, and its control fields are right.
#   check_install.sh lintian BUILD_DIR CMAKE [CONFIG] CPACK
#       cpack -G DEB, then Debian's lintian on the package: any E: or W: tag fails (I: and the
#       note about running as root do not); the maintainer and home page are not placeholders.
#
# ACTIVATIONLAB_VERSION (set by CTest) is the version the binary and the metadata must report.
# Independent of the working directory; leaves nothing behind; exits non-zero on any failure.
set -uo pipefail  # not -e: every check runs and reports, failures are counted

usage() { echo "usage: $0 tree|deb|lintian BUILD_DIR CMAKE [CONFIG] [CPACK]" >&2; exit 2; }
[ $# -ge 3 ] || usage
mode=$1 build=$2 cmake=$3 config=${4:-} cpack=${5:-}
[ "$mode" = tree ] || [ "$mode" = deb ] || [ "$mode" = lintian ] || usage
[ "$mode" = tree ] || [ -n "$cpack" ] || usage
version=${ACTIVATIONLAB_VERSION:-}

app_id=io.github.activationlab.ActivationLab
expected_files=(
  bin/activationlab
  share/applications/$app_id.desktop
  share/icons/hicolor/scalable/apps/activationlab.svg
  share/metainfo/$app_id.metainfo.xml
  share/mime/packages/activationlab-mime.xml
  share/activationlab/translations/activationlab_ru.qm
  share/man/man1/activationlab.1.gz
  share/bash-completion/completions/activationlab
  share/doc/activationlab/copyright
  share/doc/activationlab/changelog.gz
)

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok:   $*"; }
note() { echo "note: $*"; }
have() { command -v "$1" >/dev/null 2>&1; }
# Runs a command with a time limit where coreutils' timeout exists.
limited() { if have timeout; then timeout 60 "$@"; else "$@"; fi; }

case $build in /*) ;; *) build=$(cd "$build" && pwd) || exit 1 ;; esac
[ -f "$build/cmake_install.cmake" ] || { echo "FAIL: $build is not a configured build directory" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/activationlab-install.XXXXXX") || { echo "FAIL: cannot create a temporary directory" >&2; exit 1; }
trap 'rm -rf "$tmp"' EXIT
started=$SECONDS

# cmake --install into $1; stops the script when that fails, since nothing else can be checked.
install_to() {
  local args=(--install "$build" --prefix "$1")
  [ -n "$config" ] && args+=(--config "$config")
  if ! "$cmake" "${args[@]}" >"$tmp/install.log" 2>&1; then
    cat "$tmp/install.log" >&2
    echo "FAIL: cmake --install $build --prefix $1 failed (is the project built?)" >&2
    exit 1
  fi
}

xml_well_formed() {
  if have xmllint; then
    xmllint --noout "$1"
  elif have python3; then
    python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$1"
  else
    echo "neither xmllint nor python3 is available to parse XML" >&2
    return 1
  fi
}

# Value of KEY in the [Desktop Entry] group of a .desktop file.
desktop_key() {
  awk -F= -v key="$2" '/^\[/ { group = $0 } group == "[Desktop Entry]" && $1 == key { sub(/^[^=]*=/, ""); print; exit }' "$1"
}

check_tree() {
  local prefix=$1 f
  for f in "${expected_files[@]}"; do
    if [ -f "$prefix/$f" ] && [ -s "$prefix/$f" ]; then ok "installed $f"; else fail "missing or empty: $f"; fi
  done

  # The binary, run as a user would run it from a terminal without a desktop session.
  local bin=$prefix/bin/activationlab out
  if [ -x "$bin" ]; then
    if out=$(limited env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$bin" --version 2>&1); then
      if [ -z "$version" ] || [ "$out" = "activationlab $version" ]; then ok "activationlab --version: $out"
      else fail "activationlab --version printed '$out', expected 'activationlab $version'"; fi
    else
      fail "activationlab --version failed: $out"
    fi
    if out=$(limited env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$bin" list 2>&1); then
      local key missing=""
      for key in step linear sigmoid tanh relu leaky_relu gelu; do
        grep -q "^$key\b" <<<"$out" || missing+=" $key"
      done
      if [ -z "$missing" ]; then ok "activationlab list: $(wc -l <<<"$out") functions"
      else fail "activationlab list lacks:$missing"; fi
    else
      fail "activationlab list failed: $out"
    fi
    # It links only system libraries: a search path would only point outside the system's.
    if have readelf; then
      if out=$(readelf -d "$bin" | grep -E '\((RPATH|RUNPATH)\)'); then fail "bin/activationlab has a library search path: $out"
      else ok "bin/activationlab has no RPATH/RUNPATH"; fi
    fi
  else
    fail "bin/activationlab is not executable"
  fi

  # Launcher.
  local desktop=$prefix/share/applications/$app_id.desktop
  if [ -f "$desktop" ]; then
    if have desktop-file-validate; then
      out=$(desktop-file-validate "$desktop" 2>&1); local rc=$?
      if [ $rc -ne 0 ] || grep -qE '(error|warning):' <<<"$out"; then fail "desktop-file-validate: $out"
      else ok "desktop-file-validate${out:+ (hints only: $out)}"; fi
    else
      note "desktop-file-validate not found (Debian: desktop-file-utils): launcher syntax not validated"
    fi
    local exec icon mimes
    exec=$(desktop_key "$desktop" Exec); exec=${exec%% *}
    if [ -n "$exec" ] && [ -x "$prefix/bin/$exec" ]; then ok "Exec=$exec is the installed binary"
    else fail "Exec=$exec is not an installed binary in bin/"; fi
    icon=$(desktop_key "$desktop" Icon)
    if [ -n "$icon" ] && [ -f "$prefix/share/icons/hicolor/scalable/apps/$icon.svg" ]; then ok "Icon=$icon is installed"
    else fail "Icon=$icon has no icon in share/icons/hicolor/scalable/apps"; fi
    mimes=$(desktop_key "$desktop" MimeType)
    local mime
    for mime in ${mimes//;/ }; do
      if grep -qs "type=\"$mime\"" "$prefix"/share/mime/packages/*.xml; then ok "MimeType $mime is defined"
      else fail "MimeType $mime is not defined by any installed share/mime/packages/*.xml"; fi
    done
  fi

  # AppStream metadata.
  local metainfo=$prefix/share/metainfo/$app_id.metainfo.xml
  if [ -f "$metainfo" ]; then
    if have appstreamcli; then
      if out=$(appstreamcli validate --no-net "$metainfo" 2>&1); then ok "appstreamcli validate --no-net: $(tr -s ' \n' ' ' <<<"$out")"
      else fail "appstreamcli validate --no-net: $out"; fi
      # The whole tree: the launcher the metainfo names is there and agrees with it.
      if out=$(appstreamcli validate-tree --no-net "$prefix" 2>&1); then ok "appstreamcli validate-tree --no-net"
      else fail "appstreamcli validate-tree --no-net: $out"; fi
    else
      note "appstreamcli not found (Debian: appstream): metainfo checked for well-formedness only"
      xml_well_formed "$metainfo" || fail "metainfo is not well-formed XML"
    fi
    if grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo"; then ok "metainfo launches $app_id.desktop"
    else fail "metainfo has no <launchable type=\"desktop-id\">$app_id.desktop</launchable>"; fi
    if grep -q '<binary>activationlab</binary>' "$metainfo"; then ok "metainfo provides the binary"
    else fail "metainfo does not provide <binary>activationlab</binary>"; fi
    if [ -n "$version" ]; then
      if grep -q "<release version=\"$version\"" "$metainfo"; then ok "metainfo has a release entry for $version"
      else fail "metainfo has no <release version=\"$version\"> entry: add one for the project's version"; fi
    fi
  fi

  # MIME types of saved scenarios and of exercise files.
  local mimexml=$prefix/share/mime/packages/activationlab-mime.xml
  if [ -f "$mimexml" ]; then
    if xml_well_formed "$mimexml"; then ok "MIME XML is well-formed"; else fail "MIME XML is not well-formed"; fi
    if have update-mime-database; then
      mkdir -p "$tmp/mimedb"
      cp -r "$prefix/share/mime" "$tmp/mimedb/"
      if out=$(update-mime-database "$tmp/mimedb/mime" 2>&1); then
        for pair in alab:application/x-activationlab-scenario alex:application/x-activationlab-exercises; do
          local ext=${pair%%:*} type=${pair#*:}
          if grep -q "^[0-9]*:$type:\\*\\.$ext\$" "$tmp/mimedb/mime/globs2"; then
            ok "update-mime-database maps *.$ext to $type"
          else
            fail "update-mime-database did not register *.$ext as $type"
          fi
          if grep -q "^MimeType=.*$type;" "$prefix/share/applications/io.github.activationlab.ActivationLab.desktop"; then
            ok "the desktop file opens $type"
          else
            fail "the desktop file does not list $type in MimeType"
          fi
        done
      else
        fail "update-mime-database failed: $out"
      fi
    else
      note "update-mime-database not found (Debian: shared-mime-info): MIME database not built"
    fi
  fi

  # Icon: well-formed, the declared canvas, nothing outside the file.
  local svg=$prefix/share/icons/hicolor/scalable/apps/activationlab.svg
  if [ -f "$svg" ]; then
    if xml_well_formed "$svg"; then ok "icon is well-formed XML"; else fail "icon is not well-formed XML"; fi
    grep -q 'viewBox="0 0 128 128"' "$svg" || fail "icon has no viewBox=\"0 0 128 128\""
    if grep -qE 'href="[^#]|url\([^#]' "$svg"; then fail "icon refers to something outside itself"; fi
  fi

  # The manual page, found the way man finds it, and bash completion, loaded the way
  # bash-completion loads it on first use: from bash-completion/completions in a data directory
  # (XDG_DATA_DIRS, by default /usr/local/share:/usr/share).
  local page
  if have man; then
    if page=$(MANPATH=$prefix/share/man man -w activationlab 2>&1) && [ "$page" = "$prefix/share/man/man1/activationlab.1.gz" ] &&
      out=$(MANPATH=$prefix/share/man MANWIDTH=80 LC_ALL=C.UTF-8 man activationlab 2>&1 | col -b) && grep -q '^EXIT STATUS' <<<"$out"; then
      ok "man activationlab shows $page"
    else
      fail "man activationlab does not show the installed page: $page"
    fi
  else
    fail "man not found (Debian: man-db): the manual page is not tried"
  fi
  if [ -f /usr/share/bash-completion/bash_completion ]; then
    if out=$(PATH=$prefix/bin:$PATH XDG_DATA_DIRS=$prefix/share bash -c 'source /usr/share/bash-completion/bash_completion && __load_completion activationlab &&
        complete -p activationlab && COMP_WORDS=(activationlab table leaky_relu --param "") COMP_CWORD=4 &&
        _activationlab activationlab "" --param 2>/dev/null; echo "${COMPREPLY[*]}"' 2>&1) &&
      grep -q '^complete -F _activationlab activationlab$' <<<"$out" && [ "$(tail -1 <<<"$out")" = "alpha=" ]; then
      ok "bash-completion loads the installed completion and completes a parameter"
    else
      fail "bash-completion does not load or run the installed completion: $out"
    fi
  else
    fail "/usr/share/bash-completion/bash_completion not found (Debian: bash-completion): completion is not tried"
  fi

  # Debian's documentation: DEP-5 copyright, and the changelog of this version, gzip -9 -n.
  local doc=$prefix/share/doc/activationlab
  if [ -f "$doc/copyright" ]; then
    if head -1 "$doc/copyright" | grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' &&
      grep -qx 'License: Expat' "$doc/copyright" && grep -qF ' Permission is hereby granted, free of charge' "$doc/copyright"; then
      ok "copyright is DEP-5 with the Expat (MIT) licence text"
    else
      fail "copyright is not a DEP-5 file with the licence text"
    fi
  fi
  local gz
  for gz in "$doc/changelog.gz" "$prefix/share/man/man1/activationlab.1.gz"; do
    [ -f "$gz" ] || continue
    # Byte 3 holds the flags (a stored name), bytes 4-7 the time stamp, byte 8 is 2 for -9.
    if gzip -t "$gz" && [ "$(od -An -tx1 -j3 -N6 "$gz" | tr -d ' \n')" = 000000000002 ]; then ok "${gz#$prefix/} is gzip -9 -n"
    else fail "${gz#$prefix/} is not compressed with gzip -9 -n (no name, no time stamp)"; fi
  done
  if [ -f "$doc/changelog.gz" ] && have dpkg-parsechangelog; then
    local cl_version cl_date
    cl_version=$(zcat "$doc/changelog.gz" | dpkg-parsechangelog -l- -SVersion 2>&1)
    cl_date=$(date -u -d "@$(zcat "$doc/changelog.gz" | dpkg-parsechangelog -l- -STimestamp)" +%F 2>/dev/null)
    if [ -z "$version" ] || [ "$cl_version" = "$version" ]; then ok "changelog's newest entry is $cl_version of $cl_date"
    else fail "changelog's newest entry is '$cl_version', expected $version"; fi
    if [ -n "$version" ] && [ -f "$metainfo" ]; then
      if grep -q "<release version=\"$version\" date=\"$cl_date\"" "$metainfo"; then ok "metainfo and changelog date $version alike"
      else fail "metainfo's release $version is not dated $cl_date as the changelog's entry"; fi
    fi
  fi

  # Translations: Qt's .qm files start with a fixed magic number.
  local qm=$prefix/share/activationlab/translations/activationlab_ru.qm
  if [ -f "$qm" ]; then
    if [ "$(od -An -tx1 -N16 "$qm" | tr -d ' \n')" = 3cb86418caef9c95cd211cbf60a1bddd ]; then ok "activationlab_ru.qm is a Qt translation"
    else fail "activationlab_ru.qm is not a compiled Qt translation"; fi
  fi
}

# cpack -G DEB into $tmp/package; sets deb to the package's path.
deb=""
build_deb() {
  have dpkg-deb || { fail "dpkg-deb not found"; return 1; }
  local args=(-G DEB --config "$build/CPackConfig.cmake" -B "$tmp/package")
  [ -n "$config" ] && args+=(-C "$config")
  if ! (cd "$tmp" && "$cpack" "${args[@]}") >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log" >&2
    fail "cpack -G DEB failed"
    return 1
  fi
  local debs=("$tmp"/package/*.deb)
  if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then fail "cpack made no single .deb: ${debs[*]}"; return 1; fi
  deb=${debs[0]}
  ok "cpack made $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
}

check_deb() {
  build_deb || return

  # The package's regular files, relative to /usr, against what cmake --install puts in a prefix.
  dpkg-deb -c "$deb" | awk '$1 ~ /^-/ { print $NF }' | sed -n 's|^\./usr/||p' | sort >"$tmp/deb-files"
  if dpkg-deb -c "$deb" | awk '$1 ~ /^-/ { print $NF }' | grep -qv '^\./usr/'; then
    fail "the package has files outside /usr: $(dpkg-deb -c "$deb" | awk '$1 ~ /^-/ { print $NF }' | grep -v '^\./usr/' | tr '\n' ' ')"
  fi
  install_to "$tmp/prefix"
  (cd "$tmp/prefix" && find . -type f | sed 's|^\./||' | sort) >"$tmp/tree-files"
  if diff -u "$tmp/tree-files" "$tmp/deb-files" >"$tmp/files.diff"; then ok "the package holds exactly the installed files ($(wc -l <"$tmp/deb-files"))"
  else fail "the package's files differ from cmake --install's (- installed, + packaged):"; cat "$tmp/files.diff" >&2; fi
  local f
  for f in "${expected_files[@]}"; do
    grep -qxF "$f" "$tmp/deb-files" || fail "the package lacks /usr/$f"
  done

  local field value
  for field in Package:activationlab Section:science Architecture:"$(dpkg --print-architecture 2>/dev/null || echo amd64)" ${version:+Version:$version}; do
    value=$(dpkg-deb -f "$deb" "${field%%:*}")
    if [ "$value" = "${field#*:}" ]; then ok "${field%%:*}: $value"; else fail "${field%%:*} is '$value', expected '${field#*:}'"; fi
  done
  value=$(dpkg-deb -f "$deb" Depends)
  local lib
  for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6svg6; do
    grep -qE "(^|, )$lib( |,|$)" <<<"$value" || fail "Depends lacks $lib: $value"
  done
  ok "Depends: $value"
  [ -n "$(dpkg-deb -f "$deb" Maintainer)" ] || fail "the package has no Maintainer"
  [ -n "$(dpkg-deb -f "$deb" Description)" ] || fail "the package has no Description"
}

check_lintian() {
  have lintian || { fail "lintian not found (Debian: lintian)"; return; }
  build_deb || return
  local out value
  # Pedantic and experimental tags are shown for the record, but only E: and W: fail; lintian
  # itself notes when it runs as root, which is no tag.
  out=$(lintian --display-info --pedantic --display-experimental --color never "$deb" 2>&1)
  echo "$out" | sed 's/^/      lintian: /'
  if grep -E '^[EW]: ' <<<"$out" >"$tmp/tags"; then
    fail "lintian reports $(wc -l <"$tmp/tags") error or warning tag(s):"; cat "$tmp/tags" >&2
  else
    ok "lintian: no error or warning tags"
  fi
  for field in Maintainer Homepage; do
    value=$(dpkg-deb -f "$deb" $field)
    if [ -z "$value" ]; then fail "the package has no $field"
    elif grep -qiE '(@|//|\.)(example\.(org|com|net)|localhost)|\.example([>/]|$)' <<<"$value"; then fail "$field is a placeholder: $value"
    else ok "$field: $value"; fi
  done
}

case $mode in
  tree) install_to "$tmp/prefix"; check_tree "$tmp/prefix" ;;
  deb) check_deb ;;
  lintian) check_lintian ;;
esac

echo "took $((SECONDS - started)) s"
if [ $failures -ne 0 ]; then
  echo "FAILED: $failures check(s) of the $mode installation failed (see FAIL lines above)" >&2
  exit 1
fi
echo "PASSED: every check of the $mode installation"
