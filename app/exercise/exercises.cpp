// SPDX-License-Identifier: MIT
#include "app/exercise/exercises.h"

#include "app/scenario/scenario.h"
#include "core/numbers.h"
#include "core/state/messages.h"
#include "core/state/schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace Exercises {

namespace {

const QString kFormat = QStringLiteral("activationlab-exercises");

QString tr(const char* text)
{
    return QCoreApplication::translate("Exercises", text);
}

// A sentence marked with QT_TRANSLATE_NOOP("Exercises", …), said as the wording asks.
QString say(Wording wording, const char* text)
{
    return wording == Wording::Window ? tr(text) : QString::fromUtf8(text);
}

QString number(Wording wording, double x)
{
    return wording == Wording::Window ? QLocale().toString(x, 'g', 6) : QString::fromStdString(al::formatRoundTrip(x));
}

QString value(Wording wording, const al::exercise::Value& v)
{
    if (const double* x = std::get_if<double>(&v))
        return number(wording, *x);
    return QString::fromStdString(std::get<std::string>(v));
}

// "p.spread = 0.95, region = dead": the goal's quantities in this state.
QString readings(const al::exercise::Goal& goal, const al::state::Document& state, Wording wording)
{
    QStringList parts;
    for (const auto& [name, v] : goal.readingValues(state))
        parts << QStringLiteral("%1 = %2").arg(QString::fromStdString(name),
                                               v ? value(wording, *v) : say(wording, QT_TRANSLATE_NOOP("Exercises", "not available here")));
    return parts.join(QStringLiteral(", "));
}

// A refusal while reading: the sentence after "FILE, WHERE: ".
struct Refused {
    QString where;
    QString what;
};

[[noreturn]] void refuse(const QString& where, const QString& what)
{
    throw Refused{where, what};
}

QString typeRefusal(const char* expected)
{
    return tr("has the wrong type, expected %1").arg(QLatin1String(expected));
}

void onlyKeys(const QJsonObject& object, const QString& where, std::initializer_list<const char*> allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char* a : allowed)
            known = known || it.key() == QLatin1String(a);
        if (!known)
            refuse(where.isEmpty() ? it.key() : where + QLatin1Char('.') + it.key(), tr("is not an entry of an exercise file"));
    }
}

QJsonValue required(const QJsonObject& object, const char* key, const QString& where)
{
    if (!object.contains(QLatin1String(key)))
        refuse(where + QLatin1Char('.') + QLatin1String(key), tr("is missing"));
    return object.value(QLatin1String(key));
}

QString text(const QJsonValue& v, const QString& where)
{
    if (!v.isString())
        refuse(where, typeRefusal("string"));
    if (v.toString().trimmed().isEmpty())
        refuse(where, tr("is empty"));
    return v.toString();
}

double number(const QJsonValue& v, const QString& where)
{
    if (!v.isDouble())
        refuse(where, typeRefusal("number"));
    return v.toDouble();
}

QJsonObject object(const QJsonValue& v, const QString& where)
{
    if (!v.isObject())
        refuse(where, typeRefusal("object"));
    return v.toObject();
}

QJsonArray array(const QJsonValue& v, const QString& where)
{
    if (!v.isArray())
        refuse(where, typeRefusal("array"));
    return v.toArray();
}

Words words(const QJsonValue& v, const QString& where)
{
    const QJsonObject o = object(v, where);
    onlyKeys(o, where, {"en", "ru"});
    return {text(required(o, "en", where), where + QStringLiteral(".en")), text(required(o, "ru", where), where + QStringLiteral(".ru"))};
}

// A state written like a scenario (without format and version); settings not given keep their defaults.
al::state::Document state(const QJsonObject& o, const QString& where)
{
    QJsonObject scenario = o;
    scenario.insert(QStringLiteral("format"), QStringLiteral("activationlab-scenario"));
    scenario.insert(QStringLiteral("version"), Scenarios::kVersion);
    const Scenarios::Loaded loaded = Scenarios::fromJson(QJsonDocument(scenario).toJson(QJsonDocument::Compact));
    if (!loaded.document)
        refuse(where, loaded.error);
    return *loaded.document;
}

