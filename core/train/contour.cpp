// SPDX-License-Identifier: MIT
#include "core/train/contour.h"

#include <array>
#include <cstddef>

namespace al::train {

std::vector<Segment> levelLine(std::span<const double> values, int nx, int ny, double level)
{
    std::vector<Segment> segments;
    if (nx < 2 || ny < 2 || values.size() < static_cast<std::size_t>(nx) * static_cast<std::size_t>(ny))
        return segments;
    const auto at = [&](int r, int c) { return values[static_cast<std::size_t>(r) * static_cast<std::size_t>(nx) + static_cast<std::size_t>(c)]; };
    struct Crossing {
        double x;
        double y;
    };
    for (int r = 0; r + 1 < ny; ++r) {
        for (int c = 0; c + 1 < nx; ++c) {
            // Corners in order around the cell: top-left, top-right, bottom-right, bottom-left.
            const std::array<double, 4> v{at(r, c), at(r, c + 1), at(r + 1, c + 1), at(r + 1, c)};
            const std::array<double, 4> cx{double(c), double(c + 1), double(c + 1), double(c)};
            const std::array<double, 4> cy{double(r), double(r), double(r + 1), double(r + 1)};
            std::array<Crossing, 4> found{};
            int count = 0;
            for (int e = 0; e < 4; ++e) {
                const int f = (e + 1) % 4;
                const bool above = v[static_cast<std::size_t>(e)] >= level;
                if (above == (v[static_cast<std::size_t>(f)] >= level))
                    continue;
                const double t = (level - v[static_cast<std::size_t>(e)]) / (v[static_cast<std::size_t>(f)] - v[static_cast<std::size_t>(e)]);
                found[static_cast<std::size_t>(count++)] = {cx[static_cast<std::size_t>(e)] + t * (cx[static_cast<std::size_t>(f)] - cx[static_cast<std::size_t>(e)]),
                                                            cy[static_cast<std::size_t>(e)] + t * (cy[static_cast<std::size_t>(f)] - cy[static_cast<std::size_t>(e)])};
            }
            if (count == 2) {
                segments.push_back({found[0].x, found[0].y, found[1].x, found[1].y});
            } else if (count == 4) {
                // A saddle: the crossings are on edges 0, 1, 2, 3 in order (top, right, bottom,
                // left). If the centre lies on the side of the top-left and bottom-right corners,
                // those join through it and the other two corners are cut off: top-right between
                // edges 0 and 1, bottom-left between 2 and 3; otherwise the reverse.
                const double centre = (v[0] + v[1] + v[2] + v[3]) / 4.0;
                if ((centre >= level) == (v[0] >= level)) {
                    segments.push_back({found[0].x, found[0].y, found[1].x, found[1].y});
                    segments.push_back({found[2].x, found[2].y, found[3].x, found[3].y});
                } else {
                    segments.push_back({found[3].x, found[3].y, found[0].x, found[0].y});
                    segments.push_back({found[1].x, found[1].y, found[2].x, found[2].y});
                }
            }
        }
    }
    return segments;
}

}  // namespace al::train
