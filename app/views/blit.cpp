// SPDX-License-Identifier: MIT
#include "app/views/blit.h"

#include <QImage>
#include <QPaintEngine>
#include <QRegion>
#include <QPainter>
#include <QPixmap>
#include <QTransform>

#include <algorithm>
#include <functional>
#include <cmath>

namespace Blit {

void eachExposedRect(QPainter* painter, const std::function<void()>& draw);

namespace {

// Whether `target` of the painter covers exactly `source`'s pixels of a picture of `ratio`
// pixels per unit, at whole device pixels: nothing to interpolate.
bool oneToOne(const QPainter* painter, const QRectF& target, const QSizeF& source, qreal ratio)
{
    const QTransform device = painter->deviceTransform();
    if (device.type() > QTransform::TxScale || device.m11() != ratio || device.m22() != ratio)
        return false;
    const QRectF mapped = device.mapRect(target);
    const auto whole = [](qreal v) { return v == std::floor(v); };
    return mapped.size() == source && whole(mapped.x()) && whole(mapped.y());
}

template <typename Draw>
void drawSharp(QPainter* painter, bool sharp, const Draw& draw)
{
    const bool switchOff = sharp && painter->testRenderHint(QPainter::SmoothPixmapTransform);
    if (switchOff)
        painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    if (sharp)
        eachExposedRect(painter, draw);
    else
        draw();
    if (switchOff)
        painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
}

}  // namespace

void eachExposedRect(QPainter* painter, const std::function<void()>& draw)
{
    const QRegion exposed = painter->paintEngine() ? painter->paintEngine()->systemClip() : QRegion();
    if (exposed.rectCount() <= 1) {
        draw();
        return;
    }
    const QTransform toLogical = painter->deviceTransform().inverted();
    for (const QRect& rect : exposed) {
        painter->save();
        painter->setClipRect(toLogical.mapRect(QRectF(rect)), Qt::IntersectClip);
        draw();
        painter->restore();
    }
}

void draw(QPainter* painter, const QPointF& topLeft, const QPixmap& picture)
{
    const qreal ratio = picture.devicePixelRatio();
    const QRectF target(topLeft, QSizeF(picture.size()) / ratio);
    drawSharp(painter, oneToOne(painter, target, picture.size(), ratio), [&] { painter->drawPixmap(topLeft, picture); });
}

void draw(QPainter* painter, const QPointF& topLeft, const QImage& picture)
{
    const qreal ratio = picture.devicePixelRatio();
    const QRectF target(topLeft, QSizeF(picture.size()) / ratio);
    drawSharp(painter, oneToOne(painter, target, picture.size(), ratio), [&] { painter->drawImage(topLeft, picture); });
}

void fill(QPainter* painter, const QRectF& rect, const QColor& colour)
{
    constexpr int kBandRows = 64;
    const QTransform device = painter->deviceTransform();
    if (colour.alpha() == 255 || painter->testRenderHint(QPainter::Antialiasing) || device.type() > QTransform::TxScale ||
        !(device.m22() > 0)) {
        painter->fillRect(rect, colour);
        return;
    }
    // The rows the whole rectangle covers, as the engine rounds its edges, cut at whole rows;
    // the left and right edges stay as given.
    const QRectF mapped = device.mapRect(rect);
    if (!(mapped.height() < 1e5) || std::abs(mapped.top()) > 1e6) {  // no thousands of bands
        painter->fillRect(rect, colour);
        return;
    }
    const int top = qRound(mapped.top());
    const int bottom = qRound(mapped.bottom());
    const auto logicalY = [&](int row) { return (row - device.dy()) / device.m22(); };
    for (int from = top; from < bottom; from += kBandRows) {
        const int to = std::min(from + kBandRows, bottom);
        painter->fillRect(QRectF(rect.left(), logicalY(from), rect.width(), logicalY(to) - logicalY(from)), colour);
    }
}

void draw(QPainter* painter, const QRectF& target, const QImage& picture, const QRectF& source)
{
    const qreal ratio = source.width() / target.width();
    drawSharp(painter, source.height() / target.height() == ratio && oneToOne(painter, target, source.size(), ratio),
              [&] { painter->drawImage(target, picture, source); });
}

}  // namespace Blit
