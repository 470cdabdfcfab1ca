// SPDX-License-Identifier: MIT
#include "app/views/softmaxview.h"

#include "core/catalog.h"
#include "app/views/chartstyle.h"
#include "app/views/layoutfence.h"
#include "app/widgets/controllocks.h"
#include "app/widgets/panelscroll.h"
#include "app/views/numberformat.h"
#include "app/widgets/valueslider.h"
#include "core/state/schema.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using NumberFormat::subscript;

SoftmaxView::SoftmaxView(SoftmaxModel* model, QWidget* parent) : Retranslated(parent), m_model(model)
{
    m_controls = new QGroupBox(this);
    m_controls->setObjectName(QStringLiteral("lessonControls"));  // hidden with the side panels
    auto* controls = new QVBoxLayout(m_controls);
    auto* countRow = new QHBoxLayout();
    m_countLabel = new QLabel(m_controls);
    m_count = new QSpinBox(m_controls);
    m_count->setRange(SoftmaxModel::minClasses(), SoftmaxModel::maxClasses());
    m_countLabel->setBuddy(m_count);
    ControlLocks::bind(m_count, QStringLiteral("softmax.logits"));
    m_reset = new QPushButton(m_controls);
    countRow->addWidget(m_countLabel);
    countRow->addWidget(m_count);
    countRow->addStretch(1);
    countRow->addWidget(m_reset);
    controls->addLayout(countRow);
    for (int i = 0; i < SoftmaxModel::maxClasses(); ++i) {
        auto* slider = new ValueSlider(al::state::spec("softmax.logits"), i, m_controls);
        slider->setObjectName(QStringLiteral("logit_%1").arg(i + 1));
        controls->addWidget(slider);
        connect(slider, &ValueSlider::valueEdited, m_model, [this, i](double v) { m_model->setLogit(i, v); });
        m_logitSliders.append(slider);
    }
    m_temperature = new ValueSlider(al::state::spec("softmax.temperature"), 0, m_controls);
    m_temperature->setObjectName(QStringLiteral("temperature"));
    controls->addWidget(m_temperature);
    m_logBox = new QCheckBox(m_controls);
    ControlLocks::bind(m_logBox, QStringLiteral("softmax.log"));
    controls->addWidget(m_logBox);
    auto* focusRow = new QHBoxLayout();
    m_focusLabel = new QLabel(m_controls);
    m_focus = new QSpinBox(m_controls);
    ControlLocks::bind(m_focus, QStringLiteral("softmax.focus"));
    m_focusLabel->setBuddy(m_focus);
    focusRow->addWidget(m_focusLabel);
    focusRow->addWidget(m_focus);
    focusRow->addStretch(1);
    controls->addLayout(focusRow);
    controls->addStretch(1);

    m_barView = ChartStyle::newChartView(this);
    m_set = new QBarSet(QString());
    m_set->setColor(ChartStyle::seriesColour(0));
    m_set->setSelectedColor(ChartStyle::seriesColour(1));
    m_series = new QBarSeries();
    m_series->append(m_set);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_series->setLabelsPrecision(4);
    m_series->setBarWidth(0.6);
    QChart* barChart = m_barView->chart();
    barChart->addSeries(m_series);
    barChart->legend()->hide();
    m_categories = new QBarCategoryAxis();
    m_barAxis = new QValueAxis();
    ChartStyle::styleAxis(m_barAxis);
    barChart->addAxis(m_categories, Qt::AlignBottom);
    barChart->addAxis(m_barAxis, Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_barAxis);

    m_sum = new QLabel(this);
    m_sum->setStyleSheet(QStringLiteral("font-weight: bold;"));

    m_curveView = ChartStyle::newChartView(this);
    QChart* curve = m_curveView->chart();
    m_curve = new QLineSeries();
    m_curve->setPen(QPen(ChartStyle::seriesColour(0), 3.0));
    m_sigmoid = new QLineSeries();
    m_sigmoid->setPen(QPen(ChartStyle::seriesColour(1), 2.0, Qt::DashLine));
    m_point = new QScatterSeries();
    m_point->setColor(ChartStyle::seriesColour(0));
    m_point->setBorderColor(Qt::white);
    m_point->setMarkerSize(12.0);
    m_curveX = new QValueAxis();
    m_curveY = new QValueAxis();
    for (QValueAxis* axis : {m_curveX, m_curveY}) {
        ChartStyle::styleAxis(axis);
        curve->addAxis(axis, axis == m_curveX ? Qt::AlignBottom : Qt::AlignLeft);
    }
    ChartStyle::setNiceRange(m_curveX, -SoftmaxModel::kCurveHalfWidth, SoftmaxModel::kCurveHalfWidth, 10);
    ChartStyle::setNiceRange(m_curveY, 0.0, 1.0, 4);
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{m_curve, m_sigmoid, m_point}) {
        curve->addSeries(s);
        s->attachAxis(m_curveX);
        s->attachAxis(m_curveY);
    }
    for (QLegendMarker* marker : curve->legend()->markers(m_point))
        marker->setVisible(false);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);

    auto* right = new QVBoxLayout();
    right->addWidget(m_barView, 3);
    right->addWidget(new LayoutFence(m_sum));
    right->addWidget(m_curveView, 2);
    right->addWidget(new LayoutFence(m_note));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(scrollablePanel(m_controls, this));
    layout->addLayout(right, 1);

    connect(m_count, &QSpinBox::valueChanged, m_model, &SoftmaxModel::setCount);
    connect(m_temperature, &ValueSlider::valueEdited, m_model, &SoftmaxModel::setTemperature);
    connect(m_logBox, &QCheckBox::toggled, m_model, &SoftmaxModel::setLogSoftmax);
    connect(m_focus, &QSpinBox::valueChanged, m_model, [this](int i) { m_model->setFocus(i - 1); });
    connect(m_reset, &QPushButton::clicked, m_model, &SoftmaxModel::reset);
    connect(m_model, &SoftmaxModel::changed, this, &SoftmaxView::refresh);
    ChartStyle::follow(m_barView);
    ChartStyle::follow(m_curveView);
    retranslate();
    refresh();
}

