// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <vector>

class ValueSlider;

// The sliders of one function's parameters in a tab's panel: made from the catalog when
// the function changes (newParameterSlider), bound to their setting (`settingKey`, e.g.
// "train.parameters") so an exercise can lock them, named again after a language change.
class ParameterSliders : public QWidget {
    Q_OBJECT
public:
    ParameterSliders(const QString& settingKey, const QString& objectPrefix, QWidget* parent = nullptr);

    // Shows `function`'s parameters at `values`: new sliders when the function (or the number
    // of values) changed, else only the values move.
    void follow(const QString& function, const std::vector<double>& values);
    const QList<ValueSlider*>& sliders() const { return m_sliders; }

signals:
    void edited(int index, double value);  // typed or dragged by the user
    void pressed();                        // a handle is held (previews may start) …
    void released();                       // … and let go
    void rebuilt();                        // other sliders now: the panel may need another width

protected:
    void changeEvent(QEvent* event) override;

private:
    void rename();

    QString m_settingKey;
    QString m_prefix;
    QString m_function;
    QList<ValueSlider*> m_sliders;
};
