// SPDX-License-Identifier: MIT
#include "app/model/racemodel.h"

#include "core/catalog.h"
#include "core/state/schema.h"
#include "core/state/trainsetup.h"

#include <QTimer>

#include <algorithm>

namespace {

// Changing these only changes the next steps (as on the Train tab); the rest of "train." starts over.
bool actsOnNextStep(std::string_view key)
{
    return key == "train.lr" || key == "train.batch" || key == "train.l2" || key == "train.momentum" || key == "train.stepsPerFrame";
}

}  // namespace

RaceModel::RaceModel(LabState* state, QObject* parent) : StateModel(state, "race", parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(16);
    connect(m_timer, &QTimer::timeout, this, [this] { step(static_cast<int>(m_state->number("train.stepsPerFrame"))); });
    // The race shares the Train tab's settings (a change touching "race" too arrives through sectionChanged).
    connect(m_state, &LabState::changed, this, [this](const LabState::Keys& keys) {
        if (LabState::touches(keys, "train") && !LabState::touches(keys, "race"))
            stateChanged(keys);
    });
}

RaceModel::~RaceModel() = default;

int RaceModel::minRunners()
{
    return al::state::spec("race.functions").minCount;
}

int RaceModel::maxRunners()
{
    return al::state::spec("race.functions").maxCount;
}

void RaceModel::setFunction(int runner, const QString& key)
{
    QStringList list = functions();
    if (runner < 0 || runner >= list.size())
        return;
    list[runner] = key;
    m_state->set("race.functions", LabState::toStd(list));
}

void RaceModel::addFunction()
{
    QStringList list = functions();
    if (list.size() >= maxRunners())
        return;
    // The lecture's hidden-layer functions first (the step function learns nothing: f′ = 0), then the rest.
    QStringList order{QStringLiteral("relu"), QStringLiteral("tanh"), QStringLiteral("leaky_relu"), QStringLiteral("sigmoid"),
                      QStringLiteral("elu"), QStringLiteral("gelu"), QStringLiteral("silu"), QStringLiteral("linear")};
    for (const al::Activation& a : al::catalog())
        order.append(QString::fromLatin1(a.key.data(), static_cast<qsizetype>(a.key.size())));
    for (const QString& key : order)
        if (!list.contains(key)) {
            list.append(key);
            break;
        }
    m_state->set("race.functions", LabState::toStd(list));
}

void RaceModel::removeFunction(int runner)
{
    QStringList list = functions();
    if (list.size() <= minRunners() || runner < 0 || runner >= list.size())
        return;
    list.removeAt(runner);
    m_state->set("race.functions", LabState::toStd(list));
}

void RaceModel::setNumber(std::string_view key, double value)
{
    m_state->set(key, clamped(key, value));
}

void RaceModel::applyPreset(al::state::RacePreset preset)
{
    pause();
    m_state->apply(al::state::racePreset(preset));
}

int RaceModel::matchingPreset() const
{
    for (int i = 0; i < kPresets; ++i) {
        const al::state::Patch patch = al::state::racePreset(static_cast<al::state::RacePreset>(i));
        if (std::all_of(patch.begin(), patch.end(), [this](const auto& entry) { return m_state->document().value(entry.first) == entry.second; }))
            return i;
    }
    return -1;
}

bool RaceModel::playing() const
{
    return m_timer->isActive();
}

void RaceModel::play()
{
    if (!m_timer->isActive()) {
        m_timer->start();
        emit playingChanged(true);
    }
}

void RaceModel::pause()
{
    if (m_timer->isActive()) {
        m_timer->stop();
        emit playingChanged(false);
    }
}

void RaceModel::step(int steps)
{
    race();
    m_race->step(steps);
    emit changed();
}

void RaceModel::restart()
{
    m_race.reset();
    emit changed();
}

const al::train::Race& RaceModel::race() const
{
    if (!m_race)
        m_race = std::make_unique<al::train::Race>(al::state::makeRace(m_state->document()));
    return *m_race;
}

std::optional<int> RaceModel::epochsToTarget(std::size_t runner) const
{
    return race().epochReaching(runner, al::state::raceTargetShare(m_state->document()));
}

void RaceModel::sectionChanged(const LabState::Keys& keys)
{
    stateChanged(keys);
}

void RaceModel::stateChanged(const LabState::Keys& keys)
{
    const bool startOver = std::any_of(keys.begin(), keys.end(), [](std::string_view k) {
        // "train.epochs" is how far the Train tab's own run is, nothing the race trains on.
        return (k.starts_with("race.") && k != "race.target") || (k.starts_with("train.") && !actsOnNextStep(k) && k != "train.epochs");
    });
    if (startOver) {
        restart();
        return;
    }
    // The target only changes what the table counts; step settings act from the next step on.
    if (m_race) {
        const al::train::TrainOptions o = al::state::trainOptions(m_state->document());
        m_race->setStepOptions(o.learningRate, o.batch, o.l2, o.momentum);
    }
    emit changed();
}
