// SPDX-License-Identifier: MIT
#pragma once

#include <QScrollArea>

// A side panel that scrolls instead of forcing its height on the window: at 200 % interface
// scale a column of sliders is taller than a projector's screen.
inline QScrollArea* scrollablePanel(QWidget* panel, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidget(panel);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setMinimumWidth(panel->sizeHint().width() + 16);
    return area;
}
