// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace al {

// Exit codes of the command line.
inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 2;

// A command that needs Qt (render) is handed to the app through this hook, so the command line
// itself stays free of Qt and testable without a display.
using RenderCommand = std::function<int(const std::vector<std::string>& args, std::ostream& err)>;

// True when the arguments ask for the window: none at all, or one scenario file (*.alab).
bool wantsWindow(const std::vector<std::string>& args);

// Runs `list`, `table`, `softmax`, `render`, `--help` or `--version` (args without the program
// name). Output goes to `out`, one-line errors to `err`; returns the process exit code.
int runCommandLine(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
                   const RenderCommand& render = {});

std::string usageText();

}  // namespace al
