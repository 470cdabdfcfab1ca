// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <vector>

namespace al::train {

// A piece of a level line, in grid coordinates: x is the column, y the row (0 at the first row).
struct Segment {
    double x0 = 0.0;
    double y0 = 0.0;
    double x1 = 0.0;
    double y1 = 0.0;
};

// Where a sampled field crosses `level` (the decision boundary: the output's ½), by marching
// squares over an nx × ny grid stored row by row: one segment per crossed cell (two in a saddle,
// split by the cell's mean), the crossings placed by linear interpolation along the cell's edges.
std::vector<Segment> levelLine(std::span<const double> values, int nx, int ny, double level);

}  // namespace al::train
