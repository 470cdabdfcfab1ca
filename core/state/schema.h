// SPDX-License-Identifier: MIT
#pragma once

#include "core/state/spec.h"

#include <string>
#include <string_view>
#include <vector>

namespace al::state {

// Every setting of every tab, in the order a scenario file lists them. Declared once in
// schema.cpp; everything else (models, controls, files, command line, tour) reads it.
const std::vector<Spec>& schema();

// The setting with this key, or nullptr.
const Spec* findSpec(std::string_view key);

// The switches of the training network's inputs, "train.features.<feature>" with <feature> one
// of core/train's featureKeys(), in schema order.
inline constexpr std::string_view kTrainFeaturePrefix = "train.features.";
const std::vector<std::string_view>& trainFeatureKeys();
// The setting with this key; the key must exist (a programming error otherwise).
const Spec& spec(std::string_view key);

// The function whose parameters a Parameters setting holds: its section's "function"
// ("explorer.parameters" → "explorer.function", "init.parameters" → "init.function").
std::string functionKeyOf(const Spec& parameters);

// Keys of the lesson tabs, in the order the window shows them.
const std::vector<std::string_view>& tabs();

// The explorer's view: how close and how wide the chart may zoom, and how far it may pan.
inline constexpr double kMinViewSpan = 1e-3;
inline constexpr double kMaxViewSpan = 2000.0;  // z in [-1000, 1000]
inline constexpr double kMaxViewCoordinate = 1e6;

}  // namespace al::state
