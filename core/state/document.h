// SPDX-License-Identifier: MIT
#pragma once

#include "core/state/problem.h"
#include "core/state/spec.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace al::state {

// Several settings changed together, applied all or nothing.
using Patch = std::vector<std::pair<std::string, Value>>;

// The whole state of the lab: one value for every setting of the schema. A scenario file is this
// document written as JSON; the models are views of it; a render request and a tour step are
// patches to it. Every change is checked against the schema, so a document is always valid.
class Document {
public:
    Document();  // every setting at its default, the view fitted to the default function

    const Value& value(std::string_view key) const;
    double number(std::string_view key) const { return std::get<double>(value(key)); }
    bool boolean(std::string_view key) const { return std::get<bool>(value(key)); }
    const std::string& text(std::string_view key) const { return std::get<std::string>(value(key)); }
    const std::vector<double>& numbers(std::string_view key) const { return std::get<std::vector<double>>(value(key)); }
    const std::vector<std::string>& texts(std::string_view key) const { return std::get<std::vector<std::string>>(value(key)); }

    // Checks the value against the key's spec and the relations between settings, then sets it;
    // on a problem nothing changes. Choosing another function resets its parameters to their
    // defaults and fits the view's y range to it, wherever the change comes from.
    std::optional<Problem> set(std::string_view key, Value value);
    std::optional<Problem> apply(const Patch& patch);
    // Sets without checking the relations (a reader fills related settings one by one and
    // checks them at the end with checkRelations()).
    std::optional<Problem> setAlone(std::string_view key, Value value);
    std::optional<Problem> checkRelations() const;

    // Every setting of a section ("softmax") back to its default.
    void resetSection(std::string_view section);
    // Keys whose values differ from `other`'s, in schema order.
    std::vector<std::string_view> differences(const Document& other) const;

    friend bool operator==(const Document&, const Document&) = default;

private:
    std::map<std::string, Value, std::less<>> m_values;
};

// Checks one value against its spec: type, range, list length, known functions. Parameters are
// checked against `function`'s catalog entry.
std::optional<Problem> check(const Spec& spec, const Value& value, std::string_view function);

// True when a double is a whole number inside [min, max] (for integer settings and counts).
bool isWhole(double v);

}  // namespace al::state
