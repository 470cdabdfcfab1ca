// SPDX-License-Identifier: MIT
// The explorer's f′ is drawn as its dashes (DashedCurve): it looks as Qt's dashed pen does, keeps
// the pattern's phase where the curve leaves the plot and comes back, costs nothing for lengths
// outside the plot, and reaches vector files as one dashed path.
#include "app/views/dashedcurve.h"

#include <QBuffer>
#include <QChart>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <cmath>
#include <functional>

namespace {

constexpr double kWidth = 2.2;
const QList<qreal> kDash{4, 2};  // Qt::DashLine's pattern, in pen widths

// σ′ across a 800 × 500 plot, and a step of f′ (ReLU's) with a corner.
QPolygonF sigmoidSlope()
{
    QPolygonF curve;
    for (int i = 0; i <= 300; ++i) {
        const double z = -8 + 16.0 * i / 300;
        const double s = 1 / (1 + std::exp(-z));
        curve << QPointF(50 + 800.0 * i / 300, 550 - 2000 * s * (1 - s));
    }
    return curve;
}
QPolygonF reluSlope()
{
    return QPolygonF{QPointF(50, 500), QPointF(450, 500), QPointF(450, 300), QPointF(850, 300)};
}

QImage drawn(const std::function<void(QPainter&)>& draw)
{
    QImage image(900, 600, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    draw(painter);
    return image;
}

QImage byQt(const QPolygonF& curve, const QPen& pen)
{
    return drawn([&](QPainter& p) {
        QPainterPath path;
        path.addPolygon(curve);
        p.strokePath(path, pen);
    });
}

QImage byPieces(const QPolygonF& curve, const QPen& pen)
{
    const std::vector<QLineF> pieces = DashedCurve::dashes(curve, QRectF(0, 0, 900, 600), pen.widthF(), pen.dashPattern(), pen.capStyle());
    return drawn([&](QPainter& p) {
        p.setPen(QPen(pen.brush(), pen.widthF(), Qt::SolidLine, DashedCurve::drawingCap(pen.capStyle())));
        p.drawLines(pieces.data(), static_cast<int>(pieces.size()));
    });
}

// Ink (the sum of alpha), and how much of it lies where the other picture has clearly less.
struct Comparison {
    double ink = 0;
    double otherInk = 0;
    double misplaced = 0;
};
Comparison compare(const QImage& a, const QImage& b)
{
    Comparison c;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const int alphaA = qAlpha(a.pixel(x, y));
            const int alphaB = qAlpha(b.pixel(x, y));
            c.ink += alphaA;
            c.otherInk += alphaB;
            c.misplaced += std::max(0, std::abs(alphaA - alphaB) - 64);
        }
    return c;
}

// f′'s flat dashes, the asymptotes' square dots, and round dashes.
TEST(DashedCurve, LooksAsQtsDashedPen)
{
    const QPen pens[] = {QPen(Qt::red, kWidth, Qt::DashLine, Qt::FlatCap, Qt::BevelJoin),  // NOLINT(modernize-avoid-c-arrays)
                         QPen(Qt::darkGray, 1.4, Qt::DotLine), QPen(Qt::blue, 3.0, Qt::DashDotLine, Qt::RoundCap)};
    for (const QPen& pen : pens)
        for (const QPolygonF& curve : {sigmoidSlope(), reluSlope(), QPolygonF{QPointF(50, 200), QPointF(850, 200)}}) {
            const Comparison c = compare(byPieces(curve, pen), byQt(curve, pen));
            ASSERT_GT(c.otherInk, 0);
            // A little more: pieces overlap at the curve's bends, where their soft edges blend twice.
            EXPECT_NEAR(c.ink / c.otherInk, 1.0, 0.06) << "as much ink, pen style " << int(pen.style()) << ", " << curve.size() << " points";
            EXPECT_LT(c.misplaced / c.otherInk, 0.02) << "in the same places: the dashes fall where Qt's do; pen style " << int(pen.style());
        }
}

// A curve leaving the plot and coming back continues its pattern as if drawn in full.
TEST(DashedCurve, KeepsThePatternAcrossTheClip)
{
    const QPolygonF detour{QPointF(10, 50), QPointF(60, 50), QPointF(60, -700), QPointF(60, 50), QPointF(95, 50)};
    const QRectF plot(0, 0, 100, 100);
    const std::vector<QLineF> clipped = DashedCurve::dashes(detour, plot, kWidth, kDash);
    const std::vector<QLineF> full = DashedCurve::dashes(detour, QRectF(-1e4, -1e4, 2e4, 2e4), kWidth, kDash);
    const QRectF kept = plot.adjusted(-kWidth, -kWidth, kWidth, kWidth);
    std::vector<QLineF> fullInside;
    for (const QLineF& piece : full) {
        // Pieces on the way out and back are cut at the edge; compare those wholly inside.
        if (kept.contains(piece.p1()) && kept.contains(piece.p2()))
            fullInside.push_back(piece);
    }
    std::vector<QLineF> clippedInside;
    for (const QLineF& piece : clipped)
        if (std::abs(piece.y1() - 50) < 1e-9 && std::abs(piece.y2() - 50) < 1e-9)
            clippedInside.push_back(piece);
    std::vector<QLineF> fullOnLine;
    for (const QLineF& piece : fullInside)
        if (std::abs(piece.y1() - 50) < 1e-9 && std::abs(piece.y2() - 50) < 1e-9)
            fullOnLine.push_back(piece);
    ASSERT_EQ(clippedInside.size(), fullOnLine.size());
    ASSERT_GT(clippedInside.size(), 5u);
    for (std::size_t i = 0; i < clippedInside.size(); ++i) {
        EXPECT_NEAR(clippedInside[i].x1(), fullOnLine[i].x1(), 1e-6) << i;
        EXPECT_NEAR(clippedInside[i].x2(), fullOnLine[i].x2(), 1e-6) << i;
    }
}

// f′ of exp or of a steep function shoots millions of pixels out of the plot: those lengths only
// advance the pattern.
TEST(DashedCurve, LengthsOutsideThePlotCostNothing)
{
    const QRectF plot(0, 0, 800, 500);
    const QPolygonF steep{QPointF(0, 400), QPointF(400, 400), QPointF(401, -1e12), QPointF(402, 400), QPointF(800, 1e15)};
    const std::vector<QLineF> pieces = DashedCurve::dashes(steep, plot, kWidth, kDash);
    const double period = (kDash[0] + kDash[1]) * kWidth;
    EXPECT_LT(pieces.size(), static_cast<std::size_t>(2 * (800 + 3 * 520) / period)) << "no more than the visible length holds";
    const QRectF area = plot.adjusted(-kWidth, -kWidth, kWidth, kWidth);
    for (const QLineF& piece : pieces) {
        EXPECT_TRUE(area.contains(piece.p1()) && area.contains(piece.p2())) << piece.x1() << ", " << piece.y1();
    }
    EXPECT_TRUE(DashedCurve::dashes(QPolygonF{QPointF(0, 0)}, plot, kWidth, kDash).empty());
    EXPECT_TRUE(DashedCurve::dashes(steep, plot, kWidth, {0, 0}).empty()) << "an empty pattern draws nothing";
}

// An SVG gets one path with a dashed stroke, as an editor expects, not hundreds of lines.
TEST(DashedCurve, ReachesVectorFilesAsOneDashedPath)
{
    QChart chart;
    chart.resize(800, 500);
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    chart.addAxis(x, Qt::AlignBottom);
    chart.addAxis(y, Qt::AlignLeft);
    x->setRange(-8, 8);
    y->setRange(0, 0.3);
    DashedCurve curve(&chart, x, y);
    QList<QPointF> points;
    for (int i = 0; i <= 200; ++i) {
        const double z = -8 + 16.0 * i / 200;
        const double s = 1 / (1 + std::exp(-z));
        points << QPointF(z, s * (1 - s));
    }
    curve.setPoints(points);
    curve.setPen(QPen(Qt::red, kWidth, Qt::DashLine, Qt::FlatCap, Qt::BevelJoin));
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&svg);
    generator.setSize(QSize(800, 500));
    {
        QPainter painter(&generator);
        curve.paint(&painter, nullptr, nullptr);
    }
    const QString text = QString::fromUtf8(svg.data());
    EXPECT_TRUE(text.contains(QStringLiteral("stroke-dasharray"))) << text.left(2000).toStdString();
    EXPECT_LT(text.count(QStringLiteral("<path")) + text.count(QStringLiteral("<polyline")), 3);

    const QImage raster = drawn([&](QPainter& p) { curve.paint(&p, nullptr, nullptr); });
    EXPECT_GT(compare(raster, raster).ink, 255 * 1000) << "the picture on screen has the curve, as its dashes";
}

}  // namespace
