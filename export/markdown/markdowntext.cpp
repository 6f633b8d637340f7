// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowntext.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace hindsight::exporting::markdown {

namespace {

bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'!' && u <= u'/') || (u >= u':' && u <= u'@') || (u >= u'[' && u <= u'`') || (u >= u'{' && u <= u'~');
}

bool isAlphanumeric(QStringView text, qsizetype i)
{
    return i >= 0 && i < text.size() && text.at(i).isLetterOrNumber();
}

QString normalizedLineEndings(const QString &text)
{
    QString result = text;
    result.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    result.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return result;
}

// "&amp;", "&#38;", "&#x26;": what CommonMark would read as an entity.
bool startsEntity(QStringView text, qsizetype i)
{
    static const QRegularExpression entity(
        QStringLiteral("\\G&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});"));
    return entity.match(text, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
        .hasMatch();
}

// "<https://example.com>" or "<ops@example.com>": an autolink, which is meant as a link.
qsizetype autolinkLength(QStringView text, qsizetype i)
{
    static const QRegularExpression autolink(
        QStringLiteral("\\G<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9]"
                       "(?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>"));
    const auto match =
        autolink.match(text, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    return match.hasMatch() ? match.capturedLength() : 0;
}

// The length of the leading "#", "-", "1." … that would start a block, to escape its last
// character; 0 when the text starts with none.
qsizetype blockMarkerLength(QStringView text, bool withAsterisk)
{
    if (text.isEmpty())
        return 0;
    const QChar first = text.front();
    if (first == u'#' || first == u'>' || first == u'-' || first == u'+' || first == u'=' ||
        (withAsterisk && first == u'*'))
        return 1;
    qsizetype digits = 0;
    while (digits < text.size() && digits < 9 && text.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits < text.size() && (text.at(digits) == u'.' || text.at(digits) == u')'))
        return digits + 1;
    return 0;
}

QString escapePlain(const QString &source, bool cell)
{
    const QString text = normalizedLineEndings(source).trimmed();
    QString result;
    result.reserve(text.size() + text.size() / 8 + 8);
    const qsizetype marker = blockMarkerLength(text, true);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (i + 1 == marker) {
            result += QLatin1Char('\\');
            result += c;
            continue;
        }
        switch (c.unicode()) {
        case u'\n':
            result += cell ? QStringLiteral("<br>") : QStringLiteral(" ");
            continue;
        case u'\\':
            // Only where it would escape what follows or end a line; "C:\Users" stays readable.
            if (i + 1 == text.size() || isAsciiPunctuation(text.at(i + 1)) || text.at(i + 1) == u'\n')
                result += QLatin1Char('\\');
            break;
        case u'_':
            // Inside a word an underscore cannot emphasise (snake_case).
            if (!isAlphanumeric(text, i - 1) || !isAlphanumeric(text, i + 1))
                result += QLatin1Char('\\');
            break;
        case u'&':
            if (startsEntity(text, i))
                result += QLatin1Char('\\');
            break;
        case u'#':
            // Would close an ATX heading at the end of one, or start a heading.
            if (i == 0 || text.at(i - 1).isSpace())
                result += QLatin1Char('\\');
            break;
        case u'`':
        case u'*':
        case u'[':
        case u']':
        case u'<':
        case u'|':
        case u'~':
        case u'$': // GitHub's math
            result += QLatin1Char('\\');
            break;
        default:
            break;
        }
        result += c;
    }
    return result;
}

// The length of the run of c at i.
qsizetype runLength(QStringView text, qsizetype i, QChar c)
{
    qsizetype end = i;
    while (end < text.size() && text.at(end) == c)
        ++end;
    return end - i;
}

// Where the code span opened by the backtick run at i (of length run) closes, or -1.
qsizetype codeSpanEnd(QStringView text, qsizetype i, qsizetype run)
{
    qsizetype j = i + run;
    while (j < text.size()) {
        if (text.at(j) == u'`') {
            const qsizetype length = runLength(text, j, u'`');
            if (length == run)
                return j;
            j += length;
        } else {
            ++j;
        }
    }
    return -1;
}

int indentation(QStringView line)
{
    int columns = 0;
    for (const QChar c : line) {
        if (c == u' ')
            ++columns;
        else if (c == u'\t')
            columns += 4 - columns % 4;
        else
            break;
    }
    return columns;
}

struct Fence
{
    QString indent;
    QChar character;
    qsizetype length = 0;
};

struct Heading
{
    qsizetype first = 0; // the heading's first line
    qsizetype last = 0;  // its last line: the underline of a setext heading
    int level = 0;
    bool setext = false;
};

struct Scan
{
    QList<Heading> headings;
    std::optional<Fence> openFence;
    QString openHtmlEnd;  // the end marker of an HTML block left open
    QStringList openTags; // container tags left open, innermost last
};

const QRegularExpression &fenceExpression()
{
    static const QRegularExpression expression(QStringLiteral("^( {0,3})(`{3,}(?=[^`]*$)|~{3,})"));
    return expression;
}

// The end marker of an HTML block (CommonMark types 1 to 5) that the line starts, or empty.
QString htmlBlockEnd(QStringView line)
{
    static const QRegularExpression rawTag(QStringLiteral("^ {0,3}<(script|pre|style|textarea)(?:[\\s>]|$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const auto match = rawTag.match(line); match.hasMatch())
        return QStringLiteral("</") + match.captured(1).toLower() + QLatin1Char('>');
    const QStringView trimmed = line.trimmed();
    if (trimmed.startsWith(QStringLiteral("<!--")))
        return QStringLiteral("-->");
    if (trimmed.startsWith(QStringLiteral("<![CDATA[")))
        return QStringLiteral("]]>");
    if (trimmed.startsWith(QStringLiteral("<?")))
        return QStringLiteral("?>");
    if (trimmed.size() > 2 && trimmed.startsWith(QStringLiteral("<!")) && trimmed.at(2).isLetter())
        return QStringLiteral(">");
    return {};
}

bool startsContainerOrSpecialLine(QStringView line)
{
    static const QRegularExpression marker(QStringLiteral("^(?:[-+*](?:[ \\t]|$)|\\d{1,9}[.)](?:[ \\t]|$)|[>|<])"));
    return marker.match(line).hasMatch();
}

void trackTags(QStringView line, QStringList &openTags)
{
    static const QRegularExpression codeSpan(QStringLiteral("(`+)[^`]*?\\1"));
    static const QRegularExpression tag(
        QStringLiteral("(?<!\\\\)<(/?)(details|div|table|blockquote|section|ul|ol|dl)\\b[^>]*?(/?)>"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = line.toString();
    text.replace(codeSpan, QString());
    auto matches = tag.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const QString name = match.captured(2).toLower();
        if (!match.captured(3).isEmpty())
            continue;
        if (match.captured(1).isEmpty()) {
            openTags.append(name);
        } else if (const auto open = openTags.lastIndexOf(name); open >= 0) {
            openTags.remove(open);
        }
    }
}

Scan scan(const QStringList &lines)
{
    static const QRegularExpression atx(QStringLiteral("^ {0,3}(#{1,6})(?:[ \\t]|$)"));
    static const QRegularExpression underline(QStringLiteral("^ {0,3}(=+|-+)[ \\t]*$"));
    static const QRegularExpression thematicBreak(
        QStringLiteral("^ {0,3}(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})$"));

    Scan result;
    qsizetype paragraph = -1;    // first line of the paragraph being read
    bool paragraphAtTop = false; // could be a setext heading's text
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (result.openFence) {
            const auto match = fenceExpression().match(line);
            if (match.hasMatch() && match.captured(2).front() == result.openFence->character &&
                match.capturedLength(2) >= result.openFence->length &&
                line.mid(match.capturedEnd()).trimmed().isEmpty())
                result.openFence.reset();
            continue;
        }
        if (!result.openHtmlEnd.isEmpty()) {
            if (line.contains(result.openHtmlEnd, Qt::CaseInsensitive))
                result.openHtmlEnd.clear();
            continue;
        }
        if (line.trimmed().isEmpty()) {
            paragraph = -1;
            continue;
        }
        if (indentation(line) >= 4 && paragraph < 0)
            continue; // indented code, or a list item's own content
        trackTags(line, result.openTags);
        if (const auto match = fenceExpression().match(line); match.hasMatch()) {
            result.openFence = Fence{match.captured(1), match.captured(2).front(), match.capturedLength(2)};
            paragraph = -1;
            continue;
        }
        if (const auto match = atx.match(line); match.hasMatch()) {
            result.headings.append({i, i, int(match.capturedLength(1)), false});
            paragraph = -1;
            continue;
        }
        if (const auto match = underline.match(line); match.hasMatch() && paragraph >= 0 && paragraphAtTop) {
            result.headings.append({paragraph, i, match.captured(1).front() == u'=' ? 1 : 2, true});
            paragraph = -1;
            continue;
        }
        if (const QString end = htmlBlockEnd(line); !end.isEmpty()) {
            const auto start = line.indexOf(QLatin1Char('<'));
            if (line.indexOf(end, start + 2, Qt::CaseInsensitive) < 0)
                result.openHtmlEnd = end;
            paragraph = -1;
            continue;
        }
        if (thematicBreak.match(line).hasMatch()) {
            paragraph = -1;
            continue;
        }
        if (paragraph < 0) {
            paragraph = i;
            paragraphAtTop = indentation(line) == 0 && !startsContainerOrSpecialLine(line);
        }
    }
    return result;
}

} // namespace

QString plainInline(const QString &text)
{
    return escapePlain(text, false);
}

QString plainCell(const QString &text)
{
    return escapePlain(text, true);
}

QString markdownCell(const QString &markdown)
{
    const QString text = normalizedLineEndings(markdown).trimmed();
    QString result;
    result.reserve(text.size() + text.size() / 8 + 8);
    qsizetype i = 0;
    if (const qsizetype marker = blockMarkerLength(text, true);
        marker > 0 &&
        (marker == text.size() || text.at(marker).isSpace() || text.front() == u'#' || text.front() == u'>')) {
        result += QStringView(text).left(marker - 1);
        result += QLatin1Char('\\');
        result += text.at(marker - 1);
        i = marker;
    }
    while (i < text.size()) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'`': {
            const qsizetype run = runLength(text, i, u'`');
            const qsizetype end = codeSpanEnd(text, i, run);
            if (end < 0) {
                // An unmatched run is literal backticks.
                result += QStringView(text).mid(i, run);
                i += run;
                break;
            }
            QString code = text.mid(i, end + run - i);
            code.replace(QLatin1Char('|'), QStringLiteral("\\|"));
            code.replace(QLatin1Char('\n'), QLatin1Char(' '));
            result += code;
            i = end + run;
            break;
        }
        case u'\\':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n') {
                // A hard line break; the <br> below makes it.
                ++i;
            } else if (i + 1 < text.size() && isAsciiPunctuation(text.at(i + 1)) && text.at(i + 1) != u'|') {
                // The user's own escape: kept as it is.
                result += QStringView(text).mid(i, 2);
                i += 2;
            } else {
                result += c;
                ++i;
            }
            break;
        case u'\n':
            result += QStringLiteral("<br>");
            ++i;
            break;
        case u'|':
            result += QStringLiteral("\\|");
            ++i;
            break;
        case u'<':
            if (const qsizetype length = autolinkLength(text, i); length > 0) {
                QString link = text.mid(i, length);
                link.replace(QLatin1Char('|'), QStringLiteral("%7C"));
                result += link;
                i += length;
            } else {
                result += QStringLiteral("\\<");
                ++i;
            }
            break;
        case u'&':
            if (startsEntity(text, i))
                result += QLatin1Char('\\');
            result += c;
            ++i;
            break;
        default:
            result += c;
            ++i;
            break;
        }
    }
    return result;
}

