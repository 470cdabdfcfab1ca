// SPDX-License-Identifier: MIT
#pragma once

#include "core/gradientchain.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <vector>

// The depth lesson: a stack of L layers of one activation, weight w, starting pre-activation z0,
// for up to four functions side by side; and the collapse of a linear stack into one layer.
class DepthModel : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxFunctions = 4;
    static constexpr int kMaxLayers = 50;

    explicit DepthModel(QObject* parent = nullptr);

    QStringList functions() const { return m_functions; }  // catalog keys, at most four
    int layers() const { return m_settings.layers; }
    double weight() const { return m_settings.weight; }
    double z0() const { return m_settings.z0; }
    double bias() const { return m_settings.bias; }
    bool forwardPass() const { return m_settings.mode == al::ChainMode::ForwardPass; }

    void setFunction(int slot, const QString& key);  // empty key clears the slot
    void setLayers(int layers);
    void setWeight(double w);
    void setZ0(double z0);
    void setBias(double b);
    void setForwardPass(bool on);
    void reset();

    // The gradient reaching each layer, from core/'s chain, per function.
    al::GradientChain chain(const QString& key) const;
    // L layers y = c·(w·x + b) of the linear function (c its coefficient) are one layer W·x + B.
    al::LinearLayer linearStack() const;
    double linearCoefficient() const { return m_linearC; }
    void setLinearCoefficient(double c);
    // The stack applied layer by layer to x (what the collapse must equal).
    double stackOutput(double x) const;

signals:
    void changed();

private:
    QStringList m_functions{QStringLiteral("sigmoid"), QStringLiteral("tanh"), QStringLiteral("relu")};
    al::ChainSettings m_settings{10, 1.0, 0.0, 0.0, al::ChainMode::SameOperatingPoint};
    double m_linearC = 1.0;
};
