// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

QT_FORWARD_DECLARE_CLASS(QObject)

// Keeps a long-running window from growing. glibc raises its mmap threshold after large blocks
// are freed, and from then on the window-sized images Qt draws into (backing store, chart caches,
// several MB each) come from the main heap; and memory freed in the heap's middle is kept by the
// process, not returned. So: a fixed mmap threshold, and every few seconds the free pages are
// handed back. Both are no-ops outside glibc. Called first thing in main() (and by the soak
// test, which must measure the same process).
void useMappedMemoryForLargeBlocks();
// Switches Qt's shared pixmap cache off. Qt 6.4's QPixmapCache keeps the string key of every
// entry it evicted or cleared until that exact key is asked for again (clear() keeps them too),
// and the Fusion style keys its pixmaps by widget size, state and palette: every window size,
// theme and zoom leaves keys behind, about 1 MB per 10,000 actions of the soak test. With a limit
// of 0 nothing is stored, so nothing is kept; the explorer chart caches its picture itself
// (CachedLayerEffect). Shown by tests/soak/pixmapcache_keys.cpp. Needs the QApplication: before
// it exists QPixmapCache ignores every call.
void turnOffSharedPixmapCache();
// A timer, owned by `parent`, that returns free heap pages to the system every `seconds`.
void returnFreedMemoryPeriodically(QObject* parent, int seconds = 10);
