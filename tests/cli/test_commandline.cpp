// SPDX-License-Identifier: MIT
#include "core/catalog.h"
#include "app/cli/commandline.h"
#include "core/numbers.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace {

struct Outcome {
    int code = 0;
    std::string out;
    std::string err;
};

Outcome run(std::vector<std::string> args)
{
    std::ostringstream out;
    std::ostringstream err;
    const int code = al::runCommandLine(args, out, err);
    return {code, out.str(), err.str()};
}

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> result;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        result.push_back(line);
    return result;
}

TEST(CommandLine, ListNamesEveryFunctionWithItsParameters)
{
    const Outcome o = run({"list"});
    EXPECT_EQ(o.code, 0);
    const auto rows = lines(o.out);
    ASSERT_EQ(rows.size(), al::catalog().size());
    EXPECT_EQ(rows[0], "step threshold=0");
    EXPECT_EQ(rows[1], "linear c=1");
    EXPECT_EQ(rows[2], "sigmoid");
    EXPECT_EQ(rows[5], "leaky_relu alpha=0.01");
    EXPECT_EQ(rows[6], "prelu alpha=0.25");
    EXPECT_EQ(rows[7], "elu alpha=1");
}

TEST(CommandLine, TableIsExactCsv)
{
    const Outcome o = run({"table", "sigmoid", "--from", "-2", "--to", "2", "--points", "5"});
    ASSERT_EQ(o.code, 0) << o.err;
    const auto rows = lines(o.out);
    ASSERT_EQ(rows.size(), 6u);
    EXPECT_EQ(rows[0], "z,f,df");
    EXPECT_EQ(rows[3], "0,0.5,0.25");
    const al::Activation& sigmoid = *al::findActivation("sigmoid");
    for (std::size_t i = 1; i < rows.size(); ++i) {
        std::istringstream row(rows[i]);
        std::string z, f, df;
        std::getline(row, z, ',');
        std::getline(row, f, ',');
        std::getline(row, df, ',');
        const al::FunctionValues v = sigmoid.evaluate(*al::parseNumber(z), {});
        EXPECT_EQ(*al::parseNumber(f), v.f) << "the printed number must read back to the same double";
        EXPECT_EQ(*al::parseNumber(df), v.df);
    }
}

TEST(CommandLine, TableAtPointsIncludingInfinityAndParameters)
{
    const Outcome o = run({"table", "leaky_relu", "--at=-inf,-2,0,inf", "--param", "alpha=0.2"});
    ASSERT_EQ(o.code, 0) << o.err;
    EXPECT_EQ(o.out, "z,f,df\n-inf,-inf,0.2\n-2,-0.4,0.2\n0,0,0.2\ninf,inf,1\n");
    const Outcome step = run({"table", "step", "--at", "0.5,1,2", "--param=threshold=1"});
    EXPECT_EQ(step.out, "z,f,df\n0.5,0,0\n1,1,0\n2,1,0\n");
    const Outcome tiny = run({"table", "tanh", "--at=20"});
    EXPECT_EQ(tiny.out, "z,f,df\n20,1,1.6993417021166355e-17\n") << "1 − tanh² would print 0";
}

TEST(CommandLine, SoftmaxPrintsOneProbabilityPerLine)
{
    const Outcome o = run({"softmax", "--values=-4,5,2,-8"});
    ASSERT_EQ(o.code, 0) << o.err;
    const auto rows = lines(o.out);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_NEAR(*al::parseNumber(rows[1]), 0.9524601077108533, 1e-15);
    EXPECT_EQ(run({"softmax", "--values=1000,1000"}).out, "0.5\n0.5\n");
    EXPECT_EQ(run({"softmax", "--temperature", "2", "--values=0,0"}).out, "0.5\n0.5\n");
    EXPECT_EQ(run({"softmax", "--log", "--values=0,-2000"}).out, "0\n-2000\n");
}

TEST(CommandLine, HelpAndVersion)
{
    EXPECT_EQ(run({"--help"}).code, 0);
    EXPECT_NE(run({"--help"}).out.find("table KEY"), std::string::npos);
    EXPECT_EQ(run({"--version"}).out.rfind("activationlab ", 0), 0u);
}

// Each bad input exits 2 with exactly one line on stderr and nothing on stdout.
class BadInput : public ::testing::TestWithParam<std::vector<std::string>> {};

