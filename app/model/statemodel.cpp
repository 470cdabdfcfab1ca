// SPDX-License-Identifier: MIT
#include "app/model/statemodel.h"

#include "core/state/schema.h"

#include <algorithm>
#include <cmath>

StateModel::StateModel(LabState* state, std::string_view section, QObject* parent)
    : QObject(parent), m_state(state ? state : new LabState(this)), m_section(section)
{
    connect(m_state, &LabState::changed, this, [this](const LabState::Keys& keys) {
        if (LabState::touches(keys, m_section))
            sectionChanged(keys);
    });
}

double StateModel::clamped(std::string_view key, double value)
{
    const al::state::Spec& s = al::state::spec(key);
    value = std::clamp(value, s.min, s.max);
    return s.type == al::state::Type::Integer ? std::round(value) : value;
}
