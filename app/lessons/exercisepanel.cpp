// SPDX-License-Identifier: MIT
#include "app/lessons/exercisepanel.h"

#include "app/languagemanager.h"
#include "app/widgets/controllocks.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSettings>

namespace {

QString settingsKey(const QString& id)
{
    return QStringLiteral("exercises/") + id;
}

QLabel* wrapping(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

}  // namespace

ExercisePanel::ExercisePanel(LabState* state, QWidget* controls, QWidget* parent)
    : Retranslated(parent), m_state(state), m_controls(controls), m_exercises(Exercises::builtIn())
{
    setObjectName(QStringLiteral("exercisePanel"));
    auto* layout = new QVBoxLayout(this);
    m_listLabel = new QLabel(this);
    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("exerciseList"));
    // Long titles must not widen the dock: the list shows what fits and the popup the rest.
    m_list->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_list->setMinimumContentsLength(16);
    m_listLabel->setBuddy(m_list);
    m_startButton = new QPushButton(this);
    m_leaveButton = new QPushButton(this);
    m_leaveButton->setObjectName(QStringLiteral("leaveExercise"));
    auto* row = new QHBoxLayout();
    row->addWidget(m_list, 1);
    row->addWidget(m_startButton);
    m_notice = wrapping(this);
    m_notice->setObjectName(QStringLiteral("exerciseNotice"));
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_task = wrapping(this);

    m_predictionBox = new QGroupBox(this);
    auto* predictionLayout = new QVBoxLayout(m_predictionBox);
    m_question = wrapping(m_predictionBox);
    m_choicesBox = new QWidget(m_predictionBox);
    m_choicesLayout = new QGridLayout(m_choicesBox);
    m_choicesLayout->setContentsMargins(0, 0, 0, 0);
    m_choicesLayout->setColumnStretch(1, 1);
    m_choices = new QButtonGroup(this);
    m_number = new QDoubleSpinBox(m_predictionBox);
    m_number->setRange(-1e6, 1e6);
    m_number->setDecimals(4);
    m_answerButton = new QPushButton(m_predictionBox);
    m_answerResult = wrapping(m_predictionBox);
    predictionLayout->addWidget(m_question);
    predictionLayout->addWidget(m_choicesBox);
    predictionLayout->addWidget(m_number);
    predictionLayout->addWidget(m_answerButton);
    predictionLayout->addWidget(m_answerResult);

    m_goal = wrapping(this);
    m_goal->setObjectName(QStringLiteral("exerciseGoal"));
    m_hintButton = new QPushButton(this);
    m_hints = wrapping(this);
    m_explanation = wrapping(this);
    m_openButton = new QPushButton(this);
    m_saveButton = new QPushButton(this);
    auto* fileRow = new QHBoxLayout();
    fileRow->addWidget(m_openButton);
    fileRow->addWidget(m_saveButton);

    layout->addWidget(m_listLabel);
    layout->addLayout(row);
    layout->addWidget(m_notice);
    layout->addWidget(m_title);
    layout->addWidget(m_task);
    layout->addWidget(m_predictionBox);
    layout->addWidget(m_goal);
    layout->addWidget(m_hintButton);
    layout->addWidget(m_hints);
    layout->addWidget(m_explanation);
    layout->addWidget(m_leaveButton, 0, Qt::AlignLeft);
    layout->addStretch(1);
    layout->addLayout(fileRow);

    m_locks = new ControlLocks(m_state, m_controls ? m_controls : this, this);
    connect(m_startButton, &QPushButton::clicked, this, [this] { start(m_list->currentIndex()); });
    connect(m_leaveButton, &QPushButton::clicked, this, [this] { leave(Left::ByStudent); });
    connect(m_state, &LabState::replaced, this, &ExercisePanel::onReplaced);
    connect(m_answerButton, &QPushButton::clicked, this, &ExercisePanel::checkPrediction);
    connect(m_hintButton, &QPushButton::clicked, this, &ExercisePanel::showNextHint);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Exercise File"), QString(), tr("Exercises (*.alex)"));
        if (path.isEmpty())
            return;
        const QString error = addFile(path);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Open Exercise File"), error);
    });
    connect(m_saveButton, &QPushButton::clicked, this, &ExercisePanel::saveStateAsExercise);
    connect(m_state, &LabState::changed, this, &ExercisePanel::onStateChanged);
    retranslate();
    showExercise();
}

QString ExercisePanel::language() const
{
    return LanguageManager::instance().current();
}

const Exercises::Exercise* ExercisePanel::exercise() const
{
    return m_current < 0 ? nullptr : &m_exercises[static_cast<std::size_t>(m_current)];
}

const Exercises::Exercise* ExercisePanel::exerciseAt(int index) const
{
    return index < 0 || index >= count() ? nullptr : &m_exercises[static_cast<std::size_t>(index)];
}

