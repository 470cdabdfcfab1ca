// SPDX-License-Identifier: MIT
#pragma once

#include "app/widgets/retranslated.h"
#include "app/pages/page.h"

class ActivationChartView;
class ExplorerModel;
class FunctionChooser;
class NeuronPanel;
class ParameterPanel;
class ReadoutView;
class SweepAnimator;
class SweepBar;

// The explorer's tab: the chart, the sweep bar and the read-out; beside the tabs, the function
// chooser, its parameters and the neuron.
class NeuronPage : public Retranslated<Page> {
    Q_OBJECT
public:
    explicit NeuronPage(ExplorerModel* model, QWidget* parent = nullptr);

    QString title() const override;
    QString toolTip() const override;
    QWidget* figure() override;
    QWidget* sidePanel() const override { return m_side; }
    bool showsExplorerChart() const override { return true; }

    ActivationChartView* chart() const { return m_chart; }
    ReadoutView* readout() const { return m_readout; }
    SweepAnimator* sweep() const { return m_sweep; }
    SweepBar* sweepBar() const { return m_sweepBar; }
    FunctionChooser* chooser() const { return m_chooser; }
    ParameterPanel* parameters() const { return m_parameters; }
    NeuronPanel* neuron() const { return m_neuron; }

private:
    void retranslate() override;

    ActivationChartView* m_chart = nullptr;
    ReadoutView* m_readout = nullptr;
    SweepAnimator* m_sweep = nullptr;
    SweepBar* m_sweepBar = nullptr;
    QWidget* m_side = nullptr;
    FunctionChooser* m_chooser = nullptr;
    ParameterPanel* m_parameters = nullptr;
    NeuronPanel* m_neuron = nullptr;
};
