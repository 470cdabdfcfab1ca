// SPDX-License-Identifier: MIT
#include "app/appearance.h"

#include "app/appstyle.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>

#include <cmath>

Appearance& Appearance::instance()
{
    static Appearance appearance;
    return appearance;
}

QString Appearance::themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::HighContrast:
        return QStringLiteral("high-contrast");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance::Theme Appearance::effectiveTheme() const
{
    if (m_theme != Theme::System)
        return m_theme;
    // Qt 6.4 has no colour-scheme hint: a dark window colour means a dark desktop.
    const QPalette p = m_captured ? m_systemPalette : QApplication::palette();
    return p.color(QPalette::Window).lightness() < 128 ? Theme::Dark : Theme::Light;
}

void Appearance::setScale(double scale)
{
    if (!std::isfinite(scale))
        return;
    scale = std::round(std::clamp(scale, kMinScale, kMaxScale) / kScaleStep) * kScaleStep;
    if (scale == m_scale && m_captured)
        return;
    m_scale = scale;
    apply();
}

void Appearance::setTheme(Theme theme)
{
    if (theme == m_theme && m_captured)
        return;
    m_theme = theme;
    apply();
}

void Appearance::setPanelsHidden(bool hidden)
{
    if (hidden == m_panelsHidden)
        return;
    m_panelsHidden = hidden;
    emit changed();
}

void Appearance::load()
{
    QSettings settings;
    bool ok = false;
    const double storedScale = settings.value(QStringLiteral("appearance/scale"), 1.0).toDouble(&ok);
    m_scale = ok && std::isfinite(storedScale) ? std::clamp(storedScale, kMinScale, kMaxScale) : 1.0;
    const QString storedTheme = settings.value(QStringLiteral("appearance/theme")).toString();
    m_theme = Theme::System;
    for (Theme t : {Theme::Light, Theme::Dark, Theme::HighContrast})
        if (storedTheme == themeKey(t))
            m_theme = t;
    m_panelsHidden = settings.value(QStringLiteral("appearance/panelsHidden"), false).toBool();
    apply();
}

void Appearance::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("appearance/scale"), m_scale);
    settings.setValue(QStringLiteral("appearance/theme"), themeKey(m_theme));
    settings.setValue(QStringLiteral("appearance/panelsHidden"), m_panelsHidden);
}

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x25, 0x26, 0x2b);
    const QColor base(0x1b, 0x1c, 0x20);
    const QColor text(0xe9, 0xec, 0xef);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x34, 0x36, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x4d, 0x8f, 0xe6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Link, QColor(0x74, 0xb0, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x84, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x84, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x84, 0x8a));
    return p;
}

// Black on white with strong borders: what a washed-out projector still shows.
QPalette highContrastPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Button, Qt::white);
    p.setColor(QPalette::ButtonText, Qt::black);
    p.setColor(QPalette::Highlight, Qt::black);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Link, QColor(0x00, 0x00, 0xcc));
    p.setColor(QPalette::Mid, Qt::black);
    p.setColor(QPalette::Dark, Qt::black);
    return p;
}

}  // namespace

void Appearance::apply()
{
    if (!m_captured) {
        m_baseFont = QApplication::font();
        m_systemPalette = QApplication::palette();
        // One style for every theme, set once: Fusion draws any palette faithfully, and replacing
        // the application style at run time deletes the old one under items that still use it.
        // (AppStyle is Fusion with the group box frame kept as a picture.)
        if (!dynamic_cast<AppStyle*>(QApplication::style()))
            QApplication::setStyle(new AppStyle());
        m_fusionPalette = QApplication::style()->standardPalette();
        m_captured = true;
    }
    QFont font = m_baseFont;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(m_baseFont.pointSizeF() * m_scale);
    else
        font.setPixelSize(static_cast<int>(std::lround(m_baseFont.pixelSize() * m_scale)));
    QApplication::setFont(font);
    switch (effectiveTheme()) {
    case Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case Theme::HighContrast:
        QApplication::setPalette(highContrastPalette());
        break;
    case Theme::Light:
    case Theme::System:
        // "Light" on a dark desktop means Fusion's own light palette.
        QApplication::setPalette(m_theme == Theme::Light && m_systemPalette.color(QPalette::Window).lightness() < 128
                                     ? m_fusionPalette
                                     : m_systemPalette);
        break;
    }
    emit changed();
}

QColor Appearance::chartBackground() const
{
    switch (effectiveTheme()) {
    case Theme::Dark:
        return {0x1b, 0x1c, 0x20};
    case Theme::HighContrast:
    default:
        return Qt::white;
    }
}

QColor Appearance::chartText() const
{
    return effectiveTheme() == Theme::Dark ? QColor(0xe9, 0xec, 0xef) : (effectiveTheme() == Theme::HighContrast ? Qt::black : QColor(0x21, 0x25, 0x29));
}

QColor Appearance::chartGrid() const
{
    switch (effectiveTheme()) {
    case Theme::Dark:
        return {0x3a, 0x3d, 0x44};
    case Theme::HighContrast:
        return {0x80, 0x80, 0x80};
    default:
        return {0xde, 0xe2, 0xe6};
    }
}
