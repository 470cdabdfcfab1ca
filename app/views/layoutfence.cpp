// SPDX-License-Identifier: MIT
#include "app/views/layoutfence.h"

#include <QEvent>

LayoutFence::LayoutFence(QWidget* held, QWidget* parent) : QWidget(parent), m_held(held)
{
    held->setParent(this);
    setSizePolicy(held->sizePolicy());
    held->installEventFilter(this);
    if (held->testAttribute(Qt::WA_WState_ExplicitShowHide) && held->isHidden())
        hide();
}

QSize LayoutFence::sizeHint() const
{
    if (!m_sizeHint.isValid() && m_held)
        m_sizeHint = m_held->sizeHint();
    return m_sizeHint;
}

QSize LayoutFence::minimumSizeHint() const
{
    if (!m_minimumSizeHint.isValid() && m_held)
        m_minimumSizeHint = m_held->minimumSizeHint();
    return m_minimumSizeHint;
}

bool LayoutFence::hasHeightForWidth() const
{
    return m_held && m_held->hasHeightForWidth();
}

int LayoutFence::heightForWidth(int width) const
{
    if (!m_held || width <= 0)
        return m_held ? m_held->heightForWidth(width) : -1;
    for (const auto& [w, h] : m_heights)
        if (w == width)
            return h;
    const int height = m_held->heightForWidth(width);
    m_heights[m_nextHeight] = {width, height};
    m_nextHeight = (m_nextHeight + 1) % m_heights.size();
    return height;
}

int LayoutFence::heightHere() const
{
    return hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
}

bool LayoutFence::event(QEvent* event)
{
    // Hidden (a tab not shown), the fence hears nothing of the held widget's changes: it
    // forgets its hints and tells its layout again when it is shown.
    if (event->type() == QEvent::Show || event->type() == QEvent::Hide) {
        m_sizeHint = m_minimumSizeHint = QSize();
        m_heights.fill({0, 0});
        if (event->type() == QEvent::Show)
            updateGeometry();
    }
    if (event->type() == QEvent::LayoutRequest && m_held) {
        m_sizeHint = m_minimumSizeHint = QSize();
        m_heights.fill({0, 0});
        // Posted by the held widget's updateGeometry (the fence has no layout of its own).
        // A word-wrapped label's minimum size costs two layouts of its text, and in a column
        // only its height for the column's width matters.
        const QSize minimum = hasHeightForWidth() ? QSize() : minimumSizeHint();
        const int height = heightHere();
        if (minimum != m_shownMinimum || height != m_shownHeight) {
            m_shownMinimum = minimum;
            m_shownHeight = height;
            updateGeometry();
        }
        m_held->setGeometry(rect());
    }
    return QWidget::event(event);
}

bool LayoutFence::eventFilter(QObject* watched, QEvent* event)
{
    // The layouts around skip a hidden widget: hide the fence with it.
    if (watched == m_held && (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent))
        setVisible(event->type() == QEvent::ShowToParent);
    return QWidget::eventFilter(watched, event);
}

void LayoutFence::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_held)
        m_held->setGeometry(rect());
}
