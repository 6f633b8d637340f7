// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace hindsight::exporting {

// The one place that knows every output format: menus, file dialogs and the command line list
// them from here, so a new format is added here and nowhere else (importing::ImporterFactory
// knows the input formats).
class FormatFactory final
{
public:
    FormatFactory() = delete;

    static QStringList exporterIds();
    // Null for an unknown id.
    static std::unique_ptr<Exporter> exporter(const QString &id);
};

} // namespace hindsight::exporting