QString ExercisePanel::progress(const QString& id)
{
    return QSettings().value(settingsKey(id)).toString();
}

void ExercisePanel::setProgress(const QString& value)
{
    if (const Exercises::Exercise* e = exercise()) {
        if (progress(e->id) != QLatin1String("done"))
            QSettings().setValue(settingsKey(e->id), value);
    }
    fillList();
}

void ExercisePanel::fillList()
{
    const int selected = m_list->currentIndex();
    m_list->clear();
    for (const Exercises::Exercise& e : m_exercises) {
        const QString p = progress(e.id);
        const QString mark = p == QLatin1String("done") ? tr("✓ done") : p == QLatin1String("attempted") ? tr("• attempted") : QString();
        m_list->addItem(mark.isEmpty() ? e.title.in(language()) : QStringLiteral("%1 (%2)").arg(e.title.in(language()), mark));
    }
    m_list->setCurrentIndex(selected >= 0 ? selected : (m_current >= 0 ? m_current : 0));
}

void ExercisePanel::start(int index)
{
    if (index < 0 || index >= static_cast<int>(m_exercises.size()))
        return;
    m_current = index;
    m_list->setCurrentIndex(index);
    m_predicted = false;
    m_goalReached = false;
    m_hintsShown = 0;
    m_left = Left::None;
    const Exercises::Exercise& e = *exercise();
    m_starting = true;
    m_state->replace(e.start);
    m_starting = false;
    m_state->setLocked(e.locked);
    setProgress(QStringLiteral("attempted"));
    showExercise();
    emit started();
}

void ExercisePanel::leave(Left why)
{
    const Exercises::Exercise* e = exercise();
    if (!e)
        return;
    m_leftTitle = e->title;
    m_left = why;
    m_current = -1;
    m_state->setLocked({});
    showExercise();
}

void ExercisePanel::onReplaced()
{
    // Our own start replaces the state too; anything else (a scenario file) ends the exercise.
    if (!m_starting)
        leave(Left::Replaced);
}

QString ExercisePanel::notice() const
{
    const QString title = m_leftTitle.in(language());
    switch (m_left) {
    case Left::None:
        return {};
    case Left::ByStudent:
        return tr("You left the exercise “%1”; its controls are unlocked. Press Start to begin it again.").arg(title);
    case Left::Replaced:
        return tr("The exercise “%1” has ended: a scenario file replaced the lab's settings. Press Start to begin it again.").arg(title);
    case Left::Tour:
        return tr("The exercise “%1” has ended: the guided tour sets the controls itself. Press Start to begin it again.").arg(title);
    }
    return {};
}

