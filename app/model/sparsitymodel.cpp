// SPDX-License-Identifier: MIT
#include "app/model/sparsitymodel.h"

#include "core/catalog.h"
#include "core/state/schema.h"

#include <algorithm>

SparsityModel::SparsityModel(LabState* state, QObject* parent) : StateModel(state, "sparsity", parent)
{
    resample();
}

void SparsityModel::setFunction(const QString& key)
{
    m_state->set("sparsity.function", key.toStdString());
}

void SparsityModel::setNeurons(int n)
{
    m_state->set("sparsity.neurons", clamped("sparsity.neurons", n));
}

void SparsityModel::setSeed(quint64 seed)
{
    m_state->set("sparsity.seed", clamped("sparsity.seed", static_cast<double>(seed)));
}

void SparsityModel::setThreshold(double t)
{
    m_state->set("sparsity.threshold", clamped("sparsity.threshold", t));
}

void SparsityModel::reroll()
{
    setSeed(al::nextSeed(seed(), static_cast<std::uint64_t>(al::state::spec("sparsity.seed").max)));
}

double SparsityModel::activeFraction() const
{
    return al::activeFraction(m_layer.outputs, threshold());
}

void SparsityModel::sectionChanged(const LabState::Keys& keys)
{
    // The threshold only recounts; everything else draws a new layer.
    if (std::any_of(keys.begin(), keys.end(), [](std::string_view k) { return k.substr(0, 9) == "sparsity." && k != "sparsity.threshold"; }))
        resample();
    else
        emit changed();
}

void SparsityModel::resample()
{
    const al::Activation& a = *al::findActivation(m_state->document().text("sparsity.function"));
    m_layer = al::sampleLayer(a, a.defaults(), neurons(), kInputs, seed());
    emit changed();
}
