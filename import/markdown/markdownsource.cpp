// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownsource.h"

#include <QRegularExpression>

#include <cstring>

namespace hindsight::importing::mdimport {

namespace {

bool isType(cmark_node *node, const char *name)
{
    return node && std::strcmp(cmark_node_get_type_string(node), name) == 0;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

QByteArrayView trimmed(QByteArrayView bytes)
{
    qsizetype from = 0;
    qsizetype to = bytes.size();
    while (from < to && isSpace(bytes[from]))
        ++from;
    while (to > from && isSpace(bytes[to - 1]))
        --to;
    return bytes.sliced(from, to - from);
}

bool isAsciiPunctuation(char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

bool isAlphanumeric(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

qsizetype utf8Length(char lead)
{
    const auto byte = static_cast<unsigned char>(lead);
    if (byte >= 0xF0)
        return 4;
    if (byte >= 0xE0)
        return 3;
    if (byte >= 0xC0)
        return 2;
    return 1;
}

// Bytes [from, to) of a line replaced by text.
struct Edit
{
    qsizetype from = 0;
    qsizetype to = 0;
    QByteArray text;
};

// cmark-gfm joins a paragraph's text and decodes its entities and escapes; where that text
// stands in the line, and which entities it decoded, comes from walking both. Returns where the
// text ends in line, or nullopt when it does not start at from.
std::optional<qsizetype> align(QByteArrayView line, qsizetype from, qsizetype end, QByteArrayView text,
                               QList<Edit> &edits)
{
    const qsizetype before = edits.size();
    const auto fail = [&] {
        edits.resize(before);
        return std::nullopt;
    };
    qsizetype i = from;
    qsizetype j = 0;
    while (j < text.size()) {
        if (i >= end)
            return fail();
        const char c = line[i];
        if (c == '&') {
            qsizetype k = i + 1;
            while (k < end && k - i <= 32 && (isAlphanumeric(line[k]) || line[k] == '#'))
                ++k;
            bool taken = false;
            // An entity stands for one character, or for two in a few cases.
            for (int count = 1; count <= 2 && !taken && k < end && line[k] == ';' && k > i + 1; ++count) {
                qsizetype next = j;
                for (int n = 0; n < count && next < text.size(); ++n)
                    next += utf8Length(text[next]);
                if (next > text.size())
                    break;
                const bool fits =
                    next == text.size() ||
                    (k + 1 < end && (line[k + 1] == text[next] || line[k + 1] == '&' || line[k + 1] == '\\'));
                if (!fits)
                    continue;
                const QByteArrayView decoded = text.sliced(j, next - j);
                // "&lt;" and "&gt;" stay: they keep a "<" in Markdown from becoming HTML.
                if (decoded != "<" && decoded != ">")
                    edits.append({i, k + 1, decoded.toByteArray()});
                i = k + 1;
                j = next;
                taken = true;
            }
            if (taken)
                continue;
        }
        if (c == '\\' && i + 1 < end && isAsciiPunctuation(line[i + 1]) && line[i + 1] == text[j]) {
            i += 2;
            ++j;
            continue;
        }
        if (c != text[j])
            return fail();
        ++i;
        ++j;
    }
    return i;
}

bool isLineBreakTag(QByteArrayView html)
{
    static const QRegularExpression lineBreak(QStringLiteral(R"(^<br\s*/?>$)"),
                                              QRegularExpression::CaseInsensitiveOption);
    return html.size() < 16 && lineBreak.match(QString::fromUtf8(html)).hasMatch();
}

void appendCode(QString &text, const QString &code)
{
    // A fence longer than any run of backticks inside.
    int longest = 0;
    int run = 0;
    for (const QChar c : code) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(longest + 1, u'`');
    const bool pad = code.startsWith(u'`') || code.endsWith(u'`');
    text += fence;
    if (pad)
        text += u' ';
    text += code;
    if (pad)
        text += u' ';
    text += fence;
}

// Calls visit for node and every node below it, parents first, without allocating: readers
// call this for every cell of a long table.
template <typename Visit>
void visitAll(cmark_node *root, Visit visit)
{
    cmark_node *node = root;
    while (node) {
        visit(node);
        if (cmark_node *child = cmark_node_first_child(node)) {
            node = child;
            continue;
        }
        while (node != root && !cmark_node_next(node))
            node = cmark_node_parent(node);
        node = node == root ? nullptr : cmark_node_next(node);
    }
}

void appendPlain(QString &text, cmark_node *root)
{
    visitAll(root, [&text](cmark_node *node) {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_HTML_INLINE:
            text += QString::fromUtf8(cmark_node_get_literal(node));
            break;
        case CMARK_NODE_CODE:
            appendCode(text, MarkdownTree::literal(node));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            text += u' ';
            break;
        default:
            break;
        }
    });
}

bool isWhiteSpace(cmark_node *node)
{
    if (cmark_node_get_type(node) != CMARK_NODE_TEXT)
        return false;
    for (const char *c = cmark_node_get_literal(node); c && *c; ++c) {
        if (!isSpace(*c) && *c != '\n')
            return false;
    }
    return true;
}

bool isWrapper(cmark_node *node)
{
    const auto type = cmark_node_get_type(node);
    return type == CMARK_NODE_STRONG || type == CMARK_NODE_EMPH || isType(node, "strikethrough");
}

// The inlines but white space.
QList<cmark_node *> significant(const QList<cmark_node *> &inlines)
{
    QList<cmark_node *> result;
    for (auto *node : inlines) {
        if (!isWhiteSpace(node))
            result.append(node);
    }
    return result;
}

// The one child of node that is not white space, or nullptr.
cmark_node *onlyChild(cmark_node *node)
{
    cmark_node *found = nullptr;
    for (auto *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        if (isWhiteSpace(child))
            continue;
        if (found)
            return nullptr;
        found = child;
    }
    return found;
}

// The only block of a short piece of Markdown, when it is a paragraph.
cmark_node *onlyParagraph(const MarkdownTree &tree)
{
    cmark_node *first = cmark_node_first_child(tree.root());
    if (!first || cmark_node_next(first) || cmark_node_get_type(first) != CMARK_NODE_PARAGRAPH)
        return nullptr;
    return first;
}

} // namespace

MarkdownSource::MarkdownSource(const QString &body, int firstLine)
    : m_utf8(body.toUtf8()), m_firstLine(firstLine),
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
    return qMax(start, fileLine(end));
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

QString MarkdownSource::decoded(cmark_node *container) const
{
    QList<Segment> segments;
    if (isType(container, "table_cell")) {
        if (cmark_node_get_start_column(container) <= 0)
            return {};
        const int line = startLine(container);
        segments.append({line, cmark_node_get_start_column(container) - 1,
                         qMin(qsizetype(cmark_node_get_end_column(container)), bytes(line).size())});
        QString text = decodedSegments(container, segments).join(QLatin1Char('\n'));
        if (text.contains(u'\\'))
            text.replace(QStringLiteral("\\|"), QStringLiteral("|"));
        return text.trimmed();
    }
    return decodedLines(container).join(QLatin1Char('\n')).trimmed();
}

QStringList MarkdownSource::decodedLines(cmark_node *paragraph) const
{
    QList<Segment> segments;
    const int first = startLine(paragraph);
    const int last = endLine(paragraph);
    for (int line = first; line <= last; ++line) {
        const qsizetype from = line == first ? qMax(0, cmark_node_get_start_column(paragraph) - 1) : 0;
        segments.append({line, qMin(from, bytes(line).size()), bytes(line).size()});
    }
    return decodedSegments(paragraph, segments);
}

QStringList MarkdownSource::decodedSegments(cmark_node *container, const QList<Segment> &segments) const
{
    if (segments.isEmpty())
        return {};
    // The text and line breaks of the container, by line.
    struct Piece
    {
        int line = 0;
        int column = 0;
        QByteArray literal;
        bool lineBreak = false;
    };
    QList<Piece> pieces;
    bool any = false;
    for (const auto &segment : segments) {
        const QByteArrayView line = bytes(segment.line).sliced(segment.from, segment.to - segment.from);
        any = any || line.contains('&') || line.contains('<');
    }
    if (any) {
        int line = segments.first().line;
        visitAll(container, [&](cmark_node *node) {
            if (node == container)
                return;
            if (cmark_node_get_start_line(node) > 0)
                line = fileLine(cmark_node_get_start_line(node));
            switch (cmark_node_get_type(node)) {
            case CMARK_NODE_TEXT:
                pieces.append({line, cmark_node_get_start_column(node), cmark_node_get_literal(node), false});
                break;
            case CMARK_NODE_HTML_INLINE:
                if (const char *html = cmark_node_get_literal(node); html && isLineBreakTag(html))
                    pieces.append({line, cmark_node_get_start_column(node), html, true});
                break;
            case CMARK_NODE_SOFTBREAK:
            case CMARK_NODE_LINEBREAK:
                ++line;
                break;
            default:
                break;
            }
        });
    }

    QStringList parts;
    qsizetype next = 0;
    for (const auto &segment : segments) {
        const QByteArrayView line = bytes(segment.line);
        QList<Edit> edits;
        qsizetype cursor = segment.from;
        for (; next < pieces.size() && pieces[next].line <= segment.line; ++next) {
            const Piece &piece = pieces[next];
            if (piece.line < segment.line)
                continue;
            const auto at = [&](qsizetype from) -> std::optional<qsizetype> {
                if (piece.lineBreak) {
                    if (line.sliced(from, segment.to - from).startsWith(piece.literal)) {
                        edits.append({from, from + piece.literal.size(), QByteArrayLiteral("\n")});
                        return from + piece.literal.size();
                    }
                    return std::nullopt;
                }
                return align(line, from, segment.to, piece.literal, edits);
            };
            // cmark-gfm's column is right but on the lines of a paragraph that continue a list
            // item lazily; there the text is looked for after the one before it.
            std::optional<qsizetype> end;
            const qsizetype column = piece.column - 1;
            if (column >= cursor && column < segment.to)
                end = at(column);
            for (qsizetype from = cursor; !end && from < segment.to; ++from)
                end = at(from);
            if (end)
                cursor = *end;
        }
        QByteArray text;
        qsizetype from = segment.from;
        for (const auto &edit : std::as_const(edits)) {
            text += line.sliced(from, edit.from - from);
            text += edit.text;
            from = edit.to;
        }
        text += line.sliced(from, segment.to - from);
        parts.append(QString::fromUtf8(trimmed(text)));
    }
    return parts;
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

QString plainText(cmark_node *node)
{
    // "**13:05**", "`SEV2`", "_**Dana**_": what is around all of it goes.
    for (int round = 0; round < 3; ++round) {
        cmark_node *only = onlyChild(node);
        if (only && cmark_node_get_type(only) == CMARK_NODE_CODE)
            return MarkdownTree::literal(only).trimmed();
        if (!only || !isWrapper(only))
            break;
        node = only;
    }
    QString text;
    for (auto *child = cmark_node_first_child(node); child; child = cmark_node_next(child))
        appendPlain(text, child);
    return text.trimmed();
}

QString plainText(const QList<cmark_node *> &inlines)
{
    QList<cmark_node *> nodes = inlines;
    // "**13:05**", "`SEV2`", "_**Dana**_": what is around all of it goes.
    for (int round = 0; round < 3; ++round) {
        const auto only = significant(nodes);
        if (only.size() != 1)
            break;
        if (cmark_node_get_type(only.first()) == CMARK_NODE_CODE)
            return MarkdownTree::literal(only.first()).trimmed();
        if (!isWrapper(only.first()))
            break;
        nodes = MarkdownTree::children(only.first());
    }
    QString text;
    for (auto *node : std::as_const(nodes))
        appendPlain(text, node);
    return text.trimmed();
}

QString plainTextOf(const QString &markdown)
{
    const QString text = markdown.trimmed();
    if (text.isEmpty())
        return {};
    const MarkdownTree tree(text);
    if (cmark_node *paragraph = onlyParagraph(tree))
        return plainText(paragraph);
    return text;
}

std::optional<QString> linkTargetOf(const QString &markdown)
{
    const MarkdownTree tree(markdown.trimmed());
    cmark_node *paragraph = onlyParagraph(tree);
    if (!paragraph)
        return std::nullopt;
    QList<cmark_node *> nodes = significant(MarkdownTree::children(paragraph));
    while (nodes.size() == 1 && isWrapper(nodes.first()))
        nodes = significant(MarkdownTree::children(nodes.first()));
    if (nodes.size() != 1 || cmark_node_get_type(nodes.first()) != CMARK_NODE_LINK)
        return std::nullopt;
    const QString url = MarkdownTree::url(nodes.first());
    const QString text = plainText(nodes.first());
    // An address written as itself ("<https://…>", "www.…", an e-mail address) is kept as written.
    if (text == url || url == QStringLiteral("mailto:") + text || url == QStringLiteral("http://") + text)
        return text;
    return url;
}

} // namespace hindsight::importing::mdimport
