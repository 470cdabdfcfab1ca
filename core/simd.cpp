// SPDX-License-Identifier: MIT
#include "core/simd.h"

#include "core/spantable.h"

#include <atomic>
#include <cstdlib>
#include <string_view>

namespace al::simd {

namespace {

bool cpuRuns(Level level)
{
#if defined(ACTIVATIONLAB_SIMD_X86)
    // libgcc's and compiler-rt's CPU model also checks that the OS saves the wider registers.
    switch (level) {
    case Level::Scalar:
    case Level::Sse2:
        return true;
    case Level::Avx2:
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    case Level::Avx512:
        return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    }
    return false;
#else
    return level == Level::Scalar;
#endif
}

const SpanTable* tableOf(Level level)
{
#if defined(ACTIVATIONLAB_SIMD_X86)
    switch (level) {
    case Level::Scalar:
        return nullptr;
    case Level::Sse2:
        return &sse2Spans();
    case Level::Avx2:
        return &avx2Spans();
    case Level::Avx512:
        return &avx512Spans();
    }
#endif
    static_cast<void>(level);
    return nullptr;
}

std::vector<Level> detect()
{
    std::vector<Level> levels;
    for (Level l : {Level::Scalar, Level::Sse2, Level::Avx2, Level::Avx512})
        if (cpuRuns(l))
            levels.push_back(l);
    return levels;
}

Level fromEnvironment()
{
    const Level widest = available().back();
    const char* asked = std::getenv("ACTIVATIONLAB_SIMD");
    if (asked == nullptr)
        return widest;
    for (Level l : available())
        if (name(l) == asked)
            return l;
    return widest;
}

struct State {
    std::atomic<Level> level{preferred()};
    std::atomic<const SpanTable*> table{tableOf(preferred())};
};

State& state()
{
    static State s;
    return s;
}

}  // namespace

std::string_view name(Level level)
{
    switch (level) {
    case Level::Scalar:
        return "scalar";
    case Level::Sse2:
        return "sse2";
    case Level::Avx2:
        return "avx2";
    case Level::Avx512:
        return "avx512";
    }
    return "scalar";
}

const std::vector<Level>& available()
{
    static const std::vector<Level> levels = detect();
    return levels;
}

Level preferred()
{
    static const Level level = fromEnvironment();
    return level;
}

Level active() { return state().level.load(std::memory_order_relaxed); }

bool setActive(Level level)
{
    if (!cpuRuns(level) || (level != Level::Scalar && tableOf(level) == nullptr))
        return false;
    state().table.store(tableOf(level), std::memory_order_relaxed);
    state().level.store(level, std::memory_order_relaxed);
    return true;
}

const SpanTable* activeSpans() { return state().table.load(std::memory_order_relaxed); }

}  // namespace al::simd
