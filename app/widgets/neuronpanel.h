// SPDX-License-Identifier: MIT
#pragma once

#include "app/widgets/retranslated.h"
#include "app/model/explorermodel.h"

#include <QGroupBox>
#include <QPointer>

QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QSpinBox)
class ValueSlider;

// The neuron's controls: number of inputs (1–8), x_i and w_i for each input, the bias b, the
// vanishing threshold ε, and a reset button.
class NeuronPanel : public Retranslated<QGroupBox> {
    Q_OBJECT
public:

    explicit NeuronPanel(ExplorerModel* model, QWidget* parent = nullptr);

    QSpinBox* inputCountBox() const { return m_count; }
    ValueSlider* inputSlider(int i) const { return m_inputs.value(i); }
    ValueSlider* weightSlider(int i) const { return m_weights.value(i); }
    ValueSlider* biasSlider() const { return m_bias; }
    ValueSlider* epsilonSlider() const { return m_epsilon; }
    QPushButton* resetButton() const { return m_reset; }

private:
    void syncFromModel();
    void retranslate() override;

    QPointer<ExplorerModel> m_model;
    QLabel* m_countLabel = nullptr;
    QSpinBox* m_count = nullptr;
    QList<ValueSlider*> m_inputs;
    QList<ValueSlider*> m_weights;
    ValueSlider* m_bias = nullptr;
    ValueSlider* m_epsilon = nullptr;
    QPushButton* m_reset = nullptr;
};
