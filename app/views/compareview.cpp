// SPDX-License-Identifier: MIT
#include "app/views/compareview.h"

#include "app/widgets/catalogmodel.h"

#include "core/curvefacts.h"

#include "app/appearance.h"
#include "core/catalog.h"
#include "app/views/chartstyle.h"
#include "app/widgets/controllocks.h"
#include "app/widgets/panelscroll.h"
#include "app/model/functiontexts.h"
#include "app/views/numberformat.h"
#include "app/views/slopetable.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QListView>
#include <QPaintEvent>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <string>
#include <variant>
#include <vector>

namespace {
const QString kIdentityKey = QStringLiteral("identity");

// The list of functions to tick. A preset ticks and unticks rows far apart (sigmoid near the
// top, hard sigmoid near the bottom). QListView answers any change of a row by laying all its
// rows out again and repainting the whole list, each row laid out anew by its delegate; a tick
// changes no row's size, so here it repaints the changed rows only, band by band (QListView
// paints every row that meets the bounding rectangle of what needs repainting).
class TickList : public QListView {
public:
    using QListView::QListView;

protected:
    void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles) override
    {
        if (roles == QList<int>{Qt::CheckStateRole})
            QAbstractItemView::dataChanged(topLeft, bottomRight, roles);  // NOLINT(bugprone-parent-virtual-call): skips the relayout
        else
            QListView::dataChanged(topLeft, bottomRight, roles);
    }

    void paintEvent(QPaintEvent* event) override
    {
        const QRegion region = event->region();
        if (region.rectCount() <= 1) {
            QListView::paintEvent(event);
            return;
        }
        for (const QRect& band : region) {
            QPaintEvent part(band);
            QListView::paintEvent(&part);
        }
    }
};
}  // namespace

CompareView::CompareView(CompareModel* model, QWidget* parent) : Retranslated(parent), m_model(model)
{
    m_controls = new QGroupBox(this);
    m_controls->setObjectName(QStringLiteral("lessonControls"));  // hidden with the side panels
    auto* controls = new QVBoxLayout(m_controls);
    m_presetLabel = new QLabel(m_controls);
    m_presets = new QComboBox(m_controls);
    ControlLocks::bind(m_presets, CompareModel::presetPatch(CompareModel::Preset::SigmoidTanh));  // every preset sets the same keys
    m_presetLabel->setBuddy(m_presets);
    controls->addWidget(m_presetLabel);
    controls->addWidget(m_presets);
    m_list = new TickList(m_controls);
    ControlLocks::bind(m_list, QStringLiteral("compare.functions"));
    m_catalog = new CatalogModel(CatalogModel::Layout::Functions, m_list);
    m_catalog->setCheckable(true);
    m_list->setModel(m_catalog);
    controls->addWidget(m_list, 1);
    m_derivatives = new QCheckBox(m_controls);
    m_identity = new QCheckBox(m_controls);
    ControlLocks::bind(m_derivatives, QStringLiteral("compare.derivatives"));
    ControlLocks::bind(m_identity, QStringLiteral("compare.identity"));
    controls->addWidget(m_derivatives);
    controls->addWidget(m_identity);

    m_view = ChartStyle::newChartView(this);
    m_axisX = new QValueAxis();
    m_axisY = new QValueAxis();
    for (QValueAxis* axis : {m_axisX, m_axisY}) {
        ChartStyle::styleAxis(axis);
        m_view->chart()->addAxis(axis, axis == m_axisX ? Qt::AlignBottom : Qt::AlignLeft);
    }
    m_identitySeries = new QLineSeries();
    m_identitySeries->setObjectName(kIdentityKey);
    m_identitySeries->setPen(QPen(Appearance::instance().chartText(), 2.0, Qt::DashLine));
    m_identitySeries->setVisible(false);
    m_view->chart()->addSeries(m_identitySeries);
    m_identitySeries->attachAxis(m_axisX);
    m_identitySeries->attachAxis(m_axisY);
    m_slopes = new SlopeTable(this);
    m_slopes->setObjectName(QStringLiteral("slopeTable"));
    int reserved = 0;
    for (const auto preset : {CompareModel::Preset::SigmoidTanh, CompareModel::Preset::ReluFamily, CompareModel::Preset::HardSigmoid,
                              CompareModel::Preset::SmoothRelus})
        for (const auto& [key, value] : CompareModel::presetPatch(preset))
            if (key == "compare.functions")
                reserved = std::max(reserved, static_cast<int>(std::get<std::vector<std::string>>(value).size()));
    m_slopes->setReservedRows(reserved);

    auto* right = new QVBoxLayout();
    right->addWidget(m_view, 1);
    right->addWidget(m_slopes);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(scrollablePanel(m_controls, this));
    layout->addLayout(right, 1);

    connect(m_presets, &QComboBox::activated, m_model,
            [this](int index) { m_model->applyPreset(static_cast<CompareModel::Preset>(index)); });
    connect(m_catalog, &CatalogModel::checkToggled, m_model, &CompareModel::setSelected);
    connect(m_derivatives, &QCheckBox::toggled, m_model, &CompareModel::setDerivatives);
    connect(m_identity, &QCheckBox::toggled, m_model, &CompareModel::setIdentityCurve);
    connect(m_model, &CompareModel::changed, this, &CompareView::refresh);
    ChartStyle::follow(m_view);
    retranslate();
}

QLineSeries* CompareView::series(const QString& key) const
{
    if (key == kIdentityKey)
        return m_identitySeries->isVisible() ? m_identitySeries : nullptr;
    for (QLineSeries* s : m_curves)
        if (s->isVisible() && s->objectName() == key)
            return s;
    return nullptr;
}

