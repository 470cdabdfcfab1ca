// SPDX-License-Identifier: MIT
// The fuzz harnesses: each takes one input and checks the invariants of one entry point. They
// are compiled into the libFuzzer targets (fuzz_*.cpp) and into fuzz_regressions, a GoogleTest
// runner that replays the seed corpora and every input that once crashed, in every build.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace fuzz {

// A violated invariant: the harness aborts so that the fuzzer records the input.
[[noreturn]] void fail(const std::string& what);

// Scenario files: any bytes either load (and then round-trip to an equal scenario) or give an
// error message; never a crash.
void scenario(const std::uint8_t* data, std::size_t size);

// The command line: the input is split into arguments at newlines; every run exits 0 or 2, and
// exit 2 comes with exactly one line on stderr.
void commandLine(const std::uint8_t* data, std::size_t size);

// The core: random doubles and parameters into every function and derivative (no NaN for a
// non-NaN z and an allowed parameter; span equals scalar), random vectors into softmax (finite
// probabilities summing to 1 within 1e-12), random windows into regions and sampling.
void core(const std::uint8_t* data, std::size_t size);

}  // namespace fuzz
