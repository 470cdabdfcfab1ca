// SPDX-License-Identifier: MIT
#include "app/views/packedpicture.h"

#include <QPainter>

#include <lz4.h>

PackedPicture::PackedPicture(const QImage& image)
{
    const QImage pixels = image.convertToFormat(QImage::Format_RGB32);
    const qsizetype rawBytes = pixels.sizeInBytes();
    if (pixels.isNull() || rawBytes > LZ4_MAX_INPUT_SIZE)
        return;
    m_packed.resize(LZ4_compressBound(static_cast<int>(rawBytes)));
    const int packed = LZ4_compress_default(reinterpret_cast<const char*>(pixels.constBits()), m_packed.data(),
                                            static_cast<int>(rawBytes), static_cast<int>(m_packed.size()));
    if (packed <= 0) {
        m_packed.clear();
        return;
    }
    m_packed.resize(packed);
    m_packed.squeeze();
    m_size = pixels.size();
    m_ratio = image.devicePixelRatio();
}

bool PackedPicture::unpackInto(QImage* image) const
{
    if (isNull())
        return false;
    // RGB32 rows are 4-byte multiples with no padding: the pixels are one block, as packed.
    if (image->size() != m_size || image->format() != QImage::Format_RGB32)
        *image = QImage(m_size, QImage::Format_RGB32);
    image->setDevicePixelRatio(m_ratio);
    const int expected = static_cast<int>(image->sizeInBytes());
    return LZ4_decompress_safe(m_packed.constData(), reinterpret_cast<char*>(image->bits()), static_cast<int>(m_packed.size()), expected) ==
           expected;
}

QImage PackedPicture::unpacked() const
{
    QImage image;
    return unpackInto(&image) ? image : QImage();
}

void PackedPicture::draw(QPainter* painter, const QRect& exposed) const
{
    // Kept between draws: a fresh megabyte each time would be mapped and faulted in anew.
    static QImage buffer;
    if (!unpackInto(&buffer))
        return;
    painter->drawImage(QRectF(exposed), buffer, QRectF(QPointF(exposed.topLeft()) * m_ratio, QSizeF(exposed.size()) * m_ratio));
}
