// SPDX-License-Identifier: MIT
#pragma once

#include <QCache>
#include <QPixmap>
#include <QStyledItemDelegate>

// Paints each row of a list as QStyledItemDelegate does, from a picture of it kept per look
// (text, font, state, size, palette, pixel ratio): the function list repaints the rows a
// selection leaves and reaches at every function switch, and the style lays out, elides and
// shapes each row's text anew for it (0.4 M instructions, 5 % of a switch). The picture is
// drawn over the view's base colour, which the view fills its rows with, so it is opaque and
// shows the very pixels the delegate paints; anything else (an icon, a background brush, a
// transformed or vector painter) is painted as usual.
class CachedItemDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // For tests: how many pictures were drawn.
    int pictureDraws() const { return m_draws; }

private:
    static constexpr qsizetype kMostBytes = 2 << 20;
    mutable QCache<QString, QPixmap> m_rows{kMostBytes};
    mutable int m_draws = 0;
};
