// SPDX-License-Identifier: MIT
#include "app/model/initmodel.h"

#include "core/catalog.h"
#include "core/state/initsetup.h"
#include "core/state/schema.h"

#include <QMetaObject>

#include <algorithm>

InitModel::InitModel(LabState* state, QObject* parent) : StateModel(state, "init", parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

InitModel::~InitModel()
{
    if (m_cancel)
        *m_cancel = true;
    m_pool.waitForDone();
}

al::state::Patch InitModel::presetPatch(Preset preset)
{
    const auto patch = [](const char* function, const char* scheme, double sigma) {
        return al::state::Patch{{"init.function", std::string(function)}, {"init.scheme", std::string(scheme)}, {"init.sigma", sigma},
                                {"init.bias", 0.0}};
    };
    switch (preset) {
    case Preset::TanhTiny:
        return patch("tanh", "normal", 0.01);
    case Preset::TanhLarge:
        return patch("tanh", "normal", 1.0);
    case Preset::TanhXavier:
        return patch("tanh", "xavier", 0.01);
    case Preset::ReluXavier:
        return patch("relu", "xavier", 0.01);
    case Preset::ReluHe:
        return patch("relu", "he", 0.01);
    }
    return {};
}

al::InitSetup InitModel::setup() const
{
    return al::state::initSetup(m_state->document());
}

al::InitSetup InitModel::currentSetup() const
{
    al::InitSetup s = setup();
    if (m_previewing)
        s.samples = al::previewSamples(s);
    return s;
}

void InitModel::setFunction(const QString& key)
{
    m_state->set("init.function", key.toStdString());
}

void InitModel::setParameter(int index, double value)
{
    const al::Activation* a = al::findActivation(m_state->document().text("init.function"));
    al::ParameterValues p = parameters();
    if (!a || index < 0 || index >= static_cast<int>(p.size()))
        return;
    const al::Parameter& spec = a->parameters[static_cast<std::size_t>(index)];
    p[static_cast<std::size_t>(index)] = std::clamp(value, spec.min, spec.max);
    m_state->set("init.parameters", p);
}

void InitModel::setScheme(const QString& key)
{
    m_state->set("init.scheme", key.toStdString());
}

void InitModel::setNumber(const char* key, double value)
{
    m_state->set(key, clamped(key, value));
}

void InitModel::applyPreset(Preset preset)
{
    m_state->apply(presetPatch(preset));
}

void InitModel::setActive(bool active)
{
    m_active = active;
    if (m_active && m_stale && !m_busy)
        start();
    if (!m_active && m_busy) {
        // Nobody looks: stop; the results are computed again when the page is shown.
        *m_cancel = true;
        ++m_generation;
        m_busy = false;
        m_stale = true;
    }
    if (!m_active)
        m_draws = std::make_shared<al::InitDraws>();  // the draws are worth keeping only while dragging
}

void InitModel::releaseLargeDraws()
{
    // Kept draws make the next drag's first step as quick as the others (the default stack's
    // 2.5 million weights take tens of milliseconds to draw); a large stack's would only hold
    // memory while nobody drags.
    const al::InitSetup s = currentSetup();
    const std::size_t weights = static_cast<std::size_t>(s.layers) * static_cast<std::size_t>(s.width) * static_cast<std::size_t>(s.width);
    if (weights > kDrawsKeptIdle)
        m_draws = std::make_shared<al::InitDraws>();
}

void InitModel::setPreviewing(bool previewing)
{
    if (m_previewing == previewing)
        return;
    m_previewing = previewing;
    if (!m_previewing && m_stale && m_active)
        start();  // the drag ended: the full experiment for the final value
}

void InitModel::sectionChanged(const LabState::Keys&)
{
    m_stale = true;
    emit changed();
    if (m_active)
        start();
}

void InitModel::start()
{
    if (m_cancel)
        *m_cancel = true;  // the running job stops after its current layer
    const al::InitSetup s = currentSetup();
    if (!s.activation)
        return;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const int generation = ++m_generation;
    const bool preview = m_previewing;
    m_busy = true;
    std::shared_ptr<al::InitDraws> draws = m_draws;
    m_pool.start([this, s, cancel, generation, preview, draws] {
        if (*cancel)
            return;
        al::runInitExperiment(s, draws.get(), [this, cancel, generation, preview, samples = s.samples](const al::InitStatistics& so) {
            if (*cancel)
                return false;
            // A preview is quick: only its finished results are drawn, not every layer on the way.
            if (preview && !so.backwardDone)
                return true;
            // Handed to the GUI thread; stale results (a newer generation) are dropped there.
            QMetaObject::invokeMethod(
                this,
                [this, so, generation, preview, samples] {
                    if (generation != m_generation)
                        return;
                    m_statistics = so;
                    m_statisticsSamples = samples;
                    if (so.backwardDone) {
                        m_busy = false;
                        m_stale = preview;
                        if (!preview && !m_previewing)
                            releaseLargeDraws();
                    }
                    emit resultsChanged();
                },
                Qt::QueuedConnection);
            return !*cancel;
        });
    });
}

void InitModel::finish()
{
    if (!m_stale && !m_busy)
        return;
    if (m_cancel)
        *m_cancel = true;
    m_pool.waitForDone();
    ++m_generation;  // results still queued from the worker are dropped
    const bool previewing = m_previewing;
    m_previewing = false;
    const al::InitSetup s = currentSetup();
    m_previewing = previewing;
    if (!s.activation)
        return;
    m_statistics = al::runInitExperiment(s, m_draws.get());
    m_statisticsSamples = s.samples;
    if (!m_previewing)
        releaseLargeDraws();
    m_busy = false;
    m_stale = false;
    emit resultsChanged();
}
