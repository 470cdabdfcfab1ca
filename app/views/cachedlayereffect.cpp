// SPDX-License-Identifier: MIT
#include "app/views/cachedlayereffect.h"

#include "app/views/blit.h"

#include <QEvent>
#include <QGraphicsItem>
#include <QPaintEngine>
#include <QPainter>

void CachedLayerEffect::draw(QPainter* painter)
{
    // Drawn directly instead: vector targets; targets of another pixel ratio than the widget's
    // (an export to a 1× image from a 2× screen would get the 2× picture scaled down); and a
    // subtree reaching beyond the device, because Qt sizes the source pixmap by its whole
    // bounding box (a curve through y = 10⁶ would ask for gigabytes).
    const QPaintDevice* target = painter->paintEngine()->paintDevice();
    if (painter->paintEngine()->type() != QPaintEngine::Raster || target->devicePixelRatio() != painter->device()->devicePixelRatio()) {
        drawDirectly(painter);
        return;
    }
    const bool stale = m_pixmap.isNull() || painter->worldTransform() != m_transform ||
                       m_pixmap.devicePixelRatio() != painter->device()->devicePixelRatio();
    // The subtree's bounds are asked for only when the picture is drawn again: Qt computes them
    // item by item (a line item strokes its outline for it), a fifth of a slider step's work.
    if (stale && !redraw(painter))
        return;
    painter->save();
    painter->setWorldTransform(QTransform());
    Blit::draw(painter, m_offset, m_pixmap);
    painter->restore();
}

bool CachedLayerEffect::redraw(QPainter* painter)
{
    const QRectF needed = m_clippingItem && m_clippingItem->flags().testFlag(QGraphicsItem::ItemClipsChildrenToShape)
                              ? painter->worldTransform().mapRect(m_clippingItem->boundingRect())
                              : sourceBoundingRect(Qt::DeviceCoordinates);
    const QRectF device(QPointF(0, 0), QSizeF(painter->device()->width(), painter->device()->height()));
    if (!device.adjusted(-2, -2, 2, 2).contains(needed)) {
        m_pixmap = QPixmap();
        drawDirectly(painter);
        return false;
    }
    if (m_beforeRedraw)
        m_beforeRedraw();
    // drawSource() draws only what this paint exposes (Qt hands it the exposed region), while
    // sourcePixmap() draws the whole subtree; the picture must hold all of it.
    const QRect rect = needed.toAlignedRect().intersected(device.toAlignedRect());
    const QRegion exposed = painter->paintEngine()->systemClip();
    const QTransform toDevice = painter->worldTransform().inverted() * painter->deviceTransform();
    if (!exposed.isEmpty() && !(QRegion(toDevice.mapRect(rect)) - exposed).isEmpty()) {
        m_pixmap = sourcePixmap(Qt::DeviceCoordinates, &m_offset, QGraphicsEffect::NoPad);
        if (m_backdrop.isValid()) {
            QPixmap over(m_pixmap.size());
            over.setDevicePixelRatio(m_pixmap.devicePixelRatio());
            over.fill(m_backdrop);
            QPainter(&over).drawPixmap(0, 0, m_pixmap);
            m_pixmap = over;
        }
    } else {
        // The same picture drawn into an image, here: the chart's items draw nothing Qt's
        // raster engine hands to its thread pool (no tall antialiased fills: a curve is short
        // segments, a region band is laid in low bands, Blit::fill), so a change costs no
        // thread woken and waited for — on a busy host, where the second core comes late, that
        // wait was the slowest part of a function switch.
        QImage image(rect.size(), m_backdrop.isValid() ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
        image.fill(m_backdrop.isValid() ? m_backdrop : QColor(Qt::transparent));
        {
            QPainter imagePainter(&image);
            imagePainter.setRenderHints(painter->renderHints());
            imagePainter.setWorldTransform(painter->worldTransform() * QTransform::fromTranslate(-rect.x(), -rect.y()));
            drawSource(&imagePainter);
        }
        m_pixmap = QPixmap::fromImage(std::move(image));
        m_offset = rect.topLeft();
    }
    m_transform = painter->worldTransform();
    ++m_redraws;
    return true;
}

void CachedLayerEffect::drawDirectly(QPainter* painter)
{
    if (m_backdrop.isValid() && m_clippingItem)  // the painter is in the item's coordinates
        painter->fillRect(m_clippingItem->boundingRect(), m_backdrop);
    drawSource(painter);
}

void CachedLayerEffect::setBackdrop(const QColor& colour)
{
    if (colour == m_backdrop)
        return;
    m_backdrop = colour.isValid() && colour.alpha() == 255 ? colour : QColor();
    invalidate();
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
