// SPDX-License-Identifier: MIT
#include "app/views/poolpainting.h"

#include <QPainter>
#include <QSemaphore>
#include <QThreadPool>
#include <QWidget>

namespace PoolPainting {

QImage paint(const QWidget* widget, QSize size, const std::function<void(QPainter&)>& paint)
{
    const qreal ratio = widget->devicePixelRatioF();
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    const QFont font = widget->font();
    const auto job = [&] {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setFont(font);
        paint(painter);
    };
    QSemaphore done;
    if (QThreadPool::globalInstance()->tryStart([&] {
            job();
            done.release();
        }))
        done.acquire();
    else
        job();
    return image;
}

}  // namespace PoolPainting
