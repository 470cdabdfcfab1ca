// SPDX-License-Identifier: MIT
#include "app/views/traindiagnostics.h"

#include "app/model/trainmodel.h"
#include "app/views/chartstyle.h"
#include "app/views/epochseries.h"
#include "app/views/losscurveexport.h"
#include "app/views/numberformat.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStyle>
#include <QTabBar>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <numeric>

namespace {

constexpr int kBins = 30;
// The histogram's dead outputs in the explorer's colour of dead regions, opaque enough to read.
const QColor kDeadColour(0xe0, 0x31, 0x31);

QLineSeries* newLine(QChart* chart, QColor colour, Qt::PenStyle style)
{
    auto* s = new QLineSeries(chart);
    QPen pen(colour, 2.0, style);
    if (style == Qt::DashLine)
        pen.setDashPattern({2.5, 1.5});  // short dashes, so even the legend's short line shows them
    s->setPen(pen);
    return s;
}

// The outline of bars of `counts` (as a percentage of `total`) over evenly split [lo, hi]:
// (lo, 0) up to each bar's top, across, and down to (hi, 0) at the end.
void outline(QList<QPointF>& points, const std::vector<int>& counts, const std::vector<int>* below, double total, double lo, double hi)
{
    points.clear();
    const std::size_t bins = counts.size();
    const double width = (hi - lo) / static_cast<double>(bins);
    points.append(QPointF(lo, 0.0));
    for (std::size_t i = 0; i < bins; ++i) {
        const double height = 100.0 * (counts[i] + (below ? (*below)[i] : 0)) / total;
        const double left = lo + width * static_cast<double>(i);
        points.append(QPointF(left, height));
        points.append(QPointF(i + 1 == bins ? hi : left + width, height));
    }
    points.append(QPointF(hi, 0.0));
}

}  // namespace

TrainDiagnostics::TrainDiagnostics(TrainModel* model, QWidget* gradientChart, QWidget* parent)
    : Retranslated(parent), m_model(model)
{
    setObjectName(QStringLiteral("trainDiagnostics"));
    setDocumentMode(true);
    addTab(gradientChart, QString());

    // Dead and saturated shares: one colour per layer, as in the gradient chart.
    m_sharesView = ChartStyle::newChartView(this);
    m_sharesX = new QValueAxis();
    m_sharesY = new QValueAxis();
    ChartStyle::styleAxis(m_sharesX);
    ChartStyle::styleAxis(m_sharesY);
    m_sharesView->chart()->addAxis(m_sharesX, Qt::AlignBottom);
    m_sharesView->chart()->addAxis(m_sharesY, Qt::AlignLeft);
    ChartStyle::setNiceRange(m_sharesY, 0.0, 100.0, 4);
    // Beside the plot: a row below would cut "saturated" and "layer 3" short in this narrow pane.
    m_sharesView->chart()->legend()->setAlignment(Qt::AlignRight);
    // Markers drawn as the lines themselves, so "dead" shows solid and "saturated" dashed.
    m_sharesView->chart()->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    m_deadKey = newLine(m_sharesView->chart(), Qt::gray, Qt::SolidLine);
    m_saturatedKey = newLine(m_sharesView->chart(), Qt::gray, Qt::DashLine);
    for (QLineSeries* key : {m_deadKey, m_saturatedKey}) {
        m_sharesView->chart()->addSeries(key);
        key->attachAxis(m_sharesX);
        key->attachAxis(m_sharesY);
    }
    addTab(m_sharesView, QString());

    // The histogram of one layer's outputs.
    m_histogramPage = new QWidget(this);
    m_layer = new QComboBox(m_histogramPage);
    m_layerLabel = new QLabel(m_histogramPage);
    m_layerLabel->setBuddy(m_layer);
    m_histogramNote = new QLabel(m_histogramPage);
    m_histogramNote->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // never widens the pane
    m_histogramView = ChartStyle::newChartView(m_histogramPage);
    QChart* chart = m_histogramView->chart();
    const auto area = [chart](QColor colour) {
        auto* a = new QAreaSeries(new QLineSeries(chart), new QLineSeries(chart));
        QColor fill = colour;
        fill.setAlpha(170);
        a->setBrush(fill);
        a->setPen(QPen(colour, 1.0));
        chart->addSeries(a);
        return a;
    };
    m_deadArea = area(kDeadColour);
    m_liveArea = area(ChartStyle::seriesColour(0));
    m_histogramX = new QValueAxis();
    m_histogramY = new QValueAxis();
    ChartStyle::styleAxis(m_histogramX);
    ChartStyle::styleAxis(m_histogramY);
    chart->addAxis(m_histogramX, Qt::AlignBottom);
    chart->addAxis(m_histogramY, Qt::AlignLeft);
    for (QAreaSeries* a : {m_deadArea, m_liveArea}) {
        a->attachAxis(m_histogramX);
        a->attachAxis(m_histogramY);
    }
    auto* chooser = new QHBoxLayout();
    chooser->addWidget(m_layerLabel);
    chooser->addWidget(m_layer);
    chooser->addWidget(m_histogramNote, 1);
    auto* page = new QVBoxLayout(m_histogramPage);
    page->setContentsMargins(0, 4, 0, 0);
    page->addLayout(chooser);
    page->addWidget(m_histogramView, 1);
    addTab(m_histogramPage, QString());

    // The tab shows it beside its Play button and in the loss chart's context menu: the pane's
    // width is its tab names' (a corner button pushed the Russian ones behind scroll arrows).
    m_export = new LossCurveExport(model, this);
    m_export->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as"), style()->standardIcon(QStyle::SP_DialogSaveButton)));
    // Every tab's name in view: the pane asks for its tabs' width rather than hide one behind
    // scroll arrows.
    tabBar()->setUsesScrollButtons(false);

    connect(m_layer, &QComboBox::activated, this, [this] { refreshHistogram(); });
    connect(this, &QTabWidget::currentChanged, this, [this] { refresh(); });
    connect(m_model, &TrainModel::changed, this, &TrainDiagnostics::refresh);
    ChartStyle::follow(m_sharesView);
    ChartStyle::follow(m_histogramView);
    retranslate();
}

