// SPDX-License-Identifier: MIT
#pragma once

#include "core/train/trainer.h"

#include <cstddef>
#include <span>
#include <string>

namespace al::train {

// The loss curves as CSV, one row per epoch: epoch,train_loss,test_loss,train_acc,test_acc, then
// grad_norm_1 … grad_norm_L, dead_1 … dead_L, saturated_1 … saturated_L for the network's L
// hidden layers (1 nearest the input). Numbers round-trip exactly. The command line's `train` and
// the Train tab's export both write with this, so their files agree byte for byte.
class EpochCsv {
public:
    explicit EpochCsv(std::size_t hiddenLayers);  // starts with the header
    // Appends the record's row; a record of another network (other layers) is refused.
    void add(const EpochRecord& record);
    const std::string& text() const { return m_text; }

private:
    std::size_t m_layers = 0;
    std::string m_text;
};

// The header and one row per record.
std::string epochCsv(std::size_t hiddenLayers, std::span<const EpochRecord> records);

// One run among several trained over the same epochs (the race): its column prefix and records.
struct NamedRun {
    std::string name;
    std::span<const EpochRecord> records;
};

// Several runs side by side, one row per epoch: `epoch`, then for each run in order
// <name>_train_loss,<name>_test_loss,<name>_train_acc,<name>_test_acc — the first four columns
// of the single-run table, prefixed. Numbers round-trip exactly. Refused (std::invalid_argument):
// an empty, repeated or comma-, quote- or newline-bearing name, and runs whose records are not
// the same epochs row by row (a table must not pair one run's epoch with another's).
std::string runsCsv(std::span<const NamedRun> runs);

}  // namespace al::train
