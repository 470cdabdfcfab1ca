// SPDX-License-Identifier: MIT
#include "app/model/depthmodel.h"

#include "core/catalog.h"

#include <algorithm>
#include <cmath>

DepthModel::DepthModel(QObject* parent) : QObject(parent) {}

void DepthModel::setFunction(int slot, const QString& key)
{
    if (slot < 0 || slot >= kMaxFunctions || (!key.isEmpty() && al::findActivation(key.toStdString()) == nullptr))
        return;
    QStringList updated = m_functions;
    while (updated.size() <= slot)
        updated.append(QString());
    updated[slot] = key;
    while (!updated.isEmpty() && updated.last().isEmpty())
        updated.removeLast();
    if (updated == m_functions)
        return;
    m_functions = updated;
    emit changed();
}

void DepthModel::setLayers(int layers)
{
    layers = std::clamp(layers, 1, kMaxLayers);
    if (layers == m_settings.layers)
        return;
    m_settings.layers = layers;
    emit changed();
}

void DepthModel::setWeight(double w)
{
    if (!std::isfinite(w) || w == m_settings.weight)
        return;
    m_settings.weight = w;
    emit changed();
}

void DepthModel::setZ0(double z0)
{
    if (!std::isfinite(z0) || z0 == m_settings.z0)
        return;
    m_settings.z0 = z0;
    emit changed();
}

void DepthModel::setBias(double b)
{
    if (!std::isfinite(b) || b == m_settings.bias)
        return;
    m_settings.bias = b;
    emit changed();
}

void DepthModel::setForwardPass(bool on)
{
    const al::ChainMode mode = on ? al::ChainMode::ForwardPass : al::ChainMode::SameOperatingPoint;
    if (mode == m_settings.mode)
        return;
    m_settings.mode = mode;
    emit changed();
}

void DepthModel::setLinearCoefficient(double c)
{
    if (!std::isfinite(c) || c == m_linearC)
        return;
    m_linearC = c;
    emit changed();
}

void DepthModel::reset()
{
    m_functions = {QStringLiteral("sigmoid"), QStringLiteral("tanh"), QStringLiteral("relu")};
    m_settings = {10, 1.0, 0.0, 0.0, al::ChainMode::SameOperatingPoint};
    m_linearC = 1.0;
    emit changed();
}

al::GradientChain DepthModel::chain(const QString& key) const
{
    const al::Activation* a = al::findActivation(key.toStdString());
    if (!a)
        return {};
    al::ParameterValues p = a->defaults();
    if (a->key == "linear")
        p[0] = m_linearC;
    return al::gradientChain(*a, p, m_settings);
}

al::LinearLayer DepthModel::linearStack() const
{
    return al::collapseLinearStack(m_linearC, m_settings.weight, m_settings.bias, m_settings.layers);
}

double DepthModel::stackOutput(double x) const
{
    for (int k = 0; k < m_settings.layers; ++k)
        x = m_linearC * (m_settings.weight * x + m_settings.bias);
    return x;
}
