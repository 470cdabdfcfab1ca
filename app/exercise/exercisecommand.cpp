// SPDX-License-Identifier: MIT
#include "app/exercise/exercisecommand.h"

#include "app/exercise/exercises.h"
#include "app/scenario/scenario.h"
#include "core/state/schema.h"

#include <ostream>

namespace {

std::string utf8(const QString& s)
{
    return s.toUtf8().toStdString();
}

}  // namespace

int runExerciseCommand(const std::string& action, const std::string& id, const std::string& language,
                       const std::optional<std::string>& answer, const std::optional<std::string>& stateFile,
                       const std::optional<std::string>& exerciseFile, std::ostream& out, std::ostream& err)
{
    const QString lang = QString::fromStdString(language);
    Exercises::Loaded teachers;
    if (exerciseFile) {
        teachers = Exercises::load(QString::fromLocal8Bit(exerciseFile->c_str()), Exercises::Wording::CommandLine);
        if (!teachers.error.isEmpty()) {
            err << "activationlab: " << utf8(teachers.error) << '\n';
            return 2;
        }
    }
    const std::vector<Exercises::Exercise>& all = exerciseFile ? teachers.exercises : Exercises::builtIn();
    if (action == "list") {
        for (const Exercises::Exercise& e : all)
            out << utf8(e.id) << ',' << utf8(e.title.in(lang)) << '\n';
        return 0;
    }
    const Exercises::Exercise* e = Exercises::find(all, QString::fromStdString(id));
    if (!e) {
        err << "activationlab: unknown exercise '" << id << "' (see 'activationlab exercise list"
            << (exerciseFile ? " --file " + *exerciseFile : std::string()) << "')\n";
        return 2;
    }
    if (action == "show") {
        out << utf8(e->id) << ": " << utf8(e->title.in(lang)) << "\n\n" << utf8(e->task.in(lang)) << "\n\n"
            << utf8(e->question.in(lang)) << '\n';
        for (std::size_t i = 0; i < e->choices.size(); ++i)
            out << "  " << i + 1 << ") " << utf8(e->choices[i].in(lang)) << '\n';
        out << (e->multipleChoice() ? "answer: a choice number" : "answer: a number") << '\n';
        out << "goal: " << e->goal.text() << '\n';
        if (!e->locked.empty()) {
            out << "locked:";
            for (const std::string& k : e->locked)
                out << ' ' << k;
            out << '\n';
        }
        return 0;
    }
    Exercises::Verdict verdict;
    if (answer) {
        const std::optional<Exercises::Verdict> checked = Exercises::checkAnswer(*e, QString::fromStdString(*answer));
        if (!checked) {
            err << "activationlab: --answer must be "
                << (e->multipleChoice() ? "a choice number from 1 to " + std::to_string(e->choices.size()) : std::string("a number"))
                << ", got '" << *answer << "'\n";
            return 2;
        }
        verdict = *checked;
    } else {
        const Scenarios::Loaded loaded = Scenarios::load(QString::fromLocal8Bit(stateFile->c_str()));
        if (!loaded.document) {
            err << "activationlab: cannot read '" << *stateFile << "': " << utf8(loaded.error) << '\n';
            return 2;
        }
        verdict = Exercises::checkState(*e, *loaded.document);
    }
    if (verdict.correct) {
        out << "correct\n";
        return 0;
    }
    out << "incorrect: " << utf8(verdict.why) << '\n';
    return 1;
}
