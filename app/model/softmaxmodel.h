// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/statemodel.h"
#include "core/curvesampler.h"

#include <vector>

// The softmax lesson: K logits, a temperature, log-softmax on or off, and which class's curve is
// shown (the settings "softmax.*" of the schema). Probabilities and curves come from core/.
class SoftmaxModel : public StateModel {
    Q_OBJECT
public:
    static constexpr double kCurveHalfWidth = 10.0;  // p_i is drawn for its logit in [-10, 10]

    explicit SoftmaxModel(LabState* state = nullptr, QObject* parent = nullptr);

    static int minClasses();
    static int maxClasses();

    const std::vector<double>& logits() const { return m_state->numbers("softmax.logits"); }
    int count() const { return static_cast<int>(logits().size()); }
    double temperature() const { return m_state->number("softmax.temperature"); }
    bool logSoftmax() const { return m_state->boolean("softmax.log"); }
    int focus() const { return static_cast<int>(m_state->number("softmax.focus")) - 1; }  // 0-based

    void setCount(int k);  // new logits start at 0
    void setLogit(int i, double value);
    void setLogits(const std::vector<double>& logits);
    void setTemperature(double t);
    void setLogSoftmax(bool on);
    void setFocus(int i);

    // softmax(x / T) (or its logarithm when log-softmax is on), one value per class.
    std::vector<double> values() const;
    std::vector<double> probabilities() const;
    int largest() const;
    // p_focus as its own logit sweeps [-10, 10] with the others fixed.
    std::vector<al::CurvePoint> focusCurve(int points = 241) const;
    // With two classes p_focus(x) = σ((x − x_other)/T): the sigmoid, shifted and scaled.
    bool twoClasses() const { return count() == 2; }
    double otherLogit() const { return logits()[static_cast<std::size_t>(1 - focus())]; }

signals:
    void changed();

protected:
    void sectionChanged(const LabState::Keys&) override { emit changed(); }
};
