// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hindsight::exporting {

// The review as one self-contained HTML page, UTF-8, for wikis, intranets and e-mail: its
// figures are inside it as data: URIs, its style sheet is inline, and it fetches nothing (a
// Content-Security-Policy says so to browsers as well). It shows what the Markdown export does,
// in the same order (see MarkdownExporter): a title block (the audience, the title, the key
// figures and the milestones' times), then the template's sections in template order, the
// timeline and the actions as tables, and the additional notes; the customer version leaves
// out what the Markdown export's does (see reviewForAudience()), and the internal version says
// "Nothing recorded." for an empty section.
//
// Plain texts (the title, names, tickets, captions) are escaped; the user's Markdown is rendered
// by cmark-gfm (importing::MarkdownTree::html()), which leaves raw HTML out, so that a review's
// text cannot put a script into the page. Each section's figures follow its text as <figure>
// elements, numbered through the document: images as PNG or JPEG (other formats converted to
// PNG), charts drawn as PNG by ExportOptions::figureRenderer, each with its caption as alt text
// and its numbered caption under it. The same review gives the same bytes.
struct HtmlDocument
{
    QByteArray html;
    QString error; // for people; html is empty when set
};

// The page for options.audience, as for a file at path, which errors name. Refuses a review
// whose page holds charts when options gives no renderer.
HtmlDocument reviewToHtml(const model::Review &review, const ExportOptions &options,
                          const QString &path = QStringLiteral("review.html"));

class HtmlExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(HtmlExporter)

public:
    QString id() const override;
    QString name() const override;
    QStringList suffixes() const override;
    // Refuses the customer version while options.redaction has an invalid pattern, rather than
    // write a page that lets through what the pattern was meant to hide.

protected:
    QString writeTo(const model::Review &review, const QString &path, const ExportOptions &options) const override;
};

} // namespace hindsight::exporting
