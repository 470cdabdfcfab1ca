// SPDX-License-Identifier: MIT
#pragma once

#include "core/activation.h"
#include "app/model/explorermodel.h"
#include "core/neuron.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class CompareModel;
class DepthModel;
class SoftmaxModel;
class SparsityModel;

// The models a scenario covers; all must be set.
struct ModelSet {
    ExplorerModel* explorer = nullptr;
    SoftmaxModel* softmax = nullptr;
    DepthModel* depth = nullptr;
    CompareModel* compare = nullptr;
    SparsityModel* sparsity = nullptr;
};

// The whole state of a lesson, as saved in a .alab file (versioned JSON, see README).
struct Scenario {
    static constexpr int kVersion = 1;
    static constexpr qint64 kMaxFileSize = qint64{1024} * 1024;

    QString tab = QStringLiteral("neuron");  // neuron, softmax, depth, compare, sparsity
    // Explorer
    QString function;
    al::ParameterValues parameters;
    al::Neuron neuron;
    double epsilon = 0.01;
    ViewRange view;
    bool showDerivative = true;
    bool showTangent = true;
    // Softmax
    std::vector<double> logits;
    double temperature = 1.0;
    bool logSoftmax = false;
    int focus = 0;
    // Depth
    QStringList depthFunctions;
    int layers = 10;
    double weight = 1.0;
    double z0 = 0.0;
    double bias = 0.0;
    bool forwardPass = false;
    double linearC = 1.0;
    // Compare
    QStringList compareFunctions;
    bool compareDerivatives = false;
    bool compareIdentity = true;
    // Sparsity
    QString sparsityFunction;
    int neurons = 1000;
    quint64 seed = 42;
    double threshold = 0.01;

    friend bool operator==(const Scenario&, const Scenario&) = default;
};

// Reading and writing scenarios. Reading validates everything before anything is applied, so a
// bad file leaves the current state exactly as it was; errors come back as one sentence in the
// UI language.
namespace Scenarios {

static const QStringList kTabs{QStringLiteral("neuron"), QStringLiteral("softmax"), QStringLiteral("depth"),
                               QStringLiteral("compare"), QStringLiteral("sparsity")};

Scenario capture(const ModelSet& models, const QString& tab);
void apply(const Scenario& scenario, const ModelSet& models);
Scenario defaults();

QByteArray toJson(const Scenario& scenario);

struct Loaded {
    std::optional<Scenario> scenario;
    QString error;  // empty on success
};
Loaded fromJson(const QByteArray& json);
Loaded load(const QString& path);  // also refuses files over 1 MiB before reading them
// Written through QSaveFile: the old file survives any failure.
bool save(const Scenario& scenario, const QString& path, QString* error);

}  // namespace Scenarios
