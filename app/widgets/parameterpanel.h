// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/explorermodel.h"

#include <QGroupBox>
#include <QPointer>

QT_FORWARD_DECLARE_CLASS(QLabel)
class ParameterSliders;
class ValueSlider;

// A slider + spin box for each parameter of the chosen function, and only those; ranges come
// from the catalog. Says so when the function has no parameters.
class ParameterPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit ParameterPanel(ExplorerModel* model, QWidget* parent = nullptr);

    const QList<ValueSlider*>& sliders() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void follow();
    void retranslate();

    QPointer<ExplorerModel> m_model;
    ParameterSliders* m_sliders = nullptr;
    QLabel* m_none = nullptr;
};
