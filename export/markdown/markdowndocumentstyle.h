// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QString>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextTableFormat>

#include <array>
#include <functional>

class QFont;
class QPalette;

namespace hindsight::exporting {

// How MarkdownDocumentBuilder formats each construct. Lengths are the document's own units
// (for a printer, PdfStyle::documentPt()); text without a format of its own takes the
// document's default font.
struct MarkdownDocumentStyle
{
    // Paragraphs, list items, HTML blocks and thematic breaks.
    QTextBlockFormat paragraph;
    // The bottom margin of a tight list's item when more of the list follows, in place of the
    // paragraph's: a tight list reads as one block.
    qreal listItemSpacing = 0;
    std::array<QTextBlockFormat, 6> headingBlocks;
    // Fenced and indented code: one block per code block, its lines split by line separators.
    QTextBlockFormat codeBlock;
    // The text blocks inside table cells; each takes its column's alignment.
    QTextBlockFormat tableCellBlock;
    QTextTableFormat table;
    QBrush tableHeaderFill;
    // How far each level of a block quote indents what it holds.
    qreal quoteIndent = 0;

    // Text. The formats of emphasis, strong, strikethrough and code spans come first, then the
    // format of the block the text is in (a heading, a table cell, a quote), then the link's.
    QTextCharFormat code;
    QTextCharFormat link;
    std::array<QTextCharFormat, 6> headings;
    QTextCharFormat codeBlockText;
    QTextCharFormat tableText;
    QTextCharFormat tableHeaderText; // over tableText
    QTextCharFormat quoteText;

    // The target a link's destination becomes; an empty result leaves the link's text plain
    // (a PDF must never point at a file: or javascript: address). None: every link keeps its
    // destination.
    std::function<QString(const QString &)> linkTarget;
    // Whether fenced code is coloured in its language (highlight::CodeHighlighter), and for
    // which background.
    bool highlightCode = true;
    bool darkBackground = false;
    // Whether a word longer than a line can ever be gets breaks every few characters past
    // LongWordBreaker::DefaultLimit, so that laying it out takes time in proportion to its
    // length. The breaks are zero-width spaces, which a PDF leaves out of its text but a
    // clipboard keeps: a document on screen goes without.
    bool breakLongWords = false;

    // A plain look for the screen, from a widget's font and palette.
    static MarkdownDocumentStyle screen(const QFont &font, const QPalette &palette);
};

} // namespace hindsight::exporting
