// SPDX-License-Identifier: MIT
#include "app/views/activationchartview.h"

#include "app/appearance.h"
#include "app/views/cachedlayereffect.h"
#include "app/views/chartaxes.h"
#include "app/views/chartstyle.h"
#include "app/views/dashedcurve.h"
#include "app/views/keptglyphs.h"
#include "app/views/regionbands.h"
#include "core/curvefacts.h"
#include "core/curvesampler.h"
#include "app/model/functiontexts.h"
#include "app/views/numberformat.h"

#include <QAreaSeries>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <QWheelEvent>

#include <cmath>
#include <limits>

namespace {

// Colours chosen to stay distinct for colour-blind viewers and on a projector.
const QColor kCurveColour(0x1c, 0x5d, 0xc4);
const QColor kDerivativeColour(0xd9, 0x48, 0x0f);
const QColor kTangentColour(0x2b, 0x8a, 0x3e);
const QColor kDeadColour(0xe0, 0x31, 0x31, 60);
const QColor kVanishingColour(0xf5, 0x9f, 0x00, 70);
const QColor kAsymptoteColour(0x6c, 0x75, 0x7d);

QList<QPointF> toPoints(const std::vector<al::CurvePoint>& points)
{
    QList<QPointF> list;
    list.reserve(static_cast<qsizetype>(points.size()));
    for (const al::CurvePoint& p : points)
        list.append(QPointF(p.z, p.y));
    return list;
}

}  // namespace

ActivationChartView::ActivationChartView(ExplorerModel* model, QWidget* parent) : QChartView(parent), m_model(model)
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setRubberBand(QChartView::NoRubberBand);

    auto* chart = new QChart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    setChart(chart);

    const auto area = [chart](QColor colour) {
        auto* upper = new QLineSeries(chart);
        auto* lower = new QLineSeries(chart);
        auto* series = new QAreaSeries(upper, lower);
        series->setColor(colour);
        series->setBorderColor(Qt::transparent);
        series->setPen(Qt::NoPen);
        return series;
    };
    m_dead = area(kDeadColour);
    m_vanishing = area(kVanishingColour);
    m_curve = new QLineSeries();
    m_derivative = new QLineSeries();

    m_axisZ = new QValueAxis();
    m_axisY = new QValueAxis();
    for (QValueAxis* axis : {m_axisZ, m_axisY}) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0.0);
        axis->setMinorTickCount(1);
        axis->setGridLineColor(QColor(0xde, 0xe2, 0xe6));
        axis->setMinorGridLineColor(QColor(0xf1, 0xf3, 0xf5));
        chart->addAxis(axis, axis == m_axisZ ? Qt::AlignBottom : Qt::AlignLeft);
    }
    // Drawing order: regions under curves under asymptotes under markers.
    // The legend lists them in reverse: f, f′, vanishing, dead. Qt gives each entry an equal
    // share of the width, so it holds only these four; the tangent and the asymptotes explain
    // themselves (and the explanation panel names them).
    chart->legend()->setReverseMarkers(true);
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{m_dead, m_vanishing, m_derivative, m_curve}) {
        chart->addSeries(s);
        s->attachAxis(m_axisZ);
        s->attachAxis(m_axisY);
    }
    m_axes = ChartAxes::drawFor(chart, m_axisZ, m_axisY);  // labels and titles drawn by the app
    m_bands = new RegionBands(chart, m_axisZ);  // the regions; their series only name them in the legend
    m_derivativeCurve = new DashedCurve(chart, m_axisZ, m_axisY);  // f′; its series only names it

    // The asymptotes change with the curve only: inside the chart, so in its cached picture,
    // above Qt Charts' series (z 4) and below its legend (z 5). Dotted lines, drawn as their dots
    // (Qt's dash stroker cost a third of a millisecond for the two at every chart redraw).
    for (DashedCurve** a : {&m_asymptoteLow, &m_asymptoteHigh}) {
        *a = new DashedCurve(chart, m_axisZ, m_axisY);
        (*a)->setZValue(4.5);
    }
    // The markers, the tangent and the hover read-out move without the chart changing: scene
    // items of their own, above the chart, so its cached picture stays valid.
    m_overlay = new QGraphicsRectItem();
    scene()->addItem(m_overlay);
    m_overlay->setPen(Qt::NoPen);
    m_overlay->setFlag(QGraphicsItem::ItemClipsChildrenToShape);
    m_overlay->setZValue(10);
    m_tangentItem = new QGraphicsLineItem(m_overlay);
    m_slopeItem = new QGraphicsEllipseItem(m_overlay);
    m_pointItem = new QGraphicsEllipseItem(m_overlay);
    connect(chart, &QChart::plotAreaChanged, this, [this] { placeMarkers(); });

    m_hoverLine = new QGraphicsLineItem();
    m_hoverLine->setPen(QPen(QColor(0x49, 0x50, 0x57), 1, Qt::DashLine));
    m_hoverBox = new QGraphicsRectItem();
    scene()->addItem(m_hoverLine);
    scene()->addItem(m_hoverBox);
    m_hoverBox->setBrush(QColor(255, 255, 255, 235));
    m_hoverBox->setPen(QPen(QColor(0xad, 0xb5, 0xbd)));
    m_hoverLabel = new QGraphicsSimpleTextItem(m_hoverBox);
    m_hoverLine->setZValue(20);
    m_hoverBox->setZValue(21);
    hideHover();

    // The grid, curves, regions, asymptotes and texts paint from one cached picture until one of
    // them changes: a slider step then repaints the moving markers and the tangent, not
    // 1,000-point curves. Qt Charts items reach far beyond the plot (a curve through y = 10⁶):
    // clipped to the chart, the picture is the size of the view.
    chart->setFlag(QGraphicsItem::ItemClipsChildrenToShape);
    m_chartLayer = new CachedLayerEffect();
    chart->setGraphicsEffect(m_chartLayer);  // the chart owns it
    m_chartLayer->setClippingItem(chart);
    m_chartLayer->watchLayoutOf(chart);
    m_chartLayer->watchLayoutOf(chart->legend());
    // The title and legend names as Qt last set them (at a layout) keep their glyphs from one
    // redraw of the picture to the next.
    m_chartLayer->setBeforeRedraw([chart] { KeptGlyphs::keepIn(chart); });
    followBackdrop();
    m_scale = Appearance::instance().scale();
    applyPens();
    retranslate();
    connect(&Appearance::instance(), &Appearance::changed, this, [this] { setScale(Appearance::instance().scale()); });
    connect(m_model, &ExplorerModel::changed, this, &ActivationChartView::onModelChanged);
    onModelChanged(ExplorerModel::CurveChanged | ExplorerModel::ViewChanged | ExplorerModel::NeuronChanged |
                   ExplorerModel::DisplayChanged | ExplorerModel::EpsilonChanged);
}

