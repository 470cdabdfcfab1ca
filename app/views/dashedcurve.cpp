// SPDX-License-Identifier: MIT
#include "app/views/dashedcurve.h"

#include <QChart>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

// Where Qt Charts puts its series (ChartPresenter::SeriesZValue) less a little: over the region
// bands (3.9), under the curve f, as f′ was when Qt Charts drew it (added before f).
constexpr double kCurveZ = 3.95;

// Where along a repeating dash pattern a pen is: which entry (even: a dash, odd: a gap) and how
// much of it is left.
class PatternWalk {
public:
    // Starts `lead` before the end of the pattern's last gap.
    PatternWalk(std::vector<double> lengths, double lead) : m_lengths(std::move(lengths))
    {
        for (double l : m_lengths)
            m_period += l;
        m_entry = m_lengths.size() - 1;
        m_left = lead;
    }
    bool inDash() const { return m_entry % 2 == 0; }
    double left() const { return m_left; }
    // Moves `length` on; whole periods at once (a curve leaving the plot for millions of pixels).
    void advance(double length)
    {
        if (length > m_period)
            length = std::fmod(length, m_period);
        while (length >= m_left) {
            length -= m_left;
            m_entry = (m_entry + 1) % m_lengths.size();
            m_left = m_lengths[m_entry];
        }
        m_left -= length;
    }

private:
    std::vector<double> m_lengths;
    double m_period = 0;
    std::size_t m_entry = 0;
    double m_left = 0;
};

// The part [t0, t1] of the segment a → b inside `r` (Liang–Barsky); false when none.
bool clipSegment(QPointF a, QPointF b, const QRectF& r, double* t0, double* t1)
{
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const double p[4] = {-dx, dx, -dy, dy};  // NOLINT(modernize-avoid-c-arrays)
    const double q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};  // NOLINT
    *t0 = 0;
    *t1 = 1;
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            *t0 = std::max(*t0, t);
        else
            *t1 = std::min(*t1, t);
    }
    return *t0 <= *t1;
}

}  // namespace

DashedCurve::DashedCurve(QChart* chart, const QValueAxis* axisX, const QValueAxis* axisY)
    : QGraphicsItem(chart), m_axisX(axisX), m_axisY(axisY)
{
    setZValue(kCurveZ);
    m_plot = chart->plotArea();
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this](const QRectF& plot) {
        prepareGeometryChange();
        m_plot = plot;
    });
}

void DashedCurve::setPoints(QList<QPointF> points)
{
    m_points = std::move(points);
    update();
}

void DashedCurve::setPen(const QPen& pen)
{
    m_pen = pen;
    update();
}

QRectF DashedCurve::boundingRect() const
{
    return m_plot;
}

std::vector<QLineF> DashedCurve::dashes(const QPolygonF& polyline, const QRectF& clip, double width, const QList<qreal>& pattern,
                                        Qt::PenCapStyle cap)
{
    std::vector<QLineF> pieces;
    if (polyline.size() < 2 || pattern.size() < 2 || !(width > 0))
        return pieces;
    // The pieces are drawn with caps reaching half the width past each end. Flat dashes: a dash
    // of length d is a piece of d − width beginning half a width in (its square caps close the
    // bends inside it), and the gap after it grows by as much; a dash no longer than the width
    // is a dot of the caps. Square and round dashes reach past their ends in Qt's drawing too.
    const double shortening = cap == Qt::FlatCap ? width : 0.0;
    std::vector<double> lengths;
    double period = 0;
    double lead = 0;  // from the curve's start to its first piece
    for (qsizetype i = 0; i + 1 < pattern.size(); i += 2) {
        const double dash = std::max(pattern[i], 0.0) * width;
        const double gap = std::max(pattern[i + 1], 0.0) * width;
        const double piece = std::max(dash - shortening, 1e-3 * width);
        lengths.push_back(piece);
        lengths.push_back(gap + dash - piece);
        period += dash + gap;
        if (i == 0)
            lead = (dash - piece) / 2;
    }
    if (!(period > 0) || !std::isfinite(period))
        return pieces;
    PatternWalk walk(std::move(lengths), lead);
    const QRectF area = clip.adjusted(-width, -width, width, width);
    for (qsizetype i = 1; i < polyline.size(); ++i) {
        const QPointF a = polyline[i - 1];
        const QPointF b = polyline[i];
        const double length = QLineF(a, b).length();
        if (!(length > 0) || !std::isfinite(length))
            continue;
        double from = 0;
        double to = 0;
        if (!clipSegment(a, b, area, &from, &to)) {
            walk.advance(length);
            continue;
        }
        double t = from * length;
        const double end = to * length;
        walk.advance(t);
        while (t < end) {
            const double step = std::min(walk.left(), end - t);
            if (walk.inDash() && step > 0)
                pieces.emplace_back(a + (b - a) * (t / length), a + (b - a) * ((t + step) / length));
            t += step;
            walk.advance(step);
        }
        walk.advance(length - end);
    }
    return pieces;
}

QPolygonF DashedCurve::inPlot() const
{
    QPolygonF polyline;
    if (!m_axisX || !m_axisY)
        return polyline;
    const double xMin = m_axisX->min();
    const double xSpan = m_axisX->max() - xMin;
    const double yMax = m_axisY->max();
    const double ySpan = yMax - m_axisY->min();
    if (!(xSpan > 0) || !(ySpan > 0))
        return polyline;
    polyline.reserve(m_points.size());
    for (const QPointF& p : m_points)
        polyline.append(QPointF(m_plot.left() + (p.x() - xMin) / xSpan * m_plot.width(), m_plot.top() + (yMax - p.y()) / ySpan * m_plot.height()));
    return polyline;
}

void DashedCurve::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (m_plot.isEmpty() || m_points.size() < 2)
        return;
    const QPolygonF polyline = inPlot();
    painter->save();
    painter->setClipRect(m_plot, Qt::IntersectClip);
    if (painter->paintEngine()->type() != QPaintEngine::Raster) {
        // SVG, PDF: one path with the dashed pen.
        QPainterPath path;
        path.addPolygon(polyline);
        painter->strokePath(path, m_pen);
    } else {
        // In the item's units: the pattern counts in pen widths, the same at any scale.
        const std::vector<QLineF> pieces = dashes(polyline, m_plot, m_pen.widthF(), m_pen.dashPattern(), m_pen.capStyle());
        painter->setPen(QPen(m_pen.brush(), m_pen.widthF(), Qt::SolidLine, drawingCap(m_pen.capStyle())));
        painter->drawLines(pieces.data(), static_cast<int>(pieces.size()));
    }
    painter->restore();
}
