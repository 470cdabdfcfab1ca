// SPDX-License-Identifier: MIT
// Every function of the catalog against tests/data/reference.csv and the held-out points of
// tests/data/heldout.csv, both computed with mpmath at 60 digits by tests/data/make_reference.py;
// the scalar kernels and the span kernels of every instruction set the dispatcher can pick.
#include "core/catalog.h"
#include "core/simd.h"
#include "tests/core/contract.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iomanip>
#include <iostream>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace {

struct Row {
    std::string key;
    std::string params;
    double z = 0;
    long double f = 0;
    long double df = 0;
    int line = 0;
};

std::vector<Row> readReference(const char* path)
{
    std::ifstream in(path);
    std::vector<Row> rows;
    std::string line;
    std::getline(in, line);  // header
    int number = 1;
    while (std::getline(in, line)) {
        ++number;
        std::vector<std::string> cells;
        std::stringstream ss(line);
        std::string cell;
        while (std::getline(ss, cell, ','))
            cells.push_back(cell);
        if (cells.size() == 4)
            cells.emplace_back();
        if (cells.size() != 5)
            continue;
        // strtold reads "inf" and rounds values beyond the double range to 0 or ±inf, which is
        // what the double result must be.
        rows.push_back({cells[0], cells[1], std::strtod(cells[2].c_str(), nullptr), std::strtold(cells[3].c_str(), nullptr),
                        std::strtold(cells[4].c_str(), nullptr), number});
    }
    return rows;
}

const std::vector<Row>& reference()
{
    static const std::vector<Row> rows = readReference(REFERENCE_CSV);
    return rows;
}

const std::vector<Row>& heldOut()
{
    static const std::vector<Row> rows = readReference(HELDOUT_CSV);
    return rows;
}

al::ParameterValues parameters(const al::Activation& a, const std::string& text)
{
    al::ParameterValues values = a.defaults();
    std::stringstream ss(text);
    std::string assignment;
    while (std::getline(ss, assignment, ';')) {
        const auto eq = assignment.find('=');
        values.at(static_cast<std::size_t>(a.parameterIndex(assignment.substr(0, eq)))) = std::stod(assignment.substr(eq + 1));
    }
    return values;
}

// The contract (tests/core/contract.h), with a message.
::testing::AssertionResult close(double computed, long double expected, bool nearZero)
{
    if (contract::within(computed, expected, nearZero))
        return ::testing::AssertionSuccess();
    const long double error = std::fabs(static_cast<long double>(computed) - expected);
    return ::testing::AssertionFailure() << std::setprecision(17) << computed << " vs " << static_cast<double>(expected)
                                         << ", relative error " << static_cast<double>(error / std::fabs(expected));
}

TEST(Reference, EveryCatalogFunctionHasReferenceRows)
{
    std::set<std::string> keys;
    for (const Row& r : reference())
        keys.insert(r.key);
    for (const al::Activation& a : al::catalog())
        EXPECT_TRUE(keys.count(std::string(a.key))) << a.key << " has no rows in reference.csv";
    EXPECT_GT(reference().size(), 2000u);
}

contract::NearZero nearZero(const al::Activation& a, const Row& r, const al::ParameterValues& p)
{
    return contract::nearZero(a, r.z, p, {static_cast<double>(r.f), static_cast<double>(r.df)});
}

// The largest relative error where the value is a normal double and not near a zero; printed so
// that the README's figures can be re-measured.
struct Worst {
    double relative = 0;
    std::string where;
    void add(double computed, long double expected, bool nearZero, const Row& r)
    {
        if (nearZero || std::isinf(computed) || std::fabs(expected) < 2.2250738585072014e-308L)
            return;
        const double e = static_cast<double>(std::fabs((static_cast<long double>(computed) - expected) / expected));
        if (e > relative) {
            relative = e;
            where = r.key + "(" + std::to_string(r.z) + ")";
        }
    }
    void print(std::string_view what, std::string_view level) const
    {
        std::cout << "[ worst    ] " << what << ", " << level << ": relative error " << relative << " at " << where << '\n';
    }
};

