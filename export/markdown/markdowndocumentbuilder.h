// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdowndocumentstyle.h"

#include <QString>
#include <QTextFormat>

#include <functional>
#include <memory>
#include <vector>

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

    // How much one document of buildPieces() holds before the next one starts.
    struct PieceLimits
    {
        qsizetype characters = 0;
        qsizetype lines = 0; // blocks and line breaks
    };
    using DocumentFactory = std::function<std::unique_ptr<QTextDocument>()>;
    // As build(), into as many documents from newDocument() as it takes for none to hold more
    // than about limits, in order. Qt lays one document out in no more than 2^23 device units
    // of height (its layout never ends on a longer one: 700 pages at 1200 dpi) and looks for a
    // page's lines from the document's start, so a very long text has to be several. A new
    // document starts between two top-level blocks, neither of them a table and the first no
    // heading; between any two blocks of a list or quote once it holds twice the limits (a
    // list goes on as a new list, numbered from 1 again); or inside a paragraph, heading or
    // code block too long on its own: the rest of such a block starts the next document with
    // ContinuedBlock set and no top margin, and its first part ends without a bottom margin.
    // Every other block keeps its margins, also the first of a document, which Qt lays out
    // without its top margin, so that the caller can put the space that the two blocks would
    // have between their documents. A table is never cut.
    std::vector<std::unique_ptr<QTextDocument>> buildPieces(const QString &markdown, const DocumentFactory &newDocument,
                                                            PieceLimits limits) const;
    // A block format property: true on a block that goes on from the previous document's last.
    static constexpr int ContinuedBlock = QTextFormat::UserProperty + 1;

    // markdown as the content of one GitHub table cell, into document's first block. The Markdown
    // export writes a cell this way (markdown::markdownCell()): inline Markdown only, so block
    // syntax ("- ", "# ", "> ") shows as written, every line break is a line break, and HTML
    // shows as text. Images show their description.
    void buildCell(const QString &markdown, QTextDocument *document) const;

private:
    MarkdownDocumentStyle m_style;
};

} // namespace hindsight::exporting
