// SPDX-License-Identifier: MIT
#include "chartstyle.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QValueAxis>

#include <cmath>

namespace ChartStyle {

QFont labelFont(double scale)
{
    QFont font = QApplication::font();
    font.setPointSizeF(10.5 * scale);
    return font;
}

QChartView* newChartView(QWidget* parent)
{
    auto* chart = new QChart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(labelFont());
    QFont title = labelFont();
    title.setPointSizeF(13.0);
    title.setBold(true);
    chart->setTitleFont(title);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

void styleAxis(QValueAxis* axis)
{
    axis->setLabelsFont(labelFont());
    QFont title = labelFont();
    title.setPointSizeF(11.5);
    axis->setTitleFont(title);
    axis->setGridLineColor(QColor(0xde, 0xe2, 0xe6));
    axis->setMinorGridLineColor(QColor(0xf1, 0xf3, 0xf5));
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
    if (!(max > min))
        max = min + 1.0;
    const double step = niceStep(max - min, ticks);
    axis->setRange(min, max);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimalsFor(step)));
}

QColor seriesColour(int index)
{
    // Okabe–Ito, readable by colour-blind viewers and on projectors.
    static const QColor colours[] = {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
                                     QColor(0xcc, 0x79, 0xa7), QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9),
                                     QColor(0x00, 0x00, 0x00), QColor(0xf0, 0xe4, 0x42)};
    return colours[index % 8];
}

}  // namespace ChartStyle