void ActivationChartView::retranslate()
{
    m_chartLayer->invalidate();
    m_curve->setName(tr("f(z)"));
    m_derivative->setName(tr("f′(z)"));
    m_dead->setName(tr("dead f′"));
    // Qt gives each legend entry an equal share of the width: the labels stay short.
    m_vanishing->setName(tr("vanishing f′"));
    m_axisZ->setTitleText(tr("z = Σ wᵢxᵢ + b"));
    m_axisY->setTitleText(tr("f(z), f′(z)"));
    chart()->setLocale(QLocale());
    m_axes->relayout();  // the numbers' decimal sign may have changed
    updateTitle();
    updateAxes(true);
}

void ActivationChartView::setScale(double scale)
{
    m_scale = scale;
    applyPens();
    updateMarkers();
}

void ActivationChartView::applyPens()
{
    m_chartLayer->invalidate();
    const double s = m_scale;
    ChartStyle::applyAppearance(chart());
    const Appearance& appearance = Appearance::instance();
    m_hoverLabel->setFont(ChartStyle::labelFont());
    m_hoverLabel->setBrush(appearance.chartText());
    m_hoverBox->setBrush(appearance.chartBackground());
    m_hoverBox->setPen(QPen(appearance.chartGrid().darker(150)));
    // Qt Charts draws a solid line segment by segment: square caps close the bends (each segment
    // reaches half the width past its ends, as a round cap would) and stay polygons; round caps
    // made every segment a curved outline, 40 % of the chart's redraw at a parameter step. A
    // dashed line it strokes as one path, where round caps and joins turn every dash into curves
    // to flatten (twice the time); on a curve sampled every few pixels bevel joins look the same.
    m_curve->setPen(QPen(kCurveColour, 3.0 * s, Qt::SolidLine, Qt::SquareCap, Qt::RoundJoin));
    const QPen derivativePen(kDerivativeColour, 2.2 * s, Qt::DashLine, Qt::FlatCap, Qt::BevelJoin);
    m_derivative->setPen(derivativePen);  // the legend's sample
    m_derivativeCurve->setPen(derivativePen);
    const bool dark = appearance.effectiveTheme() == Appearance::Theme::Dark;
    for (DashedCurve* a : {m_asymptoteLow, m_asymptoteHigh})
        a->setPen(QPen(dark ? kAsymptoteColour.lighter(160) : kAsymptoteColour, 1.4 * s, Qt::DotLine));
    // Flat ends: a round-capped line is a curved shape, which Qt 6.4 fills through its general
    // rasteriser and thread pool — 160 µs for this line at every slider step; flat, 14 µs.
    m_tangentItem->setPen(QPen(kTangentColour, 1.8 * s, Qt::SolidLine, Qt::FlatCap));
    const QColor ring = appearance.chartBackground();
    m_pointItem->setBrush(kCurveColour);
    m_pointItem->setPen(QPen(ring, 2.0 * s));
    m_pointItem->setRect(QRectF(-7.0 * s, -7.0 * s, 14.0 * s, 14.0 * s));
    m_slopeItem->setBrush(kDerivativeColour);
    m_slopeItem->setPen(QPen(ring, 1.6 * s));
    m_slopeItem->setRect(QRectF(-5.5 * s, -5.5 * s, 11.0 * s, 11.0 * s));
}