QString cellTable(const QString &markdown)
{
    const QString cell = markdownCell(markdown);
    if (cell.isEmpty())
        return {};
    return QStringLiteral("| ") + cell + QStringLiteral(" |\n| - |\n");
}

QString nestedMarkdown(const QString &markdown, int parentLevel)
{
    QStringList lines = normalizedLineEndings(markdown).split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return {};

    const Scan found = scan(lines);
    int shallowest = 7;
    for (const auto &heading : found.headings)
        shallowest = std::min(shallowest, heading.level);
    const int shift = std::max(0, parentLevel + 1 - shallowest);
    if (shift > 0) {
        // From the end, so that joining a setext heading's lines leaves earlier indexes valid.
        for (auto it = found.headings.crbegin(); it != found.headings.crend(); ++it) {
            const int level = std::min(6, it->level + shift);
            const QString hashes(level, QLatin1Char('#'));
            if (it->setext) {
                QStringList words;
                for (qsizetype i = it->first; i < it->last; ++i)
                    words.append(lines.at(i).trimmed());
                lines[it->first] = hashes + QLatin1Char(' ') + words.join(QLatin1Char(' '));
                lines.remove(it->first + 1, it->last - it->first);
            } else {
                QString &line = lines[it->first];
                const auto start = line.indexOf(QLatin1Char('#'));
                line.replace(start, it->level, hashes);
            }
        }
    }
    if (found.openFence)
        lines.append(found.openFence->indent + QString(found.openFence->length, found.openFence->character));
    if (!found.openHtmlEnd.isEmpty())
        lines.append(found.openHtmlEnd);
    if (!found.openTags.isEmpty()) {
        lines.append(QString());
        for (auto it = found.openTags.crbegin(); it != found.openTags.crend(); ++it)
            lines.append(QStringLiteral("</") + *it + QLatin1Char('>'));
    }
    return lines.join(QLatin1Char('\n'));
}

