// SPDX-License-Identifier: MIT
#include "core/curvesampler.h"

#include <algorithm>
#include <cmath>

namespace al {

namespace {

constexpr int kInitialSegments = 24;  // per piece, so no bend narrower than this is skipped
constexpr int kMaxDepth = 18;

class Sampler {
public:
    Sampler(const Activation& a, ParameterSpan p, Curve c, const Viewport& v, double tolerancePx)
        : m_activation(a), m_params(p), m_curve(c), m_tolerance(tolerancePx)
    {
        m_zScale = v.widthPx / (v.zMax - v.zMin);
        m_yScale = v.heightPx / (v.yMax - v.yMin);
        // Values far off screen are clamped before measuring, so an exponential shooting up to
        // 1e300 is not refined where nobody sees it.
        const double margin = v.yMax - v.yMin;
        m_yLow = v.yMin - margin;
        m_yHigh = v.yMax + margin;
    }

    double y(double z) const
    {
        const FunctionValues v = m_activation.evaluate(z, m_params);
        return m_curve == Curve::Value ? v.f : v.df;
    }

    // Appends the points of [lo, hi] after lo's point (already in `out`); the value at hi comes
    // from `yHi`, so a piece can end on the left limit of a jump.
    void piece(double lo, double yLo, double hi, double yHi, std::vector<CurvePoint>& out) const
    {
        double za = lo;
        double ya = yLo;
        for (int i = 1; i <= kInitialSegments; ++i) {
            const double zb = i == kInitialSegments ? hi : lo + (hi - lo) * (static_cast<double>(i) / kInitialSegments);
            const double yb = i == kInitialSegments ? yHi : y(zb);
            refine(za, ya, zb, yb, 0, out);
            za = zb;
            ya = yb;
        }
    }

private:
    double clamp(double value) const { return std::clamp(value, m_yLow, m_yHigh); }

    // Pixel distance of (zm, ym) from the chord between a and b, measured vertically in pixels
    // after clamping (the chord is almost never steep where it matters, and vertical distance
    // overestimates the true distance, so the bound stays safe).
    double deviation(double za, double ya, double zb, double yb, double zm, double ym) const
    {
        const double t = (zm - za) / (zb - za);
        const double chord = clamp(ya) + t * (clamp(yb) - clamp(ya));
        return std::fabs(clamp(ym) - chord) * m_yScale;
    }

    void refine(double za, double ya, double zb, double yb, int depth, std::vector<CurvePoint>& out) const
    {
        const double zm = 0.5 * (za + zb);
        if (depth < kMaxDepth && (zb - za) * m_zScale > 0.05) {
            const double ym = y(zm);
            // Quarter points as well: a symmetric bump can pass exactly through the midpoint.
            const double zq = 0.5 * (za + zm);
            const double zr = 0.5 * (zm + zb);
            if (deviation(za, ya, zb, yb, zm, ym) > m_tolerance || deviation(za, ya, zb, yb, zq, y(zq)) > m_tolerance ||
                deviation(za, ya, zb, yb, zr, y(zr)) > m_tolerance) {
                refine(za, ya, zm, ym, depth + 1, out);
                refine(zm, ym, zb, yb, depth + 1, out);
                return;
            }
        }
        out.push_back({zb, yb});
    }

    const Activation& m_activation;
    ParameterSpan m_params;
    Curve m_curve;
    double m_tolerance;
    double m_zScale = 1.0;
    double m_yScale = 1.0;
    double m_yLow = 0.0;
    double m_yHigh = 0.0;
};

std::vector<CurvePoint> sampleOnce(const Activation& activation, ParameterSpan parameters, Curve curve,
                                   const Viewport& viewport, double tolerancePx)
{
    std::vector<double> cuts = activation.jumps(parameters);
    for (double k : activation.kinks(parameters))
        cuts.push_back(k);
    cuts.erase(std::remove_if(cuts.begin(), cuts.end(), [&](double c) { return !(c > viewport.zMin && c < viewport.zMax); }),
               cuts.end());
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    cuts.push_back(viewport.zMax);

    const Sampler sampler(activation, parameters, curve, viewport, tolerancePx);
    std::vector<CurvePoint> out;
    double lo = viewport.zMin;
    // The ends take the one-sided limits too, so a kink exactly at the edge (ReLU6 at 6) does
    // not draw a spurious jump.
    out.push_back({lo, sampler.y(std::nextafter(lo, viewport.zMax))});
    for (double hi : cuts) {
        // Each piece ends on its left limit at hi; if the function (or f') jumps at hi, the next
        // piece starts from the right limit, a second point at the same z.
        const bool last = hi == viewport.zMax;
        const double left = sampler.y(std::nextafter(hi, lo));
        sampler.piece(lo, out.back().y, hi, left, out);
        if (!last) {
            const double right = sampler.y(std::nextafter(hi, viewport.zMax));
            if (right != left)
                out.push_back({hi, right});
        }
        lo = hi;
    }
    return out;
}

}  // namespace

std::vector<CurvePoint> sampleCurve(const Activation& activation, ParameterSpan parameters, Curve curve,
                                    const Viewport& viewport, const SamplingOptions& options)
{
    if (!(viewport.zMin < viewport.zMax) || !(viewport.yMin < viewport.yMax) || !(viewport.widthPx > 0) ||
        !(viewport.heightPx > 0))
        return {};
    double tolerance = options.tolerancePx;
    std::vector<CurvePoint> points = sampleOnce(activation, parameters, curve, viewport, tolerance);
    // Over budget only for absurd tolerances or sizes: loosen until it fits.
    while (points.size() > options.maxPoints && tolerance < 1e6) {
        tolerance *= 2.0;
        points = sampleOnce(activation, parameters, curve, viewport, tolerance);
    }
    return points;
}

}  // namespace al
