// SPDX-License-Identifier: MIT
#pragma once

#include "core/state/document.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Scenario files (*.alab): the lab's state document as versioned JSON (see README). The reader
// and the writer walk the schema, so a setting declared there is saved and read with nothing
// added here. Reading checks everything before anything is applied, so a bad file leaves the
// current state exactly as it was; errors come back as one sentence in the UI language.
namespace Scenarios {

inline constexpr int kVersion = 1;
inline constexpr qint64 kMaxFileSize = qint64{1024} * 1024;

QByteArray toJson(const al::state::Document& document);

struct Loaded {
    std::optional<al::state::Document> document;
    QString error;  // empty on success
};
Loaded fromJson(const QByteArray& json);
Loaded load(const QString& path);  // also refuses files over 1 MiB before reading them
// Written through QSaveFile: the old file survives any failure.
bool save(const al::state::Document& document, const QString& path, QString* error);

// A problem found by the schema, as one phrase in the UI language naming the setting by its path.
QString describe(const al::state::Problem& problem);

}  // namespace Scenarios
