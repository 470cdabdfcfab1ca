// SPDX-License-Identifier: MIT
#include "app/views/chartgrid.h"

#include "app/views/chartaxes.h"

#include <QChart>
#include <QLogValueAxis>
#include <QPainter>
#include <QValueAxis>

#include <cmath>

namespace {

// Qt Charts' own grid sits at this z under the series (ChartPresenter::GridZValue).
constexpr double kGridZ = 2.0;
// Far more lines than any plot has pixels would mean a broken range: draw none.
constexpr int kMostLines = 2000;

bool horizontal(const QAbstractAxis* axis)
{
    return axis->orientation() == Qt::Horizontal;
}

// Shown by Qt, or hidden from Qt because the app draws it (ChartAxes).
bool shown(const QAbstractAxis* axis)
{
    return axis->isVisible() || ChartAxes::draws(axis);
}

}  // namespace

ChartGrid::ChartGrid(QChart* chart) : QGraphicsItem(chart), m_chart(chart)
{
    setZValue(kGridZ);
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

void ChartGrid::takeOver(QChart* chart, QAbstractAxis* axis)
{
    auto* values = qobject_cast<QValueAxis*>(axis);
    auto* logarithmic = qobject_cast<QLogValueAxis*>(axis);
    if (!values && !(logarithmic && logarithmic->minorTickCount() == 0))
        return;  // Qt's own grid
    if (!axis->isGridLineVisible() && !axis->isMinorGridLineVisible())
        return;  // hidden by its chart, or already taken over
    ChartGrid* grid = of(chart);
    if (!grid)
        grid = new ChartGrid(chart);
    grid->m_axes.append({axis, axis->isGridLineVisible(), axis->isMinorGridLineVisible()});
    axis->setGridLineVisible(false);
    axis->setMinorGridLineVisible(false);
    const auto changed = [grid] { grid->changed(); };
    QObject::connect(axis, &QAbstractAxis::gridLineColorChanged, chart, changed);
    QObject::connect(axis, &QAbstractAxis::minorGridLineColorChanged, chart, changed);
    QObject::connect(axis, &QAbstractAxis::visibleChanged, chart, changed);
    QObject::connect(axis, &QAbstractAxis::reverseChanged, chart, changed);
    if (values) {
        whenTicksChange(values, chart, changed);
        QObject::connect(values, &QValueAxis::minorTickCountChanged, chart, changed);
    } else {
        QObject::connect(logarithmic, &QLogValueAxis::rangeChanged, chart, changed);
        QObject::connect(logarithmic, &QLogValueAxis::baseChanged, chart, changed);
    }
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

QList<double> ChartGrid::tickValues(const QValueAxis* axis)
{
    QList<double> ticks;
    const double min = axis->min();
    const double max = axis->max();
    const double span = max - min;
    if (!(span > 0) || !std::isfinite(span))
        return ticks;
    // The values of the major ticks, as Qt Charts places them.
    if (axis->tickType() == QValueAxis::TicksDynamic) {
        const double interval = axis->tickInterval();
        if (!(interval > 0) || span / interval > kMostLines)
            return ticks;
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
    return ticks;
}

void ChartGrid::whenTicksChange(QValueAxis* axis, QObject* context, const std::function<void()>& changed)
{
    QObject::connect(axis, &QValueAxis::rangeChanged, context, changed);
    QObject::connect(axis, &QValueAxis::tickIntervalChanged, context, changed);
    QObject::connect(axis, &QValueAxis::tickAnchorChanged, context, changed);
    QObject::connect(axis, &QValueAxis::tickTypeChanged, context, changed);
    QObject::connect(axis, &QValueAxis::tickCountChanged, context, changed);
}

QList<double> ChartGrid::majorTicks(const QValueAxis* axis)
{
    const QList<double> ticks = tickValues(axis);
    const double span = axis->max() - axis->min();
    QList<double> inside;
    for (qsizetype i = 0; i < ticks.size(); ++i)
        if (ticks[i] >= axis->min() - 1e-9 * span && ticks[i] <= axis->max() + 1e-9 * span &&
            (axis->tickType() == QValueAxis::TicksFixed || i + 1 < ticks.size()))
            inside.append(ticks[i]);
    return inside;
}

ChartGrid::Lines ChartGrid::linesOf(const QAbstractAxis* abstractAxis) const
{
    Lines lines;
    const QRectF& plot = m_plot;
    const bool isHorizontal = horizontal(abstractAxis);
    // Where a fraction t of the axis (0 at its start) falls in the chart.
    const auto place = [&](double t) {
        if (abstractAxis->isReverse())
            t = 1.0 - t;
        return isHorizontal ? plot.left() + t * plot.width() : plot.bottom() - t * plot.height();
    };
    if (const auto* logarithmic = qobject_cast<const QLogValueAxis*>(abstractAxis)) {
        // A line at each whole power of the base, as Qt Charts puts the ticks.
        const double base = logarithmic->base();
        const double low = std::log(logarithmic->min()) / std::log(base);
        const double high = std::log(logarithmic->max()) / std::log(base);
        if (!(high > low) || !std::isfinite(low) || !std::isfinite(high) || high - low > kMostLines)
            return lines;
        for (double k = std::ceil(low - 1e-9); k <= high + 1e-9; k += 1.0)
            lines.major.append(place((k - low) / (high - low)));
        return lines;
    }
    const auto* axis = qobject_cast<const QValueAxis*>(abstractAxis);
    if (!axis)
        return lines;
    const double min = axis->min();
    const double max = axis->max();
    const double span = max - min;
    const QList<double> ticks = tickValues(axis);
    if (ticks.isEmpty())
        return lines;
    const auto position = [&](double v) { return place((v - min) / span); };
    const auto inside = [&](double v) { return v >= min - 1e-9 * span && v <= max + 1e-9 * span; };
    for (double v : majorTicks(axis))
        lines.major.append(position(v));
    const int minorCount = axis->minorTickCount();
    for (qsizetype i = 0; i + 1 < ticks.size(); ++i)
        for (int m = 1; m <= minorCount; ++m) {
            const double v = ticks[i] + (ticks[i + 1] - ticks[i]) * m / (minorCount + 1);
            if (inside(v))
                lines.minor.append(position(v));
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
    const auto draw = [&](const QAbstractAxis* axis, const QList<double>& at, const QColor& colour) {
        for (double p : at) {
            if (horizontal(axis))
                painter->fillRect(QRectF(snap(p), m_plot.top(), pixel, m_plot.height()), colour);
            else
                painter->fillRect(QRectF(m_plot.left(), snap(p), m_plot.width(), pixel), colour);
        }
    };
    // Minor lines first, so a major line is never covered by a lighter one.
    for (const Taken& t : m_axes)
        if (t.axis && shown(t.axis) && t.minor)
            draw(t.axis, linesOf(t.axis).minor, t.axis->minorGridLineColor());
    for (const Taken& t : m_axes)
        if (t.axis && shown(t.axis) && t.major)
            draw(t.axis, linesOf(t.axis).major, t.axis->gridLineColor());
    painter->restore();
}
