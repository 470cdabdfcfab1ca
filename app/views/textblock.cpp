// SPDX-License-Identifier: MIT
#include "app/views/textblock.h"

#include "app/views/keptglyphs.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QPainter>
#include <QPaintEvent>
#include <QTextOption>

#include <cmath>

TextBlock::TextBlock(QWidget* parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    m_document.setDocumentMargin(0);  // as a label's
    m_document.setUndoRedoEnabled(false);
    QTextOption option = m_document.defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap);
    m_document.setDefaultTextOption(option);
    m_document.setDefaultFont(font());
}

void TextBlock::setTextFormat(Qt::TextFormat format)
{
    if (format == m_format)
        return;
    m_format = format;
    textChanged();
}

void TextBlock::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    textChanged();
}

void TextBlock::setBox(const QColor& background, const QColor& foreground, int margin, qreal radius)
{
    if (background == m_box && foreground == m_boxText && margin == m_margin && radius == m_radius)
        return;
    const bool resized = margin != m_margin;
    m_box = background;
    m_boxText = foreground;
    m_margin = margin;
    m_radius = radius;
    if (resized)
        textChanged();
    else
        update();
}

void TextBlock::fill()
{
    // Laid out once, at the width it is shown at. The text goes in with no page size (the
    // document then lays nothing out), and its blocks are told to keep their shaped glyphs
    // before the layout: a block's layout throws them away once laid out, and the paint that
    // follows every change would shape the lines again.
    const int textWidth = width() - 2 * m_margin;
    const qreal layoutWidth = textWidth > 0 ? textWidth : m_document.textWidth();
    m_document.setPageSize(QSizeF(0, 0));
    const bool rich = m_format == Qt::RichText || (m_format == Qt::AutoText && Qt::mightBeRichText(m_text));
    if (rich)
        m_document.setHtml(m_text);
    else
        m_document.setPlainText(m_text);
    KeptGlyphs::keep(&m_document);
    m_document.setTextWidth(layoutWidth);
    ++m_layouts;
    m_heights.fill({0, 0});
}

void TextBlock::layOut(int width) const
{
    if (m_document.textWidth() != width) {
        m_document.setTextWidth(width);
        ++m_layouts;
    }
}

void TextBlock::textChanged()
{
    fill();
    setAccessibleName(m_document.toPlainText());  // a label's text is its accessible name
    const int height = width() > 0 ? heightForWidth(width()) : -1;
    if (height != m_shownHeight || height < 0) {
        m_shownHeight = height;
        updateGeometry();
    }
    update();
}

int TextBlock::heightForWidth(int width) const
{
    if (width - 2 * m_margin <= 0)
        return fontMetrics().lineSpacing() + 2 * m_margin;
    for (const auto& [w, h] : m_heights)
        if (w == width)
            return h;
    layOut(width - 2 * m_margin);
    const int height = static_cast<int>(std::ceil(m_document.size().height())) + 2 * m_margin;
    m_heights[m_nextHeight] = {width, height};
    m_nextHeight = (m_nextHeight + 1) % m_heights.size();
    return height;
}

QSize TextBlock::sizeHint() const
{
    const int preferred = 60 * fontMetrics().averageCharWidth();
    return {preferred + 2 * m_margin, heightForWidth(width() > 0 ? width() : preferred + 2 * m_margin)};
}

QSize TextBlock::minimumSizeHint() const
{
    // As a word-wrapped label: narrow, and one line high (the layouts ask the height for the
    // width they give).
    return {12 * fontMetrics().averageCharWidth() + 2 * m_margin, fontMetrics().lineSpacing() + 2 * m_margin};
}

void TextBlock::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    if (m_box.isValid() && !m_text.isEmpty()) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_box);
        painter.drawRoundedRect(QRectF(rect()), m_radius, m_radius);
        painter.setRenderHint(QPainter::Antialiasing, false);
    }
    layOut(width() - 2 * m_margin);  // nothing to do unless the width changed since the last layout
    // Centred vertically in a taller box, as a label's text.
    const double spare = height() - 2 * m_margin - m_document.size().height();
    const QPointF origin(m_margin, m_margin + (spare > 0 ? std::floor(spare / 2) : 0.0));
    painter.translate(origin);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    context.palette.setColor(QPalette::Text, m_boxText.isValid() ? m_boxText : palette().color(foregroundRole()));
    context.clip = QRectF(event->rect()).translated(-origin);
    m_document.documentLayout()->draw(&painter, context);
}

void TextBlock::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // The layouts have just placed it by its height for this width.
    m_shownHeight = heightForWidth(width());
}

void TextBlock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange) {
        m_document.setDefaultFont(font());
        m_shownHeight = -1;
        textChanged();
    } else if (event->type() == QEvent::PaletteChange) {
        update();
    }
    QWidget::changeEvent(event);
}