// Nested objects merge by key path; a Parameters object is a value of its own.
QJsonObject mergedState(const QJsonObject& base, const QJsonObject& over, const QString& prefix = QString())
{
    QJsonObject result = base;
    for (auto it = over.begin(); it != over.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject() && result.value(it.key()).isObject() && !al::state::findSpec(key.toStdString()))
            result.insert(it.key(), mergedState(result.value(it.key()).toObject(), it.value().toObject(), key));
        else
            result.insert(it.key(), it.value());
    }
    return result;
}

Exercise exercise(const QJsonObject& o, const QString& at, Wording wording, Verify verify)
{
    Exercise e;
    onlyKeys(o, at, {"id", "title", "task", "start", "locked", "prediction", "goal", "hints", "explanation", "solution"});
    e.id = text(required(o, "id", at), at + QStringLiteral(".id"));
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    if (!idPattern.match(e.id).hasMatch())
        refuse(at + QStringLiteral(".id"), tr("must be lower-case letters, digits and '-', like sigmoid-slope"));
    const QString where = e.id;
    e.title = words(required(o, "title", where), where + QStringLiteral(".title"));
    e.task = words(required(o, "task", where), where + QStringLiteral(".task"));
    const QJsonObject startJson = object(required(o, "start", where), where + QStringLiteral(".start"));
    e.start = state(startJson, where + QStringLiteral(".start"));

    if (o.contains(QLatin1String("locked"))) {
        const QJsonArray locked = array(o.value(QLatin1String("locked")), where + QStringLiteral(".locked"));
        for (const QJsonValue v : locked) {
            const QString key = text(v, where + QStringLiteral(".locked"));
            if (!al::state::findSpec(key.toStdString()))
                refuse(where + QStringLiteral(".locked"), tr("'%1' is not a setting").arg(key));
            e.locked.push_back(key.toStdString());
        }
    }

    const QString p = where + QStringLiteral(".prediction");
    const QJsonObject prediction = object(required(o, "prediction", where), p);
    onlyKeys(prediction, p, {"question", "choices", "answer", "tolerance"});
    e.question = words(required(prediction, "question", p), p + QStringLiteral(".question"));
    if (prediction.contains(QLatin1String("choices"))) {
        const QJsonArray choices = array(prediction.value(QLatin1String("choices")), p + QStringLiteral(".choices"));
        for (qsizetype i = 0; i < choices.size(); ++i)
            e.choices.push_back(words(choices[i], p + QStringLiteral(".choices[%1]").arg(i + 1)));
        if (e.choices.size() < 2 || e.choices.size() > 8)
            refuse(p + QStringLiteral(".choices"), tr("must list 2 to 8 choices"));
        const double answer = number(required(prediction, "answer", p), p + QStringLiteral(".answer"));
        if (!al::state::isWhole(answer) || answer < 1 || answer > static_cast<double>(e.choices.size()))
            refuse(p + QStringLiteral(".answer"), tr("must be a choice number from 1 to %1").arg(e.choices.size()));
        if (prediction.contains(QLatin1String("tolerance")))
            refuse(p + QStringLiteral(".tolerance"), tr("is for numeric answers only"));
        e.answer = static_cast<int>(answer);
    } else {
        e.number = number(required(prediction, "answer", p), p + QStringLiteral(".answer"));
        e.tolerance = number(required(prediction, "tolerance", p), p + QStringLiteral(".tolerance"));
        if (!(e.tolerance >= 0) || !std::isfinite(e.number))
            refuse(p + QStringLiteral(".tolerance"), tr("must be a number of at least 0"));
    }

    const QString g = where + QStringLiteral(".goal");
    try {
        e.goal = al::exercise::Goal(text(required(o, "goal", where), g).toStdString());
    } catch (const al::exercise::GoalError& error) {
        refuse(g, goalErrorText(error, wording));
    }
    if (verify == Verify::Goals && e.goal.holds(e.start))
        refuse(g, tr("already holds in the starting state"));

    if (o.contains(QLatin1String("hints"))) {
        const QJsonArray hints = array(o.value(QLatin1String("hints")), where + QStringLiteral(".hints"));
        for (qsizetype i = 0; i < hints.size(); ++i)
            e.hints.push_back(words(hints[i], where + QStringLiteral(".hints[%1]").arg(i + 1)));
    }
    e.explanation = words(required(o, "explanation", where), where + QStringLiteral(".explanation"));

    if (o.contains(QLatin1String("solution"))) {
        const QString s = where + QStringLiteral(".solution");
        e.solution = state(mergedState(startJson, object(o.value(QLatin1String("solution")), s)), s);
        if (verify == Verify::Goals) {
            const Verdict verdict = checkState(e, *e.solution, wording);
            if (!verdict.correct)
                refuse(s, tr("does not solve the exercise: %1").arg(verdict.why));
        }
    }
    return e;
}

}  // namespace

