// SPDX-License-Identifier: MIT
#include "app/widgets/valueslider.h"

#include "app/views/numberformat.h"
#include "core/state/spec.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

ValueSlider::ValueSlider(QWidget* parent) : Retranslated(parent)
{
    m_label = new QLabel(this);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_spin = new QDoubleSpinBox(this);
    m_label->setBuddy(m_spin);
    m_label->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("w₈ (weight)")));
    m_slider->setMinimumWidth(90);
    m_spin->setKeyboardTracking(false);  // a typed value applies on Enter or focus change
    m_spin->setAlignment(Qt::AlignRight);
    m_spin->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("−1000,000")) + 30);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);
    connect(m_slider, &QSlider::valueChanged, this, &ValueSlider::onSliderMoved);
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, &ValueSlider::onSpinChanged);
}

ValueSlider::ValueSlider(const al::state::Spec& spec, int entry, QWidget* parent) : ValueSlider(parent)
{
    m_spec = &spec;
    m_entry = entry;
    // The setting it edits, whatever the panel names it: an exercise locks controls by this key.
    setProperty("stateKey", QString::fromLatin1(spec.key.data(), static_cast<qsizetype>(spec.key.size())));
    setObjectName(QString::fromLatin1(spec.key.data(), static_cast<qsizetype>(spec.key.size())).replace(QLatin1Char('.'), QLatin1Char('_')) +
                  (entry > 0 || spec.maxCount > 0 ? QStringLiteral("_%1").arg(entry + 1) : QString()));
    setRange(spec.sliderMin, spec.sliderMax, spec.step, spec.decimals);
    setSpinRange(spec.min, spec.max);
    retranslate();
}

void ValueSlider::retranslate()
{
    if (!m_spec)
        return;
    // %1 is the entry's number: subscript in a symbol (x₁), plain in words.
    const QString n = QString::number(m_entry + 1);
    const QString symbol = QString::fromUtf8(m_spec->symbol).replace(QStringLiteral("%1"), NumberFormat::subscript(m_entry + 1));
    const QString label = QCoreApplication::translate("State", m_spec->label).replace(QStringLiteral("%1"), n);
    const QString help = QCoreApplication::translate("State", m_spec->help).replace(QStringLiteral("%1"), NumberFormat::subscript(m_entry + 1));
    setLabel(symbol.isEmpty() ? label : symbol);
    setHelp(help.isEmpty() ? label : help, label);
}

void ValueSlider::setRange(double min, double max, double step, int decimals)
{
    const QSignalBlocker a(m_slider);
    const QSignalBlocker b(m_spin);
    const double current = value();
    m_min = min;
    m_step = step;
    m_slider->setRange(0, static_cast<int>(std::lround((max - min) / step)));
    m_slider->setSingleStep(1);
    m_slider->setPageStep(std::max(1, m_slider->maximum() / 10));
    m_spin->setDecimals(decimals);
    m_spin->setSingleStep(step);
    m_spin->setRange(min, max);
    m_spin->setValue(current);
    m_slider->setValue(positionFor(m_spin->value()));
}

void ValueSlider::setSpinRange(double min, double max)
{
    const QSignalBlocker b(m_spin);
    m_spin->setRange(min, max);
}

void ValueSlider::setValue(double value)
{
    const QSignalBlocker a(m_slider);
    const QSignalBlocker b(m_spin);
    m_spin->setValue(value);
    m_slider->setValue(positionFor(value));
}

double ValueSlider::value() const
{
    return m_spin->value();
}

void ValueSlider::setLabel(const QString& text)
{
    m_label->setText(text);
}

void ValueSlider::setHelp(const QString& toolTip, const QString& accessibleName)
{
    for (QWidget* w : {static_cast<QWidget*>(m_slider), static_cast<QWidget*>(m_spin), static_cast<QWidget*>(m_label)})
        w->setToolTip(toolTip);
    m_slider->setAccessibleName(accessibleName);
    m_spin->setAccessibleName(accessibleName);
}

int ValueSlider::positionFor(double value) const
{
    return static_cast<int>(std::lround((value - m_min) / m_step));
}

void ValueSlider::onSliderMoved(int position)
{
    if (m_updating)
        return;
    // Slider positions are exact multiples of the step from the minimum, rounded to the spin
    // box's decimals so 0.1 + 0.2 shows and means 0.30.
    const double scale = std::pow(10.0, m_spin->decimals());
    const double v = std::round((m_min + position * m_step) * scale) / scale;
    m_updating = true;
    {
        const QSignalBlocker b(m_spin);
        m_spin->setValue(v);
    }
    m_updating = false;
    emit valueEdited(m_spin->value());
}

void ValueSlider::onSpinChanged(double value)
{
    if (m_updating)
        return;
    m_updating = true;
    {
        const QSignalBlocker a(m_slider);
        m_slider->setValue(positionFor(value));
    }
    m_updating = false;
    emit valueEdited(value);
}
