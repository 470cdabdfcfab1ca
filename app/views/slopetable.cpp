// SPDX-License-Identifier: MIT
#include "app/views/slopetable.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {
const QString kSquare = QStringLiteral("■ ");

// Whole pixels that hold the text (an integer advance can be half a pixel short of it).
int widthOf(const QFontMetricsF& metrics, const QString& text)
{
    return static_cast<int>(std::ceil(metrics.horizontalAdvance(text)));
}
}  // namespace

SlopeTable::SlopeTable(QWidget* parent) : QWidget(parent)
{
    // Only the rows' count can change the height, and only above the reserved rows.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    measure();
}

void SlopeTable::setHeaders(const QString& function, const QString& slope, const QString& at)
{
    if (m_headers[0] == function && m_headers[1] == slope && m_headers[2] == at)
        return;
    m_headers[0] = function;
    m_headers[1] = slope;
    m_headers[2] = at;
    setAccessibleDescription(text());
    measure();
}

void SlopeTable::setRows(const QList<Row>& rows)
{
    if (rows == m_rows)
        return;
    m_rows = rows;
    setAccessibleDescription(text());  // what a screen reader reads of the table
    measure();
}

void SlopeTable::setReservedRows(int rows)
{
    if (rows == m_reserved)
        return;
    m_reserved = std::max(0, rows);
    measure();
}

QString SlopeTable::text() const
{
    QString text = m_headers[0] + QLatin1Char('\t') + m_headers[1] + QLatin1Char('\t') + m_headers[2];
    for (const Row& row : m_rows)
        text += QLatin1Char('\n') + kSquare + row.name + QLatin1Char('\t') + row.slope + QLatin1Char('\t') + row.at;
    return text;
}

QFont SlopeTable::boldFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

QSize SlopeTable::hint() const
{
    // The headers' widths: what the rows need is given at paint time, from the width there is.
    const QFontMetricsF bold(boldFont());
    int width = 0;
    for (const QString& header : m_headers)
        width += widthOf(bold, header) + 2 * kPadding;
    const int rows = 1 + std::max(static_cast<int>(m_rows.size()), m_reserved);
    return {width, rows * m_rowHeight};
}

void SlopeTable::measure()
{
    const QFontMetricsF plain(font());
    const QFontMetricsF bold(boldFont());
    m_columns[0] = widthOf(bold, m_headers[0]);
    m_columns[1] = widthOf(bold, m_headers[1]);
    m_columns[2] = widthOf(bold, m_headers[2]);
    const int square = widthOf(plain, kSquare);
    for (const Row& row : m_rows) {
        m_columns[0] = std::max(m_columns[0], square + widthOf(plain, row.name));
        m_columns[1] = std::max(m_columns[1], widthOf(bold, row.slope));
        m_columns[2] = std::max(m_columns[2], widthOf(plain, row.at));
    }
    for (int& column : m_columns)
        column += 2 * kPadding;
    m_rowHeight = static_cast<int>(std::ceil(std::max(plain.height(), bold.height()))) + 2 * kPadding;
    const QSize now = hint();
    if (now != m_hint) {
        m_hint = now;
        updateGeometry();
    }
    update();
}

QSize SlopeTable::sizeHint() const
{
    return m_hint;
}

QSize SlopeTable::minimumSizeHint() const
{
    return m_hint;
}

void SlopeTable::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    const QFont plain = font();
    const QFont bold = boldFont();
    // Narrower than the table: the names give way (elided), the numbers never.
    const int nameWidth = std::max(m_columns[0] - std::max(0, m_columns[0] + m_columns[1] + m_columns[2] - width()), 4 * kPadding);
    const int x[3] = {0, nameWidth, nameWidth + m_columns[1]};
    const int w[3] = {nameWidth, m_columns[1], m_columns[2]};
    const auto cell = [&](int row, int column) {
        return QRect(x[column] + kPadding, row * m_rowHeight + kPadding, w[column] - 2 * kPadding, m_rowHeight - 2 * kPadding);
    };
    const auto draw = [&](int row, int column, const QFont& f, Qt::Alignment align, const QString& text) {
        painter.setFont(f);
        const QRect r = cell(row, column);
        painter.drawText(r, static_cast<int>(align | Qt::AlignVCenter), QFontMetricsF(f).elidedText(text, Qt::ElideRight, r.width()));
    };
    draw(0, 0, bold, Qt::AlignLeft, m_headers[0]);
    draw(0, 1, bold, Qt::AlignRight, m_headers[1]);
    draw(0, 2, bold, Qt::AlignRight, m_headers[2]);
    const QColor text = painter.pen().color();
    const int square = widthOf(QFontMetricsF(plain), kSquare);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        const QRect r = cell(i + 1, 0);
        painter.setFont(plain);
        painter.setPen(row.colour);
        painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, kSquare);
        painter.setPen(text);
        painter.drawText(r.adjusted(square, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(plain).elidedText(row.name, Qt::ElideRight, std::max(0, r.width() - square)));
        draw(i + 1, 1, bold, Qt::AlignRight, row.slope);
        draw(i + 1, 2, plain, Qt::AlignRight, row.at);
    }
}

void SlopeTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        measure();
    else if (event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}
