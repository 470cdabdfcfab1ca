// SPDX-License-Identifier: MIT
#include "core/train/race.h"

#include "core/train/epochcsv.h"

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

std::string raceCsv(const Race& race)
{
    std::vector<NamedRun> runs;
    runs.reserve(race.size());
    for (std::size_t i = 0; i < race.size(); ++i) {
        std::string name(race.activation(i).key);
        std::span<const EpochRecord> records(race.history(i));
        if (!records.empty() && records.front().epoch == 0)
            records = records.subspan(1);
        const auto same = [&](std::size_t j) { return race.activation(j).key == race.activation(i).key; };
        bool repeated = false;
        for (std::size_t j = 0; j < race.size(); ++j)
            repeated = repeated || (j != i && same(j));
        if (repeated) {  // appended piece by piece: GCC 12 warns falsely (-Wrestrict) about string + char
            name += '_';
            name += std::to_string(i + 1);
        }
        runs.push_back({std::move(name), records});
    }
    return runsCsv(runs);
}

}  // namespace al::train
