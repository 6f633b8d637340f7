// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// How the HTML exporter puts the review's text into its page: plain text escaped, the user's
// Markdown rendered by the project's Markdown library (importing::MarkdownTree, cmark-gfm) as
// GitHub shows the Markdown export. Private to the HTML format; separate from the exporter so
// that tests can reach it.
namespace hindsight::exporting::html {

// Plain text (a title, a name, a ticket key) as HTML text or as the value of an attribute in
// double quotes: "&", "<", ">" and '"' escaped.
QString escaped(const QString &text);

// Markdown, rendered as it is: blocks, as cmark-gfm reads them with GitHub's extensions. Never
// lets the text change the page or reach out of it: raw HTML is left out, links that could run
// code lose their destination (importing::MarkdownTree::html()), and an image that is not
// inside the page (anything but a data: PNG, GIF, JPEG or WebP image) becomes a link to its
// address that shows its description, so that opening the page fetches nothing.
QString markdownHtml(const QString &markdown);

// The user's Markdown under a heading of parentLevel, made safe to nest as the Markdown export
// writes it (markdown::nestedMarkdown(): its headings demoted below parentLevel, a code fence
// left open closed), then rendered as markdownHtml() does.
QString sectionHtml(const QString &markdown, int parentLevel);

// The user's Markdown as the content of a table cell, as GitHub shows the Markdown export's
// cell (markdown::markdownCell()): inline Markdown only, so block syntax ("- ", "# ") shows as
// written, every line break is a line break, and HTML shows as text. Images as markdownHtml().
QString cellHtml(const QString &markdown);

// bytes as a data: URI of mimeType, Base64-encoded: "data:image/png;base64,iVBOR…".
QString dataUri(const QByteArray &bytes, const QString &mimeType);

} // namespace hindsight::exporting::html
