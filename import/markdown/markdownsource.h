// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/markdown/markdowntree.h"
#include "import/markdown/plaintext.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// Private to the Markdown import.
namespace hindsight::importing::mdimport {

// One line of a paragraph: its number in the file, its text as a reader sees it (plain text, see
// plainText()), the whole line as written, and its inline nodes.
struct TextLine
{
    int number = 0;
    QString plain;
    QString written;
    QList<cmark_node *> inlines;
};

// A list item as the readers take it: its first paragraph is its text, the blocks after it its
// body.
struct ListItem
{
    cmark_node *node = nullptr;
    cmark_node *paragraph = nullptr; // the first block, when it is a paragraph
    QList<cmark_node *> body;        // the blocks after it
    int line = 0;                    // the item's first line in the file
    std::optional<bool> checked;     // a task list item's box
};

// A table cell; a row that has fewer cells than its header has cells without a node, and the
// cells a row has beyond its header's are kept, as written, with the last one.
struct TableCell
{
    cmark_node *node = nullptr;
    QString extra; // " | "-joined cells beyond the header's, as written
};

struct TableRow
{
    int line = 0;
    int written = 0; // the cells the row has, header or not
    QList<TableCell> cells;
};

// The Markdown body of a document as cmark-gfm reads it, beside its lines as written, all
// numbered as in the file: the body starts after the front matter. Readers keep Markdown as
// written (section texts, notes), so they cut it from the lines by the blocks' positions; they
// take what Markdown means (headings, lists, tables, entities, links) from the tree. Bare
// addresses stay text (no autolink extension): they read the same, and finding them takes
// cmark-gfm longer than all the rest on a long document.
class MarkdownSource final
{
public:
    MarkdownSource(QByteArray utf8, int firstLine);
    MarkdownSource(const QString &body, int firstLine) : MarkdownSource(body.toUtf8(), firstLine) {}
    Q_DISABLE_COPY_MOVE(MarkdownSource)

    cmark_node *root() const { return m_tree.root(); }
    // The top-level blocks, in order.
    const QList<cmark_node *> &blocks() const { return m_blocks; }
    int firstLine() const { return m_firstLine; }
    int lastLine() const { return m_firstLine + int(m_starts.size()) - 1; }

    // A node's first and last line in the file. cmark-gfm gives no position to a paragraph whose
    // last line became a table's header row, and places that table on the paragraph's first
    // line; these put both where they are.
    int startLine(cmark_node *node) const;
    int endLine(cmark_node *node) const;

    bool contains(QByteArrayView bytes) const { return m_utf8.contains(bytes); }
    // A line as written, without its line break.
    QString text(int line) const;
    bool isBlank(int line) const;
    // Lines [first, last] joined with "\n", without blank lines at either end and without the
    // lines in skip; dedent takes up to that many columns of indentation off each line.
    QString lines(int first, int last, const QSet<int> &skip = {}, int dedent = 0) const;
    // A node's lines as written.
    QString markdown(cmark_node *node, const QSet<int> &skip = {}, int dedent = 0) const
    {
        return lines(startLine(node), endLine(node), skip, dedent);
    }

    // A paragraph's lines.
    QList<TextLine> textLines(cmark_node *paragraph) const;
    // The lines of every paragraph in block: a paragraph, or a list's items' paragraphs.
    QList<TextLine> paragraphLines(cmark_node *block) const;
    // The lines that can hold a "key: value" each: a paragraph's lines, or the items of a list that
    // are one line each.
    QList<TextLine> keyLines(cmark_node *block) const;
    // A paragraph or a table cell as Markdown for a field that is Markdown (an event's text, an
    // action's title, a lesson): as written, its lines joined with "\n" and trimmed, with the HTML
    // entities of its text decoded as cmark-gfm decodes them, but "&lt;" and "&gt;", which keep
    // a "<" from becoming HTML; in a table cell "\|" is "|" and a <br> is a line break.
    QString decoded(cmark_node *container) const;
    // The same for each line of a paragraph, from its first line to its last.
    QStringList decodedLines(cmark_node *paragraph) const;

    // A list's items.
    QList<ListItem> items(cmark_node *list) const;
    // The column an item's content starts at, which its body's lines are indented to.
    int contentColumn(const ListItem &item) const;
    // The body of an item as written, without the item's indentation.
    QString body(const ListItem &item, const QSet<int> &skip = {}) const;

    // A table's header cells and its rows (without the header row; row() reads that one too).
    QList<cmark_node *> headerCells(cmark_node *table) const;
    // Whether the header row's cells have their places. cmark-gfm puts the header row of a table
    // that ends a paragraph on the paragraph's first line, its columns counted from there; such
    // a row read on its own (a MarkdownSource of the table's lines) has them.
    bool headerInPlace(cmark_node *table) const;
    QList<TableRow> rows(cmark_node *table) const;
    // The same one row at a time, for long tables: the first row, and the row of a row node;
    // the next row node is cmark_node_next()'s.
    cmark_node *firstRow(cmark_node *table) const;
    TableRow row(cmark_node *row, int columns) const;
    // A cell as written, "\|" read as "|", and as plain text and decoded Markdown.
    QString cellWritten(const TableCell &cell) const;
    QString cellPlain(const TableCell &cell) const;
    QString cellMarkdown(const TableCell &cell) const;

private:
    struct Segment
    {
        int line = 0;
        qsizetype from = 0; // bytes of the line: [from, to)
        qsizetype to = 0;
    };
    int fileLine(int treeLine) const { return treeLine + m_firstLine - 1; }
    QByteArrayView bytes(int line) const;
    int tableHeaderLine(cmark_node *table) const;
    QStringList decodedSegments(cmark_node *container, const QList<Segment> &segments) const;

    QByteArray m_utf8;
    QList<qsizetype> m_starts; // where each line starts in m_utf8
    int m_firstLine = 1;
    MarkdownTree m_tree;
    QList<cmark_node *> m_blocks;
};

} // namespace hindsight::importing::mdimport
