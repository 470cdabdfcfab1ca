// SPDX-License-Identifier: MIT
#include "app/views/textblock.h"

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

void TextBlock::fill()
{
    // Laid out once, at the width it is shown at: the document lays a new text out right away
    // at its text width (and again at every new width).
    if (width() > 0 && m_document.textWidth() != width())
        m_document.setTextWidth(width());
    const bool rich = m_format == Qt::RichText || (m_format == Qt::AutoText && Qt::mightBeRichText(m_text));
    if (rich)
        m_document.setHtml(m_text);
    else
        m_document.setPlainText(m_text);
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
    if (width <= 0)
        return fontMetrics().lineSpacing();
    for (const auto& [w, h] : m_heights)
        if (w == width)
            return h;
    layOut(width);
    const int height = static_cast<int>(std::ceil(m_document.size().height()));
    m_heights[m_nextHeight] = {width, height};
    m_nextHeight = (m_nextHeight + 1) % m_heights.size();
    return height;
}

QSize TextBlock::sizeHint() const
{
    const int preferred = 60 * fontMetrics().averageCharWidth();
    return {preferred, heightForWidth(width() > 0 ? width() : preferred)};
}

QSize TextBlock::minimumSizeHint() const
{
    // As a word-wrapped label: narrow, and one line high (the layouts ask the height for the
    // width they give).
    return {12 * fontMetrics().averageCharWidth(), fontMetrics().lineSpacing()};
}

void TextBlock::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    layOut(width());  // nothing to do unless the width changed since the last layout
    // Centred vertically in a taller box, as a label's text.
    const double spare = height() - m_document.size().height();
    if (spare > 0)
        painter.translate(0, std::floor(spare / 2));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    context.palette.setColor(QPalette::Text, palette().color(foregroundRole()));
    context.clip = QRectF(event->rect()).translated(0, spare > 0 ? -std::floor(spare / 2) : 0.0);
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
