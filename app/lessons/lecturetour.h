// SPDX-License-Identifier: MIT
#pragma once

#include "app/widgets/retranslated.h"
#include "core/state/document.h"

#include <QFrame>

#include <vector>

QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QPushButton)
class LabState;

// The guided tour of the lecture: step, linear, sigmoid, tanh, ReLU, Leaky ReLU / PReLU,
// initialisation, a linear network failing on the circle where tanh succeeds (the Train tab),
// softmax and the output-layer guide. Each step sets up the function, its parameters, the neuron and the
// tab, and explains what to look at. A step is data: a change of the lab's state, the tab and the
// explanation page to show, and its words. Shown as a bar at the bottom of the window.
class LectureTour : public Retranslated<QFrame> {
    Q_OBJECT
public:
    struct Step {
        const char* title;  // English, translated when shown
        const char* text;
        al::state::Patch patch;
        const char* tab;       // the tab to open
        const char* infoPage;  // the explanation to show; empty: the function's
    };

    explicit LectureTour(LabState* state, QWidget* parent = nullptr);

    static const std::vector<Step>& lectureSteps();

    int count() const { return static_cast<int>(lectureSteps().size()); }
    int current() const { return m_current; }
    bool running() const { return isVisible(); }

    void start();
    void next();
    void previous();
    void go(int index);
    void leave();

    QString titleText() const;
    QString bodyText() const;
    QString counterText() const;

signals:
    void runningChanged(bool running);
    void infoPageRequested(const QString& page);

private:
    void show(int index);
    void retranslate() override;

    LabState* m_state = nullptr;
    int m_current = 0;
    QLabel* m_counter = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_body = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_leave = nullptr;
};
