// SPDX-License-Identifier: MIT
#include "app/views/sparsityview.h"

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

#include <QAreaSeries>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

SparsityView::SparsityView(SparsityModel* model, QWidget* parent) : Retranslated(parent), m_model(model)
{
    m_controls = new QGroupBox(this);
    m_controls->setObjectName(QStringLiteral("lessonControls"));  // hidden with the side panels
    auto* controls = new QVBoxLayout(m_controls);
    auto* form = new QFormLayout();
    m_functionLabel = new QLabel(m_controls);
    m_function = new QComboBox(m_controls);
    m_function->setModel(new CatalogModel(CatalogModel::Layout::Functions, m_function));
    m_neuronsLabel = new QLabel(m_controls);
    m_neurons = new QSpinBox(m_controls);
    const al::state::Spec& neurons = al::state::spec("sparsity.neurons");
    m_neurons->setRange(static_cast<int>(neurons.min), static_cast<int>(neurons.max));
    m_neurons->setSingleStep(static_cast<int>(neurons.step));
    m_seedLabel = new QLabel(m_controls);
    m_seed = new QSpinBox(m_controls);
    m_seed->setRange(static_cast<int>(al::state::spec("sparsity.seed").min), static_cast<int>(al::state::spec("sparsity.seed").max));
    m_functionLabel->setBuddy(m_function);
    ControlLocks::bind(m_function, QStringLiteral("sparsity.function"));
    ControlLocks::bind(m_neurons, QStringLiteral("sparsity.neurons"));
    ControlLocks::bind(m_seed, QStringLiteral("sparsity.seed"));
    m_neuronsLabel->setBuddy(m_neurons);
    m_seedLabel->setBuddy(m_seed);
    form->addRow(m_functionLabel, m_function);
    form->addRow(m_neuronsLabel, m_neurons);
    form->addRow(m_seedLabel, m_seed);
    controls->addLayout(form);
    m_reroll = new QPushButton(m_controls);
    ControlLocks::bind(m_reroll, QStringLiteral("sparsity.seed"));
    controls->addWidget(m_reroll);
    m_threshold = new ValueSlider(al::state::spec("sparsity.threshold"), 0, m_controls);
    m_threshold->setObjectName(QStringLiteral("active_threshold"));
    controls->addWidget(m_threshold);
    controls->addStretch(1);

    m_view = ChartStyle::newChartView(this);
    m_view->chart()->legend()->hide();
    auto* upper = new QLineSeries(m_view->chart());
    auto* lower = new QLineSeries(m_view->chart());
    m_histogram = new QAreaSeries(upper, lower);
    m_histogram->setColor(ChartStyle::seriesColour(0));
    m_histogram->setBorderColor(ChartStyle::seriesColour(0).darker(130));
    m_view->chart()->addSeries(m_histogram);
    m_axisX = new QValueAxis();
    m_axisY = new QValueAxis();
    for (QValueAxis* axis : {m_axisX, m_axisY}) {
        ChartStyle::styleAxis(axis);
        m_view->chart()->addAxis(axis, axis == m_axisX ? Qt::AlignBottom : Qt::AlignLeft);
        m_histogram->attachAxis(axis);
    }
    m_summary = new TextBlock(this);
    m_summary->setTextFormat(Qt::RichText);

    auto* right = new QVBoxLayout();
    right->addWidget(m_view, 1);
    right->addWidget(m_summary);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(scrollablePanel(m_controls, this));
    layout->addLayout(right, 1);

    connect(m_function, &QComboBox::activated, m_model, [this](int index) { m_model->setFunction(m_function->itemData(index).toString()); });
    connect(m_neurons, &QSpinBox::valueChanged, m_model, &SparsityModel::setNeurons);
    connect(m_seed, &QSpinBox::valueChanged, m_model, [this](int seed) { m_model->setSeed(static_cast<quint64>(seed)); });
    connect(m_reroll, &QPushButton::clicked, m_model, &SparsityModel::reroll);
    connect(m_threshold, &ValueSlider::valueEdited, m_model, &SparsityModel::setThreshold);
    connect(m_model, &SparsityModel::changed, this, &SparsityView::refresh);
    ChartStyle::follow(m_view);
    retranslate();
}

