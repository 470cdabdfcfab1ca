// SPDX-License-Identifier: MIT
#include "core/numbers.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

namespace {

TEST(Numbers, EveryDoubleRoundTrips)
{
    std::mt19937_64 random(7);
    for (int i = 0; i < 200000; ++i) {
        std::uint64_t bits = random();
        double value = 0;
        std::memcpy(&value, &bits, sizeof value);
        if (std::isnan(value))
            continue;
        const std::optional<double> back = al::parseNumber(al::formatRoundTrip(value));
        ASSERT_TRUE(back.has_value()) << al::formatRoundTrip(value);
        ASSERT_EQ(std::memcmp(&*back, &value, sizeof value), 0) << al::formatRoundTrip(value);
    }
    EXPECT_EQ(al::formatRoundTrip(0.1), "0.1");
    EXPECT_EQ(al::formatRoundTrip(-std::numeric_limits<double>::infinity()), "-inf");
    EXPECT_EQ(al::formatRoundTrip(std::numeric_limits<double>::denorm_min()), "5e-324");
}

TEST(Numbers, StrictParsing)
{
    EXPECT_EQ(al::parseNumber("1.5"), 1.5);
    EXPECT_EQ(al::parseNumber("+2"), 2.0);
    EXPECT_EQ(al::parseNumber("-.5"), -0.5);
    EXPECT_EQ(al::parseNumber("1e-3"), 1e-3);
    EXPECT_EQ(al::parseNumber("-inf"), -std::numeric_limits<double>::infinity());
    EXPECT_EQ(al::parseNumber("Infinity"), std::numeric_limits<double>::infinity());
    for (const char* bad : {"", "-", "+", "abc", "1.5x", " 1", "1 ", "nan", "NaN", "-nan", "0x10", "1,5", "1e400", "--1",
                            "+-1", "e5", "inf1", "."})
        EXPECT_FALSE(al::parseNumber(bad).has_value()) << "'" << bad << "'";
}

TEST(Numbers, Counts)
{
    EXPECT_EQ(al::parseCount("10", 100), 10);
    EXPECT_EQ(al::parseCount("0", 100), 0);
    for (const char* bad : {"", "-1", "+1", "1.5", "101", "99999999999999999999999", "1e3", "x"})
        EXPECT_FALSE(al::parseCount(bad, 100).has_value()) << bad;
}

}  // namespace