void TrainDiagnostics::showEvent(QShowEvent* event)
{
    QTabWidget::showEvent(event);
    refresh();
}

void TrainDiagnostics::refresh()
{
    if (!m_model)
        return;
    matchLayers(static_cast<int>(m_model->trainer().network().hiddenLayers()));
    // Hidden pages wait: switching to one (currentChanged) or showing the pane draws it.
    if (!isVisible())
        return;
    if (currentIndex() == SharesPage)
        refreshShares();
    else if (currentIndex() == HistogramPage)
        refreshHistogram();
}

// Series and layer choices follow the network's depth; they are made or dropped only when the
// number of hidden layers changes.
void TrainDiagnostics::matchLayers(int layers)
{
    if (layers == m_layers)
        return;
    m_layers = layers;
    QChart* chart = m_sharesView->chart();
    const auto resize = [&](std::vector<QLineSeries*>& series, Qt::PenStyle style) {
        while (static_cast<int>(series.size()) > layers) {
            chart->removeSeries(series.back());
            delete series.back();
            series.pop_back();
        }
        while (static_cast<int>(series.size()) < layers) {
            QLineSeries* s = newLine(chart, ChartStyle::seriesColour(static_cast<int>(series.size())), style);
            chart->addSeries(s);
            s->attachAxis(m_sharesX);
            s->attachAxis(m_sharesY);
            series.push_back(s);
        }
    };
    resize(m_dead, Qt::SolidLine);
    resize(m_saturated, Qt::DashLine);
    // The layer's colour is named once, on its dead line; the dashed twin stays out of the legend.
    for (QLineSeries* s : m_saturated)
        for (QLegendMarker* marker : chart->legend()->markers(s))
            marker->setVisible(false);
    ChartStyle::applyAppearance(chart);

    const int chosen = m_layer->currentIndex();
    {
        const QSignalBlocker block(m_layer);
        m_layer->clear();
        for (int l = 0; l < layers; ++l)
            m_layer->addItem(QString());
        m_layer->setCurrentIndex(std::clamp(chosen, 0, std::max(0, layers - 1)));
    }
    m_layer->setEnabled(layers > 0);
    retranslate();
}

