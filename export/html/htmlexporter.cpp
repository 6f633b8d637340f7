// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlexporter.h"

#include "export/audience.h"
#include "export/documentfigures.h"
#include "export/outputfile.h"
#include "htmlpage.h"

namespace hindsight::exporting {

HtmlDocument reviewToHtml(const model::Review &source, const ExportOptions &options, const QString &path)
{
    const model::Review review = reviewForAudience(source, options);
    if (const QString missing = DocumentFigures(review).missingRenderer(options, path); !missing.isEmpty())
        return {{}, missing};
    html::HtmlPage page(review, options);
    const QString text = page.write();
    if (!page.error().isEmpty())
        return {{}, HtmlExporter::tr("Cannot write %1: %2").arg(path, page.error())};
    return {text.toUtf8(), {}};
}

QString HtmlExporter::id() const
{
    return QStringLiteral("html");
}

QString HtmlExporter::name() const
{
    return tr("Web page (HTML, self-contained)");
}

QStringList HtmlExporter::suffixes() const
{
    return {QStringLiteral("html"), QStringLiteral("htm")};
}

QString HtmlExporter::writeTo(const model::Review &review, const QString &path, const ExportOptions &options) const
{
    if (options.audience == ExportOptions::Audience::Customer) {
        if (const QStringList problems = options.redaction.validate(); !problems.isEmpty())
            return problems.first();
    }
    const HtmlDocument document = reviewToHtml(review, options, path);
    if (!document.error.isEmpty())
        return document.error;

    OutputFile file(path);
    if (auto error = file.open(); !error.isEmpty())
        return error;
    if (auto error = file.write(document.html); !error.isEmpty())
        return error;
    return file.commit();
}

} // namespace hindsight::exporting
