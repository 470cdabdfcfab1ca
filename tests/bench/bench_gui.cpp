// SPDX-License-Identifier: MIT
// Every kind of live update, measured on the real main window at 1280×800 (offscreen), from the
// input event (a key press on a slider, a wheel step, a mouse move) to the finished paint of
// what it changed. Each kind is reported on its own, as median/p99 in milliseconds:
//   step_ms neuron=… param=… epsilon=… function=… zoom=… pan=…
//     neuron: input and bias sliders, 600 steps across six functions (only the markers move);
//     param: α of leaky ReLU, PReLU and ELU, θ of the step, c of linear (500 steps);
//     epsilon: the ε slider on sigmoid, tanh and GELU (300 steps);
//     function: the next function in the catalog (Ctrl+PgDown's path, 200 switches);
//     zoom: one wheel notch in or out at the plot's centre (200 steps);
//     pan: a 6-pixel mouse drag (200 steps).
//   lesson_ms softmax=… depth=… compare=… sparsity=…
//     softmax: a logit slider and T; depth: L, w and z₀; compare: the next preset; sparsity: the
//     number of neurons and the seed (100 steps per control, alternating direction).
//   peer_matplotlib_ms=… ratio=…: tests/bench/peer_matplotlib.py run right after the steps, and
//     its median over the slowest explorer step kind's median (n/a without python3-matplotlib)
//   startup_ms=… rss_mb=…   (QApplication → the chart's first paint, in-process; peak RSS of
//     this process, not of the peer)
// Run: build/release/tests/bench/bench_gui
// BENCH_GUI_GRAB=DIR also saves the window as it looks before each group (DIR/neuron.png …),
// to compare builds picture by picture.
#include "app/appearance.h"
#include "app/views/activationchartview.h"
#include "app/model/explorermodel.h"
#include "app/mainwindow.h"
#include "app/memorypolicy.h"
#include "app/views/compareview.h"
#include "app/views/depthview.h"
#include "app/views/softmaxview.h"
#include "app/views/sparsityview.h"
#include "app/widgets/neuronpanel.h"
#include "app/widgets/parameterpanel.h"
#include "app/widgets/valueslider.h"
#include "core/catalog.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QAreaSeries>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QMouseEvent>
#include <QProcess>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QWheelEvent>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace {

// Counts paint events of the watched widgets, so each measured step is known to have painted.
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

std::string figure(const char* name, const std::vector<double>& v)
{
    char text[96];
    std::snprintf(text, sizeof text, "%s=%.2f/%.2f", name, percentile(v, 0.5), percentile(v, 0.99));
    return text;
}

// The viewport of the chart view that shows a series.
QWidget* viewportOf(QAbstractSeries* series)
{
    return series->chart()->scene()->views().constFirst()->viewport();
}

Qt::Key backAndForth(int step, Qt::Key forth = Qt::Key_Right, Qt::Key back = Qt::Key_Left)
{
    return (step / 20) % 2 == 0 ? forth : back;
}

}  // namespace

