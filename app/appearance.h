// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QObject>
#include <QPalette>

// How the app looks in a lecture hall: the interface scale (fonts, lines, markers and controls
// together), the theme, and whether the side panels are hidden. Remembered in QSettings; values
// that make no sense there fall back to the defaults.
class Appearance : public QObject {
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark, HighContrast };

    static constexpr double kMinScale = 1.0;
    static constexpr double kMaxScale = 2.0;
    static constexpr double kScaleStep = 0.1;

    static Appearance& instance();

    double scale() const { return m_scale; }
    Theme theme() const { return m_theme; }
    bool panelsHidden() const { return m_panelsHidden; }
    // The theme actually shown (System resolves to Light or Dark).
    Theme effectiveTheme() const;

    void setScale(double scale);  // clamped to 100 … 200 %, rounded to 10 %
    void setTheme(Theme theme);
    void setPanelsHidden(bool hidden);
    void load();  // from QSettings, with fallback to defaults
    void save() const;

    // Colours the charts use for text, grid and background in the current theme.
    QColor chartBackground() const;
    QColor chartText() const;
    QColor chartGrid() const;

    static QString themeKey(Theme theme);

signals:
    void changed();

private:
    Appearance() = default;
    void apply();

    double m_scale = 1.0;
    Theme m_theme = Theme::System;
    bool m_panelsHidden = false;
    bool m_captured = false;
    QFont m_baseFont;
    QPalette m_systemPalette;
    QPalette m_fusionPalette;
};
