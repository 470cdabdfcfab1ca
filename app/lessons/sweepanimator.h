// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/explorermodel.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

// Moves one of the neuron's numbers smoothly back and forth, so the point runs along the curve
// and through the dead and vanishing regions while the teacher talks.
class SweepAnimator : public QObject {
    Q_OBJECT
public:
    enum class Target { Bias, Input1, Weight1, Parameter };

    explicit SweepAnimator(ExplorerModel* model, QObject* parent = nullptr);

    bool playing() const { return m_timer.isActive(); }
    Target target() const { return m_target; }
    double speed() const { return m_speed; }  // units per second

    void setPlaying(bool on);
    void toggle() { setPlaying(!playing()); }
    void setTarget(Target target);
    void setSpeed(double unitsPerSecond);  // 0.1 … 10
    // One step of the animation, `seconds` long (the timer calls it; tests call it directly).
    void advance(double seconds);
    // The range the target sweeps: [-5, 5] for the neuron, the slider range for a parameter.
    std::pair<double, double> range() const;

signals:
    void playingChanged(bool playing);
    void settingsChanged();

private:
    double value() const;
    void setValue(double v);

    QPointer<ExplorerModel> m_model;
    QTimer m_timer;
    QElapsedTimer m_clock;
    Target m_target = Target::Bias;
    double m_speed = 2.0;
    double m_direction = 1.0;
};
