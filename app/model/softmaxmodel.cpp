// SPDX-License-Identifier: MIT
#include "app/model/softmaxmodel.h"

#include "core/softmax.h"
#include "core/state/schema.h"

#include <algorithm>
#include <cmath>

SoftmaxModel::SoftmaxModel(LabState* state, QObject* parent) : StateModel(state, "softmax", parent) {}

int SoftmaxModel::minClasses()
{
    return al::state::spec("softmax.logits").minCount;
}

int SoftmaxModel::maxClasses()
{
    return al::state::spec("softmax.logits").maxCount;
}

void SoftmaxModel::setCount(int k)
{
    k = std::clamp(k, minClasses(), maxClasses());
    std::vector<double> x = logits();
    x.resize(static_cast<std::size_t>(k), 0.0);
    m_state->apply({{"softmax.logits", x}, {"softmax.focus", static_cast<double>(std::min(focus(), k - 1) + 1)}});
}

void SoftmaxModel::setLogit(int i, double value)
{
    if (i < 0 || i >= count())
        return;
    std::vector<double> x = logits();
    x[static_cast<std::size_t>(i)] = clamped("softmax.logits", value);
    m_state->set("softmax.logits", x);
}

void SoftmaxModel::setLogits(const std::vector<double>& x)
{
    const int k = static_cast<int>(x.size());
    m_state->apply({{"softmax.logits", x}, {"softmax.focus", static_cast<double>(std::clamp(focus(), 0, std::max(k - 1, 0)) + 1)}});
}

void SoftmaxModel::setTemperature(double t)
{
    m_state->set("softmax.temperature", clamped("softmax.temperature", t));
}

void SoftmaxModel::setLogSoftmax(bool on)
{
    m_state->set("softmax.log", on);
}

void SoftmaxModel::setFocus(int i)
{
    m_state->set("softmax.focus", static_cast<double>(std::clamp(i, 0, count() - 1) + 1));
}

std::vector<double> SoftmaxModel::probabilities() const
{
    return al::softmax(logits(), temperature());
}

std::vector<double> SoftmaxModel::values() const
{
    return logSoftmax() ? al::logSoftmax(logits(), temperature()) : probabilities();
}

int SoftmaxModel::largest() const
{
    return static_cast<int>(std::max_element(logits().begin(), logits().end()) - logits().begin());
}

std::vector<al::CurvePoint> SoftmaxModel::focusCurve(int points) const
{
    std::vector<double> x = logits();
    const auto f = static_cast<std::size_t>(focus());
    std::vector<al::CurvePoint> curve;
    curve.reserve(static_cast<std::size_t>(points));
    for (int k = 0; k < points; ++k) {
        const double z = -kCurveHalfWidth + 2.0 * kCurveHalfWidth * k / (points - 1);
        x[f] = z;
        curve.push_back({z, al::softmax(x, temperature())[f]});
    }
    return curve;
}
