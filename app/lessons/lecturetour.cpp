// SPDX-License-Identifier: MIT
#include "app/lessons/lecturetour.h"

#include "app/model/comparemodel.h"
#include "app/model/initmodel.h"
#include "app/model/labstate.h"
#include "core/catalog.h"
#include "core/state/schema.h"
#include "core/viewrange.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

using al::state::Patch;

// The explorer in a known state for a step: the function with these parameters (the others at
// their defaults), a neuron whose z is `z` (one input x = 1 with weight z, no bias, so the
// read-out stays simple), the default ε, f′ and the tangent shown, the default view fitted to f.
Patch neuronStep(const char* key, double z, const std::vector<double>& parameters = {})
{
    const al::Activation& a = *al::findActivation(key);
    al::ParameterValues p = a.defaults();
    std::copy(parameters.begin(), parameters.end(), p.begin());
    const al::state::Document defaults;
    const al::ViewRange view = al::fitView(a, p, defaults.number("explorer.view.zMin"), defaults.number("explorer.view.zMax"));
    return {{"explorer.function", std::string(key)},
            {"explorer.parameters", p},
            {"explorer.neuron.inputs", std::vector<double>{1.0}},
            {"explorer.neuron.weights", std::vector<double>{z}},
            {"explorer.neuron.bias", 0.0},
            {"explorer.epsilon", defaults.value("explorer.epsilon")},
            {"explorer.showDerivative", true},
            {"explorer.showTangent", true},
            {"explorer.view.zMin", view.zMin},
            {"explorer.view.zMax", view.zMax},
            {"explorer.view.yMin", view.yMin},
            {"explorer.view.yMax", view.yMax}};
}

// Every setting of a section at its default.
Patch sectionDefaults(std::string_view section)
{
    const al::state::Document defaults;
    Patch patch;
    for (const al::state::Spec& s : al::state::schema())
        if (s.section() == section)
            patch.emplace_back(std::string(s.key), defaults.value(s.key));
    return patch;
}

// The Train tab from its defaults (the circle, two hidden layers of 8) with this activation.
Patch trainStep(const char* key)
{
    Patch patch = sectionDefaults("train");
    patch.emplace_back("train.function", std::string(key));
    patch.emplace_back("train.parameters", al::findActivation(key)->defaults());
    return patch;
}

Patch join(Patch a, const Patch& b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

}  // namespace

const std::vector<LectureTour::Step>& LectureTour::lectureSteps()
{
    static const std::vector<Step> steps{
        {QT_TR_NOOP("The neuron and the step function"),
         QT_TR_NOOP("A neuron adds up its inputs times their weights plus a bias: z = Σ wᵢxᵢ + b. The step function "
               "then only answers yes (1) once z reaches the threshold θ, or no (0). Move θ and the weight: the "
               "output jumps. Its derivative is 0 everywhere except at θ, where it does not exist, so the whole "
               "line is dead — gradient descent gets no signal from it."),
         neuronStep("step", 0.8), "neuron", ""},
        {QT_TR_NOOP("Linear: proportional, but flat in depth"),
         QT_TR_NOOP("f(z) = c·z passes any value through, unbounded — useful for a regression output. Its derivative "
               "is the constant c, the same for every input. Stack linear layers and they collapse into one: "
               "see it in the Depth tab."),
         neuronStep("linear", 1.5), "neuron", ""},
        {QT_TR_NOOP("Sigmoid: a probability, with tails"),
         QT_TR_NOOP("σ squeezes z into (0, 1) between the asymptotes y = 0 and y = 1 — handy as a probability. But its "
               "slope is at most 0.25 (at z = 0) and tiny in the shaded tails: the neuron here sits in a vanishing "
               "region. Drag the weight w₁ towards 0 and watch the slope return."),
         neuronStep("sigmoid", 5.0), "neuron", ""},
        {QT_TR_NOOP("Tanh: the sigmoid, centred"),
         QT_TR_NOOP("tanh(z) = 2σ(2z) − 1: the same S-shape stretched to (−1, 1) and centred on zero, with a slope up "
               "to 1 — four times the sigmoid's. The dashed curve 2σ(2z) − 1 lies exactly on tanh."),
         join(neuronStep("tanh", 0.5), CompareModel::presetPatch(CompareModel::Preset::SigmoidTanh)), "compare", ""},
        {QT_TR_NOOP("ReLU: cheap, sparse — and it can die"),
         QT_TR_NOOP("ReLU(z) = max(0, z): slope 1 for z > 0, exactly 0 for z < 0. Here z is negative: the neuron is "
               "in the dead region and does not learn. Move the weight to make z positive and the gradient flows "
               "again."),
         neuronStep("relu", -1.5), "neuron", ""},
        {QT_TR_NOOP("Leaky ReLU and PReLU: a small slope below zero"),
         QT_TR_NOOP("A leak α gives negative z a small slope, so the neuron never dies completely. α is a "
               "hyper-parameter (0.01 in PyTorch, 0.2 or 0.3 in Keras); PReLU learns it. Move α and watch the "
               "left half tilt."),
         neuronStep("leaky_relu", -1.5, {0.1}), "neuron", ""},
        {QT_TR_NOOP("Initialisation: does the signal survive ten layers?"),
         QT_TR_NOOP("Before any training, ten tanh layers with weights drawn from N(0, 0.01²) shrink the signal layer "
               "by layer: at the top the activations and the gradients are almost zero — a vanishing gradient "
               "without a single step of learning. Try the presets below: Xavier keeps tanh's spread, ReLU needs He."),
         join(sectionDefaults("init"), InitModel::presetPatch(InitModel::Preset::TanhTiny)), "init", ""},
        {QT_TR_NOOP("Why the activation decides what a network can learn"),
         QT_TR_NOOP("A network of two hidden layers learns to tell the points inside the circle from those outside, "
               "but its units are linear: linear layers stacked make one linear function, so the boundary stays a "
               "straight line and the circle cannot be separated. Press Play and watch the loss stop falling. Then "
               "choose tanh as the activation and press Play again: the boundary bends round the circle and the "
               "loss falls towards 0."),
         trainStep("linear"), "train", "linear"},
        {QT_TR_NOOP("Softmax: many classes, one distribution"),
         QT_TR_NOOP("Softmax turns the logits [−4, 5, 2, −8] into probabilities 0.000118, 0.952, 0.0474 and "
               "0.00000215 that add up to 1. Change a logit or the temperature; with two classes the curve below "
               "becomes the sigmoid."),
         sectionDefaults("softmax"), "softmax", ""},
        {QT_TR_NOOP("Which function for the output layer?"),
         QT_TR_NOOP("Regression: linear. Binary or multi-label classification: sigmoid. One class out of many: "
               "softmax. Hidden layers: ReLU or one of its variants. The guide on the right gives the Keras line "
               "for each case."),
         neuronStep("sigmoid", 0.0), "neuron", "output_layer_guide"},
    };
    return steps;
}

