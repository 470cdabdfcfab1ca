// SPDX-License-Identifier: MIT
#pragma once

#include "app/widgets/retranslated.h"
#include "app/lessons/sweepanimator.h"

#include <QPointer>
#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QSlider)
QT_FORWARD_DECLARE_CLASS(QToolButton)

// Play / pause, what to sweep and how fast: the controls of the SweepAnimator.
class SweepBar : public Retranslated<QWidget> {
    Q_OBJECT
public:
    explicit SweepBar(SweepAnimator* animator, QWidget* parent = nullptr);

    QToolButton* playButton() const { return m_play; }
    QComboBox* targetBox() const { return m_target; }
    QSlider* speedSlider() const { return m_speed; }

private:
    void sync();
    void retranslate() override;

    QPointer<SweepAnimator> m_animator;
    QToolButton* m_play = nullptr;
    QLabel* m_targetLabel = nullptr;
    QComboBox* m_target = nullptr;
    QLabel* m_speedLabel = nullptr;
    QSlider* m_speed = nullptr;
};
