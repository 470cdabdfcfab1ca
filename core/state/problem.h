// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace al::state {

// Why a value or a document was refused, in keys and numbers; the app turns it into a sentence
// in the user's language, the command line into an English line.
struct Problem {
    enum class Kind {
        UnknownEntry,     // `key` is not a setting
        NotNumber,
        NotWhole,
        NotBoolean,
        NotText,
        NotList,
        NotNumbers,       // a list with something else than numbers in it
        NotObject,
        WrongCount,       // a list of the wrong length: [min, max] entries
        OutOfRange,       // outside [min, max]
        UnknownFunction,  // `text` is not a catalog key
        UnknownChoice,    // `text` is not one of the spec's choices
        LengthMismatch,   // `key` and `other` must have the same length
        UnusableView,     // z span outside [min, max] or y not increasing
        NoneChosen,       // every switch of the group `key` belongs to is off
        NotPoints,        // a list of points that is not x, y, label triples with labels 0 or 1
    };
    Kind kind = Kind::UnknownEntry;
    std::string key;    // the setting ("explorer.neuron.bias")
    std::string other;  // the second setting of a relation
    std::string text;   // the offending text, for unknown functions and choices
    double min = 0.0;
    double max = 0.0;
};

}  // namespace al::state
