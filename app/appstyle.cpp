// SPDX-License-Identifier: MIT
#include "app/appstyle.h"

#include <QGroupBox>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

AppStyle::AppStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
    const auto* frame = qstyleoption_cast<const QStyleOptionFrame*>(option);
    if (element != PE_FrameGroupBox || !frame || !painter->paintEngine() || painter->paintEngine()->type() != QPaintEngine::Raster ||
        painter->transform().type() > QTransform::TxTranslate || option->rect.isEmpty()) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    // What the frame's look depends on: size, pixel ratio, palette, state, and the title's room.
    const auto* box = qobject_cast<const QGroupBox*>(widget);
    const qreal ratio = painter->device()->devicePixelRatioF();
    const QString key = QStringLiteral("%1x%2@%3/%4/%5/%6/%7%8")
                            .arg(option->rect.width())
                            .arg(option->rect.height())
                            .arg(ratio)
                            .arg(option->palette.cacheKey())
                            .arg(int(option->state))
                            .arg(option->fontMetrics.height())
                            .arg(box && box->isCheckable() ? 'c' : '-')
                            .arg(box && box->title().isEmpty() ? 'e' : 't');
    const QPixmap* found = m_frames.object(key);
    if (!found) {
        auto* picture = new QPixmap((QSizeF(option->rect.size()) * ratio).toSize());
        picture->setDevicePixelRatio(ratio);
        picture->fill(Qt::transparent);
        QStyleOptionFrame atOrigin(*frame);
        atOrigin.rect = QRect(QPoint(0, 0), option->rect.size());
        {
            QPainter picturePainter(picture);
            picturePainter.setRenderHints(painter->renderHints());
            QProxyStyle::drawPrimitive(element, &atOrigin, &picturePainter, widget);
        }
        ++m_frameDraws;
        const qsizetype bytes = qsizetype(picture->width()) * picture->height() * 4;
        if (bytes > kMostBytes) {  // a frame larger than the budget: drawn, not kept
            painter->drawPixmap(option->rect.topLeft(), *picture);
            delete picture;
            return;
        }
        m_frames.insert(key, picture, bytes);
        found = picture;
    }
    painter->drawPixmap(option->rect.topLeft(), *found);
}
