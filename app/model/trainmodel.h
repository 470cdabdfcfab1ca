// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/statemodel.h"
#include "core/train/trainer.h"

#include <QString>

#include <memory>
#include <optional>
#include <span>
#include <vector>

QT_FORWARD_DECLARE_CLASS(QTimer)

// The training playground: a small network learning a data set of the plane (the settings
// "train.*"). Any change of the data, the network or the seed starts again from the initial
// weights; the learning rate, batch and L2 act from the next step on. Play runs
// `train.stepsPerFrame` steps per timer tick on the GUI thread (a step of a 2-8-8-1 network
// takes microseconds).
class TrainModel : public StateModel {
    Q_OBJECT
public:
    explicit TrainModel(LabState* state = nullptr, QObject* parent = nullptr);
    ~TrainModel() override;

    QString dataset() const { return m_state->text("train.dataset"); }
    QString function() const { return m_state->text("train.function"); }
    std::vector<int> hidden() const;

    void setDataset(const QString& key);
    void setFunction(const QString& key);
    void setHidden(const std::vector<int>& units);
    void setNumber(std::string_view key, double value);  // any number setting of "train.*", clamped
    const al::ParameterValues& parameters() const { return m_state->numbers("train.parameters"); }
    void setParameter(int index, double value);  // clamped to the catalog's range
    // "train.features.*"; refused (and returned) when it would switch off the last input.
    std::optional<al::state::Problem> setFeature(std::string_view key, bool on);
    // Points of the user's own (train.addedPoints): one clicked point, none, or an imported set
    // that replaces the generated shape (the data set becomes "custom"). Refusals change nothing.
    std::optional<al::state::Problem> addPoint(double x, double y, int label);
    void clearAddedPoints();
    std::optional<al::state::Problem> importPoints(std::span<const al::train::Point> points);
    void newSeed();

    bool playing() const;
    void play();
    void pause();
    // One mini-batch step, or `steps` of them.
    void step(int steps = 1);
    // Back to the initial weights (same seed).
    void restart();
    // A run opened at a later epoch (a scenario file's "train.epochs") is trained again to there
    // in slices between events; this does the rest now (figures, tests).
    void finish();
    bool catchingUp() const;
    // Writes how far the run is ("train.epochs") into the state, so a scenario file saved now
    // trains again to here. Done when training stops (pause, a manual step), not every frame.
    void recordProgress();

    const al::train::Trainer& trainer() const { return *m_trainer; }
    // One record per finished epoch, and the record of the initial weights first.
    const std::vector<al::train::EpochRecord>& history() const { return m_history; }

signals:
    // The network or the data changed (after steps or a restart).
    void changed();
    void playingChanged(bool playing);

protected:
    void sectionChanged(const LabState::Keys& keys) override;

private:
    static constexpr std::string_view kEpochs = "train.epochs";
    // A new run from the state's settings, trained to its "train.epochs".
    void rebuild();
    void advanceTo(int epoch);
    void catchUp();  // one slice of training towards m_target

    bool m_recording = false;  // the state change under way is recordProgress's own
    std::unique_ptr<al::train::Trainer> m_trainer;
    std::vector<al::train::EpochRecord> m_history;
    QTimer* m_timer = nullptr;
    QTimer* m_catchUp = nullptr;
    int m_target = 0;  // the epoch a rebuilt run is trained again to
};