void ActivationChartView::onModelChanged(ExplorerModel::Changes what)
{
    if (what != ExplorerModel::Changes(ExplorerModel::NeuronChanged))
        m_chartLayer->invalidate();  // the neuron alone moves only the overlay
    if (what.testAnyFlag(ExplorerModel::FunctionChanged))
        updateTitle();
    if (what.testAnyFlags(ExplorerModel::CurveChanged | ExplorerModel::ViewChanged)) {
        updateAxesAndCurves();
        updateAsymptotes();
    }
    if (what.testAnyFlags(ExplorerModel::CurveChanged | ExplorerModel::ViewChanged | ExplorerModel::EpsilonChanged))
        updateRegions();
    if (what.testAnyFlags(ExplorerModel::CurveChanged | ExplorerModel::ViewChanged | ExplorerModel::NeuronChanged |
                          ExplorerModel::DisplayChanged))
        updateMarkers();
    if (what.testAnyFlag(ExplorerModel::DisplayChanged))
        updateVisibility();
}

void ActivationChartView::updateTitle()
{
    chart()->setTitle(FunctionTexts::name(m_model->activation().key));
}

std::array<double, 6> ActivationChartView::axesToShow() const
{
    const ViewRange& v = m_model->view();
    return {v.zMin, v.zMax, v.yMin, v.yMax, double(width()), double(height())};
}

void ActivationChartView::updateAxesAndCurves(bool force)
{
    // The curve's points are replaced: emptied first, Qt Charts does not map the old ones to new
    // axes on the way (a sixth of the curve's share of a zoom step).
    if (force || axesToShow() != m_axesShown)
        m_curve->clear();
    updateAxes(force);
    updateCurves();
}

void ActivationChartView::updateAxes(bool force)
{
    const ViewRange& v = m_model->view();
    const std::array<double, 6> shown = axesToShow();
    if (shown == m_axesShown && !force)
        return;
    m_axesShown = shown;
    const ChartAxes::Batch batch(m_axes);  // both axes measured once, when both are set
    // Clean ticks at every zoom: a 1-2-5 step with just enough decimals, in the UI's locale.
    ChartStyle::setTicks(m_axisZ, v.zMin, v.zMax, ChartStyle::niceStep(v.zMax - v.zMin, std::max(4, width() / 90)));
    ChartStyle::setTicks(m_axisY, v.yMin, v.yMax, ChartStyle::niceStep(v.yMax - v.yMin, std::max(3, height() / 80)));
}