void checkScalar(const std::vector<Row>& rows, std::string_view what)
{
    Worst worst;
    for (const Row& r : rows) {
        const al::Activation* a = al::findActivation(r.key);
        ASSERT_NE(a, nullptr) << "unknown key " << r.key << " in line " << r.line;
        const al::ParameterValues p = parameters(*a, r.params);
        const al::FunctionValues v = a->evaluate(r.z, p);
        const contract::NearZero zero = nearZero(*a, r, p);
        EXPECT_TRUE(close(v.f, r.f, zero.f)) << r.key << "(" << r.z << ") " << r.params << " line " << r.line;
        EXPECT_TRUE(close(v.df, r.df, zero.df)) << r.key << "'(" << r.z << ") " << r.params << " line " << r.line;
        worst.add(v.f, r.f, zero.f, r);
        worst.add(v.df, r.df, zero.df, r);
    }
    worst.print(what, "scalar");
}

// The span kernels of every level the dispatcher can pick: against the 60-digit values and
// against the scalar kernel, both within the contract. The rows of one function and parameter
// set go in as one span, then each row alone (the padded remainder of a vector), so every row is
// computed both inside a full vector and in the remainder path.
void checkSpans(const std::vector<Row>& rows, std::string_view what)
{
    for (al::simd::Level level : al::simd::available()) {
        ASSERT_TRUE(al::simd::setActive(level));
        Worst worst;
        SCOPED_TRACE(std::string(al::simd::name(level)));
        std::size_t begin = 0;
        while (begin < rows.size()) {
            std::size_t end = begin;
            while (end < rows.size() && rows[end].key == rows[begin].key && rows[end].params == rows[begin].params)
                ++end;
            const al::Activation* a = al::findActivation(rows[begin].key);
            ASSERT_NE(a, nullptr);
            const al::ParameterValues p = parameters(*a, rows[begin].params);
            std::vector<double> z;
            for (std::size_t i = begin; i < end; ++i)
                z.push_back(rows[i].z);
            std::vector<double> f(z.size());
            std::vector<double> df(z.size());
            a->evaluate(z, f, df, p);
            for (std::size_t i = begin; i < end; ++i) {
                const Row& r = rows[i];
                const contract::NearZero zero = nearZero(*a, r, p);
                const al::FunctionValues scalar = a->evaluate(r.z, p);
                double f1 = 0;
                double df1 = 0;
                a->evaluate(std::span<const double>(&r.z, 1), std::span<double>(&f1, 1), std::span<double>(&df1, 1), p);
                for (const auto& [fs, dfs, how] : {std::tuple{f[i - begin], df[i - begin], "in a span"}, std::tuple{f1, df1, "alone"}}) {
                    EXPECT_TRUE(close(fs, r.f, zero.f)) << r.key << "(" << r.z << ") " << how << " line " << r.line;
                    EXPECT_TRUE(close(dfs, r.df, zero.df)) << r.key << "'(" << r.z << ") " << how << " line " << r.line;
                    EXPECT_TRUE(close(fs, scalar.f, zero.f)) << r.key << "(" << r.z << ") " << how << " vs scalar";
                    EXPECT_TRUE(close(dfs, scalar.df, zero.df)) << r.key << "'(" << r.z << ") " << how << " vs scalar";
                    worst.add(fs, r.f, zero.f, r);
                    worst.add(dfs, r.df, zero.df, r);
                }
            }
            begin = end;
        }
        worst.print(what, al::simd::name(level));
    }
    al::simd::setActive(al::simd::preferred());
}

TEST(Reference, ValuesAndDerivativesWithinContract) { checkScalar(reference(), "reference.csv"); }
TEST(Reference, HeldOutPointsWithinContract)
{
    EXPECT_GT(heldOut().size(), 4400u);
    checkScalar(heldOut(), "heldout.csv");
}
TEST(Reference, SpanKernelsOfEveryLevelWithinContract) { checkSpans(reference(), "reference.csv"); }
TEST(Reference, SpanKernelsOfEveryLevelOnHeldOutPoints) { checkSpans(heldOut(), "heldout.csv"); }

TEST(Reference, DispatcherOffersBaselineAndThisCpusWidths)
{
    const std::vector<al::simd::Level>& levels = al::simd::available();
    ASSERT_FALSE(levels.empty());
    EXPECT_EQ(levels.front(), al::simd::Level::Scalar);
#if defined(__x86_64__)
    EXPECT_GE(levels.size(), 2u) << "SSE2 is part of x86-64";
#endif
    for (al::simd::Level level : levels) {
        EXPECT_TRUE(al::simd::setActive(level));
        EXPECT_EQ(al::simd::active(), level);
    }
    al::simd::setActive(al::simd::preferred());
}

}  // namespace
