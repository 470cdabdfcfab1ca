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
// A timer, owned by `parent`, that returns free heap pages to the system every `seconds`.
void returnFreedMemoryPeriodically(QObject* parent, int seconds = 10);
