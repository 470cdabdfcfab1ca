// SPDX-License-Identifier: MIT
// The Initialisation tab while σ is dragged, on the real page (offscreen, 1280×800): from the
// slider's new value to the page repainted with the preview's last layer and its gradients —
// the worker's run, the hand-over to the GUI thread, the charts and the ridge plot. 100 steps.
// Prints: init_gui_drag_ms median=… p99=… (preview samples: …)
// Run: build/release/tests/bench/bench_init_gui
#include "app/appearance.h"
#include "app/memorypolicy.h"
#include "app/model/explorermodel.h"
#include "app/model/initmodel.h"
#include "app/model/modelset.h"
#include "app/views/initview.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Appearance::instance().setScale(1.0);  // the app's style (AppStyle) and palette, as at its start
    ExplorerModel explorer;
    const ModelSet models = ModelSet::around(&explorer, &explorer);
    InitView view(models.init);
    view.resize(1280, 800);
    view.show();
    InitModel* model = models.init;
    model->finish();  // the draws are made once, as after the first look at the tab
    QApplication::processEvents();

    bool done = false;
    QObject::connect(model, &InitModel::resultsChanged, [&] { done = model->statistics().backwardDone; });
    model->setPreviewing(true);
    std::vector<double> steps;
    for (int i = 0; i < 100; ++i) {
        done = false;
        QElapsedTimer timer;
        timer.start();
        model->setNumber("init.sigma", 0.02 + 0.01 * i);  // each a new value (0.01 is the default)
        while (!done)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        view.repaint();
        steps.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    model->setPreviewing(false);
    std::sort(steps.begin(), steps.end());
    std::printf("init_gui_drag_ms median=%.1f p99=%.1f (preview samples: %d)\n", steps[steps.size() / 2], steps[steps.size() * 99 / 100],
                model->statisticsSamples());
    return 0;
}
