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
#include "app/lessons/lecturetour.h"
#include "app/model/labstate.h"
#include "app/scenario/scenario.h"
#include "app/views/depthview.h"
#include "app/views/softmaxview.h"
#include "app/widgets/controllocks.h"
#include "app/widgets/neuronpanel.h"
#include "app/widgets/valueslider.h"
#include "core/numbers.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QHelpEvent>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
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
    // The program reads its own file without these checks; here they run in full.
    const Exercises::Loaded verified = Exercises::load(QStringLiteral(":/exercises/lecture.alex"));
    EXPECT_TRUE(verified.error.isEmpty()) << verified.error.toStdString();
    EXPECT_EQ(verified.exercises.size(), Exercises::builtIn().size());
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

TEST(Exercises, APatchKeepsItsLockedSettingsAndAppliesTheRest)
{
    LabState state;
    state.setLocked({"explorer.neuron.bias"});
    EXPECT_FALSE(state.apply({{"explorer.neuron.bias", 3.0}, {"explorer.epsilon", 0.05}}));
    EXPECT_EQ(state.number("explorer.neuron.bias"), 0.1);
    EXPECT_EQ(state.number("explorer.epsilon"), 0.05);
    // A reset of the section keeps the locked setting too.
    EXPECT_FALSE(state.resetSection("explorer"));
    EXPECT_EQ(state.number("explorer.neuron.bias"), 0.1);
    EXPECT_EQ(state.number("explorer.epsilon"), al::state::Document().number("explorer.epsilon"));
}

TEST(Exercises, AChangeThatWouldMoveALockedSettingAsASideEffectIsRefused)
{
    LabState state;
    ASSERT_FALSE(state.set("explorer.function", std::string("leaky_relu")));
    ASSERT_FALSE(state.set("explorer.parameters", std::vector<double>{0.2}));
    state.setLocked({"explorer.parameters"});
    // Another function would bring its own parameters.
    EXPECT_FALSE(state.set("explorer.function", std::string("elu")));
    EXPECT_EQ(state.text("explorer.function"), QStringLiteral("leaky_relu"));
    EXPECT_EQ(state.numbers("explorer.parameters"), std::vector<double>{0.2});
}

TEST(Exercises, ReplacingTheWholeStateDropsTheLocks)
{
    LabState state;
    state.setLocked({"explorer.neuron.bias"});
    int replaced = 0;
    QObject::connect(&state, &LabState::replaced, [&] { ++replaced; });
    al::state::Document other;
    ASSERT_FALSE(other.set("explorer.neuron.bias", -1.0));
    state.replace(other);
    EXPECT_EQ(state.number("explorer.neuron.bias"), -1.0);
    EXPECT_TRUE(state.locked().empty());
    EXPECT_EQ(replaced, 1);
}

// The window with one built-in exercise started, driven by real key presses and clicks.
class ExerciseLocks : public testing::Test {
protected:
    void startExercise(const char* id)
    {
        LanguageManager::instance().apply(QStringLiteral("en"));
        window = std::make_unique<MainWindow>(&model);
        window->show();
        window->activateWindow();
        window->exercisesAction()->trigger();
        const auto& all = Exercises::builtIn();
        const Exercise* e = Exercises::find(all, QString::fromLatin1(id));
        ASSERT_TRUE(e);
        window->exercisePanel()->start(static_cast<int>(e - all.data()));
        QApplication::processEvents();
    }
    LabState* state() const { return window->models().state; }
    template <class T>
    T* child(const char* name) const
    {
        T* w = window->findChild<T*>(QString::fromLatin1(name));
        EXPECT_TRUE(w) << name;
        return w;
    }

    ExplorerModel model;
    std::unique_ptr<MainWindow> window;
};