TEST_P(BadInput, ExitsTwoWithOneLine)
{
    const Outcome o = run(GetParam());
    EXPECT_EQ(o.code, 2);
    EXPECT_TRUE(o.out.empty()) << o.out;
    ASSERT_FALSE(o.err.empty());
    EXPECT_EQ(o.err.find('\n'), o.err.size() - 1) << o.err;
    EXPECT_EQ(o.err.rfind("activationlab: ", 0), 0u) << o.err;
}

INSTANTIATE_TEST_SUITE_P(
    CommandLine, BadInput,
    ::testing::Values(std::vector<std::string>{"frobnicate"}, std::vector<std::string>{"table"},
                      std::vector<std::string>{"table", "nosuch"}, std::vector<std::string>{"table", "softmax"},
                      std::vector<std::string>{"table", "relu", "--param", "alpha=0.1"},
                      std::vector<std::string>{"table", "leaky_relu", "--param", "beta=0.1"},
                      std::vector<std::string>{"table", "leaky_relu", "--param", "alpha=nan"},
                      std::vector<std::string>{"table", "leaky_relu", "--param", "alpha="},
                      std::vector<std::string>{"table", "leaky_relu", "--param", "alpha"},
                      std::vector<std::string>{"table", "leaky_relu", "--param", "alpha=inf"},
                      std::vector<std::string>{"table", "leaky_relu", "--param", "alpha=1e9"},
                      std::vector<std::string>{"table", "sigmoid", "--from", "abc"},
                      std::vector<std::string>{"table", "sigmoid", "--from", ""},
                      std::vector<std::string>{"table", "sigmoid", "--from"},
                      std::vector<std::string>{"table", "sigmoid", "--from", "inf"},
                      std::vector<std::string>{"table", "sigmoid", "--to", "1.2.3"},
                      std::vector<std::string>{"table", "sigmoid", "--points", "-5"},
                      std::vector<std::string>{"table", "sigmoid", "--points", "0"},
                      std::vector<std::string>{"table", "sigmoid", "--points", "2.5"},
                      std::vector<std::string>{"table", "sigmoid", "--points", "99999999999"},
                      std::vector<std::string>{"table", "sigmoid", "--at="},
                      std::vector<std::string>{"table", "sigmoid", "--at=1,,2"},
                      std::vector<std::string>{"table", "sigmoid", "--at=nan"},
                      std::vector<std::string>{"table", "sigmoid", "--bogus"},
                      std::vector<std::string>{"table", "sigmoid", "--out", "/nonexistent-dir/x.csv"},
                      std::vector<std::string>{"softmax"}, std::vector<std::string>{"softmax", "--values="},
                      std::vector<std::string>{"softmax", "--values=1,x"},
                      std::vector<std::string>{"softmax", "--values=nan,1"},
                      std::vector<std::string>{"softmax", "--values=-inf,-inf"},
                      std::vector<std::string>{"softmax", "--temperature", "0", "--values=1,2"},
                      std::vector<std::string>{"softmax", "--temperature", "-1", "--values=1,2"},
                      std::vector<std::string>{"softmax", "--temperature", "nan", "--values=1,2"},
                      std::vector<std::string>{"softmax", "--temperature", "inf", "--values=1,2"},
                      std::vector<std::string>{"list", "extra"}));

