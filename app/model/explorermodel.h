// SPDX-License-Identifier: MIT
#pragma once

#include "core/activation.h"
#include "core/gradientregions.h"
#include "core/neuron.h"

#include <QObject>
#include <QString>

// The visible window of the chart in data units.
struct ViewRange {
    double zMin = -6.0;
    double zMax = 6.0;
    double yMin = -1.5;
    double yMax = 1.5;
    friend bool operator==(const ViewRange&, const ViewRange&) = default;
};

// Where the neuron's current z lies with respect to learning.
enum class GradientZone { Learning, Vanishing, Dead, Undefined };

// The one state of the explorer: chosen function and its parameters, the neuron, ε, the view
// and the display switches. Widgets write here; views read from here when `changed` fires.
// All math is delegated to core/.
class ExplorerModel : public QObject {
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

    static constexpr double kDefaultEpsilon = 0.01;
    static constexpr double kMinSpan = 1e-3;  // the closest zoom
    static constexpr double kMaxSpan = 2000.0;  // the widest zoom: z in [-1000, 1000]
    static constexpr double kMaxCoordinate = 1e6;  // views stay within ±1e6 on both axes

    explicit ExplorerModel(QObject* parent = nullptr);

    // Function and parameters
    const al::Activation& activation() const { return *m_activation; }
    int functionIndex() const { return m_functionIndex; }
    QString functionKey() const;
    const al::ParameterValues& parameters() const { return m_parameters; }
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
    double epsilon() const { return m_epsilon; }
    void setEpsilon(double epsilon);

    // View
    const ViewRange& view() const { return m_view; }
    void setView(const ViewRange& view);
    void resetView();  // z in [-6, 6], y fitted to the curve
    void zoom(double factor, double centerZ, double centerY);  // factor < 1 zooms in
    void pan(double dz, double dy);

    // Display switches
    bool showDerivative() const { return m_showDerivative; }
    bool showTangent() const { return m_showTangent; }
    void setShowDerivative(bool on);
    void setShowTangent(bool on);

    // Derived, computed by core/
    double z() const { return m_neuron.z(); }
    al::FunctionValues valuesAtZ() const { return m_activation->evaluate(z(), m_parameters); }
    GradientZone zoneAt(double z) const;
    GradientZone zone() const { return zoneAt(z()); }
    const al::GradientRegions& regions() const { return m_regions; }
    // The y range that shows f and f' over the current z range.
    ViewRange fittedView(double zMin, double zMax) const;

signals:
    void changed(ExplorerModel::Changes what);

private:
    void emitChanged(Changes what);
    void updateRegions();

    const al::Activation* m_activation = nullptr;
    int m_functionIndex = 0;
    al::ParameterValues m_parameters;
    al::Neuron m_neuron;
    double m_epsilon = kDefaultEpsilon;
    ViewRange m_view;
    bool m_showDerivative = true;
    bool m_showTangent = true;
    al::GradientRegions m_regions;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ExplorerModel::Changes)
