// SPDX-License-Identifier: MIT
#include "app/views/raceview.h"

#include "app/model/functiontexts.h"
#include "app/views/chartstyle.h"
#include "app/views/epochseries.h"
#include "app/views/heatmapview.h"
#include "app/views/losscurveexport.h"
#include "app/views/numberformat.h"
#include "app/widgets/catalogmodel.h"
#include "app/widgets/controllocks.h"
#include "app/widgets/panelscroll.h"
#include "app/widgets/valueslider.h"
#include "core/state/racesetup.h"
#include "core/state/schema.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QScopedValueRollback>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace {

// A small square of a runner's colour, for the table and the choosers.
QIcon swatch(const QColor& colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

// The smallest map that still shows the boundary and the points (four fit beside the panel at 1280 px).
constexpr int kSmallestMap = 110;

// A heat map under its caption: the map stays square and the caption sits right above it,
// however tall or wide the cell is. A long name wraps; the cells of a grid share the caption
// height they are given (the tallest caption's), so the maps of a row line up.
class MapCell : public QWidget {
public:
    MapCell(QLabel* caption, HeatMapView* map, QWidget* parent) : QWidget(parent), m_caption(caption), m_map(map)
    {
        caption->setParent(this);
        map->setParent(this);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }
    QSize sizeHint() const override { return {240, 240 + captionHeight()}; }
    QSize minimumSizeHint() const override { return {kSmallestMap, kSmallestMap + captionHeight()}; }
    void setCaptionHeight(int height)
    {
        if (height == m_captionHeight)
            return;
        m_captionHeight = height;
        updateGeometry();
        placeParts();
    }

protected:
    void resizeEvent(QResizeEvent*) override { placeParts(); }

private:
    int captionHeight() const { return m_captionHeight > 0 ? m_captionHeight : m_caption->sizeHint().height(); }
    void placeParts()
    {
        const int caption = captionHeight();
        const int side = std::max(0, std::min(width(), height() - caption));
        const int top = (height() - side - caption) / 2;
        m_caption->setGeometry(0, top, width(), caption);
        m_map->setGeometry((width() - side) / 2, top + caption, side, side);
    }

    QLabel* m_caption;
    HeatMapView* m_map;
    int m_captionHeight = 0;
};

// A short line as the chart draws a series, for the key under the chart.
QPixmap lineSample(const QPen& pen, int width, int height, qreal ratio)
{
    QPixmap pixmap(QSize(width, height) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(pen);
    painter.drawLine(QPointF(1, height / 2.0), QPointF(width - 1, height / 2.0));
    return pixmap;
}

}  // namespace

RaceView::RaceView(RaceModel* model, QWidget* parent) : Page(parent), m_model(model)
{
    const int capacity = RaceModel::maxRunners();
    m_controls = new QGroupBox(this);
    m_controls->setObjectName(QStringLiteral("lessonControls"));  // hidden with the side panels
    auto* controls = new QVBoxLayout(m_controls);

    m_runnerGroup = new QGroupBox(m_controls);
    auto* runners = new QVBoxLayout(m_runnerGroup);
    m_runnerRows = new QVBoxLayout();
    for (int i = 0; i < capacity; ++i) {
        auto* row = new QWidget(m_runnerGroup);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* colour = new QLabel(row);  // the runner's colour in the maps, the chart and the table
        colour->setPixmap(swatch(ChartStyle::seriesColour(i)).pixmap(12, 12));
        auto* box = new QComboBox(row);
        box->setObjectName(QStringLiteral("race_function_%1").arg(i + 1));
        box->setModel(new CatalogModel(CatalogModel::Layout::Functions, box));
        box->setIconSize(QSize(12, 12));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);  // the list shows long names whole; the panel stays narrow at 200 %
        ControlLocks::bind(box, QStringLiteral("race.functions"));
        auto* remove = new QToolButton(row);
        ControlLocks::bind(remove, QStringLiteral("race.functions"));
        remove->setObjectName(QStringLiteral("race_remove_%1").arg(i + 1));
        remove->setText(QStringLiteral("−"));
        rowLayout->addWidget(colour);
        rowLayout->addWidget(box, 1);
        rowLayout->addWidget(remove);
        m_runnerRows->addWidget(row);
        m_rows.append(row);
        m_choosers.append(box);
        m_removers.append(remove);
        connect(box, &QComboBox::activated, m_model, [this, i, box](int index) { m_model->setFunction(i, box->itemData(index).toString()); });
        connect(remove, &QToolButton::clicked, m_model, [this, i] { m_model->removeFunction(i); });
    }
    runners->addLayout(m_runnerRows);
    m_add = new QPushButton(m_runnerGroup);
    m_add->setObjectName(QStringLiteral("race_add"));
    ControlLocks::bind(m_add, QStringLiteral("race.functions"));
    runners->addWidget(m_add);
    controls->addWidget(m_runnerGroup);

    m_target = new ValueSlider(al::state::spec("race.target"), 0, m_controls);
    m_target->setObjectName(QStringLiteral("race_target"));
    controls->addWidget(m_target);
    connect(m_target, &ValueSlider::valueEdited, m_model, [this](double v) { m_model->setNumber("race.target", v); });
    m_speed = new ValueSlider(al::state::spec("train.stepsPerFrame"), 0, m_controls);
    m_speed->setObjectName(QStringLiteral("race_speed"));
    controls->addWidget(m_speed);
    connect(m_speed, &ValueSlider::valueEdited, m_model, [this](double v) { m_model->setNumber("train.stepsPerFrame", v); });

    m_setup = new QLabel(m_controls);
    m_setup->setWordWrap(true);
    controls->addWidget(m_setup);

    m_presetGroup = new QGroupBox(m_controls);
    auto* presets = new QVBoxLayout(m_presetGroup);
    for (int i = 0; i < RaceModel::kPresets; ++i) {
        auto* b = new QPushButton(m_presetGroup);
        b->setObjectName(QStringLiteral("race_preset_%1").arg(i + 1));
        ControlLocks::bind(b, al::state::racePreset(static_cast<al::state::RacePreset>(i)));
        presets->addWidget(b);
        connect(b, &QPushButton::clicked, m_model, [this, i] { m_model->applyPreset(static_cast<al::state::RacePreset>(i)); });
        m_presets.append(b);
    }
    m_presetText = new QLabel(m_presetGroup);
    m_presetText->setWordWrap(true);
    presets->addWidget(m_presetText);
    controls->addWidget(m_presetGroup);
    controls->addStretch(1);

    // The heat maps in a row or a grid (arrange()), each under its activation's name in its colour.
    m_mapsArea = new QWidget(this);
    m_mapsGrid = new QGridLayout(m_mapsArea);
    m_mapsGrid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < capacity; ++i) {
        auto* caption = new QLabel(m_mapsArea);
        caption->setObjectName(QStringLiteral("race_map_title_%1").arg(i + 1));
        caption->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        caption->setTextFormat(Qt::RichText);
        caption->setWordWrap(true);  // "Гиперболический тангенс" over a small map
        auto* map = new HeatMapView(m_mapsArea);
        map->setObjectName(QStringLiteral("race_map_%1").arg(i + 1));
        map->setMinimumSize(kSmallestMap, kSmallestMap);
        auto* cell = new MapCell(caption, map, m_mapsArea);
        m_mapCells.append(cell);
        m_mapTitles.append(caption);
        m_maps.append(map);
    }

    m_lossView = ChartStyle::newChartView(this);
    QChart* chart = m_lossView->chart();
    m_lossX = new QValueAxis();
    m_lossY = new QValueAxis();
    for (QValueAxis* axis : {m_lossX, m_lossY}) {
        ChartStyle::styleAxis(axis);
        chart->addAxis(axis, axis == m_lossX ? Qt::AlignBottom : Qt::AlignLeft);
    }
    for (int i = 0; i < capacity; ++i) {
        auto* test = new QLineSeries();
        test->setPen(QPen(ChartStyle::seriesColour(i), 2.6));
        auto* training = new QLineSeries();
        training->setPen(QPen(ChartStyle::seriesColour(i), 1.6, Qt::DashLine));
        for (QLineSeries* s : {test, training}) {
            chart->addSeries(s);
            s->attachAxis(m_lossX);
            s->attachAxis(m_lossY);
        }
        m_testLoss.append(test);
        m_trainLoss.append(training);
    }
    // The maps' captions and the table name the colours; a key under the chart tells the two
    // lines apart. The chart's own legend would elide its entries in a narrow chart.
    chart->legend()->hide();
    m_export = new LossCurveExport(m_model, this);
    m_export->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as"), style()->standardIcon(QStyle::SP_DialogSaveButton)));
    m_lossView->addAction(m_export);
    m_lossView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_chartBlock = new QWidget(this);
    auto* chartBlock = new QVBoxLayout(m_chartBlock);
    chartBlock->setContentsMargins(0, 0, 0, 0);
    // A chart view's size hint is its scene's, which follows its size: it would ratchet the page
    // taller than the window. The chart takes the room the maps and the results leave.
    m_lossView->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    chartBlock->addWidget(m_lossView, 1);
    auto* key = new QHBoxLayout();
    m_testSample = new QLabel(m_chartBlock);
    m_testKey = new QLabel(m_chartBlock);
    m_testKey->setObjectName(QStringLiteral("race_key_test"));
    m_trainingSample = new QLabel(m_chartBlock);
    m_trainingKey = new QLabel(m_chartBlock);
    m_trainingKey->setObjectName(QStringLiteral("race_key_training"));
    key->addWidget(m_testSample);
    key->addWidget(m_testKey);
    key->addSpacing(fontMetrics().averageCharWidth() * 2);
    key->addWidget(m_trainingSample);
    key->addWidget(m_trainingKey);
    key->addStretch(1);
    chartBlock->addLayout(key);
    drawKey();

    m_table = new QTableWidget(0, Columns, this);
    m_table->setObjectName(QStringLiteral("race_table"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);  // fitTable() sizes the columns
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->viewport()->installEventFilter(this);  // its width is known once the viewport has it
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter | static_cast<Qt::AlignmentFlag>(Qt::TextWordWrap));  // long headers wrap
    m_table->setWordWrap(true);
    m_table->setIconSize(QSize(12, 12));

    m_tableTitle = new QLabel(this);
    m_tableTitle->setWordWrap(true);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("race_verdict"));
    m_verdict->setWordWrap(true);
    m_results = new QWidget(this);
    auto* results = new QVBoxLayout(m_results);
    results->setContentsMargins(0, 0, 0, 0);
    results->addWidget(m_tableTitle);
    results->addWidget(m_table);
    results->addWidget(m_verdict);
    // Under the results rather than beside the key: the chart's column stays narrow at 200 %.
    m_exportButton = new QToolButton(m_results);
    m_exportButton->setObjectName(QStringLiteral("race_export"));
    m_exportButton->setDefaultAction(m_export);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setFocusPolicy(Qt::StrongFocus);  // reached with Tab like the buttons above
    results->addWidget(m_exportButton, 0, Qt::AlignLeft);
    results->addStretch(1);
    // The results scroll rather than squeeze when the window cannot hold them (200 %, small screens).
    auto* content = new QWidget(this);
    auto* right = new QVBoxLayout(content);
    right->setContentsMargins(0, 0, 0, 0);
    // Play and the epoch above the maps, not in the side panel: they stay when the panels are hidden.
    auto* buttons = new QHBoxLayout();
    m_play = new QPushButton(content);
    m_step = new QPushButton(content);
    m_reset = new QPushButton(content);
    m_epoch = new QLabel(content);
    m_epoch->setObjectName(QStringLiteral("race_epoch"));
    for (QPushButton* b : {m_play, m_step, m_reset})
        buttons->addWidget(b);
    setTabOrder(m_reset, m_exportButton);  // Tab goes from the race's buttons to its export
    buttons->addSpacing(fontMetrics().averageCharWidth() * 2);
    buttons->addWidget(m_epoch, 1);
    right->addLayout(buttons);
    m_parts = new QGridLayout();
    right->addLayout(m_parts, 1);
    m_resultsArea = new QScrollArea(this);
    m_resultsArea->setObjectName(QStringLiteral("race_results"));
    m_resultsArea->setWidget(content);
    m_resultsArea->setWidgetResizable(true);
    m_resultsArea->setFrameShape(QFrame::NoFrame);
    m_resultsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_resultsArea->viewport()->installEventFilter(this);  // the room changes with the window and the panels
    auto* layout = new QHBoxLayout(this);
    m_panel = scrollablePanel(m_controls, this);
    layout->addWidget(m_panel);
    layout->addWidget(m_resultsArea, 1);

    connect(m_add, &QPushButton::clicked, m_model, &RaceModel::addFunction);
    connect(m_play, &QPushButton::clicked, m_model, [this] { m_model->playing() ? m_model->pause() : m_model->play(); });
    connect(m_step, &QPushButton::clicked, m_model, [this] { m_model->step(); });
    connect(m_reset, &QPushButton::clicked, m_model, &RaceModel::restart);
    connect(m_model, &RaceModel::changed, this, &RaceView::refresh);
    connect(m_model, &RaceModel::playingChanged, this, &RaceView::retranslate);
    ChartStyle::follow(m_lossView);
    retranslate();
}