TEST(CommandLine, InitStatsIsOneRowPerLayerAndDeterministic)
{
    const std::vector<std::string> args{"init-stats", "--activation", "relu", "--init", "he", "--layers", "4", "--width", "100", "--samples", "200", "--seed", "3"};
    const Outcome o = run(args);
    ASSERT_EQ(o.code, 0) << o.err;
    EXPECT_TRUE(o.err.empty());
    const auto rows = lines(o.out);
    ASSERT_EQ(rows.size(), 5u);
    EXPECT_EQ(rows[0], "layer,mean,std,saturated,dead,grad_std");
    for (std::size_t i = 1; i < rows.size(); ++i) {
        EXPECT_EQ(rows[i].substr(0, rows[i].find(',')), std::to_string(i));
        EXPECT_EQ(std::count(rows[i].begin(), rows[i].end(), ','), 5);
    }
    EXPECT_EQ(run(args).out, o.out) << "the same seed, the same numbers";
    std::vector<std::string> other = args;
    other.back() = "4";
    EXPECT_NE(run(other).out, o.out);
    // --param and --epsilon reach the experiment: with slope α = 0.2 < ε = 0.3 left of 0, about
    // half of the (sample, unit) pairs count as saturated; with ε = 0.1, none.
    const auto saturated = [](const std::string& alpha, const std::string& epsilon) {
        const Outcome o = run({"init-stats", "--activation=leaky_relu", "--param", "alpha=" + alpha, "--init=lecun", "--layers=1",
                               "--width=50", "--samples=400", "--epsilon=" + epsilon});
        const std::string row = lines(o.out).at(1);
        std::vector<std::string> cells;
        std::istringstream in(row);
        for (std::string c; std::getline(in, c, ',');)
            cells.push_back(c);
        return std::stod(cells.at(3));
    };
    EXPECT_NEAR(saturated("0.2", "0.3"), 0.5, 0.05);
    EXPECT_EQ(saturated("0.2", "0.1"), 0.0);
}

INSTANTIATE_TEST_SUITE_P(
    InitStats, BadInput,
    ::testing::Values(std::vector<std::string>{"init-stats"}, std::vector<std::string>{"init-stats", "--init", "he"},
                      std::vector<std::string>{"init-stats", "--activation", "relu"},
                      std::vector<std::string>{"init-stats", "--activation", "nosuch", "--init", "he"},
                      std::vector<std::string>{"init-stats", "--activation", "softmax", "--init", "he"},
                      std::vector<std::string>{"init-stats", "--activation", "relu", "--init", "glorot"},
                      std::vector<std::string>{"init-stats", "--activation", "relu", "--init", "he", "--layers", "0"},
                      std::vector<std::string>{"init-stats", "--activation", "relu", "--init", "he", "--layers", "51"},
                      std::vector<std::string>{"init-stats", "--activation", "relu", "--init", "he", "--layers", "2.5"},
                      std::vector<std::string>{"init-stats", "--activation", "relu", "--init", "he", "--width", "9"},
                      std::vector<std::string>{"init-stats", "--activation", "relu", "--init", "he", "--width", "1001"},
                      std::vector<std::string>{"init-stats", "--activation", "relu", "--init", "he", "--samples", "99"},
                      std::vector<std::string>{"init-stats", "--activation", "relu", "--init", "he", "--samples", "5001"},
                      std::vector<std::string>{"init-stats", "--activation", "relu", "--init", "he", "--samples"},
                      std::vector<std::string>{"init-stats", "--activation", "relu", "--init", "normal", "--sigma", "-1"},
                      std::vector<std::string>{"init-stats", "--activation", "relu", "--init", "normal", "--sigma", "nan"},
                      std::vector<std::string>{"init-stats", "--activation", "relu", "--init", "normal", "--sigma", "inf"},
                      std::vector<std::string>{"init-stats", "--activation", "relu", "--init", "normal", "--sigma", "abc"},
                      std::vector<std::string>{"init-stats", "--activation", "relu", "--init", "he", "--seed", "-1"},
                      std::vector<std::string>{"init-stats", "--activation", "relu", "--init", "he", "--seed", "1.5"},
                      std::vector<std::string>{"init-stats", "--activation", "relu", "--init", "he", "--epsilon", "0.5"},
                      std::vector<std::string>{"init-stats", "--activation", "relu", "--init", "he", "--bias", "1e9"},
                      std::vector<std::string>{"init-stats", "--activation", "relu", "--init", "he", "--param", "alpha=0.1"},
                      std::vector<std::string>{"init-stats", "--activation", "elu", "--init", "he", "--param", "alpha=nan"},
                      std::vector<std::string>{"init-stats", "--activation", "relu", "--init", "he", "--bogus"},
                      std::vector<std::string>{"init-stats", "--activation", "relu", "--init", "he", "--out", "/nonexistent-dir/x.csv"}));

