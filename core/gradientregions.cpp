// SPDX-License-Identifier: MIT
#include "core/gradientregions.h"

#include "core/search.h"

#include <algorithm>
#include <cmath>

namespace al {

namespace {

// Samples per piece between kinks: dense enough that a dip of |f'| narrower than a sample
// spacing is still caught by the local-minimum refinement below.
constexpr int kSamplesPerPiece = 400;

std::vector<Interval> clipAndSort(const std::vector<Interval>& intervals, double from, double to)
{
    std::vector<Interval> out;
    for (Interval i : intervals) {
        i.lo = std::max(i.lo, from);
        i.hi = std::min(i.hi, to);
        if (i.lo <= i.hi)
            out.push_back(i);
    }
    std::sort(out.begin(), out.end(), [](const Interval& a, const Interval& b) { return a.lo < b.lo; });
    return out;
}

// Joins intervals that touch (a vanishing region continuing across a kink).
std::vector<Interval> merge(std::vector<Interval> intervals)
{
    std::sort(intervals.begin(), intervals.end(), [](const Interval& a, const Interval& b) { return a.lo < b.lo; });
    std::vector<Interval> out;
    for (const Interval& i : intervals) {
        if (!out.empty() && i.lo <= out.back().hi)
            out.back().hi = std::max(out.back().hi, i.hi);
        else
            out.push_back(i);
    }
    return out;
}

class VanishingFinder {
public:
    VanishingFinder(const Activation& a, ParameterSpan p, double epsilon) : m_activation(a), m_params(p), m_epsilon(epsilon) {}

    // The sub-intervals of the piece [lo, hi], on whose inside f' is continuous, where |f'| < ε.
    void scan(double lo, double hi, std::vector<Interval>& out) const
    {
        const int n = kSamplesPerPiece;
        std::vector<double> z(n + 1);
        std::vector<double> g(n + 1);
        for (int i = 0; i <= n; ++i) {
            z[i] = i == n ? hi : lo + (hi - lo) * (static_cast<double>(i) / n);
            // The ends are kinks or dead-region edges where f' takes a one-sided convention
            // value; probe just inside instead.
            const double probe = i == 0 ? std::nextafter(lo, hi) : i == n ? std::nextafter(hi, lo) : z[i];
            g[i] = excess(probe);
        }
        double start = g[0] < 0 ? lo : NAN;
        for (int i = 1; i <= n; ++i) {
            const bool wasBelow = g[i - 1] < 0;
            const bool isBelow = g[i] < 0;
            if (!wasBelow && isBelow) {
                start = crossing(z[i - 1], z[i]);
            } else if (wasBelow && !isBelow) {
                out.push_back({start, crossing(z[i - 1], z[i])});
            } else if (!wasBelow && !isBelow && i < n && g[i] <= g[i - 1] && g[i] <= g[i + 1] &&
                       (g[i] < g[i - 1] || g[i] < g[i + 1])) {
                // A dip between samples (GELU's and SiLU's zero of f') can hide below ε. Where
                // |f'| is the same at three samples in a row (a linear piece: leaky ReLU, the
                // linear function) there is none to look for.
                const double bottom = minimumOfExcess(z[i - 1], z[i + 1]);
                if (excess(bottom) < 0)
                    out.push_back({crossing(z[i - 1], bottom), crossing(bottom, z[i + 1])});
            }
        }
        if (g[n] < 0)
            out.push_back({start, hi});
    }

private:
    // |f'(z)| − ε: negative inside a vanishing region.
    double excess(double z) const { return std::fabs(m_activation.evaluate(z, m_params).df) - m_epsilon; }

    // The point between a and b where excess changes sign, by bisection to the last bit.
    double crossing(double a, double b) const
    {
        const bool aBelow = excess(a) < 0;
        for (int i = 0; i < 200; ++i) {
            const double mid = 0.5 * (a + b);
            if (mid == a || mid == b)
                break;
            if ((excess(mid) < 0) == aBelow)
                a = mid;
            else
                b = mid;
        }
        return 0.5 * (a + b);
    }

    double minimumOfExcess(double a, double b) const
    {
        return goldenSectionMinimum([this](double z) { return excess(z); }, a, b, 1e-15 * (1.0 + std::fabs(a)));
    }

    const Activation& m_activation;
    ParameterSpan m_params;
    double m_epsilon;
};

}  // namespace

bool contains(const std::vector<Interval>& intervals, double z)
{
    return std::any_of(intervals.begin(), intervals.end(), [z](const Interval& i) { return z >= i.lo && z <= i.hi; });
}

GradientRegions findGradientRegions(const Activation& activation, ParameterSpan parameters, double epsilon,
                                    double from, double to)
{
    GradientRegions regions;
    if (!(from < to) || !std::isfinite(from) || !std::isfinite(to))
        return regions;
    regions.dead = merge(clipAndSort(activation.deadIntervals(parameters), from, to));
    if (!(epsilon > 0))
        return regions;

    // Pieces of [from, to] between kinks, jumps and dead intervals: f' is continuous on each.
    std::vector<double> cuts{from, to};
    for (double k : activation.kinks(parameters))
        cuts.push_back(k);
    for (double j : activation.jumps(parameters))
        cuts.push_back(j);
    for (const Interval& d : regions.dead) {
        cuts.push_back(d.lo);
        cuts.push_back(d.hi);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::remove_if(cuts.begin(), cuts.end(), [&](double c) { return c < from || c > to; }), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    const VanishingFinder finder(activation, parameters, epsilon);
    std::vector<Interval> vanishing;
    for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
        const double lo = cuts[i];
        const double hi = cuts[i + 1];
        const double mid = 0.5 * (lo + hi);
        if (contains(regions.dead, mid))
            continue;
        finder.scan(lo, hi, vanishing);
    }
    regions.vanishing = merge(vanishing);
    return regions;
}

GradientZone gradientZone(const Activation& activation, ParameterSpan parameters, double epsilon, double z)
{
    const auto jumps = activation.jumps(parameters);
    if (std::find(jumps.begin(), jumps.end(), z) != jumps.end())
        return GradientZone::Undefined;  // the step's derivative at its threshold
    if (contains(activation.deadIntervals(parameters), z))
        return GradientZone::Dead;
    return std::fabs(activation.evaluate(z, parameters).df) < epsilon ? GradientZone::Vanishing : GradientZone::Learning;
}

}  // namespace al