int main(int argc, char** argv)
{
    const auto processStart = std::chrono::steady_clock::now();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Appearance::instance().setScale(1.0);  // the app's style (AppStyle) and palette, as at its start
    turnOffSharedPixmapCache();  // as the application does
    PaintCounter counter;

    ExplorerModel model;
    MainWindow window(&model);
    ActivationChartView* chart = window.chartView();
    chart->viewport()->installEventFilter(&counter);
    window.resize(1280, 800);
    window.show();
    while (counter.paints == 0)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const double startupMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - processStart).count();

    const QString grabDir = qEnvironmentVariable("BENCH_GUI_GRAB");
    const auto grab = [&](const char* name) {
        if (!grabDir.isEmpty())
            window.grab().save(grabDir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    };
    grab("start");

    // BENCH_GUI_SCALE=N runs 1/N of the steps (for profiling under callgrind).
    const int scale = std::max(1, qEnvironmentVariableIntValue("BENCH_GUI_SCALE"));

    int unpainted = 0;
    // One input event, timed until the watched widget has painted what the event posted.
    const auto timed = [&](const std::function<void()>& input) {
        const int before = counter.paints;
        QElapsedTimer timer;
        timer.start();
        input();
        // Deliver what the step posted: the scene's update, then the window's paint.
        for (int k = 0; k < 4 && counter.paints == before; ++k)
            QApplication::processEvents();
        unpainted += counter.paints == before;
        return static_cast<double>(timer.nsecsElapsed()) / 1e6;
    };
    const auto key = [&](QWidget* w, Qt::Key k) { return timed([=] { QTest::keyClick(w, k); }); };
    const auto settle = [] {
        for (int k = 0; k < 4; ++k)
            QApplication::processEvents();
    };

    // Neuron: the markers move over the chart's cached picture.
    std::vector<double> neuron;
    for (const char* f : {"sigmoid", "relu", "gelu", "tanh", "step", "mish"}) {
        model.setFunction(QString::fromLatin1(f));
        settle();
        QSlider* sliders[] = {window.neuronPanel()->inputSlider(0)->slider(), window.neuronPanel()->biasSlider()->slider()};
        for (int step = 0; step < 100 / scale; ++step)
            neuron.push_back(key(sliders[step % 2], backAndForth(step)));
    }
    // Parameters: the curves change shape.
    std::vector<double> param;
    for (const char* f : {"leaky_relu", "prelu", "elu", "step", "linear"}) {
        model.setFunction(QString::fromLatin1(f));
        settle();
        QSlider* slider = window.parameterPanel()->sliders().front()->slider();
        for (int step = 0; step < 100 / scale; ++step)
            param.push_back(key(slider, backAndForth(step)));
    }
    grab("after_param");
    // ε: the vanishing regions move.
    std::vector<double> epsilon;
    for (const char* f : {"sigmoid", "tanh", "gelu"}) {
        model.setFunction(QString::fromLatin1(f));
        settle();
        QSlider* slider = window.neuronPanel()->epsilonSlider()->slider();
        for (int step = 0; step < 100 / scale; ++step)
            epsilon.push_back(key(slider, backAndForth(step)));
    }
    // A function switch: everything about the curve changes, and the explanation beside it.
    std::vector<double> function;
    const int functions = static_cast<int>(al::catalog().size());
    for (int step = 0; step < 200 / scale; ++step)
        function.push_back(timed([&] { model.setFunctionIndex((model.functionIndex() + 1) % functions); }));
    model.setFunction(QStringLiteral("sigmoid"));
    settle();
    grab("after_function");
    // Wheel zoom at the plot's centre, one notch in, then one out.
    std::vector<double> zoom;
    QWidget* viewport = chart->viewport();
    const QPointF centre(viewport->width() / 2.0, viewport->height() / 2.0);
    for (int step = 0; step < 200 / scale; ++step) {
        zoom.push_back(timed([&] {
            QWheelEvent wheel(centre, viewport->mapToGlobal(centre), QPoint(), QPoint(0, step % 2 ? -120 : 120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(viewport, &wheel);
        }));
    }
    // Pan: a drag by 6 pixels per mouse move, 20 moves one way, 20 back.
    std::vector<double> pan;
    {
        QPointF at = centre;
        const auto mouse = [&](QEvent::Type type, Qt::MouseButtons buttons) {
            QMouseEvent event(type, at, viewport->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
            QApplication::sendEvent(viewport, &event);
        };
        mouse(QEvent::MouseButtonPress, Qt::LeftButton);
        settle();
        for (int step = 0; step < 200 / scale; ++step) {
            pan.push_back(timed([&] {
                at += QPointF((step / 20) % 2 == 0 ? 6.0 : -6.0, (step / 20) % 2 == 0 ? 2.0 : -2.0);
                mouse(QEvent::MouseMove, Qt::LeftButton);
            }));
        }
        mouse(QEvent::MouseButtonRelease, Qt::NoButton);
        settle();
    }
    grab("after_pan");
    chart->viewport()->removeEventFilter(&counter);

    // The lessons: open the tab, watch its page, step its controls.
    const auto lesson = [&](int tab, QWidget* watched, const std::vector<std::pair<QWidget*, std::pair<Qt::Key, Qt::Key>>>& controls) {
        window.tabs()->setCurrentIndex(tab);
        settle();
        watched->installEventFilter(&counter);
        std::vector<double> samples;
        for (const auto& [control, keys] : controls)
            for (int step = 0; step < 100 / scale; ++step)
                samples.push_back(key(control, backAndForth(step, keys.first, keys.second)));
        watched->removeEventFilter(&counter);
        grab(tab == MainWindow::SoftmaxTab ? "softmax" : tab == MainWindow::DepthTab ? "depth" : "sparsity");
        return samples;
    };
    const std::pair<Qt::Key, Qt::Key> rightLeft{Qt::Key_Right, Qt::Key_Left};
    const std::pair<Qt::Key, Qt::Key> upDown{Qt::Key_Up, Qt::Key_Down};
    SoftmaxView* softmax = window.softmaxView();
    const auto softmaxMs = lesson(MainWindow::SoftmaxTab, softmax->barChartView()->viewport(),
                                  {{softmax->logitSlider(0)->slider(), rightLeft}, {softmax->temperatureSlider()->slider(), rightLeft}});
    DepthView* depth = window.depthView();
    const auto depthMs = lesson(MainWindow::DepthTab, viewportOf(depth->gradientSeries(0)),
                                {{depth->layersSlider()->slider(), rightLeft},
                                 {depth->weightSlider()->slider(), rightLeft},
                                 {depth->z0Slider()->slider(), rightLeft}});
    CompareView* compare = window.compareView();
    // The presets one by one, down the list and back up: every key press switches.
    window.tabs()->setCurrentIndex(MainWindow::CompareTab);
    QTest::keyClick(compare->presetBox(), Qt::Key_Down);
    settle();
    compare->chartView()->viewport()->installEventFilter(&counter);
    std::vector<double> compareMs;
    const int presets = compare->presetBox()->count();
    for (int step = 0; step < 100 / scale; ++step)
        compareMs.push_back(key(compare->presetBox(), step % (2 * (presets - 1)) < presets - 1 ? Qt::Key_Down : Qt::Key_Up));
    compare->chartView()->viewport()->removeEventFilter(&counter);
    grab("compare");
    SparsityView* sparsity = window.sparsityView();
    const auto sparsityMs = lesson(MainWindow::SparsityTab, viewportOf(sparsity->histogramSeries()), {{sparsity->neuronsBox(), upDown}, {sparsity->seedBox(), upDown}});

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    // The peer, side by side: same machine, same minute.
    double peerMs = 0;
    {
        QProcess peer;
        peer.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(ACTIVATIONLAB_PEER_SCRIPT)});
        if (peer.waitForFinished(300000) && peer.exitCode() == 0) {
            const QString out = QString::fromUtf8(peer.readAllStandardOutput());
            const qsizetype at = out.indexOf(QStringLiteral("median="));
            if (at >= 0)
                peerMs = out.mid(at + 7).section(QLatin1Char(' '), 0, 0).toDouble();
        }
    }
    double slowest = 0;
    for (const auto* v : {&neuron, &param, &epsilon, &function, &zoom, &pan})
        slowest = std::max(slowest, percentile(*v, 0.5));
    double slowestSlider = 0;  // the four sliders and the view: all but the function switch
    for (const auto* v : {&neuron, &param, &epsilon, &zoom, &pan})
        slowestSlider = std::max(slowestSlider, percentile(*v, 0.5));
    char peerText[160] = "peer_matplotlib_ms=n/a";
    if (peerMs > 0)
        std::snprintf(peerText, sizeof peerText, "peer_matplotlib_ms=%.2f ratio_slowest=%.1f ratio_slowest_but_function=%.1f", peerMs,
                      peerMs / slowest, peerMs / slowestSlider);
    std::printf("step_ms %s %s %s %s %s %s (median/p99) %s\n", figure("neuron", neuron).c_str(), figure("param", param).c_str(),
                figure("epsilon", epsilon).c_str(), figure("function", function).c_str(), figure("zoom", zoom).c_str(),
                figure("pan", pan).c_str(), peerText);
    std::printf("lesson_ms %s %s %s %s (median/p99)\n", figure("softmax", softmaxMs).c_str(), figure("depth", depthMs).c_str(),
                figure("compare", compareMs).c_str(), figure("sparsity", sparsityMs).c_str());
    std::printf("startup_ms=%.1f rss_mb=%.1f unpainted=%d\n", startupMs, usage.ru_maxrss / 1024.0, unpainted);
    return unpainted == 0 ? 0 : 1;
}
