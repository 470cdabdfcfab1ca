// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QImage>
#include <QRect>

class QPainter;

// An opaque picture kept in little memory: its pixels packed with LZ4 (Debian's liblz4). A page
// of text, 344 × 753 pixels of mostly one colour, packs 1 MB into about 85 KB, and unpacks in
// well under a tenth of a millisecond — much less than drawing its glyphs again, and little
// enough memory to keep one for every page a lecture visits.
class PackedPicture {
public:
    PackedPicture() = default;
    // `image` is drawn over an opaque background (any format; kept as RGB32).
    explicit PackedPicture(const QImage& image);

    bool isNull() const { return m_packed.isEmpty(); }
    QSize size() const { return m_size; }  // in device pixels
    qreal devicePixelRatio() const { return m_ratio; }
    // The memory it holds.
    qsizetype bytes() const { return m_packed.size(); }

    // The picture as an image again: what was packed, pixel for pixel.
    QImage unpacked() const;
    // Draws the part of the picture under `exposed` (device-independent pixels, the picture's
    // top left at 0, 0) at the same place. One unpacking buffer serves every picture.
    void draw(QPainter* painter, const QRect& exposed) const;

private:
    bool unpackInto(QImage* image) const;

    QByteArray m_packed;
    QSize m_size;
    qreal m_ratio = 1;
};