TEST_F(ExerciseLocks, LockedNeuronControlsAreGreyAndIgnoreKeysAndClicks)
{
    startExercise("leaky-alpha");  // locks the function, the bias, the inputs and the weights
    auto* bias = child<ValueSlider>("bias");
    ASSERT_TRUE(bias);
    EXPECT_FALSE(bias->isEnabled());
    const double b = state()->number("explorer.neuron.bias");
    QTest::keyClick(bias->slider(), Qt::Key_PageUp);
    QTest::mouseClick(bias->slider(), Qt::LeftButton, {}, QPoint(bias->slider()->width() - 2, bias->slider()->height() / 2));
    QTest::keyClicks(bias->spinBox(), QStringLiteral("5"));
    QTest::keyClick(bias->spinBox(), Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_EQ(state()->number("explorer.neuron.bias"), b);

    QSpinBox* count = window->findChild<NeuronPanel*>()->findChild<QSpinBox*>();
    ASSERT_TRUE(count);
    EXPECT_FALSE(count->isEnabled());
    QTest::keyClick(count, Qt::Key_Up);
    EXPECT_EQ(state()->numbers("explorer.neuron.inputs").size(), 2u);

    // The function: the chooser, Ctrl+PgDn and Ctrl+5 all leave it.
    EXPECT_FALSE(window->functionChooser()->isEnabled());
    QTest::keyClick(window->functionChooser(), Qt::Key_Down);
    QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier);
    QApplication::processEvents();
    EXPECT_EQ(state()->text("explorer.function"), QStringLiteral("leaky_relu"));

    // The neuron's reset keeps the locked settings and resets the free ones.
    ASSERT_FALSE(state()->set("explorer.epsilon", 0.2));
    QTest::mouseClick(window->neuronPanel()->resetButton(), Qt::LeftButton);
    EXPECT_EQ(state()->number("explorer.neuron.bias"), b);

    // The leak slope is free: its slider moves with the keys.
    auto* alpha = child<ValueSlider>("parameter_alpha");
    ASSERT_TRUE(alpha);
    EXPECT_TRUE(alpha->isEnabled());
    const double before = state()->numbers("explorer.parameters")[0];
    QTest::keyClick(alpha->slider(), Qt::Key_Right);
    EXPECT_NE(state()->numbers("explorer.parameters")[0], before);

    // Hovering a locked control says why.
    QHelpEvent help(QEvent::ToolTip, QPoint(2, 2), bias->slider()->mapToGlobal(QPoint(2, 2)));
    QApplication::sendEvent(bias->slider(), &help);
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("Locked by the exercise"))) << QToolTip::text().toStdString();
    EXPECT_TRUE(window->exercisePanel()->locks()->holds(bias->slider()));
    QToolTip::hideText();

    // Leaving the exercise unlocks them.
    QTest::mouseClick(child<QPushButton>("leaveExercise"), Qt::LeftButton);
    EXPECT_TRUE(bias->isEnabled());
    EXPECT_TRUE(window->functionChooser()->isEnabled());
    EXPECT_TRUE(count->isEnabled());
    EXPECT_TRUE(state()->locked().empty());
    EXPECT_TRUE(child<QLabel>("exerciseNotice")->text().contains(QStringLiteral("unlocked")));
    QTest::keyClick(bias->slider(), Qt::Key_PageUp);
    EXPECT_NE(state()->number("explorer.neuron.bias"), b);
}

