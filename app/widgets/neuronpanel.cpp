// SPDX-License-Identifier: MIT
#include "app/widgets/neuronpanel.h"

#include "core/neuron.h"
#include "app/widgets/valueslider.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QString subscript(int n)
{
    return {QChar(0x2080 + n)};
}

}  // namespace

NeuronPanel::NeuronPanel(ExplorerModel* model, QWidget* parent) : QGroupBox(parent), m_model(model)
{
    auto* layout = new QVBoxLayout(this);
    auto* countRow = new QHBoxLayout();
    m_countLabel = new QLabel(this);
    m_count = new QSpinBox(this);
    m_count->setRange(int(al::Neuron::kMinInputs), int(al::Neuron::kMaxInputs));
    m_countLabel->setBuddy(m_count);
    m_reset = new QPushButton(this);
    countRow->addWidget(m_countLabel);
    countRow->addWidget(m_count);
    countRow->addStretch(1);
    countRow->addWidget(m_reset);
    layout->addLayout(countRow);

    for (int i = 0; i < int(al::Neuron::kMaxInputs); ++i) {
        auto* x = new ValueSlider(this);
        auto* w = new ValueSlider(this);
        x->setObjectName(QStringLiteral("input_%1").arg(i + 1));
        w->setObjectName(QStringLiteral("weight_%1").arg(i + 1));
        for (ValueSlider* s : {x, w}) {
            s->setRange(-kValueLimit, kValueLimit, 0.01, 2);
            s->setSpinRange(-1000.0, 1000.0);
            layout->addWidget(s);
        }
        connect(x, &ValueSlider::valueEdited, this, [this, i](double v) { m_model->setInput(i, v); });
        connect(w, &ValueSlider::valueEdited, this, [this, i](double v) { m_model->setWeight(i, v); });
        m_inputs.append(x);
        m_weights.append(w);
    }
    m_bias = new ValueSlider(this);
    m_bias->setObjectName(QStringLiteral("bias"));
    m_bias->setRange(-kValueLimit, kValueLimit, 0.01, 2);
    m_bias->setSpinRange(-1000.0, 1000.0);
    layout->addWidget(m_bias);
    m_epsilon = new ValueSlider(this);
    m_epsilon->setObjectName(QStringLiteral("epsilon"));
    m_epsilon->setRange(0.0, 0.3, 0.001, 3);
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
    for (int i = 0; i < m_inputs.size(); ++i) {
        const QString n = subscript(i + 1);
        m_inputs[i]->setLabel(QStringLiteral("x") + n);
        m_inputs[i]->setHelp(tr("Input x%1: a value the neuron receives").arg(n), tr("Input %1").arg(i + 1));
        m_weights[i]->setLabel(QStringLiteral("w") + n);
        m_weights[i]->setHelp(tr("Weight w%1: how strongly input x%1 counts in z").arg(n), tr("Weight %1").arg(i + 1));
    }
    m_bias->setLabel(QStringLiteral("b"));
    m_bias->setHelp(tr("Bias b: shifts z regardless of the inputs"), tr("Bias"));
    m_epsilon->setLabel(QStringLiteral("ε"));
    m_epsilon->setHelp(tr("Vanishing threshold ε: where |f′(z)| < ε the gradient is considered vanishing"),
                       tr("Vanishing threshold"));
}

void NeuronPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}
