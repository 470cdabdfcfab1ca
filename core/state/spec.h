// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace al::state {

// What kind of value a setting holds, which decides how it is checked, stored and written.
enum class Type {
    Number,        // a finite double in [min, max]
    Integer,       // a whole number in [min, max] (stored as a double, exact up to 2^53)
    Boolean,
    Function,      // a catalog key
    Choice,        // one of `choices`
    NumberList,    // minCount … maxCount numbers, each in [min, max]
    FunctionList,  // minCount … maxCount catalog keys ("" allowed for an empty slot if allowEmpty)
    Parameters,    // the current function's parameters, in catalog order, each in its own range
};

using Value = std::variant<bool, double, std::string, std::vector<double>, std::vector<std::string>>;

// One setting of the lab, declared once. The scenario files, the models, the generated
// controls, the command line and the tour all read this declaration.
struct Spec {
    std::string_view key;  // its path in a scenario document: "explorer.neuron.bias"
    Type type = Type::Number;
    Value defaultValue;
    double min = 0.0;  // allowed values: anything outside is refused, everywhere
    double max = 0.0;
    double sliderMin = 0.0;  // what a slider spans (inside [min, max]); typed values may go further
    double sliderMax = 0.0;
    double step = 0.01;
    int decimals = 2;
    int minCount = 0;  // lists only
    int maxCount = 0;
    bool allowEmpty = false;                // function lists: "" marks an empty slot
    std::vector<std::string_view> choices;  // Choice only
    bool givenWithSiblings = false;         // a file gives all of its object's such entries, or none
    // Words for people, in English; the app translates them in the context "State". `symbol` is
    // what a slider shows ("b", "x%1" with %1 the entry's number), `label` names the control for
    // screen readers and messages, `help` is its tooltip.
    const char* symbol = "";
    const char* label = "";
    const char* help = "";

    // The section a key belongs to: "explorer" for "explorer.neuron.bias".
    std::string_view section() const { return key.substr(0, key.find('.')); }
};

}  // namespace al::state
