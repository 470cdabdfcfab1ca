// SPDX-License-Identifier: MIT
#include "app/views/chartaxes.h"

#include "app/views/chartgrid.h"

#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

// Marks an axis drawn here; Qt's own is hidden.
constexpr char kDrawnHere[] = "activationlab_axisDrawnByApp";

// Above the grid (ChartGrid, z 2), under the series' labels and the legend (z 5).
constexpr double kAxesZ = 2.5;

}  // namespace

ChartAxes* ChartAxes::drawFor(QChart* chart, QValueAxis* bottom, QValueAxis* left)
{
    auto* axes = new ChartAxes(chart, bottom, left);
    for (QValueAxis* axis : {bottom, left}) {
        axis->setProperty(kDrawnHere, true);
        axis->setVisible(false);
        const auto relayout = [axes] { axes->relayout(); };
        ChartGrid::whenTicksChange(axis, chart, relayout);
        QObject::connect(axis, &QValueAxis::labelFormatChanged, chart, relayout);
        QObject::connect(axis, &QAbstractAxis::labelsFontChanged, chart, relayout);
        QObject::connect(axis, &QAbstractAxis::titleFontChanged, chart, relayout);
        QObject::connect(axis, &QAbstractAxis::titleTextChanged, chart, relayout);
        QObject::connect(axis, &QAbstractAxis::reverseChanged, chart, relayout);
        const auto repaint = [axes] { axes->update(); };
        QObject::connect(axis, &QAbstractAxis::labelsBrushChanged, chart, repaint);
        QObject::connect(axis, &QAbstractAxis::titleBrushChanged, chart, repaint);
        QObject::connect(axis, &QAbstractAxis::linePenChanged, chart, repaint);
    }
    QLegend* legend = chart->legend();
    QObject::connect(legend, &QLegend::visibleChanged, chart, [axes] { axes->relayout(); });
    QObject::connect(legend, &QLegend::fontChanged, chart, [axes] { axes->relayout(); });
    QObject::connect(chart, &QChart::geometryChanged, chart, [axes] { axes->relayout(); });
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [axes] { axes->update(); });
    axes->relayout();
    return axes;
}

bool ChartAxes::draws(const QAbstractAxis* axis)
{
    return axis->property(kDrawnHere).toBool();
}

ChartAxes::ChartAxes(QChart* chart, QValueAxis* bottom, QValueAxis* left)
    : QGraphicsItem(chart), m_chart(chart), m_bottom(bottom), m_left(left), m_base(chart->margins())
{
    setZValue(kAxesZ);
    qreal l = 0, t = 0, r = 0, b = 0;
    chart->legend()->getContentsMargins(&l, &t, &r, &b);
    m_legendBase = QMarginsF(l, t, r, b);
}

QString ChartAxes::text(const QValueAxis* axis, double value) const
{
    // Written as Qt Charts writes "%.Nf" in a chart with localised numbers; a tick a rounding
    // error away from 0 is 0, not −0.0.
    if (std::fabs(value) < 1e-9 * (axis->max() - axis->min()))
        value = 0.0;
    const QLocale locale = m_chart->localizeNumbers() ? m_chart->locale() : QLocale::c();
    static const QRegularExpression fixed(QStringLiteral("^%\\.(\\d+)f$"));
    const QRegularExpressionMatch match = fixed.match(axis->labelFormat());
    if (match.hasMatch())
        return locale.toString(value, 'f', match.captured(1).toInt());
    return locale.toString(value, 'g', 6);
}

void ChartAxes::drawTitle(QPainter* painter, const QValueAxis* axis, const QRectF& box) const
{
    // Centred in `box`, shortened with "…" when longer than it: laid out once per text, font and
    // width (the box is the plot's side, the same at every step but a resize).
    Title& title = axis == m_bottom ? m_bottomTitle : m_leftTitle;
    if (title.text != axis->titleText() || title.font != axis->titleFont() || title.width != box.width()) {
        title.text = axis->titleText();
        title.font = axis->titleFont();
        title.width = box.width();
        const QFontMetricsF metrics(title.font);
        title.laidOut = QStaticText(metrics.elidedText(title.text, Qt::ElideRight, box.width()));
        title.laidOut.setTextFormat(Qt::PlainText);
        title.laidOut.setPerformanceHint(QStaticText::AggressiveCaching);
        title.laidOut.prepare(QTransform(), title.font);
    }
    const QSizeF size = title.laidOut.size();
    painter->drawStaticText(QPointF(box.center().x() - size.width() / 2, box.center().y() - size.height() / 2), title.laidOut);
}

