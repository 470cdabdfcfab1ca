// SPDX-License-Identifier: MIT
// An info page shown again comes from its packed picture (PackedPicture): the same pixels Qt's
// own painting draws, drawn again whenever what they show changes, and never holding a selection.
#include "app/appstyle.h"
#include "app/languagemanager.h"
#include "app/model/explorermodel.h"
#include "app/views/infopage.h"
#include "app/views/infopanel.h"
#include "app/views/packedpicture.h"
#include "core/catalog.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <vector>

namespace {

// A panel showing `function`'s page at a reader's size, never painted yet.
std::unique_ptr<InfoPanel> panelFor(ExplorerModel& model, const char* function)
{
    LanguageManager::instance().apply(QStringLiteral("en"));
    model.setFunction(QString::fromLatin1(function));
    auto panel = std::make_unique<InfoPanel>(&model);
    panel->setPreparingAhead(false);  // the tests count pages and pictures, and prepare them themselves
    panel->resize(360, 420);
    return panel;
}

QImage picture(QWidget& widget)
{
    return widget.grab().toImage();
}

// Whether the page keeps pictures of itself: not at a fractional pixel ratio (150 %), where Qt
// paints it every time (see InfoPage).
bool keepsPictures(const InfoPage& page)
{
    const qreal ratio = page.viewport()->devicePixelRatioF();
    return ratio == std::floor(ratio);
}

TEST(PackedPicture, GivesBackEveryPixel)
{
    QImage noise(123, 45, QImage::Format_RGB32);  // nothing to pack: the worst case
    for (int y = 0; y < noise.height(); ++y)
        for (int x = 0; x < noise.width(); ++x)
            noise.setPixel(x, y, QRandomGenerator::global()->generate() | 0xff000000U);
    noise.setDevicePixelRatio(2.0);
    const PackedPicture packedNoise(noise);
    EXPECT_EQ(packedNoise.unpacked(), noise);
    EXPECT_EQ(packedNoise.unpacked().devicePixelRatio(), 2.0);

    QImage text(400, 300, QImage::Format_ARGB32_Premultiplied);
    text.fill(Qt::white);
    {
        QPainter painter(&text);
        painter.drawText(text.rect(), Qt::TextWordWrap, QStringLiteral("Softmax turns K scores into probabilities that add up to 1."));
    }
    const PackedPicture packedText(text);
    EXPECT_EQ(packedText.unpacked(), text.convertToFormat(QImage::Format_RGB32));
    EXPECT_LT(packedText.bytes(), text.sizeInBytes() / 10) << "a page of text packs at least tenfold";

    EXPECT_TRUE(PackedPicture(QImage()).isNull());
    EXPECT_TRUE(PackedPicture(QImage()).unpacked().isNull());

    // Rows of the background only are left out, and given back filled with it.
    const PackedPicture withoutBlankRows(text, qRgb(255, 255, 255));
    EXPECT_EQ(withoutBlankRows.unpacked(), text.convertToFormat(QImage::Format_RGB32));
    EXPECT_LT(withoutBlankRows.keptRows(), text.height() / 4) << "one line of text";
    EXPECT_GT(withoutBlankRows.keptRows(), 5);
    // Drawn over anything, it is the picture again: the background's rows filled with it.
    QImage redrawn(text.size(), QImage::Format_RGB32);
    redrawn.fill(Qt::black);
    {
        QPainter painter(&redrawn);
        withoutBlankRows.draw(&painter, redrawn.rect());
    }
    EXPECT_EQ(redrawn, text.convertToFormat(QImage::Format_RGB32));
    QImage blank(50, 40, QImage::Format_RGB32);
    blank.fill(Qt::white);
    const PackedPicture nothingKept(blank, qRgb(255, 255, 255));
    EXPECT_FALSE(nothingKept.isNull());
    EXPECT_EQ(nothingKept.keptRows(), 0);
    EXPECT_EQ(nothingKept.unpacked(), blank);
    QImage blankRedrawn(blank.size(), QImage::Format_RGB32);
    blankRedrawn.fill(Qt::black);
    {
        QPainter painter(&blankRedrawn);
        nothingKept.draw(&painter, QRect(0, 10, 50, 20));
    }
    EXPECT_EQ(blankRedrawn.pixel(25, 5), qRgb(0, 0, 0)) << "only what is exposed is drawn";
    EXPECT_EQ(blankRedrawn.copy(0, 10, 50, 20), blank.copy(0, 10, 50, 20));
}

// Packed on a pool thread, a picture is the same as packed here; dropped before it is taken, its
// packing ends unseen.
TEST(PackedPicture, PacksTheSameOnAPoolThread)
{
    QImage text(300, 200, QImage::Format_RGB32);
    text.fill(Qt::white);
    {
        QPainter painter(&text);
        painter.drawText(text.rect(), Qt::TextWordWrap, QStringLiteral("Swish is z times the sigmoid of z."));
    }
    PendingPackedPicture pending(text, qRgb(255, 255, 255));
    EXPECT_TRUE(pending.isPending());
    const PackedPicture packed = pending.take();
    EXPECT_FALSE(pending.isPending());
    const PackedPicture here(text, qRgb(255, 255, 255));
    EXPECT_EQ(packed.keptRows(), here.keptRows());
    EXPECT_EQ(packed.bytes(), here.bytes());
    EXPECT_EQ(packed.unpacked(), text);
    EXPECT_TRUE(pending.take().isNull()) << "taken once";
    for (int i = 0; i < 20; ++i)
        PendingPackedPicture dropped(text, qRgb(255, 255, 255));  // never taken
    QThreadPool::globalInstance()->waitForDone();
}

// One unpacking buffer serves every picture: pictures drawn in turn each draw their own pixels.
TEST(PackedPicture, PicturesDrawnInTurnDrawTheirOwnPixels)
{
    const auto page = [](const QString& text) {
        QImage image(300, 200, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.drawText(image.rect(), Qt::TextWordWrap, text);
        return image;
    };
    const QImage first = page(QStringLiteral("ReLU is zero for negative z: its gradient dies there."));
    const QImage second = page(QStringLiteral("GELU weighs z by the probability that a standard normal is below it."));
    const PackedPicture packedFirst(first, qRgb(255, 255, 255));
    const PackedPicture packedSecond(second, qRgb(255, 255, 255));
    const auto drawn = [](const PackedPicture& picture) {
        QImage image(picture.size(), QImage::Format_RGB32);
        image.fill(Qt::black);
        QPainter painter(&image);
        picture.draw(&painter, image.rect());
        return image;
    };
    EXPECT_EQ(drawn(packedFirst), first);
    EXPECT_EQ(drawn(packedSecond), second) << "the other picture's rows were in the buffer";
    EXPECT_EQ(drawn(packedFirst), first);
    EXPECT_EQ(drawn(packedFirst), first) << "and again";
}

// Painted whole, a page draws its picture, which shows the pixels Qt paints.
TEST(InfoPage, ItsPictureShowsWhatQtPaints)
{
    ExplorerModel model;
    const std::unique_ptr<InfoPanel> panel = panelFor(model, "elu");
    InfoPage* page = panel->currentPage();
    // Qt's painting: another page's viewport drawn alone, without its frame (no picture then).
    ExplorerModel otherModel;
    const std::unique_ptr<InfoPanel> other = panelFor(otherModel, "elu");
    const QImage byQt = other->currentPage()->viewport()->grab().toImage();
    EXPECT_EQ(other->currentPage()->pictureRedraws(), 0) << "a picture is drawn only when the whole page is";
    const auto viewportIn = [page](const QImage& whole) {
        const qreal ratio = whole.devicePixelRatio();
        const QRect at(page->viewport()->mapTo(page->parentWidget(), QPoint()) * ratio, page->viewport()->size() * ratio);
        QImage part = whole.copy(at);
        part.setDevicePixelRatio(ratio);
        return part;
    };

    const QImage whole = picture(*panel);
    if (!keepsPictures(*page)) {
        // Qt paints at 150 % (the viewport there starts between device pixels, and its glyphs
        // fall elsewhere than in a grab of its own).
        EXPECT_EQ(page->pictureRedraws(), 0);
        return;
    }
    EXPECT_EQ(viewportIn(whole), byQt);
    EXPECT_EQ(page->pictureRedraws(), 1) << "painted whole: pictured";
    EXPECT_GT(page->pictureBytes(), 0);
    const qreal ratio = page->viewport()->devicePixelRatioF();
    const qreal rawBytes = page->viewport()->width() * page->viewport()->height() * ratio * ratio * 4;
    EXPECT_LT(page->pictureBytes(), rawBytes / 5) << "packed: a fifth of the pixels' memory at most";
    EXPECT_EQ(picture(*panel), whole);
    EXPECT_EQ(page->pictureRedraws(), 1) << "nothing changed: the picture is reused";

    // Another function and back: the kept page shows its picture again.
    model.setFunction(QStringLiteral("tanh"));
    picture(*panel);
    model.setFunction(QStringLiteral("elu"));
    EXPECT_EQ(panel->currentPage(), page);
    EXPECT_EQ(picture(*panel), whole);
    EXPECT_EQ(page->pictureRedraws(), 1);
}

// A dragged parameter rewrites the facts at every step: the rows repaint, painted by Qt, and no
// picture is drawn for facts that will change at the next step.
TEST(InfoPage, DrawsNoPictureForFactsChangedInView)
{
    ExplorerModel model;
    const std::unique_ptr<InfoPanel> panel = panelFor(model, "leaky_relu");
    panel->show();
    QApplication::processEvents();
    InfoPage* page = panel->currentPage();
    const int redraws = page->pictureRedraws();
    // Values of one width: a row that wraps differently changes the page's height, and Qt then
    // repaints it whole (and a whole paint draws a picture).
    for (const double alpha : {0.11, 0.12, 0.13}) {
        model.setParameter(0, alpha);
        QApplication::processEvents();
    }
    EXPECT_EQ(page->pictureRedraws(), redraws);
    const std::unique_ptr<InfoPanel> fresh = panelFor(model, "leaky_relu");
    EXPECT_EQ(page->viewport()->grab().toImage(), fresh->currentPage()->viewport()->grab().toImage());
}

// What the picture shows changes with the facts (a parameter), the scroll position and the font;
// a selection is painted by Qt over the text, never kept.
TEST(InfoPage, DrawsItsPictureAgainWhenThePageChanges)
{
    ExplorerModel model;
    const std::unique_ptr<InfoPanel> panel = panelFor(model, "leaky_relu");
    InfoPage* page = panel->currentPage();
    picture(*panel);
    const QImage before = picture(*panel);
    const int drawn = keepsPictures(*page) ? 1 : 0;
    ASSERT_EQ(page->pictureRedraws(), drawn);

    model.setParameter(0, 0.3);
    const QImage afterStep = picture(*panel);
    EXPECT_EQ(page->pictureRedraws(), 2 * drawn);
    EXPECT_NE(afterStep, before);
    const std::unique_ptr<InfoPanel> fresh = panelFor(model, "leaky_relu");
    EXPECT_EQ(afterStep, picture(*fresh)) << "the facts' rows rewritten in place look as a new page does";

    page->verticalScrollBar()->setValue(page->verticalScrollBar()->maximum() / 2);
    ASSERT_GT(page->verticalScrollBar()->value(), 0);
    const QImage scrolled = picture(*panel);
    EXPECT_EQ(page->pictureRedraws(), 3 * drawn);
    EXPECT_NE(scrolled, afterStep);

    page->selectAll();
    const QImage selected = picture(*panel);
    EXPECT_NE(selected, scrolled) << "the selection shows";
    EXPECT_EQ(page->pictureRedraws(), 3 * drawn);
    page->moveCursor(QTextCursor::Start);
    page->verticalScrollBar()->setValue(page->verticalScrollBar()->maximum() / 2);
    EXPECT_EQ(picture(*panel), scrolled);
    EXPECT_EQ(page->pictureRedraws(), 3 * drawn) << "the selection never went into the picture";

    QFont larger = panel->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.5);
    panel->setFont(larger);
    EXPECT_NE(picture(*panel), scrolled);
    EXPECT_EQ(page->pictureRedraws(), 4 * drawn);
}

}  // namespace

