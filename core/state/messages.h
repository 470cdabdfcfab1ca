// SPDX-License-Identifier: MIT
#pragma once

#include "core/state/problem.h"

#include <string>
#include <vector>

namespace al::state {

// The English sentence template of a problem, with %1, %2, %3 for its arguments. The app
// translates the template (context "Scenario") and fills it in; the command line fills it in as is.
const char* messageTemplate(Problem::Kind kind);
// The arguments, in order, given the name to call the setting by (a key path or an option).
std::vector<std::string> messageArguments(const Problem& problem, const std::string& name, const std::string& otherName);
// Replaces %1 … %9 with the arguments.
std::string fillIn(std::string text, const std::vector<std::string>& arguments);

}  // namespace al::state
