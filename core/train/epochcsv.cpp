// SPDX-License-Identifier: MIT
#include "core/train/epochcsv.h"

#include "core/numbers.h"

#include <stdexcept>

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

}  // namespace al::train
