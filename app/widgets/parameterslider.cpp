// SPDX-License-Identifier: MIT
#include "app/widgets/parameterslider.h"

#include "app/model/functiontexts.h"
#include "app/widgets/valueslider.h"
#include "core/activation.h"

ValueSlider* newParameterSlider(const al::Activation& activation, std::size_t index, const QString& prefix, QWidget* parent)
{
    auto* slider = new ValueSlider(parent);
    makeParameterSlider(slider, activation, index, prefix);
    return slider;
}

void makeParameterSlider(ValueSlider* slider, const al::Activation& activation, std::size_t index, const QString& prefix)
{
    const al::Parameter& p = activation.parameters[index];
    slider->setObjectName(prefix + FunctionTexts::fromKey(p.key));
    const double step = p.sliderMax - p.sliderMin <= 1.0 ? 0.001 : 0.01;
    slider->setRange(p.sliderMin, p.sliderMax, step, step < 0.01 ? 3 : 2);
    // Typed values may go beyond the slider, up to what the catalog allows.
    slider->setSpinRange(p.min, p.max);
    nameParameterSlider(slider, activation, index);
}

void nameParameterSlider(ValueSlider* slider, const al::Activation& activation, std::size_t index)
{
    const al::Parameter& p = activation.parameters[index];
    const QString name = FunctionTexts::parameterName(activation.key, p.key);
    slider->setLabel(name);
    slider->setHelp(name + QStringLiteral(": ") + FunctionTexts::parameterHelp(activation.key, p.key), name);
}
