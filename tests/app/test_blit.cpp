// SPDX-License-Identifier: MIT
// Blit: a picture the painter maps one to one onto device pixels is drawn without
// SmoothPixmapTransform (Qt's fast path), any other with the painter's hints as they are — and
// the pixels are QPainter's own either way.
#include "app/views/blit.h"

#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmap>
#include <QRegion>
#include <QWidget>

#include <gtest/gtest.h>

#include <utility>
#include <vector>

namespace {

// A device whose engine records the painter's render hints at each picture it is asked to draw.
class HintRecorder : public QPaintDevice {
public:
    std::vector<bool> smoothAtDraw;

    QPaintEngine* paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
        case PdmHeight:
            return 400;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return static_cast<int>(devicePixelRatioFScale());
        default:
            return QPaintDevice::metric(metric);
        }
    }

private:
    class Engine : public QPaintEngine {
    public:
        explicit Engine(HintRecorder* device) : m_device(device) {}
        bool begin(QPaintDevice*) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState& state) override
        {
            if (state.state() & DirtyHints)
                m_smooth = state.renderHints().testFlag(QPainter::SmoothPixmapTransform);
        }
        void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override { m_device->smoothAtDraw.push_back(m_smooth); }
        void drawImage(const QRectF&, const QImage&, const QRectF&, Qt::ImageConversionFlags) override
        {
            m_device->smoothAtDraw.push_back(m_smooth);
        }
        Type type() const override { return User; }

    private:
        HintRecorder* m_device;
        bool m_smooth = false;
    };
    mutable Engine m_engine{this};
};

// A translucent picture with a different colour in every pixel.
QImage colourful(QSize size, qreal ratio)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            image.setPixelColor(x, y, QColor((x * 37) % 256, (y * 11) % 256, (x + y) % 256, 40 + (x * y) % 200));
    image.setDevicePixelRatio(ratio);
    return image;
}

QImage canvas(qreal ratio)
{
    QImage image(QSize(120, 240) * ratio, QImage::Format_RGB32);
    image.setDevicePixelRatio(ratio);
    image.fill(QColor(250, 248, 240));
    return image;
}

}  // namespace

TEST(Blit, SwitchesSmoothingOffOnlyWhereNothingIsScaled)
{
    HintRecorder device;
    const QImage picture = colourful(QSize(14, 200), 1.0);
    const QPixmap pixmap = QPixmap::fromImage(picture);
    QPainter painter(&device);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);

    Blit::draw(&painter, QPointF(3, 7), pixmap);                                             // one to one
    Blit::draw(&painter, QPointF(3, 7), picture);                                            // one to one
    Blit::draw(&painter, QRectF(3, 7, 14, 50), picture, QRectF(0, 100, 14, 50));             // one to one
    Blit::draw(&painter, QPointF(3.5, 7), pixmap);                                           // between pixels
    Blit::draw(&painter, QRectF(3, 7, 28, 50), picture, QRectF(0, 100, 14, 50));             // stretched
    painter.scale(2, 2);
    Blit::draw(&painter, QPointF(3, 7), picture);                                            // magnified
    QImage sharp = picture;
    sharp.setDevicePixelRatio(2);
    Blit::draw(&painter, QPointF(3, 7), sharp);                                              // 2× on 2×

    EXPECT_EQ(device.smoothAtDraw, (std::vector<bool>{false, false, false, true, true, true, false}));
    EXPECT_TRUE(painter.testRenderHint(QPainter::SmoothPixmapTransform)) << "the painter's hints are given back";
}

TEST(Blit, LeavesAPainterWithoutSmoothingAsItIs)
{
    HintRecorder device;
    QPainter painter(&device);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    Blit::draw(&painter, QPointF(3.5, 7), colourful(QSize(8, 8), 1.0));
    EXPECT_EQ(device.smoothAtDraw, std::vector<bool>{false});
    EXPECT_FALSE(painter.testRenderHint(QPainter::SmoothPixmapTransform));
}

