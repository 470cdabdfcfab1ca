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

// How verdicts and refusals are worded: the command line writes English with round-trip
// numbers (grading scripts read them); the window writes in its language (the installed
// translation) with its decimal separator.
enum class Wording { CommandLine, Window };

struct Loaded {
    std::vector<Exercise> exercises;
    QString error;  // empty on success
};
// Goals: also that each start misses its goal and each solution reaches it (a teacher's file);
// FormatOnly: the format alone (the built-in exercises, whose goals the tests check).
enum class Verify { Goals, FormatOnly };
Loaded fromJson(const QByteArray& json, const QString& fileName, Wording wording = Wording::Window, Verify verify = Verify::Goals);
Loaded load(const QString& path, Wording wording = Wording::Window, Verify verify = Verify::Goals);

// A goal's error (a malformed goal, a quantity this state lacks) as one sentence.
QString goalErrorText(const al::exercise::GoalError& error, Wording wording);

// The exercises that come with the app (resources/exercises/lecture.alex).
const std::vector<Exercise>& builtIn();
const Exercise* find(const std::vector<Exercise>& exercises, const QString& id);

struct Verdict {
    enum class Reason { None, WrongChoice, OutOfTolerance, LockedMoved, NotReached, CannotCheck };
    bool correct = false;
    Reason reason = Reason::None;
    QString why;       // for a wrong answer or state: what was expected, as one sentence
    QString readings;  // the goal's quantities in this state ("p.spread = 0.95"), for a state
};
// The prediction: a choice number (1 …) or a number. nullopt when the text is no answer at all.
std::optional<Verdict> checkAnswer(const Exercise& exercise, const QString& answer, Wording wording = Wording::CommandLine);
// The goal in this state, and that no locked setting moved from the start.
Verdict checkState(const Exercise& exercise, const al::state::Document& state, Wording wording = Wording::CommandLine);

// A new exercise file whose start is this state, with the fields a teacher fills in.
QByteArray templateFor(const al::state::Document& state);

}  // namespace Exercises
