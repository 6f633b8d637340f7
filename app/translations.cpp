// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace hindsight::app {

namespace {

// English is the language of the source texts: it needs no catalogue, and a user who lists it
// before German (LANGUAGE=en:de) gets it rather than the next language that has one.
bool isSourceLanguage(const QString &language)
{
    return language == u"C" || language == u"en" || language.startsWith(u"en_");
}

} // namespace

InstalledTranslations installTranslators(QCoreApplication &application, const QLocale &locale)
{
    InstalledTranslations installed;
    auto own = std::make_unique<QTranslator>(&application);
    for (QString language : locale.uiLanguages()) {
        language.replace(u'-', u'_');
        if (isSourceLanguage(language))
            return installed;
        // "hindsight_de_AT" falls back to "hindsight_de".
        if (own->load(QStringLiteral("hindsight_") + language, QStringLiteral(":/i18n"))) {
            installed.language = own->language();
            break;
        }
    }
    if (installed.language.isEmpty())
        return installed;

    // Installed first, so that it is asked last: where both catalogues know a text, ours wins.
    auto qt = std::make_unique<QTranslator>(&application);
    if (qt->load(QStringLiteral("qtbase_") + installed.language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.release());
        installed.qt = true;
    }
    QCoreApplication::installTranslator(own.release());
    return installed;
}

} // namespace hindsight::app
