// SPDX-License-Identifier: MIT
#include "app/model/explorermodel.h"

#include "core/catalog.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double kDefaultZMin = -6.0;
constexpr double kDefaultZMax = 6.0;
// The fitted y range never grows beyond this, so the exponential does not flatten everything.
constexpr double kFitLimit = 8.0;

}  // namespace

ExplorerModel::ExplorerModel(QObject* parent) : QObject(parent)
{
    m_activation = al::findActivation("sigmoid");
    m_functionIndex = static_cast<int>(m_activation - al::catalog().data());
    m_parameters = m_activation->defaults();
    m_view = fittedView(kDefaultZMin, kDefaultZMax);
    updateRegions();
}

QString ExplorerModel::functionKey() const
{
    return QString::fromUtf8(m_activation->key.data(), static_cast<qsizetype>(m_activation->key.size()));
}

bool ExplorerModel::setFunction(const QString& key)
{
    const al::Activation* a = al::findActivation(key.toStdString());
    if (!a)
        return false;
    setFunctionIndex(static_cast<int>(a - al::catalog().data()));
    return true;
}

void ExplorerModel::setFunctionIndex(int index)
{
    const int count = static_cast<int>(al::catalog().size());
    index = std::clamp(index, 0, count - 1);
    if (index == m_functionIndex)
        return;
    m_functionIndex = index;
    m_activation = &al::catalog()[static_cast<std::size_t>(index)];
    m_parameters = m_activation->defaults();
    // Keep the z range the user chose, fit y to the new curve.
    m_view = fittedView(m_view.zMin, m_view.zMax);
    updateRegions();
    emitChanged(FunctionChanged | ParametersChanged | ViewChanged);
}

void ExplorerModel::setParameter(int index, double value)
{
    if (index < 0 || index >= static_cast<int>(m_parameters.size()) || !std::isfinite(value))
        return;
    const al::Parameter& p = m_activation->parameters[static_cast<std::size_t>(index)];
    value = std::clamp(value, p.min, p.max);
    double& current = m_parameters[static_cast<std::size_t>(index)];
    if (current == value)
        return;
    current = value;
    updateRegions();
    emitChanged(ParametersChanged);
}

void ExplorerModel::setInputCount(int count)
{
    const std::size_t n = static_cast<std::size_t>(std::clamp(count, int(al::Neuron::kMinInputs), int(al::Neuron::kMaxInputs)));
    if (n == m_neuron.inputCount())
        return;
    m_neuron.setInputCount(n);
    emitChanged(NeuronChanged);
}

void ExplorerModel::setInput(int i, double x)
{
    if (i < 0 || i >= static_cast<int>(m_neuron.inputCount()) || !std::isfinite(x) || m_neuron.input(std::size_t(i)) == x)
        return;
    m_neuron.setInput(std::size_t(i), x);
    emitChanged(NeuronChanged);
}

void ExplorerModel::setWeight(int i, double w)
{
    if (i < 0 || i >= static_cast<int>(m_neuron.inputCount()) || !std::isfinite(w) || m_neuron.weight(std::size_t(i)) == w)
        return;
    m_neuron.setWeight(std::size_t(i), w);
    emitChanged(NeuronChanged);
}

void ExplorerModel::setBias(double b)
{
    if (!std::isfinite(b) || m_neuron.bias() == b)
        return;
    m_neuron.setBias(b);
    emitChanged(NeuronChanged);
}

void ExplorerModel::setNeuron(const al::Neuron& neuron)
{
    if (neuron == m_neuron)
        return;
    m_neuron = neuron;
    emitChanged(NeuronChanged);
}

void ExplorerModel::resetNeuron()
{
    setNeuron(al::Neuron());
}

void ExplorerModel::setEpsilon(double epsilon)
{
    if (!std::isfinite(epsilon) || epsilon < 0 || epsilon == m_epsilon)
        return;
    m_epsilon = epsilon;
    updateRegions();
    emitChanged(EpsilonChanged);
}

