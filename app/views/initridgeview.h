// SPDX-License-Identifier: MIT
#pragma once

#include "core/initstats.h"

#include <QString>
#include <QWidget>

#include <vector>

// Every layer's histogram of activations at once, as a ridge plot: one row per layer, layer 1
// at the top, all on the same axis, so a spread that shrinks, piles at the ends or stays is
// seen in one glance. Painted with QPainter (50 small charts would be heavy in Qt Charts).
class InitRidgeView : public QWidget {
    Q_OBJECT
public:
    explicit InitRidgeView(QWidget* parent = nullptr);

    void setStatistics(const al::InitStatistics& statistics, int layers);
    void setTexts(const QString& title, const QString& axis, const QString& layer);
    QSize sizeHint() const override { return {420, 320}; }
    QSize minimumSizeHint() const override { return {220, 160}; }
    int rows() const { return m_layers; }

    // How tall a row's bins are drawn: `height` counts reach the ridge's full height; `spike` is
    // the bin clipped above it (a point mass), or −1.
    struct RidgeScale {
        double height = 1.0;
        int spike = -1;
    };
    static RidgeScale ridgeScale(const std::vector<int>& histogram);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    al::InitStatistics m_statistics;
    int m_layers = 0;
    QString m_title;
    QString m_axis;
    QString m_layer;
};
