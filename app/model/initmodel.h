// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/statemodel.h"
#include "core/initstats.h"
#include "core/state/document.h"

#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>

// The initialisation lesson: a deep stack of wide layers fed random inputs (the settings
// "init.*"). The experiment runs on a worker thread of its own: layers are announced as they are
// ready, a newer setting cancels stale work (checked between layers), and while a slider is
// dragged a preview uses fewer samples. Nothing is computed until a view activates the model or
// asks for finished results.
class InitModel : public StateModel {
    Q_OBJECT
public:
    // The classic sequence of the lecture hall, each a patch of the state.
    enum class Preset { TanhTiny, TanhLarge, TanhXavier, ReluXavier, ReluHe };
    static constexpr int kPresets = 5;
    static al::state::Patch presetPatch(Preset preset);

    explicit InitModel(LabState* state = nullptr, QObject* parent = nullptr);
    ~InitModel() override;

    QString function() const { return m_state->text("init.function"); }
    const al::ParameterValues& parameters() const { return m_state->numbers("init.parameters"); }
    QString scheme() const { return m_state->text("init.scheme"); }
    double number(const char* key) const { return m_state->number(key); }
    // The experiment these settings describe (with the full sample count).
    al::InitSetup setup() const;

    void setFunction(const QString& key);
    void setParameter(int index, double value);
    void setScheme(const QString& key);
    void setNumber(const char* key, double value);  // clamped to the setting's range
    void applyPreset(Preset preset);

    // On while a view shows the results: settings changes then start the experiment.
    void setActive(bool active);
    // On while a slider is dragged: previews with previewSamples(); off runs the full experiment.
    void setPreviewing(bool previewing);
    bool previewing() const { return m_previewing; }

    // The results so far (possibly of a preview, possibly partial while the worker runs).
    const al::InitStatistics& statistics() const { return m_statistics; }
    int statisticsSamples() const { return m_statisticsSamples; }
    bool busy() const { return m_busy; }
    // Whether the worker still runs (a cancelled run finishes its current layer first).
    bool working() const { return m_pool.activeThreadCount() > 0; }
    // Runs the full experiment now on the calling thread unless its results are already here
    // (figures, tests); announces them.
    void finish();
    // Weights whose draws the model keeps for the next run (for tests of the memory policy).
    std::size_t heldWeights() const { return m_draws->heldWeights(); }

signals:
    void changed();          // a setting changed
    void resultsChanged();   // new (or more) statistics

protected:
    void sectionChanged(const LabState::Keys& keys) override;

private:
    void start();
    al::InitSetup currentSetup() const;

    QThreadPool m_pool;  // one thread: jobs run in order, stale ones stop at once
    // The random draws, kept while a slider is dragged; a job holds its own reference.
    void releaseLargeDraws();
    // Weights whose draws stay while the tab is open but nobody drags (floats: 16 MB).
    static constexpr std::size_t kDrawsKeptIdle = std::size_t{4} << 20;
    std::shared_ptr<al::InitDraws> m_draws = std::make_shared<al::InitDraws>();
    std::shared_ptr<std::atomic<bool>> m_cancel;
    int m_generation = 0;
    bool m_active = false;
    bool m_previewing = false;
    bool m_busy = false;
    bool m_stale = true;  // the statistics are not those of the full experiment of the settings
    al::InitStatistics m_statistics;
    int m_statisticsSamples = 0;
};
