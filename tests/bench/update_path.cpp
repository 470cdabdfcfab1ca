// SPDX-License-Identifier: MIT
// One slider step's full update path — key press → model → core → series → paint — for
// callgrind to count: run it under `valgrind --tool=callgrind --instr-atstart=no`; only the
// measured steps are instrumented. Used by callgrind_guard.sh.
#include "app/appearance.h"
#include "app/views/activationchartview.h"
#include "app/model/explorermodel.h"
#include "app/mainwindow.h"
#include "app/views/infopanel.h"
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
#include <QComboBox>
#include <QElapsedTimer>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QWheelEvent>

#include <valgrind/callgrind.h>

#include <cstdio>

namespace {

// Counts the chart's paints, so each step is known to have finished painting.
class PaintCounter : public QObject {
public:
    int paints = 0;
    bool eventFilter(QObject*, QEvent* event) override
    {
        paints += event->type() == QEvent::Paint;
        return false;
    }
};

void step(QSlider* slider, Qt::Key key, const PaintCounter& counter)
{
    const int before = counter.paints;
    QTest::keyClick(slider, key);
    for (int k = 0; k < 4 && counter.paints == before; ++k)
        QApplication::processEvents();
}

}  // namespace

int main(int argc, char** argv)
{
    // Two visits of every function at a switch: an explanation page is laid out at its first and
    // kept as a picture at its second (InfoPage); the measured steps are the ones after.
    constexpr int kWarmUp = 40;
    // UPDATE_PATH_STEPS=N measures N steps instead (for perf, which cannot start at the first).
    const int kSteps = qEnvironmentVariableIsSet("UPDATE_PATH_STEPS") ? qEnvironmentVariableIntValue("UPDATE_PATH_STEPS") : 40;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_HASH_SEED", "0");  // hash tables must not change their work from run to run
    QApplication app(argc, argv);
    Appearance::instance().setScale(1.0);  // the app's style (AppStyle) and palette, as at its start
    turnOffSharedPixmapCache();  // as the application does
    // What steps: the bias slider (the default, what the guard counts), a parameter slider
    // (leaky ReLU's α), the ε slider, a function switch or a wheel-zoom notch; for profiling.
    const QByteArray kind = argc > 1 ? QByteArray(argv[1]) : QByteArray("bias");
    const bool parameter = kind == "parameter";
    ExplorerModel model;
    model.setFunction(parameter ? QStringLiteral("leaky_relu") : QStringLiteral("sigmoid"));
    MainWindow window(&model);
    PaintCounter counter;
    window.chartView()->viewport()->installEventFilter(&counter);
    window.resize(1280, 800);
    window.show();
    while (counter.paints == 0)
        QApplication::processEvents();
    // The info panel prepares the other functions' pages after a delay, a tick at a time (see
    // InfoPanel::prepareNextPage): under callgrind those ticks would fall among the measured
    // steps. Counted here are the steps alone, after it is done.
    while (window.infoPanel()->preparing())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QSlider* bias = parameter        ? window.parameterPanel()->sliders().front()->slider()
                    : kind == "epsilon" ? window.neuronPanel()->epsilonSlider()->slider()
                                        : window.neuronPanel()->biasSlider()->slider();
    QWidget* viewport = window.chartView()->viewport();
    // A lesson's control: open its tab, count the paints of the whole window.
    QWidget* lessonControl = nullptr;
    if (kind == "softmax")
        lessonControl = window.softmaxView()->logitSlider(0)->slider();
    else if (kind == "temperature")
        lessonControl = window.softmaxView()->temperatureSlider()->slider();
    else if (kind == "depth")
        lessonControl = window.depthView()->weightSlider()->slider();
    else if (kind == "layers")
        lessonControl = window.depthView()->layersSlider()->slider();
    else if (kind == "compare")
        lessonControl = window.compareView()->presetBox();
    else if (kind == "sparsity")
        lessonControl = window.sparsityView()->seedBox();
    if (lessonControl) {
        window.tabs()->setCurrentIndex(kind == "softmax" || kind == "temperature" ? MainWindow::SoftmaxTab
                                       : kind == "depth" || kind == "layers"     ? MainWindow::DepthTab
                                       : kind == "compare"                        ? MainWindow::CompareTab
                                                                                  : MainWindow::SparsityTab);
        window.installEventFilter(&counter);
        for (QWidget* w : window.findChildren<QWidget*>())
            w->installEventFilter(&counter);
        for (int k = 0; k < 4; ++k)
            QApplication::processEvents();
    }
    const auto oneStep = [&](int i) {
        if (lessonControl) {
            const int before = counter.paints;
            const bool down = kind == "compare" || kind == "sparsity";
            const bool forth = kind == "compare" ? i % 6 < 3 : (i / 10) % 2 == 0;
            QTest::keyClick(lessonControl, down ? (forth ? Qt::Key_Down : Qt::Key_Up) : (forth ? Qt::Key_Right : Qt::Key_Left));
            for (int k = 0; k < 4 && counter.paints == before; ++k)
                QApplication::processEvents();
        } else if (kind == "function") {
            const int before = counter.paints;
            model.setFunctionIndex((model.functionIndex() + 1) % static_cast<int>(al::catalog().size()));
            for (int k = 0; k < 4 && counter.paints == before; ++k)
                QApplication::processEvents();
        } else if (kind == "zoom") {
            const int before = counter.paints;
            const QPointF centre(viewport->width() / 2.0, viewport->height() / 2.0);
            QWheelEvent wheel(centre, viewport->mapToGlobal(centre), QPoint(), QPoint(0, i % 2 ? -120 : 120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(viewport, &wheel);
            for (int k = 0; k < 4 && counter.paints == before; ++k)
                QApplication::processEvents();
        } else {
            step(bias, (i / 10) % 2 ? Qt::Key_Left : Qt::Key_Right, counter);
        }
    };
    for (int i = 0; i < kWarmUp; ++i)
        oneStep(i);

    QElapsedTimer timer;
    timer.start();
    CALLGRIND_ZERO_STATS;
    CALLGRIND_START_INSTRUMENTATION;
    for (int i = 0; i < kSteps; ++i)
        oneStep(i);
    CALLGRIND_STOP_INSTRUMENTATION;
    CALLGRIND_DUMP_STATS_AT("update_path");
    std::printf("steps=%d ms_per_step=%.3f\n", kSteps, static_cast<double>(timer.nsecsElapsed()) / 1e6 / kSteps);
    return 0;
}
