// SPDX-License-Identifier: MIT
#include "app/views/networkdiagram.h"

#include "app/scenario/scenario.h"
#include "app/views/blit.h"
#include "app/views/heatmapview.h"
#include "app/views/poolpainting.h"
#include "app/views/numberformat.h"
#include "app/widgets/controllocks.h"
#include "core/state/schema.h"
#include "core/train/network.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kBand = 28;  // height of a row of buttons

const al::state::Spec& featureSpec(int feature)
{
    return al::state::spec(al::state::trainFeatureKeys()[static_cast<std::size_t>(feature)]);
}

// A value of a unit or feature mapped to the heat map's colours: −1 orange, 0 white, 1 blue.
QRgb signedShade(double v)
{
    return HeatMapView::shade(0.5 + 0.5 * std::clamp(std::isfinite(v) ? v : 0.0, -1.0, 1.0));
}

// A feature over the plane, scaled so its largest magnitude is 1; faded when the feature is off.
QPixmap featurePicture(al::train::Feature feature, bool on)
{
    constexpr int n = NetworkDiagram::kPicture;
    std::vector<double> values(static_cast<std::size_t>(n * n));
    double largest = 1e-12;
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c) {
            const double x = -al::train::kExtent + (c + 0.5) * 2.0 * al::train::kExtent / n;
            const double y = al::train::kExtent - (r + 0.5) * 2.0 * al::train::kExtent / n;
            const double v = al::train::featureOf(feature, {x, y, 0});
            values[static_cast<std::size_t>(r * n + c)] = v;
            largest = std::max(largest, std::abs(v));
        }
    QImage image(n, n, QImage::Format_RGB32);
    for (int r = 0; r < n; ++r) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(r));
        for (int c = 0; c < n; ++c) {
            QRgb colour = signedShade(values[static_cast<std::size_t>(r * n + c)] / largest);
            if (!on)  // mostly white: the network does not see it
                colour = qRgb(255 - (255 - qRed(colour)) / 4, 255 - (255 - qGreen(colour)) / 4, 255 - (255 - qBlue(colour)) / 4);
            line[c] = colour;
        }
    }
    return QPixmap::fromImage(image.scaled(64, 64, Qt::IgnoreAspectRatio, Qt::FastTransformation));
}

double distanceToSegment(QPointF p, QLineF line)
{
    const QPointF d = line.p2() - line.p1();
    const double length2 = d.x() * d.x() + d.y() * d.y();
    double t = length2 > 0 ? QPointF::dotProduct(p - line.p1(), d) / length2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF nearest = line.p1() + t * d;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

}  // namespace

