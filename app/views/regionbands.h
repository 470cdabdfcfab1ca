// SPDX-License-Identifier: MIT
#pragma once

#include "core/activation.h"

#include <QColor>
#include <QGraphicsItem>
#include <QPointer>

#include <vector>

QT_FORWARD_DECLARE_CLASS(QChart)
QT_FORWARD_DECLARE_CLASS(QValueAxis)

// Shaded bands across the whole height of a chart's plot between given z intervals (where f′ is
// dead or vanishing), drawn as plain rectangles in the chart's picture.
//
// Why: Qt Charts' area series drew each band as an antialiased path — a quarter of redrawing
// the explorer's chart at an ε step — where a band is only a rectangle. The area series stay,
// without points, to name the bands in the legend in their colours.
class RegionBands : public QGraphicsItem {
public:
    struct Band {
        std::vector<al::Interval> intervals;  // in z, the horizontal axis's unit
        QColor colour;
    };
    // Bands of `chart`'s plot along `axis` (its horizontal axis); the chart owns the item.
    RegionBands(QChart* chart, const QValueAxis* axis);

    // The bands, drawn in this order.
    void setBands(std::vector<Band> bands);
    const std::vector<Band>& bands() const { return m_bands; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QPointer<const QValueAxis> m_axis;
    std::vector<Band> m_bands;
    QRectF m_plot;
};
