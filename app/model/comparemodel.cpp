// SPDX-License-Identifier: MIT
#include "app/model/comparemodel.h"

#include "core/catalog.h"
#include "core/sparsity.h"

CompareModel::CompareModel(LabState* state, QObject* parent) : StateModel(state, "compare", parent) {}

void CompareModel::setSelected(const QString& key, bool on)
{
    const QStringList current = functions();
    if (al::findActivation(key.toStdString()) == nullptr || current.contains(key) == on)
        return;
    // Keep the catalog's order, so colours do not shuffle as boxes are ticked.
    QStringList ordered;
    for (const al::Activation& a : al::catalog()) {
        const QString k = QString::fromUtf8(a.key.data(), static_cast<qsizetype>(a.key.size()));
        if (k == key ? on : current.contains(k))
            ordered.append(k);
    }
    m_state->set("compare.functions", LabState::toStd(ordered));
}

void CompareModel::setFunctions(const QStringList& keys)
{
    QStringList valid;
    for (const QString& k : keys)
        if (al::findActivation(k.toStdString()) != nullptr && !valid.contains(k))
            valid.append(k);
    m_state->set("compare.functions", LabState::toStd(valid));
}

void CompareModel::setDerivatives(bool on)
{
    m_state->set("compare.derivatives", on);
}

void CompareModel::setIdentityCurve(bool on)
{
    m_state->set("compare.identity", on);
}

al::state::Patch CompareModel::presetPatch(Preset preset)
{
    using Names = std::vector<std::string>;
    const auto patch = [](Names functions, bool identity) {
        return al::state::Patch{{"compare.functions", std::move(functions)}, {"compare.identity", identity}};
    };
    switch (preset) {
    case Preset::SigmoidTanh:
        return patch({"sigmoid", "tanh"}, true);
    case Preset::ReluFamily:
        return patch({"relu", "leaky_relu", "prelu", "elu"}, false);
    case Preset::HardSigmoid:
        return patch({"sigmoid", "hard_sigmoid"}, false);
    case Preset::SmoothRelus:
        return patch({"gelu", "silu", "mish"}, false);
    }
    return {};
}

void CompareModel::applyPreset(Preset preset)
{
    m_state->apply(presetPatch(preset));
}

std::vector<al::CurvePoint> CompareModel::curve(const QString& key, double widthPx, double heightPx, double yMin, double yMax) const
{
    const al::Activation* a = al::findActivation(key.toStdString());
    if (!a)
        return {};
    const al::Viewport viewport{{-kRange, kRange, yMin, yMax}, widthPx, heightPx};
    return al::sampleCurve(*a, a->defaults(), derivatives() ? al::Curve::Derivative : al::Curve::Value, viewport);
}

std::pair<double, double> CompareModel::maxSlope(const QString& key) const
{
    if (const auto known = m_maxSlopes.constFind(key); known != m_maxSlopes.cend())
        return *known;
    const al::Activation* a = al::findActivation(key.toStdString());
    if (!a)
        return {0.0, 0.0};
    const al::SlopeMaximum m = al::maxSlope(*a, a->defaults(), -kRange, kRange);
    return m_maxSlopes[key] = {m.z, m.slope};
}