const QStaticText& ChartAxes::staticLabel(const QString& text, const QFont& font) const
{
    if (font != m_staticFont || m_staticLabels.size() > 256) {
        m_staticLabels.clear();
        m_staticFont = font;
    }
    auto found = m_staticLabels.find(text);
    if (found == m_staticLabels.end()) {
        QStaticText label(text);
        label.setTextFormat(Qt::PlainText);
        label.setPerformanceHint(QStaticText::AggressiveCaching);
        label.prepare(QTransform(), font);
        found = m_staticLabels.insert(text, label);
    }
    return *found;
}

ChartAxes::Ticks ChartAxes::measure(const QValueAxis* axis)
{
    Ticks ticks;
    const QFont font = axis->labelsFont();
    if (font != m_widthsFont || m_widths.size() > 512) {
        m_widths.clear();
        m_widthsFont = font;
    }
    const QFontMetricsF metrics(font);
    ticks.values = ChartGrid::majorTicks(axis);
    for (double value : ticks.values) {
        ticks.texts.append(text(axis, value));
        auto width = m_widths.constFind(ticks.texts.back());
        if (width == m_widths.constEnd())
            width = m_widths.insert(ticks.texts.back(), metrics.horizontalAdvance(ticks.texts.back()));
        ticks.widths.append(*width);
    }
    return ticks;
}

QList<ChartAxes::Label> ChartAxes::labels(const QValueAxis* axis) const
{
    QList<Label> labels;
    if (!axis || (axis != m_bottom && axis != m_left))
        return labels;
    const bool bottom = axis == m_bottom;
    const Ticks& ticks = bottom ? m_bottomTicks : m_leftTicks;
    const QRectF plot = m_chart->plotArea();
    const double span = axis->max() - axis->min();
    if (!(span > 0) || plot.isEmpty())
        return labels;
    const double height = bottom ? m_labelHeight : QFontMetricsF(axis->labelsFont()).height();
    QRectF last;
    for (qsizetype i = 0; i < ticks.values.size(); ++i) {
        double t = (ticks.values[i] - axis->min()) / span;
        if (axis->isReverse())
            t = 1.0 - t;
        const double width = ticks.widths[i];
        const QRectF rect = bottom ? QRectF(plot.left() + t * plot.width() - width / 2, plot.bottom() + m_tick + m_gap, width, height)
                                   : QRectF(plot.left() - m_tick - m_gap - width, plot.bottom() - t * plot.height() - height / 2, width,
                                            height);
        // As Qt Charts: a label that would overlap the one before is left out.
        if (!last.isNull() && rect.adjusted(-m_gap, 0, m_gap, 0).intersects(last))
            continue;
        labels.append({ticks.texts[i], rect});
        last = rect;
    }
    return labels;
}

ChartAxes::Batch::Batch(ChartAxes* axes) : m_axes(axes)
{
    if (m_axes)
        ++m_axes->m_batches;
}

ChartAxes::Batch::~Batch()
{
    if (!m_axes || --m_axes->m_batches > 0 || !m_axes->m_relayoutDue)
        return;
    m_axes->m_relayoutDue = false;
    m_axes->relayout();
}

