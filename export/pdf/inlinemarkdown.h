// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QTextCharFormat>
#include <QTextLayout>

namespace hindsight::exporting::pdf {

// The formats inline Markdown maps to; each is merged over the text's base format.
struct InlineFormats
{
    QTextCharFormat code;
    QTextCharFormat link; // the anchor and its target are added per link
};

// One line of Markdown made into text with format ranges, ready for a QTextLayout.
struct StyledText
{
    QString text;
    QList<QTextLayout::FormatRange> formats;

    // Adds text in one format.
    void append(const QString &more, const QTextCharFormat &format);
};

// Inline Markdown as table cells and one-line fields use it: code spans, emphasis (*, _, **,
// __), strikethrough (~~), links, autolinks and bare web addresses, backslash escapes. Blank
// lines become line breaks and single newlines spaces, as in a paragraph. Block syntax (lists,
// headings) stays as written. Quadratic work never happens: each character is looked at a
// bounded number of times apart from the delimiter stack, which is as deep as the nesting.
StyledText styleInlineMarkdown(const QString &markdown, const QTextCharFormat &base, const InlineFormats &formats);

// Plain text with web addresses and e-mail addresses made into links, for fields that are not
// Markdown (ticket, contact).
StyledText styleLinkedText(const QString &text, const QTextCharFormat &base, const InlineFormats &formats);

// The address a PDF link annotation may carry, or an empty string when the target is not a web
// or mail address (a PDF viewer must never be handed a file: or javascript: target). The result
// is ASCII with parentheses and backslashes escaped, as the PDF string it ends up in requires.
QString linkTarget(const QString &url);

} // namespace hindsight::exporting::pdf
