// SPDX-License-Identifier: MIT
#include "app/views/initview.h"

#include "app/model/functiontexts.h"
#include "app/views/chartstyle.h"
#include "app/views/initridgeview.h"
#include "app/views/numberformat.h"
#include "app/widgets/controllocks.h"
#include "app/widgets/panelscroll.h"
#include "app/widgets/parametersliders.h"
#include "app/widgets/valueslider.h"
#include "core/catalog.h"
#include "core/state/schema.h"

#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

constexpr const char* kSliderKeys[] = {"init.sigma", "init.layers", "init.width", "init.samples", "init.bias", "init.epsilon"};

QLineSeries* addSeries(QChart* chart, int colour, Qt::PenStyle style, bool points)
{
    auto* s = new QLineSeries();
    s->setPen(QPen(ChartStyle::seriesColour(colour), style == Qt::SolidLine ? 2.6 : 1.8, style));
    s->setPointsVisible(points);
    chart->addSeries(s);
    return s;
}

}  // namespace

InitView::InitView(InitModel* model, QWidget* parent) : Retranslated(parent), m_model(model)
{
    m_controls = new QGroupBox(this);
    m_controls->setObjectName(QStringLiteral("lessonControls"));  // hidden with the side panels
    auto* controls = new QVBoxLayout(m_controls);
    auto* form = new QFormLayout();
    m_functionLabel = new QLabel(m_controls);
    m_function = new QComboBox(m_controls);
    m_function->setObjectName(QStringLiteral("init_function"));
    m_functionLabel->setBuddy(m_function);
    form->addRow(m_functionLabel, m_function);
    m_schemeLabel = new QLabel(m_controls);
    m_scheme = new QComboBox(m_controls);
    m_scheme->setObjectName(QStringLiteral("init_scheme"));
    m_schemeLabel->setBuddy(m_scheme);
    ControlLocks::bind(m_function, QStringLiteral("init.function"));
    ControlLocks::bind(m_scheme, QStringLiteral("init.scheme"));
    form->addRow(m_schemeLabel, m_scheme);
    controls->addLayout(form);
    m_parameters = new ParameterSliders(QStringLiteral("init.parameters"), QStringLiteral("init_parameter_"), m_controls);
    controls->addWidget(m_parameters);
    connect(m_parameters, &ParameterSliders::edited, m_model, [this](int index, double v) { m_model->setParameter(index, v); });
    connect(m_parameters, &ParameterSliders::pressed, m_model, [this] { m_model->setPreviewing(true); });
    connect(m_parameters, &ParameterSliders::released, m_model, [this] { m_model->setPreviewing(false); });
    for (const char* key : kSliderKeys) {
        auto* s = new ValueSlider(al::state::spec(key), 0, m_controls);
        s->setObjectName(QString::fromLatin1(key).replace(QLatin1Char('.'), QLatin1Char('_')));
        controls->addWidget(s);
        connect(s, &ValueSlider::valueEdited, m_model, [this, key](double v) { m_model->setNumber(key, v); });
        // While the handle is held, previews with fewer samples keep every step quick.
        connect(s->slider(), &QSlider::sliderPressed, m_model, [this] { m_model->setPreviewing(true); });
        connect(s->slider(), &QSlider::sliderReleased, m_model, [this] { m_model->setPreviewing(false); });
        m_sliders.append(s);
    }
    auto* seedForm = new QFormLayout();
    m_seedLabel = new QLabel(m_controls);
    m_seed = new QSpinBox(m_controls);
    m_seed->setObjectName(QStringLiteral("init_seed"));
    m_seed->setRange(static_cast<int>(al::state::spec("init.seed").min), static_cast<int>(al::state::spec("init.seed").max));
    m_seedLabel->setBuddy(m_seed);
    ControlLocks::bind(m_seed, QStringLiteral("init.seed"));
    seedForm->addRow(m_seedLabel, m_seed);
    controls->addLayout(seedForm);

    m_presetGroup = new QGroupBox(m_controls);
    auto* presets = new QVBoxLayout(m_presetGroup);
    for (int i = 0; i < InitModel::kPresets; ++i) {
        auto* b = new QPushButton(m_presetGroup);
        b->setObjectName(QStringLiteral("init_preset_%1").arg(i + 1));
        ControlLocks::bind(b, InitModel::presetPatch(static_cast<InitModel::Preset>(i)));
        presets->addWidget(b);
        connect(b, &QPushButton::clicked, m_model, [this, i] { m_model->applyPreset(static_cast<InitModel::Preset>(i)); });
        m_presets.append(b);
    }
    m_presetText = new QLabel(m_presetGroup);
    m_presetText->setWordWrap(true);
    m_presetText->setMinimumWidth(220);
    presets->addWidget(m_presetText);
    controls->addWidget(m_presetGroup);
    controls->addStretch(1);

    // The spread per layer, log scale.
    m_stdView = ChartStyle::newChartView(this);
    QChart* chart = m_stdView->chart();
    m_layerAxis = new QValueAxis();
    ChartStyle::styleAxis(m_layerAxis);
    m_logAxis = new QLogValueAxis();
    m_logAxis->setBase(10.0);
    m_logAxis->setLabelFormat(QStringLiteral("%.0e"));
    m_logAxis->setMinorTickCount(0);
    chart->addAxis(m_layerAxis, Qt::AlignBottom);
    chart->addAxis(m_logAxis, Qt::AlignLeft);
    m_std = addSeries(chart, 0, Qt::SolidLine, true);
    m_predicted = addSeries(chart, 0, Qt::DashLine, false);
    m_gradient = addSeries(chart, 1, Qt::SolidLine, true);
    m_predictedGradient = addSeries(chart, 1, Qt::DashLine, false);
    m_weightGradient = addSeries(chart, 2, Qt::DotLine, true);
    for (QLineSeries* s : {m_std, m_predicted, m_gradient, m_predictedGradient, m_weightGradient}) {
        s->attachAxis(m_layerAxis);
        s->attachAxis(m_logAxis);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);

    // Saturated and dead shares per layer.
    m_shareView = ChartStyle::newChartView(this);
    QChart* shares = m_shareView->chart();
    m_shareLayerAxis = new QValueAxis();
    m_shareAxis = new QValueAxis();
    for (QValueAxis* axis : {m_shareLayerAxis, m_shareAxis}) {
        ChartStyle::styleAxis(axis);
        shares->addAxis(axis, axis == m_shareLayerAxis ? Qt::AlignBottom : Qt::AlignLeft);
    }
    ChartStyle::setTicks(m_shareAxis, 0.0, 100.0, 25.0);
    m_shareAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_saturated = addSeries(shares, 3, Qt::SolidLine, true);
    m_dead = addSeries(shares, 4, Qt::SolidLine, true);
    for (QLineSeries* s : {m_saturated, m_dead}) {
        s->attachAxis(m_shareLayerAxis);
        s->attachAxis(m_shareAxis);
    }
    shares->legend()->setAlignment(Qt::AlignBottom);

    m_ridge = new InitRidgeView(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    auto* grid = new QGridLayout();
    grid->addWidget(m_stdView, 0, 0);
    grid->addWidget(m_ridge, 0, 1, 2, 1);
    grid->addWidget(m_shareView, 1, 0);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    auto* right = new QVBoxLayout();
    right->addLayout(grid, 1);
    right->addWidget(m_summary);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(scrollablePanel(m_controls, this));
    layout->addLayout(right, 1);

    connect(m_function, &QComboBox::activated, m_model, [this](int index) { m_model->setFunction(m_function->itemData(index).toString()); });
    connect(m_scheme, &QComboBox::activated, m_model, [this](int index) { m_model->setScheme(m_scheme->itemData(index).toString()); });
    connect(m_seed, &QSpinBox::valueChanged, m_model, [this](int seed) { m_model->setNumber("init.seed", seed); });
    connect(m_model, &InitModel::changed, this, &InitView::syncControls);
    connect(m_model, &InitModel::resultsChanged, this, &InitView::showResults);
    ChartStyle::follow(m_stdView);
    ChartStyle::follow(m_shareView);
    retranslate();
}

ValueSlider* InitView::slider(const char* key) const
{
    for (std::size_t i = 0; i < std::size(kSliderKeys); ++i)
        if (std::string_view(kSliderKeys[i]) == key)
            return m_sliders.value(static_cast<int>(i));
    return nullptr;
}

QWidget* InitView::figure()
{
    m_model->finish();
    return this;
}

void InitView::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    m_model->setActive(true);
}

