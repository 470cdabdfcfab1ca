// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPointer>

QT_FORWARD_DECLARE_CLASS(QChart)
QT_FORWARD_DECLARE_CLASS(QValueAxis)

// The grid lines of a chart's value axes, drawn by the app instead of Qt Charts: one device
// pixel wide on whole pixels, without antialiasing.
//
// Why: Qt Charts draws each grid line as an antialiased QGraphicsLineItem, which the raster
// engine strokes pixel by pixel — about 10 µs a line, 28 % of redrawing the explorer's chart at a
// slider step (callgrind, `update_path epsilon`). A filled one-pixel rectangle costs a fraction of
// that, and a line on whole pixels is sharper than one smeared over two.
//
// The axes keep their ticks, interval, anchor, minor count and grid colours; the grid follows
// them and the plot area. Axes of other kinds (logarithmic, categories) keep Qt's grid.
class ChartGrid : public QGraphicsItem {
public:
    // Takes over the grid of `axis` (a value axis of `chart` whose grid Qt shows) into the
    // chart's ChartGrid, made on first use and owned by the chart. Anything else: no change.
    static void takeOver(QChart* chart, QValueAxis* axis);
    // The chart's grid, or null when none took over.
    static ChartGrid* of(const QChart* chart);

    // For tests: the positions of the major and minor lines of an axis, in chart coordinates
    // (x for a horizontal axis, y for a vertical one).
    struct Lines {
        QList<double> major;
        QList<double> minor;
    };
    Lines linesOf(const QValueAxis* axis) const;

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    explicit ChartGrid(QChart* chart);
    void changed();

    QChart* m_chart;
    struct Taken {
        QPointer<QValueAxis> axis;
        bool major = true;
        bool minor = true;
    };
    QList<Taken> m_axes;
    QRectF m_plot;
};
