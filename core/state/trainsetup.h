// SPDX-License-Identifier: MIT
#pragma once

#include "core/state/document.h"
#include "core/train/trainer.h"

namespace al::state {

// What a document's "train.*" settings mean for core/train, in one place for the Train tab, the
// race, the exercises and the command line.
train::TrainOptions trainOptions(const Document& document);
// The generated data set the settings describe (shape, points, noise, share, seed).
train::DataOptions trainDataOptions(const Document& document);

}  // namespace al::state
