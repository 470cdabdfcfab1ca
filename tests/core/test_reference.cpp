// SPDX-License-Identifier: MIT
// Every function of the catalog against tests/data/reference.csv, computed with mpmath at 60
// digits by tests/data/make_reference.py.
#include "core/catalog.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iomanip>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
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

std::vector<Row> readReference()
{
    std::ifstream in(REFERENCE_CSV);
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
    static const std::vector<Row> rows = readReference();
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

// The contract: relative error ≤ 1e-12; near a zero of the evaluated function (GELU' at its
// minimum) absolute error ≤ 1e-15. Results in the subnormal range cannot carry 12 digits, so
// there the error may be up to two units of the smallest subnormal.
::testing::AssertionResult close(double computed, long double expected, bool nearZero)
{
    if (std::isnan(computed))
        return ::testing::AssertionFailure() << "NaN, expected " << static_cast<double>(expected);
    if (std::isinf(static_cast<double>(expected)) || std::isinf(computed)) {
        if (computed == static_cast<double>(expected))
            return ::testing::AssertionSuccess();
        return ::testing::AssertionFailure() << computed << " vs " << static_cast<double>(expected);
    }
    const long double error = std::fabs(static_cast<long double>(computed) - expected);
    const long double allowed =
        std::max(1e-12L * std::fabs(expected), nearZero ? 1e-15L : 0.0L) + 2 * 4.9406564584124654e-324L;
    if (error <= allowed)
        return ::testing::AssertionSuccess();
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

TEST(Reference, ValuesAndDerivativesWithinContract)
{
    int checked = 0;
    for (const Row& r : reference()) {
        const al::Activation* a = al::findActivation(r.key);
        ASSERT_NE(a, nullptr) << "unknown key " << r.key << " in line " << r.line;
        const al::ParameterValues p = parameters(*a, r.params);
        const al::FunctionValues v = a->evaluate(r.z, p);
        // A sign change within ±0.01 marks the neighbourhood of a zero.
        const al::FunctionValues left = a->evaluate(r.z - 0.01, p);
        const al::FunctionValues right = a->evaluate(r.z + 0.01, p);
        const bool fNearZero = std::fabs(r.f) < 1e-3L && left.f * right.f < 0;
        const bool dfNearZero = std::fabs(r.df) < 1e-3L && left.df * right.df < 0;
        EXPECT_TRUE(close(v.f, r.f, fNearZero)) << r.key << "(" << r.z << ") " << r.params << " line " << r.line;
        EXPECT_TRUE(close(v.df, r.df, dfNearZero)) << r.key << "'(" << r.z << ") " << r.params << " line " << r.line;
        // The span API must give the very same bits.
        double f = 0;
        double df = 0;
        a->evaluate(std::span<const double>(&r.z, 1), std::span<double>(&f, 1), std::span<double>(&df, 1), p);
        EXPECT_EQ(std::memcmp(&f, &v.f, sizeof f), 0) << r.key << " span vs scalar at " << r.z;
        EXPECT_EQ(std::memcmp(&df, &v.df, sizeof df), 0) << r.key << " span vs scalar at " << r.z;
        ++checked;
    }
    EXPECT_EQ(checked, static_cast<int>(reference().size()));
}

}  // namespace
