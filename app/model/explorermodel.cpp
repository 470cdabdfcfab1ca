// SPDX-License-Identifier: MIT
#include "app/model/explorermodel.h"

#include "core/catalog.h"
#include "core/state/schema.h"

#include <algorithm>
#include <cmath>

namespace {

// What each setting of the explorer changes, for the views that redraw only what they must.
ExplorerModel::Changes changeOf(std::string_view key)
{
    if (key == "explorer.function")
        return ExplorerModel::FunctionChanged;
    if (key == "explorer.parameters")
        return ExplorerModel::ParametersChanged;
    if (key.substr(0, 16) == "explorer.neuron.")
        return ExplorerModel::NeuronChanged;
    if (key == "explorer.epsilon")
        return ExplorerModel::EpsilonChanged;
    if (key.substr(0, 14) == "explorer.view.")
        return ExplorerModel::ViewChanged;
    return ExplorerModel::DisplayChanged;
}

}  // namespace

ExplorerModel::ExplorerModel(LabState* state, QObject* parent) : StateModel(state, "explorer", parent)
{
    refresh(FunctionChanged | ParametersChanged | NeuronChanged | ViewChanged);
}

void ExplorerModel::sectionChanged(const LabState::Keys& keys)
{
    Changes what;
    for (std::string_view key : keys)
        if (key.substr(0, 9) == "explorer.")
            what |= changeOf(key);
    refresh(what);
    emit changed(what);
}

void ExplorerModel::refresh(Changes what)
{
    const al::state::Document& d = m_state->document();
    if (what & FunctionChanged) {
        m_activation = al::findActivation(d.text("explorer.function"));
        m_functionIndex = static_cast<int>(m_activation - al::catalog().data());
    }
    if (what & NeuronChanged)
        m_neuron = al::Neuron(d.numbers("explorer.neuron.inputs"), d.numbers("explorer.neuron.weights"), d.number("explorer.neuron.bias"));
    if (what & ViewChanged)
        m_view = {d.number("explorer.view.zMin"), d.number("explorer.view.zMax"), d.number("explorer.view.yMin"), d.number("explorer.view.yMax")};
    if (what & (CurveChanged | EpsilonChanged | ViewChanged))
        m_regions = al::findGradientRegions(*m_activation, parameters(), epsilon(), m_view.zMin, m_view.zMax);
}

QString ExplorerModel::functionKey() const
{
    return QString::fromUtf8(m_activation->key.data(), static_cast<qsizetype>(m_activation->key.size()));
}

bool ExplorerModel::setFunction(const QString& key)
{
    return !m_state->set("explorer.function", key.toStdString());
}

void ExplorerModel::setFunctionIndex(int index)
{
    const int count = static_cast<int>(al::catalog().size());
    setFunction(QString::fromUtf8(al::catalog()[static_cast<std::size_t>(std::clamp(index, 0, count - 1))].key.data()));
}

void ExplorerModel::setParameter(int index, double value)
{
    al::ParameterValues p = parameters();
    if (index < 0 || index >= static_cast<int>(p.size()) || std::isnan(value))
        return;
    const al::Parameter& spec = m_activation->parameters[static_cast<std::size_t>(index)];
    p[static_cast<std::size_t>(index)] = std::clamp(value, spec.min, spec.max);
    m_state->set("explorer.parameters", p);
}

void ExplorerModel::setNeuronLists(const std::vector<double>& inputs, const std::vector<double>& weights)
{
    m_state->apply({{"explorer.neuron.inputs", inputs}, {"explorer.neuron.weights", weights}});
}

void ExplorerModel::setInputCount(int count)
{
    al::Neuron n = m_neuron;
    n.setInputCount(static_cast<std::size_t>(std::max(count, 0)));
    setNeuronLists(n.inputs(), n.weights());
}

void ExplorerModel::setInput(int i, double x)
{
    if (i < 0 || i >= static_cast<int>(m_neuron.inputCount()))
        return;
    std::vector<double> inputs = m_neuron.inputs();
    inputs[static_cast<std::size_t>(i)] = clamped("explorer.neuron.inputs", x);
    m_state->set("explorer.neuron.inputs", inputs);
}

void ExplorerModel::setWeight(int i, double w)
{
    if (i < 0 || i >= static_cast<int>(m_neuron.inputCount()))
        return;
    std::vector<double> weights = m_neuron.weights();
    weights[static_cast<std::size_t>(i)] = clamped("explorer.neuron.weights", w);
    m_state->set("explorer.neuron.weights", weights);
}

void ExplorerModel::setBias(double b)
{
    m_state->set("explorer.neuron.bias", clamped("explorer.neuron.bias", b));
}

void ExplorerModel::setNeuron(const al::Neuron& neuron)
{
    m_state->apply({{"explorer.neuron.inputs", neuron.inputs()}, {"explorer.neuron.weights", neuron.weights()},
                    {"explorer.neuron.bias", neuron.bias()}});
}

void ExplorerModel::resetNeuron()
{
    setNeuron(al::Neuron());
}

void ExplorerModel::setEpsilon(double epsilon)
{
    m_state->set("explorer.epsilon", clamped("explorer.epsilon", epsilon));
}

void ExplorerModel::setView(const ViewRange& view)
{
    m_state->apply({{"explorer.view.zMin", view.zMin}, {"explorer.view.zMax", view.zMax},
                    {"explorer.view.yMin", view.yMin}, {"explorer.view.yMax", view.yMax}});
}

void ExplorerModel::resetView()
{
    const al::state::Document defaults;
    setView(fittedView(defaults.number("explorer.view.zMin"), defaults.number("explorer.view.zMax")));
}

void ExplorerModel::zoom(double factor, double centerZ, double centerY)
{
    if (!(factor > 0) || !std::isfinite(factor))
        return;
    const double span = m_view.zMax - m_view.zMin;
    const double newSpan = std::clamp(span * factor, al::state::kMinViewSpan, al::state::kMaxViewSpan);
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
    m_state->set("explorer.showDerivative", on);
}

void ExplorerModel::setShowTangent(bool on)
{
    m_state->set("explorer.showTangent", on);
}
