// SPDX-License-Identifier: MIT
#pragma once

#include "core/train/trainer.h"

#include <QList>
#include <QPointF>

#include <functional>
#include <span>

// The points of one quantity over the epochs of a training run, for a chart that is redrawn
// every frame while training: at most about `maxPoints`, however long the run. Epochs are
// grouped into equal buckets and each bucket gives its lowest and highest value, in epoch order,
// so a spike of the loss survives the thinning; the last epoch is always there. Values that are not finite (a diverged run), or
// not positive when `positiveOnly` (a log axis), are left out.
struct EpochSeries {
    std::function<double(const al::train::EpochRecord&)> value;
    bool positiveOnly = false;
    int maxPoints = 600;

    QList<QPointF> points(std::span<const al::train::EpochRecord> history) const;
};
