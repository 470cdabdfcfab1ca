// SPDX-License-Identifier: MIT
#pragma once

#include "app/widgets/retranslated.h"

#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QDoubleSpinBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QSlider)
namespace al::state {
struct Spec;
}

// A labelled slider and spin box for one number, kept in sync: dragging moves the spin box,
// typing an exact value moves the slider to the nearest step (the typed value is kept exact).
class ValueSlider : public Retranslated<QWidget> {
    Q_OBJECT
public:
    explicit ValueSlider(QWidget* parent = nullptr);
    // A control generated from a setting of the schema: its slider range, step, decimals, the
    // allowed range for typed values, its symbol, name and help (translated, and again after a
    // language change). `entry` numbers one element of a list setting (x₁, x₂ …), from 0.
    ValueSlider(const al::state::Spec& spec, int entry, QWidget* parent);

    void setRange(double min, double max, double step, int decimals);
    // The spin box may accept a wider range than the slider covers (exact typed values).
    void setSpinRange(double min, double max);
    void setValue(double value);  // does not emit valueEdited
    double value() const;
    void setLabel(const QString& text);
    void setHelp(const QString& toolTip, const QString& accessibleName);

    QSlider* slider() const { return m_slider; }
    QDoubleSpinBox* spinBox() const { return m_spin; }
    QLabel* label() const { return m_label; }

signals:
    void valueEdited(double value);

private:
    void onSliderMoved(int position);
    void onSpinChanged(double value);
    int positionFor(double value) const;

    QLabel* m_label = nullptr;
    QSlider* m_slider = nullptr;
    QDoubleSpinBox* m_spin = nullptr;
    void retranslate() override;

    const al::state::Spec* m_spec = nullptr;
    int m_entry = 0;
    double m_min = 0.0;
    double m_step = 0.01;
    bool m_updating = false;
};
