// SPDX-License-Identifier: MIT
#include "app/views/chartgrid.h"

#include <QChart>
#include <QPainter>
#include <QValueAxis>

#include <cmath>

namespace {

// Qt Charts' own grid sits at this z under the series (ChartPresenter::GridZValue).
constexpr double kGridZ = 2.0;
// Far more lines than any plot has pixels would mean a broken range: draw none.
constexpr int kMostLines = 2000;

bool horizontal(const QValueAxis* axis)
{
    return axis->orientation() == Qt::Horizontal;
}

}  // namespace

ChartGrid::ChartGrid(QChart* chart) : QGraphicsItem(chart), m_chart(chart)
{
    setZValue(kGridZ);
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption, false);
    m_plot = chart->plotArea();
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this] { changed(); });
}

ChartGrid* ChartGrid::of(const QChart* chart)
{
    for (QGraphicsItem* child : chart->childItems())
        if (auto* grid = dynamic_cast<ChartGrid*>(child))
            return grid;
    return nullptr;
}

void ChartGrid::takeOver(QChart* chart, QValueAxis* axis)
{
    if (!axis->isGridLineVisible() && !axis->isMinorGridLineVisible())
        return;  // hidden by its chart, or already taken over
    ChartGrid* grid = of(chart);
    if (!grid)
        grid = new ChartGrid(chart);
    grid->m_axes.append({axis, axis->isGridLineVisible(), axis->isMinorGridLineVisible()});
    axis->setGridLineVisible(false);
    axis->setMinorGridLineVisible(false);
    const auto changed = [grid] { grid->changed(); };
    QObject::connect(axis, &QValueAxis::rangeChanged, chart, changed);
    QObject::connect(axis, &QValueAxis::tickIntervalChanged, chart, changed);
    QObject::connect(axis, &QValueAxis::tickAnchorChanged, chart, changed);
    QObject::connect(axis, &QValueAxis::tickTypeChanged, chart, changed);
    QObject::connect(axis, &QValueAxis::tickCountChanged, chart, changed);
    QObject::connect(axis, &QValueAxis::minorTickCountChanged, chart, changed);
    QObject::connect(axis, &QValueAxis::gridLineColorChanged, chart, changed);
    QObject::connect(axis, &QValueAxis::minorGridLineColorChanged, chart, changed);
    QObject::connect(axis, &QValueAxis::visibleChanged, chart, changed);
    QObject::connect(axis, &QValueAxis::reverseChanged, chart, changed);
    grid->changed();
}

void ChartGrid::changed()
{
    if (m_chart->plotArea() != m_plot) {
        prepareGeometryChange();
        m_plot = m_chart->plotArea();
    }
    update();
}

QRectF ChartGrid::boundingRect() const
{
    return m_plot.adjusted(-1, -1, 1, 1);
}

ChartGrid::Lines ChartGrid::linesOf(const QValueAxis* axis) const
{
    Lines lines;
    const double min = axis->min();
    const double max = axis->max();
    const double span = max - min;
    if (!(span > 0) || !std::isfinite(span))
        return lines;
    // The values of the major ticks, as Qt Charts places them.
    QList<double> ticks;
    if (axis->tickType() == QValueAxis::TicksDynamic) {
        const double interval = axis->tickInterval();
        if (!(interval > 0) || span / interval > kMostLines)
            return lines;
        const double anchor = axis->tickAnchor();
        // From the interval before the first tick, so the minor lines reach the plot's edge.
        for (double k = std::floor((min - anchor) / interval); ; k += 1.0) {
            const double v = anchor + k * interval;
            if (v > max + 1e-9 * span)
                break;
            ticks.append(v);
        }
        ticks.append(ticks.isEmpty() ? max : ticks.back() + interval);
    } else {
        const int count = axis->tickCount();
        for (int i = 0; i < count; ++i)
            ticks.append(min + span * i / std::max(1, count - 1));
    }
    const QRectF& plot = m_plot;
    const bool isHorizontal = horizontal(axis);
    const auto position = [&](double v) {
        const double t = axis->isReverse() ? (max - v) / span : (v - min) / span;
        return isHorizontal ? plot.left() + t * plot.width() : plot.bottom() - t * plot.height();
    };
    const auto inside = [&](double v) { return v >= min - 1e-9 * span && v <= max + 1e-9 * span; };
    const int minorCount = axis->minorTickCount();
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        if (inside(ticks[i]) && (axis->tickType() == QValueAxis::TicksFixed || i + 1 < ticks.size()))
            lines.major.append(position(ticks[i]));
        if (i + 1 < ticks.size())
            for (int m = 1; m <= minorCount; ++m) {
                const double v = ticks[i] + (ticks[i + 1] - ticks[i]) * m / (minorCount + 1);
                if (inside(v))
                    lines.minor.append(position(v));
            }
    }
    return lines;
}

void ChartGrid::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setClipRect(m_plot.adjusted(-1, -1, 1, 1));
    // One device pixel, on a whole device pixel.
    const double ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const double pixel = 1.0 / ratio;
    const auto snap = [ratio](double v) { return std::floor(v * ratio) / ratio; };
    const auto draw = [&](const QValueAxis* axis, const QList<double>& at, const QColor& colour) {
        for (double p : at) {
            if (horizontal(axis))
                painter->fillRect(QRectF(snap(p), m_plot.top(), pixel, m_plot.height()), colour);
            else
                painter->fillRect(QRectF(m_plot.left(), snap(p), m_plot.width(), pixel), colour);
        }
    };
    // Minor lines first, so a major line is never covered by a lighter one.
    for (const Taken& t : m_axes)
        if (t.axis && t.axis->isVisible() && t.minor)
            draw(t.axis, linesOf(t.axis).minor, t.axis->minorGridLineColor());
    for (const Taken& t : m_axes)
        if (t.axis && t.axis->isVisible() && t.major)
            draw(t.axis, linesOf(t.axis).major, t.axis->gridLineColor());
    painter->restore();
}
