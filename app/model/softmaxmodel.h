// SPDX-License-Identifier: MIT
#pragma once

#include "core/curvesampler.h"

#include <QObject>

#include <vector>

// The softmax lesson: K logits, a temperature, log-softmax on or off, and which class's curve is
// shown. Probabilities and curves come from core/.
class SoftmaxModel : public QObject {
    Q_OBJECT
public:
    static constexpr int kMinClasses = 2;
    static constexpr int kMaxClasses = 10;
    static constexpr double kCurveHalfWidth = 10.0;  // p_i is drawn for its logit in [-10, 10]

    explicit SoftmaxModel(QObject* parent = nullptr);

    static std::vector<double> lectureLogits() { return {-4.0, 5.0, 2.0, -8.0}; }

    const std::vector<double>& logits() const { return m_logits; }
    int count() const { return static_cast<int>(m_logits.size()); }
    double temperature() const { return m_temperature; }
    bool logSoftmax() const { return m_log; }
    int focus() const { return m_focus; }

    void setCount(int k);  // new logits start at 0
    void setLogit(int i, double value);
    void setLogits(const std::vector<double>& logits);
    void setTemperature(double t);  // any finite T > 0
    void setLogSoftmax(bool on);
    void setFocus(int i);
    void reset();  // the lecture's example

    // softmax(x / T) (or its logarithm when log-softmax is on), one value per class.
    std::vector<double> values() const;
    std::vector<double> probabilities() const;
    int largest() const;
    // p_focus as its own logit sweeps [-10, 10] with the others fixed.
    std::vector<al::CurvePoint> focusCurve(int points = 241) const;
    // With two classes p_focus(x) = σ((x − x_other)/T): the sigmoid, shifted and scaled.
    bool twoClasses() const { return count() == 2; }
    double otherLogit() const { return m_logits[static_cast<std::size_t>(1 - m_focus)]; }

signals:
    void changed();

private:
    std::vector<double> m_logits = lectureLogits();
    double m_temperature = 1.0;
    bool m_log = false;
    int m_focus = 1;  // the lecture's winner, x₂ = 5
};
