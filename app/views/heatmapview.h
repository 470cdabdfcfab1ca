// SPDX-License-Identifier: MIT
#pragma once

#include "app/widgets/retranslated.h"
#include "core/train/contour.h"
#include "core/train/trainer.h"

#include <QImage>
#include <QWidget>

#include <optional>

class QPainter;

// The network's output over the plane as a picture: the probability of class 1 from orange (0)
// through white to blue (1), the decision boundary (output ½) drawn as a line through the white
// band, and the points on top (training points filled, test points outlined). The image is filled from core's grid and
// drawn scaled, not built from chart items. A left click asks for a point of class 1 there, a
// right click or Shift+click one of class 0 (pointClicked; the model decides).
class HeatMapView : public Retranslated<QWidget> {
    Q_OBJECT
public:
    static constexpr int kGrid = 100;

    // The two classes' colours (class 0 orange, class 1 blue), shared with the network diagram.
    static QColor classColour(int label);
    // The colour of a probability p (or of any value mapped to [0, 1]): white at ½, the class
    // colours towards 0 and 1.
    static QRgb shade(double p);

    explicit HeatMapView(QWidget* parent = nullptr);
    void show(const al::train::Trainer& trainer);
    // The plane's point under a widget position, or nothing outside the square.
    std::optional<QPointF> planeAt(QPointF position) const;
    // The widget position of a point of the plane.
    QPointF positionOf(double x, double y) const;

    const QImage& image() const { return m_image; }
    // The decision boundary drawn, in grid coordinates.
    const std::vector<al::train::Segment>& boundary() const { return m_boundary; }
    QSize sizeHint() const override { return {360, 360}; }
    QSize minimumSizeHint() const override { return {180, 180}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

signals:
    void pointClicked(double x, double y, int label);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QRect square() const;
    void retranslate() override;
    void paintPoints(QPainter& painter, const QRect& square) const;

    QImage m_image;
    std::vector<double> m_grid;
    std::vector<al::train::Segment> m_boundary;  // where the output is ½
    std::vector<al::train::Point> m_train;
    std::vector<al::train::Point> m_test;
    QImage m_pointsLayer;  // the points drawn, kept until they or the widget's size change
};
