// SPDX-License-Identifier: MIT
#include "core/train/race.h"

#include <stdexcept>

namespace al::train {

std::optional<int> epochReaching(const std::vector<EpochRecord>& history, double accuracy)
{
    for (const EpochRecord& r : history)
        if (r.testAccuracy >= accuracy)
            return r.epoch;
    return std::nullopt;
}

Race::Race(const DataSet& data, const TrainOptions& options, std::span<const Activation* const> activations)
{
    m_runners.reserve(activations.size());
    for (const Activation* a : activations) {
        if (!a)
            throw std::invalid_argument("a race needs catalog activations");
        TrainOptions o = options;
        o.architecture.activation = a;
        o.architecture.parameters = a->defaults();
        Trainer trainer(data, std::move(o));
        EpochRecord start = trainer.measure();
        m_runners.push_back({a, std::move(trainer), {std::move(start)}});
    }
}

void Race::step(int steps)
{
    for (Runner& r : m_runners)
        for (int i = 0; i < steps; ++i)
            if (auto record = r.trainer.step())
                r.history.push_back(std::move(*record));
}

void Race::setStepOptions(double learningRate, int batch, double l2, double momentum)
{
    for (Runner& r : m_runners)
        r.trainer.setStepOptions(learningRate, batch, l2, momentum);
}

std::optional<int> Race::epochReaching(std::size_t runner, double accuracy) const
{
    return train::epochReaching(m_runners[runner].history, accuracy);
}

}  // namespace al::train
