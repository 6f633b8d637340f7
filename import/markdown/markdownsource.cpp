// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownsource.h"

#include "import/markdown/markdownbytes.h"

namespace hindsight::importing::mdimport {

using namespace detail;

MarkdownSource::MarkdownSource(QByteArray utf8, int firstLine)
    : m_utf8(std::move(utf8)), m_firstLine(firstLine),
      m_tree(m_utf8, CMARK_OPT_DEFAULT, MarkdownTree::AllExtensions & ~MarkdownTree::Autolink)
{
    m_starts.reserve(m_utf8.count('\n') + 1);
    m_starts.append(0);
    for (qsizetype i = m_utf8.indexOf('\n'); i >= 0; i = m_utf8.indexOf('\n', i + 1))
        m_starts.append(i + 1);
    m_blocks = MarkdownTree::children(root());
}

QByteArrayView MarkdownSource::bytes(int line) const
{
    const qsizetype index = line - m_firstLine;
    if (index < 0 || index >= m_starts.size())
        return {};
    const qsizetype start = m_starts[index];
    const qsizetype end = index + 1 < m_starts.size() ? m_starts[index + 1] - 1 : m_utf8.size();
    return QByteArrayView(m_utf8).sliced(start, end - start);
}

QString MarkdownSource::text(int line) const
{
    return QString::fromUtf8(bytes(line));
}

bool MarkdownSource::isBlank(int line) const
{
    return trimmed(bytes(line)).isEmpty();
}

int MarkdownSource::tableHeaderLine(cmark_node *table) const
{
    // The delimiter row stands between the header row and the first row.
    cmark_node *header = cmark_node_first_child(table);
    cmark_node *row = header ? cmark_node_next(header) : nullptr;
    if (row && cmark_node_get_start_line(row) > 0)
        return cmark_node_get_start_line(row) - 2;
    return cmark_node_get_end_line(table) - 1;
}

int MarkdownSource::startLine(cmark_node *node) const
{
    if (isType(node, "table"))
        return fileLine(tableHeaderLine(node));
    const int line = cmark_node_get_start_line(node);
    if (line == 0 && cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH) {
        if (cmark_node *next = cmark_node_next(node); isType(next, "table"))
            return fileLine(cmark_node_get_start_line(next));
    }
    return line > 0 ? fileLine(line) : 0;
}

int MarkdownSource::endLine(cmark_node *node) const
{
    const int start = startLine(node);
    if (cmark_node_get_start_line(node) == 0 && cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH) {
        if (cmark_node *next = cmark_node_next(node); isType(next, "table"))
            return qMax(start, fileLine(tableHeaderLine(next)) - 1);
    }
    int end = cmark_node_get_end_line(node);
    if (end == 0)
        return start;
    if (cmark_node_get_end_column(node) == 0 && end > cmark_node_get_start_line(node))
        --end;
    end = fileLine(end);
    // An underlined heading that a paragraph follows right away ends, for cmark-gfm, where the
    // paragraph does.
    if (cmark_node *next = cmark_node_next(node); next && startLine(next) > start)
        end = qMin(end, startLine(next) - 1);
    return qMax(start, end);
}

QString MarkdownSource::lines(int first, int last, const QSet<int> &skip, int dedent) const
{
    first = qMax(first, m_firstLine);
    last = qMin(last, lastLine());
    QList<int> kept;
    for (int line = first; line <= last; ++line) {
        if (skip.isEmpty() || !skip.contains(line))
            kept.append(line);
    }
    qsizetype begin = 0;
    qsizetype end = kept.size();
    while (begin < end && isBlank(kept[begin]))
        ++begin;
    while (end > begin && isBlank(kept[end - 1]))
        --end;
    QByteArray joined;
    for (qsizetype i = begin; i < end; ++i) {
        QByteArrayView line = bytes(kept[i]);
        int column = 0;
        qsizetype at = 0;
        while (at < line.size() && column < dedent && (line[at] == ' ' || line[at] == '\t')) {
            column += line[at] == '\t' ? 4 - column % 4 : 1;
            ++at;
        }
        if (i > begin)
            joined += '\n';
        joined += line.sliced(at);
    }
    return QString::fromUtf8(joined);
}

QList<TextLine> MarkdownSource::textLines(cmark_node *paragraph) const
{
    QList<TextLine> result;
    int line = startLine(paragraph);
    QList<cmark_node *> group;
    const auto flush = [&] {
        result.append({line, plainText(group), text(line), group});
        group.clear();
    };
    for (auto *child = cmark_node_first_child(paragraph); child; child = cmark_node_next(child)) {
        const auto type = cmark_node_get_type(child);
        if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
            flush();
            ++line;
            continue;
        }
        if (group.isEmpty() && cmark_node_get_start_line(child) > 0)
            line = fileLine(cmark_node_get_start_line(child));
        group.append(child);
    }
    if (!group.isEmpty() || result.isEmpty())
        flush();
    return result;
}

QList<TextLine> MarkdownSource::paragraphLines(cmark_node *block) const
{
    QList<TextLine> result;
    MarkdownTree::walk(block, [&](cmark_node *node) {
        if (cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH)
            result.append(textLines(node));
    });
    return result;
}