void InitView::hideEvent(QHideEvent* event)
{
    Page::hideEvent(event);
    m_model->setActive(false);
}

void InitView::syncControls()
{
    {
        const QSignalBlocker a(m_function);
        const QSignalBlocker b(m_scheme);
        const QSignalBlocker c(m_seed);
        m_function->setCurrentIndex(std::max(0, m_function->findData(m_model->function())));
        m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(m_model->scheme())));
        m_seed->setValue(static_cast<int>(m_model->number("init.seed")));
    }
    m_parameters->follow(m_model->function(), m_model->parameters());
    for (std::size_t i = 0; i < std::size(kSliderKeys); ++i) {
        ValueSlider* s = m_sliders[static_cast<int>(i)];
        if (s->value() != m_model->number(kSliderKeys[i]))
            s->setValue(m_model->number(kSliderKeys[i]));
    }
    const QString scheme = m_model->scheme();
    slider("init.sigma")->setEnabled(scheme == QLatin1String("normal") || scheme == QLatin1String("uniform"));

    const int preset = matchingPreset();
    for (int i = 0; i < m_presets.size(); ++i) {
        QFont f = m_presets[i]->font();
        f.setBold(i == preset);
        m_presets[i]->setFont(f);
    }
    static const char* const explanations[] = {
        QT_TR_NOOP("Weights too small: each layer multiplies the spread by about √n·σ ≈ 0.22, so by the last layer every "
                   "activation is almost 0 — and the gradient reaching the first layers fades the same way."),
        QT_TR_NOOP("Weights too large: z is huge, tanh sits on its flat ends ±1 and f′ ≈ 0 for most units (saturated). "
                   "The gradients lose their balance: the large weights inflate ∂L/∂a towards the input, and the weight "
                   "gradients of the layers differ by orders of magnitude."),
        QT_TR_NOOP("Xavier (Glorot) scales the weights by 1/√n: the spread stays roughly the same through all layers, with "
                   "few saturated units — the gradient reaches the first layer."),
        QT_TR_NOOP("ReLU zeroes half of its inputs, so with Xavier the spread halves in variance at each layer and shrinks "
                   "towards 0 in a deep stack."),
        QT_TR_NOOP("He initialisation doubles the variance (2/n) to make up for the half that ReLU cuts off: the spread "
                   "stays the same in every layer, as the dashed closed form predicts."),
    };
    m_presetText->setText(preset >= 0 ? tr(explanations[preset])
                                      : tr("Choose a step of the classic sequence above, or set the scheme and σ yourself."));
}

