// SPDX-License-Identifier: MIT
#include "app/views/initridgeview.h"

#include "app/views/chartstyle.h"
#include "app/views/numberformat.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

InitRidgeView::InitRidgeView(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void InitRidgeView::setStatistics(const al::InitStatistics& statistics, int layers)
{
    m_statistics = statistics;
    m_layers = layers;
    update();
}

void InitRidgeView::setTexts(const QString& title, const QString& axis, const QString& layer)
{
    m_title = title;
    m_axis = axis;
    m_layer = layer;
    setAccessibleName(title);
    update();
}

void InitRidgeView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QColor text = palette().text().color();
    QFont font = ChartStyle::labelFont();
    p.setFont(ChartStyle::titleFont());
    const QFontMetrics titleMetrics(p.font());
    p.setPen(text);
    p.drawText(QRect(0, 4, width(), titleMetrics.height()), Qt::AlignHCenter, m_title);
    p.setFont(font);
    const QFontMetrics fm(font);
    const int left = fm.horizontalAdvance(QStringLiteral("00")) + 12;
    const int top = titleMetrics.height() + 10;
    const int bottom = height() - 2 * fm.height() - 10;
    const int right = width() - 12;
    if (m_layers <= 0 || bottom - top < 20 || right - left < 40)
        return;
    // Each ridge may rise three rows above its base line (they overlap), and layer 1's must stay
    // below the title: the rows share what is left after the first ridge's height.
    const double avail = bottom - top;
    const double peak = std::min(avail / 2.0, 3.0 * avail / (m_layers + 2));
    const double row = m_layers > 1 ? (avail - peak) / (m_layers - 1) : 0.0;
    const auto baseOf = [&](int l) { return m_layers > 1 ? top + peak + l * row : static_cast<double>(bottom); };
    const int labelEvery = std::max(1, static_cast<int>(std::ceil(fm.height() / std::max(row, 1.0))));

    // Layer 1 at the top: paint from the last row up, so each ridge covers the ones below it.
    for (int l = m_layers - 1; l >= 0; --l) {
        const double base = baseOf(l);
        if ((l + 1) % labelEvery == 0 || l == 0) {
            p.setPen(text);
            p.drawText(QRectF(0, base - fm.height(), left - 6, fm.height()), Qt::AlignRight | Qt::AlignBottom, QString::number(l + 1));
        }
        if (l >= static_cast<int>(m_statistics.layers.size())) {
            p.setPen(QPen(palette().mid().color(), 1, Qt::DotLine));
            p.drawLine(QPointF(left, base), QPointF(right, base));
            continue;
        }
        const std::vector<int>& h = m_statistics.layers[static_cast<std::size_t>(l)].histogram;
        const int tallest = std::max(1, *std::max_element(h.begin(), h.end()));
        QPainterPath path(QPointF(left, base));
        const double bin = static_cast<double>(right - left) / static_cast<double>(h.size());
        for (std::size_t i = 0; i < h.size(); ++i) {
            const double y = base - peak * h[i] / tallest;
            path.lineTo(left + i * bin, y);
            path.lineTo(left + (i + 1) * bin, y);
        }
        path.lineTo(right, base);
        path.closeSubpath();
        QColor fill = ChartStyle::seriesColour(0);
        fill.setAlpha(200);
        p.setPen(QPen(palette().base().color(), 1.2));
        p.setBrush(fill);
        p.drawPath(path);
        p.setPen(QPen(fill.darker(140), 1.0));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }

    // The common axis: its ends and its middle.
    p.setPen(text);
    p.drawLine(QPointF(left, bottom + 2), QPointF(right, bottom + 2));
    if (!m_statistics.layers.empty()) {
        const double lo = m_statistics.layers.front().histogramLo;
        const double hi = m_statistics.layers.front().histogramHi;
        const QRectF labels(left, bottom + 4, right - left, fm.height());
        p.drawText(labels, Qt::AlignLeft, NumberFormat::compact(lo));
        p.drawText(labels, Qt::AlignHCenter, NumberFormat::compact((lo + hi) / 2));
        p.drawText(labels, Qt::AlignRight, NumberFormat::compact(hi));
    }
    p.drawText(QRectF(left, bottom + 4 + fm.height(), right - left, fm.height()), Qt::AlignHCenter, m_axis);
    p.drawText(QRectF(0, bottom + 4 + fm.height(), left + 80, fm.height()), Qt::AlignLeft, m_layer);
}
