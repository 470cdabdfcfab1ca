// SPDX-License-Identifier: MIT
#include "app/views/poolpainting.h"

#include <QPainter>
#include <QSemaphore>
#include <QThreadPool>
#include <QWidget>

namespace PoolPainting {

void run(const std::function<void()>& job)
{
    QThreadPool* pool = QThreadPool::globalInstance();
    static const bool kept = [pool] {
        pool->setExpiryTimeout(-1);
        return true;
    }();
    Q_UNUSED(kept);
    QSemaphore done;
    if (pool->tryStart([&] {
            job();
            done.release();
        }))
        done.acquire();
    else
        job();
}

QImage paint(const QWidget* widget, QSize size, const std::function<void(QPainter&)>& paint)
{
    const qreal ratio = widget->devicePixelRatioF();
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    const QFont font = widget->font();
    run([&] {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setFont(font);
        paint(painter);
    });
    return image;
}

}  // namespace PoolPainting
