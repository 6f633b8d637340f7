// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inlinemarkdown.h"

#include <QUrl>

#include <algorithm>
#include <vector>

namespace hindsight::exporting::pdf {

namespace {

enum class SpanKind { Bold, Italic, Strike, Code, Link };

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    SpanKind kind = SpanKind::Bold;
    QString target; // links only
};

struct Delimiter
{
    QChar ch;
    qsizetype position = 0; // of the first still unused character in the output
    int count = 0;
    bool canOpen = false;
    bool canClose = false;
};

bool isAsciiPunctuation(QChar c)
{
    return c.unicode() < 128 && (c.isPunct() || c.isSymbol());
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar::LineSeparator;
}

bool startsWithWebScheme(QStringView text)
{
    return text.startsWith(u"https://", Qt::CaseInsensitive) || text.startsWith(u"http://", Qt::CaseInsensitive);
}

// Newlines as a paragraph treats them: a blank line or a hard break ends a line, a single
// newline is a space.
QString normaliseLineBreaks(const QString &markdown)
{
    QString text = markdown;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QString result;
    result.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c != u'\n') {
            result.append(c);
            continue;
        }
        qsizetype j = i + 1;
        bool blank = false;
        while (j < n && (text.at(j) == u'\n' || text.at(j) == u' ' || text.at(j) == u'\t')) {
            if (text.at(j) == u'\n')
                blank = true;
            ++j;
        }
        const bool hardBreak = result.endsWith(QLatin1StringView("  ")) || result.endsWith(u'\\');
        if (result.endsWith(u'\\'))
            result.chop(1);
        while (result.endsWith(u' '))
            result.chop(1);
        result.append(blank || hardBreak ? QChar(QChar::LineSeparator) : QChar(u' '));
        i = j - 1;
    }
    return result.trimmed();
}

class Parser
{
public:
    QString out;
    std::vector<bool> dropped;
    QList<Span> spans;

    void parse(QStringView src)
    {
        const qsizetype n = src.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = src.at(i);
            if (c == u'\\' && i + 1 < n && isAsciiPunctuation(src.at(i + 1))) {
                append(src.at(i + 1));
                i += 2;
            } else if (c == u'`') {
                i = codeSpan(src, i);
            } else if (c == u'[' || (c == u'!' && i + 1 < n && src.at(i + 1) == u'[')) {
                i = link(src, i);
            } else if (c == u'<') {
                i = autolink(src, i);
            } else if ((c == u'h' || c == u'H' || c == u'w' || c == u'W') &&
                       (i == 0 || !src.at(i - 1).isLetterOrNumber()) &&
                       (startsWithWebScheme(src.sliced(i)) || src.sliced(i).startsWith(u"www.", Qt::CaseInsensitive))) {
                i = bareUrl(src, i);
            } else if (c == u'*' || c == u'_' || c == u'~') {
                i = delimiterRun(src, i);
            } else {
                append(c);
                ++i;
            }
        }
    }

