// SPDX-License-Identifier: MIT
// The explorer's live update, measured on the real main window at 1280×800 (offscreen): from a
// slider key press to the finished paint of the chart (f, f′, regions, markers, tangent), over
// 600 steps across six functions. Also start-up (QApplication to the chart's first paint) and
// peak RSS. Prints one line:  update_ms median=… p99=… startup_ms=… rss_mb=…
// Run: build/release/tests/bench/bench_gui
#include "activationchartview.h"
#include "explorermodel.h"
#include "mainwindow.h"
#include "memorypolicy.h"
#include "neuronpanel.h"
#include "valueslider.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSlider>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

// Counts paint events of a widget, so each measured step is known to have painted.
class PaintCounter : public QObject {
public:
    int paints = 0;
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const std::size_t i = std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5));
    return v[i];
}

}  // namespace

int main(int argc, char** argv)
{
    const auto processStart = std::chrono::steady_clock::now();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    turnOffSharedPixmapCache();  // as the application does
    PaintCounter counter;

    ExplorerModel model;
    MainWindow window(&model);
    window.chartView()->viewport()->installEventFilter(&counter);
    window.resize(1280, 800);
    window.show();
    while (counter.paints == 0)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const double startupMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - processStart).count();

    std::vector<double> samples;
    int unpainted = 0;
    const char* functions[] = {"sigmoid", "relu", "gelu", "tanh", "step", "mish"};
    for (const char* key : functions) {
        model.setFunction(QString::fromLatin1(key));
        QApplication::processEvents();
        // Alternate between the input slider and the bias slider, back and forth.
        QSlider* sliders[] = {window.neuronPanel()->inputSlider(0)->slider(), window.neuronPanel()->biasSlider()->slider()};
        for (int step = 0; step < 100; ++step) {
            QSlider* slider = sliders[step % 2];
            const Qt::Key key = (step / 20) % 2 == 0 ? Qt::Key_Right : Qt::Key_Left;
            const int before = counter.paints;
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(slider, key);
            // Deliver what the step posted: the scene's update, then the window's paint.
            for (int k = 0; k < 4 && counter.paints == before; ++k)
                QApplication::processEvents();
            samples.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            unpainted += counter.paints == before;
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("update_ms median=%.3f p99=%.3f startup_ms=%.1f rss_mb=%.1f steps=%zu unpainted=%d\n",
                percentile(samples, 0.5), percentile(samples, 0.99), startupMs, usage.ru_maxrss / 1024.0, samples.size(),
                unpainted);
    return unpainted == 0 ? 0 : 1;
}
