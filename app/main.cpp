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
#include <QTimer>
#include <QMessageBox>
#include <QSettings>

#include <chrono>
#include <cstdio>
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

// ACTIVATIONLAB_STARTUP_PROBE=1: after the main window's first paint has been flushed to the
// screen, print the moment (wall clock, so the launching script can subtract its own) and
// quit, so tests/bench/startup.sh can time exec → first frame.
class StartupProbe : public QObject {
public:
    explicit StartupProbe(std::chrono::steady_clock::time_point mainEntered) : m_mainEntered(mainEntered) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && watched->isWidgetType()) {
            m_seen = true;
            // The repaint manager flushes after it has painted every dirty widget of the window.
            QTimer::singleShot(0, this, [this] {
                const auto wall = std::chrono::system_clock::now();
                std::printf("first_paint_epoch_us=%lld main_to_first_paint_ms=%.1f\n",
                            static_cast<long long>(std::chrono::duration_cast<std::chrono::microseconds>(wall.time_since_epoch()).count()),
                            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_mainEntered).count());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    std::chrono::steady_clock::time_point m_mainEntered;
    bool m_seen = false;
};

}  // namespace

int main(int argc, char** argv)
{
    const auto mainEntered = std::chrono::steady_clock::now();
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
            return runExerciseCommand(r.action, r.id, r.language, r.answer, r.stateFile, r.exerciseFile, out, err);
        };
        return al::runCommandLine(args, std::cout, std::cerr, render, exercise);
    }

    QApplication app(argc, argv);
    StartupProbe probe(mainEntered);
    if (qEnvironmentVariableIsSet("ACTIVATIONLAB_STARTUP_PROBE"))
        app.installEventFilter(&probe);
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
        // `activationlab lesson.alab` or `exercises.alex`: a bad file is reported and the defaults stay.
        QString error;
        if (!window.openFile(QString::fromLocal8Bit(argv[1]), &error))
            QMessageBox::warning(&window, MainWindow::tr("Open"), error);
    }
    return QApplication::exec();
}
