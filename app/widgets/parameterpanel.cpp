// SPDX-License-Identifier: MIT
#include "app/widgets/parameterpanel.h"

#include "app/model/functiontexts.h"
#include "app/widgets/parametersliders.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

ParameterPanel::ParameterPanel(ExplorerModel* model, QWidget* parent) : Retranslated(parent), m_model(model)
{
    auto* layout = new QVBoxLayout(this);
    m_none = new QLabel(this);
    m_none->setWordWrap(true);
    layout->addWidget(m_none);
    m_sliders = new ParameterSliders(QStringLiteral("explorer.parameters"), QStringLiteral("parameter_"), this);
    layout->addWidget(m_sliders);
    connect(m_sliders, &ParameterSliders::edited, m_model, &ExplorerModel::setParameter);
    follow();
    retranslate();
    connect(m_model, &ExplorerModel::changed, this, [this](ExplorerModel::Changes what) {
        if (what.testAnyFlag(ExplorerModel::FunctionChanged))
            retranslate();
        if (what.testAnyFlag(ExplorerModel::FunctionChanged) || what.testAnyFlag(ExplorerModel::ParametersChanged))
            follow();
    });
}

const QList<ValueSlider*>& ParameterPanel::sliders() const
{
    return m_sliders->sliders();
}

void ParameterPanel::follow()
{
    m_sliders->follow(m_model->functionKey(), m_model->parameters());
    m_none->setVisible(sliders().isEmpty());
    m_sliders->setVisible(!sliders().isEmpty());
}

void ParameterPanel::retranslate()
{
    setTitle(tr("Parameters"));
    m_none->setText(tr("%1 has no parameters.").arg(FunctionTexts::name(m_model->activation().key)));
}

