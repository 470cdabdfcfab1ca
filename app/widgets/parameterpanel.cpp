// SPDX-License-Identifier: MIT
#include "app/widgets/parameterpanel.h"

#include "app/model/functiontexts.h"
#include "app/views/textblock.h"
#include "app/widgets/parametersliders.h"
#include "app/widgets/valueslider.h"
#include "core/catalog.h"

#include <QEvent>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>

ParameterPanel::ParameterPanel(ExplorerModel* model, QWidget* parent) : Retranslated(parent), m_model(model)
{
    auto* layout = new QVBoxLayout(this);
    m_none = new TextBlock(this);
    m_none->setTextFormat(Qt::PlainText);
    layout->addWidget(m_none);
    m_sliders = new ParameterSliders(QStringLiteral("explorer.parameters"), QStringLiteral("parameter_"), this);
    layout->addWidget(m_sliders);
    m_probe = std::make_unique<ValueSlider>();
    connect(m_sliders, &ParameterSliders::edited, m_model, &ExplorerModel::setParameter);
    follow();
    retranslate();
    connect(m_model, &ExplorerModel::changed, this, [this](ExplorerModel::Changes what) {
        if (what.testAnyFlag(ExplorerModel::FunctionChanged) || what.testAnyFlag(ExplorerModel::ParametersChanged))
            follow();
    });
}

ParameterPanel::~ParameterPanel() = default;

const QList<ValueSlider*>& ParameterPanel::sliders() const
{
    return m_sliders->sliders();
}

void ParameterPanel::follow()
{
    m_sliders->follow(m_model->functionKey(), m_model->parameters());
    // The one going is hidden first: both shown for a moment would make the panel (and move
    // everything under it) twice as tall until the next layout.
    const bool none = sliders().isEmpty();
    if (none)  // the sentence is written only when it shows (laying it out hidden cost as much)
        m_none->setText(noneText(m_model->activation()));
    (none ? static_cast<QWidget*>(m_sliders) : m_none)->setVisible(false);
    (none ? static_cast<QWidget*>(m_none) : m_sliders)->setVisible(true);
}

QString ParameterPanel::noneText(const al::Activation& a) const
{
    return tr("%1 has no parameters.").arg(FunctionTexts::name(a.key));
}

void ParameterPanel::retranslate()
{
    setTitle(tr("Parameters"));
    m_none->setText(noneText(m_model->activation()));
    m_reservedForWidth = -1;
    reserveHeight();
}

void ParameterPanel::reserveHeight()
{
    // The width the layout gives the sentence (it may be hidden now, with an old width).
    const QMargins margins = layout()->contentsMargins();
    const int width = contentsRect().width() - margins.left() - margins.right();
    if (width <= 0 || width == m_reservedForWidth)
        return;
    m_reservedForWidth = width;
    int height = m_probe->sizeHint().height();
    const QString shown = m_none->text();
    m_none->setMinimumHeight(0);  // a label's height for a width is at least its minimum
    for (const al::Activation& a : al::catalog()) {
        if (!a.parameters.empty())
            continue;
        m_none->setText(noneText(a));
        height = std::max(height, m_none->heightForWidth(width));
    }
    m_none->setText(shown);
    m_none->setMinimumHeight(height);
    m_sliders->setMinimumHeight(height);
}

void ParameterPanel::resizeEvent(QResizeEvent* event)
{
    QGroupBox::resizeEvent(event);
    reserveHeight();
}


void ParameterPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_reservedForWidth = -1;
        reserveHeight();
    }
    Retranslated::changeEvent(event);
}