int InitView::matchingPreset() const
{
    for (int i = 0; i < InitModel::kPresets; ++i) {
        bool same = true;
        for (const auto& [key, value] : InitModel::presetPatch(static_cast<InitModel::Preset>(i))) {
            // σ only matters for the schemes that use it.
            if (key == "init.sigma" && m_model->scheme() != QLatin1String("normal") && m_model->scheme() != QLatin1String("uniform"))
                continue;
            same = same && m_model->state()->document().value(key) == value;
        }
        if (same)
            return i;
    }
    return -1;
}

void InitView::showResults()
{
    const al::InitStatistics& st = m_model->statistics();
    const int layers = static_cast<int>(m_model->number("init.layers"));
    QList<QPointF> std, predicted, gradient, predictedGradient, weightGradient, saturated, dead;
    double lo = INFINITY;
    double hi = 0.0;
    const auto add = [&](QList<QPointF>& list, int layer, double v) {
        if (!(v > 0.0) || !std::isfinite(v))
            return;  // a log axis has no 0; a dead layer shows as a gap, and the summary says so
        list.append(QPointF(layer, v));
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    };
    for (std::size_t i = 0; i < st.layers.size(); ++i) {
        const al::LayerStatistics& l = st.layers[i];
        const int layer = static_cast<int>(i) + 1;
        add(std, layer, l.std);
        add(predicted, layer, l.predictedStd);
        add(gradient, layer, l.gradStd);
        add(predictedGradient, layer, l.predictedGradStd);
        add(weightGradient, layer, l.weightGradStd);
        saturated.append(QPointF(layer, 100.0 * l.saturated));
        dead.append(QPointF(layer, 100.0 * l.dead));
    }
    m_std->replace(std);
    m_predicted->replace(predicted);
    m_gradient->replace(gradient);
    m_predictedGradient->replace(predictedGradient);
    m_weightGradient->replace(weightGradient);
    // The closed forms exist only for linear and the ReLU family with b = 0: no legend entry otherwise.
    for (QLineSeries* s : {m_predicted, m_predictedGradient})
        for (QLegendMarker* marker : m_stdView->chart()->legend()->markers(s))
            marker->setVisible(s->count() > 0);
    m_saturated->replace(saturated);
    m_dead->replace(dead);
    if (!(lo <= hi)) {
        lo = 0.1;
        hi = 1.0;
    }
    const ChartStyle::LogSpan span = ChartStyle::logSpan(lo, std::max(hi, 1.0), 8);
    if (span.base > m_logAxis->base()) {
        m_logAxis->setBase(span.base);
        m_logAxis->setRange(span.min, span.max * 10.0);
    } else {
        m_logAxis->setRange(span.min, span.max * 10.0);
        m_logAxis->setBase(span.base);
    }
    for (QValueAxis* axis : {m_layerAxis, m_shareLayerAxis}) {
        ChartStyle::setNiceRange(axis, 1.0, std::max(2, layers), std::min(layers, 10));
        axis->setLabelFormat(QStringLiteral("%.0f"));
    }
    m_ridge->setStatistics(st, layers);

    if (st.layers.empty()) {
        m_summary->setText(tr("Computing…"));
        return;
    }
    const al::LayerStatistics& first = st.layers.front();
    const al::LayerStatistics& last = st.layers.back();
    QString text = tr("<b>Layer %1:</b> std of the activations %2 (layer 1: %3), saturated %4 %, dead %5 %.")
                       .arg(st.layers.size())
                       .arg(NumberFormat::compact(last.std, 3), NumberFormat::compact(first.std, 3), NumberFormat::fixed(100.0 * last.saturated, 1),
                            NumberFormat::fixed(100.0 * last.dead, 1));
    if (st.backwardDone)
        text += QLatin1Char(' ') + tr("The gradient reaching layer 1 has std %1 (the top's is 1): %2.")
                                       .arg(NumberFormat::compact(first.gradStd, 3))
                                       .arg(first.gradStd < 1e-3   ? tr("it vanishes")
                                            : first.gradStd > 1e3 ? tr("it explodes")
                                                                  : tr("it arrives"));
    if (!st.backwardDone)
        text += QLatin1Char(' ') + tr("(computing: layer %1 of %2…)").arg(st.layers.size()).arg(layers);
    else if (m_model->statisticsSamples() < static_cast<int>(m_model->number("init.samples")))
        text += QLatin1Char(' ') + tr("(preview with %1 samples)").arg(m_model->statisticsSamples());
    m_summary->setText(text);
}