int RaceView::runners() const
{
    return static_cast<int>(std::count_if(m_mapCells.begin(), m_mapCells.end(), [](QWidget* m) { return !m->isHidden(); }));
}

QWidget* RaceView::figure()
{
    syncControls();
    showRace();
    return this;
}

void RaceView::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_stale)
        showRace();
}

void RaceView::hideEvent(QHideEvent* event)
{
    Page::hideEvent(event);
    // Nobody watches a hidden race: it waits for its tab instead of using the processor.
    m_model->pause();
}

void RaceView::refresh()
{
    syncControls();
    if (isVisible())
        showRace();
    else
        m_stale = true;
}

void RaceView::syncControls()
{
    const QStringList functions = m_model->functions();
    for (int i = 0; i < m_rows.size(); ++i) {
        const bool used = i < functions.size();
        m_rows[i]->setHidden(!used);
        m_mapCells[i]->setHidden(!used);
        if (!used)
            continue;
        const QSignalBlocker block(m_choosers[i]);
        m_choosers[i]->setCurrentIndex(std::max(0, m_choosers[i]->findData(functions[i])));
        m_removers[i]->setEnabled(functions.size() > RaceModel::minRunners());
        m_mapTitles[i]->setText(QStringLiteral("<span style=\"color:%1\">■</span> <b>%2</b>")
                                    .arg(ChartStyle::seriesColour(i).name(), FunctionTexts::name(functions[i].toStdString()).toHtmlEscaped()));
    }
    m_add->setEnabled(functions.size() < RaceModel::maxRunners());
    arrange();
    if (m_target->value() != m_model->target())
        m_target->setValue(m_model->target());
    if (m_speed->value() != m_model->state()->number("train.stepsPerFrame"))
        m_speed->setValue(m_model->state()->number("train.stepsPerFrame"));

    const al::state::Document& d = m_model->state()->document();
    QStringList layers;
    for (double units : d.numbers("train.hidden"))
        layers.append(QString::number(static_cast<int>(units)));
    const QString datasets[] = {tr("circle"), tr("XOR"), tr("Gaussian blobs"), tr("spiral")};
    const auto& choices = al::state::spec("train.dataset").choices;
    const auto shape = std::find(choices.begin(), choices.end(), d.text("train.dataset")) - choices.begin();
    m_setup->setText(tr("From the Train tab: %1, hidden layers %2, η = %3, seed %4. Only the activation differs.")
                         .arg(datasets[std::clamp<std::ptrdiff_t>(shape, 0, 3)],
                              layers.isEmpty() ? tr("none") : layers.join(QStringLiteral("–")), NumberFormat::compact(d.number("train.lr")))
                         .arg(static_cast<qint64>(d.number("train.seed"))));

    m_tableTitle->setText(tr("<b>Epochs to reach a test accuracy ≥ %1 %</b>").arg(NumberFormat::fixed(m_model->target(), 0)));

    const int preset = m_model->matchingPreset();
    for (int i = 0; i < m_presets.size(); ++i) {
        QFont f = m_presets[i]->font();
        f.setBold(i == preset);
        m_presets[i]->setFont(f);
    }
    static const char* const explanations[] = {
        QT_TR_NOOP("A stack of linear units is one linear function: its boundary stays a straight line and never "
                   "encloses the circle. tanh bends the boundary and closes the ring within a few epochs."),
        QT_TR_NOOP("Four sigmoid layers: σ′ is at most 0.25, so the gradient shrinks at every layer on its way back and "
                   "the first layers hardly learn. ReLU passes the gradient on unchanged wherever a unit is active and "
                   "reaches the target long before."),
        QT_TR_NOOP("With η = 2, large steps push many ReLU units to z < 0 for every point: there f′ = 0, so they never "
                   "learn again (dead units in the table). Leaky ReLU keeps the slope α = 0.01 there and loses no unit."),
    };
    m_presetText->setText(preset >= 0 ? tr(explanations[preset])
                                      : tr("Choose one of the lecture's races above, or pick the activations here and the "
                                           "network and data on the Train tab."));
}