TEST(CommandLine, InitStatsWritesItsFileOrNothing)
{
    const auto dir = std::filesystem::temp_directory_path() / "activationlab-cli-init-test";
    std::filesystem::create_directories(dir);
    const auto target = dir / "init.csv";
    std::filesystem::remove(target);
    EXPECT_EQ(run({"init-stats", "--activation", "tanh", "--init", "xavier", "--layers", "3", "--width", "50", "--samples", "100", "--out",
                   target.string()})
                  .code,
              0);
    std::ifstream in(target);
    std::string header;
    std::getline(in, header);
    EXPECT_EQ(header, "layer,mean,std,saturated,dead,grad_std");
    std::filesystem::remove(target);
    EXPECT_EQ(run({"init-stats", "--activation", "tanh", "--init", "xavier", "--layers", "99", "--out", target.string()}).code, 2);
    EXPECT_FALSE(std::filesystem::exists(target)) << "bad input writes nothing";
    std::filesystem::remove_all(dir);
}

TEST(CommandLine, UnwritableOutputFileLeavesNothingBehind)
{
    const auto dir = std::filesystem::temp_directory_path() / "activationlab-cli-test";
    std::filesystem::create_directories(dir);
    const auto target = dir / "table.csv";
    std::filesystem::remove(target);
    EXPECT_EQ(run({"table", "relu", "--out", target.string()}).code, 0);
    std::ifstream in(target);
    std::string header;
    std::getline(in, header);
    EXPECT_EQ(header, "z,f,df");
    EXPECT_EQ(run({"table", "relu", "--out", dir.string()}).code, 2) << "a directory is not a file";
    EXPECT_FALSE(std::filesystem::exists(dir / "table.csv.part"));
    std::filesystem::remove_all(dir);
}

TEST(CommandLine, WindowWithoutArgumentsOrWithAScenario)
{
    EXPECT_TRUE(al::wantsWindow({}));
    EXPECT_TRUE(al::wantsWindow({"lesson.alab"}));
    EXPECT_TRUE(al::wantsWindow({"lesson.alex"}));
    EXPECT_FALSE(al::wantsWindow({".alex"}));
    EXPECT_FALSE(al::wantsWindow({"list"}));
    EXPECT_FALSE(al::wantsWindow({".alab"}));
    EXPECT_FALSE(al::wantsWindow({"a.alab", "b.alab"}));
}

// The real binary: exit codes and streams as a shell sees them.
int shell(const std::string& command, std::string* output)
{
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        return -1;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0)
        output->append(buffer, n);
    const int status = pclose(pipe);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST(Binary, CommandsWorkWithoutADisplay)
{
    std::string out;
    EXPECT_EQ(shell("env -u DISPLAY -u WAYLAND_DISPLAY " ACTIVATIONLAB_BINARY " table relu --at=-1,2 2>&1", &out), 0);
    EXPECT_EQ(out, "z,f,df\n-1,0,0\n2,2,1\n");
    out.clear();
    EXPECT_EQ(shell(ACTIVATIONLAB_BINARY " table nosuch 2>&1 >/dev/null", &out), 2);
    EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1) << out;
    out.clear();
    EXPECT_EQ(shell(ACTIVATIONLAB_BINARY " table relu > /dev/full 2>&1", &out), 2) << "a full disk is reported";
    // --out on a device writes to the device (and fails on a full one); it never renames a file
    // over it, which as root would replace /dev/full itself.
    EXPECT_EQ(shell(ACTIVATIONLAB_BINARY " table relu --out /dev/full 2>&1", &out), 2) << out;
    EXPECT_TRUE(std::filesystem::is_character_file("/dev/full"));
    EXPECT_FALSE(std::filesystem::exists("/dev/full.part"));
}

}  // namespace

namespace {

using Args = std::vector<std::string>;

Args trainArgs(Args extra)
{
    Args args{"train", "--dataset", "circle", "--activation", "tanh", "--epochs", "3", "--points", "100"};
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
}

TEST(CommandLineTrain, OneRowPerEpochWithPerLayerColumns)
{
    const Outcome o = run(trainArgs({"--hidden", "4,3,2"}));
    ASSERT_EQ(o.code, 0) << o.err;
    const auto rows = lines(o.out);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0], "epoch,train_loss,test_loss,train_acc,test_acc,grad_norm_1,grad_norm_2,grad_norm_3,dead_1,dead_2,dead_3,"
                       "saturated_1,saturated_2,saturated_3");
    EXPECT_EQ(rows[1].rfind("1,", 0), 0u);
    EXPECT_EQ(rows[3].rfind("3,", 0), 0u);
    EXPECT_EQ(std::count(rows[3].begin(), rows[3].end(), ','), 13);
    // No hidden layer: only the five common columns.
    EXPECT_EQ(lines(run(trainArgs({"--hidden", ""})).out)[0], "epoch,train_loss,test_loss,train_acc,test_acc");
}

