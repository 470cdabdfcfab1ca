// SPDX-License-Identifier: MIT
#pragma once

#include "core/state/document.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>
#include <vector>

// The one state of the lab in the window: a schema-checked document that the models adapt and
// that scenario files, the tour and the renderer read and write whole. Every change goes through
// here, is checked by the schema, and is announced with the keys that changed.
class LabState : public QObject {
    Q_OBJECT
public:
    using Keys = std::vector<std::string_view>;  // keys of the schema, in its order

    explicit LabState(QObject* parent = nullptr) : QObject(parent) {}

    const al::state::Document& document() const { return m_document; }

    // Refused values change nothing and return why.
    std::optional<al::state::Problem> set(std::string_view key, al::state::Value value);
    std::optional<al::state::Problem> apply(const al::state::Patch& patch);
    void replace(const al::state::Document& document);
    void resetSection(std::string_view section);
    // Settings an exercise holds fixed: set() and apply() leave them as they are and announce
    // them as changed, so a control that moved snaps back. replace() (a file, the tour) is not held.
    void setLocked(std::vector<std::string> keys) { m_locked = std::move(keys); }
    const std::vector<std::string>& locked() const { return m_locked; }

    // Conveniences for the models, with Qt types.
    double number(std::string_view key) const { return m_document.number(key); }
    bool boolean(std::string_view key) const { return m_document.boolean(key); }
    QString text(std::string_view key) const { return QString::fromStdString(m_document.text(key)); }
    const std::vector<double>& numbers(std::string_view key) const { return m_document.numbers(key); }
    QStringList texts(std::string_view key) const;
    static std::vector<std::string> toStd(const QStringList& list);

    // True when one of the keys lies in the section ("softmax").
    static bool touches(const Keys& keys, std::string_view section);

signals:
    void changed(const LabState::Keys& keys);

private:
    void commit(al::state::Document document);

    al::state::Document m_document;
    std::vector<std::string> m_locked;
};
