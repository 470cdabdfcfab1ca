// SPDX-License-Identifier: MIT
// The training playground's figures (issue 13):
//   train_step_us  one SGD step of a 2-8-8-1 tanh network, batch 10, on the 250 training points of
//                  the 500-point circle: forward, backward and update of one mini-batch, as the
//                  peers' figures count it (Playground's oneStep, a PyTorch step). Measured as the
//                  mean of Trainer::step over 400 whole epochs minus the end-of-epoch evaluation
//                  (loss, accuracy and diagnostics of the training and test sets, timed alone);
//                  the second line gives the step with that evaluation spread over its epoch;
//   heatmap_ms     the 100×100 output grid with every hidden unit's output (for the unit pictures);
//   frame_ms       one frame of the Train tab while training at 100 steps per frame: the steps, the
//                  tab's refresh (heat map, unit pictures, charts) and its repaint at 1280×800,
//                  offscreen; median and 99th percentile of 300 frames.
// Prints: train_step_us=… heatmap_ms=… frame_ms median=… p99=…
// and a second line with the step including its share of the evaluation, and the evaluation.
// Run: build/release/tests/bench/bench_train
#include "app/appearance.h"
#include "app/model/explorermodel.h"
#include "app/model/modelset.h"
#include "app/model/trainmodel.h"
#include "app/views/trainview.h"
#include "core/catalog.h"
#include "core/train/trainer.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double microseconds(Clock::duration d)
{
    return std::chrono::duration<double, std::micro>(d).count();
}

al::train::Trainer circleTrainer()
{
    const al::Activation* tanh = al::findActivation("tanh");
    al::train::TrainOptions o;
    o.architecture = {{8, 8}, tanh, tanh->defaults()};
    o.batch = 10;
    o.learningRate = 0.03;
    return {al::train::makeDataSet({al::train::Shape::Circle, 500, 0.0, 0.5, 1}), o};
}

// Best of three runs of `work`, in microseconds per repetition: the machine's other load only adds.
template <typename Work>
double bestOf(int repetitions, Work&& work)
{
    double best = 1e300;
    for (int run = 0; run < 3; ++run) {
        const auto start = Clock::now();
        for (int i = 0; i < repetitions; ++i)
            work();
        best = std::min(best, microseconds(Clock::now() - start) / repetitions);
    }
    return best;
}

}  // namespace

int main(int argc, char** argv)
{
    al::train::Trainer trainer = circleTrainer();
    for (int e = 0; e < 20; ++e)
        trainer.runEpoch();  // warm: buffers sized, weights past the first epochs
    const int steps = 400 * trainer.stepsPerEpoch();
    const double stepUs = bestOf(steps, [&] { trainer.step(); });
    const double measureUs = bestOf(2000, [&] { (void)trainer.measure(); });
    std::vector<double> output;
    std::vector<double> units;
    const double gridMs = bestOf(100, [&] {
        al::train::grid(trainer.network(), -al::train::kExtent, al::train::kExtent, -al::train::kExtent, al::train::kExtent, 100, 100, output,
                        &units);
    }) / 1000.0;

    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Appearance::instance().setScale(1.0);  // the app's style (AppStyle) and palette, as at its start
    ExplorerModel explorer;
    const ModelSet models = ModelSet::around(&explorer, &explorer);
    TrainView view(models.train);
    view.resize(1280, 800);
    view.show();
    QApplication::processEvents();
    std::vector<double> frames;
    for (int i = 0; i < 300; ++i) {
        QElapsedTimer timer;
        timer.start();
        models.train->step(100);
        view.repaint();
        frames.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(frames.begin(), frames.end());
    const double evaluationPerStepUs = measureUs / trainer.stepsPerEpoch();
    std::printf("train_step_us=%.2f heatmap_ms=%.2f frame_ms median=%.2f p99=%.2f\n", stepUs - evaluationPerStepUs, gridMs,
                frames[frames.size() / 2], frames[frames.size() * 99 / 100]);
    std::printf("(a step with its share of the epoch's evaluation %.2f us; the evaluation of 250 training + 250 test points %.1f us "
                "per epoch of %d steps)\n",
                stepUs, measureUs, trainer.stepsPerEpoch());
    return 0;
}
