// SPDX-License-Identifier: MIT
#include "core/state/racesetup.h"

#include "core/catalog.h"
#include "core/state/schema.h"
#include "core/state/trainsetup.h"

#include <string>

namespace al::state {

std::vector<const Activation*> raceActivations(const Document& document)
{
    std::vector<const Activation*> out;
    for (const std::string& key : document.texts("race.functions"))
        out.push_back(findActivation(key));  // the schema admits catalog keys only
    return out;
}

train::Race makeRace(const Document& document)
{
    return train::Race(trainDataSet(document), trainOptions(document), raceActivations(document));
}

double raceTargetShare(const Document& document)
{
    return document.number("race.target") / 100.0;
}

Patch racePreset(RacePreset preset)
{
    const auto race = [](std::vector<std::string> functions, double target, const char* dataset, std::vector<double> hidden, double lr) {
        Patch p{{"race.functions", std::move(functions)},
                {"race.target", target},
                {"train.dataset", std::string(dataset)},
                {"train.noise", 0.0},
                {"train.points", 500.0},
                {"train.trainShare", 0.5},
                {"train.seed", 1.0},
                {"train.hidden", std::move(hidden)},
                {"train.init", std::string("xavier")},
                {"train.lr", lr},
                {"train.batch", 10.0},
                {"train.l2", 0.0},
                {"train.momentum", 0.0}};
        // The plain coordinates only: with x₁² and x₂² even a linear network would draw a circle.
        for (std::string_view key : trainFeatureKeys())
            p.emplace_back(std::string(key), key == "train.features.x1" || key == "train.features.x2");
        return p;
    };
    switch (preset) {
    case RacePreset::LinearVsTanh:
        return race({"linear", "tanh"}, 90.0, "circle", {8, 8}, 0.1);
    case RacePreset::SigmoidVsRelu:
        // The spiral is hard: 80 % is a clear goal that ReLU reaches within a hundred epochs.
        return race({"sigmoid", "relu"}, 80.0, "spiral", {16, 16, 16, 16}, 0.1);
    case RacePreset::ReluVsLeakyRelu:
        return race({"relu", "leaky_relu"}, 90.0, "circle", {8, 8}, 2.0);
    }
    return {};
}

}  // namespace al::state
