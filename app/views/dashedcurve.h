// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsItem>
#include <QLineF>
#include <QList>
#include <QPen>
#include <QPointer>
#include <QPolygonF>

#include <vector>

QT_FORWARD_DECLARE_CLASS(QChart)
QT_FORWARD_DECLARE_CLASS(QValueAxis)

// A dashed or dotted line in a chart's plot (the explorer's f′ and its asymptotes), drawn as its
// dashes: short straight pieces, so it looks as Qt's dashed pen does.
//
// Why: Qt Charts strokes a dashed series as one path, which Qt's dash stroker cuts into dashes,
// outlines with joins and fills as one shape — the costliest item of the explorer's chart,
// 0.9 M instructions each time its picture is drawn again, three times what the pieces cost.
// The series stays, without points, to name the curve in the legend with its pen. Vector
// targets (SVG, PDF) get the curve as one path with the dashed pen, as an editor expects.
class DashedCurve : public QGraphicsItem {
public:
    // A curve in `chart`'s plot on its `axisX` and `axisY`, clipped to the plot; the chart owns
    // the item.
    DashedCurve(QChart* chart, const QValueAxis* axisX, const QValueAxis* axisY);

    // The curve's points in the axes' units.
    void setPoints(QList<QPointF> points);
    const QList<QPointF>& points() const { return m_points; }
    // A dashed pen (its pattern counts in pen widths, as QPen's does).
    void setPen(const QPen& pen);

    // The dashes along `polyline` for a pen of `width`, a dash `pattern` in pen widths (on, off,
    // on, off …) and `cap`, beginning at the pattern's start, where they fall within `clip`: the
    // pieces to draw with drawingCap(cap), which look as Qt's dashed pen does. Lengths outside
    // `clip` only advance the pattern, so a curve shooting far out of the plot costs no more
    // than one inside it.
    static std::vector<QLineF> dashes(const QPolygonF& polyline, const QRectF& clip, double width, const QList<qreal>& pattern,
                                      Qt::PenCapStyle cap = Qt::FlatCap);
    // Flat dashes are drawn as shorter square-capped pieces (the caps close the bends inside a
    // dash); square and round ones as they are.
    static Qt::PenCapStyle drawingCap(Qt::PenCapStyle cap) { return cap == Qt::FlatCap ? Qt::SquareCap : cap; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QPolygonF inPlot() const;

    QPointer<const QValueAxis> m_axisX;
    QPointer<const QValueAxis> m_axisY;
    QList<QPointF> m_points;
    QPen m_pen;
    QRectF m_plot;
};
