// SPDX-License-Identifier: MIT
#include "app/lessons/sweepanimator.h"

#include <algorithm>
#include <cmath>

SweepAnimator::SweepAnimator(ExplorerModel* model, QObject* parent) : QObject(parent), m_model(model)
{
    m_timer.setInterval(16);  // about 60 frames a second
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const double seconds = static_cast<double>(m_clock.restart()) / 1000.0;
        advance(std::min(seconds, 0.1));  // a stalled frame must not make the point jump
    });
    // A function without parameters has nothing to sweep there: fall back to the bias.
    connect(m_model, &ExplorerModel::changed, this, [this](ExplorerModel::Changes what) {
        if (what.testAnyFlag(ExplorerModel::FunctionChanged) && m_target == Target::Parameter && m_model->parameters().empty())
            setTarget(Target::Bias);
    });
}

void SweepAnimator::setPlaying(bool on)
{
    if (on == playing())
        return;
    if (on) {
        m_clock.start();
        m_timer.start();
    } else {
        m_timer.stop();
    }
    emit playingChanged(on);
}

void SweepAnimator::setTarget(Target target)
{
    if (target == Target::Parameter && m_model->parameters().empty())
        target = Target::Bias;
    if (target == m_target)
        return;
    m_target = target;
    emit settingsChanged();
}

void SweepAnimator::setSpeed(double unitsPerSecond)
{
    if (!std::isfinite(unitsPerSecond))
        return;
    unitsPerSecond = std::clamp(unitsPerSecond, 0.1, 10.0);
    if (unitsPerSecond == m_speed)
        return;
    m_speed = unitsPerSecond;
    emit settingsChanged();
}

std::pair<double, double> SweepAnimator::range() const
{
    if (m_target == Target::Parameter && !m_model->parameters().empty()) {
        const al::Parameter& p = m_model->activation().parameters.front();
        return {p.sliderMin, p.sliderMax};
    }
    return {-5.0, 5.0};
}

double SweepAnimator::value() const
{
    const al::Neuron& n = m_model->neuron();
    switch (m_target) {
    case Target::Bias:
        return n.bias();
    case Target::Input1:
        return n.input(0);
    case Target::Weight1:
        return n.weight(0);
    case Target::Parameter:
        return m_model->parameters().empty() ? 0.0 : m_model->parameters().front();
    }
    return 0.0;
}

void SweepAnimator::setValue(double v)
{
    // Two decimals, like the sliders, so the read-out shows what the model holds.
    v = std::round(v * 1000.0) / 1000.0;
    switch (m_target) {
    case Target::Bias:
        m_model->setBias(v);
        break;
    case Target::Input1:
        m_model->setInput(0, v);
        break;
    case Target::Weight1:
        m_model->setWeight(0, v);
        break;
    case Target::Parameter:
        m_model->setParameter(0, v);
        break;
    }
}

void SweepAnimator::advance(double seconds)
{
    const auto [lo, hi] = range();
    double v = std::clamp(value(), lo, hi) + m_direction * m_speed * seconds;
    // Bounce off the ends of the range.
    if (v > hi) {
        v = hi - (v - hi);
        m_direction = -1.0;
    } else if (v < lo) {
        v = lo + (lo - v);
        m_direction = 1.0;
    }
    setValue(std::clamp(v, lo, hi));
}
