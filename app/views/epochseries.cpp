// SPDX-License-Identifier: MIT
#include "app/views/epochseries.h"

#include <algorithm>
#include <cmath>

QList<QPointF> EpochSeries::points(std::span<const al::train::EpochRecord> history) const
{
    QList<QPointF> out;
    const auto usable = [this](double v) { return std::isfinite(v) && (!positiveOnly || v > 0.0); };
    const std::size_t buckets = static_cast<std::size_t>(std::max(1, maxPoints / 2));
    const std::size_t size = (history.size() + buckets - 1) / buckets;  // epochs per bucket, ≥ 1
    out.reserve(static_cast<qsizetype>(std::min(history.size(), 2 * buckets)));
    for (std::size_t start = 0; start < history.size(); start += size) {
        const std::size_t end = std::min(history.size(), start + size);
        if (end - start <= 2) {
            for (std::size_t i = start; i < end; ++i)
                if (const double v = value(history[i]); usable(v))
                    out.append(QPointF(history[i].epoch, v));
            continue;
        }
        std::size_t lowest = end;
        std::size_t highest = end;
        for (std::size_t i = start; i < end; ++i) {
            const double v = value(history[i]);
            if (!usable(v))
                continue;
            if (lowest == end || v < value(history[lowest]))
                lowest = i;
            if (highest == end || v > value(history[highest]))
                highest = i;
        }
        if (lowest == end)
            continue;
        for (std::size_t i : {std::min(lowest, highest), std::max(lowest, highest)}) {
            out.append(QPointF(history[i].epoch, value(history[i])));
            if (lowest == highest)
                break;
        }
    }
    // The line reaches the epoch the run is at, whatever its last bucket's extremes.
    if (!history.empty() && usable(value(history.back())) && (out.isEmpty() || out.back().x() != history.back().epoch))
        out.append(QPointF(history.back().epoch, value(history.back())));
    return out;
}
