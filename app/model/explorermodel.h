// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/statemodel.h"
#include "core/activation.h"
#include "core/gradientregions.h"
#include "core/neuron.h"
#include "core/viewrange.h"

#include <QString>

using ViewRange = al::ViewRange;

using GradientZone = al::GradientZone;

// The explorer: chosen function and its parameters, the neuron, ε, the view and the display
// switches (the settings "explorer.*" of the schema). Widgets write here; views read from here
// when `changed` fires, told what changed. All math is delegated to core/.
class ExplorerModel : public StateModel {
    Q_OBJECT
public:
    enum Change {
        FunctionChanged = 0x01,
        ParametersChanged = 0x02,
        NeuronChanged = 0x04,
        EpsilonChanged = 0x08,
        ViewChanged = 0x10,
        DisplayChanged = 0x20,
        // What changes the curve's shape (and so everything drawn).
        CurveChanged = FunctionChanged | ParametersChanged,
    };
    Q_DECLARE_FLAGS(Changes, Change)

    explicit ExplorerModel(LabState* state = nullptr, QObject* parent = nullptr);

    // Function and parameters
    const al::Activation& activation() const { return *m_activation; }
    int functionIndex() const { return m_functionIndex; }
    QString functionKey() const;
    const al::ParameterValues& parameters() const { return m_state->numbers("explorer.parameters"); }
    bool setFunction(const QString& key);  // false (nothing changes) for an unknown key
    void setFunctionIndex(int index);
    void setParameter(int index, double value);  // clamped to the catalog's allowed range

    // Neuron
    const al::Neuron& neuron() const { return m_neuron; }
    void setInputCount(int count);
    void setInput(int i, double x);
    void setWeight(int i, double w);
    void setBias(double b);
    void setNeuron(const al::Neuron& neuron);
    void resetNeuron();

    // Vanishing threshold ε
    double epsilon() const { return m_state->number("explorer.epsilon"); }
    void setEpsilon(double epsilon);

    // View
    const ViewRange& view() const { return m_view; }
    void setView(const ViewRange& view);  // an unusable view (see the schema) changes nothing
    void resetView();  // the default z range, y fitted to the curve
    void zoom(double factor, double centerZ, double centerY);  // factor < 1 zooms in
    void pan(double dz, double dy);

    // Display switches
    bool showDerivative() const { return m_state->boolean("explorer.showDerivative"); }
    bool showTangent() const { return m_state->boolean("explorer.showTangent"); }
    void setShowDerivative(bool on);
    void setShowTangent(bool on);

    // Derived, computed by core/
    double z() const { return m_neuron.z(); }
    al::FunctionValues valuesAtZ() const { return m_activation->evaluate(z(), parameters()); }
    GradientZone zoneAt(double z) const { return al::gradientZone(*m_activation, parameters(), epsilon(), z); }
    GradientZone zone() const { return zoneAt(z()); }
    const al::GradientRegions& regions() const { return m_regions; }
    // The y range that shows f and f' over the given z range.
    ViewRange fittedView(double zMin, double zMax) const { return al::fitView(*m_activation, parameters(), zMin, zMax); }

signals:
    void changed(ExplorerModel::Changes what);

protected:
    void sectionChanged(const LabState::Keys& keys) override;

private:
    void setNeuronLists(const std::vector<double>& inputs, const std::vector<double>& weights);
    void refresh(Changes what);

    const al::Activation* m_activation = nullptr;
    int m_functionIndex = 0;
    al::Neuron m_neuron;
    ViewRange m_view;
    al::GradientRegions m_regions;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ExplorerModel::Changes)
