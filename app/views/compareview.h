// SPDX-License-Identifier: MIT
#pragma once

#include "app/widgets/retranslated.h"
#include "app/pages/page.h"

#include "app/model/comparemodel.h"

#include <QPointer>
#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QChartView)
QT_FORWARD_DECLARE_CLASS(QCheckBox)
QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QGroupBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QLineSeries)
QT_FORWARD_DECLARE_CLASS(QListView)
QT_FORWARD_DECLARE_CLASS(QValueAxis)
class CatalogModel;
class SlopeTable;

// Several functions (or derivatives) on one chart, with presets for the pairs the lecture
// contrasts and a table of their maximum slopes.
class CompareView : public Retranslated<Page> {
    Q_OBJECT
public:
    explicit CompareView(CompareModel* model, QWidget* parent = nullptr);
    QString title() const override;
    QString toolTip() const override;

    // The drawn series by key; "identity" for 2σ(2z) − 1.
    QLineSeries* series(const QString& key) const;
    SlopeTable* slopeTable() const { return m_slopes; }
    QListView* functionList() const { return m_list; }
    CatalogModel* catalog() const { return m_catalog; }
    QComboBox* presetBox() const { return m_presets; }
    QChartView* chartView() const { return m_view; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void retranslate() override;
    // The curve kept for the i-th function (made when first needed, before the identity's).
    QLineSeries* curveSlot(int i);

    QPointer<CompareModel> m_model;
    QGroupBox* m_controls = nullptr;
    QLabel* m_presetLabel = nullptr;
    QComboBox* m_presets = nullptr;
    QListView* m_list = nullptr;
    CatalogModel* m_catalog = nullptr;
    QCheckBox* m_derivatives = nullptr;
    QCheckBox* m_identity = nullptr;
    QChartView* m_view = nullptr;
    QValueAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    // Kept and refilled: removing and adding series lays the legend and both axes out again. A
    // slot without a function is hidden (and so is its legend marker).
    QList<QLineSeries*> m_curves;
    QLineSeries* m_identitySeries = nullptr;
    SlopeTable* m_slopes = nullptr;
};