void InitView::retranslate()
{
    m_controls->setTitle(tr("A deep stack at its start"));
    m_functionLabel->setText(tr("&Activation"));
    {
        const QSignalBlocker block(m_function);
        m_function->clear();
        for (const al::Activation& a : al::catalog())
            m_function->addItem(FunctionTexts::name(a.key), FunctionTexts::fromKey(a.key));
    }
    m_function->setToolTip(tr("The activation of every layer"));
    m_function->setAccessibleName(tr("Activation of every layer"));
    m_schemeLabel->setText(tr("&Weights"));
    {
        const QSignalBlocker block(m_scheme);
        m_scheme->clear();
        const QString names[] = {tr("Normal N(0, σ²)"), tr("Uniform (−σ, σ)"), tr("Xavier (Glorot), normal"), tr("Xavier (Glorot), uniform"),
                                 tr("He, normal"), tr("LeCun, normal")};
        for (std::size_t i = 0; i < al::initSchemeKeys().size(); ++i)
            m_scheme->addItem(names[i], QString::fromLatin1(al::initSchemeKeys()[i].data(), static_cast<qsizetype>(al::initSchemeKeys()[i].size())));
    }
    m_scheme->setToolTip(tr("How the weights are drawn: with a σ of your choice, or scaled by the width n (Xavier 2/(n + n), He 2/n, LeCun 1/n)"));
    m_scheme->setAccessibleName(tr("Initialisation scheme"));
    m_seedLabel->setText(tr("&Seed"));
    m_seed->setToolTip(tr("The random seed: the same seed gives the same weights and inputs on every computer"));
    m_seed->setAccessibleName(tr("Random seed"));
    m_presetGroup->setTitle(tr("The classic sequence"));
    const QString presetNames[] = {tr("1. tanh, σ = 0.01"), tr("2. tanh, σ = 1"), tr("3. tanh, Xavier"), tr("4. ReLU, Xavier"), tr("5. ReLU, He")};
    for (int i = 0; i < m_presets.size(); ++i) {
        m_presets[i]->setText(presetNames[i]);
        m_presets[i]->setToolTip(tr("Set up this step of the sequence"));
    }

    m_stdView->chart()->setTitle(tr("Standard deviation per layer (log scale)"));
    m_std->setName(tr("activations"));
    m_predicted->setName(tr("closed form"));
    m_gradient->setName(tr("∂L/∂a"));
    m_predictedGradient->setName(tr("closed form"));
    m_weightGradient->setName(tr("∂L/∂W"));
    m_layerAxis->setTitleText(tr("layer"));
    m_shareView->chart()->setTitle(tr("Saturated and dead units"));
    m_saturated->setName(tr("saturated: |f′(z)| &lt; ε"));
    m_dead->setName(tr("dead: f = f′ = 0 on every sample"));
    m_shareLayerAxis->setTitleText(tr("layer"));
    m_shareAxis->setTitleText(tr("% of units"));
    m_ridge->setTexts(tr("Activations of every layer"), tr("activation f(z)"), tr("layer"));
    for (QChartView* v : {m_stdView, m_shareView})
        v->chart()->setLocale(QLocale());
    syncControls();
    showResults();
}

QString InitView::title() const
{
    return tr("&Initialisation");
}

QString InitView::toolTip() const
{
    return tr("What a deep stack does to the signal at its random start, before any training");
}
