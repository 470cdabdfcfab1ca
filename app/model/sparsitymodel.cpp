// SPDX-License-Identifier: MIT
#include "app/model/sparsitymodel.h"

#include "core/catalog.h"

#include <algorithm>
#include <cmath>

SparsityModel::SparsityModel(QObject* parent) : QObject(parent)
{
    resample();
}

void SparsityModel::setFunction(const QString& key)
{
    if (key == m_function || al::findActivation(key.toStdString()) == nullptr)
        return;
    m_function = key;
    resample();
}

void SparsityModel::setNeurons(int n)
{
    n = std::clamp(n, 10, 100000);
    if (n == m_neurons)
        return;
    m_neurons = n;
    resample();
}

void SparsityModel::setSeed(quint64 seed)
{
    if (seed == m_seed)
        return;
    m_seed = seed;
    resample();
}

void SparsityModel::setThreshold(double t)
{
    if (!std::isfinite(t) || t < 0 || t == m_threshold)
        return;
    m_threshold = t;
    emit changed();
}

void SparsityModel::reset()
{
    m_function = QStringLiteral("relu");
    m_neurons = kDefaultNeurons;
    m_seed = kDefaultSeed;
    m_threshold = kDefaultThreshold;
    resample();
}

double SparsityModel::activeFraction() const
{
    return al::activeFraction(m_layer.outputs, m_threshold);
}

void SparsityModel::resample()
{
    const al::Activation& a = *al::findActivation(m_function.toStdString());
    m_layer = al::sampleLayer(a, a.defaults(), m_neurons, kInputs, m_seed);
    emit changed();
}
