// SPDX-License-Identifier: MIT
#include "app/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

LanguageManager& LanguageManager::instance()
{
    static LanguageManager manager;
    return manager;
}

QString LanguageManager::initialLanguage()
{
    QString saved = QSettings().value(QStringLiteral("language")).toString();
    if (available().contains(saved))
        return saved;
    return QLocale::system().language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
}

bool LanguageManager::apply(const QString& requested)
{
    const QString language = available().contains(requested) ? requested : QStringLiteral("en");
    if (m_installed && language == m_current)
        return false;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    if (language != QStringLiteral("en")) {
        if (m_app.load(QStringLiteral(":/i18n/activationlab_%1").arg(language)))
            QCoreApplication::installTranslator(&m_app);
        // Qt's own strings (standard buttons, file dialogs), if Debian's qt6-translations-l10n is there.
        if (m_qt.load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    QLocale::setDefault(language == QStringLiteral("ru") ? QLocale(QLocale::Russian, QLocale::Russia)
                                                         : QLocale(QLocale::English, QLocale::UnitedStates));
    m_current = language;
    m_installed = true;
    emit languageChanged(language);
    return true;
}
