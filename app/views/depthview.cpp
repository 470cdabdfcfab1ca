// SPDX-License-Identifier: MIT
#include "app/views/depthview.h"

#include "core/catalog.h"
#include "app/views/chartstyle.h"
#include "app/widgets/controllocks.h"
#include "app/widgets/panelscroll.h"
#include "app/model/functiontexts.h"
#include "app/views/numberformat.h"
#include "app/views/textblock.h"
#include "app/widgets/catalogmodel.h"
#include "app/widgets/valueslider.h"
#include "core/state/schema.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPushButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

DepthView::DepthView(DepthModel* model, QWidget* parent) : Retranslated(parent), m_model(model)
{
    m_controls = new QGroupBox(this);
    m_controls->setObjectName(QStringLiteral("lessonControls"));  // hidden with the side panels
    auto* controls = new QVBoxLayout(m_controls);
    auto* form = new QFormLayout();
    for (int i = 0; i < DepthModel::maxFunctions(); ++i) {
        auto* box = new QComboBox(m_controls);
        box->setModel(new CatalogModel(CatalogModel::Layout::FunctionsOrNone, box));
        box->setObjectName(QStringLiteral("depth_function_%1").arg(i + 1));
        ControlLocks::bind(box, QStringLiteral("depth.functions"));
        auto* label = new QLabel(m_controls);
        label->setBuddy(box);
        form->addRow(label, box);
        connect(box, &QComboBox::activated, m_model, [this, i, box](int index) { m_model->setFunction(i, box->itemData(index).toString()); });
        m_boxes.append(box);
        m_boxLabels.append(label);
    }
    controls->addLayout(form);
    const auto slider = [this, controls](const char* key, const char* name) {
        auto* s = new ValueSlider(al::state::spec(key), 0, m_controls);
        s->setObjectName(QString::fromLatin1(name));  // kept: tests and the soak find sliders by it
        controls->addWidget(s);
        return s;
    };
    m_layers = slider("depth.layers", "layers");
    m_weight = slider("depth.weight", "weight");
    m_z0 = slider("depth.z0", "z0");
    m_bias = slider("depth.bias", "depth_bias");
    m_linearC = slider("depth.linearC", "linear_c");
    m_forward = new QCheckBox(m_controls);
    ControlLocks::bind(m_forward, QStringLiteral("depth.forwardPass"));
    controls->addWidget(m_forward);
    m_reset = new QPushButton(m_controls);
    controls->addWidget(m_reset);
    controls->addStretch(1);

    m_gradientView = ChartStyle::newChartView(this);
    QChart* chart = m_gradientView->chart();
    m_layerAxis = new QValueAxis();
    ChartStyle::styleAxis(m_layerAxis);
    m_logAxis = new QLogValueAxis();
    m_logAxis->setBase(10.0);
    m_logAxis->setLabelFormat(QStringLiteral("%.0e"));
    m_logAxis->setMinorTickCount(0);
    chart->addAxis(m_layerAxis, Qt::AlignBottom);
    chart->addAxis(m_logAxis, Qt::AlignLeft);
    for (int i = 0; i < DepthModel::maxFunctions(); ++i) {
        auto* series = new QLineSeries();
        series->setPen(QPen(ChartStyle::seriesColour(i), 2.6));
        series->setPointsVisible(true);
        chart->addSeries(series);
        series->attachAxis(m_layerAxis);
        series->attachAxis(m_logAxis);
        m_gradients.append(series);
    }
    m_readout = new TextBlock(this);
    m_readout->setTextFormat(Qt::RichText);

    m_collapseView = ChartStyle::newChartView(this);
    QChart* collapse = m_collapseView->chart();
    m_stack = new QLineSeries();
    m_stack->setPen(QPen(ChartStyle::seriesColour(2), 6.0));
    m_collapsed = new QLineSeries();
    m_collapsed->setPen(QPen(ChartStyle::seriesColour(1), 2.0, Qt::DashLine));
    m_collapseX = new QValueAxis();
    m_collapseY = new QValueAxis();
    for (QValueAxis* axis : {m_collapseX, m_collapseY}) {
        ChartStyle::styleAxis(axis);
        collapse->addAxis(axis, axis == m_collapseX ? Qt::AlignBottom : Qt::AlignLeft);
    }
    for (QLineSeries* s : {m_stack, m_collapsed}) {
        collapse->addSeries(s);
        s->attachAxis(m_collapseX);
        s->attachAxis(m_collapseY);
    }
    m_collapseLabel = new TextBlock(this);
    m_collapseLabel->setTextFormat(Qt::PlainText);

    auto* right = new QVBoxLayout();
    right->addWidget(m_gradientView, 3);
    right->addWidget(m_readout);
    right->addWidget(m_collapseView, 2);
    right->addWidget(m_collapseLabel);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(scrollablePanel(m_controls, this));
    layout->addLayout(right, 1);

    connect(m_layers, &ValueSlider::valueEdited, m_model, [this](double v) { m_model->setLayers(static_cast<int>(std::lround(v))); });
    connect(m_weight, &ValueSlider::valueEdited, m_model, &DepthModel::setWeight);
    connect(m_z0, &ValueSlider::valueEdited, m_model, &DepthModel::setZ0);
    connect(m_bias, &ValueSlider::valueEdited, m_model, &DepthModel::setBias);
    connect(m_linearC, &ValueSlider::valueEdited, m_model, &DepthModel::setLinearCoefficient);
    connect(m_forward, &QCheckBox::toggled, m_model, &DepthModel::setForwardPass);
    connect(m_reset, &QPushButton::clicked, m_model, &DepthModel::reset);
    connect(m_model, &DepthModel::changed, this, &DepthView::refresh);
    ChartStyle::follow(m_gradientView);
    ChartStyle::follow(m_collapseView);
    retranslate();
}

