// SPDX-License-Identifier: MIT
#include "app/pages/neuronpage.h"

#include "app/lessons/sweepanimator.h"
#include "app/lessons/sweepbar.h"
#include "app/views/activationchartview.h"
#include "app/views/readoutview.h"
#include "app/widgets/controllocks.h"
#include "app/widgets/functionchooser.h"
#include "app/widgets/neuronpanel.h"
#include "app/widgets/parameterpanel.h"

#include <QEvent>
#include <QVBoxLayout>

NeuronPage::NeuronPage(ExplorerModel* model, QWidget* parent) : Retranslated(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chart = new ActivationChartView(model, this);
    m_readout = new ReadoutView(model, this);
    m_sweep = new SweepAnimator(model, this);
    m_sweepBar = new SweepBar(m_sweep, this);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_sweepBar);
    layout->addWidget(m_readout);

    // The controls live beside the tabs when a window shows this page; drawn alone, they stay hidden.
    m_side = new QWidget(this);
    m_side->hide();
    auto* side = new QVBoxLayout(m_side);
    m_chooser = new FunctionChooser(model, m_side);
    ControlLocks::bind(m_chooser, QStringLiteral("explorer.function"));  // exercises lock it by key
    m_parameters = new ParameterPanel(model, m_side);
    m_neuron = new NeuronPanel(model, m_side);
    side->addWidget(m_chooser);
    side->addWidget(m_parameters);
    side->addWidget(m_neuron);
    side->addStretch(1);
    retranslate();
}

void NeuronPage::retranslate()
{
    m_chart->setAccessibleName(tr("Chart of the function and its derivative"));
    m_chart->setToolTip(tr("Wheel: zoom • drag: pan • Home: reset view • arrows: pan • +/−: zoom"));
    m_readout->setAccessibleName(tr("Neuron read-out"));
}

QString NeuronPage::title() const
{
    return tr("&Neuron");
}

QString NeuronPage::toolTip() const
{
    return tr("One neuron: the curve, its derivative and the gradient regions");
}

QWidget* NeuronPage::figure()
{
    return m_chart;
}
