// SPDX-License-Identifier: MIT
// The soak test: many random user actions on the offscreen main window with a fixed, printed
// seed — sliders, typed values, function and tab switches, language switches, zoom, pan,
// resizes, scenario save/open, scale and theme, tour and sweep. It fails on a crash, on any Qt
// warning, when a view disagrees with its model, or when resident memory grows by 5 MB or more
// from the first to the last tenth of the run (after a warm-up that fills Qt's caches).
//   build/release/tests/soak/soak --actions 100000 --seed 20261127 [--warm-up 2000]
// Diagnostics, by environment variable: SOAK_TRACE=1 (each action, and per tenth the resident
// size split up, the heap in use, object and scene item counts), SOAK_SKIP=4,11 (leave kinds of
// action out), SOAK_PIXMAP_CACHE_KB=n (QPixmapCache limit, instead of the app's 0),
// SOAK_NO_TEARDOWN=1 (return to the starting state and exit without destroying anything, for
// heaptrack's "leaked" list; SOAK_NO_GLOBAL_TEARDOWN=1 keeps Qt's global caches alive too).
#include "app/views/activationchartview.h"
#include "app/appearance.h"
#include "app/model/explorermodel.h"
#include "app/model/initmodel.h"
#include "app/languagemanager.h"
#include "app/memorypolicy.h"
#include "app/lessons/lecturetour.h"
#include "app/mainwindow.h"
#include "app/widgets/neuronpanel.h"
#include "app/views/readoutview.h"
#include "app/scenario/scenario.h"
#include "app/lessons/sweepanimator.h"
#include "app/widgets/valueslider.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPixmapCache>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <malloc.h>
#include <unistd.h>

namespace {

int g_warnings = 0;

void messageHandler(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    // The offscreen platform plugin notes what it cannot do (propagateSizeHints on every show(),
    // raise()); it is the platform speaking, not our code,
    // and does not happen on a real display.
    if (message.startsWith(QStringLiteral("This plugin does not support")))
        return;
    if (type != QtDebugMsg && type != QtInfoMsg) {
        ++g_warnings;
        std::fprintf(stderr, "Qt message: %s\n", qPrintable(message));
    }
}

double residentMb()
{
    // Memory freed but kept by the allocator between the blocks still in use (the tabs' large
    // images and buffers come and go) is handed back first: what stays resident then is what
    // the program holds, and only that can leak.
    malloc_trim(0);
    std::ifstream statm("/proc/self/statm");
    long pages = 0;
    long resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// Views must show what the model holds.
bool consistent(MainWindow& w, std::string* why)
{
    ExplorerModel& m = *w.model();
    if (w.readout()->sumText() != ReadoutView::sumFormula(m.neuron())) {
        *why = "read-out sum differs from the model";
        return false;
    }
    const al::FunctionValues v = m.valuesAtZ();
    const QPointF point = w.chartView()->pointValue();
    const bool same = point.x() == m.z() && (point.y() == v.f || (std::isnan(point.y()) && std::isnan(v.f)));
    if (!same) {
        *why = "chart marker differs from (z, f(z))";
        return false;
    }
    for (int i = 0; i < static_cast<int>(m.neuron().inputCount()); ++i) {
        if (std::fabs(w.neuronPanel()->inputSlider(i)->value() - m.neuron().input(std::size_t(i))) > 0.005) {
            *why = "an input spin box differs from the model";
            return false;
        }
    }
    return true;
}

}  // namespace

int main(int argc, char** argv)
{
    long actions = 5000;
    // Glyph, pixmap and style caches fill up during the first couple of thousand actions (every
    // scale, theme and language once); memory is compared only after they have.
    long warmUp = 2000;
    unsigned long long seed = 20261127;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--actions")
            actions = std::stol(argv[i + 1]);
        else if (flag == "--seed")
            seed = std::stoull(argv[i + 1]);
        else if (flag == "--warm-up")
            warmUp = std::stol(argv[i + 1]);
    }
    useMappedMemoryForLargeBlocks();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
    qputenv("XDG_RUNTIME_DIR", home.path().toUtf8());
    qInstallMessageHandler(messageHandler);
    QApplication app(argc, argv);
    Appearance::instance().setScale(1.0);  // the app's style (AppStyle) and palette, as at its start
    QCoreApplication::setOrganizationName(QStringLiteral("ActivationLabSoak"));
    QCoreApplication::setApplicationName(QStringLiteral("ActivationLabSoak"));
    const bool trace = qEnvironmentVariableIsSet("SOAK_TRACE");  // one line per action on stderr
    // SOAK_SKIP=4,11 leaves those kinds of action out, to narrow a failure down.
    const QStringList skipped = qEnvironmentVariable("SOAK_SKIP").split(QLatin1Char(','), Qt::SkipEmptyParts);
    std::printf("soak: %ld actions after %ld of warm-up, seed %llu\n", actions, warmUp, seed);
    std::fflush(stdout);