void ActivationChartView::updateCurves()
{
    const ViewRange& v = m_model->view();
    const QRectF plot = chart()->plotArea();
    const al::Viewport viewport{v, std::max(plot.width(), 100.0), std::max(plot.height(), 100.0)};
    const al::SamplingOptions options{0.25, 1000};
    const al::Activation& a = m_model->activation();
    m_curve->replace(toPoints(al::sampleCurve(a, m_model->parameters(), al::Curve::Value, viewport, options)));
    m_derivativeCurve->setPoints(toPoints(al::sampleCurve(a, m_model->parameters(), al::Curve::Derivative, viewport, options)));
}

void ActivationChartView::updateRegions()
{
    const al::GradientRegions& r = m_model->regions();
    m_bands->setBands({{r.dead, kDeadColour}, {r.vanishing, kVanishingColour}});
}

void ActivationChartView::updateAsymptotes()
{
    const al::Asymptotes a = al::horizontalAsymptotes(m_model->activation(), m_model->parameters());
    m_asymptotes = {a.left.value_or(NAN), a.right.value_or(NAN)};
    placeAsymptotes();
}

void ActivationChartView::updateMarkers()
{
    const double z = m_model->z();
    const al::FunctionValues v = m_model->valuesAtZ();
    m_pointValue = QPointF(z, v.f);
    m_slopeValue = QPointF(z, v.df);
    const ViewRange& view = m_model->view();
    const auto tangent = al::tangentSegment(m_model->activation(), m_model->parameters(), z, 0.18 * (view.zMax - view.zMin));
    m_tangentValue = tangent ? QLineF(tangent->z0, tangent->y0, tangent->z1, tangent->y1) : QLineF();
    placeMarkers();
}

QPointF ActivationChartView::positionOf(QPointF value) const
{
    // Positions far outside the plot are clamped: the layers clip them anyway, and huge
    // coordinates (an exponential at z = 700) would only slow the rasteriser down.
    const QRectF plot = chart()->plotArea();
    const QPointF p = chart()->mapToPosition(value, m_curve);
    const double margin = plot.width() + plot.height();
    return {std::clamp(p.x(), plot.left() - margin, plot.right() + margin),
            std::clamp(p.y(), plot.top() - margin, plot.bottom() + margin)};
}

void ActivationChartView::placeAsymptotes()
{
    // Across the view, so that the dots start at the plot's left edge as it pans.
    const ViewRange& view = m_model->view();
    const auto place = [&](DashedCurve* line, double y) {
        line->setVisible(std::isfinite(y));
        line->setPoints(std::isfinite(y) ? QList<QPointF>{QPointF(view.zMin, y), QPointF(view.zMax, y)} : QList<QPointF>{});
    };
    place(m_asymptoteLow, m_asymptotes.first);
    place(m_asymptoteHigh, m_asymptotes.second);
}

void ActivationChartView::placeMarkers()
{
    m_overlay->setRect(plotInScene());
    const auto inScene = [this](QPointF value) { return chart()->mapToScene(positionOf(value)); };
    m_pointItem->setPos(inScene(m_pointValue));
    m_slopeItem->setPos(inScene(m_slopeValue));
    m_tangentItem->setLine(QLineF(inScene(m_tangentValue.p1()), inScene(m_tangentValue.p2())));
    updateVisibility();
}

void ActivationChartView::updateVisibility()
{
    m_derivative->setVisible(m_model->showDerivative());
    m_derivativeCurve->setVisible(m_model->showDerivative());
    m_slopeItem->setVisible(m_model->showDerivative() && std::isfinite(m_slopeValue.y()));
    m_pointItem->setVisible(std::isfinite(m_pointValue.y()));
    m_tangentItem->setVisible(m_model->showTangent() && !m_tangentValue.isNull());
}

QRectF ActivationChartView::plotInScene() const
{
    return chart()->mapRectToScene(chart()->plotArea());
}

bool ActivationChartView::tangentShown() const
{
    return m_tangentItem->isVisible();
}

bool ActivationChartView::slopePointShown() const
{
    return m_slopeItem->isVisible();
}

QPointF ActivationChartView::valueAt(const QPointF& widgetPosition) const
{
    return chart()->mapToValue(chart()->mapFromScene(mapToScene(widgetPosition.toPoint())), m_curve);
}

void ActivationChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    m_chartLayer->invalidate();
    // The pixel size decides both the sampling density and the number of ticks.
    updateAxesAndCurves(true);
}

void ActivationChartView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0)
        return;
    const QPointF at = valueAt(event->position());
    m_model->zoom(std::pow(0.85, steps), at.x(), at.y());
    event->accept();
}

