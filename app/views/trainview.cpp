// SPDX-License-Identifier: MIT
#include "app/views/trainview.h"

#include "app/scenario/scenario.h"
#include "app/views/chartstyle.h"
#include "app/views/epochseries.h"
#include "app/views/heatmapview.h"
#include "app/views/losscurveexport.h"
#include "app/views/networkdiagram.h"
#include "app/views/numberformat.h"
#include "app/views/traindiagnostics.h"
#include "app/widgets/catalogmodel.h"
#include "app/widgets/controllocks.h"
#include "app/widgets/panelscroll.h"
#include "app/widgets/parametersliders.h"
#include "app/widgets/valueslider.h"
#include "core/catalog.h"
#include "core/state/schema.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMessageBox>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QToolButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

// A data set's look in the chooser: its points (seed 1, no noise) in the classes' colours.
QIcon shapePreview(std::string_view key, int side)
{
    QPixmap picture(side, side);
    picture.fill(Qt::white);
    al::train::Shape shape{};
    if (!al::train::shapeNamed(key, shape))
        return QIcon(picture);  // own points: an empty plane
    QPainter p(&picture);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    const double scale = side / (2.0 * al::train::kExtent);
    for (const al::train::Point& point : al::train::generate(shape, 160, 0.0, 1)) {
        p.setBrush(HeatMapView::classColour(point.label));
        p.drawEllipse(QPointF((point.x + al::train::kExtent) * scale, (al::train::kExtent - point.y) * scale), 1.1, 1.1);
    }
    p.setPen(QColor(180, 180, 180));
    p.setBrush(Qt::NoBrush);
    p.drawRect(0, 0, side - 1, side - 1);
    return QIcon(picture);
}

// What train.addedPoints holds at most (three numbers a point).
const int kMaxAddedPoints = al::state::spec("train.addedPoints").maxCount / 3;

}  // namespace

TrainView::TrainView(TrainModel* model, QWidget* parent) : Retranslated(parent), m_model(model)
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
        m_dataset->addItem(shapePreview(key, 32), QString(), QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size())));
    m_dataset->setIconSize(QSize(32, 32));
    row(m_datasetLabel, m_dataset);
    m_function = new QComboBox(m_controls);
    m_function->setModel(new CatalogModel(CatalogModel::Layout::Functions, m_function));
    m_function->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_function->setMinimumContentsLength(24);  // «Гиперболический тангенс» whole
    row(m_functionLabel, m_function);
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
    ControlLocks::bind(m_init, QStringLiteral("train.init"));
    ControlLocks::bind(m_seed, QStringLiteral("train.seed"));
    ControlLocks::bind(m_newSeed, QStringLiteral("train.seed"));
    controls->addWidget(m_newSeed);
    // The activation's parameters, generated from the catalog whenever the function changes.
    m_parameters = new ParameterSliders(QStringLiteral("train.parameters"), QStringLiteral("train_parameter_"), m_controls);
    controls->addWidget(m_parameters);
    connect(m_parameters, &ParameterSliders::edited, m_model, [this](int index, double v) { m_model->setParameter(index, v); });
    connect(m_parameters, &ParameterSliders::rebuilt, this, [this] { fitPanel(); });
    for (std::string_view key : {"train.noise", "train.points", "train.trainShare", "train.lr", "train.momentum", "train.batch", "train.l2",
                                 "train.stepsPerFrame"}) {
        auto* slider = new ValueSlider(al::state::spec(key), 0, m_controls);
        slider->setObjectName(QString::fromLatin1(key.data(), static_cast<qsizetype>(key.size())));
        controls->addWidget(slider);
        m_sliders.emplace_back(key, slider);
        connect(slider, &ValueSlider::valueEdited, m_model, [this, key](double v) { m_model->setNumber(key, v); });
    }
    // The user's own points: clicked onto the plane or imported.
    auto* pointButtons = new QVBoxLayout();
    m_importPoints = new QPushButton(m_controls);
    m_importPoints->setObjectName(QStringLiteral("importPoints"));
    m_clearPoints = new QPushButton(m_controls);
    m_clearPoints->setObjectName(QStringLiteral("clearPoints"));
    ControlLocks::bind(m_importPoints, QStringLiteral("train.addedPoints,train.dataset"));
    ControlLocks::bind(m_clearPoints, QStringLiteral("train.addedPoints"));
    pointButtons->addWidget(m_importPoints);
    pointButtons->addWidget(m_clearPoints);
    controls->addLayout(pointButtons);
    controls->addStretch(1);

    // Play, step and reset above the pictures, never scrolled away.
    auto* buttons = new QHBoxLayout();
    m_play = new QPushButton(this);
    m_step = new QPushButton(this);
    m_reset = new QPushButton(this);
    for (QPushButton* b : {m_play, m_step, m_reset})
        buttons->addWidget(b);
    buttons->addStretch(1);

    m_diagram = new NetworkDiagram(m_model, this);
    m_heatMap = new HeatMapView(this);
    ControlLocks::bind(m_heatMap, QStringLiteral("train.addedPoints"));  // clicks add points
    m_pointsNotice = new QLabel(this);
    m_pointsNotice->setWordWrap(true);
    m_pointsNotice->hide();
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

    auto* plane = new QVBoxLayout();
    plane->addWidget(m_heatMap, 1);
    plane->addWidget(m_pointsNotice);
    plane->addWidget(m_summary);
    auto* top = new QHBoxLayout();
    top->addWidget(m_diagram, 3);
    top->addLayout(plane, 2);
    auto* charts = new QHBoxLayout();
    charts->addWidget(m_lossView, 1);
    m_diagnostics = new TrainDiagnostics(m_model, m_gradView, this);
    charts->addWidget(m_diagnostics, 1);
    m_exportButton = new QToolButton(this);
    m_exportButton->setDefaultAction(m_diagnostics->exportAction());
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    buttons->insertWidget(3, m_exportButton);  // after Reset
    m_lossView->addAction(m_diagnostics->exportAction());
    m_lossView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* right = new QVBoxLayout();
    right->addLayout(buttons);
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
    connect(m_heatMap, &HeatMapView::pointClicked, this, &TrainView::addPoint);
    connect(m_clearPoints, &QPushButton::clicked, m_model, &TrainModel::clearAddedPoints);
    connect(m_importPoints, &QPushButton::clicked, this, &TrainView::chooseFile);
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

