// SPDX-License-Identifier: MIT
#pragma once

// Keeps a long-running window from growing: glibc raises its mmap threshold after large blocks
// are freed, and from then on the window-sized images Qt draws into (backing store, chart caches,
// several MB each) come from the main heap, whose freed space is not returned to the system. A
// fixed threshold keeps every such image in its own mapping, released when freed. Called once,
// first thing in main() (and by the soak test, which must measure the same process setup).
void useMappedMemoryForLargeBlocks();