private:
    std::vector<Delimiter> m_stack;

    void append(QChar c)
    {
        out.append(c);
        dropped.push_back(false);
    }

    void append(QStringView text)
    {
        for (const QChar c : text)
            append(c);
    }

    // Appends another parser's result, for a link's text.
    void append(const Parser &inner)
    {
        const qsizetype offset = out.size();
        out.append(inner.out);
        dropped.insert(dropped.end(), inner.dropped.begin(), inner.dropped.end());
        for (Span span : inner.spans) {
            span.start += offset;
            span.end += offset;
            spans.append(span);
        }
    }

    static qsizetype runLength(QStringView src, qsizetype i)
    {
        qsizetype k = i;
        while (k < src.size() && src.at(k) == src.at(i))
            ++k;
        return k - i;
    }

    qsizetype codeSpan(QStringView src, qsizetype i)
    {
        const qsizetype length = runLength(src, i);
        qsizetype j = i + length;
        while (j < src.size()) {
            if (src.at(j) != u'`') {
                ++j;
                continue;
            }
            const qsizetype closing = runLength(src, j);
            if (closing == length) {
                QString content = src.sliced(i + length, j - i - length).toString();
                content.replace(QChar::LineSeparator, u' ');
                if (content.size() > 2 && content.startsWith(u' ') && content.endsWith(u' ') &&
                    !content.trimmed().isEmpty())
                    content = content.sliced(1, content.size() - 2);
                const qsizetype start = out.size();
                append(content);
                spans.append({start, out.size(), SpanKind::Code, {}});
                return j + closing;
            }
            j += closing;
        }
        append(src.sliced(i, length));
        return i + length;
    }

    // "[text](target)" and "![alt](target)"; anything else is literal text.
    qsizetype link(QStringView src, qsizetype i)
    {
        const bool image = src.at(i) == u'!';
        const qsizetype open = image ? i + 1 : i;
        int depth = 0;
        qsizetype close = -1;
        for (qsizetype j = open; j < src.size(); ++j) {
            const QChar c = src.at(j);
            if (c == u'\\') {
                ++j;
            } else if (c == u'[') {
                ++depth;
            } else if (c == u']' && --depth == 0) {
                close = j;
                break;
            }
        }
        if (close < 0 || close + 1 >= src.size() || src.at(close + 1) != u'(') {
            append(src.at(i));
            return i + 1;
        }
        depth = 0;
        qsizetype end = -1;
        for (qsizetype j = close + 1; j < src.size(); ++j) {
            const QChar c = src.at(j);
            if (c == u'\\') {
                ++j;
            } else if (c == u'(') {
                ++depth;
            } else if (c == u')' && --depth == 0) {
                end = j;
                break;
            }
        }
        if (end < 0) {
            append(src.at(i));
            return i + 1;
        }
        QString target = src.sliced(close + 2, end - close - 2).trimmed().toString();
        if (target.startsWith(u'<')) {
            const qsizetype gt = target.indexOf(u'>');
            target = gt > 0 ? target.sliced(1, gt - 1) : target.sliced(1);
        } else if (const qsizetype space = target.indexOf(u' '); space > 0) {
            target.truncate(space); // a title follows the target
        }
        Parser inner;
        inner.parse(src.sliced(open + 1, close - open - 1));
        inner.finish();
        const qsizetype start = out.size();
        append(inner);
        if (!image)
            spans.append({start, out.size(), SpanKind::Link, target});
        return end + 1;
    }

    qsizetype autolink(QStringView src, qsizetype i)
    {
        const qsizetype close = src.indexOf(u'>', i + 1);
        if (close > i + 1) {
            const QStringView inside = src.sliced(i + 1, close - i - 1);
            const bool noSpace = std::none_of(inside.begin(), inside.end(), [](QChar c) { return isSpace(c); });
            const bool isMail = inside.contains(u'@') && !inside.contains(u':');
            if (noSpace && (startsWithWebScheme(inside) || inside.startsWith(u"mailto:") || isMail)) {
                const qsizetype start = out.size();
                append(inside);
                spans.append({start, out.size(), SpanKind::Link,
                              isMail ? QStringLiteral("mailto:") + inside.toString() : inside.toString()});
                return close + 1;
            }
        }
        append(src.at(i));
        return i + 1;
    }

    // GitHub's extended autolinks: an address ends at white space or "<"; trailing punctuation
    // and an unbalanced closing parenthesis are not part of it.
    qsizetype bareUrl(QStringView src, qsizetype i)
    {
        qsizetype end = i;
        while (end < src.size() && !isSpace(src.at(end)) && src.at(end) != u'<')
            ++end;
        while (end > i) {
            const QChar last = src.at(end - 1);
            if (QStringView(u"?!.,:*_~'\";").contains(last)) {
                --end;
            } else if (last == u')') {
                const QStringView candidate = src.sliced(i, end - i);
                if (candidate.count(u'(') < candidate.count(u')'))
                    --end;
                else
                    break;
            } else {
                break;
            }
        }
        const QStringView address = src.sliced(i, end - i);
        const qsizetype start = out.size();
        append(address);
        const QString target =
            startsWithWebScheme(address) ? address.toString() : QStringLiteral("https://") + address.toString();
        spans.append({start, out.size(), SpanKind::Link, target});
        return end;
    }

    qsizetype delimiterRun(QStringView src, qsizetype i)
    {
        const QChar ch = src.at(i);
        const qsizetype length = runLength(src, i);
        if (ch == u'~' && length != 2) {
            append(src.sliced(i, length));
            return i + length;
        }
        const QChar before = i > 0 ? src.at(i - 1) : QChar(u' ');
        const QChar after = i + length < src.size() ? src.at(i + length) : QChar(u' ');
        const bool beforePunct = before.isPunct() || before.isSymbol();
        const bool afterPunct = after.isPunct() || after.isSymbol();
        const bool leftFlanking = !isSpace(after) && (!afterPunct || isSpace(before) || beforePunct);
        const bool rightFlanking = !isSpace(before) && (!beforePunct || isSpace(after) || afterPunct);
        bool canOpen = leftFlanking;
        bool canClose = rightFlanking;
        if (ch == u'_') {
            canOpen = leftFlanking && (!rightFlanking || beforePunct);
            canClose = rightFlanking && (!leftFlanking || afterPunct);
        }
        qsizetype position = out.size();
        append(src.sliced(i, length));
        int remaining = int(length);
        while (canClose && remaining > 0) {
            auto opener = std::find_if(m_stack.rbegin(), m_stack.rend(),
                                       [&](const Delimiter &d) { return d.ch == ch && d.canOpen && d.count > 0; });
            if (opener == m_stack.rend())
                break;
            const int use = ch == u'~' ? 2 : (remaining >= 2 && opener->count >= 2 ? 2 : 1);
            const qsizetype contentStart = opener->position + opener->count;
            for (int k = 0; k < use; ++k) {
                dropped[size_t(contentStart - 1 - k)] = true;
                dropped[size_t(position + k)] = true;
            }
            const SpanKind kind = ch == u'~' ? SpanKind::Strike : (use == 2 ? SpanKind::Bold : SpanKind::Italic);
            spans.append({contentStart, position, kind, {}});
            opener->count -= use;
            position += use;
            remaining -= use;
            // Delimiters between the pair can no longer match anything.
            const auto element = std::next(opener).base();
            m_stack.erase(opener->count == 0 ? element : std::next(element), m_stack.end());
        }
        if (remaining > 0 && canOpen)
            m_stack.push_back({ch, position, remaining, canOpen, canClose});
        return i + length;
    }

