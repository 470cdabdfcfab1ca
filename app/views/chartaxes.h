// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QMargins>
#include <QHash>
#include <QPointer>
#include <QStaticText>
#include <QString>

QT_FORWARD_DECLARE_CLASS(QAbstractAxis)
QT_FORWARD_DECLARE_CLASS(QChart)
QT_FORWARD_DECLARE_CLASS(QValueAxis)

// The tick labels, titles, lines and tick marks of a chart's bottom and left value axes, drawn by
// the app instead of Qt Charts.
//
// Why: Qt Charts makes every tick label a rich-text QGraphicsTextItem, and sets, measures and lays
// each one out again whenever an axis's range changes and whenever the chart is laid out (twice
// per axis at a zoom step) — a third of a zoom or pan step on the explorer's chart and a sixth
// of a function switch (callgrind, `update_path`). Here a label is a string, measured with
// QFontMetricsF and drawn with drawText.
//
// Qt's axes stay attached (they map the series to the plot) but are hidden, so Qt lays out none
// of them; the chart's margins leave the room the labels and titles need (under the plot, a
// legend at the bottom leaves it: its top margin grows by that much). The axes keep every setting the labels follow: range,
// ticks, label format ("%.Nf" as ChartStyle sets it), fonts, colours, titles; numbers are
// written in the chart's locale. The grid stays ChartGrid's.
class ChartAxes : public QGraphicsItem {
public:
    // Draws `bottom` and `left` (two value axes of `chart`) from now on; the chart owns the item.
    static ChartAxes* drawFor(QChart* chart, QValueAxis* bottom, QValueAxis* left);
    // Whether an axis hidden from Qt is drawn here (its grid is still shown).
    static bool draws(const QAbstractAxis* axis);

    // Measures the labels and titles again and gives the chart the margins they need; called on
    // every change of the axes, of the chart's size, and by the owner after a locale change.
    void relayout();

    // While one lives, changes of the axes are gathered and measured once when it ends: setting
    // an axis's range, step and format tells of each (ChartStyle::setTicks), and an owner sets
    // both axes at once (half a function switch's label measuring).
    class Batch {
    public:
        explicit Batch(ChartAxes* axes);
        ~Batch();
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;

    private:
        ChartAxes* m_axes;
    };

    // For tests: each label drawn, with the rectangle its text is centred in (chart coordinates).
    struct Label {
        QString text;
        QRectF rect;
    };
    QList<Label> labels(const QValueAxis* axis) const;
    // For tests: how many times the labels were measured.
    int measurements() const { return m_measurements; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    ChartAxes(QChart* chart, QValueAxis* bottom, QValueAxis* left);
    QString text(const QValueAxis* axis, double value) const;

    // An axis's tick labels as measured at the last relayout; placed at paint time, when the
    // plot area is known.
    struct Ticks {
        QList<double> values;
        QStringList texts;
        QList<double> widths;
    };
    Ticks measure(const QValueAxis* axis);
    // A tick label laid out for drawing, kept by text in the labels' font.
    const QStaticText& staticLabel(const QString& text, const QFont& font) const;
    // An axis's title centred in `box` (in the painter's coordinates), elided to its width.
    void drawTitle(QPainter* painter, const QValueAxis* axis, const QRectF& box) const;
    struct Title {
        QString text;
        QFont font;
        double width = -1;
        QStaticText laidOut;
    };

    QChart* m_chart;
    QPointer<QValueAxis> m_bottom;
    QPointer<QValueAxis> m_left;
    QMargins m_base;  // the chart's own margins, around everything
    QMarginsF m_legendBase;  // the legend's own
    Ticks m_bottomTicks;
    Ticks m_leftTicks;
    double m_labelHeight = 0;  // of the bottom axis's labels
    QFont m_roomFont;  // the labels' font the two below were measured in
    double m_leftLabelsRoom = 0;  // the widest left labels so far
    double m_rightOverhang = 0;  // half the widest bottom label so far
    double m_tick = 0;  // the tick marks' length, and the gaps between labels, titles and plot
    double m_gap = 0;
    QRectF m_bounds;  // the chart's rectangle
    bool m_relayingOut = false;
    int m_measurements = 0;
    mutable QHash<QString, QStaticText> m_staticLabels;
    mutable QFont m_staticFont;
    // Each label's width in the labels' font, kept: a function switch or a zoom step measures
    // the same few numbers again (text shaping, a fifth of ChartAxes' share of a switch).
    QHash<QString, qreal> m_widths;
    QFont m_widthsFont;
    mutable Title m_bottomTitle;
    mutable Title m_leftTitle;
    int m_batches = 0;  // Batches alive
    bool m_relayoutDue = false;  // a change came during one
};
