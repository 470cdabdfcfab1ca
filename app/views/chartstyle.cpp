// SPDX-License-Identifier: MIT
#include "app/views/chartstyle.h"

#include "app/views/chartgrid.h"

#include "app/appearance.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <array>
#include <algorithm>
#include <cmath>

namespace ChartStyle {

QFont labelFont()
{
    QFont font = QApplication::font();
    font.setPointSizeF(10.5 * Appearance::instance().scale());
    return font;
}

QFont titleFont()
{
    QFont font = labelFont();
    font.setPointSizeF(13.0 * Appearance::instance().scale());
    font.setBold(true);
    return font;
}

void applyAppearance(QChart* chart)
{
    const Appearance& a = Appearance::instance();
    const double scale = a.scale();
    chart->setBackgroundBrush(a.chartBackground());
    chart->setTitleBrush(a.chartText());
    chart->setTitleFont(titleFont());
    chart->legend()->setFont(labelFont());
    chart->legend()->setLabelColor(a.chartText());
    QFont axisTitle = labelFont();
    axisTitle.setPointSizeF(11.5 * scale);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(labelFont());
        axis->setTitleFont(axisTitle);
        axis->setLabelsBrush(a.chartText());
        axis->setTitleBrush(a.chartText());
        axis->setGridLineColor(a.chartGrid());
        axis->setMinorGridLineColor(a.chartGrid().lighter(a.effectiveTheme() == Appearance::Theme::Dark ? 80 : 106));
        axis->setLinePenColor(a.chartGrid().darker(130));
        ChartGrid::takeOver(chart, axis);  // crisp and cheap; see ChartGrid
    }
    // Widths are scaled from the width each series was created with (kept as a property).
    const auto scaled = [scale](QObject* o, const char* name, double current) {
        if (!o->property(name).isValid())
            o->setProperty(name, current);
        return o->property(name).toDouble() * scale;
    };
    for (QAbstractSeries* s : chart->series()) {
        if (auto* scatter = qobject_cast<QScatterSeries*>(s)) {
            scatter->setMarkerSize(scaled(scatter, "baseMarkerSize", scatter->markerSize()));
        } else if (auto* line = qobject_cast<QLineSeries*>(s)) {
            QPen pen = line->pen();
            pen.setWidthF(scaled(line, "basePenWidth", pen.widthF()));
            line->setPen(pen);
        }
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s))
            for (QBarSet* set : bars->barSets()) {
                set->setLabelFont(labelFont());
                set->setLabelColor(a.chartText());
            }
    }
}

void follow(QChartView* view)
{
    applyAppearance(view->chart());
    QObject::connect(&Appearance::instance(), &Appearance::changed, view, [view] { applyAppearance(view->chart()); });
}

QChartView* newChartView(QWidget* parent)
{
    auto* chart = new QChart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

void styleAxis(QValueAxis* axis)
{
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
}

double niceStep(double span, int target)
{
    const double raw = span / std::max(target, 1);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * power * (1 + 1e-12))
            return m * power;
    return 10.0 * power;
}

int decimalsFor(double step)
{
    return std::max(0, -static_cast<int>(std::floor(std::log10(step) + 1e-9)));
}

void setNiceRange(QValueAxis* axis, double min, double max, int ticks)
{
    // Qt Charts lays out one label per tick: an infinite, NaN or absurdly wide range would ask
    // it for billions of them. Keep the range finite and at most ±1e15.
    constexpr double kLimit = 1e15;
    if (!std::isfinite(min) || !std::isfinite(max)) {
        min = -1.0;
        max = 1.0;
    }
    min = std::clamp(min, -kLimit, kLimit);
    max = std::clamp(max, -kLimit, kLimit);
    if (!(max - min > 1e-9 * std::max(1.0, std::fabs(min))))
        max = min + std::max(1.0, std::fabs(min) * 1e-6);
    setTicks(axis, min, max, niceStep(max - min, ticks));
}

void setGrowingRange(QValueAxis* axis, double last, int ticks)
{
    last = std::isfinite(last) ? std::clamp(last, 1.0, 1e15) : 1.0;
    const double step = std::max(1.0, niceStep(last, ticks));  // whole epochs
    setTicks(axis, 0.0, std::ceil(last / step) * step, step);
}

LogSpan logSpan(double lo, double hi, int maxTicks)
{
    if (!(lo > 0 && lo <= hi && std::isfinite(hi))) {
        lo = 1e-3;
        hi = 1.0;
    }
    // Exponents stay within ±300: 10^±300 are normal doubles, and every step below divides 300,
    // so aligning to a step cannot leave that range.
    const int low = static_cast<int>(std::clamp(std::floor(std::log10(lo)) - 1, -300.0, 298.0));
    int high = static_cast<int>(std::clamp(std::ceil(std::log10(std::max(hi, 1.0))), 0.0, 300.0));
    high = std::max(high, low + 2);
    for (int step : {1, 2, 3, 5, 10, 20, 25, 50, 100, 150, 300}) {
        const int alignedLow = static_cast<int>(std::floor(static_cast<double>(low) / step)) * step;
        const int alignedHigh = static_cast<int>(std::ceil(static_cast<double>(high) / step)) * step;
        if ((alignedHigh - alignedLow) / step <= std::max(maxTicks, 2) || step == 300)
            return {std::pow(10.0, alignedLow), std::pow(10.0, alignedHigh), std::pow(10.0, step)};
    }
    return {1e-300, 1e300, 1e300};  // not reached: the last step always returns
}

void setTicks(QValueAxis* axis, double min, double max, double step)
{
    // Unchanged, the axis is left alone: every change lays the axis (its labels are rich text)
    // and the series on it out again, which charts redrawn at each frame cannot afford.
    const QString format = QStringLiteral("%.%1f").arg(decimalsFor(step));
    if (axis->min() == min && axis->max() == max && axis->tickInterval() == step && axis->labelFormat() == format &&
        axis->tickType() == QValueAxis::TicksDynamic)
        return;
    // Range and interval change one after the other, and with dynamic ticks the axis in between
    // must not ask for millions of ticks (a new range under the old interval or the reverse):
    // a finer interval comes after the range, a coarser one before it. Then no step has more
    // ticks than the axis before or after.
    // Qt Charts lays the chart out again at each setter call, even one that changes nothing.
    const auto setInterval = [&] {
        if (axis->tickInterval() != step)
            axis->setTickInterval(step);
    };
    if (axis->tickType() != QValueAxis::TicksDynamic || !(axis->tickInterval() > 0)) {
        axis->setTickType(QValueAxis::TicksFixed);
        axis->setRange(min, max);
        setInterval();
        axis->setTickType(QValueAxis::TicksDynamic);
    } else if (step < axis->tickInterval()) {
        axis->setRange(min, max);
        setInterval();
    } else {
        setInterval();
        axis->setRange(min, max);
    }
    if (axis->labelFormat() != format)
        axis->setLabelFormat(format);
}

QColor seriesColour(int index)
{
    // Okabe–Ito, readable by colour-blind viewers and on projectors.
    static const std::array<QColor, 8> colours = {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
                                                  QColor(0xcc, 0x79, 0xa7), QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9),
                                                  QColor(0x00, 0x00, 0x00), QColor(0xf0, 0xe4, 0x42)};
    return colours[static_cast<std::size_t>(index) % colours.size()];
}

}  // namespace ChartStyle
