// SPDX-License-Identifier: MIT
// GoogleTest main for widget tests: Qt's offscreen platform (ctest runs the binary without a
// display), a throw-away settings location, and English unless a test switches.
#include "languagemanager.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir settingsDir;
    qputenv("XDG_CONFIG_HOME", settingsDir.path().toUtf8());
    qputenv("XDG_RUNTIME_DIR", settingsDir.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ActivationLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ActivationLabTests"));
    LanguageManager::instance().apply(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
