// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRect>

#include <memory>
#include <optional>

class QPainter;

// An opaque picture kept in little memory: its pixels packed with LZ4 (Debian's liblz4). A page
// of text, 344 × 753 pixels of mostly one colour, packs 1 MB into about 85 KB, and unpacks in
// well under a tenth of a millisecond — much less than drawing its glyphs again, and little
// enough memory to keep one for every page a lecture visits.
//
// Given the colour of its background, rows wholly of that colour (a third of a page of text: the
// gaps between lines and paragraphs) are not kept: they are filled with it when drawn.
class PackedPicture {
public:
    PackedPicture() = default;
    // `image` is drawn over an opaque background (any format; kept as RGB32). Rows wholly of
    // `background`, if given, are kept as that colour alone.
    explicit PackedPicture(const QImage& image, std::optional<QRgb> background = {});

    bool isNull() const { return m_size.isEmpty(); }
    QSize size() const { return m_size; }  // in device pixels
    qreal devicePixelRatio() const { return m_ratio; }
    // The memory it holds.
    qsizetype bytes() const { return m_packed.size() + m_bands.size() * qsizetype(sizeof(Band)); }
    // How many rows it keeps (the others are the background's).
    int keptRows() const;

    // The picture as an image again: what was packed, pixel for pixel (the background's rows
    // filled with it).
    QImage unpacked() const;
    // Draws the part of the picture under `exposed` (device-independent pixels, the picture's
    // top left at 0, 0) at the same place, the background's rows filled with it: every pixel,
    // each written once (its widget need not fill itself first). One unpacking buffer serves
    // every picture.
    void draw(QPainter* painter, const QRect& exposed) const;

private:
    // Rows kept, top to bottom, packed one after the other.
    struct Band {
        int top = 0;
        int rows = 0;
    };
    // The kept rows one under the other, as packed.
    bool unpackInto(QImage* rows) const;

    QByteArray m_packed;
    QList<Band> m_bands;
    QSize m_size;
    qreal m_ratio = 1;
    QRgb m_background = 0;
    bool m_hasBackground = false;
};

// A PackedPicture packed on a thread of Qt's pool (packing a page's megabyte takes about half a
// millisecond): started with the image, taken when it is needed — waiting for it then, if it is
// not ready yet. Dropped before it is taken, its packing finishes unseen.
class PendingPackedPicture {
public:
    PendingPackedPicture() = default;
    PendingPackedPicture(QImage image, std::optional<QRgb> background);

    bool isPending() const { return m_state != nullptr; }
    // The picture (null when none is pending); none is pending afterwards.
    PackedPicture take();

private:
    struct State;
    std::shared_ptr<State> m_state;
};
