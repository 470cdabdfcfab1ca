// SPDX-License-Identifier: MIT
#include "app/views/regionbands.h"

#include "app/views/blit.h"

#include <QChart>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>

namespace {

// Where Qt Charts puts its series (ChartPresenter::SeriesZValue), just under them: over the grid,
// under the curves.
constexpr double kBandsZ = 3.9;

}  // namespace

RegionBands::RegionBands(QChart* chart, const QValueAxis* axis) : QGraphicsItem(chart), m_axis(axis)
{
    setZValue(kBandsZ);
    m_plot = chart->plotArea();
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this](const QRectF& plot) {
        prepareGeometryChange();
        m_plot = plot;
    });
}

void RegionBands::setBands(std::vector<Band> bands)
{
    m_bands = std::move(bands);
    update();
}

QRectF RegionBands::boundingRect() const
{
    return m_plot;
}

void RegionBands::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (!m_axis || m_plot.isEmpty())
        return;
    const double min = m_axis->min();
    const double span = m_axis->max() - min;
    if (!(span > 0))
        return;
    // Edges on the plot's pixels as the curves place z; a band beyond the plot is cut at its edge.
    const auto x = [&](double z) { return std::clamp(m_plot.left() + (z - min) / span * m_plot.width(), m_plot.left(), m_plot.right()); };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const Band& band : m_bands)
        for (const al::Interval& i : band.intervals) {
            const double left = x(i.lo);
            const double right = x(i.hi);
            if (right > left)
                Blit::fill(painter, QRectF(left, m_plot.top(), right - left, m_plot.height()), band.colour);
        }
    painter->restore();
}
