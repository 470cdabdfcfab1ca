// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>
#include <QPointer>

#include <functional>
#include <vector>

QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QPushButton)
class MainWindow;

// The guided tour of the lecture: step, linear, sigmoid, tanh, ReLU, Leaky ReLU / PReLU, softmax
// and the output-layer guide. Each step sets up the function, its parameters, the neuron and the
// tab, and explains what to look at. Shown as a bar at the bottom of the window.
class LectureTour : public QFrame {
    Q_OBJECT
public:
    struct Step {
        std::function<QString()> title;  // translated when shown
        std::function<QString()> text;
        std::function<void(MainWindow&)> setUp;
    };

    explicit LectureTour(MainWindow* window, QWidget* parent = nullptr);

    static std::vector<Step> lectureSteps();

    int count() const { return static_cast<int>(m_steps.size()); }
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

protected:
    void changeEvent(QEvent* event) override;

private:
    void show(int index);
    void retranslate();

    QPointer<MainWindow> m_window;
    std::vector<Step> m_steps;
    int m_current = 0;
    QLabel* m_counter = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_body = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_leave = nullptr;
};
