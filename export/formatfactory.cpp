// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatfactory.h"

#include "html/htmlexporter.h"
#include "json/jsonformat.h"
#include "markdown/markdownexporter.h"
#include "pdf/pdfexporter.h"

namespace hindsight::exporting {

QStringList FormatFactory::exporterIds()
{
    return {QStringLiteral("pdf"), QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json")};
}

std::unique_ptr<Exporter> FormatFactory::exporter(const QString &id)
{
    if (id == u"json")
        return std::make_unique<JsonExporter>();
    if (id == u"md")
        return std::make_unique<MarkdownExporter>();
    if (id == u"pdf")
        return std::make_unique<PdfExporter>();
    if (id == u"html")
        return std::make_unique<HtmlExporter>();
    return nullptr;
}

} // namespace hindsight::exporting