    std::mt19937_64 random(seed);
    const auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned long long>(n)); };
    const auto uniform = [&](double lo, double hi) { return lo + (hi - lo) * static_cast<double>(random() >> 11) * 0x1.0p-53; };
    const auto randomVisible = [&](const QList<ValueSlider*>& sliders) -> ValueSlider* {
        std::vector<ValueSlider*> visible;
        for (ValueSlider* s : sliders)
            if (s->isVisible())
                visible.push_back(s);
        return visible.empty() ? nullptr : visible[static_cast<std::size_t>(pick(static_cast<int>(visible.size())))];
    };

    turnOffSharedPixmapCache();  // as the application does
    if (qEnvironmentVariableIsSet("SOAK_PIXMAP_CACHE_KB"))
        QPixmapCache::setCacheLimit(qEnvironmentVariableIntValue("SOAK_PIXMAP_CACHE_KB"));
    ExplorerModel model;
    MainWindow window(&model);
    returnFreedMemoryPeriodically(&app);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    const QString scenarioPath = home.filePath(QStringLiteral("soak.alab"));
    const QString startPath = home.filePath(QStringLiteral("start.alab"));
    {
        QString error;
        window.saveScenario(startPath, &error);
    }

    const long tenth = std::max(actions / 10, 1L);
    double firstSum = 0;
    double lastSum = 0;
    long firstCount = 0;
    long lastCount = 0;
    for (long step = 0; step < warmUp + actions; ++step) {
        const long n = step - warmUp;  // negative during the warm-up
        const QList<ValueSlider*> sliders = window.findChildren<ValueSlider*>();
        const int action = pick(16);
        if (skipped.contains(QString::number(action)))
            continue;
        if (trace)
            std::fprintf(stderr, "action %ld: %d\n", n, action);
        switch (action) {
        case 0:
        case 1:
        case 2: {  // a key on a visible slider
            if (ValueSlider* target = randomVisible(sliders)) {
                QSlider* s = target->slider();
                const Qt::Key keys[] = {Qt::Key_Left, Qt::Key_Right, Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Home, Qt::Key_End};
                QTest::keyClick(s, keys[pick(6)]);
            }
            break;
        }
        case 3: {  // a typed value, sometimes nonsense
            if (ValueSlider* target = randomVisible(sliders)) {
                QDoubleSpinBox* spin = target->spinBox();
                spin->selectAll();
                const QString texts[] = {QString::number(uniform(-20, 20), 'f', 3), QStringLiteral("abc"), QStringLiteral("-"),
                                         QStringLiteral("1e400"), QStringLiteral("0,5")};
                QTest::keyClicks(spin, texts[pick(5)]);
                QTest::keyClick(spin, Qt::Key_Return);
            }
            break;
        }
        case 4:
            model.setFunctionIndex(pick(19));
            break;
        case 5:
            window.tabs()->setCurrentIndex(pick(window.tabs()->count()));
            break;
        case 6:
            if (pick(10) == 0)
                LanguageManager::instance().apply(pick(2) ? QStringLiteral("ru") : QStringLiteral("en"));
            break;
        case 7: {  // wheel zoom on the chart
            ActivationChartView* chart = window.chartView();
            const QPointF at(uniform(0, chart->width()), uniform(0, chart->height()));
            QWheelEvent wheel(at, chart->mapToGlobal(at), QPoint(), QPoint(0, pick(2) ? 120 : -120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(chart, &wheel);
            break;
        }
        case 8:
            model.pan(uniform(-3, 3), uniform(-1, 1));
            break;
        case 9:
            if (pick(20) == 0)
                window.resize(900 + pick(1100), 600 + pick(500));
            break;
        case 10:
            if (pick(10) == 0) {
                QString error;
                if (pick(2))
                    window.saveScenario(scenarioPath, &error);
                else
                    window.openScenario(scenarioPath, &error);
            }
            break;
        case 11:
            if (pick(30) == 0)
                Appearance::instance().setScale(1.0 + 0.1 * pick(11));
            if (pick(30) == 0)
                Appearance::instance().setTheme(static_cast<Appearance::Theme>(pick(4)));
            break;
        case 12:
            if (pick(10) == 0)
                window.tour()->running() ? window.tour()->next() : window.tour()->start();
            else if (pick(20) == 0)
                window.tour()->leave();
            break;
        case 13:
            window.sweep()->advance(uniform(0, 0.2));
            break;
        case 14:
            model.setInputCount(1 + pick(8));
            break;
        case 15:
            QTest::mouseMove(window.chartView()->viewport(),
                             QPoint(pick(std::max(window.chartView()->width(), 1)), pick(std::max(window.chartView()->height(), 1))));
            break;
        }
        QApplication::processEvents();
        // The app runs an event loop, which deletes what deleteLater() scheduled (Qt Charts'
        // legend markers and chart items, among others); this loop has none, so it does that
        // step itself — else the soak would measure its own pile of pending deletions.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (step % 250 == 0) {
            std::string why;
            if (!consistent(window, &why)) {
                std::fprintf(stderr, "soak: after action %ld: %s\n", n, why.c_str());
                return 1;
            }
        }
        if (trace && step % tenth == 0) {
            const struct mallinfo2 mi = mallinfo2();
            std::fprintf(stderr, "rss after %ld actions: %.1f MB, heap in use %.1f MB, mmapped %.1f MB, free in arena %.1f MB\n", step,
                         residentMb(), double(mi.uordblks) / 1048576.0, double(mi.hblkhd) / 1048576.0, double(mi.fordblks) / 1048576.0);
            std::fprintf(stderr, "  objects under the window %lld, under the application %lld, top-level widgets %lld\n",
                         static_cast<long long>(window.findChildren<QObject*>().size()),
                         static_cast<long long>(app.findChildren<QObject*>().size()),
                         static_cast<long long>(QApplication::topLevelWidgets().size()));
            QString itemCounts;
            for (QGraphicsView* view : window.findChildren<QGraphicsView*>())
                itemCounts += QStringLiteral(" %1:%2").arg(QString::fromLatin1(view->metaObject()->className())).arg(view->scene()->items().size());
            std::fprintf(stderr, "  scene items%s\n", qPrintable(itemCounts));
            std::ifstream status("/proc/self/status");
            for (std::string line; std::getline(status, line);)
                if (line.rfind("Rss", 0) == 0)
                    std::fprintf(stderr, "  %s\n", line.c_str());
        }
        if (n < 0)
            continue;
        if (trace) {  // mean heap in use per tenth: less noisy than single samples
            static double heapSum = 0;
            static long heapCount = 0;
            heapSum += double(mallinfo2().uordblks) / 1048576.0;
            if (++heapCount == tenth) {
                std::fprintf(stderr, "mean heap in use over the tenth before action %ld: %.2f MB\n", n, heapSum / double(heapCount));
                heapSum = 0;
                heapCount = 0;
            }
        }
        // While the Initialisation tab's worker runs (also a cancelled run, until its current
        // layer ends), its buffers (up to 96 MB at the largest settings, freed when it finishes)
        // are part of the resident size: a sample then says when it ran, not whether
        // anything leaks.
        if (window.models().init->busy() || window.models().init->working())
            continue;
        if (n < tenth) {
            firstSum += residentMb();
            ++firstCount;
        } else if (n >= actions - tenth) {
            lastSum += residentMb();
            ++lastCount;
        }
    }
    const double first = firstSum / std::max(firstCount, 1L);
    const double last = lastSum / std::max(lastCount, 1L);
    if (qEnvironmentVariableIsSet("SOAK_NO_TEARDOWN")) {
        // Back to the starting state, then exit without destroying anything: what a heap
        // profiler lists as "leaked" is then what the run has accumulated, comparable across runs.
        window.resize(1280, 800);
        Appearance::instance().setScale(1.0);
        Appearance::instance().setTheme(Appearance::Theme::Light);
        LanguageManager::instance().apply(QStringLiteral("en"));
        window.tabs()->setCurrentIndex(0);
        QString error;
        window.openScenario(startPath, &error);
        for (int i = 0; i < 20; ++i) {
            QApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
        std::fprintf(stderr, "soak: heap in use at the starting state %.2f MB\n", double(mallinfo2().uordblks) / 1048576.0);
        if (qEnvironmentVariableIsSet("SOAK_NO_GLOBAL_TEARDOWN"))  // Qt's global caches stay too
            std::_Exit(0);
        std::exit(0);
    }
    std::printf("soak: rss first tenth %.1f MB, last tenth %.1f MB, growth %.2f MB, Qt warnings %d\n", first, last, last - first,
                g_warnings);
    if (g_warnings > 0)
        return 1;
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer keeps freed memory in quarantine and adds shadow memory: resident size says
    // nothing about the program there. The release build checks memory; this one checks accesses.
    std::printf("soak: memory growth not checked under AddressSanitizer\n");
    return 0;
#endif
    if (last - first >= 5.0) {
        std::fprintf(stderr, "soak: resident memory grew by %.2f MB\n", last - first);
        return 1;
    }
    return 0;
}
