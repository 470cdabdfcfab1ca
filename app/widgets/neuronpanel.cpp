// SPDX-License-Identifier: MIT
#include "app/widgets/neuronpanel.h"

#include "core/neuron.h"
#include "app/widgets/controllocks.h"
#include "app/widgets/valueslider.h"
#include "core/state/schema.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

NeuronPanel::NeuronPanel(ExplorerModel* model, QWidget* parent) : Retranslated(parent), m_model(model)
{
    auto* layout = new QVBoxLayout(this);
    auto* countRow = new QHBoxLayout();
    m_countLabel = new QLabel(this);
    m_count = new QSpinBox(this);
    const al::state::Spec& inputs = al::state::spec("explorer.neuron.inputs");
    m_count->setRange(inputs.minCount, inputs.maxCount);
    m_countLabel->setBuddy(m_count);
    // The count edits both lists; the reset keeps what is locked (LabState::apply).
    ControlLocks::bind(m_count, QStringLiteral("explorer.neuron.inputs,explorer.neuron.weights"));
    m_reset = new QPushButton(this);
    countRow->addWidget(m_countLabel);
    countRow->addWidget(m_count);
    countRow->addStretch(1);
    countRow->addWidget(m_reset);
    layout->addLayout(countRow);

    for (int i = 0; i < inputs.maxCount; ++i) {
        auto* x = new ValueSlider(inputs, i, this);
        auto* w = new ValueSlider(al::state::spec("explorer.neuron.weights"), i, this);
        x->setObjectName(QStringLiteral("input_%1").arg(i + 1));
        w->setObjectName(QStringLiteral("weight_%1").arg(i + 1));
        layout->addWidget(x);
        layout->addWidget(w);
        connect(x, &ValueSlider::valueEdited, this, [this, i](double v) { m_model->setInput(i, v); });
        connect(w, &ValueSlider::valueEdited, this, [this, i](double v) { m_model->setWeight(i, v); });
        m_inputs.append(x);
        m_weights.append(w);
    }
    m_bias = new ValueSlider(al::state::spec("explorer.neuron.bias"), 0, this);
    m_bias->setObjectName(QStringLiteral("bias"));
    layout->addWidget(m_bias);
    m_epsilon = new ValueSlider(al::state::spec("explorer.epsilon"), 0, this);
    m_epsilon->setObjectName(QStringLiteral("epsilon"));
    layout->addWidget(m_epsilon);

    connect(m_count, &QSpinBox::valueChanged, m_model, &ExplorerModel::setInputCount);
    connect(m_bias, &ValueSlider::valueEdited, m_model, &ExplorerModel::setBias);
    connect(m_epsilon, &ValueSlider::valueEdited, m_model, &ExplorerModel::setEpsilon);
    connect(m_reset, &QPushButton::clicked, m_model, &ExplorerModel::resetNeuron);
    connect(m_model, &ExplorerModel::changed, this, [this](ExplorerModel::Changes what) {
        if (what.testAnyFlags(ExplorerModel::NeuronChanged | ExplorerModel::EpsilonChanged))
            syncFromModel();
    });
    retranslate();
    syncFromModel();
}

void NeuronPanel::syncFromModel()
{
    const al::Neuron& n = m_model->neuron();
    const int count = static_cast<int>(n.inputCount());
    {
        const QSignalBlocker block(m_count);
        m_count->setValue(count);
    }
    // Touch only what differs: a slider step must not repaint the whole panel.
    const auto sync = [](ValueSlider* s, double v) {
        if (s->value() != v)
            s->setValue(v);
    };
    for (int i = 0; i < m_inputs.size(); ++i) {
        const bool used = i < count;
        if (m_inputs[i]->isVisibleTo(this) != used) {
            m_inputs[i]->setVisible(used);
            m_weights[i]->setVisible(used);
        }
        if (used) {
            sync(m_inputs[i], n.input(std::size_t(i)));
            sync(m_weights[i], n.weight(std::size_t(i)));
        }
    }
    sync(m_bias, n.bias());
    sync(m_epsilon, m_model->epsilon());
}

void NeuronPanel::retranslate()
{
    setTitle(tr("Neuron"));
    m_countLabel->setText(tr("&Inputs"));
    m_count->setToolTip(tr("How many inputs xᵢ the neuron has (1 to 8)"));
    m_count->setAccessibleName(tr("Number of inputs"));
    m_reset->setText(tr("&Reset"));
    m_reset->setToolTip(tr("Restore the default inputs, weights and bias"));
}

