// SPDX-License-Identifier: MIT
#pragma once

#include "core/state/document.h"
#include "core/train/trainer.h"

#include <span>
#include <vector>

namespace al::state {

// What a document's "train.*" settings mean for core/train, in one place for the Train tab, the
// race, the exercises and the command line.
train::TrainOptions trainOptions(const Document& document);
// The generated data set the settings describe (shape, points, noise, share, seed); with the
// data set "custom" there is no shape and `points` means nothing.
train::DataOptions trainDataOptions(const Document& document);
// The points of "train.addedPoints" (x, y, label triples), in order.
std::vector<train::Point> addedPoints(const Document& document);
// Points as the triples "train.addedPoints" holds.
std::vector<double> pointNumbers(std::span<const train::Point> points);
// The data set the Train tab and the race train on: the generated shape split by the training
// share, the added points joining its training set; or, with "custom", only the added points,
// split by the training share (empty when there are none).
train::DataSet trainDataSet(const Document& document);

}  // namespace al::state
