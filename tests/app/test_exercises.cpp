// SPDX-License-Identifier: MIT
// Exercises: every built-in one is solvable and not solved at its start, its prediction is
// checked both ways, bad files are refused with one sentence, locked settings stay, and a student
// can work through one in the panel, in both languages.
#include "app/exercise/exercises.h"
#include "app/languagemanager.h"
#include "app/lessons/exercisepanel.h"
#include "app/mainwindow.h"
#include "app/widgets/functionchooser.h"
#include "app/model/explorermodel.h"
#include "app/model/labstate.h"
#include "app/scenario/scenario.h"
#include "core/numbers.h"

#include <QApplication>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QWidget>

#include <gtest/gtest.h>

namespace {

using Exercises::Exercise;

TEST(Exercises, BuiltInCoverTheLectureInBothLanguages)
{
    const auto& all = Exercises::builtIn();
    ASSERT_GE(all.size(), 16u);
    for (const Exercise& e : all) {
        SCOPED_TRACE(e.id.toStdString());
        for (const Exercises::Words* w : {&e.title, &e.task, &e.question, &e.explanation}) {
            EXPECT_FALSE(w->en.isEmpty());
            EXPECT_FALSE(w->ru.isEmpty());
            EXPECT_NE(w->en, w->ru);
        }
        EXPECT_FALSE(e.hints.empty());
    }
}

TEST(Exercises, EachStartMissesTheGoalAndEachSolutionReachesIt)
{
    for (const Exercise& e : Exercises::builtIn()) {
        SCOPED_TRACE(e.id.toStdString());
        EXPECT_FALSE(Exercises::checkState(e, e.start).correct);
        ASSERT_TRUE(e.solution.has_value());
        const Exercises::Verdict verdict = Exercises::checkState(e, *e.solution);
        EXPECT_TRUE(verdict.correct) << verdict.why.toStdString();
    }
}

TEST(Exercises, EachPredictionAcceptsTheRightAnswerOnly)
{
    for (const Exercise& e : Exercises::builtIn()) {
        SCOPED_TRACE(e.id.toStdString());
        const QString right = e.multipleChoice() ? QString::number(e.answer) : QString::fromStdString(al::formatRoundTrip(e.number));
        const QString wrong = e.multipleChoice() ? QString::number(e.answer % static_cast<int>(e.choices.size()) + 1)
                                                 : QString::fromStdString(al::formatRoundTrip(e.number + 2 * e.tolerance + 1));
        ASSERT_TRUE(Exercises::checkAnswer(e, right));
        EXPECT_TRUE(Exercises::checkAnswer(e, right)->correct);
        ASSERT_TRUE(Exercises::checkAnswer(e, wrong));
        EXPECT_FALSE(Exercises::checkAnswer(e, wrong)->correct);
        EXPECT_FALSE(Exercises::checkAnswer(e, QStringLiteral("nonsense")));
    }
}

TEST(Exercises, ALockedSettingThatMovedIsWrong)
{
    const Exercise& e = *Exercises::find(Exercises::builtIn(), QStringLiteral("relu-dying"));
    al::state::Document moved = *e.solution;
    ASSERT_FALSE(moved.set("explorer.function", std::string("leaky_relu")));
    const Exercises::Verdict verdict = Exercises::checkState(e, moved);
    EXPECT_FALSE(verdict.correct);
    EXPECT_TRUE(verdict.why.contains(QStringLiteral("explorer.function")));
}

// A valid exercise, then one broken thing at a time.
QByteArray file(const QString& exercise)
{
    return QStringLiteral(R"({"format": "activationlab-exercises", "version": 1, "exercises": [%1]})").arg(exercise).toUtf8();
}

const QString kGood = QStringLiteral(
    R"({"id": "t", "title": {"en": "T", "ru": "Т"}, "task": {"en": "T", "ru": "Т"},
        "start": {"explorer": {"function": "relu"}}, "locked": ["explorer.function"],
        "prediction": {"question": {"en": "Q", "ru": "В"}, "choices": [{"en": "a", "ru": "а"}, {"en": "b", "ru": "б"}], "answer": 2},
        "goal": "region == \"dead\"", "hints": [{"en": "h", "ru": "п"}], "explanation": {"en": "E", "ru": "О"},
        "solution": {"explorer": {"neuron": {"bias": -3}}}})");

TEST(Exercises, AGoodFileIsRead)
{
    const Exercises::Loaded loaded = Exercises::fromJson(file(kGood), QStringLiteral("good.alex"));
    EXPECT_TRUE(loaded.error.isEmpty()) << loaded.error.toStdString();
    ASSERT_EQ(loaded.exercises.size(), 1u);
}

class BadExerciseFile : public testing::TestWithParam<std::pair<const char*, const char*>> {};

