// SPDX-License-Identifier: MIT
#include "app/appstyle.h"

#include "app/views/blit.h"

#include <QGroupBox>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

#include <cmath>

namespace {

// Pictures stand in for drawing only on raster painters without scaling or rotation.
bool keepable(const QStyleOption* option, const QPainter* painter)
{
    return option && painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster &&
           painter->transform().type() <= QTransform::TxTranslate && !option->rect.isEmpty();
}

// What every kept picture depends on: size, pixel ratio, palette and state.
QString commonKey(const QStyleOption* option, const QPainter* painter)
{
    return QStringLiteral("%1x%2@%3/%4/%5")
        .arg(option->rect.width())
        .arg(option->rect.height())
        .arg(painter->device()->devicePixelRatioF())
        .arg(option->palette.cacheKey())
        .arg(int(option->state));
}

}  // namespace

AppStyle::AppStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
    if (element == PE_Frame && drawFrameEdges(option, painter, widget))
        return;
    const auto* frame = qstyleoption_cast<const QStyleOptionFrame*>(option);
    if (element != PE_FrameGroupBox || !frame || !keepable(option, painter)) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    // The frame also depends on the title's room.
    const auto* box = qobject_cast<const QGroupBox*>(widget);
    const QString key = QStringLiteral("frame/%1/%2%3%4")
                            .arg(commonKey(option, painter))
                            .arg(option->fontMetrics.height())
                            .arg(box && box->isCheckable() ? 'c' : '-')
                            .arg(box && box->title().isEmpty() ? 'e' : 't');
    drawKept(key, option, painter, [&](QPainter* picturePainter, const QRect& atOrigin) {
        QStyleOptionFrame moved(*frame);
        moved.rect = atOrigin;
        QProxyStyle::drawPrimitive(element, &moved, picturePainter, widget);
    });
}

bool AppStyle::drawFrameEdges(const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
    const QTransform& t = painter->transform();
    if (!keepable(option, painter) || painter->device()->devicePixelRatioF() != 1.0 || painter->testRenderHint(QPainter::Antialiasing) ||
        t.dx() != std::round(t.dx()) || t.dy() != std::round(t.dy()) || option->rect.width() < 3 || option->rect.height() < 3)
        return false;
    const QString key = QStringLiteral("%1/%2/%3")
                            .arg(option->palette.cacheKey())
                            .arg(int(option->state))
                            .arg(QLatin1String(widget ? widget->metaObject()->className() : ""));
    auto found = m_frameEdges.constFind(key);
    if (found == m_frameEdges.constEnd()) {
        // Fusion draws a small frame; kept only if it is a one-pixel border of one colour.
        constexpr int kSide = 6;
        QImage probe(kSide, kSide, QImage::Format_ARGB32_Premultiplied);
        probe.fill(Qt::transparent);
        {
            QPainter probePainter(&probe);
            QStyleOption small(*option);
            small.rect = probe.rect();
            QProxyStyle::drawPrimitive(PE_Frame, &small, &probePainter, widget);
        }
        const QRgb edge = probe.pixel(0, 0);
        bool plain = qAlpha(edge) > 0;
        for (int y = 0; y < kSide && plain; ++y)
            for (int x = 0; x < kSide && plain; ++x) {
                const bool onEdge = x == 0 || y == 0 || x == kSide - 1 || y == kSide - 1;
                plain = probe.pixel(x, y) == (onEdge ? edge : qRgba(0, 0, 0, 0));
            }
        if (m_frameEdges.size() > 256)
            m_frameEdges.clear();
        found = m_frameEdges.insert(key, plain ? QColor::fromRgba(edge) : QColor());
    }
    if (!found->isValid())
        return false;
    // Four rectangles that do not overlap: a translucent colour is laid once on every pixel, as
    // Fusion's line does.
    const QRect r = option->rect;
    const QColor colour = *found;
    Blit::eachExposedRect(painter, [&] {  // a frame's paint exposes the ring around its opaque child
        painter->fillRect(QRect(r.left(), r.top(), r.width(), 1), colour);
        painter->fillRect(QRect(r.left(), r.bottom(), r.width(), 1), colour);
        painter->fillRect(QRect(r.left(), r.top() + 1, 1, r.height() - 2), colour);
        painter->fillRect(QRect(r.right(), r.top() + 1, 1, r.height() - 2), colour);
    });
    return true;
}

