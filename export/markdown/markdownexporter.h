// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>

namespace hindsight::exporting {

// The review as a GitHub-flavoured Markdown document, UTF-8, for a repository of postmortems:
// YAML front matter (title, severity, status, audience, milestone times in UTC, the durations,
// the time zone, authors, generator), the title, a line of key figures, then the template's
// sections in template order as "## ✍️ Authors" headings (plain with options.emoji off), the
// timeline and the actions as tables, and the additional notes as "## Heading" sections.
//
// The internal version writes every section, an empty one as its heading and "_Nothing
// recorded._" so that the template stays recognisable. The customer version (see
// reviewForAudience()) leaves internal and empty sections (no text, no figures) out altogether,
// and, when people's names are redacted, the timeline's Author and the actions' Owner columns,
// which would only say "[name]".
//
// Section texts are the user's Markdown and are written as they are, made safe to nest (see
// markdown::nestedMarkdown()); event texts and action titles are inline Markdown in table cells
// (markdown::markdownCell()); names, roles, tickets and headings are plain text. Images in the
// text stay links; nothing is ever fetched.
//
// Each section's figures follow its text, numbered through the document: an image on a line of
// its own, `![caption](review.assets/figure-3.png)`, and the caption in italics under it,
// "*Figure 3: caption*". Their files go into an assets folder beside the Markdown file (see
// markdownAssetFolder()): images with their bytes as given, charts drawn as PNG.

// A figure's file in the assets folder.
struct MarkdownAsset
{
    QString fileName;     // in the folder: "figure-3.png", "figure-4.jpg"
    model::Figure figure; // as the audience sees it; a chart is drawn when the file is written
};

struct MarkdownDocument
{
    QByteArray markdown;
    QList<MarkdownAsset> assets; // in the document's order
    model::Review review;        // as the audience sees it, which the charts are drawn for
};

// The assets folder of the Markdown file at path, by name: "<base name>.assets", beside it
// ("postmortem.md" keeps its figures in "postmortem.assets/").
QString markdownAssetFolder(const QString &markdownPath);

// The review as Markdown whose figures link into assetFolder (a folder name relative to the
// Markdown file, percent-encoded in the links), and the files that folder must hold.
MarkdownDocument reviewToMarkdownDocument(const model::Review &review, const ExportOptions &options,
                                          const QString &assetFolder);

// The Markdown alone, its figures linked into "review.assets", as for a file named review.md.
QByteArray reviewToMarkdown(const model::Review &review, const ExportOptions &options = {});

// A chart as the Markdown export writes it: 1600 × 800 pixels (twice the 800 × 400 it is laid
// out at, for sharp text on high-resolution screens), on white. The image's device pixel ratio
// is 2.
QImage markdownChartImage(const FigureRenderer &renderer, const model::Figure &chart, const model::Review &review);

class MarkdownExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownExporter)

public:
    QString id() const override;
    QString name() const override;
    QStringList suffixes() const override;
    // Refuses the customer version while options.redaction has an invalid pattern, rather than
    // write a file that lets through what the pattern was meant to hide, and a review with
    // charts without options.figureRenderer. The assets folder is written first and replaces
    // the one of an earlier export of the same name together with the Markdown file; a folder
    // of that name that holds other files is left alone and the export refused. An export
    // without figures removes the folder an earlier one left.

protected:
    QString writeTo(const model::Review &review, const QString &path, const ExportOptions &options) const override;
};

} // namespace hindsight::exporting