TEST_P(BadExerciseFile, IsRefusedWithOneSentenceNamingFileAndKey)
{
    const auto [from, to] = GetParam();
    QString text = kGood;
    ASSERT_TRUE(text.contains(QString::fromUtf8(from))) << from;
    text.replace(QString::fromUtf8(from), QString::fromUtf8(to));
    const Exercises::Loaded loaded = Exercises::fromJson(file(text), QStringLiteral("bad.alex"));
    EXPECT_TRUE(loaded.exercises.empty());
    EXPECT_TRUE(loaded.error.startsWith(QStringLiteral("bad.alex"))) << loaded.error.toStdString();
    EXPECT_FALSE(loaded.error.contains(QLatin1Char('\n')));
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, BadExerciseFile,
    testing::Values(std::pair{"\"id\": \"t\"", "\"id\": \"T T\""}, std::pair{"\"id\": \"t\",", "\"idd\": \"t\","},
                    std::pair{"\"title\": {\"en\": \"T\", \"ru\": \"Т\"}", "\"title\": \"T\""},
                    std::pair{"\"title\": {\"en\": \"T\", \"ru\": \"Т\"}", "\"title\": {\"en\": \"T\"}"},
                    std::pair{"\"title\": {\"en\": \"T\", \"ru\": \"Т\"}", "\"title\": {\"en\": \"T\", \"ru\": \"Т\", \"de\": \"T\"}"},
                    std::pair{"\"function\": \"relu\"", "\"function\": \"relux\""}, std::pair{"\"function\": \"relu\"", "\"function\": 3"},
                    std::pair{"\"start\": {\"explorer\"", "\"start\": {\"explorr\""},
                    std::pair{"[\"explorer.function\"]", "[\"explorer.fun\"]"}, std::pair{"\"answer\": 2", "\"answer\": 3"},
                    std::pair{"\"answer\": 2", "\"answer\": \"2\""}, std::pair{"\"answer\": 2", "\"answer\": 2, \"tolerance\": 1"},
                    std::pair{"region == \\\"dead\\\"", "regio == \\\"dead\\\""}, std::pair{"region == \\\"dead\\\"", "region =="},
                    std::pair{"region == \\\"dead\\\"", "region != \\\"dead\\\""},  // the start already reaches it
                    std::pair{"\"bias\": -3", "\"bias\": 3"},                          // the solution does not
                    std::pair{"\"neuron\": {\"bias\": -3}", "\"function\": \"tanh\", \"neuron\": {\"bias\": -3}"},  // moves a locked one
                    std::pair{"\"hints\": [{", "\"hints\": {\"a\": [{"}, std::pair{"\"explanation\"", "\"explanatio\""}));

TEST(Exercises, WholeFileProblemsAreRefused)
{
    for (const QByteArray& bad : {QByteArray("{"), QByteArray("[]"), QByteArray(R"({"format": "activationlab-scenario", "version": 1})"),
                                  QByteArray(R"({"format": "activationlab-exercises", "version": 2, "exercises": []})"),
                                  QByteArray(R"({"format": "activationlab-exercises", "version": 1, "exercises": []})"),
                                  QByteArray(R"({"format": "activationlab-exercises", "version": 1})")}) {
        const Exercises::Loaded loaded = Exercises::fromJson(bad, QStringLiteral("x.alex"));
        EXPECT_FALSE(loaded.error.isEmpty()) << bad.toStdString();
    }
    const Exercises::Loaded twice = Exercises::fromJson(file(kGood + QLatin1Char(',') + kGood), QStringLiteral("x.alex"));
    EXPECT_TRUE(twice.error.contains(QStringLiteral("twice")));
}

TEST(Exercises, LockedSettingsStayInTheState)
{
    LabState state;
    state.setLocked({"explorer.neuron.bias"});
    int announced = 0;
    QObject::connect(&state, &LabState::changed, [&](const LabState::Keys&) { ++announced; });
    EXPECT_FALSE(state.set("explorer.neuron.bias", 3.0));
    EXPECT_EQ(state.number("explorer.neuron.bias"), 0.1);
    EXPECT_EQ(announced, 1);  // the control snaps back
    EXPECT_FALSE(state.set("explorer.epsilon", 0.05));
    EXPECT_EQ(state.number("explorer.epsilon"), 0.05);
}

class ExercisePanelTest : public testing::TestWithParam<const char*> {};

