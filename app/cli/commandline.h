// SPDX-License-Identifier: MIT
#pragma once

#include "core/activation.h"
#include "core/state/document.h"

#include <functional>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace al {

// Exit codes of the command line.
inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 2;

// A checked `render` request: the command line parses and validates it, the Qt part draws it.
// What to draw is a state document, checked by the same schema as the window and the files.
struct RenderRequest {
    state::Document document;         // the defaults with the options' function, parameters and neuron
    std::string scenario;             // a .alab file to draw instead, or empty
    std::string out;                  // .png, .svg or .pdf
    std::string language = "en";
    int width = 1280;
    int height = 800;
};

// The Qt part that draws a render request, handed in by main so the command line itself stays
// free of Qt and testable without a display. Returns the exit code.
using RenderCommand = std::function<int(const RenderRequest& request, std::ostream& err)>;

// A checked `exercise` request. Exercise files are read with Qt's JSON (their starting state is a
// scenario document), so main hands in the part that answers it, as for `render`.
struct ExerciseRequest {
    std::string action;  // list, show or check
    std::string id;      // show and check
    std::string language = "en";
    std::optional<std::string> answer;     // check: the prediction
    std::optional<std::string> stateFile;  // check: a .alab file whose state must reach the goal
    std::optional<std::string> exerciseFile;  // a teacher's .alex file instead of the built-in exercises
};
inline constexpr int kExitWrong = 1;  // `exercise check`: a wrong answer or state
using ExerciseCommand = std::function<int(const ExerciseRequest& request, std::ostream& out, std::ostream& err)>;

// True when the arguments ask for the window: none at all, or one scenario (*.alab) or exercise file (*.alex).
bool wantsWindow(const std::vector<std::string>& args);

// Runs `list`, `table`, `softmax`, `render`, `--help` or `--version` (args without the program
// name). Output goes to `out`, one-line errors to `err`; returns the process exit code.
int runCommandLine(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
                   const RenderCommand& render = {}, const ExerciseCommand& exercise = {});

std::string usageText();

// The CSV table of `table` (header z,f,df, shortest round-trip numbers), also what the window's
// Export Curve Values writes.
std::string curveTable(const Activation& activation, ParameterSpan parameters, std::span<const double> z);

}  // namespace al
