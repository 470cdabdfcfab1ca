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
    // A whole new state (a scenario file, an exercise's start): it drops the locks, since the
    // state is no longer the one they were set for, and says so with `replaced`.
    void replace(const al::state::Document& document);
    // The section's settings back to their defaults, except the locked ones.
    std::optional<al::state::Problem> resetSection(std::string_view section);
    // Settings an exercise holds fixed. set(), apply() and resetSection() leave them as they
    // are and announce them as changed, so a control that moved snaps back; the rest of a patch
    // still applies, unless it would move a locked setting as a side effect (another function
    // resets its parameters), and then none of it does.
    void setLocked(std::vector<std::string> keys);
    const std::vector<std::string>& locked() const { return m_locked; }
    bool isLocked(std::string_view key) const;

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
    void lockedChanged();
    void replaced();

private:
    void commit(al::state::Document document);
    // Commits `next` unless it moves a locked setting; announces the locked keys either way.
    void commitHeld(al::state::Document next, Keys held);

    al::state::Document m_document;
    std::vector<std::string> m_locked;
};
