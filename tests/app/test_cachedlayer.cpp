// SPDX-License-Identifier: MIT
// CachedLayerEffect on its own: when it draws its picture again, when it reuses it, and when it
// draws the real thing instead; and the shared pixmap cache it replaces, switched off.
#include "app/views/cachedlayereffect.h"
#include "app/memorypolicy.h"

#include <QApplication>
#include <QBuffer>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgGenerator>
#include <QThread>

#include <gtest/gtest.h>

namespace {

class CachedLayer : public ::testing::Test {
protected:
    void SetUp() override
    {
        view.setScene(&scene);
        view.setFrameShape(QFrame::NoFrame);
        view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view.resize(200, 150);
        scene.setSceneRect(0, 0, 200, 150);
        layer = new CachedLayerEffect();
        box = scene.addRect(QRectF(20, 20, 100, 80), Qt::NoPen, Qt::blue);
        box->setGraphicsEffect(layer);  // the item owns it
        view.show();
        QApplication::processEvents();
    }

    QColor pixelAt(int x, int y)
    {
        QApplication::processEvents();
        return view.grab().toImage().pixelColor(x, y);
    }

    QGraphicsScene scene;
    QGraphicsView view;
    QGraphicsRectItem* box = nullptr;
    CachedLayerEffect* layer = nullptr;
};

TEST_F(CachedLayer, DrawsThePictureOnceAndAgainOnlyAfterAChange)
{
    EXPECT_EQ(pixelAt(50, 50), QColor(Qt::blue));
    const int first = layer->redraws();
    EXPECT_GE(first, 1);
    pixelAt(50, 50);
    pixelAt(10, 10);
    EXPECT_EQ(layer->redraws(), first) << "nothing changed: the picture is reused";
    box->setBrush(Qt::red);
    EXPECT_EQ(pixelAt(50, 50), QColor(Qt::red));
    EXPECT_EQ(layer->redraws(), first + 1);
    // A child's change is the subtree's change too.
    auto* child = new QGraphicsRectItem(QRectF(30, 30, 10, 10), box);
    child->setBrush(Qt::green);
    child->setPen(Qt::NoPen);
    EXPECT_EQ(pixelAt(35, 35), QColor(Qt::green));
    child->setBrush(Qt::yellow);
    EXPECT_EQ(pixelAt(35, 35), QColor(Qt::yellow));
}

TEST_F(CachedLayer, DrawsASubtreeReachingFarBeyondTheViewDirectly)
{
    // Qt would size the picture by the bounding box: 10⁷ pixels tall.
    auto* line = new QGraphicsLineItem(QLineF(60, 0, 60, 1.0e7), box);
    line->setPen(QPen(Qt::black, 3));
    const int before = layer->redraws();
    EXPECT_EQ(pixelAt(60, 120), QColor(Qt::black));
    EXPECT_EQ(layer->redraws(), before);
    // Clipped to the item, the subtree is cached again.
    box->setFlag(QGraphicsItem::ItemClipsChildrenToShape);
    EXPECT_EQ(pixelAt(60, 60), QColor(Qt::black));
    EXPECT_EQ(pixelAt(60, 120), QColor(Qt::white));
    EXPECT_GT(layer->redraws(), before);
}

TEST_F(CachedLayer, AClippingItemBoundsThePictureByItsOwnRectangle)
{
    box->setFlag(QGraphicsItem::ItemClipsChildrenToShape);
    layer->setClippingItem(box);
    auto* line = new QGraphicsLineItem(QLineF(60, -1.0e7, 60, 1.0e7), box);
    line->setPen(QPen(Qt::black, 3));
    const int before = layer->redraws();
    EXPECT_EQ(pixelAt(60, 60), QColor(Qt::black));
    EXPECT_EQ(pixelAt(60, 120), QColor(Qt::white)) << "outside the box: clipped";
    EXPECT_EQ(pixelAt(50, 50), QColor(Qt::blue));
    EXPECT_EQ(layer->redraws(), before + 1) << "drawn once, then reused";
    // Without the clipping flag the item's rectangle no longer bounds the drawing.
    box->setFlag(QGraphicsItem::ItemClipsChildrenToShape, false);
    EXPECT_EQ(pixelAt(60, 120), QColor(Qt::black));
}

TEST_F(CachedLayer, ALayoutRequestOnAWatchedObjectDropsThePicture)
{
    QObject layoutOwner;
    layer->watchLayoutOf(&layoutOwner);
    pixelAt(50, 50);
    const int before = layer->redraws();
    QEvent request(QEvent::LayoutRequest);
    QApplication::sendEvent(&layoutOwner, &request);
    pixelAt(50, 50);
    EXPECT_EQ(layer->redraws(), before + 1);
}

TEST_F(CachedLayer, ATargetOfAnotherPixelRatioGetsTheRealDrawing)
{
    // A stripe half a widget pixel wide: one device pixel at 2×, which a 1× picture cannot show.
    auto* stripe = new QGraphicsRectItem(QRectF(60.5, 30, 0.5, 60), box);
    stripe->setPen(Qt::NoPen);
    stripe->setBrush(Qt::red);
    pixelAt(50, 50);
    const int before = layer->redraws();
    // Rendered into an image of twice the widget's pixel ratio (QWidget::render to a device
    // paints "on" the widget, redirected).
    QImage sharp(view.size() * 2, QImage::Format_ARGB32_Premultiplied);
    sharp.setDevicePixelRatio(2.0);
    sharp.fill(Qt::white);
    static_cast<QWidget&>(view).render(&sharp);  // QGraphicsView::render hides it
    EXPECT_EQ(layer->redraws(), before);
    EXPECT_EQ(sharp.pixelColor(120, 120), QColor(Qt::blue));
    EXPECT_EQ(sharp.pixelColor(121, 120), QColor(Qt::red));
    EXPECT_EQ(sharp.pixelColor(122, 120), QColor(Qt::blue));
}

TEST_F(CachedLayer, VectorTargetsGetTheRealDrawing)
{
    pixelAt(50, 50);
    const int before = layer->redraws();
    QBuffer svgData;
    QSvgGenerator svg;
    svg.setOutputDevice(&svgData);
    svg.setSize(view.size());
    {
        QPainter painter(&svg);
        view.render(&painter);
    }
    EXPECT_EQ(layer->redraws(), before);
    EXPECT_FALSE(svgData.data().contains("<image")) << "a picture of the drawing, not the drawing";
    EXPECT_TRUE(svgData.data().contains("#0000ff"));
}

// An item that notes the thread it was painted on.
class ThreadNotingItem : public QGraphicsRectItem {
public:
    using QGraphicsRectItem::QGraphicsRectItem;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override
    {
        paintedOn = QThread::currentThread();
        QGraphicsRectItem::paint(painter, option, widget);
    }
    QThread* paintedOn = nullptr;
};

// The picture is drawn on the GUI thread, whole, whether the paint exposes all of the subtree
// (drawn into an image) or part of it (Qt's sourcePixmap: drawSource would draw only the exposed
// items). No thread is woken for it: the items under it draw nothing the raster engine hands to
// its pool (see Blit::fill).
TEST_F(CachedLayer, DrawsTheWholePictureHereWhetherThePaintExposesAllOfItOrPart)
{
    auto* item = new ThreadNotingItem(QRectF(40, 40, 20, 20), box);
    item->setPen(Qt::NoPen);
    item->setBrush(Qt::green);
    EXPECT_EQ(pixelAt(50, 50), QColor(Qt::green));
    EXPECT_EQ(item->paintedOn, QThread::currentThread()) << "the whole view was painted: the picture drawn here";

    item->setBrush(Qt::yellow);
    QApplication::processEvents();  // Qt's own repaint, which exposes the whole box
    layer->invalidate();
    item->paintedOn = nullptr;
    view.viewport()->repaint(QRect(0, 0, 30, 30));  // the box's corner only
    EXPECT_EQ(item->paintedOn, QThread::currentThread());
    const int before = layer->redraws();
    EXPECT_EQ(pixelAt(50, 50), QColor(Qt::yellow)) << "the picture holds the unexposed item too";
    EXPECT_EQ(layer->redraws(), before) << "and is reused";
}

// With a backdrop the view need not fill itself: the backdrop is drawn under the clipping item's
// rectangle, inside the picture (then opaque) or under the real drawing, whichever is drawn.
TEST_F(CachedLayer, ABackdropIsDrawnUnderTheItemWhicheverWayItIsDrawn)
{
    box->setBrush(Qt::NoBrush);  // the backdrop shows through the item where nothing is drawn
    box->setFlag(QGraphicsItem::ItemClipsChildrenToShape);
    layer->setClippingItem(box);
    auto* child = new QGraphicsRectItem(QRectF(40, 40, 20, 20), box);
    child->setPen(Qt::NoPen);
    child->setBrush(Qt::green);
    const QColor backdrop(250, 240, 200);
    layer->setBackdrop(backdrop);
    view.viewport()->setAttribute(Qt::WA_OpaquePaintEvent);

    const QImage shown = view.grab().toImage();  // a paint exposing all of it: the picture drawn into an image
    EXPECT_EQ(shown.pixelColor(50, 50), QColor(Qt::green));
    EXPECT_EQ(shown.pixelColor(25, 25), backdrop);
    EXPECT_EQ(shown.pixelColor(115, 95), backdrop);

    child->setBrush(Qt::yellow);
    QApplication::processEvents();
    layer->invalidate();
    const QImage corner = view.grab(QRect(0, 0, 30, 30)).toImage();  // Qt's picture of the exposed part
    EXPECT_EQ(corner.pixelColor(25, 25), backdrop);
    EXPECT_EQ(view.grab().toImage().pixelColor(50, 50), QColor(Qt::yellow));

    QImage sharp(view.size() * 2, QImage::Format_ARGB32_Premultiplied);  // the real drawing
    sharp.setDevicePixelRatio(2.0);
    sharp.fill(Qt::transparent);
    static_cast<QWidget&>(view).render(&sharp);
    EXPECT_EQ(sharp.pixelColor(50, 50), backdrop);
    EXPECT_EQ(sharp.pixelColor(100, 100), QColor(Qt::yellow));
    EXPECT_EQ(sharp.pixelColor(10, 10).alpha(), 0) << "nothing outside the item's rectangle";

    layer->setBackdrop(QColor(0, 0, 0, 100));
    EXPECT_EQ(view.grab().toImage().pixelColor(115, 95).alpha(), 255) << "a translucent backdrop is none";
}

// Qt 6.4 keeps the key of every entry its pixmap cache ever dropped (see memorypolicy.h): with
// the application's policy nothing is stored, so nothing is kept.
TEST(MemoryPolicy, SharedPixmapCacheStoresNothing)
{
    QPixmapCache::setCacheLimit(10240);
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::red);
    EXPECT_TRUE(QPixmapCache::insert(QStringLiteral("activationlab-test-before"), pixmap));
    turnOffSharedPixmapCache();
    EXPECT_EQ(QPixmapCache::cacheLimit(), 0);
    EXPECT_FALSE(QPixmapCache::insert(QStringLiteral("activationlab-test-after"), pixmap));
    QPixmap found;
    EXPECT_FALSE(QPixmapCache::find(QStringLiteral("activationlab-test-after"), &found));
    EXPECT_FALSE(QPixmapCache::find(QStringLiteral("activationlab-test-before"), &found));
}

}  // namespace
