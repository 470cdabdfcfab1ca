# SPDX-License-Identifier: MIT
# Sourced by check_manpage.sh and check_completion.sh: what `activationlab --help` promises.
#
# help_options BINARY prints, sorted, one line per command ("table") and one per option of a
# command ("table --from", "softmax --values="; a trailing "=" when --help writes the value
# after "="). Options of the program itself (--help, --version) belong to the command "-".
# A usage line is "  activationlab WORD ..."; the indented lines after it continue it.
help_options() {
  "$1" --help | awk '
    /^  activationlab( |$)/ {
      # The command follows after one space; after several, the description begins.
      line = substr($0, 16)
      command = match(line, /^ [a-z][a-z0-9_-]*( |$)/) ? substr(line, 2, RLENGTH - 1) : "-"
      sub(/ $/, "", command)
      if (command != "-") print command
      usage = 1
    }
    /^[^ ]/ && !/^Usage:/ { usage = 0 }
    usage {
      rest = $0
      while (match(rest, /--[a-z][a-z0-9-]*=?/)) {
        print command " " substr(rest, RSTART, RLENGTH)
        rest = substr(rest, RSTART + RLENGTH)
      }
    }' | sort -u
}
