// SPDX-License-Identifier: MIT
#include "app/memorypolicy.h"

#include <QCoreApplication>
#include <QPixmapCache>
#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void useMappedMemoryForLargeBlocks()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);  // setting it also turns the dynamic adjustment off
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024);
#endif
}

void turnOffSharedPixmapCache()
{
    if (QCoreApplication::instance() == nullptr)
        qWarning("turnOffSharedPixmapCache() was called before the QApplication: it has no effect");
    QPixmapCache::setCacheLimit(0);
}

void returnFreedMemoryPeriodically(QObject* parent, int seconds)
{
#if defined(__GLIBC__)
    auto* timer = new QTimer(parent);
    timer->setInterval(seconds * 1000);
    QObject::connect(timer, &QTimer::timeout, timer, [] { malloc_trim(0); });
    timer->start();
#else
    Q_UNUSED(parent);
    Q_UNUSED(seconds);
#endif
}
