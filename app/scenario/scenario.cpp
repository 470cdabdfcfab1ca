// SPDX-License-Identifier: MIT
#include "app/scenario/scenario.h"

#include "core/catalog.h"
#include "app/model/comparemodel.h"
#include "app/model/depthmodel.h"
#include "app/model/softmaxmodel.h"
#include "app/model/sparsitymodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace Scenarios {

namespace {

const QString kFormat = QStringLiteral("activationlab-scenario");

QString translated(const char* text)
{
    return QCoreApplication::translate("Scenario", text);
}

QString keyString(std::string_view key)
{
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

QJsonArray numbers(const std::vector<double>& values)
{
    QJsonArray a;
    for (double v : values)
        a.append(v);
    return a;
}

// A failed check: the message is already in the user's language.
struct Invalid {
    QString message;
};

// Reads one JSON object strictly: every key must be known, every value of the right type and
// range. `path` names the object in messages ("explorer.neuron").
class Reader {
public:
    Reader(const QJsonObject& object, QString path, const QStringList& known) : m_object(object), m_path(std::move(path))
    {
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!known.contains(it.key()))
                throw Invalid{translated(QT_TRANSLATE_NOOP("Scenario", "unknown entry “%1”")).arg(name(it.key()))};
    }

    bool has(const QString& key) const { return m_object.contains(key); }

    double number(const QString& key, double min, double max) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isDouble())
            throw Invalid{translated(QT_TRANSLATE_NOOP("Scenario", "“%1” must be a number")).arg(name(key))};
        return checkRange(key, v.toDouble(), min, max);
    }

    int integer(const QString& key, int min, int max) const
    {
        const double v = number(key, min, max);
        if (v != std::floor(v))
            throw Invalid{translated(QT_TRANSLATE_NOOP("Scenario", "“%1” must be a whole number")).arg(name(key))};
        return static_cast<int>(v);
    }

    bool boolean(const QString& key) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isBool())
            throw Invalid{translated(QT_TRANSLATE_NOOP("Scenario", "“%1” must be true or false")).arg(name(key))};
        return v.toBool();
    }

    QString string(const QString& key) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isString())
            throw Invalid{translated(QT_TRANSLATE_NOOP("Scenario", "“%1” must be text")).arg(name(key))};
        return v.toString();
    }

    QString function(const QString& key, bool allowEmpty = false) const
    {
        QString k = string(key);
        if ((allowEmpty && k.isEmpty()) || al::findActivation(k.toStdString()) != nullptr)
            return k;
        throw Invalid{translated(QT_TRANSLATE_NOOP("Scenario", "unknown function “%1” in “%2”")).arg(k.left(40), name(key))};
    }

    QJsonArray array(const QString& key, int minSize, int maxSize) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isArray())
            throw Invalid{translated(QT_TRANSLATE_NOOP("Scenario", "“%1” must be a list")).arg(name(key))};
        QJsonArray a = v.toArray();
        if (a.size() < minSize || a.size() > maxSize)
            throw Invalid{translated(QT_TRANSLATE_NOOP("Scenario", "“%1” must have %2 to %3 entries")).arg(name(key)).arg(minSize).arg(maxSize)};
        return a;
    }

    std::vector<double> numbers(const QString& key, int minSize, int maxSize, double min, double max) const
    {
        std::vector<double> values;
        for (const QJsonValue v : array(key, minSize, maxSize)) {
            if (!v.isDouble())
                throw Invalid{translated(QT_TRANSLATE_NOOP("Scenario", "“%1” must hold numbers only")).arg(name(key))};
            values.push_back(checkRange(key, v.toDouble(), min, max));
        }
        return values;
    }

    Reader object(const QString& key, const QStringList& known) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isObject())
            throw Invalid{translated(QT_TRANSLATE_NOOP("Scenario", "“%1” must be an object")).arg(name(key))};
        return {v.toObject(), name(key), known};
    }

    const QJsonObject& json() const { return m_object; }
    QString name(const QString& key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

private:
    double checkRange(const QString& key, double v, double min, double max) const
    {
        if (!std::isfinite(v) || v < min || v > max)
            throw Invalid{translated(QT_TRANSLATE_NOOP("Scenario", "“%1” is outside the allowed range %2 … %3"))
                              .arg(name(key), QString::number(min), QString::number(max))};
        return v;
    }

    QJsonObject m_object;
    QString m_path;
};