double DepthView::axisFloor() const
{
    return m_logAxis->min();
}

void DepthView::refresh()
{
    const QStringList functions = m_model->functions();
    for (int i = 0; i < m_boxes.size(); ++i) {
        const QSignalBlocker block(m_boxes[i]);
        m_boxes[i]->setCurrentIndex(std::max(0, m_boxes[i]->findData(functions.value(i))));
    }
    const auto sync = [](ValueSlider* s, double v) {
        if (s->value() != v)
            s->setValue(v);
    };
    sync(m_layers, m_model->layers());
    sync(m_weight, m_model->weight());
    sync(m_z0, m_model->z0());
    sync(m_bias, m_model->bias());
    sync(m_linearC, m_model->linearCoefficient());
    {
        const QSignalBlocker block(m_forward);
        m_forward->setChecked(m_model->forwardPass());
    }
    m_bias->setEnabled(m_model->forwardPass() || functions.contains(QStringLiteral("linear")));

    // |gradient| per layer; the log axis spans the data, and exact zeros (a dead ReLU) are drawn
    // on its floor and named in the read-out.
    std::vector<al::GradientChain> chains;
    double lo = INFINITY;
    double hi = 0.0;
    for (const QString& key : functions) {
        chains.push_back(m_model->chain(key));
        for (double g : chains.back().cumulative) {
            const double m = std::fabs(g);
            if (m > 0 && std::isfinite(m)) {
                lo = std::min(lo, m);
                hi = std::max(hi, m);
            }
        }
    }
    // A log axis cannot start at 0 (where 10^(log10(subnormal) − 1) would land), and a gradient
    // that explodes through hundreds of decades must not ask for a label per decade.
    const ChartStyle::LogSpan span = ChartStyle::logSpan(lo, hi, 8);
    const double floor = span.min;
    // The larger base first: each change lays the ticks out, and the old range under the new
    // smaller base (or the reverse) could ask for hundreds of labels in between.
    // Unchanged, the axis is left alone: any change lays out the chart and its axes again.
    if (span.base != m_logAxis->base() || span.min != m_logAxis->min() || span.max != m_logAxis->max()) {
        if (span.base > m_logAxis->base()) {
            m_logAxis->setBase(span.base);
            m_logAxis->setRange(span.min, span.max);
        } else {
            m_logAxis->setRange(span.min, span.max);
            m_logAxis->setBase(span.base);
        }
    }
    // Layers are whole: a step of at least 1 also gives the "%.0f" labels (a label format set
    // at every refresh would lay the chart out again each time).
    const double lastLayer = std::max(2, m_model->layers());
    ChartStyle::setTicks(m_layerAxis, 1.0, lastLayer, std::max(1.0, ChartStyle::niceStep(lastLayer - 1.0, std::min(m_model->layers(), 10))));

    QString text;
    for (int i = 0; i < m_gradients.size(); ++i) {
        QLineSeries* series = m_gradients[i];
        if (i >= functions.size() || functions[i].isEmpty()) {
            series->clear();
            series->setVisible(false);
            continue;
        }
        const al::GradientChain& chain = chains[static_cast<std::size_t>(i)];
        QList<QPointF> points;
        for (std::size_t k = 0; k < chain.cumulative.size(); ++k) {
            const double m = std::fabs(chain.cumulative[k]);
            points.append(QPointF(static_cast<double>(k + 1), m > 0 && std::isfinite(m) ? m : floor));
        }
        series->replace(points);
        series->setVisible(true);
        const QString name = FunctionTexts::name(functions[i].toStdString());
        series->setName(name);
        const double first = chain.cumulative.empty() ? 0.0 : std::fabs(chain.cumulative.front());
        const double factor = chain.factor.empty() ? 0.0 : std::fabs(chain.factor.front());
        QString verdict;
        const al::Activation* a = al::findActivation(functions[i].toStdString());
        switch (al::chainVerdict(*a, m_model->parameters(*a), m_model->settings(), chain)) {
        case al::ChainVerdict::KinkConvention:
            // PyTorch's choice at a kink (relu′(0) = 0) decides here, not the function's shape.
            verdict = tr("decided by a convention: z₀ = %1 is a kink, where f′ is not defined; PyTorch takes "
                         "f′(%1) = %2. Move z₀ off the kink")
                          .arg(NumberFormat::readable(m_model->z0()), NumberFormat::readable(a->evaluate(m_model->z0(), m_model->parameters(*a)).df));
            break;
        case al::ChainVerdict::Dead:
            verdict = tr("exactly 0: dead, the first layer never learns");
            break;
        case al::ChainVerdict::Vanishing:
            verdict = tr("vanishing");
            break;
        case al::ChainVerdict::Exploding:
            verdict = tr("exploding");
            break;
        case al::ChainVerdict::Passes:
            verdict = tr("passes");
            break;
        }
        text += tr("<span style='color:%1'>■</span> <b>%2</b>: factor |w·f′(z₁)| = %3, gradient at layer 1 = %4 — %5<br>")
                    .arg(ChartStyle::seriesColour(i).name(), name, NumberFormat::readable(factor, 4),
                         NumberFormat::readable(first, 4), verdict);
    }
    m_readout->setText(text);

    // The linear stack and the single layer it equals.
    const al::LinearLayer one = m_model->linearStack();
    QList<QPointF> stack;
    QList<QPointF> line;
    double ylo = std::numeric_limits<double>::infinity();
    double yhi = -std::numeric_limits<double>::infinity();
    for (int k = 0; k <= 60; ++k) {
        const double x = -3.0 + 0.1 * k;
        // (c·w)ᴸ overflows quickly; beyond ±1e12 the lines are drawn flat at the edge (the label
        // below still gives W and B exactly).
        const double raw = m_model->stackOutput(x);
        const double y = std::isnan(raw) ? 0.0 : std::clamp(raw, -1e12, 1e12);
        stack.append(QPointF(x, y));
        const double single = one.weight * x + one.bias;
        line.append(QPointF(x, std::isnan(single) ? 0.0 : std::clamp(single, -1e12, 1e12)));
        ylo = std::min(ylo, y);
        yhi = std::max(yhi, y);
    }
    m_stack->replace(stack);
    m_collapsed->replace(line);
    ChartStyle::setNiceRange(m_collapseX, -3.0, 3.0, 6);
    // The output axis ends on ticks: it moves when the lines cross a tick, not at every step of w
    // (each move lays the chart and both its axes out again).
    const double pad = std::max(0.1 * (yhi - ylo), 0.5);
    const double step = ChartStyle::niceStep(yhi - ylo + 2 * pad, 4);
    ChartStyle::setTicks(m_collapseY, std::floor((ylo - pad) / step) * step, std::ceil((yhi + pad) / step) * step, step);
    m_stack->setName(tr("%1 linear layers, applied one by one").arg(m_model->layers()));
    m_collapsed->setName(tr("one layer: W·x + B"));
    m_collapseLabel->setText(tr("L = %1 layers y = c·(w·x + b) with c = %2, w = %3, b = %4 are exactly one layer: W = (c·w)ᴸ = %5, "
                                "B = %6. Without a non-linearity, depth adds nothing.")
                                 .arg(m_model->layers())
                                 .arg(NumberFormat::compact(m_model->linearCoefficient()), NumberFormat::compact(m_model->weight()),
                                      NumberFormat::compact(m_model->bias()), NumberFormat::readable(one.weight, 5),
                                      NumberFormat::readable(one.bias, 5)));
}

