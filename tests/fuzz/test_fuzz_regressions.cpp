// SPDX-License-Identifier: MIT
// Replays every seed and every input that once broke an invariant through the fuzz harnesses,
// in ordinary builds (release and asan), so a fixed bug stays fixed.
#include "harnesses.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

namespace {

namespace fs = std::filesystem;

void replay(const char* target, void (*harness)(const std::uint8_t*, std::size_t))
{
    int files = 0;
    for (const char* kind : {"corpus", "regressions"}) {
        const fs::path dir = fs::path(FUZZ_DIR) / kind / target;
        if (!fs::exists(dir))
            continue;
        for (const fs::directory_entry& e : fs::directory_iterator(dir)) {
            if (!e.is_regular_file() || e.path().filename() == ".gitkeep")
                continue;
            std::ifstream in(e.path(), std::ios::binary);
            const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
            harness(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
            ++files;
        }
    }
    EXPECT_GT(files, 5) << target << ": the seed corpus is missing";
}

TEST(FuzzRegressions, Scenario) { replay("scenario", fuzz::scenario); }
TEST(FuzzRegressions, CommandLine) { replay("commandline", fuzz::commandLine); }
TEST(FuzzRegressions, Core) { replay("core", fuzz::core); }

}  // namespace