void readExplorer(const Reader& r, Scenario& s)
{
    if (r.has(QStringLiteral("function"))) {
        const QString key = r.function(QStringLiteral("function"));
        if (key != s.function) {
            s.function = key;
            s.parameters = al::findActivation(key.toStdString())->defaults();
        }
    }
    const al::Activation& a = *al::findActivation(s.function.toStdString());
    if (r.has(QStringLiteral("parameters"))) {
        QStringList known;
        for (const al::Parameter& p : a.parameters)
            known.append(keyString(p.key));
        const Reader p = r.object(QStringLiteral("parameters"), known);
        for (std::size_t i = 0; i < a.parameters.size(); ++i) {
            const QString key = keyString(a.parameters[i].key);
            if (p.has(key))
                s.parameters[i] = p.number(key, a.parameters[i].min, a.parameters[i].max);
        }
    }
    if (r.has(QStringLiteral("neuron"))) {
        const Reader n = r.object(QStringLiteral("neuron"), {QStringLiteral("inputs"), QStringLiteral("weights"), QStringLiteral("bias")});
        const int max = static_cast<int>(al::Neuron::kMaxInputs);
        std::vector<double> inputs = n.has(QStringLiteral("inputs")) ? n.numbers(QStringLiteral("inputs"), 1, max, -1000, 1000) : s.neuron.inputs();
        std::vector<double> weights =
            n.has(QStringLiteral("weights")) ? n.numbers(QStringLiteral("weights"), 1, max, -1000, 1000) : s.neuron.weights();
        if (inputs.size() != weights.size())
            throw Invalid{translated(QT_TRANSLATE_NOOP("Scenario", "“%1” and “%2” must have the same length"))
                              .arg(n.name(QStringLiteral("inputs")), n.name(QStringLiteral("weights")))};
        const double bias = n.has(QStringLiteral("bias")) ? n.number(QStringLiteral("bias"), -1000, 1000) : s.neuron.bias();
        s.neuron = al::Neuron(inputs, weights, bias);
    }
    if (r.has(QStringLiteral("epsilon")))
        s.epsilon = r.number(QStringLiteral("epsilon"), 0.0, 0.3);
    if (r.has(QStringLiteral("view"))) {
        const Reader v = r.object(QStringLiteral("view"), {QStringLiteral("zMin"), QStringLiteral("zMax"), QStringLiteral("yMin"), QStringLiteral("yMax")});
        ViewRange view;
        view.zMin = v.number(QStringLiteral("zMin"), -1e6, 1e6);
        view.zMax = v.number(QStringLiteral("zMax"), -1e6, 1e6);
        view.yMin = v.number(QStringLiteral("yMin"), -1e6, 1e6);
        view.yMax = v.number(QStringLiteral("yMax"), -1e6, 1e6);
        const double span = view.zMax - view.zMin;
        if (!(span >= ExplorerModel::kMinSpan && span <= ExplorerModel::kMaxSpan) || !(view.yMax > view.yMin))
            throw Invalid{translated(QT_TRANSLATE_NOOP("Scenario", "“%1” is not a usable view (z from %2 to %3 wide, y increasing)"))
                              .arg(r.name(QStringLiteral("view")))
                              .arg(ExplorerModel::kMinSpan)
                              .arg(ExplorerModel::kMaxSpan)};
        s.view = view;
    }
    if (r.has(QStringLiteral("showDerivative")))
        s.showDerivative = r.boolean(QStringLiteral("showDerivative"));
    if (r.has(QStringLiteral("showTangent")))
        s.showTangent = r.boolean(QStringLiteral("showTangent"));
}

void readSoftmax(const Reader& r, Scenario& s)
{
    if (r.has(QStringLiteral("logits")))
        s.logits = r.numbers(QStringLiteral("logits"), SoftmaxModel::kMinClasses, SoftmaxModel::kMaxClasses, -1000, 1000);
    if (r.has(QStringLiteral("temperature")))
        s.temperature = r.number(QStringLiteral("temperature"), 0.01, 1000);
    if (r.has(QStringLiteral("log")))
        s.logSoftmax = r.boolean(QStringLiteral("log"));
    if (r.has(QStringLiteral("focus")))
        s.focus = r.integer(QStringLiteral("focus"), 1, static_cast<int>(s.logits.size())) - 1;
    s.focus = std::min(s.focus, static_cast<int>(s.logits.size()) - 1);
}

