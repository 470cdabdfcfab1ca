// SPDX-License-Identifier: MIT
#include "app/model/comparemodel.h"

#include "core/catalog.h"
#include "core/sparsity.h"

CompareModel::CompareModel(QObject* parent) : QObject(parent) {}

void CompareModel::setSelected(const QString& key, bool on)
{
    if (al::findActivation(key.toStdString()) == nullptr || m_functions.contains(key) == on)
        return;
    if (on) {
        // Keep the catalog's order, so colours do not shuffle as boxes are ticked.
        QStringList ordered;
        for (const al::Activation& a : al::catalog()) {
            const QString k = QString::fromUtf8(a.key.data(), static_cast<qsizetype>(a.key.size()));
            if (k == key || m_functions.contains(k))
                ordered.append(k);
        }
        m_functions = ordered;
    } else {
        m_functions.removeAll(key);
    }
    emit changed();
}

void CompareModel::setFunctions(const QStringList& keys)
{
    QStringList valid;
    for (const QString& k : keys)
        if (al::findActivation(k.toStdString()) != nullptr && !valid.contains(k))
            valid.append(k);
    if (valid == m_functions)
        return;
    m_functions = valid;
    emit changed();
}

void CompareModel::setDerivatives(bool on)
{
    if (on == m_derivatives)
        return;
    m_derivatives = on;
    emit changed();
}

void CompareModel::setIdentityCurve(bool on)
{
    if (on == m_identity)
        return;
    m_identity = on;
    emit changed();
}

void CompareModel::applyPreset(Preset preset)
{
    const auto list = [](std::initializer_list<const char*> keys) {
        QStringList l;
        for (const char* k : keys)
            l.append(QString::fromLatin1(k));
        return l;
    };
    switch (preset) {
    case Preset::SigmoidTanh:
        m_functions = list({"sigmoid", "tanh"});
        m_identity = true;
        break;
    case Preset::ReluFamily:
        m_functions = list({"relu", "leaky_relu", "prelu", "elu"});
        m_identity = false;
        break;
    case Preset::HardSigmoid:
        m_functions = list({"sigmoid", "hard_sigmoid"});
        m_identity = false;
        break;
    case Preset::SmoothRelus:
        m_functions = list({"gelu", "silu", "mish"});
        m_identity = false;
        break;
    }
    emit changed();
}

std::vector<al::CurvePoint> CompareModel::curve(const QString& key, double widthPx, double heightPx, double yMin, double yMax) const
{
    const al::Activation* a = al::findActivation(key.toStdString());
    if (!a)
        return {};
    const al::Viewport viewport{-kRange, kRange, yMin, yMax, widthPx, heightPx};
    return al::sampleCurve(*a, a->defaults(), m_derivatives ? al::Curve::Derivative : al::Curve::Value, viewport);
}

double CompareModel::identityValue(double z, bool derivative)
{
    const al::FunctionValues s = al::findActivation("sigmoid")->evaluate(2.0 * z, {});
    return derivative ? 4.0 * s.df : 2.0 * s.f - 1.0;
}

std::pair<double, double> CompareModel::maxSlope(const QString& key) const
{
    const al::Activation* a = al::findActivation(key.toStdString());
    if (!a)
        return {0.0, 0.0};
    const al::SlopeMaximum m = al::maxSlope(*a, a->defaults(), -kRange, kRange);
    return {m.z, m.slope};
}