TEST(Blit, GivesQPaintersPixels)
{
    for (const qreal ratio : {1.0, 2.0}) {
        const QImage picture = colourful(QSize(30, 200) * ratio, ratio);
        const QPixmap pixmap = QPixmap::fromImage(picture);
        const auto draw = [&](auto&& how) {
            QImage image = canvas(ratio);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
            painter.translate(5, 9);
            how(painter);
            return image;
        };
        const QRectF part(0, 40 * ratio, 30 * ratio, 120 * ratio);
        const QRectF target(QPointF(60, 2), part.size() / ratio);
        EXPECT_EQ(draw([&](QPainter& p) { Blit::draw(&p, QPointF(4, 3), pixmap); }),
                  draw([&](QPainter& p) { p.drawPixmap(QPointF(4, 3), pixmap); }))
            << ratio;
        EXPECT_EQ(draw([&](QPainter& p) { Blit::draw(&p, QPointF(4, 3), picture); }),
                  draw([&](QPainter& p) { p.drawImage(QPointF(4, 3), picture); }))
            << ratio;
        EXPECT_EQ(draw([&](QPainter& p) { Blit::draw(&p, QPointF(4.3, 3.6), picture); }),
                  draw([&](QPainter& p) { p.drawImage(QPointF(4.3, 3.6), picture); }))
            << ratio << ": between pixels, smoothed";
        EXPECT_EQ(draw([&](QPainter& p) { Blit::draw(&p, target, picture, part); }),
                  draw([&](QPainter& p) { p.drawImage(target, picture, part); }))
            << ratio;
    }
}

namespace {

// A widget showing a picture at its origin, drawn through Blit or by QPainter itself.
class PictureWidget : public QWidget {
public:
    PictureWidget(QImage picture, bool viaBlit) : m_picture(std::move(picture)), m_viaBlit(viaBlit) {}

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);  // as Qt 6 gives a widget's painter
        painter.translate(2, 3);
        if (m_viaBlit)
            Blit::draw(&painter, QPointF(0, 0), m_picture);
        else
            painter.drawImage(QPointF(0, 0), m_picture);
    }

private:
    QImage m_picture;
    bool m_viaBlit;
};

}  // namespace

// A paint that exposes several rectangles is drawn one rectangle at a time (so that the raster
// engine copies rows instead of handing them to its thread pool): the same pixels, inside the
// exposed region only.
TEST(Blit, DrawsThroughAnExposedRegionOfSeveralRectanglesAsQPainterDoes)
{
    const QRegion exposed = QRegion(10, 5, 30, 200) + QRegion(70, 100, 40, 130) + QRegion(0, 232, 120, 8);
    ASSERT_GT(exposed.rectCount(), 1);
    for (const qreal ratio : {1.0, 2.0}) {
        const QImage picture = colourful(QSize(110, 230) * ratio, ratio);
        const auto rendered = [&](bool viaBlit) {
            PictureWidget widget(picture, viaBlit);
            widget.resize(120, 240);
            QImage target = canvas(ratio);
            widget.render(&target, QPoint(), exposed, QWidget::RenderFlags());
            return target;
        };
        const QImage byBlit = rendered(true);
        EXPECT_EQ(byBlit, rendered(false)) << ratio;
        EXPECT_EQ(byBlit.pixelColor(QPoint(60, 50) * ratio), QColor(250, 248, 240)) << ratio << ": not exposed, not drawn";
        EXPECT_NE(byBlit.pixelColor(QPoint(20, 50) * ratio), QColor(250, 248, 240)) << ratio << ": exposed, drawn";
    }
}

// A translucent fill laid in low bands (so that the raster engine keeps it on this thread) gives
// QPainter::fillRect's pixels: the same rows and columns covered, each blended once — at 100 %,
// 150 % and 200 %, with edges between pixels and a translated painter.
TEST(Blit, FillsAsQPainterDoesInLowBands)
{
    const QColor translucent(200, 40, 10, 90);
    for (const qreal ratio : {1.0, 1.5, 2.0})
        for (const QRectF& rect : {QRectF(10.3, 0.6, 37.4, 230.2), QRectF(0, 0, 120, 240), QRectF(5.5, 7.5, 20, 96.5)}) {
            const auto filled = [&](bool viaBlit) {
                QImage image = canvas(ratio);
                QPainter painter(&image);
                painter.translate(0.25, 1.75);
                if (viaBlit)
                    Blit::fill(&painter, rect, translucent);
                else
                    painter.fillRect(rect, translucent);
                return image;
            };
            EXPECT_EQ(filled(true), filled(false)) << ratio << " " << rect.y() << "+" << rect.height();
        }
}
