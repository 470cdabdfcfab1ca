// SPDX-License-Identifier: MIT
// One slider step's full update path — key press → model → core → series → paint — for
// callgrind to count: run it under `valgrind --tool=callgrind --instr-atstart=no`; only the
// measured steps are instrumented. Used by callgrind_guard.sh.
#include "app/views/activationchartview.h"
#include "app/model/explorermodel.h"
#include "app/mainwindow.h"
#include "app/memorypolicy.h"
#include "app/widgets/neuronpanel.h"
#include "app/widgets/valueslider.h"

#include <QApplication>
#include <QSlider>
#include <QTest>

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
    constexpr int kWarmUp = 20;
    constexpr int kSteps = 40;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_HASH_SEED", "0");  // hash tables must not change their work from run to run
    QApplication app(argc, argv);
    turnOffSharedPixmapCache();  // as the application does
    ExplorerModel model;
    model.setFunction(QStringLiteral("sigmoid"));
    MainWindow window(&model);
    PaintCounter counter;
    window.chartView()->viewport()->installEventFilter(&counter);
    window.resize(1280, 800);
    window.show();
    while (counter.paints == 0)
        QApplication::processEvents();
    QSlider* bias = window.neuronPanel()->biasSlider()->slider();
    for (int i = 0; i < kWarmUp; ++i)
        step(bias, i % 2 ? Qt::Key_Left : Qt::Key_Right, counter);

    CALLGRIND_ZERO_STATS;
    CALLGRIND_START_INSTRUMENTATION;
    for (int i = 0; i < kSteps; ++i)
        step(bias, (i / 10) % 2 ? Qt::Key_Left : Qt::Key_Right, counter);
    CALLGRIND_STOP_INSTRUMENTATION;
    CALLGRIND_DUMP_STATS_AT("update_path");
    std::printf("steps=%d\n", kSteps);
    return 0;
}