void SoftmaxView::refresh()
{
    const int k = m_model->count();
    {
        const QSignalBlocker a(m_count);
        const QSignalBlocker b(m_focus);
        const QSignalBlocker c(m_logBox);
        m_count->setValue(k);
        m_focus->setRange(1, k);
        m_focus->setValue(m_model->focus() + 1);
        m_logBox->setChecked(m_model->logSoftmax());
    }
    for (int i = 0; i < m_logitSliders.size(); ++i) {
        m_logitSliders[i]->setVisible(i < k);
        if (i < k && m_logitSliders[i]->value() != m_model->logits()[static_cast<std::size_t>(i)])
            m_logitSliders[i]->setValue(m_model->logits()[static_cast<std::size_t>(i)]);
    }
    if (m_temperature->value() != m_model->temperature())
        m_temperature->setValue(m_model->temperature());

    // Bars: probabilities (or log-probabilities), the largest highlighted.
    const std::vector<double> values = m_model->values();
    QStringList categories;
    QList<qreal> barValues;
    for (int i = 0; i < k; ++i) {
        categories << QStringLiteral("x") + subscript(i + 1) + QStringLiteral(" = ") +
                          NumberFormat::compact(m_model->logits()[static_cast<std::size_t>(i)], 4);
        barValues << values[static_cast<std::size_t>(i)];
    }
    // Told only what changed: new categories lay the bar axis out again (a change of T keeps
    // them), and a bar set refilled from scratch makes its bars anew.
    if (m_categories->categories() != categories)
        m_categories->setCategories(categories);
    if (m_set->count() == k) {
        for (int i = 0; i < k; ++i)
            if (m_set->at(i) != barValues[i])
                m_set->replace(i, barValues[i]);
    } else {
        m_set->remove(0, m_set->count());
        m_set->append(barValues);
    }
    m_set->deselectAllBars();
    m_set->selectBar(m_model->largest());
    if (m_model->logSoftmax()) {
        const double lowest = *std::min_element(values.begin(), values.end());
        ChartStyle::setNiceRange(m_barAxis, std::min(-1.0, lowest * 1.15), 0.0, 5);
        m_barAxis->setTitleText(tr("log-probability"));
    } else {
        ChartStyle::setNiceRange(m_barAxis, 0.0, 1.15, 5);
        m_barAxis->setTitleText(tr("probability"));
    }
    const std::vector<double> p = m_model->probabilities();
    double sum = 0.0;
    for (double v : p)
        sum += v;
    m_sum->setText(tr("Σ p = %1    largest: x%2 with p = %3")
                       .arg(NumberFormat::fixed(sum, 12), subscript(m_model->largest() + 1),
                            NumberFormat::readable(p[static_cast<std::size_t>(m_model->largest())], 6)));

    // One class's probability as its own logit moves; for two classes, the sigmoid on top.
    const int focus = m_model->focus();
    QList<QPointF> points;
    for (const al::CurvePoint& c : m_model->focusCurve())
        points.append(QPointF(c.z, c.y));
    m_curve->replace(points);
    m_point->replace({QPointF(m_model->logits()[static_cast<std::size_t>(focus)], p[static_cast<std::size_t>(focus)])});
    m_curve->setName(tr("p%1 as x%1 varies").arg(subscript(focus + 1)));
    m_curveX->setTitleText(tr("x%1").arg(subscript(focus + 1)));
    if (m_model->twoClasses()) {
        const al::Activation& sigmoid = *al::findActivation("sigmoid");
        QList<QPointF> overlay;
        for (const QPointF& q : points)
            overlay.append(QPointF(q.x(), sigmoid.evaluate((q.x() - m_model->otherLogit()) / m_model->temperature(), {}).f));
        m_sigmoid->replace(overlay);
        m_sigmoid->setName(tr("σ((x%1 − x%2) / T)").arg(subscript(focus + 1), subscript(2 - focus)));
        m_sigmoid->setVisible(true);
        m_note->setText(tr("With two classes softmax is the sigmoid: p%1 = σ((x%1 − x%2) / T). With x%2 = 0 and T = 1 it is "
                           "exactly σ(x%1) — so one sigmoid output is enough for a binary classifier; a two-way softmax computes "
                           "the same thing with one redundant output.")
                            .arg(subscript(focus + 1), subscript(2 - focus)));
    } else {
        m_sigmoid->clear();
        m_sigmoid->setVisible(false);
        m_note->setText(tr("Softmax turns K scores into probabilities that add up to 1; the largest score wins most. A "
                           "higher temperature T flattens the distribution, a lower one sharpens it. Softmax of a single "
                           "value is always 1: it needs at least two classes."));
    }
}

