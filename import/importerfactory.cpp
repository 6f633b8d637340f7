// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importerfactory.h"

#include "json/jsonimporter.h"
#include "markdown/markdownimporter.h"

#include <QFileInfo>

namespace hindsight::importing {

QStringList ImporterFactory::importerIds()
{
    return {QStringLiteral("json"), QStringLiteral("md")};
}

std::unique_ptr<Importer> ImporterFactory::importer(const QString &id)
{
    if (id == u"json")
        return std::make_unique<JsonImporter>();
    if (id == u"md")
        return std::make_unique<MarkdownImporter>();
    return nullptr;
}

std::unique_ptr<Importer> ImporterFactory::importerForFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.isEmpty())
        return nullptr;
    for (const auto &id : importerIds()) {
        auto candidate = importer(id);
        if (candidate && candidate->suffixes().contains(suffix, Qt::CaseInsensitive))
            return candidate;
    }
    return nullptr;
}

} // namespace hindsight::importing
