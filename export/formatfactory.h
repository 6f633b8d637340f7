// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"
#include "importer.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace hindsight::exporting {

// The one place that knows every format: menus, file dialogs and the command line list formats
// from here, so a new format is added here and nowhere else.
class FormatFactory final
{
public:
    FormatFactory() = delete;

    static QStringList exporterIds();
    // Null for an unknown id.
    static std::unique_ptr<Exporter> exporter(const QString &id);

    static QStringList importerIds();
    // Null for an unknown id.
    static std::unique_ptr<Importer> importer(const QString &id);
    // The importer whose suffixes include path's (case does not matter), or null.
    static std::unique_ptr<Importer> importerForFile(const QString &path);
};

} // namespace hindsight::exporting
