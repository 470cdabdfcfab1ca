// SPDX-License-Identifier: MIT
#include "app/scenario/scenario.h"

#include "core/catalog.h"
#include "core/state/messages.h"
#include "core/state/schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Scenarios {

namespace {

using al::state::Problem;
using al::state::Spec;
using al::state::Type;
using al::state::Value;

const QString kFormat = QStringLiteral("activationlab-scenario");

QString qt(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QStringList pathOf(std::string_view key)
{
    return qt(key).split(QLatin1Char('.'));
}

// A refusal while reading: the problem, already found.
struct Refused {
    Problem problem;
};

[[noreturn]] void refuse(Problem::Kind kind, const QString& key)
{
    throw Refused{Problem{kind, key.toStdString(), {}, {}, 0, 0}};
}

// Every member of every object must lead to a setting of the schema.
void checkKnown(const QJsonObject& object, const QString& prefix)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (prefix.isEmpty() && (key == QLatin1String("format") || key == QLatin1String("version")))
            continue;
        const std::string k = key.toStdString();
        if (const Spec* spec = al::state::findSpec(k)) {
            if (spec->type == Type::Parameters && !it.value().isObject())
                refuse(Problem::Kind::NotObject, key);
            continue;  // parameters are checked against the function when they are read
        }
        const bool isSection = std::any_of(al::state::schema().begin(), al::state::schema().end(),
                                           [&](const Spec& s) { return s.key.substr(0, k.size() + 1) == k + '.'; });
        if (!isSection)
            refuse(Problem::Kind::UnknownEntry, key);
        if (!it.value().isObject())
            refuse(Problem::Kind::NotObject, key);
        checkKnown(it.value().toObject(), key);
    }
}

std::optional<QJsonValue> find(const QJsonObject& root, std::string_view key)
{
    QJsonObject object = root;
    const QStringList path = pathOf(key);
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        if (!object.contains(path[i]))
            return std::nullopt;
        object = object.value(path[i]).toObject();
    }
    if (!object.contains(path.last()))
        return std::nullopt;
    return object.value(path.last());
}

// The JSON value as the spec's type of value; type problems are refused here, ranges by the schema.
Value toValue(const Spec& spec, const QJsonValue& v, const QString& key, const al::state::Document& document)
{
    switch (spec.type) {
    case Type::Number:
    case Type::Integer:
        if (!v.isDouble())
            refuse(Problem::Kind::NotNumber, key);
        return v.toDouble();
    case Type::Boolean:
        if (!v.isBool())
            refuse(Problem::Kind::NotBoolean, key);
        return v.toBool();
    case Type::Function:
    case Type::Choice:
        if (!v.isString())
            refuse(Problem::Kind::NotText, key);
        return v.toString().toStdString();
    case Type::NumberList: {
        if (!v.isArray())
            refuse(Problem::Kind::NotList, key);
        std::vector<double> numbers;
        for (const QJsonValue x : v.toArray()) {
            if (!x.isDouble())
                refuse(Problem::Kind::NotNumbers, key);
            numbers.push_back(x.toDouble());
        }
        return numbers;
    }
    case Type::FunctionList: {
        if (!v.isArray())
            refuse(Problem::Kind::NotList, key);
        std::vector<std::string> names;
        for (const QJsonValue x : v.toArray()) {
            if (!x.isString())
                throw Refused{Problem{Problem::Kind::UnknownFunction, key.toStdString(), {}, {}, 0, 0}};
            names.push_back(x.toString().toStdString());
        }
        return names;
    }
    case Type::Parameters: {
        // An object of the function's parameters by name; those not given keep their value.
        const al::Activation& a = *al::findActivation(document.text(al::state::functionKeyOf(spec)));
        std::vector<double> values = document.numbers(spec.key);
        const QJsonObject object = v.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const int index = a.parameterIndex(it.key().toStdString());
            if (index < 0)
                refuse(Problem::Kind::UnknownEntry, key + QLatin1Char('.') + it.key());
            if (!it.value().isDouble())
                refuse(Problem::Kind::NotNumber, key + QLatin1Char('.') + it.key());
            values[static_cast<std::size_t>(index)] = it.value().toDouble();
        }
        return values;
    }
    }
    refuse(Problem::Kind::UnknownEntry, key);
}