void RaceView::showRace()
{
    m_stale = false;
    const al::train::Race& race = m_model->race();
    const std::size_t n = race.size();
    for (std::size_t i = 0; i < n && i < static_cast<std::size_t>(m_maps.size()); ++i)
        m_maps[static_cast<int>(i)]->show(race.trainer(i));

    const EpochSeries testSeries{[](const al::train::EpochRecord& r) { return r.testLoss; }};
    const EpochSeries trainingSeries{[](const al::train::EpochRecord& r) { return r.trainLoss; }};
    double highest = 0.1;
    int lastEpoch = 1;
    for (int i = 0; i < m_testLoss.size(); ++i) {
        QList<QPointF> test;
        QList<QPointF> training;
        if (static_cast<std::size_t>(i) < n) {
            // Thinned for long races; a diverging run (a huge η) has no finite loss to draw.
            const auto& history = race.history(static_cast<std::size_t>(i));
            test = testSeries.points(history);
            training = trainingSeries.points(history);
            for (const QList<QPointF>* points : {&test, &training})
                for (const QPointF& p : *points)
                    highest = std::max(highest, p.y());
            lastEpoch = std::max(lastEpoch, history.back().epoch);
        }
        m_testLoss[i]->replace(test);
        m_trainLoss[i]->replace(training);
        const bool used = static_cast<std::size_t>(i) < n;
        m_testLoss[i]->setName(used ? FunctionTexts::name(race.activation(static_cast<std::size_t>(i)).key) : QString());
    }
    // As many epoch labels as the chart's width holds (few when narrow, at 200 %).
    const int labelWidth = 2 * QFontMetrics(ChartStyle::labelFont()).horizontalAdvance(QStringLiteral("0000"));
    ChartStyle::setGrowingRange(m_lossX, lastEpoch, std::clamp(m_lossView->width() / std::max(1, labelWidth), 2, 5));
    ChartStyle::setNiceRange(m_lossY, 0, std::min(highest, 5.0) * 1.05, 5);

    m_table->setRowCount(static_cast<int>(n));
    const auto cell = [this](int row, int column, const QString& text) {
        auto* item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem();
            item->setTextAlignment(column == ActivationColumn ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter);
            m_table->setItem(row, column, item);
        }
        item->setText(text);
        return item;
    };
    for (std::size_t i = 0; i < n; ++i) {
        const int row = static_cast<int>(i);
        const al::train::EpochRecord& last = race.history(i).back();
        cell(row, ActivationColumn, FunctionTexts::name(race.activation(i).key))->setIcon(swatch(ChartStyle::seriesColour(row)));
        const std::optional<int> epochs = m_model->epochsToTarget(i);
        cell(row, EpochsColumn, epochs ? QString::number(*epochs) : QStringLiteral("—"))
            ->setToolTip(epochs ? QString() : tr("Not reached yet"));
        cell(row, AccuracyColumn, NumberFormat::fixed(100.0 * last.testAccuracy, 1) + QStringLiteral(" %"));
        cell(row, DeadColumn, last.layers.empty() ? QStringLiteral("—") : NumberFormat::fixed(100.0 * last.layers.front().dead, 0) + QStringLiteral(" %"))
            ->setToolTip(last.layers.empty() ? tr("The network has no hidden layer") : QString());
    }
    arrange();  // new names may widen the table, and the results with it

    // The race in words: who reached the target first, and who has not reached it.
    int winner = -1;
    QStringList behind;
    for (std::size_t i = 0; i < n; ++i) {
        const std::optional<int> epochs = m_model->epochsToTarget(i);
        if (!epochs)
            behind.append(FunctionTexts::name(race.activation(i).key));
        else if (winner < 0 || *epochs < *m_model->epochsToTarget(static_cast<std::size_t>(winner)))
            winner = static_cast<int>(i);
    }
    QString verdict;
    if (winner >= 0)
        verdict = tr("%1 reached the target first, at epoch %2.")
                      .arg(FunctionTexts::name(race.activation(static_cast<std::size_t>(winner)).key))
                      .arg(*m_model->epochsToTarget(static_cast<std::size_t>(winner)));
    if (!behind.isEmpty())
        verdict += (verdict.isEmpty() ? QString() : QStringLiteral(" ")) + tr("Not reached yet: %1.").arg(behind.join(QStringLiteral(", ")));
    m_verdict->setText(verdict);
    m_epoch->setText(tr("<b>Epoch %1</b> (step %2)").arg(race.epoch()).arg(race.steps()));
}