QList<TextLine> MarkdownSource::keyLines(cmark_node *block) const
{
    if (cmark_node_get_type(block) == CMARK_NODE_PARAGRAPH)
        return textLines(block);
    QList<TextLine> result;
    if (cmark_node_get_type(block) != CMARK_NODE_LIST)
        return result;
    for (const auto &item : items(block)) {
        if (item.paragraph && item.body.isEmpty() && startLine(item.paragraph) == endLine(item.paragraph))
            result.append(textLines(item.paragraph).first());
    }
    return result;
}

QList<ListItem> MarkdownSource::items(cmark_node *list) const
{
    QList<ListItem> result;
    for (auto *node = cmark_node_first_child(list); node; node = cmark_node_next(node)) {
        ListItem item;
        item.node = node;
        item.line = startLine(node);
        item.checked = MarkdownTree::taskChecked(node);
        item.body = MarkdownTree::children(node);
        if (!item.body.isEmpty() && cmark_node_get_type(item.body.first()) == CMARK_NODE_PARAGRAPH)
            item.paragraph = item.body.takeFirst();
        result.append(item);
    }
    return result;
}

int MarkdownSource::contentColumn(const ListItem &item) const
{
    int column = -1;
    for (auto *block : item.body) {
        const int start = cmark_node_get_start_column(block) - 1;
        if (start >= 0 && (column < 0 || start < column))
            column = start;
    }
    if (column < 0 && item.paragraph)
        column = cmark_node_get_start_column(item.paragraph) - 1;
    return qMax(0, column);
}

QString MarkdownSource::body(const ListItem &item, const QSet<int> &skip) const
{
    if (item.body.isEmpty())
        return {};
    return lines(startLine(item.body.first()), endLine(item.body.last()), skip, contentColumn(item));
}

QList<cmark_node *> MarkdownSource::headerCells(cmark_node *table) const
{
    cmark_node *header = cmark_node_first_child(table);
    return header ? MarkdownTree::children(header) : QList<cmark_node *>();
}

bool MarkdownSource::headerInPlace(cmark_node *table) const
{
    cmark_node *header = cmark_node_first_child(table);
    return header && cmark_node_get_start_line(header) == tableHeaderLine(table);
}

QList<TableRow> MarkdownSource::rows(cmark_node *table) const
{
    const int columns = MarkdownTree::tableColumns(table);
    QList<TableRow> result;
    for (auto *row = firstRow(table); row; row = cmark_node_next(row))
        result.append(this->row(row, columns));
    return result;
}

cmark_node *MarkdownSource::firstRow(cmark_node *table) const
{
    cmark_node *header = cmark_node_first_child(table);
    return header ? cmark_node_next(header) : nullptr;
}

TableRow MarkdownSource::row(cmark_node *row, int columns) const
{
    TableRow entry;
    entry.line = startLine(row);
    entry.cells.reserve(columns);
    cmark_node *last = nullptr;
    for (auto *cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
        // cmark-gfm fills a short row with cells of its own, which have no position.
        const bool written = cmark_node_get_start_column(cell) > 0;
        entry.cells.append(TableCell{written ? cell : nullptr, {}});
        if (written) {
            ++entry.written;
            last = cell;
        }
    }
    while (entry.cells.size() < columns)
        entry.cells.append(TableCell());
    // cmark-gfm drops the cells beyond the header's; they are kept with the last one.
    if (last && entry.written == columns) {
        const QByteArrayView line = bytes(entry.line);
        QByteArrayView rest = trimmed(line.sliced(qMin(line.size(), qsizetype(cmark_node_get_end_column(last)) + 1)));
        if (rest.endsWith('|') && !rest.endsWith("\\|"))
            rest.chop(1);
        if (!trimmed(rest).isEmpty() || rest.contains('|')) {
            QStringList extra;
            qsizetype start = 0;
            for (qsizetype i = 0; i <= rest.size(); ++i) {
                if (i < rest.size() && (rest[i] != '|' || (i > 0 && rest[i - 1] == '\\')))
                    continue;
                ++entry.written;
                const QString piece = QString::fromUtf8(trimmed(rest.sliced(start, i - start)));
                if (!piece.isEmpty())
                    extra.append(QString(piece).replace(QStringLiteral("\\|"), QStringLiteral("|")));
                start = i + 1;
            }
            if (!entry.cells.isEmpty())
                entry.cells.last().extra = extra.join(QStringLiteral(" | "));
        }
    }
    return entry;
}

namespace {

QString withExtra(const QString &text, const QString &extra)
{
    if (extra.isEmpty())
        return text;
    if (text.isEmpty())
        return extra;
    return text + QStringLiteral(" | ") + extra;
}

} // namespace

QString MarkdownSource::cellWritten(const TableCell &cell) const
{
    QString text;
    if (cell.node) {
        const QByteArrayView line = bytes(startLine(cell.node));
        const qsizetype from = qMin(line.size(), qsizetype(cmark_node_get_start_column(cell.node) - 1));
        const qsizetype to = qMin(line.size(), qsizetype(cmark_node_get_end_column(cell.node)));
        text = QString::fromUtf8(trimmed(line.sliced(from, qMax(from, to) - from)));
        if (text.contains(u'\\'))
            text.replace(QStringLiteral("\\|"), QStringLiteral("|"));
    }
    return withExtra(text, cell.extra);
}

QString MarkdownSource::cellPlain(const TableCell &cell) const
{
    return withExtra(cell.node ? plainText(cell.node) : QString(), cell.extra);
}

QString MarkdownSource::cellMarkdown(const TableCell &cell) const
{
    return withExtra(cell.node ? decoded(cell.node) : QString(), cell.extra);
}

} // namespace hindsight::importing::mdimport