void ExplorerModel::setView(const ViewRange& view)
{
    const bool valid = std::isfinite(view.zMin) && std::isfinite(view.zMax) && std::isfinite(view.yMin) &&
                       std::isfinite(view.yMax) && view.zMax - view.zMin >= kMinSpan * 0.999 &&
                       view.zMax - view.zMin <= kMaxSpan * 1.001 && view.yMax > view.yMin &&
                       // Panned far away there is nothing to learn, and the axes lose their digits.
                       std::fabs(view.zMin) <= kMaxCoordinate && std::fabs(view.zMax) <= kMaxCoordinate &&
                       std::fabs(view.yMin) <= kMaxCoordinate && std::fabs(view.yMax) <= kMaxCoordinate;
    if (!valid || view == m_view)
        return;
    m_view = view;
    updateRegions();
    emitChanged(ViewChanged);
}

void ExplorerModel::resetView()
{
    setView(fittedView(kDefaultZMin, kDefaultZMax));
}

void ExplorerModel::zoom(double factor, double centerZ, double centerY)
{
    if (!(factor > 0) || !std::isfinite(factor))
        return;
    const double span = m_view.zMax - m_view.zMin;
    const double newSpan = std::clamp(span * factor, kMinSpan, kMaxSpan);
    const double f = newSpan / span;  // the factor actually applied, the same on both axes
    ViewRange v;
    v.zMin = centerZ - (centerZ - m_view.zMin) * f;
    v.zMax = centerZ + (m_view.zMax - centerZ) * f;
    v.yMin = centerY - (centerY - m_view.yMin) * f;
    v.yMax = centerY + (m_view.yMax - centerY) * f;
    setView(v);
}

void ExplorerModel::pan(double dz, double dy)
{
    setView({m_view.zMin + dz, m_view.zMax + dz, m_view.yMin + dy, m_view.yMax + dy});
}

void ExplorerModel::setShowDerivative(bool on)
{
    if (on == m_showDerivative)
        return;
    m_showDerivative = on;
    emitChanged(DisplayChanged);
}

void ExplorerModel::setShowTangent(bool on)
{
    if (on == m_showTangent)
        return;
    m_showTangent = on;
    emitChanged(DisplayChanged);
}

GradientZone ExplorerModel::zoneAt(double z) const
{
    const auto jumps = m_activation->jumps(m_parameters);
    if (std::find(jumps.begin(), jumps.end(), z) != jumps.end())
        return GradientZone::Undefined;  // the step's derivative at its threshold
    if (al::contains(m_activation->deadIntervals(m_parameters), z))
        return GradientZone::Dead;
    const double slope = std::fabs(m_activation->evaluate(z, m_parameters).df);
    return slope < m_epsilon ? GradientZone::Vanishing : GradientZone::Learning;
}

ViewRange ExplorerModel::fittedView(double zMin, double zMax) const
{
    double lo = 0.0;
    double hi = 1.0;
    constexpr int kSamples = 400;
    for (int i = 0; i <= kSamples; ++i) {
        const double at = zMin + (zMax - zMin) * i / kSamples;
        const al::FunctionValues v = m_activation->evaluate(at, m_parameters);
        for (double y : {v.f, v.df}) {
            if (std::isfinite(y)) {
                lo = std::min(lo, std::max(y, -kFitLimit));
                hi = std::max(hi, std::min(y, kFitLimit));
            }
        }
    }
    const double pad = 0.12 * (hi - lo);
    return {zMin, zMax, lo - pad, hi + pad};
}

void ExplorerModel::emitChanged(Changes what)
{
    emit changed(what);
}

void ExplorerModel::updateRegions()
{
    m_regions = al::findGradientRegions(*m_activation, m_parameters, m_epsilon, m_view.zMin, m_view.zMax);
}
