// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstddef>

QT_FORWARD_DECLARE_CLASS(QWidget)
class ValueSlider;
namespace al {
class Activation;
}

// The control of one parameter of a catalog function, as every tab generates it: the slider spans
// the catalog's slider range, typed values may go to its allowed range, the step and decimals
// follow the span; named after the parameter (the object name is `prefix` + its key).
ValueSlider* newParameterSlider(const al::Activation& activation, std::size_t index, const QString& prefix, QWidget* parent);
// Makes an existing slider that control (another function's parameter before): a function switch
// then reuses the sliders it has instead of building new ones.
void makeParameterSlider(ValueSlider* slider, const al::Activation& activation, std::size_t index, const QString& prefix);
// Its label, tooltip and accessible name in the current language.
void nameParameterSlider(ValueSlider* slider, const al::Activation& activation, std::size_t index);