public:
    // Removes the delimiters that made emphasis and maps the spans onto what is left.
    void finish()
    {
        std::vector<qsizetype> map(size_t(out.size() + 1));
        QString text;
        text.reserve(out.size());
        for (qsizetype k = 0; k < out.size(); ++k) {
            map[size_t(k)] = text.size();
            if (!dropped[size_t(k)])
                text.append(out.at(k));
        }
        map[size_t(out.size())] = text.size();
        for (auto &span : spans) {
            span.start = map[size_t(span.start)];
            span.end = map[size_t(span.end)];
        }
        spans.removeIf([](const Span &span) { return span.end <= span.start; });
        out = text;
        dropped.assign(size_t(out.size()), false);
        m_stack.clear();
    }
};

StyledText flatten(const QString &text, const QList<Span> &spans, const QTextCharFormat &base,
                   const InlineFormats &formats)
{
    std::vector<qsizetype> bounds{0, text.size()};
    for (const auto &span : spans) {
        bounds.push_back(span.start);
        bounds.push_back(span.end);
    }
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    StyledText result{text, {}};
    for (size_t b = 0; b + 1 < bounds.size(); ++b) {
        const qsizetype start = bounds[b];
        const qsizetype end = bounds[b + 1];
        QTextCharFormat format = base;
        for (const auto &span : spans) {
            if (span.start > start || span.end < end)
                continue;
            switch (span.kind) {
            case SpanKind::Bold:
                format.setFontWeight(QFont::Bold);
                break;
            case SpanKind::Italic:
                format.setFontItalic(true);
                break;
            case SpanKind::Strike:
                format.setFontStrikeOut(true);
                break;
            case SpanKind::Code:
                format.merge(formats.code);
                break;
            case SpanKind::Link:
                if (const QString target = linkTarget(span.target); !target.isEmpty()) {
                    format.merge(formats.link);
                    format.setAnchor(true);
                    format.setAnchorHref(target);
                }
                break;
            }
        }
        result.formats.append({int(start), int(end - start), format});
    }
    return result;
}

} // namespace

void StyledText::append(const QString &more, const QTextCharFormat &format)
{
    if (more.isEmpty())
        return;
    formats.append({int(text.size()), int(more.size()), format});
    text.append(more);
}

StyledText styleInlineMarkdown(const QString &markdown, const QTextCharFormat &base, const InlineFormats &formats)
{
    Parser parser;
    parser.parse(normaliseLineBreaks(markdown));
    parser.finish();
    return flatten(parser.out, parser.spans, base, formats);
}

StyledText styleLinkedText(const QString &text, const QTextCharFormat &base, const InlineFormats &formats)
{
    const QString trimmed = text.trimmed();
    const bool oneWord = std::none_of(trimmed.begin(), trimmed.end(), [](QChar c) { return isSpace(c); });
    if (oneWord && startsWithWebScheme(trimmed)) {
        // The scheme says nothing a reader needs; the link keeps it.
        QString shown = trimmed.sliced(trimmed.indexOf(u"//") + 2);
        if (shown.endsWith(u'/'))
            shown.chop(1);
        return flatten(shown, {{0, shown.size(), SpanKind::Link, trimmed}}, base, formats);
    }
    const qsizetype at = trimmed.indexOf(u'@');
    if (oneWord && at > 0 && at < trimmed.size() - 1 && !trimmed.contains(u':'))
        return flatten(trimmed, {{0, trimmed.size(), SpanKind::Link, QStringLiteral("mailto:") + trimmed}}, base,
                       formats);
    return flatten(trimmed, {}, base, formats);
}

QString linkTarget(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::TolerantMode);
    if (!parsed.isValid())
        return {};
    const QString scheme = parsed.scheme().toLower();
    const bool web = (scheme == u"http" || scheme == u"https") && !parsed.host().isEmpty();
    const bool mail = scheme == u"mailto" && !parsed.path().isEmpty();
    if (!web && !mail)
        return {};
    QByteArray encoded = parsed.toEncoded();
    encoded.replace("\\", "%5C").replace("(", "%28").replace(")", "%29");
    return QString::fromLatin1(encoded);
}

} // namespace hindsight::exporting::pdf
