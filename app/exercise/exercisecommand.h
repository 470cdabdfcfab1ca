// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

// The Qt side of `activationlab exercise list|show|check` (the command line parses the options):
// the built-in exercises, or those of a teacher's file, in English or Russian; `check` prints
// "correct" and returns 0, or "incorrect: why" and returns 1; a bad exercise file, an unknown
// id, a bad answer or a bad state file prints one line on `err` and returns 2.
int runExerciseCommand(const std::string& action, const std::string& id, const std::string& language,
                       const std::optional<std::string>& answer, const std::optional<std::string>& stateFile,
                       const std::optional<std::string>& exerciseFile, std::ostream& out, std::ostream& err);
