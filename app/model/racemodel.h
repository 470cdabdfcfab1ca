// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/statemodel.h"
#include "core/state/racesetup.h"
#include "core/train/race.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

QT_FORWARD_DECLARE_CLASS(QTimer)

// The race: 2–4 activations ("race.functions") trained side by side on the Train tab's network,
// data and steps ("train.*"), from the same initial weights. Any change of the runners, the data
// or the network starts the race again; the learning rate, batch, L2 and momentum act from the
// next step on, and the target only changes what the table counts. The race is built when it is
// first asked for, so a change while another tab is open costs nothing. Play runs
// `train.stepsPerFrame` steps of every runner per timer tick on the GUI thread.
class RaceModel : public StateModel {
    Q_OBJECT
public:
    static constexpr int kPresets = al::state::kRacePresets;

    explicit RaceModel(LabState* state = nullptr, QObject* parent = nullptr);
    ~RaceModel() override;

    QStringList functions() const { return m_state->texts("race.functions"); }
    double target() const { return m_state->number("race.target"); }  // in %
    static int minRunners();
    static int maxRunners();

    void setFunction(int runner, const QString& key);
    // Another runner: the first catalog function not yet in the race (none beyond four).
    void addFunction();
    void removeFunction(int runner);  // none below two
    void setNumber(std::string_view key, double value);  // "race.target" or a "train.*" number, clamped
    void applyPreset(al::state::RacePreset preset);
    // The preset the state matches, or -1.
    int matchingPreset() const;

    bool playing() const;
    void play();
    void pause();
    // Every runner takes `steps` mini-batch steps.
    void step(int steps = 1);
    // Every runner back to the shared initial weights.
    void restart();

    const al::train::Race& race() const;
    // The epoch at which a runner's test accuracy first reached the target, or nothing.
    std::optional<int> epochsToTarget(std::size_t runner) const;

signals:
    // The race changed: steps, a restart, a new target or new runners.
    void changed();
    void playingChanged(bool playing);

protected:
    void sectionChanged(const LabState::Keys& keys) override;

private:
    void stateChanged(const LabState::Keys& keys);

    mutable std::unique_ptr<al::train::Race> m_race;  // null: to be built from the state
    QTimer* m_timer = nullptr;
};
