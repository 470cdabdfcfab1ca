// SPDX-License-Identifier: MIT
// The house drawn from the includes: every arrow points down the layers (see HACKING.md).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Include {
    std::string file;  // relative to the source root
    std::string target;
};

std::vector<Include> includesUnder(const std::string& folder)
{
    std::vector<Include> found;
    const std::regex include(R"re(^\s*#\s*include\s+"([^"]+)")re");
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(SOURCE_ROOT) / folder)) {
        const std::string ext = entry.path().extension().string();
        if (ext != ".h" && ext != ".cpp")
            continue;
        std::ifstream in(entry.path());
        std::string line;
        std::smatch m;
        while (std::getline(in, line))
            if (std::regex_search(line, m, include))
                found.push_back({fs::relative(entry.path(), SOURCE_ROOT).string(), m[1]});
    }
    return found;
}

bool startsWith(const std::string& s, const std::string& prefix)
{
    return s.compare(0, prefix.size(), prefix) == 0;
}

// Every include of `folder` must name one of the allowed folders.
void expectOnly(const std::string& folder, const std::vector<std::string>& allowed)
{
    const std::vector<Include> includes = includesUnder(folder);
    ASSERT_FALSE(includes.empty()) << folder;
    for (const Include& i : includes) {
        bool ok = false;
        for (const std::string& a : allowed)
            ok = ok || startsWith(i.target, a);
        EXPECT_TRUE(ok) << i.file << " includes " << i.target;
    }
}

}  // namespace

TEST(Layers, CoreAndStateKnowNothingAbove)
{
    expectOnly("core", {"core/"});
}

TEST(Layers, TheCommandLineIsQtFree)
{
    expectOnly("app/cli", {"core/", "app/cli/"});
}

TEST(Layers, ModelsKnowNoWidgets)
{
    expectOnly("app/model", {"core/", "app/model/", "app/scenario/"});
    expectOnly("app/scenario", {"core/", "app/scenario/"});
    expectOnly("app/exercise", {"core/", "app/exercise/", "app/scenario/"});
}

TEST(Layers, PagesTourRendererAndViewsNeverReachBackIntoTheWindow)
{
    for (const char* folder : {"app/exercise", "app/pages", "app/lessons", "app/render", "app/views", "app/widgets", "app/model"})
        for (const Include& i : includesUnder(folder))
            EXPECT_NE(i.target, "app/mainwindow.h") << i.file;
}