QLineSeries* CompareView::curveSlot(int i)
{
    QChart* chart = m_view->chart();
    if (i < m_curves.size())
        return m_curves[i];
    // The identity's curve stays the last series, and so the last entry of the legend.
    chart->removeSeries(m_identitySeries);
    while (m_curves.size() <= i) {
        auto* s = new QLineSeries();
        s->setPen(QPen(ChartStyle::seriesColour(static_cast<int>(m_curves.size())), 2.8));
        chart->addSeries(s);
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
        m_curves.append(s);
    }
    chart->addSeries(m_identitySeries);
    m_identitySeries->attachAxis(m_axisX);
    m_identitySeries->attachAxis(m_axisY);
    ChartStyle::applyAppearance(chart);  // the new series take the scale and theme
    return m_curves[i];
}

void CompareView::refresh()
{
    const QStringList keys = m_model->functions();
    {
        m_catalog->setChecked(keys);
        const QSignalBlocker a(m_derivatives);
        const QSignalBlocker b(m_identity);
        m_derivatives->setChecked(m_model->derivatives());
        m_identity->setChecked(m_model->identityCurve());
    }
    const double yMin = m_model->derivatives() ? -0.3 : -1.5;
    const double yMax = m_model->derivatives() ? 1.3 : 2.5;
    ChartStyle::setNiceRange(m_axisX, -CompareModel::kRange, CompareModel::kRange, 12);
    ChartStyle::setNiceRange(m_axisY, yMin, yMax, 8);
    const QRectF plot = m_view->chart()->plotArea();
    const double w = std::max(plot.width(), 200.0);
    const double h = std::max(plot.height(), 150.0);
    // Each series is told only what changed: a new point list, colour or name relays it out.
    const auto fill = [](QLineSeries* s, const QList<QPointF>& points, const QColor& colour, const QString& name) {
        if (s->points() != points)
            s->replace(points);
        if (s->pen().color() != colour) {
            QPen pen = s->pen();
            pen.setColor(colour);
            s->setPen(pen);
        }
        s->setName(name);
        s->setVisible(true);
    };
    QList<SlopeTable::Row> rows;
    for (int i = 0; i < keys.size(); ++i) {
        QLineSeries* s = curveSlot(i);
        s->setObjectName(keys[i]);
        QList<QPointF> points;
        for (const al::CurvePoint& p : m_model->curve(keys[i], w, h, yMin, yMax))
            points.append(QPointF(p.z, p.y));
        const QString name = FunctionTexts::name(keys[i].toStdString());
        fill(s, points, ChartStyle::seriesColour(i), name + (m_model->derivatives() ? QStringLiteral("′") : QString()));
        const auto [z, slope] = m_model->maxSlope(keys[i]);
        rows.append({ChartStyle::seriesColour(i), name, NumberFormat::readable(slope, 4), NumberFormat::fixed(z, 2)});
    }
    for (qsizetype i = keys.size(); i < m_curves.size(); ++i) {
        m_curves[i]->setVisible(false);
        m_curves[i]->clear();
    }
    m_slopes->setRows(rows);
    if (m_model->identityCurve()) {
        QList<QPointF> points;
        for (int k = 0; k <= 480; ++k) {
            const double z = -CompareModel::kRange + 2.0 * CompareModel::kRange * k / 480;
            points.append(QPointF(z, al::tanhFromSigmoid(z, m_model->derivatives())));
        }
        fill(m_identitySeries, points, Appearance::instance().chartText(),
             m_model->derivatives() ? tr("(2σ(2z) − 1)′") : tr("2σ(2z) − 1"));
    } else {
        m_identitySeries->setVisible(false);
    }
    m_axisY->setTitleText(m_model->derivatives() ? tr("f′(z)") : tr("f(z)"));
}

void CompareView::retranslate()
{
    m_controls->setTitle(tr("Compare"));
    m_slopes->setHeaders(tr("function"), tr("largest slope |f′|"), tr("at z"));
    m_slopes->setAccessibleName(tr("Largest slope of each function"));
    m_presetLabel->setText(tr("&Lecture pairs"));
    {
        const QSignalBlocker block(m_presets);
        m_presets->clear();
        m_presets->addItems({tr("Sigmoid vs tanh, with 2σ(2z) − 1"), tr("ReLU, Leaky ReLU, PReLU, ELU"), tr("Sigmoid vs hard sigmoid"),
                             tr("GELU, SiLU, mish")});
        m_presets->setCurrentIndex(-1);
        m_presets->setPlaceholderText(tr("Choose a pair…"));
    }
    m_presets->setToolTip(tr("Show a comparison the lecture makes"));
    m_presets->setAccessibleName(tr("Lecture pairs"));
    m_list->setToolTip(tr("Tick the functions to overlay"));
    m_list->setAccessibleName(tr("Functions to compare"));
    m_derivatives->setText(tr("Compare &derivatives f′"));
    m_derivatives->setToolTip(tr("Draw f′ instead of f: see which function keeps the larger gradient"));
    m_identity->setText(tr("Show 2σ(2&z) − 1"));
    m_identity->setToolTip(tr("tanh(z) = 2σ(2z) − 1: a scaled, shifted sigmoid lies exactly on tanh"));
    m_view->chart()->setTitle(tr("Activation functions side by side"));
    m_axisX->setTitleText(QStringLiteral("z"));
    m_view->chart()->setLocale(QLocale());
    refresh();
}

void CompareView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    refresh();  // the sampling density follows the plot's pixel size
}

QString CompareView::title() const
{
    return tr("&Compare");
}

QString CompareView::toolTip() const
{
    return tr("Several functions or derivatives on one chart");
}