void RaceView::fitTable()
{
    // Each column gets what its longest word or cell needs, and an even share of the rest; the
    // headers wrap between words, and the header view and the table grow to hold them (a header
    // view does not grow by itself, and a table keeps its height whatever its rows).
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics cells = m_table->fontMetrics();
    const QFontMetrics titles = header->fontMetrics();
    const int padding = cells.averageCharWidth() + 8;
    int need[Columns] = {};
    int total = 0;
    for (int c = 0; c < Columns; ++c) {
        if (const QTableWidgetItem* item = m_table->horizontalHeaderItem(c))
            for (const QString& word : item->text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
                need[c] = std::max(need[c], titles.horizontalAdvance(word));
        for (int row = 0; row < m_table->rowCount(); ++row)
            if (const QTableWidgetItem* item = m_table->item(row, c))
                for (const QString& word : item->text().split(QLatin1Char(' '), Qt::SkipEmptyParts))  // long names wrap
                    need[c] = std::max(need[c], cells.horizontalAdvance(word) + (c == ActivationColumn ? m_table->iconSize().width() + 6 : 0));
        need[c] += padding;
        total += need[c];
    }
    m_table->setMinimumWidth(total + 2 * m_table->frameWidth());
    const int spare = std::max(0, m_table->viewport()->width() - total);
    int headerHeight = 0;
    for (int c = 0; c < Columns; ++c) {
        const int width = need[c] + spare / Columns + (c == Columns - 1 ? spare % Columns : 0);
        if (header->sectionSize(c) != width)
            header->resizeSection(c, width);
        if (const QTableWidgetItem* item = m_table->horizontalHeaderItem(c))
            headerHeight = std::max(headerHeight, titles.boundingRect(QRect(0, 0, width - padding + 4, 10000), Qt::TextWordWrap, item->text()).height());
    }
    header->setMinimumHeight(headerHeight + titles.height() / 2 + 4);
    m_table->resizeRowsToContents();
    int height = std::max(header->minimumHeight(), header->sizeHint().height()) + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
}

bool RaceView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitTable();
    if (m_resultsArea && watched == m_resultsArea->viewport() && event->type() == QEvent::Resize)
        arrange();
    return Page::eventFilter(watched, event);
}

