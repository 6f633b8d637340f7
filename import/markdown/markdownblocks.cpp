// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownblocks.h"

#include <QRegularExpression>

namespace hindsight::importing::mdimport {

namespace {

qsizetype firstNonBlank(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
        ++i;
    return i;
}

// line without its first columns of indentation.
QStringView dedented(QStringView line, int columns)
{
    int column = 0;
    qsizetype i = 0;
    while (i < line.size() && column < columns) {
        if (line[i] == u' ')
            ++column;
        else if (line[i] == u'\t')
            column += 4 - column % 4;
        else
            break;
        ++i;
    }
    return line.sliced(i);
}

struct Fence
{
    QChar marker;
    qsizetype length = 0;
};

std::optional<Fence> fenceOpening(QStringView line)
{
    if (indentation(line) > 3)
        return std::nullopt;
    const QStringView text = line.sliced(firstNonBlank(line));
    if (text.isEmpty() || (text[0] != u'`' && text[0] != u'~'))
        return std::nullopt;
    const QChar marker = text[0];
    qsizetype length = 0;
    while (length < text.size() && text[length] == marker)
        ++length;
    if (length < 3)
        return std::nullopt;
    // A backtick fence's info string cannot hold a backtick: "```code```" is inline code.
    if (marker == u'`' && text.sliced(length).contains(u'`'))
        return std::nullopt;
    return Fence{marker, length};
}

bool closesFence(QStringView line, const Fence &fence)
{
    if (indentation(line) > 3)
        return false;
    const QStringView text = line.trimmed();
    if (text.size() < fence.length)
        return false;
    for (const QChar c : text) {
        if (c != fence.marker)
            return false;
    }
    return true;
}

std::optional<std::pair<int, QString>> atxHeading(QStringView line)
{
    if (indentation(line) > 3)
        return std::nullopt;
    const QStringView text = line.sliced(firstNonBlank(line));
    int level = 0;
    while (level < text.size() && text[level] == u'#')
        ++level;
    if (level < 1 || level > 6)
        return std::nullopt;
    if (level < text.size() && text[level] != u' ' && text[level] != u'\t')
        return std::nullopt;
    QStringView content = text.sliced(level).trimmed();
    // An optional closing sequence of #s, after a space.
    qsizetype end = content.size();
    while (end > 0 && content[end - 1] == u'#')
        --end;
    if (end == 0)
        content = {};
    else if (end < content.size() && (content[end - 1] == u' ' || content[end - 1] == u'\t'))
        content = content.first(end).trimmed();
    return std::pair{level, content.toString()};
}

bool isThematicBreak(QStringView line)
{
    if (indentation(line) > 3)
        return false;
    QChar marker;
    int count = 0;
    for (const QChar c : line) {
        if (c == u' ' || c == u'\t')
            continue;
        if (c != u'-' && c != u'*' && c != u'_')
            return false;
        if (marker.isNull())
            marker = c;
        else if (c != marker)
            return false;
        ++count;
    }
    return count >= 3;
}

int setextLevel(QStringView line)
{
    if (indentation(line) > 3)
        return 0;
    const QStringView text = line.trimmed();
    if (text.isEmpty())
        return 0;
    const QChar marker = text[0];
    if (marker != u'=' && marker != u'-')
        return 0;
    for (const QChar c : text) {
        if (c != marker)
            return 0;
    }
    return marker == u'=' ? 1 : 2;
}

struct Marker
{
    bool ordered = false;
    int contentColumn = 0;      // where the item's content starts, in columns
    qsizetype contentStart = 0; // and in characters
    bool empty = false;
};

std::optional<Marker> listMarker(QStringView line)
{
    const int indent = indentation(line);
    if (indent > 3)
        return std::nullopt;
    const qsizetype start = firstNonBlank(line);
    if (start >= line.size())
        return std::nullopt;
    const QChar c = line[start];
    qsizetype markerEnd = start;
    bool ordered = false;
    if (c == u'-' || c == u'*' || c == u'+') {
        markerEnd = start + 1;
    } else if (c.isDigit()) {
        qsizetype digits = start;
        while (digits < line.size() && line[digits].isDigit())
            ++digits;
        if (digits - start > 9 || digits >= line.size() || (line[digits] != u'.' && line[digits] != u')'))
            return std::nullopt;
        markerEnd = digits + 1;
        ordered = true;
    } else {
        return std::nullopt;
    }
    if (markerEnd < line.size() && line[markerEnd] != u' ' && line[markerEnd] != u'\t')
        return std::nullopt;
    qsizetype content = markerEnd;
    while (content < line.size() && (line[content] == u' ' || line[content] == u'\t'))
        ++content;
    const int markerColumn = indent + int(markerEnd - start);
    if (content >= line.size())
        return Marker{ordered, markerColumn + 1, line.size(), true};
    const int spaces = int(content - markerEnd);
    // Five spaces or more after the marker: the content is indented code, one space belongs
    // to the marker.
    if (spaces > 4)
        return Marker{ordered, markerColumn + 1, markerEnd + 1, false};
    return Marker{ordered, markerColumn + spaces, content, false};
}

bool isHtmlStart(QStringView line)
{
    static const QRegularExpression tag(
        QStringLiteral(R"(^ {0,3}(?:<!--|<\/?(?:address|article|aside|blockquote|body|center|details|dialog|div|dl|)"
                       R"(fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|iframe|li|main|nav|ol|p|pre|)"
                       R"(section|summary|table|tbody|td|tfoot|th|thead|tr|ul|script|style|textarea)(?:[\s/>]|$)))"),
        QRegularExpression::CaseInsensitiveOption);
    return line.contains(u'<') && tag.match(line).hasMatch();
}

bool isDelimiterRow(QStringView line)
{
    if (!line.contains(u'|') || indentation(line) > 3)
        return false;
    const auto cells = tableCells(line);
    for (const auto &cell : cells) {
        QStringView dashes(cell);
        if (dashes.startsWith(u':'))
            dashes = dashes.sliced(1);
        if (dashes.endsWith(u':'))
            dashes.chop(1);
        if (dashes.isEmpty())
            return false;
        for (const QChar c : dashes) {
            if (c != u'-')
                return false;
        }
    }
    return !cells.isEmpty();
}

bool startsBlock(QStringView line)
{
    if (isBlank(line) || indentation(line) > 3)
        return false;
    if (fenceOpening(line) || atxHeading(line) || isThematicBreak(line))
        return true;
    if (line.sliced(firstNonBlank(line)).startsWith(u'>'))
        return true;
    if (const auto marker = listMarker(line); marker && !marker->empty)
        return true;
    return isHtmlStart(line);
}

bool isTableStart(const Lines &lines, int i)
{
    return i + 1 < lines.size() && lines[i].text.contains(u'|') && isDelimiterRow(lines[i + 1].text) &&
           tableCells(lines[i].text).size() == tableCells(lines[i + 1].text).size();
}

Block makeBlock(Block::Type type, int first, int last)
{
    Block block;
    block.type = type;
    block.first = first;
    block.last = last;
    return block;
}

class BlockParser
{
public:
    explicit BlockParser(const Lines &lines) : m_lines(lines) {}