QStringList functionList(const Reader& r, const QString& key, int maxSize, bool allowEmpty)
{
    QStringList keys;
    for (const QJsonValue v : r.array(key, 0, maxSize)) {
        const QString k = v.toString();
        if (!v.isString() || (!(allowEmpty && k.isEmpty()) && al::findActivation(k.toStdString()) == nullptr))
            throw Invalid{translated(QT_TRANSLATE_NOOP("Scenario", "unknown function “%1” in “%2”")).arg(k.left(40), r.name(key))};
        keys.append(k);
    }
    return keys;
}

void readDepth(const Reader& r, Scenario& s)
{
    if (r.has(QStringLiteral("functions")))
        s.depthFunctions = functionList(r, QStringLiteral("functions"), DepthModel::kMaxFunctions, true);
    if (r.has(QStringLiteral("layers")))
        s.layers = r.integer(QStringLiteral("layers"), 1, DepthModel::kMaxLayers);
    if (r.has(QStringLiteral("weight")))
        s.weight = r.number(QStringLiteral("weight"), -100, 100);
    if (r.has(QStringLiteral("z0")))
        s.z0 = r.number(QStringLiteral("z0"), -1000, 1000);
    if (r.has(QStringLiteral("bias")))
        s.bias = r.number(QStringLiteral("bias"), -3, 3);
    if (r.has(QStringLiteral("forwardPass")))
        s.forwardPass = r.boolean(QStringLiteral("forwardPass"));
    if (r.has(QStringLiteral("linearC")))
        s.linearC = r.number(QStringLiteral("linearC"), -2, 2);
}

void readCompare(const Reader& r, Scenario& s)
{
    if (r.has(QStringLiteral("functions")))
        s.compareFunctions = functionList(r, QStringLiteral("functions"), static_cast<int>(al::catalog().size()), false);
    if (r.has(QStringLiteral("derivatives")))
        s.compareDerivatives = r.boolean(QStringLiteral("derivatives"));
    if (r.has(QStringLiteral("identity")))
        s.compareIdentity = r.boolean(QStringLiteral("identity"));
}

void readSparsity(const Reader& r, Scenario& s)
{
    if (r.has(QStringLiteral("function")))
        s.sparsityFunction = r.function(QStringLiteral("function"));
    if (r.has(QStringLiteral("neurons")))
        s.neurons = r.integer(QStringLiteral("neurons"), 10, 100000);
    if (r.has(QStringLiteral("seed")))
        s.seed = static_cast<quint64>(r.integer(QStringLiteral("seed"), 0, 2147483647));
    if (r.has(QStringLiteral("threshold")))
        s.threshold = r.number(QStringLiteral("threshold"), 0.0, 0.2);
}

}  // namespace

Scenario defaults()
{
    ExplorerModel explorer;
    SoftmaxModel softmax;
    DepthModel depth;
    CompareModel compare;
    SparsityModel sparsity;
    return capture({&explorer, &softmax, &depth, &compare, &sparsity}, QStringLiteral("neuron"));
}

Scenario capture(const ModelSet& m, const QString& tab)
{
    Scenario s;
    s.tab = kTabs.contains(tab) ? tab : QStringLiteral("neuron");
    s.function = m.explorer->functionKey();
    s.parameters = m.explorer->parameters();
    s.neuron = m.explorer->neuron();
    s.epsilon = m.explorer->epsilon();
    s.view = m.explorer->view();
    s.showDerivative = m.explorer->showDerivative();
    s.showTangent = m.explorer->showTangent();
    s.logits = m.softmax->logits();
    s.temperature = m.softmax->temperature();
    s.logSoftmax = m.softmax->logSoftmax();
    s.focus = m.softmax->focus();
    s.depthFunctions = m.depth->functions();
    s.layers = m.depth->layers();
    s.weight = m.depth->weight();
    s.z0 = m.depth->z0();
    s.bias = m.depth->bias();
    s.forwardPass = m.depth->forwardPass();
    s.linearC = m.depth->linearCoefficient();
    s.compareFunctions = m.compare->functions();
    s.compareDerivatives = m.compare->derivatives();
    s.compareIdentity = m.compare->identityCurve();
    s.sparsityFunction = m.sparsity->function();
    s.neurons = m.sparsity->neurons();
    s.seed = m.sparsity->seed();
    s.threshold = m.sparsity->threshold();
    return s;
}