TEST_F(ExerciseLocks, LockedLessonControlsIgnoreClicksAndTheirResetKeepsThem)
{
    startExercise("depth-vanishing");  // locks the weight, z0 and the forward pass
    auto* forward = window->depthView()->findChild<QCheckBox*>();
    ASSERT_TRUE(forward);
    EXPECT_FALSE(forward->isEnabled());
    const bool on = state()->boolean("depth.forwardPass");
    QTest::mouseClick(forward, Qt::LeftButton);
    QTest::keyClick(forward, Qt::Key_Space);
    EXPECT_EQ(state()->boolean("depth.forwardPass"), on);
    auto* weight = child<ValueSlider>("weight");
    EXPECT_FALSE(weight->isEnabled());
    const double w = state()->number("depth.weight");
    ASSERT_FALSE(state()->set("depth.layers", 3.0));
    for (QPushButton* b : window->depthView()->findChildren<QPushButton*>())
        QTest::mouseClick(b, Qt::LeftButton);  // the reset
    EXPECT_EQ(state()->number("depth.weight"), w);
    EXPECT_EQ(state()->number("depth.layers"), al::state::Document().number("depth.layers"));

    startExercise("softmax-hot");  // locks the logits
    const std::vector<double> logits = state()->numbers("softmax.logits");
    QSpinBox* count = nullptr;
    for (QSpinBox* s : window->softmaxView()->findChildren<QSpinBox*>())
        if (s->property("stateKey").toString() == QStringLiteral("softmax.logits"))
            count = s;
    ASSERT_TRUE(count);
    EXPECT_FALSE(count->isEnabled());
    QTest::keyClick(count, Qt::Key_Up);
    auto* logit = child<ValueSlider>("logit_1");
    EXPECT_FALSE(logit->isEnabled());
    QTest::keyClick(logit->slider(), Qt::Key_End);
    EXPECT_EQ(state()->numbers("softmax.logits"), logits);
    EXPECT_TRUE(child<ValueSlider>("temperature")->isEnabled());
}

TEST_F(ExerciseLocks, ATrainingExerciseLocksTheTrainTabsControlsAndIsSolvedThere)
{
    startExercise("train-linear-circle");  // everything but the activation is fixed
    const auto control = [this](const char* key) {
        for (QWidget* w : window->findChildren<QWidget*>())
            if (w->property("stateKey").toString() == QLatin1String(key))
                return w;
        ADD_FAILURE() << key;
        return static_cast<QWidget*>(nullptr);
    };
    QWidget* dataset = control("train.dataset");
    QWidget* function = control("train.function");
    ASSERT_TRUE(dataset && function);
    EXPECT_FALSE(dataset->isEnabled());
    EXPECT_FALSE(control("train.hidden")->isEnabled());
    EXPECT_FALSE(child<ValueSlider>("train.lr")->isEnabled());
    EXPECT_TRUE(function->isEnabled());
    QTest::keyClick(dataset, Qt::Key_Down);
    QTest::keyClick(child<ValueSlider>("train.lr")->slider(), Qt::Key_End);
    EXPECT_EQ(state()->text("train.dataset"), QStringLiteral("circle"));
    EXPECT_EQ(state()->number("train.lr"), al::state::Document().number("train.lr"));

    ExercisePanel* panel = window->exercisePanel();
    panel->answerChoice(2);
    EXPECT_FALSE(panel->goalReached());
    ASSERT_FALSE(state()->set("train.function", std::string("tanh")));
    EXPECT_TRUE(panel->goalReached());
    EXPECT_TRUE(panel->explanationShown());
    if (const QByteArray dir = qgetenv("ACTIVATIONLAB_SCREENSHOT_DIR"); !dir.isEmpty()) {
        window->resize(1280, 800);
        QApplication::processEvents();
        window->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/exercise-train-locked.png"));
        panel->leave(ExercisePanel::Left::Tour);
        QApplication::processEvents();
        window->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/exercise-left.png"));
    }
}

TEST_F(ExerciseLocks, AScenarioFileOrTheTourEndsTheExerciseAndSaysSo)
{
    startExercise("relu-dying");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.alab"));
    al::state::Document other;
    ASSERT_FALSE(other.set("explorer.function", std::string("tanh")));
    QString error;
    ASSERT_TRUE(Scenarios::save(other, path, &error));
    ASSERT_TRUE(window->openScenario(path, &error)) << error.toStdString();
    EXPECT_EQ(window->exercisePanel()->current(), -1);
    EXPECT_EQ(window->exercisePanel()->left(), ExercisePanel::Left::Replaced);
    EXPECT_TRUE(state()->locked().empty());
    EXPECT_TRUE(window->functionChooser()->isEnabled());
    EXPECT_TRUE(child<QLabel>("exerciseNotice")->isVisibleTo(window.get()));
    EXPECT_TRUE(child<QLabel>("exerciseNotice")->text().contains(QStringLiteral("scenario file")));

    startExercise("relu-dying");
    window->tour()->start();
    QApplication::processEvents();
    EXPECT_EQ(window->exercisePanel()->left(), ExercisePanel::Left::Tour);
    EXPECT_TRUE(state()->locked().empty());
    // …and starting an exercise closes the tour.
    window->exercisePanel()->start(0);
    EXPECT_TRUE(window->tour()->isHidden());
    EXPECT_FALSE(state()->locked().empty());
}