    QList<Block> parse()
    {
        QList<Block> blocks;
        int i = 0;
        const int count = int(m_lines.size());
        while (i < count) {
            if (isBlank(text(i))) {
                ++i;
                continue;
            }
            blocks.append(block(i));
            i = blocks.last().last;
        }
        return blocks;
    }

private:
    QStringView text(int i) const { return m_lines[i].text; }

    Block block(int i) const
    {
        const QStringView line = text(i);
        if (const auto fence = fenceOpening(line))
            return fenced(i, *fence);
        if (indentation(line) >= 4)
            return indentedCode(i);
        if (const auto heading = atxHeading(line)) {
            Block block = makeBlock(Block::Type::Heading, i, i + 1);
            block.level = heading->first;
            block.text = heading->second;
            return block;
        }
        if (isThematicBreak(line))
            return makeBlock(Block::Type::Rule, i, i + 1);
        if (isTableStart(m_lines, i))
            return table(i);
        if (listMarker(line))
            return list(i);
        if (line.sliced(firstNonBlank(line)).startsWith(u'>'))
            return untilBlank(Block::Type::Quote, i);
        if (isHtmlStart(line))
            return untilBlank(Block::Type::Html, i);
        return paragraph(i);
    }

    Block fenced(int i, const Fence &fence) const
    {
        int end = i + 1;
        while (end < m_lines.size() && !closesFence(text(end), fence))
            ++end;
        // An unclosed fence runs to the end, as CommonMark says.
        return makeBlock(Block::Type::Code, i, int(qMin(end + 1, int(m_lines.size()))));
    }

    Block indentedCode(int i) const
    {
        int end = i;
        int last = i;
        while (end < m_lines.size() && (isBlank(text(end)) || indentation(text(end)) >= 4)) {
            if (!isBlank(text(end)))
                last = end;
            ++end;
        }
        return makeBlock(Block::Type::Code, i, last + 1);
    }

    Block untilBlank(Block::Type type, int i) const
    {
        int end = i + 1;
        while (end < m_lines.size() && !isBlank(text(end)))
            ++end;
        return makeBlock(type, i, end);
    }

    Block paragraph(int i) const
    {
        int end = i + 1;
        while (end < m_lines.size() && !isBlank(text(end))) {
            if (const int level = setextLevel(text(end))) {
                Block heading = makeBlock(Block::Type::Heading, i, end + 1);
                heading.level = level;
                QStringList parts;
                for (int k = i; k < end; ++k)
                    parts.append(text(k).trimmed().toString());
                heading.text = parts.join(QLatin1Char(' '));
                return heading;
            }
            if (startsBlock(text(end)) || isTableStart(m_lines, end))
                break;
            ++end;
        }
        return makeBlock(Block::Type::Paragraph, i, end);
    }

    Block table(int i) const
    {
        Block block = makeBlock(Block::Type::Table, i, i + 2);
        block.header = tableCells(text(i));
        int end = i + 2;
        while (end < m_lines.size() && !isBlank(text(end)) && text(end).contains(u'|') && !startsBlock(text(end))) {
            block.rows.append({m_lines[end].number, tableCells(text(end))});
            ++end;
        }
        block.last = end;
        return block;
    }