void SoftmaxView::retranslate()
{
    m_controls->setTitle(tr("Logits"));
    m_countLabel->setText(tr("Classes &K"));  // not Alt+C: the Compare tab has it
    m_count->setToolTip(tr("How many classes (logits) the softmax compares, 2 to 10"));
    m_count->setAccessibleName(tr("Number of classes"));
    m_reset->setText(tr("&Lecture example"));
    m_reset->setToolTip(tr("Back to the lecture's logits [−4, 5, 2, −8] with T = 1"));
    m_logBox->setText(tr("Show lo&g-softmax"));
    m_logBox->setToolTip(tr("Show log p instead of p (what a cross-entropy loss uses)"));
    m_focusLabel->setText(tr("Curve of class"));
    m_focus->setToolTip(tr("Whose probability is drawn as its own logit varies"));
    m_focus->setAccessibleName(tr("Class of the curve"));
    m_barView->chart()->setTitle(tr("softmax(x / T)"));
    m_curveView->chart()->setTitle(tr("One probability against its own logit"));
    m_curveY->setTitleText(tr("probability"));
    m_barView->chart()->setLocale(QLocale());
    m_curveView->chart()->setLocale(QLocale());
    refresh();
}

QString SoftmaxView::title() const
{
    return tr("&Softmax");
}

QString SoftmaxView::toolTip() const
{
    return tr("Softmax over several classes: probabilities, temperature, the link to the sigmoid");
}