void apply(const Scenario& s, const ModelSet& m)
{
    ExplorerModel& e = *m.explorer;
    e.setFunction(s.function);
    for (std::size_t i = 0; i < s.parameters.size(); ++i)
        e.setParameter(static_cast<int>(i), s.parameters[i]);
    e.setNeuron(s.neuron);
    e.setEpsilon(s.epsilon);
    e.setView(s.view);
    e.setShowDerivative(s.showDerivative);
    e.setShowTangent(s.showTangent);
    m.softmax->setLogits(s.logits);
    m.softmax->setTemperature(s.temperature);
    m.softmax->setLogSoftmax(s.logSoftmax);
    m.softmax->setFocus(s.focus);
    for (int i = 0; i < DepthModel::kMaxFunctions; ++i)
        m.depth->setFunction(i, s.depthFunctions.value(i));
    m.depth->setLayers(s.layers);
    m.depth->setWeight(s.weight);
    m.depth->setZ0(s.z0);
    m.depth->setBias(s.bias);
    m.depth->setForwardPass(s.forwardPass);
    m.depth->setLinearCoefficient(s.linearC);
    m.compare->setFunctions(s.compareFunctions);
    m.compare->setDerivatives(s.compareDerivatives);
    m.compare->setIdentityCurve(s.compareIdentity);
    m.sparsity->setFunction(s.sparsityFunction);
    m.sparsity->setNeurons(s.neurons);
    m.sparsity->setSeed(s.seed);
    m.sparsity->setThreshold(s.threshold);
}

