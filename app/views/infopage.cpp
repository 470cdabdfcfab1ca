// SPDX-License-Identifier: MIT
#include "app/views/infopage.h"

#include <QEvent>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>

InfoPage::InfoPage(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    // Pages wrap to the panel; a sideways scroll bar beside a lecture is never wanted.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A new page is laid out lazily: its height grows in steps, the scroll bar came and went, and
    // each time the viewport's width changed the whole page was laid out again (three layouts
    // per function switch). The pages are longer than the panel anyway.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setLineWrapMode(QTextEdit::WidgetWidth);
    // A library call such as keras.layers.PReLU(alpha_initializer=…) has no space to break at;
    // with the sideways scroll bar off it would be cut, so a word wider than the panel breaks.
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
}

void InfoPage::setContent(const QString& source, const QString& html, const QStringList& factRows)
{
    // Laying out a page costs milliseconds: not again for the same text.
    if (html == m_html)
        return;
    if (source == m_source && replaceFacts(factRows)) {
        m_html = html;
        keepGlyphs();
        return;
    }
    setHtml(html);
    m_source = source;
    m_html = html;
    m_factRows = factRows;
    keepGlyphs();
}

void InfoPage::keepGlyphs()
{
    // A block's layout throws its shaped glyphs away once laid out, and every paint shapes the
    // visible lines again (half of painting a page). Kept, they cost memory (see InfoPanel).
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        if (QTextLayout* layout = block.layout())
            layout->setCacheEnabled(true);
}

bool InfoPage::replaceFacts(const QStringList& rows)
{
    if (m_factRows.isEmpty() || rows.size() != m_factRows.size())
        return false;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i] == m_factRows[i])
            continue;
        const QTextBlock block = document()->findBlockByNumber(static_cast<int>(kFirstFactBlock + i));
        if (!block.isValid())
            return false;
        // Replace the row's text, keeping its paragraph (the margins) itself.
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        cursor.insertHtml(rows[i]);
        m_factRows[i] = rows[i];
    }
    return true;
}

QSize InfoPage::minimumSizeHint() const
{
    if (!m_minimumSize.isValid())
        m_minimumSize = QTextBrowser::minimumSizeHint();
    return m_minimumSize;
}

void InfoPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_minimumSize = QSize();
    QTextBrowser::changeEvent(event);
}
