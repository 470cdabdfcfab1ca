// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/statemodel.h"
#include "core/sparsity.h"

#include <QString>

// The sparsity lesson: a layer of many neurons with random weights (seeded) fed one random input;
// how many of them are active for the chosen activation (the settings "sparsity.*").
class SparsityModel : public StateModel {
    Q_OBJECT
public:
    static constexpr int kInputs = 16;

    explicit SparsityModel(LabState* state = nullptr, QObject* parent = nullptr);

    QString function() const { return m_state->text("sparsity.function"); }
    int neurons() const { return static_cast<int>(m_state->number("sparsity.neurons")); }
    quint64 seed() const { return static_cast<quint64>(m_state->number("sparsity.seed")); }
    double threshold() const { return m_state->number("sparsity.threshold"); }

    void setFunction(const QString& key);
    void setNeurons(int n);
    void setSeed(quint64 seed);
    void setThreshold(double t);  // |f| > t counts as active
    // Another random layer: the next seed of core's generator.
    void reroll();

    const al::LayerSample& layer() const { return m_layer; }
    double activeFraction() const;

signals:
    void changed();

protected:
    void sectionChanged(const LabState::Keys& keys) override;

private:
    void resample();

    al::LayerSample m_layer;
};
