// SPDX-License-Identifier: MIT
#pragma once

#include "core/activation.h"
#include "core/train/dataset.h"
#include "core/train/trainer.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace al::train {

// The first epoch of `history` (one record per epoch, the initial weights as epoch 0) whose test
// accuracy is at least `accuracy` (a share, 0 … 1), or nothing if none is.
std::optional<int> epochReaching(const std::vector<EpochRecord>& history, double accuracy);

// Several activations trained side by side: one trainer per activation on the same data, with the
// same options, architecture and seed — so the same initial weights (they depend on the seed and
// the layer sizes only) and the same order of mini-batches. Only the activation of the hidden
// layers differs, each with its catalog default parameters; whatever happens differently is the
// activation's doing.
class Race {
public:
    // `options.architecture.activation` and its parameters are ignored; `activations` are
    // catalog entries (not null).
    Race(const DataSet& data, const TrainOptions& options, std::span<const Activation* const> activations);

    // Every runner takes the same `steps` mini-batch steps.
    void step(int steps = 1);
    // Learning rate, batch, L2 and momentum of every runner from the next step on.
    void setStepOptions(double learningRate, int batch, double l2, double momentum);

    std::size_t size() const { return m_runners.size(); }
    const Activation& activation(std::size_t runner) const { return *m_runners[runner].activation; }
    const Trainer& trainer(std::size_t runner) const { return m_runners[runner].trainer; }
    // The record of the initial weights, then one per finished epoch.
    const std::vector<EpochRecord>& history(std::size_t runner) const { return m_runners[runner].history; }
    // The epoch at which the runner's test accuracy first reached `accuracy` (a share), or nothing.
    std::optional<int> epochReaching(std::size_t runner, double accuracy) const;

    // All runners are always at the same step and epoch.
    int epoch() const { return m_runners.empty() ? 0 : m_runners.front().trainer.epoch(); }
    long long steps() const { return m_runners.empty() ? 0 : m_runners.front().trainer.steps(); }

private:
    struct Runner {
        const Activation* activation;
        Trainer trainer;
        std::vector<EpochRecord> history;
    };
    std::vector<Runner> m_runners;
};

// The race's curves as CSV (core/train/epochcsv's runsCsv): a row for every finished epoch (the
// initial weights' record is not an epoch, as in the command line's `train`), and for each runner
// in order <key>_train_loss,<key>_test_loss,<key>_train_acc,<key>_test_acc. An activation that
// runs twice is told apart by its place: <key>_<runner>_… with the runner counted from 1.
std::string raceCsv(const Race& race);

}  // namespace al::train
