// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QTextCharFormat>
#include <QTextLayout>

namespace hindsight::exporting {
struct MarkdownDocumentStyle;
}

namespace hindsight::exporting::pdf {

// The formats inline text maps to; each is merged over the text's base format.
struct InlineFormats
{
    QTextCharFormat code;
    QTextCharFormat link; // the anchor and its target are added per link
};

// Text with format ranges, ready for a QTextLayout: a table cell, a one-line field.
struct StyledText
{
    QString text;
    QList<QTextLayout::FormatRange> formats;

    // Adds text in one format.
    void append(const QString &more, const QTextCharFormat &format);
};

// text ready for a QTextLayout in time that grows with its length: a word longer than a line
// can ever be gets zero-width spaces every few characters from LongWordBreaker::DefaultLimit
// on, where a line may end, the formats moved along. Every other text comes back as it is.
StyledText breakableLongWords(const StyledText &text);

// Markdown as a table cell shows it (MarkdownDocumentBuilder::buildCell(), read by cmark-gfm):
// emphasis, code spans, links and the rest of inline Markdown, with line breaks where the text
// has them. Each range's format is style's merged over base.
StyledText styleMarkdownCell(const QString &markdown, const QTextCharFormat &base, const MarkdownDocumentStyle &style);

// Plain text with web addresses and e-mail addresses made into links, for fields that are not
// Markdown (ticket, contact).
StyledText styleLinkedText(const QString &text, const QTextCharFormat &base, const InlineFormats &formats);

// The address a PDF link annotation may carry, or an empty string when the target is not a web
// or mail address (a PDF viewer must never be handed a file: or javascript: target). The result
// is ASCII with parentheses and backslashes escaped, as the PDF string it ends up in requires.
QString linkTarget(const QString &url);

} // namespace hindsight::exporting::pdf
