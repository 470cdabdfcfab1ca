// SPDX-License-Identifier: MIT
#pragma once

#include "core/state/document.h"
#include "core/train/race.h"

#include <string_view>
#include <vector>

namespace al::state {

// The race of a document: the activations of "race.functions" trained on the network, data and
// steps of the "train.*" settings (shared with the Train tab; only the activation differs).
std::vector<const Activation*> raceActivations(const Document& document);
train::Race makeRace(const Document& document);
// "race.target" as a share (0.9 for 90 %).
double raceTargetShare(const Document& document);

// The lecture's three races, each a patch of the document: it fixes everything the outcome
// depends on (data, seed, network, inputs, steps, target), so a lecturer gets the same race.
enum class RacePreset {
    LinearVsTanh,      // a circle: linear units draw only a line, tanh closes the ring
    SigmoidVsRelu,     // a deep spiral: sigmoid's gradient fades through four layers, ReLU's passes
    ReluVsLeakyRelu,   // a large learning rate: ReLU units die, Leaky ReLU units keep a slope
};
inline constexpr int kRacePresets = 3;
Patch racePreset(RacePreset preset);

}  // namespace al::state
