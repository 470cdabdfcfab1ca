// SPDX-License-Identifier: MIT
#pragma once

#include "core/state/document.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <vector>

QT_FORWARD_DECLARE_CLASS(QAction)
QT_FORWARD_DECLARE_CLASS(QWidget)
class LabState;

// Controls that edit a locked setting look locked: greyed out, and hovering one says why (a
// disabled widget still gets tool-tip events, so the reason is shown without touching the
// control's own tool tip, which its language change rewrites). A control names the settings it
// edits in its "stateKey" property, several separated by commas (the neuron's input count edits
// the inputs and the weights); widgets and actions anywhere under `root` are found, and again at
// every change of the state, so controls built later (a new function's parameters) lock too.
class ControlLocks : public QObject {
    Q_OBJECT
public:
    ControlLocks(LabState* state, QWidget* root, QObject* parent = nullptr);

    // The tool tip of a locked control.
    void setReason(const QString& reason);
    QString reason() const { return m_reason; }
    // True when the control (or the one it belongs to) is held by a lock.
    bool holds(const QObject* control) const;

    static void bind(QObject* control, const QString& keys);
    // A control that applies a patch (a preset) edits every setting in it.
    static void bind(QObject* control, const al::state::Patch& patch);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Held {
        QPointer<QObject> control;
        bool wasEnabled = true;
    };
    void refresh();
    bool lockedFor(const QObject* control) const;
    void hold(QObject* control);
    void release(const Held& held);

    LabState* m_state = nullptr;
    QPointer<QWidget> m_root;
    QString m_reason;
    std::vector<Held> m_held;
};