QJsonValue toJsonValue(const Spec& spec, const al::state::Document& document)
{
    const Value& v = document.value(spec.key);
    switch (spec.type) {
    case Type::Number:
    case Type::Integer:
        return std::get<double>(v);
    case Type::Boolean:
        return std::get<bool>(v);
    case Type::Function:
    case Type::Choice:
        return QString::fromStdString(std::get<std::string>(v));
    case Type::NumberList: {
        QJsonArray a;
        for (double x : std::get<std::vector<double>>(v))
            a.append(x);
        return a;
    }
    case Type::FunctionList: {
        QJsonArray a;
        for (const std::string& k : std::get<std::vector<std::string>>(v))
            a.append(QString::fromStdString(k));
        return a;
    }
    case Type::Parameters: {
        const al::Activation& a = *al::findActivation(document.text(al::state::functionKeyOf(spec)));
        const auto& values = std::get<std::vector<double>>(v);
        QJsonObject o;
        for (std::size_t i = 0; i < a.parameters.size(); ++i)
            o.insert(QString::fromStdString(a.parameters[i].key), values[i]);
        return o;
    }
    }
    return {};
}

// Puts a value at a dotted path, creating the objects on the way.
void insert(QJsonObject& object, const QStringList& path, qsizetype at, const QJsonValue& value)
{
    if (at + 1 == path.size()) {
        object.insert(path[at], value);
        return;
    }
    QJsonObject child = object.value(path[at]).toObject();
    insert(child, path, at + 1, value);
    object.insert(path[at], child);
}

QString translated(const char* text)
{
    return QCoreApplication::translate("Scenario", text);
}

}  // namespace

QString describe(const Problem& problem)
{
    QString text = translated(al::state::messageTemplate(problem.kind));
    const std::vector<std::string> arguments = al::state::messageArguments(problem, problem.key, problem.other);
    // QString::arg fills the lowest-numbered marker first: give them in order.
    for (const std::string& a : arguments)
        text = text.arg(QString::fromStdString(a));
    return text;
}

QByteArray toJson(const al::state::Document& document)
{
    QJsonObject root{{QStringLiteral("format"), kFormat}, {QStringLiteral("version"), kVersion}};
    for (const Spec& spec : al::state::schema())
        insert(root, pathOf(spec.key), 0, toJsonValue(spec, document));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Loaded fromJson(const QByteArray& json)
{
    if (json.size() > kMaxFileSize)
        return {std::nullopt, translated(QT_TRANSLATE_NOOP("Scenario", "the file is larger than 1 MiB"))};
    QJsonParseError parseError{};
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {std::nullopt, translated(QT_TRANSLATE_NOOP("Scenario", "it is not valid JSON (%1 at byte %2)"))
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset)};
    const QJsonObject root = parsed.object();
    if (!parsed.isObject() || root.value(QStringLiteral("format")).toString() != kFormat)
        return {std::nullopt, translated(QT_TRANSLATE_NOOP("Scenario", "it is not an ActivationLab scenario"))};
    try {
        checkKnown(root, QString());
        const QJsonValue version = root.value(QStringLiteral("version"));
        if (!version.isDouble() || version.toDouble() != kVersion)
            return {std::nullopt, translated(QT_TRANSLATE_NOOP("Scenario", "its format version %1 is not the version %2 this program reads"))
                                      .arg(version.isDouble() ? QString::number(version.toDouble()) : QStringLiteral("?"))
                                      .arg(kVersion)};
        // Settings not in the file keep their defaults; each is checked as it is read (the
        // schema's order puts the function before its parameters), the relations at the end.
        al::state::Document document;
        for (const Spec& spec : al::state::schema()) {
            const std::optional<QJsonValue> v = find(root, spec.key);
            if (!v) {
                // A view is a box: with one edge given, all must be.
                const std::string_view parent = spec.key.substr(0, spec.key.rfind('.'));
                if (spec.givenWithSiblings && find(root, parent))
                    refuse(Problem::Kind::NotNumber, qt(spec.key));
                continue;
            }
            if (auto problem = document.setAlone(spec.key, toValue(spec, *v, qt(spec.key), document)))
                throw Refused{*problem};
        }
        if (auto problem = document.checkRelations())
            throw Refused{*problem};
        return {document, QString()};
    } catch (const Refused& refused) {
        return {std::nullopt, describe(refused.problem)};
    }
}

Loaded load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, file.errorString()};
    if (file.size() > kMaxFileSize)
        return {std::nullopt, translated(QT_TRANSLATE_NOOP("Scenario", "the file is larger than 1 MiB"))};
    // Read one byte more than allowed: a file that grows while we read is still refused.
    const QByteArray data = file.read(kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return {std::nullopt, file.errorString()};
    return fromJson(data);
}

bool save(const al::state::Document& document, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray json = toJson(document);
    if (file.write(json) != json.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

}  // namespace Scenarios
