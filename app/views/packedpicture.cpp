// SPDX-License-Identifier: MIT
#include "app/views/packedpicture.h"

#include "app/views/blit.h"

#include <QPainter>
#include <QSemaphore>
#include <QThreadPool>

#include <lz4.h>

#include <algorithm>
#include <cstring>

PackedPicture::PackedPicture(const QImage& image, std::optional<QRgb> background)
{
    const QImage pixels = image.convertToFormat(QImage::Format_RGB32);
    if (pixels.isNull())
        return;
    const int width = pixels.width();
    // RGB32 rows are 4-byte multiples with no padding: kept rows are copied one under the other.
    const qsizetype rowBytes = pixels.bytesPerLine();
    m_background = background.value_or(0) | 0xff000000U;
    m_hasBackground = background.has_value();
    const std::vector<QRgb> backgroundRow(static_cast<std::size_t>(width), m_background);
    QByteArray kept;
    kept.reserve(pixels.sizeInBytes());
    for (int y = 0; y < pixels.height(); ++y) {
        const uchar* row = pixels.constScanLine(y);
        if (background && std::memcmp(row, backgroundRow.data(), static_cast<std::size_t>(rowBytes)) == 0)
            continue;
        if (!m_bands.isEmpty() && m_bands.back().top + m_bands.back().rows == y)
            ++m_bands.back().rows;
        else
            m_bands.append({y, 1});
        kept.append(reinterpret_cast<const char*>(row), rowBytes);
    }
    if (kept.size() > LZ4_MAX_INPUT_SIZE) {
        m_bands.clear();
        return;
    }
    if (!kept.isEmpty()) {
        m_packed.resize(LZ4_compressBound(static_cast<int>(kept.size())));
        const int packed = LZ4_compress_default(kept.constData(), m_packed.data(), static_cast<int>(kept.size()), static_cast<int>(m_packed.size()));
        if (packed <= 0) {
            m_packed.clear();
            m_bands.clear();
            return;
        }
        m_packed.resize(packed);
        m_packed.squeeze();
    }
    m_size = pixels.size();
    m_ratio = image.devicePixelRatio();
}

int PackedPicture::keptRows() const
{
    int rows = 0;
    for (const Band& band : m_bands)
        rows += band.rows;
    return rows;
}

namespace {

// The `height` kept rows of a picture of `size`, packed as `packed`, into `rows` (made big enough
// for any picture of that size: pictures of one page keep different numbers of rows).
bool unpack(const QByteArray& packed, QSize size, int height, QImage* rows)
{
    if (size.isEmpty() || height == 0)
        return false;
    if (rows->width() != size.width() || rows->height() < height || rows->format() != QImage::Format_RGB32)
        *rows = QImage(size.width(), std::max(height, size.height()), QImage::Format_RGB32);
    const int expected = static_cast<int>(qsizetype(height) * rows->bytesPerLine());
    return LZ4_decompress_safe(packed.constData(), reinterpret_cast<char*>(rows->bits()), static_cast<int>(packed.size()), expected) == expected;
}

// The one buffer pictures are unpacked into before they are drawn, kept between draws: a fresh
// megabyte each time would be mapped and faulted in anew. The GUI thread's only.
QImage& unpackingBuffer()
{
    static QImage rows;
    return rows;
}

}  // namespace

bool PackedPicture::unpackInto(QImage* rows) const
{
    return unpack(m_packed, m_size, keptRows(), rows);
}

QImage PackedPicture::unpacked() const
{
    if (isNull())
        return {};
    QImage image(m_size, QImage::Format_RGB32);
    image.setDevicePixelRatio(m_ratio);
    image.fill(m_background);
    QImage rows;
    if (!unpackInto(&rows))
        return image;
    int from = 0;
    for (const Band& band : m_bands) {
        std::memcpy(image.scanLine(band.top), rows.constScanLine(from), static_cast<std::size_t>(band.rows) * image.bytesPerLine());
        from += band.rows;
    }
    return image;
}

void PackedPicture::draw(QPainter* painter, const QRect& exposed) const
{
    if (isNull())
        return;
    // Unpacked here, at the draw: on a pool thread (while the rest of the window changed) it was
    // a thread to wake and wait for, sometimes late (a function switch 1.05 or 1.5 ms from one
    // run to the next; here 1.12–1.23).
    QImage& buffer = unpackingBuffer();
    if (keptRows() > 0 && !unpackInto(&buffer))
        return;
    const QImage* kept = &buffer;
    painter->save();
    painter->setClipRect(exposed, Qt::IntersectClip);
    const QRectF exposedRows(QPointF(0, exposed.top() * m_ratio), QPointF(m_size.width(), (exposed.bottom() + 1) * m_ratio));
    // The background's rows between the kept ones (and below the last), in device pixels.
    const auto fill = [&](int top, int bottom) {
        const QRectF rows(0, top, m_size.width(), bottom - top);
        if (m_hasBackground && bottom > top && rows.intersects(exposedRows))
            painter->fillRect(QRectF(rows.topLeft() / m_ratio, rows.size() / m_ratio), QColor::fromRgb(m_background));
    };
    int from = 0;
    int filledTo = 0;
    for (const Band& band : m_bands) {
        fill(filledTo, band.top);
        const QRectF rows(0, band.top, m_size.width(), band.rows);
        if (rows.intersects(exposedRows))
            Blit::draw(painter, QRectF(rows.topLeft() / m_ratio, rows.size() / m_ratio), *kept, QRectF(0, from, m_size.width(), band.rows));
        from += band.rows;
        filledTo = band.top + band.rows;
    }
    fill(filledTo, m_size.height());
    painter->restore();
}

struct PendingPackedPicture::State {
    QSemaphore done;
    PackedPicture result;
};

PendingPackedPicture::PendingPackedPicture(QImage image, std::optional<QRgb> background) : m_state(std::make_shared<State>())
{
    QThreadPool::globalInstance()->start([state = m_state, image = std::move(image), background] {
        state->result = PackedPicture(image, background);
        state->done.release();
    });
}

PackedPicture PendingPackedPicture::take()
{
    if (!m_state)
        return {};
    m_state->done.acquire();
    PackedPicture result = std::move(m_state->result);
    m_state.reset();
    return result;
}
