// SPDX-License-Identifier: MIT
// What the tests of the chart parts the app draws (ChartGrid, ChartAxes) start from: a 600 × 400
// chart view styled as the app styles its charts, with one line on a bottom and a left value axis
// (x −6 … 6 every 2, y −1 … 1 every 0.5), not yet shown.
#pragma once

#include "app/views/chartstyle.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QValueAxis>

struct ValueChart {
    ValueChart()
    {
        view = ChartStyle::newChartView(nullptr);
        view->resize(600, 400);
        chart = view->chart();
        series = new QLineSeries();
        series->append({QPointF(-6, -1), QPointF(6, 1)});
        chart->addSeries(series);
        x = new QValueAxis();
        y = new QValueAxis();
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        ChartStyle::setTicks(x, -6.0, 6.0, 2.0);
        ChartStyle::setTicks(y, -1.0, 1.0, 0.5);
    }
    ~ValueChart() { delete view; }
    ValueChart(const ValueChart&) = delete;
    ValueChart& operator=(const ValueChart&) = delete;

    QChartView* view = nullptr;
    QChart* chart = nullptr;
    QLineSeries* series = nullptr;
    QValueAxis* x = nullptr;
    QValueAxis* y = nullptr;
};
