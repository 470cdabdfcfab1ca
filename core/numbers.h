// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace al {

// The shortest decimal text that reads back as exactly the same double ("0.1", "-inf", "1e-300").
std::string formatRoundTrip(double value);

// A strict, locale-independent reading of a whole string as a double: optional sign, decimal or
// scientific digits, "inf"/"infinity". Empty text, trailing characters, "nan" and values beyond
// the double range give nullopt.
std::optional<double> parseNumber(std::string_view text);

// A whole string as a non-negative decimal integer up to `max`; nullopt otherwise.
std::optional<long long> parseCount(std::string_view text, long long max);

}  // namespace al
