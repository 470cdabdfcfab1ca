// SPDX-License-Identifier: MIT
#pragma once

#include "core/curvesampler.h"

#include <QObject>
#include <QStringList>

// The comparison lesson: several functions (or their derivatives) on one chart, with the
// lecture's pairs as presets and the identity tanh(z) = 2σ(2z) − 1 as an extra curve.
class CompareModel : public QObject {
    Q_OBJECT
public:
    enum class Preset { SigmoidTanh, ReluFamily, HardSigmoid, SmoothRelus };
    static constexpr double kRange = 6.0;  // z in [-6, 6]

    explicit CompareModel(QObject* parent = nullptr);

    QStringList functions() const { return m_functions; }
    bool derivatives() const { return m_derivatives; }
    bool identityCurve() const { return m_identity; }

    void setSelected(const QString& key, bool on);
    void setFunctions(const QStringList& keys);
    void setDerivatives(bool on);
    void setIdentityCurve(bool on);
    void applyPreset(Preset preset);

    // f (or f') of one function over [-6, 6], sampled by core/ for a chart of this pixel size.
    std::vector<al::CurvePoint> curve(const QString& key, double widthPx, double heightPx, double yMin, double yMax) const;
    // 2σ(2z) − 1 (or its derivative 4σ'(2z)) at the given z, from the core's sigmoid.
    static double identityValue(double z, bool derivative);
    // The largest |f'| on [-6, 6] and where.
    std::pair<double, double> maxSlope(const QString& key) const;

signals:
    void changed();

private:
    QStringList m_functions{QStringLiteral("sigmoid"), QStringLiteral("tanh")};
    bool m_derivatives = false;
    bool m_identity = true;
};
