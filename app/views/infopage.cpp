// SPDX-License-Identifier: MIT
#include "app/views/infopage.h"

#include "app/views/blit.h"
#include "app/views/keptglyphs.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>

#include <cmath>

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
    // Every change of the text, and every step of laying it out, reaches the viewport through
    // the layout's update(); the picture is then out of date. (The document and its layout
    // live as long as the page: setHtml() clears the document, it does not replace it.)
    connect(document(), &QTextDocument::contentsChanged, this, &InfoPage::dropPicture);
    // Qt would fill the whole viewport with its background before each paint, and the picture
    // then covered most of it again: the page fills what it does not draw itself (paintEvent).
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::update, this, &InfoPage::dropPicture);
}

void InfoPage::setContent(const QString& source, const QString& html, const QStringList& factRows)
{
    // Laying out a page costs milliseconds: not again for the same text.
    if (html == m_html)
        return;
    // The picture of the text shown until now is kept too: a parameter dragged and back (or
    // reset by a switch to another function and back) finds its page's picture again.
    // Taken as it is, a pack still under way included: waiting for it here would hold up a step.
    std::optional<KeptPicture> shown;
    if (hasPicture())
        shown = KeptPicture{m_html, m_picture, std::move(m_packing), m_pictureKey};
    if (source != m_source || !replaceFacts(factRows)) {
        setHtml(html);
        m_source = source;
        m_factRows = factRows;
    }
    m_html = html;
    KeptGlyphs::keep(document());  // they cost memory (see InfoPanel)
    if (m_previous && m_previous->html == html && m_previous->key == pictureKey()) {
        m_picture = m_previous->picture;
        m_packing = std::move(m_previous->packing);
        m_pictureKey = m_previous->key;
    }
    m_previous = std::move(shown);
}

void InfoPage::prepare(const QRect& geometry, const QString& source, const QString& html, const QStringList& factRows)
{
    setGeometry(geometry);
    // A hidden widget's resize waits until it is shown, and QTextEdit then lays its text out
    // again (the waiting resize has no old size to compare). Drawing a hidden widget delivers
    // waiting resizes first: a pixel of the empty page costs nothing, and the text below is
    // laid out once, at the panel's width.
    viewport()->grab(QRect(0, 0, 1, 1));
    setContent(source, html, factRows);
    m_preparing = Preparing::ScrollBar;
}

bool InfoPage::prepareMore()
{
    switch (m_preparing) {
    case Preparing::ScrollBar: {
        // The style keeps a picture of each scroll bar look (AppStyle), and this page's handle
        // has a length and place of its own: drawn once now, not at the page's first paint.
        QScrollBar* bar = verticalScrollBar();
        QImage look(bar->size() * bar->devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
        look.setDevicePixelRatio(bar->devicePixelRatioF());
        bar->render(&look);
        m_preparing = Preparing::Picture;
        return true;
    }
    case Preparing::Picture:
        drawPicture(Use::Later);
        m_preparing = Preparing::Done;
        return true;
    case Preparing::Done:
        break;
    }
    return false;
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
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange) {
        dropPicture();
        m_previous.reset();  // drawn in another look
    }
    QTextBrowser::changeEvent(event);
}

void InfoPage::dropPicture()
{
    m_picture = PackedPicture();
    m_packing = PendingPackedPicture();
    m_unpacked = QImage();
}

InfoPage::PictureKey InfoPage::pictureKey() const
{
    return {viewport()->size(), viewport()->devicePixelRatioF(),
            QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value()), palette().cacheKey(), isActiveWindow()};
}

const PackedPicture& InfoPage::picture() const
{
    if (m_packing.isPending())
        m_picture = m_packing.take();
    return m_picture;
}

bool InfoPage::hasPicture() const
{
    // Packed or being packed; an unpacked copy exists only beside one of them.
    return m_packing.isPending() || !m_picture.isNull();
}

bool InfoPage::pictureFits() const
{
    return hasPicture() && m_pictureKey == pictureKey();
}

bool InfoPage::event(QEvent* event)
{
    if (event->type() == QEvent::Paint) {
        // The frame is painted when the whole page is (shown, resized), just before the
        // viewport, in the same pass: the one moment the viewport can draw itself into the
        // picture (Qt refuses a widget painting itself inside its own paint event). Drawing the
        // picture then costs what Qt's painting would, and the paint shows it unpacked; facts
        // rewritten at a step repaint only their rows, which Qt paints.
        if (!pictureFits() && !textCursor().hasSelection())
            drawPicture(Use::Now);
    }
    return QTextBrowser::event(event);
}

bool InfoPage::pictureLooksTheSame() const
{
    // At a fractional pixel ratio (150 %) the viewport starts between device pixels in the
    // window, and glyphs drawn there fall on other sub-pixel positions than in a picture of its
    // own; Qt paints the page then.
    const qreal ratio = viewport()->devicePixelRatioF();
    return ratio == std::floor(ratio);
}

void InfoPage::drawPicture(Use use)
{
    if (!pictureLooksTheSame())
        return;
    const PictureKey key = pictureKey();
    QImage image(key.size * key.pixelRatio, QImage::Format_RGB32);
    image.setDevicePixelRatio(key.pixelRatio);
    m_drawingPicture = true;
    viewport()->render(&image, QPoint(), QRegion(), QWidget::DrawWindowBackground);
    m_drawingPicture = false;
    // Rows of the background alone need no keeping: the picture fills them with it when drawn.
    const QBrush fill = viewport()->palette().brush(viewport()->backgroundRole());
    std::optional<QRgb> background;
    if (viewport()->autoFillBackground() && fill.style() == Qt::SolidPattern && fill.color().alpha() == 255)
        background = fill.color().rgb();
    m_picture = PackedPicture();
    m_unpacked = use == Use::Now && isVisible() ? image : QImage();  // a hidden page (grabbed) gets no hideEvent
    m_packing = PendingPackedPicture(std::move(image), background);
    m_pictureKey = key;
    ++m_pictureRedraws;
}

void InfoPage::hideEvent(QHideEvent* event)
{
    m_unpacked = QImage();  // a hidden page keeps its picture packed only
    QTextBrowser::hideEvent(event);
}

void InfoPage::paintEvent(QPaintEvent* event)
{
    // A selection (and the focus frame of a link reached with Tab, which is one) is drawn by Qt
    // as usual; the picture never holds one.
    if (m_drawingPicture || textCursor().hasSelection() || !pictureFits()) {
        if (!m_drawingPicture)
            m_unpacked = QImage();  // no longer what the page shows (scrolled, say): its memory back
        QPainter(viewport()).fillRect(event->rect(), viewport()->palette().brush(viewport()->backgroundRole()));
        QTextBrowser::paintEvent(event);
        return;
    }
    QPainter painter(viewport());
    if (!m_unpacked.isNull()) {
        const QRectF exposed(event->rect());
        const qreal ratio = m_unpacked.devicePixelRatio();
        Blit::draw(&painter, exposed, m_unpacked, QRectF(exposed.topLeft() * ratio, exposed.size() * ratio));
        return;
    }
    picture().draw(&painter, event->rect());
}
