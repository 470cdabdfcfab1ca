// SPDX-License-Identifier: MIT
#include "app/views/trainview.h"

#include "app/views/chartstyle.h"
#include "app/views/heatmapview.h"
#include "app/views/numberformat.h"
#include "app/widgets/catalogmodel.h"
#include "app/widgets/controllocks.h"
#include "app/widgets/panelscroll.h"
#include "app/widgets/valueslider.h"
#include "core/state/schema.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

TrainView::TrainView(TrainModel* model, QWidget* parent) : Page(parent), m_model(model)
{
    m_controls = new QGroupBox(this);
    m_controls->setObjectName(QStringLiteral("lessonControls"));
    auto* controls = new QVBoxLayout(m_controls);
    auto* form = new QFormLayout();
    const auto row = [&](QLabel*& label, QWidget* field) {
        label = new QLabel(m_controls);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    m_dataset = new QComboBox(m_controls);
    for (std::string_view key : al::state::spec("train.dataset").choices)
        m_dataset->addItem(QString(), QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size())));
    row(m_datasetLabel, m_dataset);
    m_function = new QComboBox(m_controls);
    m_function->setModel(new CatalogModel(CatalogModel::Layout::Functions, m_function));
    m_function->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_function->setMinimumContentsLength(24);  // «Гиперболический тангенс» whole
    row(m_functionLabel, m_function);
    m_layers = new QSpinBox(m_controls);
    m_layers->setRange(0, al::state::spec("train.hidden").maxCount);
    row(m_layersLabel, m_layers);
    m_units = new QSpinBox(m_controls);
    m_units->setRange(static_cast<int>(al::state::spec("train.hidden").min), static_cast<int>(al::state::spec("train.hidden").max));
    row(m_unitsLabel, m_units);
    m_init = new QComboBox(m_controls);
    for (std::string_view key : al::state::spec("train.init").choices)
        m_init->addItem(QString(), QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size())));
    row(m_initLabel, m_init);
    m_seed = new QSpinBox(m_controls);
    m_seed->setRange(static_cast<int>(al::state::spec("train.seed").min), static_cast<int>(al::state::spec("train.seed").max));
    row(m_seedLabel, m_seed);
    controls->addLayout(form);
    m_newSeed = new QPushButton(m_controls);
    ControlLocks::bind(m_dataset, QStringLiteral("train.dataset"));
    ControlLocks::bind(m_function, QStringLiteral("train.function"));
    ControlLocks::bind(m_layers, QStringLiteral("train.hidden"));
    ControlLocks::bind(m_units, QStringLiteral("train.hidden"));
    ControlLocks::bind(m_init, QStringLiteral("train.init"));
    ControlLocks::bind(m_seed, QStringLiteral("train.seed"));
    ControlLocks::bind(m_newSeed, QStringLiteral("train.seed"));
    controls->addWidget(m_newSeed);
    for (std::string_view key : {"train.noise", "train.lr", "train.batch", "train.l2", "train.stepsPerFrame"}) {
        auto* slider = new ValueSlider(al::state::spec(key), 0, m_controls);
        slider->setObjectName(QString::fromLatin1(key.data(), static_cast<qsizetype>(key.size())));
        controls->addWidget(slider);
        m_sliders.emplace_back(key, slider);
        connect(slider, &ValueSlider::valueEdited, m_model, [this, key](double v) { m_model->setNumber(key, v); });
    }
    auto* buttons = new QHBoxLayout();
    m_play = new QPushButton(m_controls);
    m_step = new QPushButton(m_controls);
    m_reset = new QPushButton(m_controls);
    for (QPushButton* b : {m_play, m_step, m_reset})
        buttons->addWidget(b);
    controls->addLayout(buttons);
    controls->addStretch(1);

    m_heatMap = new HeatMapView(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_lossView = ChartStyle::newChartView(this);
    m_trainLoss = new QLineSeries(m_lossView->chart());
    m_testLoss = new QLineSeries(m_lossView->chart());
    m_trainLoss->setColor(ChartStyle::seriesColour(0));
    m_testLoss->setColor(ChartStyle::seriesColour(1));
    m_lossX = new QValueAxis();
    m_lossY = new QValueAxis();
    m_lossView->chart()->addSeries(m_trainLoss);
    m_lossView->chart()->addSeries(m_testLoss);
    for (QValueAxis* axis : {m_lossX, m_lossY}) {
        ChartStyle::styleAxis(axis);
        m_lossView->chart()->addAxis(axis, axis == m_lossX ? Qt::AlignBottom : Qt::AlignLeft);
        m_trainLoss->attachAxis(axis);
        m_testLoss->attachAxis(axis);
    }

    m_gradView = ChartStyle::newChartView(this);
    m_gradX = new QValueAxis();
    ChartStyle::styleAxis(m_gradX);
    m_gradY = new QLogValueAxis();
    m_gradY->setBase(10);
    m_gradY->setLabelFormat(QStringLiteral("%.0e"));
    m_gradView->chart()->addAxis(m_gradX, Qt::AlignBottom);
    m_gradView->chart()->addAxis(m_gradY, Qt::AlignLeft);

    auto* top = new QHBoxLayout();
    top->addWidget(m_heatMap, 1);
    top->addWidget(m_summary, 1);
    auto* charts = new QHBoxLayout();
    charts->addWidget(m_lossView, 1);
    charts->addWidget(m_gradView, 1);
    auto* right = new QVBoxLayout();
    right->addLayout(top, 3);
    right->addLayout(charts, 2);
    auto* layout = new QHBoxLayout(this);
    m_panel = scrollablePanel(m_controls, this);
    layout->addWidget(m_panel);
    layout->addLayout(right, 1);

    connect(m_dataset, &QComboBox::activated, m_model, [this](int i) { m_model->setDataset(m_dataset->itemData(i).toString()); });
    connect(m_function, &QComboBox::activated, m_model, [this](int i) { m_model->setFunction(m_function->itemData(i).toString()); });
    connect(m_init, &QComboBox::activated, m_model, [this](int i) {
        m_model->state()->set("train.init", m_init->itemData(i).toString().toStdString());
    });
    connect(m_layers, &QSpinBox::valueChanged, this, [this](int n) { setLayers(n, m_units->value()); });
    connect(m_units, &QSpinBox::valueChanged, this, [this](int n) { setLayers(m_layers->value(), n); });
    connect(m_seed, &QSpinBox::valueChanged, m_model, [this](int seed) { m_model->setNumber("train.seed", seed); });
    connect(m_newSeed, &QPushButton::clicked, m_model, &TrainModel::newSeed);
    connect(m_play, &QPushButton::clicked, m_model, [this] { m_model->playing() ? m_model->pause() : m_model->play(); });
    connect(m_step, &QPushButton::clicked, m_model, [this] { m_model->step(); });
    connect(m_reset, &QPushButton::clicked, m_model, &TrainModel::restart);
    connect(m_model, &TrainModel::changed, this, &TrainView::refresh);
    connect(m_model, &TrainModel::playingChanged, this, &TrainView::retranslate);
    ChartStyle::follow(m_lossView);
    ChartStyle::follow(m_gradView);
    retranslate();
}

