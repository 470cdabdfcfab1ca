// SPDX-License-Identifier: MIT
#pragma once

#include "core/sparsity.h"

#include <QObject>
#include <QString>

// The sparsity lesson: a layer of many neurons with random weights (seeded) fed one random input;
// how many of them are active for the chosen activation.
class SparsityModel : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultNeurons = 1000;
    static constexpr int kInputs = 16;
    static constexpr quint64 kDefaultSeed = 42;
    static constexpr double kDefaultThreshold = 0.01;

    explicit SparsityModel(QObject* parent = nullptr);

    QString function() const { return m_function; }
    int neurons() const { return m_neurons; }
    quint64 seed() const { return m_seed; }
    double threshold() const { return m_threshold; }

    void setFunction(const QString& key);
    void setNeurons(int n);  // 10 … 100,000
    void setSeed(quint64 seed);
    void setThreshold(double t);  // |f| > t counts as active
    void reset();

    const al::LayerSample& layer() const { return m_layer; }
    double activeFraction() const;

signals:
    void changed();

private:
    void resample();

    QString m_function = QStringLiteral("relu");
    int m_neurons = kDefaultNeurons;
    quint64 m_seed = kDefaultSeed;
    double m_threshold = kDefaultThreshold;
    al::LayerSample m_layer;
};