void TrainDiagnostics::refreshShares()
{
    const auto& history = m_model->history();
    // Thinned to a bounded number of points, so a long run costs the same per frame.
    for (std::size_t l = 0; l < m_dead.size(); ++l) {
        const auto share = [l](double al::train::LayerDiagnostics::*field) {
            return [l, field](const al::train::EpochRecord& r) { return l < r.layers.size() ? 100.0 * (r.layers[l].*field) : std::numeric_limits<double>::quiet_NaN(); };
        };
        m_dead[l]->replace(EpochSeries{share(&al::train::LayerDiagnostics::dead)}.points(history));
        m_saturated[l]->replace(EpochSeries{share(&al::train::LayerDiagnostics::saturated)}.points(history));
    }
    ChartStyle::setGrowingRange(m_sharesX, history.empty() ? 1 : history.back().epoch, 5);
}

void TrainDiagnostics::refreshHistogram()
{
    const al::train::Trainer& trainer = m_model->trainer();
    const int layer = m_layer->currentIndex();
    if (layer < 0 || layer >= trainer.network().hiddenLayers()) {
        m_histogram = {};
        for (QAreaSeries* a : {m_deadArea, m_liveArea}) {
            a->upperSeries()->clear();
            a->lowerSeries()->clear();
        }
        m_histogramNote->setText(tr("no hidden layer"));
        return;
    }
    al::train::activationHistogram(trainer.network(), trainer.data().train, layer, kBins, m_pass, m_histogram);
    const auto& h = m_histogram;
    const int counted = std::accumulate(h.live.begin(), h.live.end(), 0) + std::accumulate(h.dead.begin(), h.dead.end(), 0);
    const double total = std::max(1, counted);
    outline(m_points, h.dead, nullptr, total, h.lo, h.hi);
    m_deadArea->upperSeries()->replace(m_points);
    m_liveArea->lowerSeries()->replace(m_points);
    outline(m_points, h.live, &h.dead, total, h.lo, h.hi);
    m_liveArea->upperSeries()->replace(m_points);
    const QList<QPointF> base{QPointF(h.lo, 0.0), QPointF(h.hi, 0.0)};
    m_deadArea->lowerSeries()->replace(base);
    double highest = 0.0;
    for (std::size_t i = 0; i < h.live.size(); ++i)
        highest = std::max(highest, 100.0 * (h.live[i] + h.dead[i]) / total);
    ChartStyle::setNiceRange(m_histogramX, h.lo, h.hi, 4);
    ChartStyle::setNiceRange(m_histogramY, 0.0, std::max(1.0, highest * 1.05), 4);
    m_histogramNote->setText(tr("dead: %1 of %2 units").arg(h.deadUnits).arg(h.units));
}

void TrainDiagnostics::retranslate()
{
    setTabText(GradientPage, tr("Gradient"));
    setTabToolTip(GradientPage, tr("The norm of ∂L/∂W into each hidden layer, on a log scale: a vanishing gradient shows as the "
                                   "lines of the layers near the input falling away"));
    setTabText(SharesPage, tr("Dead units"));
    setTabToolTip(SharesPage, tr("Share of each hidden layer's units that are dead (f′ = 0 at every training point, solid) or "
                                 "saturated (|f′| < ε at most of them, dashed)"));
    setTabText(HistogramPage, tr("Outputs"));
    setTabToolTip(HistogramPage, tr("How the outputs of one hidden layer are spread over the training set at the current weights"));
    m_export->retranslate();

    m_sharesX->setTitleText(tr("epoch"));
    m_sharesY->setTitleText(tr("% of units"));
    m_deadKey->setName(tr("dead"));
    m_saturatedKey->setName(tr("saturated"));
    for (std::size_t l = 0; l < m_dead.size(); ++l) {
        m_dead[l]->setName(tr("layer %1").arg(l + 1));
        m_saturated[l]->setName(tr("layer %1, saturated").arg(l + 1));
    }

    m_layerLabel->setText(tr("La&yer"));
    m_layer->setToolTip(tr("The hidden layer whose outputs are counted (1 is nearest the input)"));
    for (int l = 0; l < m_layer->count(); ++l)
        m_layer->setItemText(l, QString::number(l + 1));
    m_histogramX->setTitleText(tr("output f(z)"));
    m_histogramY->setTitleText(tr("share, %"));
    m_liveArea->setName(tr("active units"));
    m_deadArea->setName(tr("dead units"));
    for (QChartView* view : {m_sharesView, m_histogramView})
        view->chart()->setLocale(QLocale());
    if (isVisible() && currentIndex() == HistogramPage)
        refreshHistogram();
}

