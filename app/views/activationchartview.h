// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/explorermodel.h"

#include <QChartView>
#include <QPointer>

#include <array>
#include <cmath>
#include <utility>

class CachedLayerEffect;
class ChartAxes;
class DashedCurve;
class RegionBands;
QT_FORWARD_DECLARE_CLASS(QAreaSeries)
QT_FORWARD_DECLARE_CLASS(QGraphicsEllipseItem)
QT_FORWARD_DECLARE_CLASS(QGraphicsLineItem)
QT_FORWARD_DECLARE_CLASS(QGraphicsRectItem)
QT_FORWARD_DECLARE_CLASS(QGraphicsSimpleTextItem)
QT_FORWARD_DECLARE_CLASS(QLineSeries)
QT_FORWARD_DECLARE_CLASS(QValueAxis)

// The explorer's chart: f, f′, the current point on both, the tangent, dead and vanishing
// regions and horizontal asymptotes, all redrawn from the model. Wheel zooms, dragging pans,
// Home resets, and a cross-hair reads out z, f(z), f′(z) under the mouse. Every number it draws
// (curves, regions, asymptotes, tangent) comes from the model and core; it only places them.
class ActivationChartView : public QChartView {
    Q_OBJECT
public:
    explicit ActivationChartView(ExplorerModel* model, QWidget* parent = nullptr);

    // For tests and the read-out: the series as drawn.
    QLineSeries* curveSeries() const { return m_curve; }
    // f′'s series names it in the legend; the curve is drawn by derivativeCurve().
    QLineSeries* derivativeSeries() const { return m_derivative; }
    const DashedCurve* derivativeCurve() const { return m_derivativeCurve; }
    // The neuron's point on f and on f′ and the tangent, in data coordinates (drawn as overlay
    // items, see m_overlay).
    QPointF pointValue() const { return m_pointValue; }
    QPointF slopePointValue() const { return m_slopeValue; }
    QLineF tangentValue() const { return m_tangentValue; }
    std::pair<double, double> asymptotes() const { return m_asymptotes; }
    bool tangentShown() const;
    bool slopePointShown() const;
    QAreaSeries* deadSeries() const { return m_dead; }
    QAreaSeries* vanishingSeries() const { return m_vanishing; }
    // The bands drawn: the dead regions, then the vanishing ones.
    const RegionBands* regionBands() const { return m_bands; }
    QValueAxis* axisZ() const { return m_axisZ; }
    QValueAxis* axisY() const { return m_axisY; }
    QString hoverText() const;
    // The chart's cached picture (see CachedLayerEffect).
    CachedLayerEffect* chartLayer() const { return m_chartLayer; }

    // Re-sets every visible text (titles, series names); called on a language change.
    void retranslate();
    // Scales fonts and line widths (1.0 = 100 %).
    void setScale(double scale);

    QSize sizeHint() const override { return {720, 480}; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;

private:
    void followBackdrop();
    void onModelChanged(ExplorerModel::Changes what);
    void updateTitle();
    void updateCurves();
    void updateRegions();
    void updateAsymptotes();
    void updateMarkers();
    QPointF positionOf(QPointF value) const;  // chart coordinates of a data point, clamped
    void placeAsymptotes();
    void placeMarkers();
    QRectF plotInScene() const;
    // Qt Charts lays the axes and their labels out again at every range change, even to the same
    // range: a parameter or ε step keeps them, unless `force`.
    std::array<double, 6> axesToShow() const;  // the view and the widget's size: what the ticks follow
    void updateAxesAndCurves(bool force = false);
    void updateAxes(bool force = false);
    void updateVisibility();
    void updateHover(const QPointF& position);
    void hideHover();
    void applyPens();
    QPointF valueAt(const QPointF& widgetPosition) const;

    QPointer<ExplorerModel> m_model;
    QLineSeries* m_curve = nullptr;
    QLineSeries* m_derivative = nullptr;
    DashedCurve* m_derivativeCurve = nullptr;
    // The parts that move at every slider step are plain graphics items over the plot, so the
    // cached chart picture (grid, curves, regions, asymptotes) is not redrawn for them.
    CachedLayerEffect* m_chartLayer = nullptr;
    ChartAxes* m_axes = nullptr;
    RegionBands* m_bands = nullptr;
    QGraphicsRectItem* m_overlay = nullptr;
    QGraphicsLineItem* m_tangentItem = nullptr;
    DashedCurve* m_asymptoteLow = nullptr;
    DashedCurve* m_asymptoteHigh = nullptr;
    std::pair<double, double> m_asymptotes{NAN, NAN};  // y of the asymptotes, NaN where none
    QGraphicsEllipseItem* m_pointItem = nullptr;
    QGraphicsEllipseItem* m_slopeItem = nullptr;
    QPointF m_pointValue;
    QPointF m_slopeValue;
    QLineF m_tangentValue;
    QAreaSeries* m_dead = nullptr;
    QAreaSeries* m_vanishing = nullptr;
    QValueAxis* m_axisZ = nullptr;
    QValueAxis* m_axisY = nullptr;
    QGraphicsLineItem* m_hoverLine = nullptr;
    QGraphicsRectItem* m_hoverBox = nullptr;
    QGraphicsSimpleTextItem* m_hoverLabel = nullptr;
    std::array<double, 6> m_axesShown{};  // the range and pixel size the axes were set for
    double m_scale = 1.0;
    bool m_dragging = false;
    QPointF m_lastDragPosition;
};