NetworkDiagram::NetworkDiagram(TrainModel* model, QWidget* parent) : Retranslated(parent), m_model(model)
{
    setObjectName(QStringLiteral("networkDiagram"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    const auto& keys = al::train::featureKeys();
    for (std::size_t f = 0; f < keys.size(); ++f) {
        auto* b = new QToolButton(this);
        b->setObjectName(QStringLiteral("feature_") + QString::fromLatin1(keys[f].data(), static_cast<qsizetype>(keys[f].size())));
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
        QIcon icon;
        icon.addPixmap(featurePicture(static_cast<al::train::Feature>(f), true), QIcon::Normal, QIcon::On);
        icon.addPixmap(featurePicture(static_cast<al::train::Feature>(f), false), QIcon::Normal, QIcon::Off);
        b->setIcon(icon);
        b->installEventFilter(this);
        const int feature = static_cast<int>(f);
        connect(b, &QToolButton::clicked, this, [this, feature] { toggleFeature(feature); });
        ControlLocks::bind(b, QString::fromLatin1(al::state::kTrainFeaturePrefix.data(), static_cast<qsizetype>(al::state::kTrainFeaturePrefix.size())) +
                                  QString::fromLatin1(keys[f].data(), static_cast<qsizetype>(keys[f].size())));
        m_features.push_back(b);
    }
    const auto tool = [this](const QString& name, const QString& text) {
        auto* b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setAutoRaise(false);
        b->installEventFilter(this);
        ControlLocks::bind(b, QStringLiteral("train.hidden"));
        return b;
    };
    m_removeLayer = tool(QStringLiteral("removeLayer"), QStringLiteral("−"));
    m_addLayer = tool(QStringLiteral("addLayer"), QStringLiteral("+"));
    connect(m_removeLayer, &QToolButton::clicked, this, [this] { changeLayers(-1); });
    connect(m_addLayer, &QToolButton::clicked, this, [this] { changeLayers(1); });
    m_layersLabel = new QLabel(this);
    m_layersLabel->setAlignment(Qt::AlignCenter);
    m_inputsLabel = new QLabel(this);
    m_inputsLabel->setAlignment(Qt::AlignCenter);
    m_outputLabel = new QLabel(this);
    m_outputLabel->setAlignment(Qt::AlignCenter);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("diagramNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->hide();
    connect(m_model, &TrainModel::changed, this, &NetworkDiagram::refresh);
    refresh();
    retranslate();
}

void NetworkDiagram::refresh()
{
    const al::train::Network& net = m_model->trainer().network();
    const bool reshaped = net.sizes() != m_sizes;
    m_sizes = net.sizes();
    const auto& features = net.architecture().features;
    for (std::size_t f = 0; f < m_features.size(); ++f) {
        const bool on = std::find(features.begin(), features.end(), static_cast<al::train::Feature>(f)) != features.end();
        const QSignalBlocker block(m_features[f]);
        m_features[f]->setChecked(on);
    }
    // Every unit's picture over the plane, from one pass over a small grid.
    using al::train::kExtent;
    al::train::grid(net, -kExtent, kExtent, -kExtent, kExtent, kPicture, kPicture, m_grid, &m_unitGrid);
    const std::size_t cells = static_cast<std::size_t>(kPicture * kPicture);
    const std::size_t hiddenUnits = m_unitGrid.size() / cells;
    m_pictures.resize(hiddenUnits + 1);
    for (std::size_t u = 0; u <= hiddenUnits; ++u) {
        QImage& image = m_pictures[u];
        if (image.isNull())
            image = QImage(kPicture, kPicture, QImage::Format_RGB32);
        const bool output = u == hiddenUnits;
        const double* values = output ? m_grid.data() : m_unitGrid.data() + u * cells;
        for (int r = 0; r < kPicture; ++r) {
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(r));
            for (int c = 0; c < kPicture; ++c) {
                const double v = values[r * kPicture + c];
                line[c] = output ? HeatMapView::shade(v) : signedShade(v);
            }
        }
    }
    if (reshaped) {
        rebuildLayerButtons();
        relayout();
        retranslate();
    }
    update();
}

void NetworkDiagram::rebuildLayerButtons()
{
    const int layers = static_cast<int>(m_sizes.size()) - 2;
    while (static_cast<int>(m_addUnit.size()) > layers) {
        delete m_addUnit.back();
        delete m_removeUnit.back();
        m_addUnit.pop_back();
        m_removeUnit.pop_back();
    }
    while (static_cast<int>(m_addUnit.size()) < layers) {
        const int layer = static_cast<int>(m_addUnit.size());
        auto* remove = new QToolButton(this);
        remove->setObjectName(QStringLiteral("removeUnit%1").arg(layer + 1));
        remove->setText(QStringLiteral("−"));
        auto* add = new QToolButton(this);
        add->setObjectName(QStringLiteral("addUnit%1").arg(layer + 1));
        add->setText(QStringLiteral("+"));
        remove->installEventFilter(this);
        add->installEventFilter(this);
        ControlLocks::bind(remove, QStringLiteral("train.hidden"));
        ControlLocks::bind(add, QStringLiteral("train.hidden"));
        connect(remove, &QToolButton::clicked, this, [this, layer] { changeUnits(layer, -1); });
        connect(add, &QToolButton::clicked, this, [this, layer] { changeUnits(layer, 1); });
        remove->show();
        add->show();
        m_removeUnit.push_back(remove);
        m_addUnit.push_back(add);
    }
    // Tab order follows the picture: inputs, the layer buttons, each layer's buttons left to right.
    QWidget* previous = m_features.back();
    for (QWidget* w : {static_cast<QWidget*>(m_removeLayer), static_cast<QWidget*>(m_addLayer)}) {
        setTabOrder(previous, w);
        previous = w;
    }
    for (std::size_t l = 0; l < m_addUnit.size(); ++l) {
        setTabOrder(previous, m_removeUnit[l]);
        setTabOrder(m_removeUnit[l], m_addUnit[l]);
        previous = m_addUnit[l];
    }
    const al::state::Spec& hidden = al::state::spec("train.hidden");
    m_removeLayer->setEnabled(layers > 0);
    m_addLayer->setEnabled(layers < hidden.maxCount);
    for (int l = 0; l < layers; ++l) {
        const int units = m_sizes[static_cast<std::size_t>(l) + 1];
        m_removeUnit[static_cast<std::size_t>(l)]->setEnabled(units > static_cast<int>(hidden.min));
        m_addUnit[static_cast<std::size_t>(l)]->setEnabled(units < static_cast<int>(hidden.max));
    }
}

void NetworkDiagram::relayout()
{
    if (m_sizes.empty())
        return;
    const int layers = static_cast<int>(m_sizes.size()) - 2;
    const int columns = layers + 2;
    const double columnWidth = static_cast<double>(width()) / columns;
    const auto centreOf = [&](int column) { return (column + 0.5) * columnWidth; };
    const int button = kBand - 4;

    // Row 1: the number of hidden layers, over the hidden columns (between inputs and output when none).
    const double hiddenLeft = layers > 0 ? columnWidth : 0.0;
    const double hiddenRight = layers > 0 ? width() - columnWidth : width();
    const int labelWidth = std::max(m_layersLabel->sizeHint().width(), 40);
    const double middle = (hiddenLeft + hiddenRight) / 2.0;
    m_layersLabel->setGeometry(static_cast<int>(middle - labelWidth / 2.0), 2, labelWidth, button);
    m_removeLayer->setGeometry(static_cast<int>(middle - labelWidth / 2.0) - button - 4, 2, button, button);
    m_addLayer->setGeometry(static_cast<int>(middle + labelWidth / 2.0) + 4, 2, button, button);

    // Row 2: the columns' captions and each hidden layer's unit buttons.
    const int row2 = kBand + 2;
    m_inputsLabel->setGeometry(0, row2, static_cast<int>(columnWidth), button);
    m_outputLabel->setGeometry(static_cast<int>(width() - columnWidth), row2, static_cast<int>(columnWidth), button);
    // The unit count is written between the two buttons; narrow columns get smaller buttons.
    const int count = fontMetrics().horizontalAdvance(QStringLiteral("16")) + 4;
    const int small = std::clamp(static_cast<int>(columnWidth - count - 4) / 2, 14, button);
    for (int l = 0; l < layers; ++l) {
        const double c = centreOf(l + 1);
        m_removeUnit[static_cast<std::size_t>(l)]->setGeometry(static_cast<int>(c - count / 2.0) - small, row2 + (button - small) / 2, small, small);
        m_addUnit[static_cast<std::size_t>(l)]->setGeometry(static_cast<int>(c + count / 2.0), row2 + (button - small) / 2, small, small);
    }

    const int noticeHeight = m_notice->isHidden() ? 0 : m_notice->heightForWidth(width() - 8) + 4;
    m_notice->setGeometry(4, height() - noticeHeight, width() - 8, noticeHeight);
    const double top = 2.0 * kBand + 10.0;
    const double bottom = height() - noticeHeight - 6.0;
    const double area = std::max(40.0, bottom - top);

    // A column of `count` square tiles of at most `largest` pixels, centred in the area.
    const auto column = [&](int index, int count, double largest) {
        const double side = std::max(6.0, std::min({largest, columnWidth * 0.5, area / (count * 1.25)}));
        const double gap = count > 1 ? std::min(side * 0.6, (area - count * side) / (count - 1)) : 0.0;
        const double height = count * side + (count - 1) * gap;
        std::vector<QRectF> rects;
        for (int i = 0; i < count; ++i)
            rects.emplace_back(centreOf(index) - side / 2.0, top + (area - height) / 2.0 + i * (side + gap), side, side);
        return rects;
    };
    const std::vector<QRectF> inputs = column(0, static_cast<int>(m_features.size()), 40.0);
    for (std::size_t f = 0; f < m_features.size(); ++f) {
        const QRectF r = inputs[f].adjusted(-3, -3, 3, 3);
        m_features[f]->setGeometry(r.toAlignedRect());
        m_features[f]->setIconSize((inputs[f].size()).toSize());
    }
    m_units.clear();
    for (int l = 0; l < layers; ++l)
        m_units.push_back(column(l + 1, m_sizes[static_cast<std::size_t>(l) + 1], 40.0));
    m_units.push_back(column(layers + 1, 1, 64.0));
    update();
}

QRectF NetworkDiagram::unitRect(int layer, int unit) const
{
    return m_units[static_cast<std::size_t>(layer)][static_cast<std::size_t>(unit)];
}

QLineF NetworkDiagram::edgeLine(int layer, int unit, int from) const
{
    QRectF source;
    if (layer == 0) {
        const auto feature = static_cast<std::size_t>(m_model->trainer().network().architecture().features[static_cast<std::size_t>(from)]);
        source = m_features[feature]->geometry();
    } else {
        source = unitRect(layer - 1, from);
    }
    const QRectF target = unitRect(layer, unit);
    return {QPointF(source.right(), source.center().y()), QPointF(target.left(), target.center().y())};
}

QPointF NetworkDiagram::edgeMiddle(int layer, int unit, int from) const
{
    return edgeLine(layer, unit, from).center();
}

void NetworkDiagram::paintEvent(QPaintEvent*)
{
    if (m_units.empty())
        return;
    // What the drawing needs from widgets is gathered here; the drawing itself, a hundred
    // antialiased edges, runs on a pool thread (see PoolPainting).
    const QColor frameColour = palette().color(QPalette::Mid);
    const QColor textColour = palette().color(QPalette::WindowText);
    std::vector<std::pair<QRect, QString>> layerWidths;  // between each hidden layer's − and +
    for (std::size_t l = 0; l < m_removeUnit.size(); ++l) {
        const QRect minus = m_removeUnit[l]->geometry();
        const QRect between(minus.right(), minus.top(), m_addUnit[l]->geometry().left() - minus.right(), m_addUnit[l]->height());
        layerWidths.emplace_back(between, QString::number(m_sizes[l + 1]));
    }
    const QImage drawing = PoolPainting::paint(this, size(), [&](QPainter& painter) {
        const al::train::Network& net = m_model->trainer().network();
        // Edges first, under the tiles: colour by sign, width by |w|.
        for (int l = 0; l < net.layers(); ++l) {
            const auto w = net.weights(l);
            const int inputs = m_sizes[static_cast<std::size_t>(l)];
            const int units = m_sizes[static_cast<std::size_t>(l) + 1];
            for (int j = 0; j < units; ++j)
                for (int k = 0; k < inputs; ++k) {
                    const double v = w[static_cast<std::size_t>(j * inputs + k)];
                    QColor colour = HeatMapView::classColour(v >= 0.0 ? 1 : 0);
                    colour.setAlphaF(0.75);
                    const double thickness = std::isfinite(v) ? 0.4 + std::min(std::abs(v), 4.0) * 1.2 : 0.4;
                    painter.setPen(QPen(colour, thickness, Qt::SolidLine, Qt::FlatCap));
                    painter.drawLine(edgeLine(l, j, k));
                }
        }
        // The units' pictures.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        std::size_t picture = 0;
        for (std::size_t l = 0; l < m_units.size(); ++l)
            for (const QRectF& r : m_units[l]) {
                if (picture < m_pictures.size())
                    painter.drawImage(r, m_pictures[picture++]);
                painter.setPen(QPen(frameColour, 1.0));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(r);
            }
        painter.setPen(textColour);
        for (const auto& [rect, text] : layerWidths)
            painter.drawText(rect, Qt::AlignCenter, text);
    });
    QPainter painter(this);
    Blit::draw(&painter, QPoint(0, 0), drawing);
}

void NetworkDiagram::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

std::optional<std::pair<int, int>> NetworkDiagram::unitAt(QPointF position) const
{
    for (std::size_t l = 0; l < m_units.size(); ++l)
        for (std::size_t u = 0; u < m_units[l].size(); ++u)
            if (m_units[l][u].adjusted(-2, -2, 2, 2).contains(position))
                return std::pair{static_cast<int>(l), static_cast<int>(u)};
    return std::nullopt;
}

std::optional<NetworkDiagram::Edge> NetworkDiagram::edgeAt(QPointF position) const
{
    std::optional<Edge> best;
    double nearest = 4.0;  // pixels
    for (int l = 0; l + 1 < static_cast<int>(m_sizes.size()); ++l)
        for (int j = 0; j < m_sizes[static_cast<std::size_t>(l) + 1]; ++j)
            for (int k = 0; k < m_sizes[static_cast<std::size_t>(l)]; ++k) {
                const double d = distanceToSegment(position, edgeLine(l, j, k));
                if (d < nearest) {
                    nearest = d;
                    best = Edge{l, j, k};
                }
            }
    return best;
}

QString NetworkDiagram::inputName(int input) const
{
    const auto feature = m_model->trainer().network().architecture().features[static_cast<std::size_t>(input)];
    return QString::fromUtf8(featureSpec(static_cast<int>(feature)).symbol);
}

QString NetworkDiagram::unitText(int layer, int unit) const
{
    const al::train::Trainer& trainer = m_model->trainer();
    const al::train::Network& net = trainer.network();
    const double bias = net.biases(layer)[static_cast<std::size_t>(unit)];
    const auto& points = trainer.data().train;
    if (points.empty()) {
        const QString name = layer == net.hiddenLayers() ? tr("<b>Output unit</b> (sigmoid)") : tr("<b>Hidden layer %1, unit %2</b>").arg(layer + 1).arg(unit + 1);
        return name + QStringLiteral("<br>") + tr("bias %1").arg(NumberFormat::readable(bias)) + QStringLiteral("<br>") +
               tr("No training points yet.");
    }
    al::train::Pass pass;
    pass.forward(net, points);
    const std::size_t n = pass.batch();
    const auto a = pass.activations(layer).subspan(static_cast<std::size_t>(unit) * n, n);
    double sum = 0.0;
    double lo = a[0];
    double hi = a[0];
    for (double v : a) {
        sum += v;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    const double mean = sum / static_cast<double>(n);
    if (layer == net.hiddenLayers())
        return tr("<b>Output unit</b> (sigmoid)<br>bias %1<br>Probability of class 1 on the training set: mean %2, min %3, max %4")
            .arg(NumberFormat::readable(bias), NumberFormat::readable(mean), NumberFormat::readable(lo), NumberFormat::readable(hi));
    const auto d = pass.derivatives(layer).subspan(static_cast<std::size_t>(unit) * n, n);
    const bool dead = std::all_of(d.begin(), d.end(), [](double v) { return v == 0.0; });
    const auto flat = std::count_if(d.begin(), d.end(), [](double v) { return std::abs(v) < al::train::kSaturationEpsilon; });
    QString state;
    if (dead)
        state = tr("Dead: f′ = 0 on every training point, so it no longer learns.");
    else if (2 * static_cast<std::size_t>(flat) > n)
        state = tr("Saturated: |f′| &lt; %1 on most training points.").arg(NumberFormat::compact(al::train::kSaturationEpsilon));
    else
        state = tr("Active: neither dead nor saturated.");
    return tr("<b>Hidden layer %1, unit %2</b><br>bias %3<br>Output on the training set: mean %4, min %5, max %6<br>%7")
        .arg(layer + 1)
        .arg(unit + 1)
        .arg(NumberFormat::readable(bias), NumberFormat::readable(mean), NumberFormat::readable(lo), NumberFormat::readable(hi), state);
}

QString NetworkDiagram::edgeText(int layer, int unit, int from) const
{
    const al::train::Network& net = m_model->trainer().network();
    const double w = net.weights(layer)[static_cast<std::size_t>(unit * m_sizes[static_cast<std::size_t>(layer)] + from)];
    const QString source = layer == 0 ? inputName(from) : tr("hidden layer %1, unit %2").arg(layer).arg(from + 1);
    const QString target = layer == net.hiddenLayers() ? tr("the output unit") : tr("hidden layer %1, unit %2").arg(layer + 1).arg(unit + 1);
    return tr("Weight from %1 to %2: %3").arg(source, target, NumberFormat::readable(w));
}

bool NetworkDiagram::eventFilter(QObject* watched, QEvent* event)
{
    // Space (the window's sweep shortcut) and Enter press a focused button of the diagram.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
                return true;
            }
            if (key != Qt::Key_Space) {
                static_cast<QToolButton*>(watched)->animateClick();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool NetworkDiagram::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        QString text;
        if (const auto unit = unitAt(help->pos()))
            text = unitText(unit->first, unit->second);
        else if (const auto edge = edgeAt(help->pos()))
            text = edgeText(edge->layer, edge->unit, edge->from);
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void NetworkDiagram::toggleFeature(int feature)
{
    const std::string_view key = al::state::trainFeatureKeys()[static_cast<std::size_t>(feature)];
    const bool on = !m_model->state()->boolean(key);
    if (const auto problem = m_model->setFeature(key, on)) {
        // The schema keeps one input on: put the switch back and say why.
        const QSignalBlocker block(m_features[static_cast<std::size_t>(feature)]);
        m_features[static_cast<std::size_t>(feature)]->setChecked(!on);
        m_notice->setText(tr("%1 stays on: %2.").arg(QCoreApplication::translate("State", featureSpec(feature).label), Scenarios::describe(*problem)));
        m_notice->show();
    } else {
        m_notice->hide();
    }
    relayout();
}

void NetworkDiagram::changeLayers(int delta)
{
    std::vector<int> hidden = m_model->hidden();
    if (delta > 0 && static_cast<int>(hidden.size()) < al::state::spec("train.hidden").maxCount)
        hidden.push_back(hidden.empty() ? 4 : hidden.back());  // a new layer as wide as the last one
    else if (delta < 0 && !hidden.empty())
        hidden.pop_back();
    m_model->setHidden(hidden);
}

void NetworkDiagram::changeUnits(int layer, int delta)
{
    std::vector<int> hidden = m_model->hidden();
    if (layer >= static_cast<int>(hidden.size()))
        return;
    hidden[static_cast<std::size_t>(layer)] += delta;  // setHidden clamps to 1 … 16
    m_model->setHidden(hidden);
}

void NetworkDiagram::retranslate()
{
    setAccessibleName(tr("Network diagram"));
    setAccessibleDescription(tr("Inputs, hidden layers and the output unit; each unit shows its output over the plane; blue edges are "
                                "positive weights, orange ones negative, wider ones larger"));
    const int layers = static_cast<int>(m_sizes.size()) - 2;
    m_layersLabel->setText(tr("Hidden layers: %1").arg(layers));
    m_inputsLabel->setText(tr("Inputs"));
    m_outputLabel->setText(tr("Output"));
    m_removeLayer->setToolTip(tr("Remove the last hidden layer"));
    m_removeLayer->setAccessibleName(tr("Remove a hidden layer"));
    m_addLayer->setToolTip(tr("Add a hidden layer before the output"));
    m_addLayer->setAccessibleName(tr("Add a hidden layer"));
    for (std::size_t l = 0; l < m_addUnit.size(); ++l) {
        m_removeUnit[l]->setToolTip(tr("Remove a unit from hidden layer %1").arg(l + 1));
        m_removeUnit[l]->setAccessibleName(m_removeUnit[l]->toolTip());
        m_addUnit[l]->setToolTip(tr("Add a unit to hidden layer %1").arg(l + 1));
        m_addUnit[l]->setAccessibleName(m_addUnit[l]->toolTip());
    }
    int onCount = 0;
    for (QToolButton* b : m_features)
        onCount += b->isChecked() ? 1 : 0;
    for (std::size_t f = 0; f < m_features.size(); ++f) {
        const QString name = QCoreApplication::translate("State", featureSpec(static_cast<int>(f)).label);
        QString tip = name + QStringLiteral(": ") + (m_features[f]->isChecked() ? tr("on, click to switch it off") : tr("off, click to switch it on"));
        if (onCount == 1 && m_features[f]->isChecked())
            tip += QStringLiteral("\n") + tr("The network needs at least one input: switch another on first.");
        m_features[f]->setToolTip(tip);
        m_features[f]->setAccessibleName(name);
        m_features[f]->setText(QString::fromUtf8(featureSpec(static_cast<int>(f)).symbol));
    }
    relayout();
}

