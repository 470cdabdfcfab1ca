// SPDX-License-Identifier: MIT
#include "app/model/depthmodel.h"

#include "core/catalog.h"
#include "core/state/schema.h"

DepthModel::DepthModel(LabState* state, QObject* parent) : StateModel(state, "depth", parent) {}

int DepthModel::maxFunctions()
{
    return al::state::spec("depth.functions").maxCount;
}

int DepthModel::maxLayers()
{
    return static_cast<int>(al::state::spec("depth.layers").max);
}

void DepthModel::setFunction(int slot, const QString& key)
{
    if (slot < 0 || slot >= maxFunctions())
        return;
    QStringList updated = functions();
    while (updated.size() <= slot)
        updated.append(QString());
    updated[slot] = key;
    // Trailing empty slots are no slots: the file and the chart list only what is chosen.
    while (!updated.isEmpty() && updated.last().isEmpty())
        updated.removeLast();
    m_state->set("depth.functions", LabState::toStd(updated));
}

void DepthModel::setLayers(int layers)
{
    m_state->set("depth.layers", clamped("depth.layers", layers));
}

void DepthModel::setWeight(double w)
{
    m_state->set("depth.weight", clamped("depth.weight", w));
}

void DepthModel::setZ0(double z0)
{
    m_state->set("depth.z0", clamped("depth.z0", z0));
}

void DepthModel::setBias(double b)
{
    m_state->set("depth.bias", clamped("depth.bias", b));
}

void DepthModel::setForwardPass(bool on)
{
    m_state->set("depth.forwardPass", on);
}

void DepthModel::setLinearCoefficient(double c)
{
    m_state->set("depth.linearC", clamped("depth.linearC", c));
}

al::ChainSettings DepthModel::settings() const
{
    return {layers(), weight(), z0(), bias(), forwardPass() ? al::ChainMode::ForwardPass : al::ChainMode::SameOperatingPoint};
}

al::GradientChain DepthModel::chain(const QString& key) const
{
    const al::Activation* a = al::findActivation(key.toStdString());
    if (!a)
        return {};
    return al::gradientChain(*a, parameters(*a), settings());
}

al::ParameterValues DepthModel::parameters(const al::Activation& activation) const
{
    al::ParameterValues p = activation.defaults();
    if (activation.key == "linear")
        p[0] = linearCoefficient();
    return p;
}

al::LinearLayer DepthModel::linearStack() const
{
    return al::collapseLinearStack(linearCoefficient(), weight(), bias(), layers());
}

double DepthModel::stackOutput(double x) const
{
    const double c = linearCoefficient();
    const double w = weight();
    const double b = bias();
    for (int k = 0; k < layers(); ++k)
        x = c * (w * x + b);
    return x;
}