// A teacher's exercise whose goal names p5: a student who drops to four logits makes it uncheckable.
const QString kFiveLogits = QStringLiteral(
    R"({"id": "five", "title": {"en": "Five", "ru": "Пять"}, "task": {"en": "T", "ru": "Т"},
        "start": {"tab": "softmax", "softmax": {"logits": [0, 0, 0, 0, 0], "focus": 1}},
        "prediction": {"question": {"en": "Q", "ru": "В"}, "answer": 1, "tolerance": 0.5},
        "goal": "p5 > 0.5", "explanation": {"en": "E", "ru": "О"}})");

TEST(Exercises, VerdictsAndGoalErrorsSpeakTheWindowsLanguage)
{
    LanguageManager::instance().apply(QStringLiteral("ru"));
    const Exercises::Loaded bad = Exercises::fromJson(file(QString(kGood).replace(QStringLiteral("region =="), QStringLiteral("regio =="))),
                                                      QStringLiteral("bad.alex"));
    EXPECT_TRUE(bad.error.contains(QStringLiteral("неизвестная величина «regio»"))) << bad.error.toStdString();
    const Exercises::Loaded loaded = Exercises::fromJson(file(kFiveLogits), QStringLiteral("five.alex"));
    ASSERT_TRUE(loaded.error.isEmpty()) << loaded.error.toStdString();
    const Exercise& e = loaded.exercises[0];
    al::state::Document four = e.start;
    ASSERT_FALSE(four.apply({{"softmax.logits", std::vector<double>{0, 0, 0, 0}}}));
    const Exercises::Verdict window = Exercises::checkState(e, four, Exercises::Wording::Window);
    EXPECT_EQ(window.reason, Exercises::Verdict::Reason::CannotCheck);
    EXPECT_TRUE(window.why.contains(QStringLiteral("нельзя проверить"))) << window.why.toStdString();
    EXPECT_TRUE(window.why.contains(QStringLiteral("логитов всего 4"))) << window.why.toStdString();
    const Exercises::Verdict missed = Exercises::checkState(e, e.start, Exercises::Wording::Window);
    EXPECT_TRUE(missed.why.contains(QStringLiteral("не достигнута (p5 = 0,2)"))) << missed.why.toStdString();
    EXPECT_TRUE(Exercises::checkAnswer(e, QStringLiteral("2.5"), Exercises::Wording::Window)->why.contains(QStringLiteral("2,5 отличается")));
    // The command line keeps English with round-trip numbers, whatever the window's language.
    const Exercises::Verdict cli = Exercises::checkState(e, four);
    EXPECT_TRUE(cli.why.contains(QStringLiteral("cannot be checked in this state: “p5” does not exist: there are 4 logits")))
        << cli.why.toStdString();
    EXPECT_TRUE(Exercises::checkState(e, e.start).why.contains(QStringLiteral("(p5 = 0.2)")));
    LanguageManager::instance().apply(QStringLiteral("en"));
}