TEST_P(ExercisePanelTest, AStudentPredictsExploresAndReadsTheExplanation)
{
    LanguageManager::instance().apply(QString::fromUtf8(GetParam()));
    QSettings().remove(QStringLiteral("exercises"));
    ExplorerModel model;
    MainWindow window(&model);
    window.resize(1500, 900);
    window.show();
    window.exercisesAction()->trigger();
    ExercisePanel* panel = window.exercisePanel();
    const auto& all = Exercises::builtIn();
    const int index = static_cast<int>(Exercises::find(all, QStringLiteral("relu-dying")) - all.data());
    panel->start(index);
    QApplication::processEvents();
    LabState* state = window.models().state;
    ASSERT_TRUE(state);
    // The neuron's controls are locked: the bias stays free.
    const QWidget* weight = window.findChild<QWidget*>(QStringLiteral("weight_1"));
    ASSERT_TRUE(weight);
    EXPECT_FALSE(weight->isEnabled());
    EXPECT_FALSE(window.functionChooser()->isEnabled());
    EXPECT_TRUE(window.findChild<QWidget*>(QStringLiteral("bias"))->isEnabled());
    EXPECT_EQ(ExercisePanel::progress(QStringLiteral("relu-dying")), QStringLiteral("attempted"));

    panel->showNextHint();
    EXPECT_EQ(panel->hintsShown(), 1);
    panel->answerChoice(2);
    EXPECT_FALSE(panel->goalReached());
    state->set("explorer.neuron.weights", std::vector<double>{3.0, 3.0});  // locked: refused
    EXPECT_EQ(state->numbers("explorer.neuron.weights"), std::vector<double>({0.5, -0.3}));
    state->set("explorer.neuron.bias", -2.0);
    QApplication::processEvents();
    EXPECT_TRUE(panel->goalReached());
    EXPECT_TRUE(panel->explanationShown());
    EXPECT_EQ(ExercisePanel::progress(QStringLiteral("relu-dying")), QStringLiteral("done"));
    if (const QByteArray dir = qgetenv("ACTIVATIONLAB_SCREENSHOT_DIR"); !dir.isEmpty())
        window.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/exercise-%1.png").arg(QString::fromUtf8(GetParam())));
    LanguageManager::instance().apply(QStringLiteral("en"));
}

INSTANTIATE_TEST_SUITE_P(Languages, ExercisePanelTest, testing::Values("en", "ru"));

int run(const QStringList& args, QString* out)
{
    QProcess p;
    p.start(QStringLiteral(ACTIVATIONLAB_BINARY), args);
    p.waitForFinished(30000);
    *out = QString::fromUtf8(p.readAllStandardOutput());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

TEST(ExerciseCommand, ListsShowsAndChecks)
{
    QString out;
    EXPECT_EQ(run({QStringLiteral("exercise"), QStringLiteral("list"), QStringLiteral("--lang"), QStringLiteral("ru")}, &out), 0);
    EXPECT_EQ(out.count(QLatin1Char('\n')), static_cast<qsizetype>(Exercises::builtIn().size()));
    EXPECT_TRUE(out.contains(QStringLiteral("sigmoid-slope,Сигмоида")));
    EXPECT_EQ(run({QStringLiteral("exercise"), QStringLiteral("show"), QStringLiteral("softmax-sum")}, &out), 0);
    EXPECT_EQ(run({QStringLiteral("exercise"), QStringLiteral("check"), QStringLiteral("sigmoid-slope"), QStringLiteral("--answer"), QStringLiteral("0.25")}, &out), 0);
    EXPECT_EQ(out, QStringLiteral("correct\n"));
    EXPECT_EQ(run({QStringLiteral("exercise"), QStringLiteral("check"), QStringLiteral("sigmoid-slope"), QStringLiteral("--answer=0.4")}, &out), 1);
    EXPECT_TRUE(out.startsWith(QStringLiteral("incorrect: ")));
    EXPECT_EQ(run({QStringLiteral("exercise"), QStringLiteral("check"), QStringLiteral("nope"), QStringLiteral("--answer"), QStringLiteral("1")}, &out), 2);
    EXPECT_EQ(run({QStringLiteral("exercise"), QStringLiteral("check"), QStringLiteral("relu-dying"), QStringLiteral("--answer"), QStringLiteral("x")}, &out), 2);

    // --state: the reference solution saved as a scenario is correct, the start is not.
    QTemporaryDir dir;
    const Exercise& e = *Exercises::find(Exercises::builtIn(), QStringLiteral("softmax-hot"));
    QString error;
    const QString solved = dir.filePath(QStringLiteral("solved.alab"));
    const QString started = dir.filePath(QStringLiteral("start.alab"));
    ASSERT_TRUE(Scenarios::save(*e.solution, solved, &error));
    ASSERT_TRUE(Scenarios::save(e.start, started, &error));
    EXPECT_EQ(run({QStringLiteral("exercise"), QStringLiteral("check"), QStringLiteral("softmax-hot"), QStringLiteral("--state"), solved}, &out), 0);
    EXPECT_EQ(run({QStringLiteral("exercise"), QStringLiteral("check"), QStringLiteral("softmax-hot"), QStringLiteral("--state"), started}, &out), 1);
    EXPECT_TRUE(out.contains(QStringLiteral("p.spread = ")));
    EXPECT_EQ(run({QStringLiteral("exercise"), QStringLiteral("check"), QStringLiteral("softmax-hot"), QStringLiteral("--state"), dir.filePath(QStringLiteral("none.alab"))}, &out), 2);
}

}  // namespace
