// SPDX-License-Identifier: MIT
// GoogleTest main for widget tests: Qt's offscreen platform (ctest runs the binary without a
// display), a throw-away settings location, and English unless a test switches.
#include "app/appearance.h"
#include "app/languagemanager.h"
#include "app/memorypolicy.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir settingsDir;
    qputenv("XDG_CONFIG_HOME", settingsDir.path().toUtf8());
    qputenv("XDG_RUNTIME_DIR", settingsDir.path().toUtf8());
    // Every test process gets its own settings file (ctest runs tests in parallel); Qt's test
    // mode would share ~/.qttest between them.
    QApplication app(argc, argv);
    Appearance::instance().setScale(1.0);  // the app's style (AppStyle) and palette, as at its start
    turnOffSharedPixmapCache();  // as the application does
    QCoreApplication::setOrganizationName(QStringLiteral("ActivationLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ActivationLabTests"));
    LanguageManager::instance().apply(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