TEST(CommandLineTrain, SameSeedSameBytesOtherSeedOtherRun)
{
    const Args args = trainArgs({"--dataset", "spiral", "--activation", "relu", "--seed", "7", "--noise", "20"});
    EXPECT_EQ(run(args).out, run(args).out);
    Args other = args;
    other.back() = "10";
    EXPECT_NE(run(args).out, run(other).out);
}

TEST(CommandLineTrain, SquaredFeaturesLetANetworkWithoutHiddenLayersSeparateTheCircle)
{
    const auto lastTestAccuracy = [](const Args& extra) {
        Args args{"train", "--dataset", "circle", "--activation", "tanh", "--epochs", "40", "--hidden", ""};
        args.insert(args.end(), extra.begin(), extra.end());
        const Outcome o = run(args);
        EXPECT_EQ(o.code, 0) << o.err;
        const std::string last = lines(o.out).back();
        std::vector<std::string> cells;
        std::stringstream row(last);
        for (std::string cell; std::getline(row, cell, ',');)
            cells.push_back(cell);
        return std::stod(cells.at(4));
    };
    EXPECT_LT(lastTestAccuracy({}), 0.75);  // a line cannot enclose the inner class
    EXPECT_GT(lastTestAccuracy({"--features", "x1sq,x2sq"}), 0.95);
}

TEST(CommandLineTrain, MomentumChangesTheRunAndZeroMomentumIsPlainSgd)
{
    const Outcome plain = run(trainArgs({}));
    EXPECT_EQ(run(trainArgs({"--momentum", "0"})).out, plain.out);
    const Outcome heavy = run(trainArgs({"--momentum", "0.9"}));
    ASSERT_EQ(heavy.code, 0) << heavy.err;
    EXPECT_NE(heavy.out, plain.out);
}

TEST(CommandLineTrain, CheckGradientsPrintsOneLineWithinTheContract)
{
    for (const char* key : {"sigmoid", "relu", "elu", "gelu", "softsign"}) {
        const Outcome o = run(trainArgs({"--activation", key, "--hidden", "5,4", "--check-gradients"}));
        ASSERT_EQ(o.code, 0) << o.err;
        ASSERT_EQ(o.out.rfind("max_rel_error=", 0), 0u) << o.out;
        EXPECT_EQ(lines(o.out).size(), 1u);
        const auto value = al::parseNumber(std::string_view(o.out).substr(14, o.out.size() - 15));
        ASSERT_TRUE(value.has_value()) << o.out;
        EXPECT_LE(*value, 1e-6) << key;
    }
}

TEST(CommandLineTrain, ReadsPointsFromCsvAndRefusesAMalformedOne)
{
    const auto dir = std::filesystem::temp_directory_path() / "activationlab-train-test";
    std::filesystem::create_directories(dir);
    const auto good = (dir / "points.csv").string();
    std::ofstream(good) << "x,y,label\n-2,-2,0\n-1.5,-2,0\n2,2,1\n2.5,1.5,1\n-2,-1,0\n1,2,1\n";
    const Outcome o = run({"train", "--dataset", good, "--activation", "relu", "--epochs", "2"});
    EXPECT_EQ(o.code, 0) << o.err;
    EXPECT_EQ(lines(o.out).size(), 3u);
    const auto bad = (dir / "bad.csv").string();
    std::ofstream(bad) << "x,y,label\n1,2,0\n1,2,3\n";
    const auto out = (dir / "out.csv").string();
    const Outcome refused = run({"train", "--dataset", bad, "--activation", "relu", "--out", out});
    EXPECT_EQ(refused.code, 2);
    EXPECT_NE(refused.err.find("line 3"), std::string::npos) << refused.err;
    EXPECT_FALSE(std::filesystem::exists(out));
    std::filesystem::remove_all(dir);
}

class TrainBadInput : public ::testing::TestWithParam<Args> {};

