// SPDX-License-Identifier: MIT
// Driving a file dialog from a test: the dialog is modal, so the answers are queued before the
// button that opens it is pressed, and run from the dialog's own event loop.
#pragma once

#include <QString>

#include <functional>

namespace testing_dialogs {

// Presses through `open` (a click or key that opens a file dialog), picks `path` in the dialog and
// returns the text of the message box that follows, if one comes (accepting it). `suggested`, if
// given, receives the file name the dialog offered.
QString pickFile(const std::function<void()>& open, const QString& path, QString* suggested = nullptr);

}  // namespace testing_dialogs
