// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/statemodel.h"
#include "core/curvesampler.h"
#include "core/state/document.h"

#include <QHash>
#include <QStringList>

#include <utility>

// The comparison lesson: several functions (or their derivatives) on one chart, with the
// lecture's pairs as presets and the identity tanh(z) = 2σ(2z) − 1 as an extra curve (the
// settings "compare.*" of the schema).
class CompareModel : public StateModel {
    Q_OBJECT
public:
    enum class Preset { SigmoidTanh, ReluFamily, HardSigmoid, SmoothRelus };
    static constexpr double kRange = 6.0;  // z in [-6, 6]

    explicit CompareModel(LabState* state = nullptr, QObject* parent = nullptr);

    QStringList functions() const { return m_state->texts("compare.functions"); }
    bool derivatives() const { return m_state->boolean("compare.derivatives"); }
    bool identityCurve() const { return m_state->boolean("compare.identity"); }

    void setSelected(const QString& key, bool on);
    void setFunctions(const QStringList& keys);  // unknown keys and repeats are left out
    void setDerivatives(bool on);
    void setIdentityCurve(bool on);
    void applyPreset(Preset preset);
    // A preset is a change of the state, so the tour can use it too.
    static al::state::Patch presetPatch(Preset preset);

    // f (or f') of one function over [-6, 6], sampled by core/ for a chart of this pixel size.
    std::vector<al::CurvePoint> curve(const QString& key, double widthPx, double heightPx, double yMin, double yMax) const;
    // The largest |f'| on [-6, 6] and where.
    std::pair<double, double> maxSlope(const QString& key) const;

signals:
    void changed();

protected:
    void sectionChanged(const LabState::Keys&) override { emit changed(); }

private:
    // maxSlope by key: it depends on the function alone (its default parameters), and a search
    // over [-6, 6] costs ~0.3 M instructions, at every preset switch for every function.
    mutable QHash<QString, std::pair<double, double>> m_maxSlopes;
};
