// SPDX-License-Identifier: MIT
#include "app/model/trainmodel.h"

#include "core/catalog.h"
#include "core/random.h"
#include "core/state/schema.h"
#include "core/state/trainsetup.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace {

// Changing these only changes the next steps; everything else in "train." starts over.
bool actsOnNextStep(std::string_view key)
{
    return key == "train.lr" || key == "train.batch" || key == "train.l2" || key == "train.momentum" || key == "train.stepsPerFrame";
}

}  // namespace

TrainModel::TrainModel(LabState* state, QObject* parent)
    : StateModel(state, "train", parent), m_timer(new QTimer(this)), m_catchUp(new QTimer(this))
{
    m_timer->setInterval(16);
    connect(m_timer, &QTimer::timeout, this, [this] { step(static_cast<int>(m_state->number("train.stepsPerFrame"))); });
    m_catchUp->setSingleShot(true);
    m_catchUp->setInterval(0);
    connect(m_catchUp, &QTimer::timeout, this, &TrainModel::catchUp);
    rebuild();
}

TrainModel::~TrainModel() = default;

std::vector<int> TrainModel::hidden() const
{
    std::vector<int> units;
    for (double v : m_state->numbers("train.hidden"))
        units.push_back(static_cast<int>(v));
    return units;
}

void TrainModel::setDataset(const QString& key)
{
    m_state->set("train.dataset", key.toStdString());
}

void TrainModel::setFunction(const QString& key)
{
    m_state->set("train.function", key.toStdString());
}

void TrainModel::setHidden(const std::vector<int>& units)
{
    std::vector<double> values;
    for (int u : units)
        values.push_back(clamped("train.hidden", u));
    m_state->set("train.hidden", values);
}

void TrainModel::setParameter(int index, double value)
{
    const al::Activation* a = al::findActivation(m_state->document().text("train.function"));
    al::ParameterValues p = parameters();
    if (!a || index < 0 || index >= static_cast<int>(p.size()))
        return;
    const al::Parameter& spec = a->parameters[static_cast<std::size_t>(index)];
    p[static_cast<std::size_t>(index)] = std::clamp(value, spec.min, spec.max);
    m_state->set("train.parameters", p);
}

std::optional<al::state::Problem> TrainModel::setFeature(std::string_view key, bool on)
{
    return m_state->set(key, on);
}

std::optional<al::state::Problem> TrainModel::addPoint(double x, double y, int label)
{
    std::vector<double> points = m_state->numbers("train.addedPoints");
    points.insert(points.end(), {x, y, label == 1 ? 1.0 : 0.0});
    return m_state->set("train.addedPoints", std::move(points));
}

void TrainModel::clearAddedPoints()
{
    m_state->set("train.addedPoints", std::vector<double>{});
}

std::optional<al::state::Problem> TrainModel::importPoints(std::span<const al::train::Point> points)
{
    return m_state->apply({{"train.addedPoints", al::state::pointNumbers(points)}, {"train.dataset", std::string("custom")}});
}

void TrainModel::setNumber(std::string_view key, double value)
{
    m_state->set(key, clamped(key, value));
}

void TrainModel::newSeed()
{
    al::Random r(static_cast<std::uint64_t>(m_state->number("train.seed")) + 1);
    setNumber("train.seed", static_cast<double>(r.next() % static_cast<std::uint64_t>(al::state::spec("train.seed").max)));
}

bool TrainModel::playing() const
{
    return m_timer->isActive();
}

void TrainModel::play()
{
    if (!m_timer->isActive()) {
        m_timer->start();
        emit playingChanged(true);
    }
}

void TrainModel::pause()
{
    if (m_timer->isActive()) {
        m_timer->stop();
        emit playingChanged(false);
    }
    // Stopping also stops training again towards a file's epoch: the run stays where it is.
    m_catchUp->stop();
    m_target = m_trainer->epoch();
    recordProgress();
}

void TrainModel::step(int steps)
{
    if (m_trainer->data().train.empty())
        return;  // a custom data set before its first point: nothing to learn from
    for (int i = 0; i < steps; ++i)
        if (auto record = m_trainer->step())
            m_history.push_back(std::move(*record));
    emit changed();
    if (!playing())
        recordProgress();  // while playing, only when it stops: not a state change per frame
}

void TrainModel::recordProgress()
{
    const double epochs = std::min<double>(m_trainer->epoch(), al::state::spec(kEpochs).max);
    if (m_state->number(kEpochs) == epochs)
        return;
    m_recording = true;
    m_state->set(kEpochs, epochs);
    m_recording = false;
}

void TrainModel::restart()
{
    // Back to the initial weights: the state says so too (which rebuilds the run).
    if (m_state->number(kEpochs) != 0.0 && !m_state->set(kEpochs, 0.0))
        return;
    rebuild();
}

void TrainModel::rebuild()
{
    const al::state::Document& d = m_state->document();
    m_trainer = std::make_unique<al::train::Trainer>(al::state::trainDataSet(d), al::state::trainOptions(d));
    m_history = {m_trainer->measure()};
    advanceTo(static_cast<int>(d.number(kEpochs)));
    emit changed();
}

void TrainModel::advanceTo(int epoch)
{
    // Trained again in slices between events: a file saved after thousands of epochs of a large
    // network would otherwise hold the window for minutes. finish() does it at once.
    m_target = epoch;
    if (m_trainer->epoch() < m_target && !m_trainer->data().train.empty())
        m_catchUp->start();
}

bool TrainModel::catchingUp() const
{
    return m_trainer->epoch() < m_target && !m_trainer->data().train.empty();
}

void TrainModel::catchUp()
{
    QElapsedTimer slice;
    slice.start();
    while (catchingUp() && slice.elapsed() < 12)
        if (auto record = m_trainer->step())
            m_history.push_back(std::move(*record));
    emit changed();
    if (catchingUp())
        m_catchUp->start();
}

void TrainModel::finish()
{
    m_catchUp->stop();
    if (!catchingUp())
        return;
    while (catchingUp())
        if (auto record = m_trainer->step())
            m_history.push_back(std::move(*record));
    emit changed();
}

void TrainModel::sectionChanged(const LabState::Keys& keys)
{
    if (m_recording)
        return;  // this model's own note of its progress
    const bool epochsGiven = std::find(keys.begin(), keys.end(), kEpochs) != keys.end();
    const int epochs = static_cast<int>(m_state->number(kEpochs));
    if (std::all_of(keys.begin(), keys.end(), [](std::string_view k) { return actsOnNextStep(k) || k == kEpochs; })) {
        // Keep the weights: carry on with the new step settings from the current network.
        const al::train::TrainOptions o = al::state::trainOptions(m_state->document());
        m_trainer->setStepOptions(o.learningRate, o.batch, o.l2, o.momentum);
        if (epochsGiven && epochs < m_trainer->epoch()) {
            rebuild();  // an earlier point of the run: again from the start
            return;
        }
        advanceTo(epochs);
        emit changed();
        return;
    }
    // The data or the network changed: a new run. It starts at epoch 0 unless the change says
    // where (a scenario file, a tour step).
    if (!epochsGiven && epochs != 0 && !m_state->set(kEpochs, 0.0))
        return;  // that change rebuilt the run
    rebuild();
}
