// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/labstate.h"

#include <QObject>

#include <string_view>

// A lesson's model: a thin adapter over its section of the lab's state. It reads its settings
// from the state, writes them through the state (which checks them by the schema), and derives
// from them what its view draws. Given no state, it keeps one of its own (tests, benchmarks).
class StateModel : public QObject {
    Q_OBJECT
public:
    LabState* state() const { return m_state; }
    // Back to the section's defaults, as declared in the schema.
    void reset() { m_state->resetSection(m_section); }

protected:
    StateModel(LabState* state, std::string_view section, QObject* parent);
    // Called after the state changed one or more keys of this model's section.
    virtual void sectionChanged(const LabState::Keys& keys) = 0;
    // Clamps a number to its setting's allowed range (slider and spin-box edits are clamped,
    // not refused); whole numbers for integer settings.
    static double clamped(std::string_view key, double value);

    LabState* m_state = nullptr;

private:
    std::string_view m_section;
};