template <typename Option>
void AppStyle::drawKeptControl(const QString& key, ComplexControl control, const Option& option, QPainter* painter,
                               const QWidget* widget) const
{
    drawKept(key, &option, painter, [&](QPainter* picturePainter, const QRect& atOrigin) {
        Option moved(option);
        moved.rect = atOrigin;
        QProxyStyle::drawComplexControl(control, &moved, picturePainter, widget);
    });
}

void AppStyle::drawKeptSlider(const QStyleOptionSlider& slider, QPainter* painter, const QWidget* widget) const
{
    // Fusion draws the groove, then its highlight over it clipped to the left of the handle,
    // then the handle. The handle depends only on its size and state: one picture, drawn where
    // it is. The groove of a horizontal slider at any position is the groove drawn with the
    // handle at the maximum (highlighted up to there) left of the clip's edge and the groove
    // drawn with it at the minimum right of it: two pictures for every position (a function's
    // sliders shown for the first time, or a slider dragged somewhere new, draw nothing).
    const QRect handle = subControlRect(CC_Slider, &slider, SC_SliderHandle, widget).translated(-slider.rect.topLeft());
    const QString common = QStringLiteral("%1/%2/%3/%4")
                               .arg(commonKey(&slider, painter))
                               .arg(int(slider.activeSubControls))
                               .arg(int(slider.orientation) * 16 + int(slider.tickPosition) * 2 + (slider.upsideDown ? 1 : 0))
                               .arg(slider.tickInterval);
    QStyleOptionSlider groove(slider);
    groove.subControls &= ~SubControls(SC_SliderHandle);
    if (groove.subControls != SC_None && slider.orientation == Qt::Horizontal && !slider.upsideDown && slider.maximum > slider.minimum) {
        // Fusion's clip: QRect(groove.left(), …, handle.left(), …), one pixel wider.
        const int edge = subControlRect(CC_Slider, &slider, SC_SliderGroove, widget).left() - slider.rect.left() + handle.left() + 1;
        for (const bool highlighted : {true, false}) {
            QStyleOptionSlider end(groove);
            end.sliderPosition = end.sliderValue = highlighted ? slider.maximum : slider.minimum;
            const QString key = QStringLiteral("slider-groove/%1/%2/%3").arg(common).arg(int(groove.subControls)).arg(highlighted ? 'h' : '-');
            const QRect part = highlighted ? QRect(slider.rect.left(), slider.rect.top(), edge, slider.rect.height())
                                           : QRect(slider.rect.left() + edge, slider.rect.top(), slider.rect.width() - edge, slider.rect.height());
            painter->save();
            painter->setClipRect(part, Qt::IntersectClip);
            drawKeptControl(key, CC_Slider, end, painter, widget);
            painter->restore();
        }
    } else if (groove.subControls != SC_None) {
        const QString key = QStringLiteral("slider/%1/%2/%3,%4,%5,%6")
                                .arg(common)
                                .arg(int(groove.subControls))
                                .arg(handle.x())
                                .arg(handle.y())
                                .arg(handle.width())
                                .arg(handle.height());
        drawKeptControl(key, CC_Slider, groove, painter, widget);
    }
    if (!(slider.subControls & SC_SliderHandle) || handle.isEmpty())
        return;
    QStyleOption place;
    place.rect = handle.translated(slider.rect.topLeft());
    const QString key = QStringLiteral("slider-handle/%1/%2x%3").arg(common).arg(handle.width()).arg(handle.height());
    drawKept(key, &place, painter, [&](QPainter* picturePainter, const QRect&) {
        QStyleOptionSlider moved(slider);
        moved.subControls = SC_SliderHandle;
        moved.rect = QRect(-handle.topLeft(), slider.rect.size());  // the handle at the picture's origin
        QProxyStyle::drawComplexControl(CC_Slider, &moved, picturePainter, widget);
    });
}

void AppStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                                  const QWidget* widget) const
{
    if (const auto* spin = qstyleoption_cast<const QStyleOptionSpinBox*>(option); control == CC_SpinBox && spin && keepable(option, painter)) {
        // The frame and arrows; the number is the line edit's own paint.
        const QString key = QStringLiteral("spin/%1/%2/%3/%4/%5/%6")
                                .arg(commonKey(option, painter))
                                .arg(int(spin->subControls))
                                .arg(int(spin->activeSubControls))
                                .arg(int(spin->stepEnabled))
                                .arg(int(spin->buttonSymbols))
                                .arg(spin->frame ? 'f' : '-');
        drawKeptControl(key, control, *spin, painter, widget);
        return;
    }
    if (const auto* slider = qstyleoption_cast<const QStyleOptionSlider*>(option); control == CC_Slider && slider && keepable(option, painter)) {
        drawKeptSlider(*slider, painter, widget);
        return;
    }
    const auto* bar = qstyleoption_cast<const QStyleOptionSlider*>(option);
    if (control != CC_ScrollBar || !bar || !keepable(option, painter)) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    // The bar also depends on where its handle is and which parts are hovered or pressed.
    const QString key = QStringLiteral("bar/%1/%2/%3/%4/%5/%6/%7/%8/%9")
                            .arg(commonKey(option, painter))
                            .arg(int(bar->subControls))
                            .arg(int(bar->activeSubControls))
                            .arg(bar->minimum)
                            .arg(bar->maximum)
                            .arg(bar->sliderPosition)
                            .arg(bar->pageStep)
                            .arg(int(bar->orientation))
                            .arg(bar->upsideDown ? 'u' : '-');
    drawKeptControl(key, control, *bar, painter, widget);
}

bool AppStyle::GroupBoxLook::operator==(const GroupBoxLook& other) const
{
    return rect == other.rect && numbers == other.numbers && font == other.font && text == other.text;
}

size_t qHash(const AppStyle::GroupBoxLook& look, size_t seed)
{
    return qHashMulti(seed, look.rect.x(), look.rect.y(), look.rect.width(), look.rect.height(), look.text,
                      qHashRange(look.numbers.begin(), look.numbers.end()));
}

QRect AppStyle::subControlRect(ComplexControl control, const QStyleOptionComplex* option, SubControl subControl,
                               const QWidget* widget) const
{
    const auto* group = qstyleoption_cast<const QStyleOptionGroupBox*>(option);
    const auto* box = qobject_cast<const QGroupBox*>(widget);
    // Kept only for a group box's own option (its metrics are its font's).
    if (control != CC_GroupBox || !group || !box)
        return QProxyStyle::subControlRect(control, option, subControl, widget);
    const GroupBoxLook look{option->rect,
                            {int(subControl), int(option->subControls), int(group->features), int(group->textAlignment),
                             int(option->state), int(option->direction), group->lineWidth, group->midLineWidth, box->logicalDpiX()},
                            box->font(),
                            group->text};
    if (const auto found = m_groupBoxParts.constFind(look); found != m_groupBoxParts.constEnd())
        return *found;
    const QRect part = QProxyStyle::subControlRect(control, option, subControl, widget);
    if (m_groupBoxParts.size() > 512)
        m_groupBoxParts.clear();
    m_groupBoxParts.insert(look, part);
    return part;
}

void AppStyle::drawKept(const QString& key, const QStyleOption* option, QPainter* painter,
                        const std::function<void(QPainter*, const QRect&)>& draw) const
{
    const QPixmap* found = m_kept.object(key);
    if (!found) {
        const qreal ratio = painter->device()->devicePixelRatioF();
        auto* picture = new QPixmap((QSizeF(option->rect.size()) * ratio).toSize());
        picture->setDevicePixelRatio(ratio);
        picture->fill(Qt::transparent);
        {
            QPainter picturePainter(picture);
            picturePainter.setRenderHints(painter->renderHints());
            draw(&picturePainter, QRect(QPoint(0, 0), option->rect.size()));
        }
        ++m_keptDraws;
        const qsizetype bytes = qsizetype(picture->width()) * picture->height() * 4;
        if (bytes > kMostBytes) {  // larger than the budget: drawn, not kept
            Blit::draw(painter, option->rect.topLeft(), *picture);
            delete picture;
            return;
        }
        m_kept.insert(key, picture, bytes);
        found = picture;
    }
    Blit::draw(painter, option->rect.topLeft(), *found);
}
