// SPDX-License-Identifier: MIT
#include "app/views/readoutview.h"

#include "app/model/functiontexts.h"
#include "app/views/numberformat.h"
#include "app/views/textblock.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

ReadoutView::ReadoutView(ExplorerModel* model, QWidget* parent) : QFrame(parent), m_model(model)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("readout"));
    m_content = new QWidget(this);
    m_sum = new TextBlock(m_content);
    m_values = new TextBlock(m_content);
    m_sum->setTextFormat(Qt::PlainText);
    m_values->setTextFormat(Qt::PlainText);
    m_badge = new TextBlock(m_content);
    m_badge->setTextFormat(Qt::PlainText);
    m_copy = new QAction(this);
    connect(m_copy, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(plainText()); });
    addAction(m_copy);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    retranslate();
    applyFonts();
    auto* layout = new QVBoxLayout(m_content);
    layout->addWidget(m_sum);
    layout->addWidget(m_values);
    layout->addWidget(m_badge);
    connect(m_model, &ExplorerModel::changed, this, &ReadoutView::refresh);
    refresh();
}

QString ReadoutView::sumFormula(const al::Neuron& neuron)
{
    QString text = QStringLiteral("z = ");
    for (std::size_t i = 0; i < neuron.inputCount(); ++i) {
        const double w = neuron.weight(i);
        const double x = neuron.input(i);
        const QString ws = NumberFormat::fixed(w, 2);
        const QString xs = NumberFormat::fixed(x, 2);
        // Negative factors in parentheses, as one writes them by hand.
        const auto factor = [](const QString& s) { return s.startsWith(QChar(0x2212)) ? QStringLiteral("(%1)").arg(s) : s; };
        text += (i > 0 ? QStringLiteral(" + ") : QString()) + factor(ws) + QStringLiteral("·") + factor(xs);
    }
    const double b = neuron.bias();
    const QString bs = NumberFormat::fixed(b, 2);
    text += bs.startsWith(QChar(0x2212)) ? QStringLiteral(" − ") + bs.mid(1) : QStringLiteral(" + ") + bs;
    return text + QStringLiteral(" = ") + NumberFormat::fixed(neuron.z(), 2);
}

void ReadoutView::refresh()
{
    const al::FunctionValues v = m_model->valuesAtZ();
    const QString f = FunctionTexts::symbol(m_model->activation().key);
    m_sum->setText(sumFormula(m_model->neuron()));
    m_zone = m_model->zone();
    const QString slope = m_zone == GradientZone::Undefined ? tr("undefined") : NumberFormat::readable(v.df);
    m_values->setText(QStringLiteral("%1(z) = %2      %1′(z) = %3").arg(f, NumberFormat::readable(v.f), slope));
    QString badge;
    // The badge's colours by zone: background, text.
    std::pair<QColor, QColor> colours;
    const std::pair<QColor, QColor> kInformation{QColor(0xe7, 0xf5, 0xff), QColor(0x1c, 0x4f, 0x80)};
    switch (m_zone) {
    case GradientZone::Dead:
        badge = tr("✖ Dead gradient: f′(z) = 0 — this neuron does not learn here.");
        colours = {QColor(0xff, 0xe3, 0xe3), QColor(0x8a, 0x1c, 0x1c)};
        break;
    case GradientZone::Vanishing:
        badge = tr("⚠ Vanishing gradient: |f′(z)| < ε = %1 — learning is very slow here.")
                    .arg(NumberFormat::readable(m_model->epsilon(), 3));
        colours = {QColor(0xff, 0xf3, 0xbf), QColor(0x7a, 0x4d, 0x00)};
        break;
    case GradientZone::Undefined:
        badge = tr("The step jumps at z = θ: its derivative is undefined here (0 everywhere else).");
        colours = kInformation;
        break;
    case GradientZone::Learning:
        badge = tr("✔ The gradient flows: the neuron learns at this z.");
        colours = {QColor(0xeb, 0xfb, 0xee), QColor(0x1e, 0x6b, 0x33)};
        break;
    }
    // On a kink the derivative does not exist; the chart and the badge show PyTorch's choice, so
    // say so instead of calling the neuron dead (ReLU at z = 0) or alive on a convention alone.
    const al::Activation& a = m_model->activation();
    const double z = m_model->z();
    for (double k : a.kinks(m_model->parameters())) {
        const double delta = 1e-9 * std::max(1.0, std::fabs(k));
        if (std::fabs(z - k) > delta)
            continue;
        const double left = a.evaluate(k - 2 * delta, m_model->parameters()).df;
        const double right = a.evaluate(k + 2 * delta, m_model->parameters()).df;
        badge = tr("z = %1 is a kink: f′ is not defined here (%2 just left of it, %3 just right). Like PyTorch, "
                   "the app takes f′ = %4.")
                    .arg(NumberFormat::readable(k), NumberFormat::readable(left, 3), NumberFormat::readable(right, 3),
                         NumberFormat::readable(v.df, 3));
        colours = kInformation;
        break;
    }
    m_badge->setText(badge);
    m_badge->setBox(colours.first, colours.second, kBadgeMargin, kBadgeRadius);
}

QSize ReadoutView::sizeHint() const
{
    const int frame = 2 * frameWidth();
    const QSize content = m_content->sizeHint();
    return {content.width() + frame, heightForWidth(content.width() + frame)};
}

QSize ReadoutView::minimumSizeHint() const
{
    const int frame = 2 * frameWidth();
    return m_content->minimumSizeHint() + QSize(frame, frame);
}

int ReadoutView::heightForWidth(int width) const
{
    const int frame = 2 * frameWidth();
    return m_content->heightForWidth(width - frame) + frame;
}

bool ReadoutView::event(QEvent* event)
{
    // Hidden (another tab open), the frame hears nothing of the labels' changes: tell the page
    // again when it is shown.
    if (event->type() == QEvent::Show)
        updateGeometry();
    if (event->type() == QEvent::LayoutRequest) {
        // Posted by the labels' layout (this frame has none of its own).
        // The labels wrap: in the page's column only the height for the width matters (their
        // minimum size would cost two more layouts of each text).
        const int height = heightForWidth(width());
        if (height != m_shownHeight) {
            m_shownHeight = height;
            updateGeometry();
        }
        m_content->setGeometry(contentsRect());
    }
    return QFrame::event(event);
}

void ReadoutView::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    m_content->setGeometry(contentsRect());
}

void ReadoutView::retranslate()
{
    m_copy->setText(tr("&Copy the read-out"));
}

QString ReadoutView::plainText() const
{
    QString text = m_sum->text() + QLatin1Char('\n') + m_values->text();
    if (!m_badge->text().isEmpty())
        text += QLatin1Char('\n') + m_badge->text();
    return text;
}

QString ReadoutView::sumText() const
{
    return m_sum->text();
}

QString ReadoutView::valuesText() const
{
    return m_values->text();
}

QString ReadoutView::badgeText() const
{
    return m_badge->text();
}

bool ReadoutView::badgeVisible() const
{
    return m_zone == GradientZone::Dead || m_zone == GradientZone::Vanishing;
}

void ReadoutView::applyFonts()
{
    // A quarter larger than the interface, so the numbers carry across a lecture hall; follows
    // the interface scale through FontChange.
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_sum->setFont(big);
    big.setBold(true);
    m_values->setFont(big);
}

void ReadoutView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QFrame::changeEvent(event);
}