    Block list(int i) const
    {
        Block block = makeBlock(Block::Type::List, i, i + 1);
        const bool ordered = listMarker(text(i))->ordered;
        const int count = int(m_lines.size());
        int j = i;
        while (j < count) {
            const auto marker = listMarker(text(j));
            if (!marker || marker->ordered != ordered)
                break;
            ListItem item;
            item.line = m_lines[j].number;
            item.first = j;
            item.ordered = ordered;
            const int width = marker->contentColumn;
            QStringList paragraph{text(j).sliced(marker->contentStart).trimmed().toString()};
            int k = j + 1;
            // The first paragraph, with its lazy continuation lines.
            if (!marker->empty) {
                while (k < count && !isBlank(text(k))) {
                    const QStringView line = text(k);
                    if (indentation(line) >= width) {
                        const QStringView inner = dedented(line, width);
                        if (startsBlock(inner))
                            break;
                        paragraph.append(inner.trimmed().toString());
                    } else if (startsBlock(line) || listMarker(line)) {
                        break;
                    } else {
                        paragraph.append(line.trimmed().toString());
                    }
                    ++k;
                }
            }
            // The rest: whatever is indented to the item's content.
            while (k < count) {
                const QStringView line = text(k);
                if (isBlank(line)) {
                    int next = k;
                    while (next < count && isBlank(text(next)))
                        ++next;
                    if (next >= count || indentation(text(next)) < width)
                        break;
                    for (; k < next; ++k)
                        item.body.append({QStringView(), m_lines[k].number});
                    continue;
                }
                if (indentation(line) >= width) {
                    item.body.append({dedented(line, width), m_lines[k].number});
                } else if (!item.body.isEmpty() && !isBlank(item.body.last().text) && !startsBlock(line) &&
                           !listMarker(line)) {
                    item.body.append({line.trimmed(), m_lines[k].number});
                } else {
                    break;
                }
                ++k;
            }
            item.last = k;
            QString first = paragraph.join(QLatin1Char('\n'));
            if (first.size() >= 3 && first[0] == u'[' && first[2] == u']' &&
                (first[1] == u' ' || first[1] == u'x' || first[1] == u'X') &&
                (first.size() == 3 || first[3] == u' ' || first[3] == u'\t' || first[3] == u'\n')) {
                item.checked = first[1] != u' ';
                first = first.sliced(3).trimmed();
            }
            item.text = first;
            block.items.append(item);
            block.last = k;
            int next = k;
            while (next < count && isBlank(text(next)))
                ++next;
            if (next >= count || !listMarker(text(next)) || listMarker(text(next))->ordered != ordered ||
                isThematicBreak(text(next)))
                break;
            j = next;
        }
        return block;
    }

    const Lines &m_lines;
};

} // namespace

int indentation(QStringView line)
{
    int column = 0;
    for (const QChar c : line) {
        if (c == u' ')
            ++column;
        else if (c == u'\t')
            column += 4 - column % 4;
        else
            break;
    }
    return column;
}

bool isBlank(QStringView line)
{
    for (const QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

QList<Block> parseBlocks(const Lines &lines)
{
    return BlockParser(lines).parse();
}

Lines splitLines(const QString &text, int firstNumber)
{
    Lines lines;
    lines.reserve(text.count(u'\n') + 1);
    int number = firstNumber;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        lines.append({QStringView(text).sliced(start, end - start), number++});
        start = end + 1;
    }
    return lines;
}

QString joinLines(const Lines &lines, int first, int last)
{
    while (first < last && isBlank(lines[first].text))
        ++first;
    while (last > first && isBlank(lines[last - 1].text))
        --last;
    QString joined;
    qsizetype size = 0;
    for (int i = first; i < last; ++i)
        size += lines[i].text.size() + 1;
    joined.reserve(size);
    for (int i = first; i < last; ++i) {
        if (i > first)
            joined.append(QLatin1Char('\n'));
        joined.append(lines[i].text);
    }
    return joined;
}

QStringList tableCells(QStringView line)
{
    QStringView text = line.trimmed();
    if (text.startsWith(u'|'))
        text = text.sliced(1);
    if (text.endsWith(u'|') && !(text.size() >= 2 && text[text.size() - 2] == u'\\'))
        text.chop(1);
    const auto cell = [](QStringView view) {
        QString content = view.trimmed().toString();
        if (content.contains(u'\\'))
            content.replace(QStringLiteral("\\|"), QStringLiteral("|"));
        return content;
    };
    QStringList cells;
    qsizetype start = 0;
    for (qsizetype i = text.indexOf(u'|'); i >= 0; i = text.indexOf(u'|', i + 1)) {
        if (i > 0 && text[i - 1] == u'\\')
            continue;
        cells.append(cell(text.sliced(start, i - start)));
        start = i + 1;
    }
    cells.append(cell(text.sliced(start)));
    return cells;
}

} // namespace hindsight::importing::mdimport
