// SPDX-License-Identifier: MIT
#include "app/lessons/sweepbar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

#include <cmath>

SweepBar::SweepBar(SweepAnimator* animator, QWidget* parent) : Retranslated(parent), m_animator(animator)
{
    m_play = new QToolButton(this);
    m_play->setCheckable(true);
    m_play->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_targetLabel = new QLabel(this);
    m_target = new QComboBox(this);
    m_targetLabel->setBuddy(m_target);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToContents);  // follows the language
    m_speedLabel = new QLabel(this);
    m_speed = new QSlider(Qt::Horizontal, this);
    m_speed->setRange(1, 100);  // tenths of a unit per second
    m_speedLabel->setBuddy(m_speed);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_play);
    layout->addWidget(m_targetLabel);
    layout->addWidget(m_target);
    layout->addWidget(m_speedLabel);
    layout->addWidget(m_speed, 1);
    connect(m_play, &QToolButton::toggled, m_animator, &SweepAnimator::setPlaying);
    connect(m_target, &QComboBox::activated, m_animator,
            [this](int index) { m_animator->setTarget(static_cast<SweepAnimator::Target>(index)); });
    connect(m_speed, &QSlider::valueChanged, m_animator, [this](int v) { m_animator->setSpeed(v / 10.0); });
    connect(m_animator, &SweepAnimator::playingChanged, this, &SweepBar::sync);
    connect(m_animator, &SweepAnimator::settingsChanged, this, &SweepBar::sync);
    retranslate();
}

void SweepBar::sync()
{
    const QSignalBlocker a(m_play);
    const QSignalBlocker b(m_target);
    const QSignalBlocker c(m_speed);
    m_play->setChecked(m_animator->playing());
    m_play->setText(m_animator->playing() ? tr("❚❚ Pause") : tr("▶ Play"));
    m_target->setCurrentIndex(static_cast<int>(m_animator->target()));
    m_speed->setValue(static_cast<int>(std::lround(m_animator->speed() * 10.0)));
}

void SweepBar::retranslate()
{
    m_play->setToolTip(tr("Sweep the chosen value back and forth so the point runs along the curve (Space)"));
    m_play->setAccessibleName(tr("Play or pause the sweep"));
    m_targetLabel->setText(tr("S&weep"));
    {
        const QSignalBlocker block(m_target);
        m_target->clear();
        m_target->addItems({tr("bias b"), tr("input x₁"), tr("weight w₁"), tr("the function's parameter")});
    }
    m_target->setToolTip(tr("Which value the sweep moves"));
    m_target->setAccessibleName(tr("Value to sweep"));
    m_speedLabel->setText(tr("Spee&d"));
    // Labels keep their whole text in any language; the speed slider gives way instead.
    for (QLabel* label : {m_targetLabel, m_speedLabel})
        label->setMinimumWidth(label->sizeHint().width());
    m_speed->setToolTip(tr("How fast the sweep moves, 0.1 to 10 units per second"));
    m_speed->setAccessibleName(tr("Sweep speed"));
    sync();
}