void ChartAxes::relayout()
{
    if (m_batches > 0) {
        m_relayoutDue = true;
        return;
    }
    if (m_relayingOut || !m_bottom || !m_left)
        return;
    m_relayingOut = true;
    ++m_measurements;
    const QFontMetricsF labelMetrics(m_bottom->labelsFont());
    m_labelHeight = labelMetrics.height();
    m_tick = std::round(0.3 * m_labelHeight);
    m_gap = std::round(0.25 * m_labelHeight);
    const double tick = m_tick;
    const double space = m_gap;
    m_bottomTicks = measure(m_bottom);
    m_leftTicks = measure(m_left);
    // The margins hold the widest label: the left one in full, the bottom one's overhang at the
    // plot's right end.
    const double leftLabels = m_leftTicks.widths.isEmpty() ? 0.0 : *std::max_element(m_leftTicks.widths.begin(), m_leftTicks.widths.end());
    const double widestBottom = m_bottomTicks.widths.isEmpty() ? 0.0 : *std::max_element(m_bottomTicks.widths.begin(), m_bottomTicks.widths.end());
    // The margins keep the widest labels seen in this font: the plot keeps its place when another
    // function or a zoom writes narrower ones (each move laid the chart and every series out
    // again, and curves of different functions line up).
    if (m_bottom->labelsFont() != m_roomFont) {
        m_roomFont = m_bottom->labelsFont();
        m_leftLabelsRoom = 0;
        m_rightOverhang = 0;
    }
    m_leftLabelsRoom = std::max(m_leftLabelsRoom, leftLabels);
    m_rightOverhang = std::max(m_rightOverhang, widestBottom / 2);
    const auto titleRoom = [space](const QValueAxis* axis) {
        return axis->titleText().isEmpty() ? 0.0 : QFontMetricsF(axis->titleFont()).height() + space;
    };
    // The bottom axis's labels and title go between the plot and a legend under it: Qt's layout
    // puts such a legend right under the plot, and its top margin is their room.
    const double bottomBand = tick + space + m_labelHeight + space + titleRoom(m_bottom);
    QLegend* legend = m_chart->legend();
    const bool legendBelow = legend->isVisible() && legend->isAttachedToChart() && legend->alignment() == Qt::AlignBottom;
    const QMarginsF legendMargins = legendBelow ? m_legendBase + QMarginsF(0, bottomBand, 0, 0) : m_legendBase;
    qreal left = 0, top = 0, right = 0, bottom = 0;
    legend->getContentsMargins(&left, &top, &right, &bottom);
    if (QMarginsF(left, top, right, bottom) != legendMargins)
        legend->setContentsMargins(legendMargins.left(), legendMargins.top(), legendMargins.right(), legendMargins.bottom());
    const QMarginsF wanted(m_base.left() + titleRoom(m_left) + m_leftLabelsRoom + space + tick, m_base.top(),
                           m_base.right() + m_rightOverhang, m_base.bottom() + (legendBelow ? 0.0 : bottomBand));
    const QMargins margins = wanted.toMargins();
    if (m_chart->margins() != margins)
        m_chart->setMargins(margins);
    if (m_chart->rect() != m_bounds) {
        prepareGeometryChange();
        m_bounds = m_chart->rect();
    }
    update();
    m_relayingOut = false;
}

QRectF ChartAxes::boundingRect() const
{
    return m_bounds;
}

void ChartAxes::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (!m_bottom || !m_left)
        return;
    const QRectF plot = m_chart->plotArea();
    if (plot.isEmpty())
        return;
    painter->save();
    // The axis lines and tick marks: one device pixel on whole device pixels, as the grid.
    painter->setRenderHint(QPainter::Antialiasing, false);
    const double ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const double pixel = 1.0 / ratio;
    const auto snap = [ratio](double v) { return std::floor(v * ratio) / ratio; };
    const double tick = m_tick;
    const QList<Label> bottomLabels = labels(m_bottom);
    const QList<Label> leftLabels = labels(m_left);
    painter->fillRect(QRectF(plot.left(), snap(plot.bottom()), plot.width() + pixel, pixel), m_bottom->linePenColor());
    for (const Label& l : bottomLabels)
        painter->fillRect(QRectF(snap(l.rect.center().x()), plot.bottom(), pixel, tick), m_bottom->linePenColor());
    painter->fillRect(QRectF(snap(plot.left()), plot.top(), pixel, plot.height() + pixel), m_left->linePenColor());
    for (const Label& l : leftLabels)
        painter->fillRect(QRectF(plot.left() - tick, snap(l.rect.center().y()), tick, pixel), m_left->linePenColor());

    painter->setRenderHint(QPainter::Antialiasing, true);
    for (const QValueAxis* axis : {m_bottom.data(), m_left.data()}) {
        painter->setFont(axis->labelsFont());
        painter->setPen(axis->labelsBrush().color());
        // Laid out once per text and font (QStaticText), not shaped again at every picture.
        for (const Label& l : axis == m_bottom ? bottomLabels : leftLabels)
            painter->drawStaticText(l.rect.topLeft(), staticLabel(l.text, axis->labelsFont()));
    }
    // The titles, centred on the plot, shortened with "…" when longer than it.
    const double space = m_gap;
    if (!m_bottom->titleText().isEmpty()) {
        const QFontMetricsF metrics(m_bottom->titleFont());
        const double top = plot.bottom() + tick + space + m_labelHeight + space;
        painter->setFont(m_bottom->titleFont());
        painter->setPen(m_bottom->titleBrush().color());
        drawTitle(painter, m_bottom, QRectF(plot.left(), top, plot.width(), metrics.height()));
    }
    if (!m_left->titleText().isEmpty()) {
        const QFontMetricsF metrics(m_left->titleFont());
        const double centreX = plot.left() - tick - space - m_leftLabelsRoom - space - metrics.height() / 2;
        painter->setFont(m_left->titleFont());
        painter->setPen(m_left->titleBrush().color());
        painter->translate(centreX, plot.center().y());
        painter->rotate(-90.0);
        drawTitle(painter, m_left, QRectF(-plot.height() / 2, -metrics.height() / 2, plot.height(), metrics.height()));
    }
    painter->restore();
}
