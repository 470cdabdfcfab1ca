// SPDX-License-Identifier: MIT
#include "app/model/labstate.h"

#include "core/state/schema.h"

#include <algorithm>

std::optional<al::state::Problem> LabState::set(std::string_view key, al::state::Value value)
{
    return apply({{std::string(key), std::move(value)}});
}

std::optional<al::state::Problem> LabState::apply(const al::state::Patch& patch)
{
    al::state::Patch free;
    Keys held;
    for (const auto& entry : patch) {
        if (!isLocked(entry.first)) {
            free.push_back(entry);
        } else if (const al::state::Spec* spec = al::state::findSpec(entry.first)) {
            held.push_back(spec->key);
        }
    }
    al::state::Document next = m_document;
    if (auto problem = next.apply(free)) {
        if (!held.empty())
            emit changed(held);
        return problem;
    }
    commitHeld(std::move(next), std::move(held));
    return std::nullopt;
}

void LabState::replace(const al::state::Document& document)
{
    setLocked({});
    commit(document);
    emit replaced();
}

std::optional<al::state::Problem> LabState::resetSection(std::string_view section)
{
    al::state::Document next = m_document;
    next.resetSection(section);
    Keys held;
    for (const std::string& key : m_locked) {
        if (next.value(key) == m_document.value(key))
            continue;
        next.setAlone(key, m_document.value(key));
        held.push_back(al::state::spec(key).key);
    }
    if (auto problem = next.checkRelations()) {
        if (!held.empty())
            emit changed(held);
        return problem;
    }
    commitHeld(std::move(next), std::move(held));
    return std::nullopt;
}

void LabState::setLocked(std::vector<std::string> keys)
{
    if (keys == m_locked)
        return;
    m_locked = std::move(keys);
    emit lockedChanged();
}

bool LabState::isLocked(std::string_view key) const
{
    return std::find(m_locked.begin(), m_locked.end(), key) != m_locked.end();
}

void LabState::commitHeld(al::state::Document next, Keys held)
{
    for (const std::string& key : m_locked) {
        if (!(next.value(key) == m_document.value(key))) {
            held.push_back(al::state::spec(key).key);
            emit changed(held);
            return;
        }
    }
    commit(std::move(next));
    if (!held.empty())
        emit changed(held);
}

void LabState::commit(al::state::Document document)
{
    const Keys keys = document.differences(m_document);
    if (keys.empty())
        return;
    m_document = std::move(document);
    emit changed(keys);
}

QStringList LabState::texts(std::string_view key) const
{
    QStringList list;
    for (const std::string& s : m_document.texts(key))
        list.append(QString::fromStdString(s));
    return list;
}

std::vector<std::string> LabState::toStd(const QStringList& list)
{
    std::vector<std::string> out;
    out.reserve(static_cast<std::size_t>(list.size()));
    for (const QString& s : list)
        out.push_back(s.toStdString());
    return out;
}

bool LabState::touches(const Keys& keys, std::string_view section)
{
    return std::any_of(keys.begin(), keys.end(), [section](std::string_view k) {
        return k.size() > section.size() && k.substr(0, section.size()) == section && k[section.size()] == '.';
    });
}
