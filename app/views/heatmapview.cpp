// SPDX-License-Identifier: MIT
#include "app/views/heatmapview.h"

#include "app/views/blit.h"
#include "app/views/poolpainting.h"

#include <QEvent>
#include <QMouseEvent>
#include <QLineF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

const QColor kClass0(245, 147, 34);
const QColor kClass1(8, 119, 189);

}  // namespace

QColor HeatMapView::classColour(int label)
{
    return label == 1 ? kClass1 : kClass0;
}

QRgb HeatMapView::shade(double p)
{
    // White at ½, the class colour towards 0 and 1.
    const QColor& c = p < 0.5 ? kClass0 : kClass1;
    const double t = std::min(1.0, std::abs(p - 0.5) * 2.0) * 0.75;
    const auto mix = [t](int v) { return static_cast<int>(std::lround(255.0 + (v - 255.0) * t)); };
    return qRgb(mix(c.red()), mix(c.green()), mix(c.blue()));
}

HeatMapView::HeatMapView(QWidget* parent) : Retranslated(parent), m_image(kGrid, kGrid, QImage::Format_RGB32)
{
    m_image.fill(Qt::white);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setCursor(Qt::CrossCursor);
    retranslate();
}

void HeatMapView::retranslate()
{
    setToolTip(tr("The network's output over the plane. Click to add a blue point (class 1); right-click or Shift+click to add an "
                  "orange point (class 0)."));
    setAccessibleName(tr("Output over the plane"));
}

QRect HeatMapView::square() const
{
    const int side = std::min(width(), height());
    return {(width() - side) / 2, (height() - side) / 2, side, side};
}

std::optional<QPointF> HeatMapView::planeAt(QPointF position) const
{
    const QRect s = square();
    if (s.width() <= 0 || !QRectF(s).contains(position))
        return std::nullopt;
    const double scale = s.width() / (2.0 * al::train::kExtent);
    return QPointF((position.x() - s.left()) / scale - al::train::kExtent, al::train::kExtent - (position.y() - s.top()) / scale);
}

QPointF HeatMapView::positionOf(double x, double y) const
{
    const QRect s = square();
    const double scale = s.width() / (2.0 * al::train::kExtent);
    return {s.left() + (x + al::train::kExtent) * scale, s.top() + (al::train::kExtent - y) * scale};
}

void HeatMapView::mousePressEvent(QMouseEvent* event)
{
    const auto at = planeAt(event->position());
    if (!at || (event->button() != Qt::LeftButton && event->button() != Qt::RightButton)) {
        QWidget::mousePressEvent(event);
        return;
    }
    const bool classZero = event->button() == Qt::RightButton || event->modifiers().testFlag(Qt::ShiftModifier);
    emit pointClicked(at->x(), at->y(), classZero ? 0 : 1);
    event->accept();
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
    m_boundary = al::train::levelLine(m_grid, kGrid, kGrid, 0.5);
    if (m_train != trainer.data().train || m_test != trainer.data().test) {
        m_train = trainer.data().train;
        m_test = trainer.data().test;
        m_pointsLayer = QImage();
    }
    update();
}

void HeatMapView::paintEvent(QPaintEvent*)
{
    // Drawn on a pool thread (see PoolPainting); the widget's data is only read meanwhile. The
    // points, hundreds of antialiased circles, change with the data only: a layer of their own.
    const QRect square = this->square();
    if (m_pointsLayer.size() != size() * devicePixelRatioF())
        m_pointsLayer = QImage();
    if (m_pointsLayer.isNull())
        m_pointsLayer = PoolPainting::paint(this, size(), [&](QPainter& painter) { paintPoints(painter, square); });
    const QColor frameColour = palette().color(QPalette::Mid);
    const QImage drawing = PoolPainting::paint(this, size(), [&](QPainter& painter) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(square, m_image);
        // The decision boundary, where the output crosses ½: the grid's samples span the plane's
        // edges, so grid coordinates map straight onto the plane.
        const auto onPlane = [&](double gx, double gy) {
            const double step = 2.0 * al::train::kExtent / (kGrid - 1);
            return positionOf(-al::train::kExtent + gx * step, al::train::kExtent - gy * step);
        };
        QList<QLineF> boundary;
        boundary.reserve(static_cast<qsizetype>(m_boundary.size()));
        for (const al::train::Segment& s : m_boundary)
            boundary.append(QLineF(onPlane(s.x0, s.y0), onPlane(s.x1, s.y1)));
        painter.setPen(QPen(QColor(60, 60, 60, 170), std::max(1.5, square.width() / 300.0)));
        painter.drawLines(boundary);
        Blit::draw(&painter, QPoint(0, 0), m_pointsLayer);
        painter.setPen(QPen(frameColour, 1.0));
        painter.drawRect(square.adjusted(0, 0, -1, -1));
    });
    QPainter painter(this);
    Blit::draw(&painter, QPoint(0, 0), drawing);
}

void HeatMapView::paintPoints(QPainter& painter, const QRect& square) const
{
    const double scale = square.width() / (2.0 * al::train::kExtent);
    const auto at = [&](const al::train::Point& p) {
        return QPointF(square.left() + (p.x + al::train::kExtent) * scale, square.top() + (al::train::kExtent - p.y) * scale);
    };
    const double radius = std::max(2.0, square.width() / 140.0);
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
}