QByteArray toJson(const Scenario& s)
{
    const al::Activation& a = *al::findActivation(s.function.toStdString());
    QJsonObject parameters;
    for (std::size_t i = 0; i < a.parameters.size(); ++i)
        parameters.insert(keyString(a.parameters[i].key), s.parameters[i]);
    const QJsonObject explorer{
        {QStringLiteral("function"), s.function},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("neuron"), QJsonObject{{QStringLiteral("inputs"), numbers(s.neuron.inputs())},
                                               {QStringLiteral("weights"), numbers(s.neuron.weights())},
                                               {QStringLiteral("bias"), s.neuron.bias()}}},
        {QStringLiteral("epsilon"), s.epsilon},
        {QStringLiteral("view"), QJsonObject{{QStringLiteral("zMin"), s.view.zMin}, {QStringLiteral("zMax"), s.view.zMax},
                                             {QStringLiteral("yMin"), s.view.yMin}, {QStringLiteral("yMax"), s.view.yMax}}},
        {QStringLiteral("showDerivative"), s.showDerivative},
        {QStringLiteral("showTangent"), s.showTangent}};
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), Scenario::kVersion},
        {QStringLiteral("tab"), s.tab},
        {QStringLiteral("explorer"), explorer},
        {QStringLiteral("softmax"), QJsonObject{{QStringLiteral("logits"), numbers(s.logits)},
                                                {QStringLiteral("temperature"), s.temperature},
                                                {QStringLiteral("log"), s.logSoftmax},
                                                {QStringLiteral("focus"), s.focus + 1}}},
        {QStringLiteral("depth"), QJsonObject{{QStringLiteral("functions"), QJsonArray::fromStringList(s.depthFunctions)},
                                              {QStringLiteral("layers"), s.layers},
                                              {QStringLiteral("weight"), s.weight},
                                              {QStringLiteral("z0"), s.z0},
                                              {QStringLiteral("bias"), s.bias},
                                              {QStringLiteral("forwardPass"), s.forwardPass},
                                              {QStringLiteral("linearC"), s.linearC}}},
        {QStringLiteral("compare"), QJsonObject{{QStringLiteral("functions"), QJsonArray::fromStringList(s.compareFunctions)},
                                                {QStringLiteral("derivatives"), s.compareDerivatives},
                                                {QStringLiteral("identity"), s.compareIdentity}}},
        {QStringLiteral("sparsity"), QJsonObject{{QStringLiteral("function"), s.sparsityFunction},
                                                 {QStringLiteral("neurons"), s.neurons},
                                                 {QStringLiteral("seed"), static_cast<double>(s.seed)},
                                                 {QStringLiteral("threshold"), s.threshold}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Loaded fromJson(const QByteArray& json)
{
    if (json.size() > Scenario::kMaxFileSize)
        return {std::nullopt, translated(QT_TRANSLATE_NOOP("Scenario", "the file is larger than 1 MiB"))};
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {std::nullopt, translated(QT_TRANSLATE_NOOP("Scenario", "it is not valid JSON (%1 at byte %2)"))
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset)};
    if (!document.isObject() || document.object().value(QStringLiteral("format")).toString() != kFormat)
        return {std::nullopt, translated(QT_TRANSLATE_NOOP("Scenario", "it is not an ActivationLab scenario"))};
    try {
        const Reader root(document.object(), QString(),
                          {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("tab"), QStringLiteral("explorer"),
                           QStringLiteral("softmax"), QStringLiteral("depth"), QStringLiteral("compare"), QStringLiteral("sparsity")});
        const QJsonValue version = root.json().value(QStringLiteral("version"));
        if (!version.isDouble() || version.toDouble() != Scenario::kVersion)
            return {std::nullopt, translated(QT_TRANSLATE_NOOP("Scenario", "its format version %1 is not the version %2 this program reads"))
                                      .arg(version.isDouble() ? QString::number(version.toDouble()) : QStringLiteral("?"))
                                      .arg(Scenario::kVersion)};
        Scenario s = defaults();
        if (root.has(QStringLiteral("tab"))) {
            s.tab = root.string(QStringLiteral("tab"));
            if (!kTabs.contains(s.tab))
                throw Invalid{translated(QT_TRANSLATE_NOOP("Scenario", "unknown tab “%1”")).arg(s.tab.left(40))};
        }
        if (root.has(QStringLiteral("explorer")))
            readExplorer(root.object(QStringLiteral("explorer"),
                                     {QStringLiteral("function"), QStringLiteral("parameters"), QStringLiteral("neuron"), QStringLiteral("epsilon"),
                                      QStringLiteral("view"), QStringLiteral("showDerivative"), QStringLiteral("showTangent")}),
                         s);
        if (root.has(QStringLiteral("softmax")))
            readSoftmax(root.object(QStringLiteral("softmax"),
                                    {QStringLiteral("logits"), QStringLiteral("temperature"), QStringLiteral("log"), QStringLiteral("focus")}),
                        s);
        if (root.has(QStringLiteral("depth")))
            readDepth(root.object(QStringLiteral("depth"), {QStringLiteral("functions"), QStringLiteral("layers"), QStringLiteral("weight"),
                                                            QStringLiteral("z0"), QStringLiteral("bias"), QStringLiteral("forwardPass"),
                                                            QStringLiteral("linearC")}),
                      s);
        if (root.has(QStringLiteral("compare")))
            readCompare(root.object(QStringLiteral("compare"), {QStringLiteral("functions"), QStringLiteral("derivatives"), QStringLiteral("identity")}), s);
        if (root.has(QStringLiteral("sparsity")))
            readSparsity(root.object(QStringLiteral("sparsity"),
                                     {QStringLiteral("function"), QStringLiteral("neurons"), QStringLiteral("seed"), QStringLiteral("threshold")}),
                         s);
        return {s, QString()};
    } catch (const Invalid& invalid) {
        return {std::nullopt, invalid.message};
    }
}

Loaded load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, file.errorString()};
    if (file.size() > Scenario::kMaxFileSize)
        return {std::nullopt, translated(QT_TRANSLATE_NOOP("Scenario", "the file is larger than 1 MiB"))};
    // Read one byte more than allowed: a file that grows while we read is still refused.
    const QByteArray data = file.read(Scenario::kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return {std::nullopt, file.errorString()};
    return fromJson(data);
}

bool save(const Scenario& scenario, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray json = toJson(scenario);
    if (file.write(json) != json.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

}  // namespace Scenarios
