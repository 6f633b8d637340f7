// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatfactory.h"

#include "json/jsonformat.h"
#include "markdown/markdownexporter.h"
#include "markdownimport/markdownimporter.h"
#include "pdf/pdfexporter.h"

#include <QFileInfo>

namespace hindsight::exporting {

QStringList FormatFactory::exporterIds()
{
    return {QStringLiteral("pdf"), QStringLiteral("md"), QStringLiteral("json")};
}

std::unique_ptr<Exporter> FormatFactory::exporter(const QString &id)
{
    if (id == u"json")
        return std::make_unique<JsonExporter>();
    if (id == u"md")
        return std::make_unique<MarkdownExporter>();
    if (id == u"pdf")
        return std::make_unique<PdfExporter>();
    return nullptr;
}

QStringList FormatFactory::importerIds()
{
    return {QStringLiteral("json"), QStringLiteral("md")};
}

std::unique_ptr<Importer> FormatFactory::importer(const QString &id)
{
    if (id == u"json")
        return std::make_unique<JsonImporter>();
    if (id == u"md")
        return std::make_unique<MarkdownImporter>();
    return nullptr;
}

std::unique_ptr<Importer> FormatFactory::importerForFile(const QString &path)
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

} // namespace hindsight::exporting
