// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QSize>

#include <functional>

class QPainter;
class QWidget;

// Paints on a thread of Qt's global thread pool and waits for it.
//
// Why: Qt 6.4's raster engine cuts every fill of 96 spans or more (an antialiased line a few
// pixels wide and a hundred tall is one) into pieces, hands them to QThreadPool::globalInstance()
// and waits — unless it already runs on one of that pool's threads. Where waking a thread is slow
// (about 0.1 ms on a virtual machine) an antialiased edge of the network diagram cost 106 µs
// drawn from the GUI thread and 9 µs drawn from a pool thread. Painting that is many such fills
// is therefore done here, into an image the widget then draws in one blit.
//
// The work runs while the GUI thread waits, so it may read the widgets' data; it must not change
// widgets or make QPixmaps (an image's painter only).
namespace PoolPainting {

// Runs `job` on a thread of the global pool and waits for it, or here when no thread is free.
// The pool's threads are kept from then on (no expiry): each has its own font cache, which a
// new thread would fill again at its first text.
void run(const std::function<void()>& job);

// An image of `size` device-independent pixels for `widget`'s screen (its pixel ratio),
// transparent, with `paint` done on it by an antialiasing painter that uses the widget's font.
QImage paint(const QWidget* widget, QSize size, const std::function<void(QPainter&)>& paint);

}  // namespace PoolPainting
