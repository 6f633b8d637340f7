// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How the Markdown exporter puts the review's text into a GitHub-flavoured Markdown document
// without letting it change the document's structure. Private to the Markdown format; the
// functions are separate from the exporter so that tests can reach them.
namespace hindsight::exporting::markdown {

// Plain text (a title, a name, a ticket key) as inline Markdown that shows exactly that text:
// markup characters are backslash-escaped, "<" cannot start HTML, an "&" cannot start an
// entity, a leading "#", "-", "+", ">" or "1." cannot start a block, and line breaks become
// spaces.
QString plainInline(const QString &text);

// Plain text as the content of a table cell: as plainInline(), with "|" escaped and line
// breaks written as <br>.
QString plainCell(const QString &text);

// The user's Markdown (an event's text, an action's title) as the content of a table cell. Its
// inline Markdown still works (emphasis, code, links), but it cannot break the table or turn
// into something it did not mean: "|" is escaped, also inside code spans (GFM unescapes it
// there); line breaks become <br> (spaces inside code spans, as CommonMark shows them anyway);
// "<" outside code spans is escaped unless it starts an autolink, so "<script>" shows as text
// instead of being raw HTML that GitHub strips; "&" is escaped where it would start an entity,
// so "&amp;" shows as typed; and a leading "#", "-", "+", "*", ">" or "1." is escaped.
QString markdownCell(const QString &markdown);

// markdownCell(markdown) as a Markdown document of one table with one header cell, which is how
// GitHub reads a cell's content: as inline Markdown only. The PDF and the redaction of the
// customer version read a cell's Markdown this way; empty when the cell is empty.
QString cellTable(const QString &markdown);

// The user's Markdown for a block that sits under a heading of parentLevel (a section's text
// under "## Summary" has parentLevel 2). The text is the user's Markdown and is written as is,
// except where it could end the document's structure:
// - Headings are demoted, all by the same number of levels, so that the shallowest one sits
//   one level below parentLevel ("## Cause" in a section becomes "### Cause"; a text whose
//   headings already start at "###" is left alone), capped at level 6. Setext headings
//   ("Cause" underlined with === or ---) become ATX headings at their demoted level, since
//   setext has only levels 1 and 2. Only headings the text itself would show count: lines
//   inside fenced code ("# comment" in a shell block) are never touched.
// - A code fence left open is closed, so that it cannot swallow the sections that follow.
// - An HTML comment, <script>, <pre>, <style> or <textarea> block left open is closed, for the
//   same reason; so are <details>, <div> and similar container tags, which a browser would
//   otherwise wrap around the rest of the document.
// Line endings become "\n"; blank lines at the start and end are dropped.
QString nestedMarkdown(const QString &markdown, int parentLevel);

// The user's Markdown as one item of a bullet list ("- " and the text, its continuation lines
// indented into the item) that sits under a heading of parentLevel, made safe to nest as by
// nestedMarkdown(). Items joined by line breaks make a tight list.
QString listItem(const QString &markdown, int parentLevel);

// text as a YAML double-quoted scalar, valid whatever it holds (quotes, colons, "#", line
// breaks, control characters).
QString yamlString(const QString &text);

} // namespace hindsight::exporting::markdown