ValueSlider* TrainView::slider(std::string_view key) const
{
    for (const auto& [k, s] : m_sliders)
        if (k == key)
            return s;
    return nullptr;
}

void TrainView::addPoint(double x, double y, int label)
{
    if (const auto problem = m_model->addPoint(x, y, label)) {
        m_pointsNotice->setText(tr("No point added: %1.").arg(Scenarios::describe(*problem)));
        m_pointsNotice->show();
    } else {
        m_pointsNotice->hide();
    }
}

void TrainView::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Points"), QString(), tr("Points (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importPoints(path);
}

bool TrainView::importPoints(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QString error;
    std::vector<al::train::Point> points;
    QFile file(path);
    constexpr qint64 kLargestFile = 16 * 1024 * 1024;
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("“%1” could not be read: %2").arg(name, file.errorString());
    } else if (file.size() > kLargestFile) {
        error = tr("“%1” is larger than 16 MB; the playground takes at most %2 points.").arg(name).arg(kMaxAddedPoints);
    } else {
        const QByteArray text = file.readAll();
        try {
            points = al::train::parseCsv(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
        } catch (const al::train::CsvError& e) {
            using R = al::train::CsvError::Reason;
            switch (e.reason) {
            case R::Fields: error = tr("Line %1 of “%2” is not “x,y,label”: it needs three values separated by commas.").arg(e.line).arg(name); break;
            case R::Numbers: error = tr("Line %1 of “%2”: x and y must be finite numbers.").arg(e.line).arg(name); break;
            case R::Label: error = tr("Line %1 of “%2”: the label must be 0 or 1.").arg(e.line).arg(name); break;
            case R::TooMany: error = tr("“%1” has more than %2 points (line %3).").arg(name).arg(kMaxAddedPoints).arg(e.line); break;
            case R::TooFew: error = tr("“%1” holds fewer than two points.").arg(name); break;
            }
        }
        if (error.isEmpty() && static_cast<int>(points.size()) > kMaxAddedPoints)
            error = tr("“%1” has %2 points; the playground takes at most %3.").arg(name).arg(points.size()).arg(kMaxAddedPoints);
        if (error.isEmpty())
            if (const auto problem = m_model->importPoints(points))
                error = tr("“%1” was not imported: %2.").arg(name, Scenarios::describe(*problem));
    }
    if (error.isEmpty())
        return true;
    QMessageBox::warning(this, tr("Import Points"), error);
    return false;
}