TEST(Exercises, ThePanelSaysInRussianWhyAGoalCannotBeChecked)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("five.alex"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(file(kFiveLogits));
    f.close();
    LanguageManager::instance().apply(QStringLiteral("ru"));
    ExplorerModel model;
    MainWindow window(&model);
    window.show();
    ExercisePanel* panel = window.exercisePanel();
    ASSERT_EQ(panel->addFile(path), QString());
    panel->start(static_cast<int>(Exercises::builtIn().size()));
    panel->answerNumber(1.0);
    auto* count = window.softmaxView()->findChildren<QSpinBox*>().value(0);
    ASSERT_TRUE(count);
    QTest::keyClick(count, Qt::Key_Down);  // four logits: p5 is gone
    ASSERT_EQ(window.models().state->numbers("softmax.logits").size(), 4u);
    const QString goal = window.findChild<QLabel*>(QStringLiteral("exerciseGoal"))->text();
    EXPECT_TRUE(goal.contains(QStringLiteral("Цель пока не достигнута: цель p5 > 0.5 нельзя проверить"))) << goal.toStdString();
    EXPECT_TRUE(goal.contains(QStringLiteral("логитов всего 4"))) << goal.toStdString();
    LanguageManager::instance().apply(QStringLiteral("en"));
}

TEST(Exercises, ANewFileFromTheStateReadsOnceItsTextsAreFilledIn)
{
    for (const char* tab : {"neuron", "softmax", "depth", "compare", "sparsity", "init", "train"}) {
        SCOPED_TRACE(tab);
        al::state::Document state;
        ASSERT_FALSE(state.apply({{"tab", std::string(tab)}, {"explorer.neuron.bias", -0.7}, {"softmax.temperature", 2.5}}));
        const QByteArray skeleton = Exercises::templateFor(state);
        // As written: the reader names the first text to fill in.
        const Exercises::Loaded empty = Exercises::fromJson(skeleton, QStringLiteral("new.alex"));
        EXPECT_TRUE(empty.error.contains(QStringLiteral("my-exercise.title.en"))) << empty.error.toStdString();
        EXPECT_TRUE(empty.error.contains(QStringLiteral("is empty"))) << empty.error.toStdString();
        // Every text filled in: it reads, starts from the state, and its goal is not reached there.
        QByteArray filled = skeleton;
        filled.replace("\"en\": \"\"", "\"en\": \"Words\"").replace("\"ru\": \"\"", "\"ru\": \"Слова\"");
        const Exercises::Loaded loaded = Exercises::fromJson(filled, QStringLiteral("new.alex"));
        ASSERT_TRUE(loaded.error.isEmpty()) << loaded.error.toStdString();
        ASSERT_EQ(loaded.exercises.size(), 1u);
        EXPECT_EQ(loaded.exercises[0].start, state);
        EXPECT_FALSE(Exercises::checkState(loaded.exercises[0], state).correct);
    }
}

TEST(Exercises, FileOpenTakesAnExerciseFileIntoThePanelAndStartsItsFirst)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lesson.alex"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(file(kGood + QLatin1Char(',') + QString(kGood).replace(QStringLiteral("\"id\": \"t\""), QStringLiteral("\"id\": \"t2\""))));
    f.close();
    LanguageManager::instance().apply(QStringLiteral("en"));
    ExplorerModel model;
    MainWindow window(&model);
    window.show();
    QString error;
    ASSERT_TRUE(window.openFile(path, &error)) << error.toStdString();
    ExercisePanel* panel = window.exercisePanel();
    EXPECT_TRUE(window.exercisesAction()->isChecked());
    EXPECT_TRUE(panel->isVisibleTo(&window));
    EXPECT_EQ(panel->count(), static_cast<int>(Exercises::builtIn().size()) + 2);
    ASSERT_EQ(panel->current(), static_cast<int>(Exercises::builtIn().size()));
    EXPECT_EQ(panel->exerciseAt(panel->current())->id, QStringLiteral("t"));
    EXPECT_EQ(window.models().state->text("explorer.function"), QStringLiteral("relu"));
    EXPECT_FALSE(window.functionChooser()->isEnabled());  // its lock holds
    EXPECT_TRUE(window.recentFiles().value(0).endsWith(QStringLiteral("lesson.alex")));

    // A scenario still opens as one; a broken exercise file changes nothing and says why.
    const QString bad = dir.filePath(QStringLiteral("bad.alex"));
    QFile b(bad);
    ASSERT_TRUE(b.open(QIODevice::WriteOnly));
    b.write("{\"format\": \"activationlab-exercises\", \"version\": 1}");
    b.close();
    EXPECT_FALSE(window.openFile(bad, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("bad.alex"))) << error.toStdString();
    EXPECT_EQ(panel->count(), static_cast<int>(Exercises::builtIn().size()) + 2);
    const QString scenario = dir.filePath(QStringLiteral("s.alab"));
    ASSERT_TRUE(Scenarios::save(al::state::Document(), scenario, &error));
    EXPECT_TRUE(window.openFile(scenario, &error)) << error.toStdString();
    EXPECT_EQ(window.models().state->text("explorer.function"), QStringLiteral("sigmoid"));
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

