// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QGraphicsEffect>
#include <QPixmap>
#include <QTransform>

#include <functional>
#include <utility>

// Paints a graphics item and all its children from one pixmap of its own, drawn again only
// when something in that subtree changes (Qt reports it through sourceChanged) or the view's
// transform or pixel ratio does. A chart's grid, curves, regions and texts then cost one blit
// when only the items over them move. The picture is drawn into an image when the paint exposes
// all of it, else by Qt's sourcePixmap(); the items under it must not make the raster engine hand
// fills to its thread pool (tall translucent or antialiased fills; see Blit::fill).
//
// Qt's own item caches (QGraphicsItem::setCacheMode) would do the same, but they live in
// QPixmapCache, which this application switches off (see memorypolicy.h). Vector targets
// (SVG, PDF) get the real drawing, not a picture of it — which also relies on that cache being
// off: Qt's drawSource() reuses its last source pixmap when QPixmapCache still holds it.
class CachedLayerEffect : public QGraphicsEffect {
public:
    using QGraphicsEffect::QGraphicsEffect;

    // Qt reports changes of the subtree only when it next processes the scene's dirty items, a
    // step after the change; a grab() or render() in between would show the old picture. So the
    // owner calls invalidate() when it changes the subtree itself, and the widgets that lay the
    // subtree out again later (Qt Charts moves and re-texts its items on a layout request) are
    // watched for that request.
    void invalidate() { m_pixmap = QPixmap(); }
    // The owner's word that the effect's item clips its children to its bounding rectangle
    // (ItemClipsChildrenToShape on a rectangular item): the picture is then that rectangle, and
    // Qt's union of every child's bounds (a line item strokes its outline for it, a fifth of a
    // slider step's work) is not asked for.
    void setClippingItem(const QGraphicsItem* item) { m_clippingItem = item; }
    void watchLayoutOf(QObject* widget) { widget->installEventFilter(this); }
    // The colour the item is seen over: its view's background, which then need not fill itself
    // (Qt would fill all of the view before each paint, and the picture covered it again). It
    // is drawn under the clipping item's rectangle whichever way the item is drawn, and inside
    // the picture, which is then opaque: drawn as one copy instead of a blend. (Pixel for pixel
    // the same while the item's own background is opaque: the view showed it only around it.)
    void setBackdrop(const QColor& colour);
    QColor backdrop() const { return m_backdrop; }
    // Called just before the picture is drawn again (after Qt's layouts, which may have set the
    // subtree's texts anew): the owner's last word on the items, e.g. their glyphs kept.
    void setBeforeRedraw(std::function<void()> hook) { m_beforeRedraw = std::move(hook); }
    // How often the pixmap was drawn again: for tests of when the cache is (not) reused.
    int redraws() const { return m_redraws; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void draw(QPainter* painter) override;
    void sourceChanged(ChangeFlags flags) override;

private:
    // Draws the picture again; false when the subtree was drawn directly instead (too big).
    bool redraw(QPainter* painter);
    // The subtree drawn as Qt draws it, over the backdrop if there is one.
    void drawDirectly(QPainter* painter);

    const QGraphicsItem* m_clippingItem = nullptr;
    std::function<void()> m_beforeRedraw;
    QPixmap m_pixmap;
    QPoint m_offset;
    QTransform m_transform;
    QColor m_backdrop;
    int m_redraws = 0;
};
