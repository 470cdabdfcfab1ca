// SPDX-License-Identifier: MIT
#pragma once

#include "app/widgets/retranslated.h"
#include "app/exercise/exercises.h"
#include "app/model/labstate.h"

#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QButtonGroup)
QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QDoubleSpinBox)
QT_FORWARD_DECLARE_CLASS(QGridLayout)
QT_FORWARD_DECLARE_CLASS(QGroupBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QVBoxLayout)
class ControlLocks;

// Exercises beside the lesson tabs: choose one, predict, then explore while the goal is checked
// live from the state; hints one by one; the explanation once both are done. Starting an exercise
// replaces the state with its start and locks its settings (in LabState, and the controls under
// `controls` that edit them are greyed out and say why). A whole new state from elsewhere (a
// scenario file) or the guided tour ends the exercise, and the panel says so. Progress is kept
// in QSettings.
class ExercisePanel : public Retranslated<QWidget> {
    Q_OBJECT
public:
    ExercisePanel(LabState* state, QWidget* controls, QWidget* parent = nullptr);

    // Why an exercise was left before its end.
    enum class Left { None, ByStudent, Replaced, Tour };

    void start(int index);
    int current() const { return m_current; }
    int count() const { return static_cast<int>(m_exercises.size()); }
    const Exercises::Exercise* exerciseAt(int index) const;
    // Unlocks the controls and closes the exercise, saying why; nothing when none is running.
    void leave(Left why);
    Left left() const { return m_left; }
    QString notice() const;
    const ControlLocks* locks() const { return m_locks; }
    // Adds the exercises of a file (a teacher's) to the list; returns an error sentence or "".
    QString addFile(const QString& path);
    // Asks for a file name and writes an exercise file whose start is the current state.
    void saveStateAsExercise();
    // "done", "attempted" or "" for an exercise id.
    static QString progress(const QString& id);

    // For tests: the prediction, as the student would give it.
    void answerChoice(int choice);
    void answerNumber(double value);
    bool goalReached() const { return m_goalReached; }
    bool explanationShown() const;
    void showNextHint();
    int hintsShown() const { return m_hintsShown; }

signals:
    void started();

private:
    void retranslate() override;
    void fillList();
    void showExercise();
    void checkPrediction();
    void onStateChanged();
    void onReplaced();
    void setProgress(const QString& value);
    QString language() const;
    const Exercises::Exercise* exercise() const;

    LabState* m_state = nullptr;
    QWidget* m_controls = nullptr;
    std::vector<Exercises::Exercise> m_exercises;
    int m_current = -1;
    bool m_predicted = false;
    bool m_predictionRight = false;
    bool m_goalReached = false;
    int m_hintsShown = 0;
    bool m_starting = false;
    Left m_left = Left::None;
    Exercises::Words m_leftTitle;
    ControlLocks* m_locks = nullptr;

    QLabel* m_listLabel = nullptr;
    QComboBox* m_list = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_leaveButton = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_task = nullptr;
    QGroupBox* m_predictionBox = nullptr;
    QLabel* m_question = nullptr;
    QWidget* m_choicesBox = nullptr;
    QGridLayout* m_choicesLayout = nullptr;
    QButtonGroup* m_choices = nullptr;
    QDoubleSpinBox* m_number = nullptr;
    QPushButton* m_answerButton = nullptr;
    QLabel* m_answerResult = nullptr;
    QLabel* m_goal = nullptr;
    QPushButton* m_hintButton = nullptr;
    QLabel* m_hints = nullptr;
    QLabel* m_explanation = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_saveButton = nullptr;
};