Loaded fromJson(const QByteArray& json, const QString& fileName, Wording wording, Verify verify)
{
    if (json.size() > Scenarios::kMaxFileSize)
        return {{}, tr("%1: the file is larger than 1 MiB").arg(fileName)};
    QJsonParseError parseError{};
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {{}, tr("%1: it is not valid JSON (%2 at byte %3)").arg(fileName, parseError.errorString()).arg(parseError.offset)};
    const QJsonObject root = parsed.object();
    if (!parsed.isObject() || root.value(QStringLiteral("format")).toString() != kFormat)
        return {{}, tr("%1: it is not an ActivationLab exercise file").arg(fileName)};
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != kVersion)
        return {{}, tr("%1: its format version %2 is not the version %3 this program reads")
                        .arg(fileName, version.isDouble() ? QString::number(version.toDouble()) : QStringLiteral("?"))
                        .arg(kVersion)};
    try {
        onlyKeys(root, QString(), {"format", "version", "exercises"});
        if (!root.contains(QLatin1String("exercises")))
            refuse(QStringLiteral("exercises"), tr("is missing"));
        const QJsonArray list = array(root.value(QLatin1String("exercises")), QStringLiteral("exercises"));
        if (list.isEmpty())
            refuse(QStringLiteral("exercises"), tr("is empty"));
        Loaded loaded;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = QStringLiteral("exercises[%1]").arg(i + 1);
            Exercise e = exercise(object(list[i], at), at, wording, verify);
            if (find(loaded.exercises, e.id))
                refuse(at + QStringLiteral(".id"), tr("'%1' is used twice").arg(e.id));
            loaded.exercises.push_back(std::move(e));
        }
        return loaded;
    } catch (const Refused& r) {
        return {{}, tr("%1, %2: %3").arg(fileName, r.where, r.what)};
    }
}

Loaded load(const QString& path, Wording wording, Verify verify)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, QStringLiteral("%1: %2").arg(path, file.errorString())};
    return fromJson(file.read(Scenarios::kMaxFileSize + 1), path, wording, verify);
}

const std::vector<Exercise>& builtIn()
{
    static const std::vector<Exercise> exercises = [] {
        // Their starts and solutions are checked by the tests; training networks for them at
        // every start of the program would only cost time.
        Loaded loaded = load(QStringLiteral(":/exercises/lecture.alex"), Wording::Window, Verify::FormatOnly);
        if (!loaded.error.isEmpty())
            qFatal("the built-in exercises are broken: %s", qPrintable(loaded.error));
        return std::move(loaded.exercises);
    }();
    return exercises;
}

const Exercise* find(const std::vector<Exercise>& exercises, const QString& id)
{
    for (const Exercise& e : exercises)
        if (e.id == id)
            return &e;
    return nullptr;
}

QString goalErrorText(const al::exercise::GoalError& error, Wording wording)
{
    const std::string message =
        wording == Wording::Window ? QCoreApplication::translate("Goal", error.message).toStdString() : std::string(error.message);
    return QString::fromStdString(al::state::fillIn(message, error.arguments));
}

std::optional<Verdict> checkAnswer(const Exercise& exercise, const QString& answer, Wording wording)
{
    const std::optional<double> value = al::parseNumber(answer.trimmed().replace(QLatin1Char(','), QLatin1Char('.')).toStdString());
    if (!value || !std::isfinite(*value))
        return std::nullopt;
    if (exercise.multipleChoice()) {
        if (!al::state::isWhole(*value) || *value < 1 || *value > static_cast<double>(exercise.choices.size()))
            return std::nullopt;
        if (static_cast<int>(*value) == exercise.answer)
            return Verdict{true, Verdict::Reason::None, {}, {}};
        return Verdict{false, Verdict::Reason::WrongChoice,
                       say(wording, QT_TRANSLATE_NOOP("Exercises", "choice %1 is not the right one")).arg(static_cast<int>(*value)), {}};
    }
    if (std::abs(*value - exercise.number) <= exercise.tolerance)
        return Verdict{true, Verdict::Reason::None, {}, {}};
    return Verdict{false, Verdict::Reason::OutOfTolerance,
                   say(wording, QT_TRANSLATE_NOOP("Exercises", "%1 is not within %2 of the expected value"))
                       .arg(number(wording, *value), number(wording, exercise.tolerance)),
                   {}};
}