void TrainView::setLayers(int layers, int units)
{
    m_model->setHidden(std::vector<int>(static_cast<std::size_t>(layers), units));
}

void TrainView::refresh()
{
    const std::vector<int> hidden = m_model->hidden();
    {
        const QSignalBlocker a(m_dataset);
        const QSignalBlocker b(m_function);
        const QSignalBlocker c(m_layers);
        const QSignalBlocker d(m_units);
        const QSignalBlocker e(m_init);
        const QSignalBlocker f(m_seed);
        m_dataset->setCurrentIndex(std::max(0, m_dataset->findData(m_model->dataset())));
        m_function->setCurrentIndex(std::max(0, m_function->findData(m_model->function())));
        m_init->setCurrentIndex(std::max(0, m_init->findData(m_model->state()->text("train.init"))));
        m_layers->setValue(static_cast<int>(hidden.size()));
        if (!hidden.empty())
            m_units->setValue(*std::max_element(hidden.begin(), hidden.end()));
        m_seed->setValue(static_cast<int>(m_model->state()->number("train.seed")));
    }
    for (const auto& [key, slider] : m_sliders)
        if (slider->value() != m_model->state()->number(key))
            slider->setValue(m_model->state()->number(key));

    const al::train::Trainer& trainer = m_model->trainer();
    m_heatMap->show(trainer);

    const auto& history = m_model->history();
    QList<QPointF> train;
    QList<QPointF> test;
    double highest = 0.1;
    for (const auto& r : history) {
        train.append(QPointF(r.epoch, r.trainLoss));
        test.append(QPointF(r.epoch, r.testLoss));
        highest = std::max({highest, std::isfinite(r.trainLoss) ? r.trainLoss : 0.0, std::isfinite(r.testLoss) ? r.testLoss : 0.0});
    }
    m_trainLoss->replace(train);
    m_testLoss->replace(test);
    const double lastEpoch = std::max(1, history.back().epoch);
    ChartStyle::setNiceRange(m_lossX, 0, lastEpoch, 5);
    ChartStyle::setNiceRange(m_lossY, 0, std::min(highest, 5.0) * 1.05, 5);

    // One line per hidden layer; the gradient norm on a log scale.
    const std::size_t layers = hidden.size();
    while (m_gradSeries.size() > layers) {
        m_gradView->chart()->removeSeries(m_gradSeries.back());
        delete m_gradSeries.back();
        m_gradSeries.pop_back();
    }
    while (m_gradSeries.size() < layers) {
        auto* s = new QLineSeries(m_gradView->chart());
        s->setColor(ChartStyle::seriesColour(static_cast<int>(m_gradSeries.size())));
        s->setName(tr("layer %1").arg(m_gradSeries.size() + 1));
        m_gradView->chart()->addSeries(s);
        s->attachAxis(m_gradX);
        s->attachAxis(m_gradY);
        m_gradSeries.push_back(s);
    }
    double lo = 1e300;
    double hi = 0.0;
    for (std::size_t l = 0; l < layers; ++l) {
        QList<QPointF> points;
        for (const auto& r : history) {
            const double g = l < r.layers.size() ? r.layers[l].gradNorm : 0.0;
            if (g > 0.0 && std::isfinite(g)) {
                points.append(QPointF(r.epoch, g));
                lo = std::min(lo, g);
                hi = std::max(hi, g);
            }
        }
        m_gradSeries[l]->replace(points);
    }
    ChartStyle::setNiceRange(m_gradX, 0, lastEpoch, 5);
    if (hi > 0.0) {
        m_gradY->setRange(std::pow(10.0, std::floor(std::log10(lo))), std::pow(10.0, std::ceil(std::log10(hi)) + (lo == hi ? 1 : 0)));
    } else {
        m_gradY->setRange(1e-3, 1.0);
    }

    const auto& last = history.back();
    QString layersText;
    for (std::size_t l = 0; l < last.layers.size(); ++l)
        layersText += tr("<br>Layer %1: dead %2 %, saturated %3 %")
                          .arg(l + 1)
                          .arg(NumberFormat::fixed(100.0 * last.layers[l].dead, 0), NumberFormat::fixed(100.0 * last.layers[l].saturated, 0));
    m_summary->setText(tr("<b>Epoch %1</b> (step %2)<br>Training loss %3, test loss %4<br>Training accuracy %5 %, test accuracy %6 %%7")
                           .arg(last.epoch)
                           .arg(trainer.steps())
                           .arg(NumberFormat::fixed(last.trainLoss, 3), NumberFormat::fixed(last.testLoss, 3),
                                NumberFormat::fixed(100.0 * last.trainAccuracy, 1), NumberFormat::fixed(100.0 * last.testAccuracy, 1), layersText));
}

