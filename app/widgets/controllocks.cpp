// SPDX-License-Identifier: MIT
#include "app/widgets/controllocks.h"

#include "app/model/labstate.h"

#include <QAction>
#include <QHelpEvent>
#include <QTimer>
#include <QToolTip>
#include <QWidget>

#include <algorithm>

namespace {

const char* const kKeys = "stateKey";

}  // namespace

ControlLocks::ControlLocks(LabState* state, QWidget* root, QObject* parent) : QObject(parent), m_state(state), m_root(root)
{
    connect(m_state, &LabState::lockedChanged, this, &ControlLocks::refresh);
    connect(m_state, &LabState::changed, this, [this] {
        if (m_state->locked().empty() && m_held.empty())
            return;
        refresh();
        // Views that rebuild controls on their model's change may do it after this slot.
        QTimer::singleShot(0, this, &ControlLocks::refresh);
    });
}

void ControlLocks::bind(QObject* control, const QString& keys)
{
    control->setProperty(kKeys, keys);
}

void ControlLocks::bind(QObject* control, const al::state::Patch& patch)
{
    QStringList keys;
    for (const auto& entry : patch)
        keys << QString::fromStdString(entry.first);
    bind(control, keys.join(QLatin1Char(',')));
}

void ControlLocks::setReason(const QString& reason)
{
    m_reason = reason;
}

bool ControlLocks::lockedFor(const QObject* control) const
{
    const QString keys = control->property(kKeys).toString();
    if (keys.isEmpty())
        return false;
    const QStringList list = keys.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return std::any_of(list.begin(), list.end(), [this](const QString& k) { return m_state->isLocked(k.trimmed().toStdString()); });
}

bool ControlLocks::holds(const QObject* control) const
{
    for (const QObject* o = control; o; o = o->parent())
        for (const Held& h : m_held)
            if (h.control == o)
                return true;
    return false;
}

void ControlLocks::hold(QObject* control)
{
    Held held{control, true};
    if (auto* w = qobject_cast<QWidget*>(control)) {
        held.wasEnabled = w->isEnabled();
        w->setEnabled(false);
        w->installEventFilter(this);
        for (QWidget* child : w->findChildren<QWidget*>())
            child->installEventFilter(this);
    } else if (auto* a = qobject_cast<QAction*>(control)) {
        held.wasEnabled = a->isEnabled();
        a->setEnabled(false);
    }
    m_held.push_back(held);
}

void ControlLocks::release(const Held& held)
{
    if (!held.control)
        return;
    if (auto* w = qobject_cast<QWidget*>(held.control)) {
        w->removeEventFilter(this);
        for (QWidget* child : w->findChildren<QWidget*>())
            child->removeEventFilter(this);
        w->setEnabled(held.wasEnabled);
    } else if (auto* a = qobject_cast<QAction*>(held.control)) {
        a->setEnabled(held.wasEnabled);
    }
}

void ControlLocks::refresh()
{
    if (!m_root)
        return;
    // Release what is no longer locked (or gone).
    std::vector<Held> still;
    for (const Held& h : m_held) {
        if (h.control && lockedFor(h.control))
            still.push_back(h);
        else
            release(h);
    }
    m_held = std::move(still);
    if (m_state->locked().empty())
        return;
    QList<QObject*> candidates;
    for (QWidget* w : m_root->findChildren<QWidget*>())
        candidates.append(w);
    for (QAction* a : m_root->findChildren<QAction*>())
        candidates.append(a);
    for (QObject* o : candidates) {
        if (!lockedFor(o))
            continue;
        const auto it = std::find_if(m_held.begin(), m_held.end(), [o](const Held& h) { return h.control == o; });
        if (it == m_held.end()) {
            hold(o);
        } else if (auto* w = qobject_cast<QWidget*>(o); w && w->isEnabled()) {
            // Its view enabled it again for a reason of its own: keep that for after the lock.
            it->wasEnabled = true;
            w->setEnabled(false);
        } else if (auto* a = qobject_cast<QAction*>(o); a && a->isEnabled()) {
            it->wasEnabled = true;
            a->setEnabled(false);
        }
    }
}

bool ControlLocks::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ToolTip && !m_reason.isEmpty()) {
        auto* help = static_cast<QHelpEvent*>(event);
        QToolTip::showText(help->globalPos(), m_reason, qobject_cast<QWidget*>(watched));
        return true;
    }
    return QObject::eventFilter(watched, event);
}
