// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdowndocumentstyle.h"

#include <QString>

class QTextDocument;

namespace hindsight::exporting {

// Renders Markdown, as cmark-gfm reads it (importing::MarkdownTree), into a QTextDocument:
// headings, paragraphs, emphasis, strong, strikethrough, code spans, links (anchors), lists
// (bullet, ordered, nested, tasks), block quotes, fenced and indented code, tables, thematic
// breaks, images (an image format named by the image's address, which the document resolves
// through its resources) and raw HTML (through Qt's HTML import). Blocks carry what they are:
// a heading level, QTextFormat::BlockQuoteLevel, and BlockCodeLanguage (with BlockCodeFence for
// fenced code) on code blocks. Walks the tree without recursion, so deep nesting cannot
// overflow the stack; indentation stops growing beyond a few levels.
class MarkdownDocumentBuilder final
{
public:
    explicit MarkdownDocumentBuilder(MarkdownDocumentStyle style);

    // Appends markdown's blocks to document, which is expected to be empty: its first block
    // takes the first of them, without a top margin.
    void build(const QString &markdown, QTextDocument *document) const;

    // markdown as the content of one GitHub table cell, into document's first block. The Markdown
    // export writes a cell this way (markdown::markdownCell()): inline Markdown only, so block
    // syntax ("- ", "# ", "> ") shows as written, every line break is a line break, and HTML
    // shows as text. Images show their description.
    void buildCell(const QString &markdown, QTextDocument *document) const;

private:
    MarkdownDocumentStyle m_style;
};

} // namespace hindsight::exporting
