// SPDX-License-Identifier: MIT
#pragma once

#include "app/widgets/retranslated.h"
#include "app/pages/page.h"

#include "app/model/softmaxmodel.h"

#include <QPointer>
#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QBarCategoryAxis)
QT_FORWARD_DECLARE_CLASS(QBarSeries)
QT_FORWARD_DECLARE_CLASS(QBarSet)
QT_FORWARD_DECLARE_CLASS(QChartView)
QT_FORWARD_DECLARE_CLASS(QCheckBox)
QT_FORWARD_DECLARE_CLASS(QGroupBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QLineSeries)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QScatterSeries)
QT_FORWARD_DECLARE_CLASS(QSpinBox)
QT_FORWARD_DECLARE_CLASS(QValueAxis)
class ValueSlider;

// Softmax over K logits: the probabilities as bars with their values, the sum, the winner
// highlighted; temperature and log-softmax; and one class's probability as its own logit moves,
// which for two classes is the sigmoid.
class SoftmaxView : public Retranslated<Page> {
    Q_OBJECT
public:
    explicit SoftmaxView(SoftmaxModel* model, QWidget* parent = nullptr);
    QString title() const override;
    QString toolTip() const override;
    QString infoPage() const override { return QStringLiteral("softmax"); }

    QBarSet* bars() const { return m_set; }
    QLineSeries* curveSeries() const { return m_curve; }
    QLineSeries* sigmoidSeries() const { return m_sigmoid; }
    QLabel* sumLabel() const { return m_sum; }
    QLabel* noteLabel() const { return m_note; }
    QSpinBox* countBox() const { return m_count; }
    ValueSlider* logitSlider(int i) const { return m_logitSliders.value(i); }
    ValueSlider* temperatureSlider() const { return m_temperature; }
    QCheckBox* logBox() const { return m_logBox; }
    QSpinBox* focusBox() const { return m_focus; }
    QChartView* barChartView() const { return m_barView; }

private:
    void refresh();
    void retranslate() override;

    QPointer<SoftmaxModel> m_model;
    QGroupBox* m_controls = nullptr;
    QLabel* m_countLabel = nullptr;
    QSpinBox* m_count = nullptr;
    QList<ValueSlider*> m_logitSliders;
    ValueSlider* m_temperature = nullptr;
    QCheckBox* m_logBox = nullptr;
    QLabel* m_focusLabel = nullptr;
    QSpinBox* m_focus = nullptr;
    QPushButton* m_reset = nullptr;
    QChartView* m_barView = nullptr;
    QBarSeries* m_series = nullptr;
    QBarSet* m_set = nullptr;
    QBarCategoryAxis* m_categories = nullptr;
    QValueAxis* m_barAxis = nullptr;
    QLabel* m_sum = nullptr;
    QChartView* m_curveView = nullptr;
    QLineSeries* m_curve = nullptr;
    QLineSeries* m_sigmoid = nullptr;
    QScatterSeries* m_point = nullptr;
    QValueAxis* m_curveX = nullptr;
    QValueAxis* m_curveY = nullptr;
    QLabel* m_note = nullptr;
};
