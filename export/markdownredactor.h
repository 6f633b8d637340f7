// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/redaction.h"

#include <QString>

namespace hindsight::exporting {

// Redacts the user's Markdown as its readers see it. Redactor::redact() on the source finds
// what is written plainly, but rendering resolves escapes ("10\.20\.4\.11"), entities
// ("katrin&#46;meier&#64;example.com"), emphasis inside a word ("Kat**rin**"), HTML tags
// ("db-prod-3.<b>internal</b>") and %-escapes in link targets ("%40"), so the source alone lets
// those through. So once the source is redacted, the text is read with cmark-gfm as the PDF and
// GitHub read it, and redacted again as it renders:
//
// - The text of each paragraph, heading and table cell is joined across emphasis, links, code
//   spans and line breaks, with escapes and entities resolved and HTML tags taking no room, and
//   matched as a whole (an image in a block stands apart from the text around it). Where a
//   match falls, the inline elements it touches are replaced by plain text holding the
//   placeholder: the smallest element that holds the whole match goes ("Kat**rin** Meier"
//   becomes "[name]", emphasis elsewhere in the paragraph stays; a match inside a code span
//   leaves a code span, inside a link's text the link).
// - A link's or an image's target is matched with its %-escapes decoded, its title as it is;
//   matches are replaced in them as in text ("mailto:[e-mail]"). A link that shows its own
//   address goes with it.
// - Code blocks are matched as they show (they resolve nothing), and so is a fence's language.
// - Raw HTML in a block never passes through, since its attributes and comments can carry
//   anything and what it shows depends on the reader: an inline tag is dropped (a bare <br>
//   stays), an HTML block becomes a paragraph of its text.
// - Link reference definitions are resolved into the links that use them and dropped: the
//   Markdown export puts every text into one document, where a definition would apply to the
//   links of the other texts too. Footnote definitions count as such: GitHub shows them, the
//   PDF does not.
//
// A text that needs any of this is written anew from its tree (cmark-gfm's CommonMark writer),
// so its Markdown may change in form while it renders the same; placeholders are written as
// they are, not escaped. A text that needs none of it is returned as the source redaction left
// it. The new text is read and checked again until nothing more is found; should that not
// settle, the text becomes its redacted plain text, escaped, without any formatting.
class MarkdownRedactor final
{
public:
    // How the exports show a text: as a block of Markdown (a section's text, a lesson, a note),
    // or as a table cell (an event's text, an action's title), where only inline Markdown
    // applies and HTML shows as written. A cell's text is also read as a block, since the JSON
    // export hands it on as Markdown to readers who may render it so; HTML in it stays unless it
    // carries a match.
    enum class Layout { Block, Cell };

    explicit MarkdownRedactor(const Redactor &redactor) : m_redactor(redactor) {}

    RedactedText redact(const QString &markdown, Layout layout) const;

private:
    const Redactor &m_redactor;
};

// An address as a browser shows it: %-escapes decoded, twice-encoded ones too.
QString decodedAddress(const QString &address);

} // namespace hindsight::exporting
