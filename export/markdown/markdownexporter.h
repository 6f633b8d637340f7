// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QByteArray>
#include <QCoreApplication>

namespace hindsight::exporting {

// The review as a GitHub-flavoured Markdown document, UTF-8, for a repository of postmortems:
// YAML front matter (title, severity, status, audience, milestone times in UTC, the durations,
// the time zone, authors, generator), the title, a line of key figures, then the template's
// sections in template order as "## ✍️ Authors" headings (plain with options.emoji off), the
// timeline and the actions as tables, and the additional notes as "## Heading" sections.
//
// The internal version writes every section, an empty one as its heading and "_Nothing
// recorded._" so that the template stays recognisable. The customer version (see
// reviewForAudience()) leaves internal and empty sections out altogether, and, when people's
// names are redacted, the timeline's Author and the actions' Owner columns, which would only
// say "[name]".
//
// Section texts are the user's Markdown and are written as they are, made safe to nest (see
// markdown::nestedMarkdown()); event texts and action titles are inline Markdown in table cells
// (markdown::markdownCell()); names, roles, tickets and headings are plain text. Images stay
// links; nothing is ever fetched.
QByteArray reviewToMarkdown(const model::Review &review, const ExportOptions &options = {});

class MarkdownExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownExporter)

public:
    QString id() const override;
    QString name() const override;
    QStringList suffixes() const override;
    // Refuses the customer version while options.redaction has an invalid pattern, rather than
    // write a file that lets through what the pattern was meant to hide.
    QString write(const model::Review &review, const QString &path, const ExportOptions &options) const override;
};

} // namespace hindsight::exporting