void RaceView::retranslate()
{
    m_controls->setTitle(tr("The race"));
    m_runnerGroup->setTitle(tr("Activations"));
    for (int i = 0; i < m_choosers.size(); ++i) {
        m_choosers[i]->setAccessibleName(tr("Activation %1").arg(i + 1));
        m_choosers[i]->setToolTip(tr("The activation of every hidden unit of this runner (with its default parameters)"));
        m_removers[i]->setToolTip(tr("Remove this activation from the race"));
        m_removers[i]->setAccessibleName(tr("Remove activation %1").arg(i + 1));
    }
    m_add->setText(tr("&Add activation"));
    m_add->setToolTip(tr("Another activation joins the race (up to four)"));
    m_play->setText(m_model->playing() ? tr("&Pause") : tr("&Play"));
    m_play->setToolTip(tr("Start or stop the race"));
    m_step->setText(tr("S&tep"));
    m_step->setToolTip(tr("One mini-batch step for every activation"));
    m_reset->setText(tr("&Reset"));
    m_reset->setToolTip(tr("Every activation back to the same initial weights"));
    m_presetGroup->setTitle(tr("Races from the lecture"));
    const QString names[] = {tr("1. Linear vs tanh"), tr("2. Sigmoid vs ReLU"), tr("3. ReLU vs Leaky ReLU")};
    const QString setups[] = {tr("Set up this race: the circle, two hidden layers of 8 units, η = 0.1, target 90 %"),
                              tr("Set up this race: the spiral, four hidden layers of 16 units, η = 0.1, target 80 %"),
                              tr("Set up this race: the circle, two hidden layers of 8 units, a large η = 2, target 90 %")};
    for (int i = 0; i < m_presets.size(); ++i) {
        m_presets[i]->setText(names[i]);
        m_presets[i]->setToolTip(setups[i]);
    }
    m_lossView->chart()->setTitle(tr("Loss"));
    m_testKey->setText(tr("test"));
    m_trainingKey->setText(tr("training"));
    m_export->retranslate();
    m_lossX->setTitleText(tr("epoch"));
    m_lossView->chart()->setLocale(QLocale());
    m_table->setHorizontalHeaderLabels({tr("Activation"), tr("Epochs"), tr("Test accuracy"), tr("Dead in layer 1")});
    m_table->horizontalHeaderItem(EpochsColumn)->setToolTip(tr("The first epoch at which the test accuracy reached the target; — if not yet"));
    m_table->horizontalHeaderItem(AccuracyColumn)->setToolTip(tr("Test accuracy now"));
    m_table->horizontalHeaderItem(DeadColumn)->setToolTip(tr("Share of the first hidden layer's units with f′ = 0 on every training point"));
    m_table->setAccessibleName(tr("Epochs each activation needed to reach the target"));
    refresh();
    m_panel->setMinimumWidth(m_controls->sizeHint().width() + 16);
}

