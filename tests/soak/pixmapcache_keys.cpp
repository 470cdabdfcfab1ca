// SPDX-License-Identifier: MIT
// Shows what the full soak run found behind its memory growth: Qt 6.4's QPixmapCache keeps the
// string key of every entry it has evicted or cleared. Each round inserts 50,000 distinct keys
// into a 256 KB cache and clears it; the heap in use should come back to where it started.
//   build/release/tests/soak/pixmapcache_keys
#include <QGuiApplication>
#include <QPixmap>
#include <QPixmapCache>

#include <cstdio>
#include <malloc.h>

namespace {

double heapInUseMb()
{
    return static_cast<double>(mallinfo2().uordblks) / (1024.0 * 1024.0);
}

}  // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QPixmapCache::setCacheLimit(256);
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::red);
    std::printf("Qt %s, heap in use at the start %.2f MB\n", qVersion(), heapInUseMb());
    for (int round = 1; round <= 5; ++round) {
        for (int i = 0; i < 50000; ++i)
            QPixmapCache::insert(QStringLiteral("a-key-as-long-as-a-style-key-%1-%2").arg(round).arg(i), pixmap);
        QPixmapCache::clear();
        std::printf("after round %d and clear(): %.2f MB\n", round, heapInUseMb());
    }
    return 0;
}
