// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

// Switches the interface language at run time: installs the app's and Qt's own translations and
// sets the default locale, which posts LanguageChange/LocaleChange to every widget.
class LanguageManager : public QObject {
    Q_OBJECT
public:
    static LanguageManager& instance();

    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("ru")}; }
    // The language to start with: the saved choice, else the system's (ru → Russian, else English).
    static QString initialLanguage();

    QString current() const { return m_current; }
    // "en" or "ru"; anything else falls back to English. Returns false if nothing changed.
    bool apply(const QString& requested);

signals:
    void languageChanged(const QString& language);

private:
    LanguageManager() = default;

    QString m_current = QStringLiteral("en");
    QTranslator m_app;
    QTranslator m_qt;
    bool m_installed = false;
};