void ActivationChartView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_lastDragPosition = event->position();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ActivationChartView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging) {
        const QPointF from = valueAt(m_lastDragPosition);
        const QPointF to = valueAt(event->position());
        m_lastDragPosition = event->position();
        m_model->pan(from.x() - to.x(), from.y() - to.y());
    }
    updateHover(event->position());
    QChartView::mouseMoveEvent(event);
}

void ActivationChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void ActivationChartView::leaveEvent(QEvent* event)
{
    hideHover();
    QChartView::leaveEvent(event);
}

void ActivationChartView::keyPressEvent(QKeyEvent* event)
{
    const ViewRange& v = m_model->view();
    const double centerZ = 0.5 * (v.zMin + v.zMax);
    const double centerY = 0.5 * (v.yMin + v.yMax);
    const double dz = 0.1 * (v.zMax - v.zMin);
    const double dy = 0.1 * (v.yMax - v.yMin);
    switch (event->key()) {
    case Qt::Key_Home:
        m_model->resetView();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_model->zoom(0.8, centerZ, centerY);
        break;
    case Qt::Key_Minus:
        m_model->zoom(1.25, centerZ, centerY);
        break;
    case Qt::Key_Left:
        m_model->pan(-dz, 0);
        break;
    case Qt::Key_Right:
        m_model->pan(dz, 0);
        break;
    case Qt::Key_Up:
        m_model->pan(0, dy);
        break;
    case Qt::Key_Down:
        m_model->pan(0, -dy);
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ActivationChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        followBackdrop();
    QChartView::changeEvent(event);
}

void ActivationChartView::drawBackground(QPainter* painter, const QRectF& rect)
{
    // The viewport leaves its background to the chart's picture; with the picture switched off
    // (QGraphicsEffect::setEnabled) it is filled here, as Qt would have.
    if (!m_chartLayer->isEnabled() && m_chartLayer->backdrop().isValid())
        painter->fillRect(rect, m_chartLayer->backdrop());
    QChartView::drawBackground(painter, rect);
}

void ActivationChartView::followBackdrop()
{
    // What the viewport fills itself with goes under the chart's picture instead (see
    // CachedLayerEffect::setBackdrop); the viewport then leaves its pixels to the picture.
    const QBrush fill = viewport()->palette().brush(viewport()->backgroundRole());
    const bool solid = viewport()->autoFillBackground() && fill.style() == Qt::SolidPattern && fill.color().alpha() == 255;
    m_chartLayer->setBackdrop(solid ? fill.color() : QColor());
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent, solid);
}

void ActivationChartView::updateHover(const QPointF& position)
{
    const QPointF scenePos = mapToScene(position.toPoint());
    const QRectF plot = plotInScene();
    if (!plot.contains(scenePos) || m_dragging) {
        hideHover();
        return;
    }
    const double z = valueAt(position).x();
    const al::FunctionValues v = m_model->activation().evaluate(z, m_model->parameters());
    m_hoverLabel->setText(tr("z = %1\nf(z) = %2\nf′(z) = %3")
                              .arg(NumberFormat::readable(z), NumberFormat::readable(v.f), NumberFormat::readable(v.df)));
    m_hoverLine->setLine(QLineF(scenePos.x(), plot.top(), scenePos.x(), plot.bottom()));
    const QRectF text = m_hoverLabel->boundingRect();
    const double pad = 6;
    QPointF corner(scenePos.x() + 14, scenePos.y() + 14);
    if (corner.x() + text.width() + 2 * pad > plot.right())
        corner.setX(scenePos.x() - 14 - text.width() - 2 * pad);
    if (corner.y() + text.height() + 2 * pad > plot.bottom())
        corner.setY(scenePos.y() - 14 - text.height() - 2 * pad);
    m_hoverBox->setRect(QRectF(0, 0, text.width() + 2 * pad, text.height() + 2 * pad));
    m_hoverBox->setPos(corner);
    m_hoverLabel->setPos(pad, pad);
    m_hoverLine->show();
    m_hoverBox->show();
}

void ActivationChartView::hideHover()
{
    m_hoverLine->hide();
    m_hoverBox->hide();
}

QString ActivationChartView::hoverText() const
{
    return m_hoverBox->isVisible() ? m_hoverLabel->text() : QString();
}
