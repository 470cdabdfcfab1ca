// SPDX-License-Identifier: MIT
#include "core/train/epochcsv.h"

#include "core/numbers.h"

#include <set>
#include <stdexcept>
#include <string_view>

namespace al::train {

// Appended piece by piece: GCC 12 at -O3 warns falsely (-Wrestrict) about "," + std::string.
EpochCsv::EpochCsv(std::size_t hiddenLayers) : m_layers(hiddenLayers), m_text("epoch,train_loss,test_loss,train_acc,test_acc")
{
    for (const char* column : {"grad_norm_", "dead_", "saturated_"})
        for (std::size_t l = 1; l <= hiddenLayers; ++l) {
            m_text += ',';
            m_text += column;
            m_text += std::to_string(l);
        }
    m_text += '\n';
}

void EpochCsv::add(const EpochRecord& r)
{
    // A row with other columns than the header would make a table no reader can trust.
    if (r.layers.size() != m_layers)
        throw std::invalid_argument("an epoch record of another network");
    const auto field = [this](double v) {
        m_text += ',';
        m_text += formatRoundTrip(v);
    };
    m_text += std::to_string(r.epoch);
    for (double v : {r.trainLoss, r.testLoss, r.trainAccuracy, r.testAccuracy})
        field(v);
    for (const auto& l : r.layers)
        field(l.gradNorm);
    for (const auto& l : r.layers)
        field(l.dead);
    for (const auto& l : r.layers)
        field(l.saturated);
    m_text += '\n';
}

std::string epochCsv(std::size_t hiddenLayers, std::span<const EpochRecord> records)
{
    EpochCsv csv(hiddenLayers);
    for (const EpochRecord& r : records)
        csv.add(r);
    return csv.text();
}

std::string runsCsv(std::span<const NamedRun> runs)
{
    std::string text = "epoch";
    std::set<std::string_view> names;
    for (const NamedRun& run : runs) {
        if (run.name.empty() || run.name.find_first_of(",\"\r\n") != std::string::npos || !names.insert(run.name).second)
            throw std::invalid_argument("a run needs a name of its own that a CSV header can hold");
        if (run.records.size() != runs.front().records.size())
            throw std::invalid_argument("runs over different epochs");
        for (const char* column : {"_train_loss", "_test_loss", "_train_acc", "_test_acc"}) {
            text += ',';
            text += run.name;
            text += column;
        }
    }
    text += '\n';
    const std::size_t rows = runs.empty() ? 0 : runs.front().records.size();
    for (std::size_t row = 0; row < rows; ++row) {
        const int epoch = runs.front().records[row].epoch;
        text += std::to_string(epoch);
        for (const NamedRun& run : runs) {
            const EpochRecord& r = run.records[row];
            if (r.epoch != epoch)
                throw std::invalid_argument("runs over different epochs");
            for (double v : {r.trainLoss, r.testLoss, r.trainAccuracy, r.testAccuracy}) {
                text += ',';
                text += formatRoundTrip(v);
            }
        }
        text += '\n';
    }
    return text;
}

}  // namespace al::train
