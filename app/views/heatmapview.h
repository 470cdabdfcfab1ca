// SPDX-License-Identifier: MIT
#pragma once

#include "core/train/trainer.h"

#include <QImage>
#include <QWidget>

// The network's output over the plane as a picture: the probability of class 1 from orange (0)
// through white to blue (1), so the decision boundary is the white band at ½, and the points on top
// (training points filled, test points outlined). The image is filled from core's grid and
// drawn scaled, not built from chart items.
class HeatMapView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kGrid = 100;

    explicit HeatMapView(QWidget* parent = nullptr);
    void show(const al::train::Trainer& trainer);
    const QImage& image() const { return m_image; }
    QSize sizeHint() const override { return {360, 360}; }
    QSize minimumSizeHint() const override { return {200, 200}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
    std::vector<double> m_grid;
    std::vector<al::train::Point> m_train;
    std::vector<al::train::Point> m_test;
};
