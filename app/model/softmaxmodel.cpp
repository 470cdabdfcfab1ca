// SPDX-License-Identifier: MIT
#include "app/model/softmaxmodel.h"

#include "core/softmax.h"

#include <algorithm>
#include <cmath>

SoftmaxModel::SoftmaxModel(QObject* parent) : QObject(parent) {}

void SoftmaxModel::setCount(int k)
{
    k = std::clamp(k, kMinClasses, kMaxClasses);
    if (k == count())
        return;
    m_logits.resize(static_cast<std::size_t>(k), 0.0);
    m_focus = std::min(m_focus, k - 1);
    emit changed();
}

void SoftmaxModel::setLogit(int i, double value)
{
    if (i < 0 || i >= count() || !std::isfinite(value) || m_logits[static_cast<std::size_t>(i)] == value)
        return;
    m_logits[static_cast<std::size_t>(i)] = value;
    emit changed();
}

void SoftmaxModel::setLogits(const std::vector<double>& logits)
{
    if (logits.size() < kMinClasses || logits.size() > kMaxClasses ||
        !std::all_of(logits.begin(), logits.end(), [](double x) { return std::isfinite(x); }))
        return;
    m_logits = logits;
    m_focus = std::min(m_focus, count() - 1);
    emit changed();
}

void SoftmaxModel::setTemperature(double t)
{
    if (!(t > 0) || !std::isfinite(t) || t == m_temperature)
        return;
    m_temperature = t;
    emit changed();
}

void SoftmaxModel::setLogSoftmax(bool on)
{
    if (on == m_log)
        return;
    m_log = on;
    emit changed();
}

void SoftmaxModel::setFocus(int i)
{
    i = std::clamp(i, 0, count() - 1);
    if (i == m_focus)
        return;
    m_focus = i;
    emit changed();
}

void SoftmaxModel::reset()
{
    m_logits = lectureLogits();
    m_temperature = 1.0;
    m_log = false;
    m_focus = 1;
    emit changed();
}

std::vector<double> SoftmaxModel::probabilities() const
{
    return al::softmax(m_logits, m_temperature);
}

std::vector<double> SoftmaxModel::values() const
{
    return m_log ? al::logSoftmax(m_logits, m_temperature) : probabilities();
}

int SoftmaxModel::largest() const
{
    return static_cast<int>(std::max_element(m_logits.begin(), m_logits.end()) - m_logits.begin());
}

std::vector<al::CurvePoint> SoftmaxModel::focusCurve(int points) const
{
    std::vector<double> x = m_logits;
    std::vector<al::CurvePoint> curve;
    curve.reserve(static_cast<std::size_t>(points));
    for (int k = 0; k < points; ++k) {
        const double z = -kCurveHalfWidth + 2.0 * kCurveHalfWidth * k / (points - 1);
        x[static_cast<std::size_t>(m_focus)] = z;
        curve.push_back({z, al::softmax(x, m_temperature)[static_cast<std::size_t>(m_focus)]});
    }
    return curve;
}
