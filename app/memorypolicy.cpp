// SPDX-License-Identifier: MIT
#include "memorypolicy.h"

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
