// SPDX-License-Identifier: MIT
#pragma once

#include "core/activation.h"

#include <QString>

// The user-visible words for the catalog's keys (core speaks only in keys). Every text goes
// through Qt's translation system, in the context "FunctionTexts".
namespace FunctionTexts {

QString name(std::string_view key);          // "Leaky ReLU"
QString symbol(std::string_view key);        // "σ" for sigmoid, "f" when there is no usual one
QString parameterName(std::string_view functionKey, std::string_view parameterKey);  // "leak slope α"
QString parameterSymbol(std::string_view parameterKey);  // "α"
QString parameterHelp(std::string_view functionKey, std::string_view parameterKey);  // tooltip
QString lectureGroup();                     // "From the lecture"
QString moreGroup();                        // "More functions"

QString fromKey(std::string_view key);      // a key as a QString, for lookups
// Whether the words of a function or parameter are declared (tests walk the catalog with these).
bool hasWords(std::string_view key);
bool hasParameterWords(std::string_view functionKey, std::string_view parameterKey);

}  // namespace FunctionTexts
