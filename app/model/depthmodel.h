// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/statemodel.h"
#include "core/gradientchain.h"

#include <QString>
#include <QStringList>

// The depth lesson: a stack of L layers of one activation, weight w, starting pre-activation z0,
// for up to four functions side by side; and the collapse of a linear stack into one layer
// (the settings "depth.*" of the schema).
class DepthModel : public StateModel {
    Q_OBJECT
public:
    explicit DepthModel(LabState* state = nullptr, QObject* parent = nullptr);

    static int maxFunctions();
    static int maxLayers();

    QStringList functions() const { return m_state->texts("depth.functions"); }  // catalog keys, "" for an empty slot
    int layers() const { return static_cast<int>(m_state->number("depth.layers")); }
    double weight() const { return m_state->number("depth.weight"); }
    double z0() const { return m_state->number("depth.z0"); }
    double bias() const { return m_state->number("depth.bias"); }
    bool forwardPass() const { return m_state->boolean("depth.forwardPass"); }
    double linearCoefficient() const { return m_state->number("depth.linearC"); }

    void setFunction(int slot, const QString& key);  // empty key clears the slot
    void setLayers(int layers);
    void setWeight(double w);
    void setZ0(double z0);
    void setBias(double b);
    void setForwardPass(bool on);
    void setLinearCoefficient(double c);

    // The gradient reaching each layer, from core/'s chain, per function.
    al::GradientChain chain(const QString& key) const;
    // The chain's settings, and the parameters a function uses in the stack (its defaults, with
    // the linear coefficient c for the linear function).
    al::ChainSettings settings() const;
    al::ParameterValues parameters(const al::Activation& activation) const;
    // L layers y = c·(w·x + b) of the linear function (c its coefficient) are one layer W·x + B.
    al::LinearLayer linearStack() const;
    // The stack applied layer by layer to x (what the collapse must equal).
    double stackOutput(double x) const;

signals:
    void changed();

protected:
    void sectionChanged(const LabState::Keys&) override { emit changed(); }

};