int run(const QStringList& args, QString* out, QString* err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(ACTIVATIONLAB_BINARY), args);
    p.waitForFinished(30000);
    *out = QString::fromUtf8(p.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

TEST(ExerciseCommand, ListsShowsAndChecksATeachersFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("my.alex"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(file(kGood));
    f.close();
    const QString e = QStringLiteral("exercise");
    const QString fileOption = QStringLiteral("--file");
    QString out;
    QString err;
    EXPECT_EQ(run({e, QStringLiteral("list"), fileOption, path, QStringLiteral("--lang"), QStringLiteral("ru")}, &out), 0);
    EXPECT_EQ(out, QStringLiteral("t,Т\n"));
    EXPECT_EQ(run({e, QStringLiteral("show"), QStringLiteral("t"), fileOption, path}, &out), 0);
    EXPECT_TRUE(out.contains(QStringLiteral("goal: region == \"dead\""))) << out.toStdString();
    EXPECT_EQ(run({e, QStringLiteral("check"), fileOption, path, QStringLiteral("t"), QStringLiteral("--answer"), QStringLiteral("2")}, &out), 0);
    EXPECT_EQ(out, QStringLiteral("correct\n"));
    EXPECT_EQ(run({e, QStringLiteral("check"), QStringLiteral("t"), QStringLiteral("--answer"), QStringLiteral("1"), fileOption, path}, &out), 1);
    EXPECT_TRUE(out.startsWith(QStringLiteral("incorrect: choice 1")));
    // The built-in ids are not in a teacher's file.
    EXPECT_EQ(run({e, QStringLiteral("show"), QStringLiteral("relu-dying"), fileOption, path}, &out, &err), 2);
    EXPECT_EQ(err.count(QLatin1Char('\n')), 1) << err.toStdString();

    // A bad file, a missing file, a scenario instead of exercises: one line on stderr, exit 2.
    const QString bad = dir.filePath(QStringLiteral("bad.alex"));
    QFile b(bad);
    ASSERT_TRUE(b.open(QIODevice::WriteOnly));
    b.write(file(QString(kGood).replace(QStringLiteral("\"answer\": 2"), QStringLiteral("\"answer\": 3"))));
    b.close();
    const QString scenario = dir.filePath(QStringLiteral("s.alab"));
    QString error;
    ASSERT_TRUE(Scenarios::save(al::state::Document(), scenario, &error));
    for (const QString& wrong : {bad, dir.filePath(QStringLiteral("none.alex")), scenario}) {
        for (const QStringList& args : {QStringList{e, QStringLiteral("list"), fileOption, wrong},
                                        QStringList{e, QStringLiteral("check"), QStringLiteral("t"), QStringLiteral("--answer=2"), fileOption, wrong}}) {
            EXPECT_EQ(run(args, &out, &err), 2) << args.join(QLatin1Char(' ')).toStdString();
            EXPECT_TRUE(out.isEmpty());
            EXPECT_EQ(err.count(QLatin1Char('\n')), 1) << err.toStdString();
            EXPECT_TRUE(err.startsWith(QStringLiteral("activationlab: ")) && err.contains(QFileInfo(wrong).fileName())) << err.toStdString();
        }
    }
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
