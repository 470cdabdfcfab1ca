// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>

#include <array>
#include <utility>
#include <QWidget>

// Holds one widget whose text changes at every slider step (a read-out label) in a column of a
// lesson page. QLabel::setText asks every layout up to the window to lay itself out again —
// every word-wrapped, rich-text label of the window measured anew, the tab bar repainted — even
// when nothing moves. The fence passes that on only when the layouts around could place things
// differently: the held widget's height for its width (a word-wrapped label) or its minimum
// size (any other widget) has changed.
// Meant for vertical layouts (the width is the column's); the fence follows the widget's
// visibility.
class LayoutFence : public QWidget {
public:
    explicit LayoutFence(QWidget* held, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    int heightHere() const;

    QPointer<QWidget> m_held;
    // The held widget's hints, computed once per change of it: a rich-text label lays its whole
    // text out for each (Qt caches only its size hint, not its height for a width).
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    mutable std::array<std::pair<int, int>, 4> m_heights{};  // (width, height); width 0: empty
    mutable std::size_t m_nextHeight = 0;
    QSize m_shownMinimum;
    int m_shownHeight = -1;
};
