// SPDX-License-Identifier: MIT
#pragma once

#include "app/widgets/retranslated.h"
#include "app/model/explorermodel.h"

#include <QGroupBox>
#include <QPointer>

QT_FORWARD_DECLARE_CLASS(QLabel)
class ParameterSliders;
class ValueSlider;

// A slider + spin box for each parameter of the chosen function, and only those; ranges come
// from the catalog. Says so when the function has no parameters.
class ParameterPanel : public Retranslated<QGroupBox> {
    Q_OBJECT
public:
    explicit ParameterPanel(ExplorerModel* model, QWidget* parent = nullptr);

    const QList<ValueSlider*>& sliders() const;

private:
    void follow();
    void retranslate() override;

    QPointer<ExplorerModel> m_model;
    ParameterSliders* m_sliders = nullptr;
    QLabel* m_none = nullptr;
};
