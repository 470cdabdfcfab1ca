// SPDX-License-Identifier: MIT
#pragma once

#include "core/state/document.h"

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace al::exercise {

// An exercise's goal: an expression over named quantities of the lab's state and of core's
// results computed from it, checked live; no code per exercise. The grammar, the quantities and
// the functions are listed in the README ("Exercise files").
//   numbers 0.25 1e-3, strings "relu", names z f df region p1 x1 explorer.neuron.bias …
//   + - * /, < <= > >= == !=, and or not (also && || !), parentheses,
//   abs min max sqrt exp log, value(key, z) slope(key, z) zone(key, z) maxslope(key) grad(key, k)
using Value = std::variant<double, std::string>;

// A malformed expression, an unknown name, or a quantity that does not exist in this state (p5
// with four logits): one English sentence (what()), also kept as its template with %1 … and the
// arguments, so the app can say it in the user's language (context "Goal").
struct GoalError : std::runtime_error {
    GoalError(const char* message, std::vector<std::string> arguments);
    const char* message;
    std::vector<std::string> arguments;
};

struct Node;

class Goal {
public:
    // Parses and checks every name and function against the schema and the catalog; throws GoalError.
    explicit Goal(std::string_view text);
    ~Goal();
    Goal(const Goal&);
    Goal& operator=(const Goal&);
    Goal(Goal&&) noexcept;
    Goal& operator=(Goal&&) noexcept;

    const std::string& text() const { return m_text; }
    // The expression's value in this state; throws GoalError when a quantity is missing here.
    Value evaluate(const state::Document& document) const;
    // True when the value is a non-zero number; a missing quantity counts as not reached.
    bool holds(const state::Document& document) const;
    // The names the expression reads, in order of first use, each with its value in this state
    // ("region = learning, x1 = 1.2"): why a goal is not reached, in numbers.
    std::string readings(const state::Document& document) const;
    // The same as data: each name with its value, or nullopt where this state has none.
    std::vector<std::pair<std::string, std::optional<Value>>> readingValues(const state::Document& document) const;

private:
    std::string m_text;
    std::shared_ptr<const Node> m_root;
    std::vector<std::string> m_names;
};

// The value of one named quantity in this state (a setting, an entry of a list setting, or a
// result such as z, f, df, region, p1); throws GoalError for an unknown or missing one.
Value quantity(const state::Document& document, std::string_view name);
// True when `name` names a quantity in some state (checked when an exercise is read).
bool isQuantity(std::string_view name);

// "0.25", "relu": a value as the command line and the readings write it.
std::string format(const Value& value);

}  // namespace al::exercise
