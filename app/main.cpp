// SPDX-License-Identifier: MIT
#include "app/appearance.h"
#include "app/cli/commandline.h"
#include "app/exercise/exercisecommand.h"
#include "app/model/explorermodel.h"
#include "app/render/figurerenderer.h"
#include "app/languagemanager.h"
#include "app/memorypolicy.h"
#include "app/mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

#include <iostream>
#include <string>
#include <vector>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ActivationLab"));
    QCoreApplication::setApplicationName(QStringLiteral("ActivationLab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACTIVATIONLAB_VERSION));
}

}  // namespace

int main(int argc, char** argv)
{
    useMappedMemoryForLargeBlocks();
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (!al::wantsWindow(args)) {
        // The command line needs no display. Only `render` starts Qt, on the offscreen
        // platform, so figures come out the same with or without a desktop.
        const al::RenderCommand render = [&](const al::RenderRequest& request, std::ostream& err) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            // Qt's notes about the offscreen platform are not the user's business: stderr
            // carries exactly one line, and only on failure.
            qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
                if (type == QtCriticalMsg || type == QtFatalMsg)
                    std::cerr << "activationlab: " << message.toStdString() << '\n';
            });
            int qtArgc = 1;
            QApplication app(qtArgc, argv);
            // As in the window: an SVG or PDF export must never reuse a pixel picture of a chart.
            turnOffSharedPixmapCache();
            describeApplication();
            return renderFigure(request, err);
        };
        const al::ExerciseCommand exercise = [](const al::ExerciseRequest& r, std::ostream& out, std::ostream& err) {
            return runExerciseCommand(r.action, r.id, r.language, r.answer, r.stateFile, out, err);
        };
        return al::runCommandLine(args, std::cout, std::cerr, render, exercise);
    }

    QApplication app(argc, argv);
    turnOffSharedPixmapCache();
    describeApplication();
    // Lets Wayland and the taskbar match the window to the installed launcher and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.activationlab.ActivationLab"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("activationlab"), QIcon(QStringLiteral(":/icons/activationlab.svg"))));
    LanguageManager::instance().apply(LanguageManager::initialLanguage());
    Appearance::instance().load();
    ExplorerModel model;
    MainWindow window(&model);
    returnFreedMemoryPeriodically(&app);
    window.restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
    if (QSettings().value(QStringLiteral("window/fullScreen"), false).toBool())
        window.showFullScreen();
    else
        window.show();
    if (!args.empty()) {
        // `activationlab lesson.alab`: a bad file is reported and the defaults stay.
        QString error;
        if (!window.openScenario(QString::fromLocal8Bit(argv[1]), &error))
            QMessageBox::warning(&window, MainWindow::tr("Open Scenario"), error);
    }
    return QApplication::exec();
}
