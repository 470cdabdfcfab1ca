// SPDX-License-Identifier: MIT
#pragma once

#include "core/exercise/goal.h"
#include "core/state/document.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

// Exercise files (*.alex): predict, then check. A versioned JSON list of exercises, each with its
// words in both languages, a starting state written like a scenario (settings not given keep their
// defaults), locked settings, a prediction question, a goal checked by core (al::exercise::Goal),
// hints and an explanation (see README, "Exercise files"). Read with Qt's JSON, like scenarios,
// because the starting state *is* a scenario document and one reader of it is enough; so the
// `exercise` command runs on the Qt side, as `render` does. Reading refuses the whole file on the
// first problem, with one sentence naming the file, the exercise and the key.
namespace Exercises {

inline constexpr int kVersion = 1;

// A text in both languages.
struct Words {
    QString en;
    QString ru;
    QString in(const QString& language) const { return language == QLatin1String("ru") ? ru : en; }
};

struct Exercise {
    QString id;
    Words title;
    Words task;
    al::state::Document start;
    std::vector<std::string> locked;  // setting keys the student cannot change
    Words question;
    std::vector<Words> choices;  // a multiple-choice prediction: `answer` is the right one, from 1
    int answer = 0;
    double number = 0.0;  // a numeric prediction (no choices): right within ± tolerance
    double tolerance = 0.0;
    al::exercise::Goal goal{"1"};
    std::vector<Words> hints;
    Words explanation;
    std::optional<al::state::Document> solution;  // a reference state that reaches the goal

    bool multipleChoice() const { return !choices.empty(); }
};

struct Loaded {
    std::vector<Exercise> exercises;
    QString error;  // empty on success
};
Loaded fromJson(const QByteArray& json, const QString& fileName);
Loaded load(const QString& path);

// The exercises that come with the app (resources/exercises/lecture.alex).
const std::vector<Exercise>& builtIn();
const Exercise* find(const std::vector<Exercise>& exercises, const QString& id);

struct Verdict {
    bool correct = false;
    QString why;  // for a wrong answer or state: what was expected, in English numbers
};
// The prediction: a choice number (1 …) or a number. nullopt when the text is no answer at all.
std::optional<Verdict> checkAnswer(const Exercise& exercise, const QString& answer);
// The goal in this state, and that no locked setting moved from the start.
Verdict checkState(const Exercise& exercise, const al::state::Document& state);

// A new exercise file whose start is this state, with the fields a teacher fills in.
QByteArray templateFor(const al::state::Document& state);

}  // namespace Exercises
