// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// A small line-based reader of the Markdown block structure (CommonMark and GitHub's tables), as
// much of it as mapping a postmortem onto the template needs. Inline Markdown is left as text.
// Private to the Markdown import.
namespace hindsight::exporting::mdimport {

struct Line
{
    QStringView text; // without the line break
    int number = 0;   // in the file, from 1
};
using Lines = QList<Line>;

struct TableRow
{
    int line = 0;
    QStringList cells; // trimmed, "\|" read as "|"
};

struct ListItem
{
    int line = 0;
    int first = 0; // the item's lines in the Lines it was read from: [first, last)
    int last = 0;
    bool ordered = false;
    std::optional<bool> checked; // a task list item: "- [ ]" or "- [x]"
    QString text;                // the first paragraph, without the marker; lines joined with "\n"
    Lines body;                  // the other lines, without the item's indentation
};

struct Block
{
    enum class Type { Heading, Paragraph, List, Table, Code, Quote, Html, Rule };
    Type type = Type::Paragraph;
    int first = 0; // lines [first, last) of the Lines it was read from
    int last = 0;
    int level = 0; // a heading's level, 1 to 6
    QString text;  // a heading's text
    QStringList header;
    QList<TableRow> rows;
    QList<ListItem> items;
};

// The blocks of lines, in order. Blank lines belong to no block. Fenced and indented code is one
// block each, never read for headings or tables.
QList<Block> parseBlocks(const Lines &lines);

// The lines of text, split at "\n"; text must stay alive as long as they are used.
Lines splitLines(const QString &text, int firstNumber = 1);

// Lines [first, last) joined with "\n", without blank lines at either end.
QString joinLines(const Lines &lines, int first, int last);

// The parts that are not empty, joined with separator.
QString joinedNonEmpty(const QStringList &parts, QStringView separator);

// A table row's cells.
QStringList tableCells(QStringView line);

// HTML entities (&amp; &lt; &#39; &#x2014; ...) as the characters they stand for, outside code
// spans. With keepAngles, "&lt;" and "&gt;" stay: they keep a "<" in Markdown from being HTML.
QString decodeEntities(QStringView text, bool keepAngles = false);

// Inline Markdown shown as plain text: entities decoded, backslash escapes and a wrapping
// emphasis ("**Dana**") taken away, links as their text. For names, titles, keys and values.
QString plainText(QStringView text);

// A table cell or a list item as an event's or an action's text: Markdown, its entities decoded
// but "&lt;" and "&gt;", and the <br> that tables need for line breaks read as line breaks.
QString cellMarkdown(QStringView text);

// text without one pair of wrapping emphasis or code markers: "**13:05**" is "13:05".
QStringView unwrapped(QStringView text);

// The column a line's first non-blank character is at, a tab counting to the next multiple of 4.
int indentation(QStringView line);
bool isBlank(QStringView line);

// A Markdown image whose target is on this machine ("![chart](img/a.png)"), not a remote one.
QStringList localImages(QStringView line);

} // namespace hindsight::exporting::mdimport
