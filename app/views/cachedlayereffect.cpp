// SPDX-License-Identifier: MIT
#include "app/views/cachedlayereffect.h"

#include <QEvent>
#include <QPaintEngine>
#include <QPainter>

void CachedLayerEffect::draw(QPainter* painter)
{
    // Drawn directly instead: vector targets; targets of another pixel ratio than the widget's
    // (an export to a 1× image from a 2× screen would get the 2× picture scaled down); and a
    // subtree reaching beyond the device, because Qt sizes the source pixmap by its whole
    // bounding box (a curve through y = 10⁶ would ask for gigabytes).
    const QPaintDevice* target = painter->paintEngine()->paintDevice();
    const QRectF needed = sourceBoundingRect(Qt::DeviceCoordinates);
    const QRectF device(QPointF(0, 0), QSizeF(painter->device()->width(), painter->device()->height()));
    if (painter->paintEngine()->type() != QPaintEngine::Raster ||
        target->devicePixelRatio() != painter->device()->devicePixelRatio() ||
        !device.adjusted(-2, -2, 2, 2).contains(needed)) {
        drawSource(painter);
        return;
    }
    const bool stale = m_pixmap.isNull() || painter->worldTransform() != m_transform ||
                       m_pixmap.devicePixelRatio() != painter->device()->devicePixelRatio();
    if (stale) {
        // The whole subtree in device pixels, whatever part of it this paint exposes.
        m_pixmap = sourcePixmap(Qt::DeviceCoordinates, &m_offset, QGraphicsEffect::NoPad);
        m_transform = painter->worldTransform();
        ++m_redraws;
    }
    painter->save();
    painter->setWorldTransform(QTransform());
    painter->drawPixmap(m_offset, m_pixmap);
    painter->restore();
}

void CachedLayerEffect::sourceChanged(ChangeFlags flags)
{
    Q_UNUSED(flags);
    invalidate();
}

bool CachedLayerEffect::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::LayoutRequest)
        invalidate();
    return QGraphicsEffect::eventFilter(watched, event);
}
