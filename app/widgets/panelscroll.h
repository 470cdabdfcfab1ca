// SPDX-License-Identifier: MIT
#pragma once

#include <QEvent>
#include <QScrollArea>

// A QScrollArea that does not re-enter its handling of its widget's resize. Resizing a widget
// whose height depends on its width (word-wrapped labels), QScrollArea gets the widget's resize
// back while still handling the previous one; when each round makes a scroll bar come or go and
// so changes the width again, that recursion has no end (a soak run overflowed the stack
// switching to the Train tab at a certain window size). The nested resize is left to the
// handling already under way, which ends with the widget's last size.
//
// It also keeps its minimum size: Qt measures both scroll bars for it at every question, and a
// window layout asks every tab's page (a read-out changing height at a function switch asked
// some 400 times).
class ScrollArea : public QScrollArea {
public:
    using QScrollArea::QScrollArea;

    QSize minimumSizeHint() const override
    {
        // Qt's depends on the style, the font (the scroll bars' extents) and the frame only.
        if (!m_minimumSize.isValid() || m_minimumSizeFrame != frameWidth()) {
            m_minimumSize = QScrollArea::minimumSizeHint();
            m_minimumSizeFrame = frameWidth();
        }
        return m_minimumSize;
    }

protected:
    void changeEvent(QEvent* event) override
    {
        if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
            m_minimumSize = QSize();
        QScrollArea::changeEvent(event);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched != widget() || event->type() != QEvent::Resize)
            return QScrollArea::eventFilter(watched, event);
        if (m_resizing)
            return false;
        m_resizing = true;
        const bool handled = QScrollArea::eventFilter(watched, event);
        m_resizing = false;
        return handled;
    }

private:
    bool m_resizing = false;
    mutable QSize m_minimumSize;
    mutable int m_minimumSizeFrame = -1;
};

// A side panel that scrolls instead of forcing its height on the window: at 200 % interface
// scale a column of sliders is taller than a projector's screen.
inline QScrollArea* scrollablePanel(QWidget* panel, QWidget* parent)
{
    auto* area = new ScrollArea(parent);
    area->setWidget(panel);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setMinimumWidth(panel->sizeHint().width() + 16);
    return area;
}
