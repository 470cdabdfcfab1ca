// SPDX-License-Identifier: MIT
#pragma once

#include <QCache>
#include <QPixmap>
#include <QProxyStyle>

// Fusion, with one change: a group box's frame is drawn from a picture kept here.
//
// Why: Fusion draws the frame from an image in Qt's resources, which it reads and decodes at
// every paint unless Qt's shared pixmap cache holds it — and the app switches that cache off (see
// memorypolicy.h). Every slider step inside a group box repaints the frame behind the slider: the
// read was an eighth of an ε step's work. The pictures kept are bounded by their bytes (the
// least recently drawn go first: the group boxes on screen stay); vector targets get Fusion's
// own drawing.
class AppStyle : public QProxyStyle {
public:
    AppStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;

    // For tests: how many frames were drawn by Fusion into a kept picture.
    int frameDraws() const { return m_frameDraws; }

private:
    static constexpr qsizetype kMostBytes = 4 << 20;
    mutable QCache<QString, QPixmap> m_frames{kMostBytes};
    mutable int m_frameDraws = 0;
};
