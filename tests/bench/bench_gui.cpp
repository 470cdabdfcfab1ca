// SPDX-License-Identifier: MIT
// The explorer's live update, measured on the real main window at 1280×800 (offscreen): from a
// slider key press to the finished paint of the chart (f, f′, regions, markers, tangent): neuron
// steps (600 across six functions: update_ms) and parameter steps (300 across three functions,
// curves resampled and the chart drawn again: curve_ms). Also start-up (QApplication to the
// chart's first paint) and peak RSS. Prints one line:
//   update_ms median=… p99=… curve_ms median=… p99=… startup_ms=… rss_mb=…
// Run: build/release/tests/bench/bench_gui
#include "app/views/activationchartview.h"
#include "app/model/explorermodel.h"
#include "app/mainwindow.h"
#include "app/memorypolicy.h"
#include "app/widgets/neuronpanel.h"
#include "app/widgets/parameterpanel.h"
#include "app/widgets/valueslider.h"

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

    int unpainted = 0;
    // One key press on a slider, timed until the chart has painted what it posted.
    const auto timedStep = [&](QSlider* slider, Qt::Key key) {
        const int before = counter.paints;
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(slider, key);
        // Deliver what the step posted: the scene's update, then the window's paint.
        for (int k = 0; k < 4 && counter.paints == before; ++k)
            QApplication::processEvents();
        unpainted += counter.paints == before;
        return static_cast<double>(timer.nsecsElapsed()) / 1e6;
    };
    const auto backAndForth = [](int step) { return (step / 20) % 2 == 0 ? Qt::Key_Right : Qt::Key_Left; };

    // The neuron moves: the markers move over the chart's cached picture.
    std::vector<double> samples;
    for (const char* key : {"sigmoid", "relu", "gelu", "tanh", "step", "mish"}) {
        model.setFunction(QString::fromLatin1(key));
        QApplication::processEvents();
        // Alternate between the input slider and the bias slider, back and forth.
        QSlider* sliders[] = {window.neuronPanel()->inputSlider(0)->slider(), window.neuronPanel()->biasSlider()->slider()};
        for (int step = 0; step < 100; ++step)
            samples.push_back(timedStep(sliders[step % 2], backAndForth(step)));
    }
    // A parameter moves: the curves are resampled and the chart is drawn again.
    std::vector<double> curveSamples;
    for (const char* key : {"leaky_relu", "prelu", "elu"}) {
        model.setFunction(QString::fromLatin1(key));
        QApplication::processEvents();
        QSlider* slider = window.parameterPanel()->sliders().front()->slider();
        for (int step = 0; step < 100; ++step)
            curveSamples.push_back(timedStep(slider, backAndForth(step)));
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("update_ms median=%.3f p99=%.3f curve_ms median=%.3f p99=%.3f startup_ms=%.1f rss_mb=%.1f steps=%zu "
                "unpainted=%d\n",
                percentile(samples, 0.5), percentile(samples, 0.99), percentile(curveSamples, 0.5),
                percentile(curveSamples, 0.99), startupMs, usage.ru_maxrss / 1024.0, samples.size() + curveSamples.size(),
                unpainted);
    return unpainted == 0 ? 0 : 1;
}