void SparsityView::refresh()
{
    {
        const QSignalBlocker a(m_function);
        const QSignalBlocker b(m_neurons);
        const QSignalBlocker c(m_seed);
        m_function->setCurrentIndex(std::max(0, m_function->findData(m_model->function())));
        m_neurons->setValue(m_model->neurons());
        m_seed->setValue(static_cast<int>(m_model->seed()));
    }
    if (m_threshold->value() != m_model->threshold())
        m_threshold->setValue(m_model->threshold());

    const std::vector<double>& out = m_model->layer().outputs;
    double lo = *std::min_element(out.begin(), out.end());
    double hi = *std::max_element(out.begin(), out.end());
    if (hi - lo < 1e-9) {
        lo -= 0.5;
        hi += 0.5;
    }
    const std::vector<int> counts = al::histogram(out, lo, hi, kBins);
    const double width = (hi - lo) / kBins;
    QList<QPointF> edge{QPointF(lo, 0.0)};
    int tallest = 1;
    for (int i = 0; i < kBins; ++i) {
        const double left = lo + i * width;
        edge.append({QPointF(left, counts[static_cast<std::size_t>(i)]), QPointF(left + width, counts[static_cast<std::size_t>(i)])});
        tallest = std::max(tallest, counts[static_cast<std::size_t>(i)]);
    }
    edge.append(QPointF(hi, 0.0));
    m_histogram->upperSeries()->replace(edge);
    m_histogram->lowerSeries()->replace({QPointF(lo, 0.0), QPointF(hi, 0.0)});
    const double pad = 0.05 * (hi - lo);
    ChartStyle::setNiceRange(m_axisX, lo - pad, hi + pad, 8);
    // Counts have whole ticks, which also gives them "%.0f" labels (a label format set at every
    // refresh would lay the chart and both axes out again even when nothing moved).
    ChartStyle::setTicks(m_axisY, 0.0, tallest * 1.1, std::max(1.0, ChartStyle::niceStep(tallest * 1.1, 5)));

    const double active = m_model->activeFraction();
    const int n = m_model->neurons();
    const int activeCount = static_cast<int>(std::lround(active * n));
    m_summary->setText(tr("<b>Active: %1 %</b> (%2 of %3 neurons with |f(z)| > τ = %4) — silent: %5 %. "
                          "ReLU silences about half of a random layer; sigmoid and tanh leave almost every neuron active.")
                           .arg(NumberFormat::fixed(100.0 * active, 1))
                           .arg(activeCount)
                           .arg(n)
                           .arg(NumberFormat::compact(m_model->threshold()), NumberFormat::fixed(100.0 * (1.0 - active), 1)));
    const QString title = tr("Outputs of %1 %2 neurons, one random input").arg(n).arg(FunctionTexts::name(m_model->function().toStdString()));
    if (m_view->chart()->title() != title)
        m_view->chart()->setTitle(title);
}

void SparsityView::retranslate()
{
    m_controls->setTitle(tr("A random layer"));
    m_functionLabel->setText(tr("&Function"));
    m_function->setToolTip(tr("The activation of every neuron in the layer"));
    m_function->setAccessibleName(tr("Function of the layer"));
    m_neuronsLabel->setText(tr("&Neurons"));
    m_neurons->setToolTip(tr("How many neurons the layer has"));
    m_neurons->setAccessibleName(tr("Number of neurons"));
    m_seedLabel->setText(tr("&Seed"));
    m_seed->setToolTip(tr("The random seed: the same seed gives the same weights and input on every computer"));
    m_seed->setAccessibleName(tr("Random seed"));
    m_reroll->setText(tr("New &random layer"));
    m_reroll->setToolTip(tr("Draw new weights and a new input (a new seed)"));
    m_axisX->setTitleText(tr("output f(z)"));
    m_axisY->setTitleText(tr("neurons"));
    m_view->chart()->setLocale(QLocale());
    refresh();
}

QString SparsityView::title() const
{
    return tr("S&parsity");
}

QString SparsityView::toolTip() const
{
    return tr("How many neurons of a random layer are active");
}
