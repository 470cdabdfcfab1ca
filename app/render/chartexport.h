// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>
#include <QString>

QT_FORWARD_DECLARE_CLASS(QWidget)

// Saves what a widget draws (the chart) to PNG, SVG or PDF, chosen by the file's extension,
// through QSaveFile: the target is either untouched or complete, never half-written.
namespace ChartExport {

bool isSupported(const QString& path);
bool save(QWidget* widget, const QString& path, QSize size, QString* error);

}  // namespace ChartExport
