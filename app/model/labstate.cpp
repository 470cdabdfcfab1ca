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
    for (const auto& [key, value] : patch) {
        if (std::find(m_locked.begin(), m_locked.end(), key) != m_locked.end()) {
            const al::state::Spec* spec = al::state::findSpec(key);
            if (spec)
                emit changed({spec->key});
            return std::nullopt;
        }
    }
    al::state::Document next = m_document;
    if (auto problem = next.apply(patch))
        return problem;
    commit(std::move(next));
    return std::nullopt;
}

void LabState::replace(const al::state::Document& document)
{
    commit(document);
}

void LabState::resetSection(std::string_view section)
{
    al::state::Document next = m_document;
    next.resetSection(section);
    commit(std::move(next));
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
