// SPDX-License-Identifier: MIT
#include "app/widgets/parameterpanel.h"

#include "app/model/functiontexts.h"
#include "app/widgets/parameterslider.h"
#include "app/widgets/controllocks.h"
#include "app/widgets/valueslider.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

ParameterPanel::ParameterPanel(ExplorerModel* model, QWidget* parent) : QGroupBox(parent), m_model(model)
{
    auto* layout = new QVBoxLayout(this);
    m_none = new QLabel(this);
    m_none->setWordWrap(true);
    layout->addWidget(m_none);
    retranslate();
    rebuild();
    connect(m_model, &ExplorerModel::changed, this, [this](ExplorerModel::Changes what) {
        if (what.testAnyFlag(ExplorerModel::FunctionChanged))
            rebuild();
        else if (what.testAnyFlag(ExplorerModel::ParametersChanged))
            syncValues();
    });
}

void ParameterPanel::rebuild()
{
    qDeleteAll(m_sliders);
    m_sliders.clear();
    const al::Activation& a = m_model->activation();
    for (std::size_t i = 0; i < a.parameters.size(); ++i) {
        auto* slider = newParameterSlider(a, i, QStringLiteral("parameter_"), this);
        ControlLocks::bind(slider, QStringLiteral("explorer.parameters"));
        layout()->addWidget(slider);
        const int index = static_cast<int>(i);
        connect(slider, &ValueSlider::valueEdited, this, [this, index](double v) { m_model->setParameter(index, v); });
        m_sliders.append(slider);
    }
    m_none->setVisible(m_sliders.isEmpty());
    syncValues();
    retranslate();
}

void ParameterPanel::syncValues()
{
    for (int i = 0; i < m_sliders.size(); ++i)
        m_sliders[i]->setValue(m_model->parameters()[static_cast<std::size_t>(i)]);
}

void ParameterPanel::retranslate()
{
    setTitle(tr("Parameters"));
    m_none->setText(tr("%1 has no parameters.").arg(FunctionTexts::name(m_model->activation().key)));
    const al::Activation& a = m_model->activation();
    for (int i = 0; i < m_sliders.size(); ++i) {
        nameParameterSlider(m_sliders[i], a, static_cast<std::size_t>(i));
    }
}

void ParameterPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}
