// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPointer>

#include <functional>

QT_FORWARD_DECLARE_CLASS(QAbstractAxis)
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
// them and the plot area. Value axes and logarithmic axes without minor ticks are taken over;
// other axes (categories, logarithmic with minor ticks) keep Qt's grid.
class ChartGrid : public QGraphicsItem {
public:
    // Takes over the grid of `axis` (an axis of `chart` of a kind above, whose grid Qt shows)
    // into the chart's ChartGrid, made on first use and owned by the chart. Else no change.
    static void takeOver(QChart* chart, QAbstractAxis* axis);
    // The chart's grid, or null when none took over.
    static ChartGrid* of(const QChart* chart);

    // For tests: the positions of the major and minor lines of an axis, in chart coordinates
    // (x for a horizontal axis, y for a vertical one).
    struct Lines {
        QList<double> major;
        QList<double> minor;
    };
    Lines linesOf(const QAbstractAxis* axis) const;
    // The values of a value axis's major ticks inside its range, as Qt Charts places them.
    static QList<double> majorTicks(const QValueAxis* axis);
    // Calls `changed` (in `context`) whenever what majorTicks() reads changes: range, interval,
    // anchor, tick type or count.
    static void whenTicksChange(QValueAxis* axis, QObject* context, const std::function<void()>& changed);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    explicit ChartGrid(QChart* chart);
    // The major ticks from the one at or before the range's start to the one after its end.
    static QList<double> tickValues(const QValueAxis* axis);
    void changed();

    QChart* m_chart;
    struct Taken {
        QPointer<QAbstractAxis> axis;
        bool major = true;
        bool minor = true;
    };
    QList<Taken> m_axes;
    QRectF m_plot;
};
