// SPDX-License-Identifier: MIT
#include "core/state/messages.h"

#include "core/numbers.h"

// lupdate collects the templates from this macro; core has no Qt, so it expands to the text.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

namespace al::state {

const char* messageTemplate(Problem::Kind kind)
{
    using K = Problem::Kind;
    switch (kind) {
    case K::UnknownEntry: return QT_TRANSLATE_NOOP("Scenario", "unknown entry “%1”");
    case K::NotNumber: return QT_TRANSLATE_NOOP("Scenario", "“%1” must be a number");
    case K::NotWhole: return QT_TRANSLATE_NOOP("Scenario", "“%1” must be a whole number");
    case K::NotBoolean: return QT_TRANSLATE_NOOP("Scenario", "“%1” must be true or false");
    case K::NotText: return QT_TRANSLATE_NOOP("Scenario", "“%1” must be text");
    case K::NotList: return QT_TRANSLATE_NOOP("Scenario", "“%1” must be a list");
    case K::NotNumbers: return QT_TRANSLATE_NOOP("Scenario", "“%1” must hold numbers only");
    case K::NotObject: return QT_TRANSLATE_NOOP("Scenario", "“%1” must be an object");
    case K::WrongCount: return QT_TRANSLATE_NOOP("Scenario", "“%1” must have %2 to %3 entries");
    case K::OutOfRange: return QT_TRANSLATE_NOOP("Scenario", "“%1” is outside the allowed range %2 … %3");
    case K::UnknownFunction: return QT_TRANSLATE_NOOP("Scenario", "unknown function “%2” in “%1”");
    case K::UnknownChoice: return QT_TRANSLATE_NOOP("Scenario", "“%2” is not a possible value of “%1”");
    case K::LengthMismatch: return QT_TRANSLATE_NOOP("Scenario", "“%1” and “%2” must have the same length");
    case K::UnusableView: return QT_TRANSLATE_NOOP("Scenario", "“%1” is not a usable view (z from %2 to %3 wide, y increasing)");
    case K::NoneChosen: return QT_TRANSLATE_NOOP("Scenario", "at least one input feature of the network must be on");
    case K::NotPoints: return QT_TRANSLATE_NOOP("Scenario", "“%1” must hold points as x, y, label with the label 0 or 1");
    }
    return "";
}

std::vector<std::string> messageArguments(const Problem& problem, const std::string& name, const std::string& otherName)
{
    using K = Problem::Kind;
    switch (problem.kind) {
    case K::WrongCount:
    case K::OutOfRange:
    case K::UnusableView:
        return {name, formatRoundTrip(problem.min), formatRoundTrip(problem.max)};
    case K::UnknownFunction:
    case K::UnknownChoice:
        return {name, problem.text};
    case K::LengthMismatch:
        return {name, otherName};
    default:
        return {name};
    }
}

std::string fillIn(std::string text, const std::vector<std::string>& arguments)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
            const std::size_t n = static_cast<std::size_t>(text[i + 1] - '1');
            out += n < arguments.size() ? arguments[n] : std::string();
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace al::state