TEST_P(TrainBadInput, ExitsTwoWithOneLineAndWritesNothing)
{
    const auto file = std::filesystem::temp_directory_path() / "activationlab-train-bad.csv";
    std::filesystem::remove(file);
    Args args = GetParam();
    args.insert(args.end(), {"--out", file.string()});
    const Outcome o = run(args);
    EXPECT_EQ(o.code, 2);
    EXPECT_TRUE(o.out.empty());
    ASSERT_FALSE(o.err.empty());
    EXPECT_EQ(o.err.find('\n'), o.err.size() - 1) << o.err;
    EXPECT_FALSE(std::filesystem::exists(file));
}

INSTANTIATE_TEST_SUITE_P(
    CommandLine, TrainBadInput,
    ::testing::Values(Args{"train", "--activation", "tanh"}, Args{"train", "--dataset", "circle"},
                      trainArgs({"--dataset", "moons"}), trainArgs({"--activation", "nosuch"}),
                      trainArgs({"--activation", "softmax"}), trainArgs({"--hidden", "1,1,1,1,1,1,1"}),
                      trainArgs({"--hidden", "8,0"}), trainArgs({"--hidden", "17"}), trainArgs({"--hidden", "2.5"}),
                      trainArgs({"--hidden", "8,,8"}), trainArgs({"--lr", "0"}), trainArgs({"--lr", "-0.1"}),
                      trainArgs({"--epochs", "0"}), trainArgs({"--epochs", "1.5"}), trainArgs({"--batch", "0"}),
                      trainArgs({"--noise", "-1"}), trainArgs({"--noise", "51"}), trainArgs({"--train-share", "0.95"}),
                      trainArgs({"--points", "10"}), trainArgs({"--init", "lecun"}), trainArgs({"--seed", "-1"}),
                      trainArgs({"--param", "alpha=0.1"}), trainArgs({"--l2", "x"}), trainArgs({"--bogus"}),
                      trainArgs({"--dataset", "/nonexistent/points.csv"}), trainArgs({"--momentum", "1"}),
                      trainArgs({"--momentum", "-0.1"}), trainArgs({"--features", ""}), trainArgs({"--features", "x1,x3"}),
                      trainArgs({"--features", "x1,,x2"})));

}  // namespace

namespace {

// The parsed `exercise` request, as the Qt side would be handed it.
std::pair<int, al::ExerciseRequest> exerciseRequest(std::vector<std::string> args)
{
    al::ExerciseRequest seen;
    std::ostringstream out;
    std::ostringstream err;
    const int code = al::runCommandLine(args, out, err, {}, [&](const al::ExerciseRequest& r, std::ostream&, std::ostream&) {
        seen = r;
        return 0;
    });
    return {code, seen};
}

TEST(CommandLine, ExerciseTakesATeachersFileBeforeOrAfterTheId)
{
    const auto [code, r] = exerciseRequest({"exercise", "check", "--file", "my.alex", "relu-dying", "--answer", "2"});
    EXPECT_EQ(code, 0);
    EXPECT_EQ(r.id, "relu-dying");
    EXPECT_EQ(r.exerciseFile, std::optional<std::string>("my.alex"));
    EXPECT_EQ(r.answer, std::optional<std::string>("2"));
    const auto [code2, r2] = exerciseRequest({"exercise", "show", "relu-dying", "--file=my.alex", "--lang", "ru"});
    EXPECT_EQ(code2, 0);
    EXPECT_EQ(r2.exerciseFile, std::optional<std::string>("my.alex"));
    EXPECT_EQ(r2.language, "ru");
    EXPECT_EQ(exerciseRequest({"exercise", "list", "--file", "my.alex"}).second.exerciseFile, std::optional<std::string>("my.alex"));
    // No id, two ids, an id for list, a --file without its value: usage errors.
    for (const std::vector<std::string>& bad : {std::vector<std::string>{"exercise", "show", "--file", "my.alex"},
                                                 {"exercise", "show", "a", "b"},
                                                 {"exercise", "list", "a"},
                                                 {"exercise", "check", "a", "--answer", "1", "--file"}}) {
        std::ostringstream out;
        std::ostringstream err;
        EXPECT_EQ(al::runCommandLine(bad, out, err, {}, [](const al::ExerciseRequest&, std::ostream&, std::ostream&) { return 0; }), 2);
        EXPECT_EQ(lines(err.str()).size(), 1u) << err.str();
    }
}

}  // namespace