void RaceView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::ApplicationFontChange) {
        drawKey();
        arrange();
    }
    QWidget::changeEvent(event);
}

QString RaceView::title() const
{
    return tr("R&ace");
}

QString RaceView::infoPage() const
{
    // The last runner is the challenger of each lecture race (tanh, ReLU, Leaky ReLU).
    const QStringList functions = m_model->functions();
    return functions.isEmpty() ? QString() : functions.last();
}

void RaceView::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    arrange();
}

void RaceView::arrange()
{
    if (!m_parts || m_arranging)
        return;
    const QScopedValueRollback<bool> once(m_arranging, true);  // fixing heights resizes the viewport again
    const QFontMetrics metrics = fontMetrics();
    const int gap = std::max(0, m_parts->spacing());
    const int width = m_resultsArea->viewport()->width();
    const int height = m_resultsArea->viewport()->height() - m_play->sizeHint().height() - gap;  // under Play
    m_lossView->setMinimumSize(30 * metrics.averageCharWidth(), 14 * metrics.lineSpacing());
    const int chart = m_lossView->minimumHeight() + gap + m_testKey->sizeHint().height();
    fitTable();
    const int n = std::max(1, runners());

    const auto captionHeight = [this, n](int at) {
        int h = 0;
        for (int i = 0; i < n && i < m_mapTitles.size(); ++i)
            h = std::max(h, m_mapTitles[i]->heightForWidth(at));
        return h;
    };
    const int em = metrics.averageCharWidth();
    // A map larger than this shows nothing more; the room goes to the chart instead.
    const int largest = std::max(kSmallestMap, 45 * em);
    // The maps in as many columns as make them largest within `budget` of height: one row when
    // the page is wide and low, two by two when it is narrow and tall (full rows, or three in a
    // two-by-two grid; never three over one). On a tie, more columns. Returns {side, columns}.
    const auto largestMaps = [&](int budget) {
        std::pair<int, int> best{std::numeric_limits<int>::min(), n};
        for (int c = n; c >= 1; --c) {
            if (n % c != 0 && c != 2)
                continue;
            const int rows = (n + c - 1) / c;
            const int cell = (width - (c - 1) * gap) / c;
            const int side = std::min({cell, largest, (budget - (rows - 1) * gap) / rows - captionHeight(cell - 4)});
            if (side > best.first)
                best = {side, c};
        }
        return best;
    };
    const int results = m_results->hasHeightForWidth() ? m_results->heightForWidth(width) : m_results->sizeHint().height();
    const int besideTable = width - m_table->minimumWidth() - gap;  // the chart's width beside the table
    // The chart beside the table when that leaves it roomy (1920 px, the panels hidden); else the
    // maps, the table and the chart one under the other, each as wide as the page (1280 px beside
    // the explanation) — unless that does not fit in the height and the chart beside the table
    // still has its minimum (200 % with the panels hidden): then side by side after all.
    const auto [columnSide, columnColumns] = largestMaps(height - chart - results - 2 * gap);
    const bool wide = besideTable >= 80 * em || (columnSide < kSmallestMap && besideTable >= 30 * em);
    const Arrangement arrangement = wide ? Arrangement::Wide : Arrangement::Column;
    auto [side, columns] = wide ? largestMaps(height - chart - gap) : std::pair{columnSide, columnColumns};
    side = std::max(side, kSmallestMap);  // too little room: the page scrolls
    const int rows = (n + columns - 1) / columns;
    const int caption = captionHeight((width - (columns - 1) * gap) / columns - 4);
    for (QWidget* cell : m_mapCells)
        static_cast<MapCell*>(cell)->setCaptionHeight(caption);
    m_mapsArea->setFixedHeight(rows * (side + caption) + (rows - 1) * gap);
    place(arrangement, columns);
}

