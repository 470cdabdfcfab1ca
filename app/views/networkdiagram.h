// SPDX-License-Identifier: MIT
#pragma once

#include "app/widgets/retranslated.h"
#include "app/model/trainmodel.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

#include <optional>
#include <vector>

QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QToolButton)

// The network being trained, drawn as in TensorFlow Playground: the seven input features (each a
// switch showing the feature over the plane), the hidden layers with every unit as a small
// picture of its output over the plane, and the output unit showing the network's output; the
// edges coloured by the weight's sign (the heat map's class colours) and thick by |w|. "+" and "−"
// add and remove hidden layers and units of each layer (writing train.hidden). Hovering a unit
// or an edge tells its numbers.
class NetworkDiagram : public Retranslated<QWidget> {
    Q_OBJECT
public:
    static constexpr int kPicture = 28;  // grid of each unit's picture

    explicit NetworkDiagram(TrainModel* model, QWidget* parent = nullptr);

    QSize sizeHint() const override { return {560, 420}; }
    QSize minimumSizeHint() const override { return {300, 300}; }

    // The controls, for tests and the tour.
    QToolButton* featureButton(int feature) const { return m_features[static_cast<std::size_t>(feature)]; }
    QToolButton* addLayerButton() const { return m_addLayer; }
    QToolButton* removeLayerButton() const { return m_removeLayer; }
    QToolButton* addUnitButton(int layer) const { return m_addUnit[static_cast<std::size_t>(layer)]; }
    QToolButton* removeUnitButton(int layer) const { return m_removeUnit[static_cast<std::size_t>(layer)]; }
    // Why the last change was refused ("" after an accepted one).
    QLabel* notice() const { return m_notice; }

    // Where things are drawn: unit `unit` of weight layer `layer` (0 is the first hidden layer,
    // hiddenLayers() the output), and the middle of the edge into it from `from`.
    QRectF unitRect(int layer, int unit) const;
    QPointF edgeMiddle(int layer, int unit, int from) const;
    // What hovering there shows.
    QString unitText(int layer, int unit) const;
    QString edgeText(int layer, int unit, int from) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Edge {
        int layer = 0;
        int unit = 0;
        int from = 0;
    };

    void refresh();
    void rebuildLayerButtons();
    void relayout();
    void retranslate() override;
    void toggleFeature(int feature);
    void changeUnits(int layer, int delta);
    void changeLayers(int delta);
    // Left and right ends of an edge into unit `unit` of weight layer `layer` from unit `from` of
    // the layer before (an input feature index of the network's inputs for layer 0).
    QLineF edgeLine(int layer, int unit, int from) const;
    std::optional<Edge> edgeAt(QPointF position) const;
    std::optional<std::pair<int, int>> unitAt(QPointF position) const;
    QString inputName(int input) const;  // the network's input `input` (an index into its features)

    QPointer<TrainModel> m_model;
    std::vector<QToolButton*> m_features;
    QToolButton* m_addLayer = nullptr;
    QToolButton* m_removeLayer = nullptr;
    std::vector<QToolButton*> m_addUnit;
    std::vector<QToolButton*> m_removeUnit;
    QLabel* m_layersLabel = nullptr;
    QLabel* m_inputsLabel = nullptr;
    QLabel* m_outputLabel = nullptr;
    QLabel* m_notice = nullptr;

    std::vector<int> m_sizes;              // the network's layer sizes, inputs first
    std::vector<QImage> m_pictures;        // hidden units (layer 1 first), then the output
    std::vector<std::vector<QRectF>> m_units;  // per weight layer, per unit: where it is drawn
    std::vector<double> m_grid;
    std::vector<double> m_unitGrid;
};
