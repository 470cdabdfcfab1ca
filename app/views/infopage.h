// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextBrowser>

#include <optional>

#include "app/views/packedpicture.h"

// One laid-out explanation page of the info panel. Given the page's HTML and, optionally, the
// facts rows that follow its title, it shows them; a later call that differs only in some facts
// rewrites those rows in place, which lays out those rows instead of the whole page and keeps the
// reader's scroll position.
//
// When the whole page is painted (shown or resized: its frame is painted), what the viewport
// shows is drawn into a picture, shown unpacked while the page is in view and kept packed
// (~85 KB) after: painting a page blends each of its ~1,200 glyphs again, the biggest part of a
// function switch, while coming back to a page changes none of its pixels. The picture holds
// exactly what the page's own painting draws (it is drawn by it); it stops fitting when the
// viewport's size, scroll position, pixel ratio, palette, font or text changes (Qt paints the
// page then, until its next whole paint), and is not used while text is selected, nor at a
// fractional pixel ratio.
class InfoPage : public QTextBrowser {
    Q_OBJECT
public:
    explicit InfoPage(QWidget* parent = nullptr);

    // `source`: the page without the facts (what decides whether the rest of the page changed);
    // `html`: the page as shown; `factRows`: the facts' rows, blocks 1, 2, … of `html`, or none.
    void setContent(const QString& source, const QString& html, const QStringList& factRows);
    // The same for a page not shown yet, in steps of a millisecond or less: prepare() lays it out
    // at `geometry` (the panel's); each prepareMore() then does the next piece, its scroll bar's
    // look, then its picture, and says false when none is left. Showing it then lays out and
    // paints nothing, and the style has its scroll bar's picture.
    void prepare(const QRect& geometry, const QString& source, const QString& html, const QStringList& factRows);
    bool prepareMore();

    QSize sizeHint() const override { return {320, 480}; }
    // Qt's, kept: the panel's stack asks every kept page at each layout, and Qt measures the
    // scroll bars anew each time.
    QSize minimumSizeHint() const override;

    // The picture's memory (0 when there is none) and how often it was drawn: for tests.
    qsizetype pictureBytes() const { return picture().bytes(); }
    int pictureRedraws() const { return m_pictureRedraws; }

protected:
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    // What the picture's pixels depend on besides the document (whose changes drop it).
    struct PictureKey {
        QSize size;
        qreal pixelRatio = 0;
        QPoint scroll;
        qint64 palette = 0;
        bool active = false;
        bool operator==(const PictureKey&) const = default;
    };
    PictureKey pictureKey() const;
    bool hasPicture() const;
    bool pictureFits() const;
    bool pictureLooksTheSame() const;
    // Nothing at a fractional pixel ratio (see pictureLooksTheSame). Packed on a pool thread,
    // taken at its first use; drawn for a paint now, it is kept unpacked too while shown.
    enum class Use { Now, Later };
    void drawPicture(Use use);
    const PackedPicture& picture() const;
    void dropPicture();

    bool replaceFacts(const QStringList& rows);

    QString m_source;
    QString m_html;  // what the page shows, as composed (rows edited in place included)
    QStringList m_factRows;
    mutable QSize m_minimumSize;
    // A picture of other text shown before (the page's previous facts), restored if they return.
    struct KeptPicture {
        QString html;
        PackedPicture picture;
        PendingPackedPicture packing;  // what picture becomes, if it was still being packed
        PictureKey key;
    };
    std::optional<KeptPicture> m_previous;
    mutable PackedPicture m_picture;
    mutable PendingPackedPicture m_packing;  // what m_picture becomes at its next use
    QImage m_unpacked;  // the picture as drawn, while the page is shown
    PictureKey m_pictureKey;
    bool m_drawingPicture = false;
    enum class Preparing { Done, ScrollBar, Picture };
    Preparing m_preparing = Preparing::Done;  // what prepareMore() does next
    int m_pictureRedraws = 0;
    static constexpr int kFirstFactBlock = 1;  // the facts' rows follow the page's title
};