Verdict checkState(const Exercise& exercise, const al::state::Document& state, Wording wording)
{
    Verdict verdict;
    for (const std::string& key : exercise.locked) {
        if (!(state.value(key) == exercise.start.value(key))) {
            verdict.reason = Verdict::Reason::LockedMoved;
            verdict.why = say(wording, QT_TRANSLATE_NOOP("Exercises", "the locked setting %1 was changed")).arg(QString::fromStdString(key));
            return verdict;
        }
    }
    const QString goal = QString::fromStdString(exercise.goal.text());
    try {
        const al::exercise::Value v = exercise.goal.evaluate(state);
        const double* x = std::get_if<double>(&v);
        if (x && *x != 0.0) {
            verdict.correct = true;
            return verdict;
        }
    } catch (const al::exercise::GoalError& error) {
        verdict.reason = Verdict::Reason::CannotCheck;
        verdict.why = say(wording, QT_TRANSLATE_NOOP("Exercises", "the goal %1 cannot be checked in this state: %2")).arg(goal, goalErrorText(error, wording));
        return verdict;
    } catch (const std::invalid_argument& error) {
        verdict.reason = Verdict::Reason::CannotCheck;
        verdict.why = say(wording, QT_TRANSLATE_NOOP("Exercises", "the goal %1 cannot be checked in this state: %2")).arg(goal, QString::fromUtf8(error.what()));
        return verdict;
    }
    verdict.reason = Verdict::Reason::NotReached;
    verdict.readings = readings(exercise.goal, state, wording);
    verdict.why = say(wording, QT_TRANSLATE_NOOP("Exercises", "the goal %1 is not reached (%2)")).arg(goal, verdict.readings);
    return verdict;
}

namespace {

// A goal the state misses, over a setting of its open tab ("explorer.neuron.bias != 0.1"), so a
// new file reads as soon as its texts are filled in; the teacher then writes the real goal.
std::string placeholderGoal(const al::state::Document& state)
{
    const std::string tab = state.text("tab");
    const std::string section = tab == "neuron" ? "explorer" : tab;
    for (al::state::Type type : {al::state::Type::Number, al::state::Type::Integer, al::state::Type::Boolean}) {
        for (const al::state::Spec& spec : al::state::schema()) {
            if (spec.type != type || spec.section() != section)
                continue;
            const double value = type == al::state::Type::Boolean ? (state.boolean(spec.key) ? 1.0 : 0.0) : state.number(spec.key);
            return std::string(spec.key) + " != " + al::formatRoundTrip(value);
        }
    }
    return "tab != \"" + tab + "\"";
}

}  // namespace

QByteArray templateFor(const al::state::Document& state)
{
    QJsonObject start = QJsonDocument::fromJson(Scenarios::toJson(state)).object();
    start.remove(QStringLiteral("format"));
    start.remove(QStringLiteral("version"));
    // Empty texts to fill in: until each has its words, the reader names the first empty one.
    const QJsonObject both{{QStringLiteral("en"), QString()}, {QStringLiteral("ru"), QString()}};
    const QJsonObject exercise{
        {QStringLiteral("id"), QStringLiteral("my-exercise")},
        {QStringLiteral("title"), both},
        {QStringLiteral("task"), both},
        {QStringLiteral("start"), start},
        {QStringLiteral("locked"), QJsonArray{}},
        {QStringLiteral("prediction"),
         QJsonObject{{QStringLiteral("question"), both}, {QStringLiteral("choices"), QJsonArray{both, both}}, {QStringLiteral("answer"), 1}}},
        {QStringLiteral("goal"), QString::fromStdString(placeholderGoal(state))},
        {QStringLiteral("hints"), QJsonArray{both}},
        {QStringLiteral("explanation"), both},
    };
    const QJsonObject root{{QStringLiteral("format"), kFormat}, {QStringLiteral("version"), kVersion},
                           {QStringLiteral("exercises"), QJsonArray{exercise}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

}  // namespace Exercises