QString listItem(const QString &markdown, int parentLevel)
{
    const QStringList lines = nestedMarkdown(markdown, parentLevel).split(QLatin1Char('\n'));
    QString item = QStringLiteral("- ") + lines.first();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        item += QLatin1Char('\n');
        if (!lines.at(i).isEmpty())
            item += QStringLiteral("  ") + lines.at(i);
    }
    return item;
}

QString yamlString(const QString &text)
{
    QString result;
    result.reserve(text.size() + 2);
    result += QLatin1Char('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // Renderers that take the front matter for Markdown (cmark, and so many wikis) would
        // resolve entities, emphasis, code spans, tags and strikethrough in it, revealing what
        // the customer version's redaction took for plain text ("db&#45;prod…", "Kat**rin**").
        // YAML readers read these escapes back as the characters. An underscore inside a word
        // emphasises nothing and stays as it is ("America/New_York"); a link's address is plain
        // text to the redaction already.
        const bool inWord =
            i > 0 && i + 1 < text.size() && text.at(i - 1).isLetterOrNumber() && text.at(i + 1).isLetterOrNumber();
        if (c == u'&' || c == u'*' || c == u'`' || c == u'<' || c == u'~' || (c == u'_' && !inWord)) {
            result += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            result += QStringLiteral("\\\"");
            break;
        case u'\\':
            result += QStringLiteral("\\\\");
            break;
        case u'\n':
            result += QStringLiteral("\\n");
            break;
        case u'\r':
            result += QStringLiteral("\\r");
            break;
        case u'\t':
            result += QStringLiteral("\\t");
            break;
        default:
            // Control characters, and the byte order mark and line separators that YAML
            // readers treat as breaks.
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() < 0xa0) ||
                c.unicode() == 0x2028 || c.unicode() == 0x2029 || c.unicode() == 0xfeff)
                result += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                result += c;
        }
    }
    result += QLatin1Char('"');
    return result;
}

} // namespace hindsight::exporting::markdown
