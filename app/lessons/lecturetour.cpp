// SPDX-License-Identifier: MIT
#include "app/lessons/lecturetour.h"

#include "app/model/comparemodel.h"
#include "app/model/explorermodel.h"
#include "app/views/infopanel.h"
#include "app/mainwindow.h"
#include "app/model/softmaxmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

// Puts the explorer in a known state for a step: the function with its defaults and a neuron
// whose z is `z` (one input x = 1 with weight z, no bias, so the read-out stays simple).
// cppcheck-suppress constParameter ; it changes the window's state, through the models it hands out
void neuronStep(MainWindow& w, const char* key, double z, const std::vector<std::pair<int, double>>& parameters = {})
{
    ExplorerModel& m = *w.model();
    m.setFunction(QString::fromLatin1(key));
    for (const auto& [index, value] : parameters)
        m.setParameter(index, value);
    m.setNeuron(al::Neuron({1.0}, {z}, 0.0));
    m.setEpsilon(ExplorerModel::kDefaultEpsilon);
    m.setShowDerivative(true);
    m.setShowTangent(true);
    m.resetView();
    w.tabs()->setCurrentIndex(MainWindow::NeuronTab);
}

}  // namespace

std::vector<LectureTour::Step> LectureTour::lectureSteps()
{
    return {
        {[] { return tr("The neuron and the step function"); },
         [] {
             return tr("A neuron adds up its inputs times their weights plus a bias: z = Σ wᵢxᵢ + b. The step function "
                       "then only answers yes (1) once z reaches the threshold θ, or no (0). Move θ and the weight: the "
                       "output jumps. Its derivative is 0 everywhere, so the whole line is dead — gradient descent gets "
                       "no signal from it.");
         },
         [](MainWindow& w) { neuronStep(w, "step", 0.8); }},
        {[] { return tr("Linear: proportional, but flat in depth"); },
         [] {
             return tr("f(z) = c·z passes any value through, unbounded — useful for a regression output. Its derivative "
                       "is the constant c, the same for every input. Stack linear layers and they collapse into one: "
                       "see it in the Depth tab.");
         },
         [](MainWindow& w) { neuronStep(w, "linear", 1.5); }},
        {[] { return tr("Sigmoid: a probability, with tails"); },
         [] {
             return tr("σ squeezes z into (0, 1) between the asymptotes y = 0 and y = 1 — handy as a probability. But its "
                       "slope is at most 0.25 (at z = 0) and tiny in the shaded tails: the neuron here sits in a vanishing "
                       "region. Drag the weight w₁ towards 0 and watch the slope return.");
         },
         [](MainWindow& w) { neuronStep(w, "sigmoid", 5.0); }},
        {[] { return tr("Tanh: the sigmoid, centred"); },
         [] {
             return tr("tanh(z) = 2σ(2z) − 1: the same S-shape stretched to (−1, 1) and centred on zero, with a slope up "
                       "to 1 — four times the sigmoid's. The dashed curve 2σ(2z) − 1 lies exactly on tanh.");
         },
         [](MainWindow& w) {
             neuronStep(w, "tanh", 0.5);
             w.compareModel()->applyPreset(CompareModel::Preset::SigmoidTanh);
             w.tabs()->setCurrentIndex(MainWindow::CompareTab);
         }},
        {[] { return tr("ReLU: cheap, sparse — and it can die"); },
         [] {
             return tr("ReLU(z) = max(0, z): slope 1 for z > 0, exactly 0 for z < 0. Here z is negative: the neuron is "
                       "in the dead region and does not learn. Move the weight to make z positive and the gradient flows "
                       "again.");
         },
         [](MainWindow& w) { neuronStep(w, "relu", -1.5); }},
        {[] { return tr("Leaky ReLU and PReLU: a small slope below zero"); },
         [] {
             return tr("A leak α gives negative z a small slope, so the neuron never dies completely. α is a "
                       "hyper-parameter (0.01 in PyTorch, 0.2 or 0.3 in Keras); PReLU learns it. Move α and watch the "
                       "left half tilt.");
         },
         [](MainWindow& w) { neuronStep(w, "leaky_relu", -1.5, {{0, 0.1}}); }},
        {[] { return tr("Softmax: many classes, one distribution"); },
         [] {
             return tr("Softmax turns the logits [−4, 5, 2, −8] into probabilities 0.000118, 0.952, 0.0474 and "
                       "0.00000215 that add up to 1. Change a logit or the temperature; with two classes the curve below "
                       "becomes the sigmoid.");
         },
         // cppcheck-suppress constParameter ; it changes the window's state, through the models it hands out
         [](MainWindow& w) {
             w.softmaxModel()->reset();
             w.tabs()->setCurrentIndex(MainWindow::SoftmaxTab);
         }},
        {[] { return tr("Which function for the output layer?"); },
         [] {
             return tr("Regression: linear. Binary or multi-label classification: sigmoid. One class out of many: "
                       "softmax. Hidden layers: ReLU or one of its variants. The guide on the right gives the Keras line "
                       "for each case.");
         },
         [](MainWindow& w) {
             neuronStep(w, "sigmoid", 0.0);
             w.infoPanel()->showPage(QStringLiteral("output_layer_guide"));
         }},
    };
}

LectureTour::LectureTour(MainWindow* window, QWidget* parent) : QFrame(parent), m_window(window), m_steps(lectureSteps())
{
    setObjectName(QStringLiteral("lectureTour"));
    setFrameShape(QFrame::StyledPanel);
    m_counter = new QLabel(this);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
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
    m_steps[static_cast<std::size_t>(index)].setUp(*m_window);
    retranslate();
}

QString LectureTour::titleText() const
{
    return m_steps[static_cast<std::size_t>(m_current)].title();
}

QString LectureTour::bodyText() const
{
    return m_steps[static_cast<std::size_t>(m_current)].text();
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

void LectureTour::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}
