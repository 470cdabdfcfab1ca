// SPDX-License-Identifier: MIT
#include "app/views/initridgeview.h"

#include "app/views/chartstyle.h"
#include "app/views/numberformat.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numeric>

InitRidgeView::RidgeScale InitRidgeView::ridgeScale(const std::vector<int>& histogram)
{
    // A point mass (ReLU's exact zeros: half of every layer) would flatten the rest of the ridge
    // to a line: when one bin holds over three times the next tallest, the ridge is scaled to that
    // next one and the spike is clipped, with its share written beside it.
    RidgeScale scale;
    if (histogram.empty())
        return scale;
    const auto tallest = std::max_element(histogram.begin(), histogram.end());
    int second = 0;
    for (auto it = histogram.begin(); it != histogram.end(); ++it)
        if (it != tallest)
            second = std::max(second, *it);
    if (second > 0 && *tallest > 3 * second) {
        scale.height = 1.25 * second;
        scale.spike = static_cast<int>(tallest - histogram.begin());
    } else {
        scale.height = std::max(1, *tallest);
    }
    return scale;
}

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
    std::vector<std::pair<QRectF, QString>> spikeLabels;
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
        const al::LayerStatistics& layer = m_statistics.layers[static_cast<std::size_t>(l)];
        const std::vector<int>& h = layer.histogram;
        const RidgeScale scale = ridgeScale(h);
        QPainterPath path(QPointF(left, base));
        const double bin = static_cast<double>(right - left) / static_cast<double>(h.size());
        for (std::size_t i = 0; i < h.size(); ++i) {
            const double y = base - peak * std::min(1.0, h[i] / scale.height);
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
        if (scale.spike >= 0 && ((l + 1) % labelEvery == 0 || l == 0)) {
            // The clipped bin's share of the layer's values, just above its row; written after every
            // ridge is drawn, since the rows above cover this one.
            const double total = std::accumulate(h.begin(), h.end(), 0.0);
            const double share = total > 0 ? (1.0 - layer.outside) * h[static_cast<std::size_t>(scale.spike)] / total : 0.0;
            const QString label = QStringLiteral("↑ %1 %").arg(NumberFormat::fixed(100.0 * share, 0));
            const double x = left + (scale.spike + 1) * bin + 3;
            spikeLabels.emplace_back(QRectF(x, base - fm.height() - 2, fm.horizontalAdvance(label) + 6, fm.height()), label);
        }
    }
    for (const auto& [box, label] : spikeLabels) {
        p.setPen(Qt::NoPen);
        p.setBrush(palette().base());
        p.drawRoundedRect(box, 3, 3);
        p.setPen(text);
        p.drawText(box, Qt::AlignCenter, label);
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
