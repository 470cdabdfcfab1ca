// SPDX-License-Identifier: MIT
#include "app/widgets/parametersliders.h"

#include "app/widgets/controllocks.h"
#include "app/widgets/parameterslider.h"
#include "app/widgets/valueslider.h"
#include "core/catalog.h"

#include <QEvent>
#include <QSlider>
#include <QVBoxLayout>

ParameterSliders::ParameterSliders(const QString& settingKey, const QString& objectPrefix, QWidget* parent)
    : QWidget(parent), m_settingKey(settingKey), m_prefix(objectPrefix)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

void ParameterSliders::follow(const QString& function, const std::vector<double>& values)
{
    if (function != m_function || m_sliders.size() != static_cast<qsizetype>(values.size())) {
        m_function = function;
        const al::Activation* a = al::findActivation(function.toStdString());
        const qsizetype count = a ? static_cast<qsizetype>(a->parameters.size()) : 0;
        // The sliders there are serve the new function's first parameters (a function switch
        // builds widgets only for parameters beyond them); the rest go.
        while (m_sliders.size() > count)
            delete m_sliders.takeLast();
        for (qsizetype i = 0; i < m_sliders.size(); ++i)
            makeParameterSlider(m_sliders[i], *a, static_cast<std::size_t>(i), m_prefix);
        for (qsizetype i = m_sliders.size(); i < count; ++i) {
            auto* s = newParameterSlider(*a, static_cast<std::size_t>(i), m_prefix, this);
            ControlLocks::bind(s, m_settingKey);
            const int index = static_cast<int>(i);
            connect(s, &ValueSlider::valueEdited, this, [this, index](double v) { emit edited(index, v); });
            connect(s->slider(), &QSlider::sliderPressed, this, &ParameterSliders::pressed);
            connect(s->slider(), &QSlider::sliderReleased, this, &ParameterSliders::released);
            layout()->addWidget(s);
            m_sliders.append(s);
        }
        emit rebuilt();
    }
    for (qsizetype i = 0; i < m_sliders.size() && i < static_cast<qsizetype>(values.size()); ++i)
        if (m_sliders[i]->value() != values[static_cast<std::size_t>(i)])
            m_sliders[i]->setValue(values[static_cast<std::size_t>(i)]);
}

void ParameterSliders::rename()
{
    if (const al::Activation* a = al::findActivation(m_function.toStdString()))
        for (qsizetype i = 0; i < m_sliders.size(); ++i)
            nameParameterSlider(m_sliders[i], *a, static_cast<std::size_t>(i));
}

void ParameterSliders::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rename();
    QWidget::changeEvent(event);
}
