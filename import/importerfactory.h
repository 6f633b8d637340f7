// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace hindsight::importing {

// The one place that knows every input format: file dialogs and the command line list them from
// here, so a new format is added here and nowhere else.
class ImporterFactory final
{
public:
    ImporterFactory() = delete;

    static QStringList importerIds();
    // Null for an unknown id.
    static std::unique_ptr<Importer> importer(const QString &id);
    // The importer whose suffixes include path's (case does not matter), or null.
    static std::unique_ptr<Importer> importerForFile(const QString &path);
};

} // namespace hindsight::importing