void DepthView::retranslate()
{
    m_controls->setTitle(tr("Deep stack"));
    for (int i = 0; i < m_boxLabels.size(); ++i) {
        m_boxLabels[i]->setText(tr("Function %1").arg(i + 1));  // no mnemonic: Alt+digit switches tabs
        m_boxes[i]->setToolTip(tr("An activation to compare through depth (— for none)"));
        m_boxes[i]->setAccessibleName(tr("Function %1").arg(i + 1));
    }
    m_forward->setText(tr("Real &forward pass: zₖ₊₁ = w·f(zₖ) + b"));
    m_forward->setToolTip(tr("Off: every layer works at z₀ (the textbook bound, e.g. 0.25ᴸ for sigmoid). On: each layer "
                             "feeds the next."));
    m_reset->setText(tr("&Reset"));
    m_reset->setToolTip(tr("Back to the lesson's start: sigmoid, tanh and ReLU through 10 layers"));
    m_gradientView->chart()->setTitle(tr("Gradient reaching each layer, |∂out/∂zₖ| (log scale)"));
    m_layerAxis->setTitleText(tr("layer k (1 = farthest from the output)"));
    m_logAxis->setTitleText(tr("|gradient|"));
    m_collapseView->chart()->setTitle(tr("A stack of linear layers is one linear layer"));
    m_collapseX->setTitleText(tr("input x"));
    m_collapseY->setTitleText(tr("output"));
    for (QChartView* v : {m_gradientView, m_collapseView})
        v->chart()->setLocale(QLocale());
    refresh();
}

QString DepthView::title() const
{
    return tr("&Depth");
}

QString DepthView::toolTip() const
{
    return tr("The gradient through many layers: vanishing, dead and exploding; linear layers collapsing");
}
