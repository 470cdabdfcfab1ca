// SPDX-License-Identifier: MIT
// libFuzzer entry point; the checks are in harnesses.cpp.
#include "harnesses.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::scenario(data, size);
    return 0;
}
