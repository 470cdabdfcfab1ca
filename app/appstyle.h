// SPDX-License-Identifier: MIT
#pragma once

#include <QCache>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QPixmap>
#include <QProxyStyle>
#include <QStyleOptionSlider>

#include <array>
#include <functional>

// Fusion, with four things drawn from pictures kept here (and plain frames drawn faster, below): a group box's frame, a scroll bar, a
// spin box's frame and arrows, and a slider (one picture per handle position in pixels).
//
// Why: Fusion draws the group box frame from an image in Qt's resources, which it reads and
// decodes at every paint unless Qt's shared pixmap cache holds it — and the app switches that
// cache off (see memorypolicy.h). Every slider step inside a group box repaints the frame behind
// the slider: the read was an eighth of an ε step's work. A scroll bar's groove and handle are
// gradient fills as tall as the bar, and Qt 6.4's raster engine hands every fill of 96 rows or
// more to its thread pool and waits (see PoolPainting): the scroll bars of the info panel and
// the side panel, repainted at each function switch, made 90 % of its thread hand-offs. A spin
// box repaints its frame and arrows (gradients, rounded corners) whenever its number changes, at
// every slider step; the number itself is its line edit's paint, on top. A slider's rounded,
// antialiased groove and handle cost as much as the rest of a neuron step. The pictures kept are bounded by their bytes (the least recently drawn go first: what is on
// screen stays); vector targets and transformed painters get Fusion's own drawing.
//
// A plain frame (PE_Frame: the frame of a text browser, a scroll area, a chart view) Fusion
// strokes as a one-pixel line with a non-cosmetic pen, which Qt rasterises as a general shape,
// row by row: 0.4 M instructions for the info panel's frame at every function switch. At 100 %
// the same pixels are four one-pixel rectangles, in the colour Fusion's own drawing of a small
// frame shows (learnt once per palette and state, and used only when that drawing is exactly
// such a line).
class AppStyle : public QProxyStyle {
public:
    AppStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                            const QWidget* widget = nullptr) const override;
    // A group box's parts are kept per look: Fusion measures the title's text for each part
    // asked, three times a paint, and a group box is painted behind every step of a slider in
    // it (a tenth of a neuron step went to those measurements).
    QRect subControlRect(ComplexControl control, const QStyleOptionComplex* option, SubControl subControl,
                         const QWidget* widget = nullptr) const override;
    // What a group box's parts depend on.
    struct GroupBoxLook {
        QRect rect;
        std::array<int, 9> numbers;  // part, parts, features, alignment, state, direction, line widths, dpi
        QFont font;
        QString text;
        bool operator==(const GroupBoxLook& other) const;
    };

    // For tests: how many pictures Fusion drew to be kept.
    int keptDraws() const { return m_keptDraws; }

private:
    // Draws what `draw` paints into a rectangle of `option`'s size at its origin, from the
    // picture kept under `key` (made now if there is none).
    void drawKept(const QString& key, const QStyleOption* option, QPainter* painter,
                  const std::function<void(QPainter*, const QRect&)>& draw) const;

    // drawKept for a complex control Fusion draws from `option`.
    template <typename Option>
    void drawKeptControl(const QString& key, ComplexControl control, const Option& option, QPainter* painter,
                         const QWidget* widget) const;

    // A slider from a picture of its groove and one of its handle.
    void drawKeptSlider(const QStyleOptionSlider& slider, QPainter* painter, const QWidget* widget) const;

    // Draws a plain frame as its four edges; false when it is not such a frame (then Fusion draws).
    bool drawFrameEdges(const QStyleOption* option, QPainter* painter, const QWidget* widget) const;

    static constexpr qsizetype kMostBytes = 4 << 20;
    // The frame's colour by palette, state and widget class; invalid: not a one-colour line.
    mutable QHash<QString, QColor> m_frameEdges;
    mutable QHash<GroupBoxLook, QRect> m_groupBoxParts;
    mutable QCache<QString, QPixmap> m_kept{kMostBytes};
    mutable int m_keptDraws = 0;
};

size_t qHash(const AppStyle::GroupBoxLook& look, size_t seed = 0);