LectureTour::LectureTour(LabState* state, QWidget* parent) : Retranslated(parent), m_state(state)
{
    setObjectName(QStringLiteral("lectureTour"));
    setFrameShape(QFrame::StyledPanel);
    m_counter = new QLabel(this);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);  // a long title in Russian at 200 % wraps rather than pushes the buttons out
    m_body = new QLabel(this);
    m_body->setWordWrap(true);
    // The bar keeps the height its text needs; the panels above give way.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_previous = new QPushButton(this);
    m_next = new QPushButton(this);
    m_leave = new QPushButton(this);
    auto* top = new QHBoxLayout();
    top->addWidget(m_counter);
    top->addWidget(m_title, 1);
    top->addWidget(m_previous);
    top->addWidget(m_next);
    top->addWidget(m_leave);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_body);
    connect(m_previous, &QPushButton::clicked, this, &LectureTour::previous);
    connect(m_next, &QPushButton::clicked, this, &LectureTour::next);
    connect(m_leave, &QPushButton::clicked, this, &LectureTour::leave);
    hide();
    retranslate();
}

void LectureTour::start()
{
    QFrame::show();
    emit runningChanged(true);
    show(0);
}

void LectureTour::next()
{
    if (m_current + 1 < count())
        show(m_current + 1);
}

void LectureTour::previous()
{
    if (m_current > 0)
        show(m_current - 1);
}

void LectureTour::go(int index)
{
    if (index >= 0 && index < count())
        show(index);
}

void LectureTour::leave()
{
    hide();
    emit runningChanged(false);
}

void LectureTour::show(int index)
{
    m_current = index;
    const Step& step = lectureSteps()[static_cast<std::size_t>(index)];
    al::state::Patch patch = step.patch;
    patch.emplace_back("tab", std::string(step.tab));
    m_state->apply(patch);
    emit infoPageRequested(QString::fromLatin1(step.infoPage));
    retranslate();
}

QString LectureTour::titleText() const
{
    return tr(lectureSteps()[static_cast<std::size_t>(m_current)].title);
}

QString LectureTour::bodyText() const
{
    return tr(lectureSteps()[static_cast<std::size_t>(m_current)].text);
}

QString LectureTour::counterText() const
{
    return tr("Step %1 of %2").arg(m_current + 1).arg(count());
}

void LectureTour::retranslate()
{
    m_counter->setText(counterText());
    m_title->setText(titleText());
    m_body->setText(bodyText());
    m_previous->setText(tr("← &Previous"));
    m_previous->setToolTip(tr("The previous step (PgUp)"));
    m_next->setText(tr("&Next →"));
    m_next->setToolTip(tr("The next step (PgDn)"));
    m_leave->setText(tr("&Leave the Tour"));
    m_leave->setToolTip(tr("Close the tour; everything stays as it is (Esc)"));
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < count());
    setAccessibleName(tr("Guided tour"));
}

