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
namespace hindsight::importing::mdimport {

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

// A table row's cells.
QStringList tableCells(QStringView line);

// The column a line's first non-blank character is at, a tab counting to the next multiple of 4.
int indentation(QStringView line);
bool isBlank(QStringView line);

} // namespace hindsight::importing::mdimport