void RaceView::place(Arrangement arrangement, int columns)
{
    const int n = runners();
    if (arrangement == m_arrangement && columns == m_mapColumns && n == m_placedRunners)
        return;  // arrange() runs every frame of a race: the layouts stay unless something moved
    m_arrangement = arrangement;
    m_mapColumns = columns;
    m_placedRunners = n;
    for (QWidget* cell : m_mapCells)
        m_mapsGrid->removeWidget(cell);
    for (int c = 0; c < m_mapsGrid->columnCount(); ++c)
        m_mapsGrid->setColumnStretch(c, 0);
    int shown = 0;
    for (QWidget* cell : m_mapCells)
        if (!cell->isHidden()) {
            m_mapsGrid->addWidget(cell, shown / columns, shown % columns);
            ++shown;
        }
    for (int c = 0; c < columns; ++c)
        m_mapsGrid->setColumnStretch(c, 1);

    for (QWidget* part : {m_mapsArea, m_chartBlock, m_results})
        m_parts->removeWidget(part);
    for (int i = 0; i < 3; ++i) {
        m_parts->setRowStretch(i, 0);
        m_parts->setColumnStretch(i, 0);
    }
    if (arrangement == Arrangement::Wide) {
        m_parts->addWidget(m_mapsArea, 0, 0, 1, 2);
        m_parts->addWidget(m_chartBlock, 1, 0);
        m_parts->addWidget(m_results, 1, 1);
        m_parts->setColumnStretch(0, 3);
        m_parts->setColumnStretch(1, 2);
        m_parts->setRowStretch(1, 1);
    } else {
        m_parts->addWidget(m_mapsArea, 0, 0);
        m_parts->addWidget(m_results, 1, 0);
        m_parts->addWidget(m_chartBlock, 2, 0);
        m_parts->setColumnStretch(0, 1);
        m_parts->setRowStretch(2, 1);
    }
}

void RaceView::drawKey()
{
    if (!m_testSample)
        return;
    const QFontMetrics metrics = fontMetrics();
    const int width = 4 * metrics.averageCharWidth();
    const int height = metrics.height();
    const qreal ratio = devicePixelRatioF();
    m_testSample->setPixmap(lineSample(QPen(Qt::gray, 2.6), width, height, ratio));
    m_trainingSample->setPixmap(lineSample(QPen(Qt::gray, 1.6, Qt::DashLine), width, height, ratio));
}

QString RaceView::toolTip() const
{
    return tr("Train several activations side by side on the same data from the same initial weights");
}
