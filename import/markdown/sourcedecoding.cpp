// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/markdown/markdownbytes.h"
#include "markdownsource.h"

#include <QRegularExpression>
#include <QVarLengthArray>

// A paragraph or a cell as Markdown with cmark-gfm's reading of its entities.
namespace hindsight::importing::mdimport {

using namespace detail;

namespace {

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
    QByteArrayView text; // in the tree's literal, which outlives the edit
};

// cmark-gfm joins a paragraph's text and decodes its entities and escapes; where that text
// stands in the line, and which entities it decoded, comes from walking both. Returns where the
// text ends in line, or nullopt when it does not start at from.
using Edits = QVarLengthArray<Edit, 8>;

std::optional<qsizetype> align(QByteArrayView line, qsizetype from, qsizetype end, QByteArrayView text, Edits &edits)
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
                    edits.append({i, k + 1, decoded});
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

} // namespace

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
        QByteArrayView literal; // the tree's
        bool lineBreak = false;
    };
    QVarLengthArray<Piece, 16> pieces;
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
        Edits edits;
        qsizetype cursor = segment.from;
        for (; next < pieces.size() && pieces[next].line <= segment.line; ++next) {
            const Piece &piece = pieces[next];
            if (piece.line < segment.line)
                continue;
            const auto at = [&](qsizetype from) -> std::optional<qsizetype> {
                if (piece.lineBreak) {
                    if (line.sliced(from, segment.to - from).startsWith(piece.literal)) {
                        edits.append({from, from + piece.literal.size(), QByteArrayView("\n")});
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
        if (edits.isEmpty()) {
            parts.append(QString::fromUtf8(trimmed(line.sliced(segment.from, segment.to - segment.from))));
            continue;
        }
        QByteArray text;
        text.reserve(segment.to - segment.from);
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

} // namespace hindsight::importing::mdimport