void TrainView::retranslate()
{
    m_controls->setTitle(tr("Network and data"));
    const QStringList datasets{tr("Circle"), tr("XOR (four quadrants)"), tr("Two Gaussian blobs"), tr("Spiral")};
    for (int i = 0; i < m_dataset->count() && i < datasets.size(); ++i)
        m_dataset->setItemText(i, datasets[i]);
    const QStringList inits{tr("Xavier (normal)"), tr("Xavier (uniform)"), tr("He"), tr("Uniform −0.5…0.5"), tr("Normal N(0, σ²)"), tr("Zeros")};
    for (int i = 0; i < m_init->count() && i < inits.size(); ++i)
        m_init->setItemText(i, inits[i]);
    m_datasetLabel->setText(tr("&Data set"));
    m_dataset->setToolTip(tr("The points to separate: two classes on the plane"));
    m_dataset->setAccessibleName(tr("Data set"));
    m_function->setAccessibleName(tr("Activation of the hidden layers"));
    m_layers->setToolTip(tr("Number of hidden layers (0 to 6)"));
    m_layers->setAccessibleName(tr("Hidden layers"));
    m_units->setToolTip(tr("Units in every hidden layer (1 to 16)"));
    m_units->setAccessibleName(tr("Units per layer"));
    m_init->setToolTip(tr("How the initial weights are drawn"));
    m_init->setAccessibleName(tr("Initialisation"));
    m_seed->setAccessibleName(tr("Random seed"));
    m_newSeed->setToolTip(tr("New points and new initial weights (a new seed)"));
    m_play->setToolTip(tr("Start or stop training"));
    m_functionLabel->setText(tr("Acti&vation"));
    m_function->setToolTip(tr("The activation of every hidden unit; the output unit is a sigmoid"));
    m_layersLabel->setText(tr("Hidden &layers"));
    m_unitsLabel->setText(tr("&Units per layer"));
    m_initLabel->setText(tr("&Initialisation"));
    m_seedLabel->setText(tr("S&eed"));
    m_seed->setToolTip(tr("The same seed gives the same points, weights and steps on every computer"));
    m_newSeed->setText(tr("&New seed"));
    m_play->setText(m_model->playing() ? tr("&Pause") : tr("&Play"));
    m_step->setText(tr("S&tep"));
    m_step->setToolTip(tr("One mini-batch step"));
    m_reset->setText(tr("&Reset"));
    m_reset->setToolTip(tr("Back to the initial weights"));
    m_lossView->chart()->setTitle(tr("Loss"));
    m_trainLoss->setName(tr("training"));
    m_testLoss->setName(tr("test"));
    m_lossX->setTitleText(tr("epoch"));
    m_gradView->chart()->setTitle(tr("Gradient norm per layer"));
    m_gradX->setTitleText(tr("epoch"));
    for (std::size_t l = 0; l < m_gradSeries.size(); ++l)
        m_gradSeries[l]->setName(tr("layer %1").arg(l + 1));
    m_lossView->chart()->setLocale(QLocale());
    m_gradView->chart()->setLocale(QLocale());
    refresh();
    // The panel's width follows its words in the current language.
    m_panel->setMinimumWidth(m_controls->sizeHint().width() + 16);
}

void TrainView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString TrainView::title() const
{
    return tr("T&rain");
}

QString TrainView::toolTip() const
{
    return tr("Watch a small network learn a data set of the plane");
}

QString TrainView::infoPage() const
{
    return m_model->function();
}
