// SPDX-License-Identifier: MIT
#include "app/views/heatmapview.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

const QColor kClass0(245, 147, 34);
const QColor kClass1(8, 119, 189);

QRgb shade(double p)
{
    // White at ½, the class colour towards 0 and 1.
    const QColor& c = p < 0.5 ? kClass0 : kClass1;
    const double t = std::min(1.0, std::abs(p - 0.5) * 2.0) * 0.75;
    const auto mix = [t](int v) { return static_cast<int>(std::lround(255.0 + (v - 255.0) * t)); };
    return qRgb(mix(c.red()), mix(c.green()), mix(c.blue()));
}

}  // namespace

HeatMapView::HeatMapView(QWidget* parent) : QWidget(parent), m_image(kGrid, kGrid, QImage::Format_RGB32)
{
    m_image.fill(Qt::white);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatMapView::show(const al::train::Trainer& trainer)
{
    using al::train::kExtent;
    al::train::grid(trainer.network(), -kExtent, kExtent, -kExtent, kExtent, kGrid, kGrid, m_grid);
    for (int r = 0; r < kGrid; ++r) {
        auto* line = reinterpret_cast<QRgb*>(m_image.scanLine(r));
        for (int c = 0; c < kGrid; ++c) {
            const double p = m_grid[static_cast<std::size_t>(r * kGrid + c)];
            line[c] = shade(p);
        }
    }
    m_train = trainer.data().train;
    m_test = trainer.data().test;
    update();
}

void HeatMapView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const int side = std::min(width(), height());
    const QRect square((width() - side) / 2, (height() - side) / 2, side, side);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(square, m_image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double scale = side / (2.0 * al::train::kExtent);
    const auto at = [&](const al::train::Point& p) {
        return QPointF(square.left() + (p.x + al::train::kExtent) * scale, square.top() + (al::train::kExtent - p.y) * scale);
    };
    const double radius = std::max(2.0, side / 140.0);
    painter.setPen(QPen(Qt::white, 1.0));
    for (const auto& p : m_train) {
        painter.setBrush(p.label == 1 ? kClass1 : kClass0);
        painter.drawEllipse(at(p), radius, radius);
    }
    painter.setBrush(Qt::NoBrush);
    for (const auto& p : m_test) {
        painter.setPen(QPen(p.label == 1 ? kClass1.darker(130) : kClass0.darker(130), 1.6));
        painter.drawEllipse(at(p), radius, radius);
    }
    painter.setPen(QPen(palette().color(QPalette::Mid), 1.0));
    painter.drawRect(square.adjusted(0, 0, -1, -1));
}
