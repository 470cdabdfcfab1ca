// SPDX-License-Identifier: MIT
// PoolPainting: the drawing runs on a thread of Qt's global pool when one is free (so the raster
// engine fills inline), on the caller's thread when none is, and gives the same picture either way.
#include "app/views/poolpainting.h"

#include <QApplication>
#include <QPainter>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <QWidget>

#include <gtest/gtest.h>

namespace {

// A thick antialiased diagonal, many spans: the kind of fill Qt hands to its pool.
void drawEdge(QPainter& painter)
{
    painter.setPen(QPen(QColor(0x1c, 0x5d, 0xc4), 6.0, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QLineF(10.3, 5.7, 180.2, 290.1));
}

QImage directly(QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    drawEdge(painter);
    return image;
}

TEST(PoolPainting, DrawsOnAPoolThreadTheSamePictureAsDirectly)
{
    QWidget widget;
    widget.resize(200, 300);
    QThread* paintedOn = nullptr;
    const QImage image = PoolPainting::paint(&widget, widget.size(), [&](QPainter& painter) {
        paintedOn = QThread::currentThread();
        EXPECT_TRUE(painter.testRenderHint(QPainter::Antialiasing));
        EXPECT_EQ(painter.font(), widget.font());
        drawEdge(painter);
    });
    ASSERT_NE(paintedOn, nullptr);
    EXPECT_NE(paintedOn, QThread::currentThread());
    EXPECT_EQ(image.size(), widget.size() * widget.devicePixelRatioF());
    EXPECT_EQ(image, directly(QSize(200, 300)));
    EXPECT_EQ(image.pixelColor(0, 299).alpha(), 0) << "transparent where nothing is drawn";
}

TEST(PoolPainting, DrawsOnTheCallersThreadWhenThePoolIsBusy)
{
    QThreadPool* pool = QThreadPool::globalInstance();
    QSemaphore release;
    QSemaphore started;
    const int threads = pool->maxThreadCount();
    for (int i = 0; i < threads; ++i)
        pool->start([&] {
            started.release();
            release.acquire();
        });
    started.acquire(threads);  // every thread of the pool is held
    QWidget widget;
    widget.resize(200, 300);
    QThread* paintedOn = nullptr;
    const QImage image = PoolPainting::paint(&widget, widget.size(), [&](QPainter& painter) {
        paintedOn = QThread::currentThread();
        drawEdge(painter);
    });
    release.release(threads);
    pool->waitForDone();
    EXPECT_EQ(paintedOn, QThread::currentThread());
    EXPECT_EQ(image, directly(QSize(200, 300)));
}

}  // namespace
