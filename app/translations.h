// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;
class QLocale;

namespace hindsight::app {

struct InstalledTranslations
{
    // The language of Hindsight's own catalogue ("de"), or empty when the texts stay in English.
    QString language;
    // Whether Qt's catalogue for that language was found too: the standard dialogs' buttons,
    // the undo actions' "Undo %1" and the text fields' context menus.
    bool qt = false;
};

// Installs Hindsight's catalogue (embedded as :/i18n/hindsight_<language>.qm) and Qt's (from
// Qt's translations folder) for the first of the locale's interface languages that Hindsight
// speaks. Call it before anything builds a text: the command line parser, the main window.
InstalledTranslations installTranslators(QCoreApplication &application, const QLocale &locale);

} // namespace hindsight::app