void TrainView::refresh()
{
    const std::vector<int> hidden = m_model->hidden();
    {
        const QSignalBlocker a(m_dataset);
        const QSignalBlocker b(m_function);
        const QSignalBlocker e(m_init);
        const QSignalBlocker f(m_seed);
        m_dataset->setCurrentIndex(std::max(0, m_dataset->findData(m_model->dataset())));
        m_function->setCurrentIndex(std::max(0, m_function->findData(m_model->function())));
        m_init->setCurrentIndex(std::max(0, m_init->findData(m_model->state()->text("train.init"))));
        m_seed->setValue(static_cast<int>(m_model->state()->number("train.seed")));
    }
    for (const auto& [key, slider] : m_sliders)
        if (slider->value() != m_model->state()->number(key))
            slider->setValue(m_model->state()->number(key));
    m_parameters->follow(m_model->function(), m_model->parameters());
    // A custom data set has no shape: its size and noise mean nothing.
    const bool custom = m_model->dataset() == QLatin1String("custom");
    slider("train.points")->setEnabled(!custom);
    slider("train.noise")->setEnabled(!custom);
    m_clearPoints->setEnabled(!m_model->state()->numbers("train.addedPoints").empty());

    const al::train::Trainer& trainer = m_model->trainer();
    m_heatMap->show(trainer);

    const auto& history = m_model->history();
    // Thinned to the buckets' extremes: a long run costs a frame no more than a short one.
    const QList<QPointF> train = EpochSeries{[](const al::train::EpochRecord& r) { return r.trainLoss; }}.points(history);
    const QList<QPointF> test = EpochSeries{[](const al::train::EpochRecord& r) { return r.testLoss; }}.points(history);
    double highest = 0.1;
    for (const QList<QPointF>* line : {&train, &test})
        for (const QPointF& p : *line)
            highest = std::max(highest, p.y());
    m_trainLoss->replace(train);
    m_testLoss->replace(test);
    const double lastEpoch = std::max(1, history.back().epoch);
    ChartStyle::setGrowingRange(m_lossX, lastEpoch, 5);
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
        const EpochSeries norm{[l](const al::train::EpochRecord& r) { return l < r.layers.size() ? r.layers[l].gradNorm : 0.0; }, true};
        const QList<QPointF> points = norm.points(history);
        for (const QPointF& p : points) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
        m_gradSeries[l]->replace(points);
    }
    ChartStyle::setGrowingRange(m_gradX, lastEpoch, 5);
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
    const QStringList datasets{tr("Circle"), tr("XOR (four quadrants)"), tr("Two Gaussian blobs"), tr("Spiral"), tr("Own points only")};
    for (int i = 0; i < m_dataset->count() && i < datasets.size(); ++i)
        m_dataset->setItemText(i, datasets[i]);
    const QStringList inits{tr("Xavier (normal)"), tr("Xavier (uniform)"), tr("He"), tr("Uniform −0.5…0.5"), tr("Normal N(0, σ²)"), tr("Zeros")};
    for (int i = 0; i < m_init->count() && i < inits.size(); ++i)
        m_init->setItemText(i, inits[i]);
    m_datasetLabel->setText(tr("&Data set"));
    m_dataset->setToolTip(tr("The points to separate: two classes on the plane"));
    m_dataset->setAccessibleName(tr("Data set"));
    m_function->setAccessibleName(tr("Activation of the hidden layers"));
    m_importPoints->setText(tr("I&mport points…"));
    m_importPoints->setToolTip(tr("Points from a CSV file (x,y,label per line, label 0 or 1); they replace the generated shape"));
    m_clearPoints->setText(tr("C&lear added points"));
    m_clearPoints->setToolTip(tr("Remove the points clicked onto the plane or imported"));
    m_init->setToolTip(tr("How the initial weights are drawn"));
    m_init->setAccessibleName(tr("Initialisation"));
    m_seed->setAccessibleName(tr("Random seed"));
    m_newSeed->setToolTip(tr("New points and new initial weights (a new seed)"));
    m_play->setToolTip(tr("Start or stop training"));
    m_functionLabel->setText(tr("Acti&vation"));
    m_function->setToolTip(tr("The activation of every hidden unit; the output unit is a sigmoid"));
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
    m_gradView->chart()->setTitle(tr("Gradient per layer"));
    m_gradX->setTitleText(tr("epoch"));
    for (std::size_t l = 0; l < m_gradSeries.size(); ++l)
        m_gradSeries[l]->setName(tr("layer %1").arg(l + 1));
    m_lossView->chart()->setLocale(QLocale());
    m_gradView->chart()->setLocale(QLocale());
    refresh();
    fitPanel();
}

void TrainView::fitPanel()
{
    // The panel's width follows its words in the current language and its sliders (known for
    // sure only once shown and polished).
    m_panel->setMinimumWidth(m_controls->sizeHint().width() + 16);
}

void TrainView::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    fitPanel();
}

const QList<ValueSlider*>& TrainView::parameterSliders() const
{
    return m_parameters->sliders();
}

QWidget* TrainView::figure()
{
    m_model->finish();
    return this;
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
