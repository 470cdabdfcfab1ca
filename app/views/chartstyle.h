// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>

QT_FORWARD_DECLARE_CLASS(QChart)
QT_FORWARD_DECLARE_CLASS(QChartView)
QT_FORWARD_DECLARE_CLASS(QValueAxis)
QT_FORWARD_DECLARE_CLASS(QWidget)

// The look every chart of the app shares, so the lesson views match the explorer.
namespace ChartStyle {

// A chart view with antialiasing, no animation, localised numbers and the app's fonts.
QChartView* newChartView(QWidget* parent);
// Fonts and grid of a value axis; ticks at a clean 1-2-5 step for about `ticks` intervals.
void styleAxis(QValueAxis* axis);
void setNiceRange(QValueAxis* axis, double min, double max, int ticks);
// An axis over a growing count (the epochs of a run): 0 to `last` rounded up to the next tick,
// so the axis, and the series on it, are laid out again when a tick is passed, not every frame.
void setGrowingRange(QValueAxis* axis, double last, int ticks);
// Sets range, tick interval and label format of a dynamic-tick axis in one safe step.
void setTicks(QValueAxis* axis, double min, double max, double step);
// A tick step of 1, 2 or 5 × 10ⁿ giving about `target` intervals over `span`.
double niceStep(double span, int target);
// Decimals that a tick step needs ("0.25" → 2).
int decimalsFor(double step);
// Range and base of a decimal log axis over positive data [lo, hi] (hi ≥ 1 is assumed as the
// top, gradients start at 1): whole powers of ten, one decade of room below lo, and a base of
// 10ᵏ so the axis never has more than `maxTicks` (≥ 2) intervals — Qt Charts gives every power of the
// base its own label item, and a gradient that spans 1e-300 … 1e300 would otherwise ask for 600.
struct LogSpan {
    double min;
    double max;
    double base;
};
LogSpan logSpan(double lo, double hi, int maxTicks);
// Distinct colours for up to eight overlaid curves.
QColor seriesColour(int index);
// Fonts scaled by the interface scale.
QFont labelFont();
QFont titleFont();
// Applies the current Appearance (scale and theme) to a whole chart: fonts, text and grid
// colours, background, and every series' line width and marker size (relative to the width it
// was created with). Lesson views call it on Appearance::changed.
void applyAppearance(QChart* chart);
// Keeps a chart in step with the Appearance from now on.
void follow(QChartView* view);

}  // namespace ChartStyle