namespace {

// A panel on screen showing `function`'s page, painted once.
std::unique_ptr<InfoPanel> shownPanelFor(ExplorerModel& model, const char* function)
{
    auto panel = panelFor(model, function);
    panel->show();
    QApplication::processEvents();
    return panel;
}

// A parameter moved and back (a switch to another function and back resets it) finds the page's
// picture of its facts as they were: Qt paints the page only for the new facts.
TEST(InfoPage, KeepsThePictureOfItsPreviousFacts)
{
    ExplorerModel model;
    const std::unique_ptr<InfoPanel> panel = panelFor(model, "leaky_relu");
    InfoPage* page = panel->currentPage();
    const int drawn = keepsPictures(*page) ? 1 : 0;  // at 150 % Qt paints, and the pixels hold
    picture(*panel);
    const QImage atDefault = picture(*panel);
    ASSERT_EQ(page->pictureRedraws(), drawn);
    const double alpha = model.parameters()[0];

    model.setParameter(0, 0.3);
    EXPECT_NE(picture(*panel), atDefault);
    EXPECT_EQ(page->pictureRedraws(), 2 * drawn);
    model.setParameter(0, alpha);
    EXPECT_EQ(picture(*panel), atDefault);
    EXPECT_EQ(page->pictureRedraws(), 2 * drawn) << "the previous facts' picture, restored";
    model.setParameter(0, 0.3);
    EXPECT_EQ(page->pictureRedraws(), 2 * drawn) << "and back again";
    picture(*panel);

    page->verticalScrollBar()->setValue(page->verticalScrollBar()->maximum() / 3);
    picture(*panel);
    const int redraws = page->pictureRedraws();
    model.setParameter(0, alpha);
    picture(*panel);
    EXPECT_EQ(page->pictureRedraws(), redraws + drawn) << "scrolled since: that picture shows another part";
    const std::unique_ptr<InfoPanel> fresh = panelFor(model, "leaky_relu");
    picture(*fresh);  // laid out, so that it can scroll as far
    fresh->currentPage()->verticalScrollBar()->setValue(page->verticalScrollBar()->value());
    EXPECT_EQ(picture(*panel), picture(*fresh));
}

// Pages prepared ahead (after the panel is shown, one per tick) are laid out and pictured at the
// panel's size: the first switch to a function then neither lays out nor paints its page, and
// shows what a page made on the spot shows.
TEST(InfoPanel, PreparesEveryFunctionsPageAhead)
{
    ExplorerModel model;
    const std::unique_ptr<InfoPanel> panel = shownPanelFor(model, "relu");
    int steps = 0;
    while (panel->prepareNextPage())
        ++steps;
    EXPECT_EQ(steps, 3 * (static_cast<int>(al::catalog().size()) - 1)) << "each page laid out, its scroll bar drawn, then pictured";
    EXPECT_EQ(panel->count(), static_cast<int>(al::catalog().size()));
    EXPECT_FALSE(panel->prepareNextPage());

    const std::vector<const char*> visited{"leaky_relu", "prelu", "gelu"};
    std::vector<QImage> shown;
    for (const char* next : visited) {
        const int pages = panel->count();
        model.setFunction(QString::fromLatin1(next));
        InfoPage* page = panel->currentPage();
        const int redraws = page->pictureRedraws();
        EXPECT_EQ(redraws > 0, keepsPictures(*page)) << next << ": pictured ahead, but at 150 % (Qt paints there)";
        QSignalSpy laidOut(page->document()->documentLayout(), &QAbstractTextDocumentLayout::update);
        const auto* style = dynamic_cast<const AppStyle*>(QApplication::style());
        ASSERT_NE(style, nullptr);
        const int styleDraws = style->keptDraws();
        QApplication::processEvents();
        EXPECT_EQ(style->keptDraws(), styleDraws) << next << ": its scroll bar's look drawn ahead too";
        EXPECT_EQ(panel->count(), pages) << next << ": no page made";
        EXPECT_EQ(laidOut.count(), 0) << next << ": not laid out again when shown";
        EXPECT_EQ(page->pictureRedraws(), redraws) << next << ": its picture shown";
        shown.push_back(picture(*panel));
    }
    // (Another window on screen would change which one is active, and so the pictures' key.)
    for (std::size_t i = 0; i < visited.size(); ++i) {
        ExplorerModel freshModel;
        const std::unique_ptr<InfoPanel> fresh = shownPanelFor(freshModel, visited[i]);
        EXPECT_EQ(shown[i], picture(*fresh)) << visited[i];
    }
}

// Shown, the panel prepares the pages itself, one per tick, and stops when all are ready.
TEST(InfoPanel, PreparesThePagesByItselfWhenShown)
{
    ExplorerModel model;
    LanguageManager::instance().apply(QStringLiteral("en"));
    InfoPanel panel(&model);
    panel.resize(360, 420);
    QTest::qWait(50);
    EXPECT_EQ(panel.count(), 1) << "hidden, it prepares nothing";
    panel.show();
    EXPECT_TRUE(panel.preparing());
    const int functions = static_cast<int>(al::catalog().size());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !panel.preparing(); }, 5000));
    EXPECT_EQ(panel.count(), functions);
    EXPECT_FALSE(panel.prepareNextPage()) << "all ready";
}

}  // namespace