void ExercisePanel::showExercise()
{
    const Exercises::Exercise* e = exercise();
    const bool active = e != nullptr;
    for (QWidget* w : std::initializer_list<QWidget*>{m_title, m_task, m_predictionBox, m_goal, m_hintButton, m_hints, m_leaveButton})
        w->setVisible(active);
    m_notice->setText(notice());
    m_notice->setVisible(!active && m_left != Left::None);
    if (e)
        m_locks->setReason(tr("Locked by the exercise “%1”: this setting is part of the task. “Leave Exercise” unlocks it.")
                               .arg(e->title.in(language())));
    if (!active) {
        m_explanation->hide();
        return;
    }
    const QString lang = language();
    m_title->setText(e->title.in(lang));
    m_task->setText(e->task.in(lang));
    m_question->setText(e->question.in(lang));
    const int checked = m_choices->checkedId();
    for (QAbstractButton* b : m_choices->buttons())
        m_choices->removeButton(b);
    qDeleteAll(m_choicesBox->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    // A numbered radio button and the choice's words beside it, wrapped to the dock's width.
    for (std::size_t i = 0; i < e->choices.size(); ++i) {
        const int id = static_cast<int>(i) + 1;
        auto* radio = new QRadioButton(QStringLiteral("&%1").arg(id), m_choicesBox);
        auto* words = wrapping(m_choicesBox);
        words->setText(e->choices[i].in(lang));
        radio->setAccessibleDescription(words->text());
        m_choices->addButton(radio, id);
        m_choicesLayout->addWidget(radio, id, 0, Qt::AlignTop);
        m_choicesLayout->addWidget(words, id, 1);
        radio->setEnabled(!m_predicted);
        radio->setChecked(id == checked);
    }
    m_choicesBox->setVisible(e->multipleChoice());
    m_number->setVisible(!e->multipleChoice());
    m_number->setEnabled(!m_predicted);
    m_answerButton->setEnabled(!m_predicted);
    m_answerResult->setText(!m_predicted        ? QString()
                            : m_predictionRight ? tr("Your prediction is right. Now check it on the chart.")
                                                : tr("Your prediction is not right. Explore and find out why."));
    m_hintButton->setEnabled(m_hintsShown < static_cast<int>(e->hints.size()));
    QStringList hints;
    for (int i = 0; i < m_hintsShown; ++i)
        hints << tr("Hint %1: %2").arg(i + 1).arg(e->hints[static_cast<std::size_t>(i)].in(lang));
    m_hints->setText(hints.join(QLatin1Char('\n')));
    m_hints->setVisible(m_hintsShown > 0);
    onStateChanged();
}

void ExercisePanel::answerChoice(int choice)
{
    if (QAbstractButton* b = m_choices->button(choice))
        b->setChecked(true);
    checkPrediction();
}

void ExercisePanel::answerNumber(double value)
{
    m_number->setValue(value);
    checkPrediction();
}

void ExercisePanel::checkPrediction()
{
    const Exercises::Exercise* e = exercise();
    if (!e || m_predicted)
        return;
    QString answer;
    if (e->multipleChoice()) {
        if (m_choices->checkedId() < 1) {
            m_answerResult->setText(tr("Choose an answer first."));
            return;
        }
        answer = QString::number(m_choices->checkedId());
    } else {
        answer = QString::number(m_number->value(), 'g', 17);
    }
    const std::optional<Exercises::Verdict> verdict = Exercises::checkAnswer(*e, answer);
    m_predicted = true;
    m_predictionRight = verdict && verdict->correct;
    showExercise();
}

void ExercisePanel::showNextHint()
{
    const Exercises::Exercise* e = exercise();
    if (!e || m_hintsShown >= static_cast<int>(e->hints.size()))
        return;
    ++m_hintsShown;
    showExercise();
}

bool ExercisePanel::explanationShown() const
{
    return !m_explanation->isHidden();
}

void ExercisePanel::onStateChanged()
{
    const Exercises::Exercise* e = exercise();
    if (!e)
        return;
    const Exercises::Verdict verdict = Exercises::checkState(*e, m_state->document(), Exercises::Wording::Window);
    const bool reached = verdict.correct;
    if (!m_predicted)
        m_goal->setText(tr("Answer the prediction first, then change the controls to reach the goal."));
    else if (reached)
        m_goal->setText(tr("✓ Goal reached."));
    else if (verdict.reason == Exercises::Verdict::Reason::NotReached)
        m_goal->setText(tr("Goal not reached yet: keep changing the controls."));
    else  // the goal cannot be read in this state (a quantity it names is gone): say why
        m_goal->setText(tr("Goal not reached yet: %1.").arg(verdict.why));
    if (reached && m_predicted && !m_goalReached) {
        m_goalReached = true;
        setProgress(QStringLiteral("done"));
    }
    m_explanation->setText(m_goalReached ? tr("Why: %1").arg(e->explanation.in(language())) : QString());
    m_explanation->setVisible(m_goalReached);
}

QString ExercisePanel::addFile(const QString& path)
{
    Exercises::Loaded loaded = Exercises::load(path);
    if (!loaded.error.isEmpty())
        return loaded.error;
    const int first = static_cast<int>(m_exercises.size());
    for (Exercises::Exercise& e : loaded.exercises)
        m_exercises.push_back(std::move(e));
    fillList();
    m_list->setCurrentIndex(first);
    return {};
}

void ExercisePanel::saveStateAsExercise()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the State as an Exercise"), QStringLiteral("exercise.alex"), tr("Exercises (*.alex)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".alex")))
        path += QStringLiteral(".alex");
    QSaveFile file(path);
    const QByteArray json = Exercises::templateFor(m_state->document());
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        QMessageBox::warning(this, tr("Save the State as an Exercise"), file.errorString());
}

void ExercisePanel::retranslate()
{
    m_listLabel->setText(tr("E&xercise:"));
    m_startButton->setText(tr("&Start"));
    m_startButton->setToolTip(tr("Set up the lab for this exercise and lock the controls it fixes"));
    m_leaveButton->setText(tr("&Leave Exercise"));
    m_leaveButton->setToolTip(tr("Close this exercise and unlock its controls; your progress stays"));
    m_predictionBox->setTitle(tr("Predict first"));
    m_answerButton->setText(tr("&Check the Prediction"));
    m_hintButton->setText(tr("Show a &Hint"));
    m_openButton->setText(tr("&Open File…"));
    m_saveButton->setText(tr("Save State as E&xercise…"));
    m_number->setAccessibleName(tr("Your prediction"));
    m_number->setToolTip(tr("Type your prediction as a number, then check it"));
    m_saveButton->setToolTip(tr("Write an exercise file that starts from the current state, for a teacher to fill in"));
    fillList();
    showExercise();
}
