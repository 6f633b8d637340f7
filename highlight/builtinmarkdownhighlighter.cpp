// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinmarkdownhighlighter.h"

#include "highlight/builtincodehighlighter.h"

#include <QRegularExpression>
#include <QTextDocument>

namespace hindsight::highlight {

using highlight::BuiltinCodeHighlighter;

namespace {

QColor mix(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

QColor rgb(QRgb light, QRgb dark, bool isDark)
{
    return QColor::fromRgb(isDark ? dark : light);
}

// Sizes of headings 1 to 6 against the editor's font: a hint of the outline, no more.
constexpr qreal HeadingScale[] = {1.3, 1.15, 1.05, 1.0, 1.0, 1.0};

} // namespace

// The formats of one line, merged character by character (a link inside strong text is both),
// with the characters that inline code and link targets have claimed.
class BuiltinMarkdownHighlighter::LineFormats
{
public:
    explicit LineFormats(qsizetype size) : m_formats(size), m_taken(size, false) {}

    void apply(qsizetype start, qsizetype end, const QTextCharFormat &format)
    {
        for (auto i = std::max<qsizetype>(start, 0); i < std::min(end, m_formats.size()); ++i)
            m_formats[i].merge(format);
    }
    void take(qsizetype start, qsizetype end)
    {
        for (auto i = std::max<qsizetype>(start, 0); i < std::min(end, m_taken.size()); ++i)
            m_taken[i] = true;
    }
    bool isFree(qsizetype position) const { return position >= 0 && position < m_taken.size() && !m_taken[position]; }
    bool isFree(qsizetype start, qsizetype end) const
    {
        for (auto i = start; i < end; ++i) {
            if (!isFree(i))
                return false;
        }
        return true;
    }

    // Runs of equal formats, as QSyntaxHighlighter::setFormat() takes them.
    template <typename Apply>
    void forEachRun(Apply &&apply) const
    {
        qsizetype start = 0;
        while (start < m_formats.size()) {
            auto end = start + 1;
            while (end < m_formats.size() && m_formats[end] == m_formats[start])
                ++end;
            if (!m_formats[start].properties().isEmpty())
                apply(start, end - start, m_formats[start]);
            start = end;
        }
    }

private:
    QList<QTextCharFormat> m_formats;
    QList<bool> m_taken;
};

BuiltinMarkdownHighlighter::BuiltinMarkdownHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    makeFormats(palette);
}

void BuiltinMarkdownHighlighter::setPalette(const QPalette &palette)
{
    makeFormats(palette);
    rehighlight();
}

void BuiltinMarkdownHighlighter::makeFormats(const QPalette &palette)
{
    const auto text = palette.color(QPalette::Active, QPalette::Text);
    const auto base = palette.color(QPalette::Active, QPalette::Base);
    m_dark = base.lightness() < 128;
    const auto dim = mix(text, base, 0.45);
    m_codeBackground = mix(base, text, m_dark ? 0.1 : 0.055);

    m_heading = {};
    m_heading.setForeground(rgb(0x0b4f9c, 0x8cb4ff, m_dark));
    m_heading.setFontWeight(QFont::Bold);

    m_marker = {};
    m_marker.setForeground(rgb(0xbc4c00, 0xffa657, m_dark));
    m_marker.setFontWeight(QFont::Bold);

    m_dim = {};
    m_dim.setForeground(dim);

    m_emphasis = {};
    m_emphasis.setFontItalic(true);
    m_strong = {};
    m_strong.setFontWeight(QFont::Bold);
    m_strike = {};
    m_strike.setFontStrikeOut(true);
    m_strike.setForeground(mix(text, base, 0.3));

    m_codeBlock = {};
    m_codeBlock.setBackground(m_codeBackground);
    m_codeBlock.setFontFixedPitch(true);
    m_code = m_codeBlock;
    m_code.setForeground(rgb(0x9a2d5f, 0xf0a3c4, m_dark));
    m_fence = m_codeBlock;
    m_fence.setForeground(dim);
    m_fenceInfo = m_codeBlock;
    m_fenceInfo.setForeground(m_marker.foreground());
    m_fenceInfo.setFontWeight(QFont::Bold);

    m_link = {};
    m_link.setForeground(rgb(0x0969da, 0x58a6ff, m_dark));
    m_link.setFontUnderline(true);
    m_url = {};
    m_url.setForeground(dim);

    m_quote = {};
    m_quote.setForeground(rgb(0x57606a, 0x9da7b3, m_dark));
    m_quote.setFontItalic(true);
}

void BuiltinMarkdownHighlighter::highlightBlock(const QString &text)
{
    const auto line = m_fences.classify(previousBlockState(), text);
    setCurrentBlockState(line.state);
    if (line.kind != CodeFenceTracker::Line::Kind::Text) {
        highlightCode(text, line);
        return;
    }
    LineFormats formats(text.size());
    const auto from = highlightLineStart(text, formats);
    highlightInline(text, from, formats);
    formats.forEachRun([this](qsizetype start, qsizetype length, const QTextCharFormat &format) {
        setFormat(int(start), int(length), format);
    });
    applyOverlay(
        m_overlay, text, [this](int i) { return format(i); },
        [this](int start, int count, const QTextCharFormat &merged) { setFormat(start, count, merged); });
}

void BuiltinMarkdownHighlighter::setOverlay(TextOverlay overlay)
{
    m_overlay = std::move(overlay);
    rehighlight();
}

void BuiltinMarkdownHighlighter::highlightCode(const QString &text, const CodeFenceTracker::Line &line)
{
    if (line.kind != CodeFenceTracker::Line::Kind::Content) {
        setFormat(0, int(text.size()), m_fence);
        if (line.kind == CodeFenceTracker::Line::Kind::Opening && !line.info.isEmpty()) {
            const auto info = text.lastIndexOf(line.info);
            if (info >= 0)
                setFormat(int(info), int(line.info.size()), m_fenceInfo);
        }
        return;
    }
    setFormat(0, int(text.size()), m_codeBlock);
    const auto language = BuiltinCodeHighlighter::language(line.info);
    for (const auto &range : BuiltinCodeHighlighter::highlightLine(text, language, m_dark)) {
        auto format = m_codeBlock;
        format.merge(range.format);
        setFormat(range.start, range.length, format);
    }
}

qsizetype BuiltinMarkdownHighlighter::highlightLineStart(const QString &text, LineFormats &formats) const
{
    const auto size = text.size();
    static const QRegularExpression heading(QStringLiteral(R"(^ {0,3}(#{1,6})(?=[ \t]|$))"));
    if (const auto match = heading.match(text); match.hasMatch()) {
        auto format = m_heading;
        const auto pointSize = document() ? document()->defaultFont().pointSizeF() : -1.0;
        if (pointSize > 0)
            format.setFontPointSize(pointSize * HeadingScale[match.capturedLength(1) - 1]);
        formats.apply(0, size, format);
        return match.capturedEnd(1);
    }
    static const QRegularExpression rule(QStringLiteral(R"(^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$)"));
    static const QRegularExpression setextUnderline(QStringLiteral(R"(^ {0,3}=+[ \t]*$)"));
    if (rule.match(text).hasMatch()) {
        formats.apply(0, size, m_dim);
        return size;
    }
    if (setextUnderline.match(text).hasMatch()) {
        formats.apply(0, size, m_heading);
        return size;
    }
    static const QRegularExpression reference(QStringLiteral(R"(^ {0,3}\[([^\]]+)\]:[ \t]+(\S+))"));
    if (const auto match = reference.match(text); match.hasMatch()) {
        formats.apply(match.capturedStart(1), match.capturedEnd(1), m_link);
        formats.apply(match.capturedStart(2), size, m_url);
        return size;
    }

    qsizetype position = 0;
    static const QRegularExpression quote(QStringLiteral(R"(^(?:[ \t]{0,3}>[ \t]?)+)"));
    if (const auto match = quote.match(text); match.hasMatch()) {
        formats.apply(0, size, m_quote);
        for (auto i = qsizetype(0); i < match.capturedEnd(0); ++i) {
            if (text.at(i) == QLatin1Char('>'))
                formats.apply(i, i + 1, m_marker);
        }
        position = match.capturedEnd(0);
    }
    static const QRegularExpression listItem(
        QStringLiteral(R"([ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)(?:[ \t]+(\[[ xX]\])(?=[ \t]|$))?)"));
    if (const auto match = listItem.match(text, position, QRegularExpression::NormalMatch,
                                          QRegularExpression::AnchorAtOffsetMatchOption);
        match.hasMatch()) {
        formats.apply(match.capturedStart(0), match.capturedEnd(0), m_marker);
        position = match.capturedEnd(0);
    }

    if (text.trimmed().startsWith(QLatin1Char('|'))) {
        static const QRegularExpression alignment(
            QStringLiteral(R"(^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?)?[ \t]*$)"));
        if (alignment.match(text).hasMatch()) {
            formats.apply(0, size, m_dim);
            return size;
        }
        for (auto i = position; i < size; ++i) {
            if (text.at(i) == QLatin1Char('|') && (i == 0 || text.at(i - 1) != QLatin1Char('\\')))
                formats.apply(i, i + 1, m_dim);
        }
    }
    return position;
}

void BuiltinMarkdownHighlighter::highlightInline(const QString &text, qsizetype from, LineFormats &formats) const
{
    const auto size = text.size();
    const auto backticks = [&text, size](qsizetype i) {
        auto end = i;
        while (end < size && text.at(end) == QLatin1Char('`'))
            ++end;
        return end - i;
    };
    // Inline code first: nothing inside it is Markdown. A run of n backticks ends at the next
    // run of exactly n.
    for (auto i = from; i < size;) {
        if (text.at(i) != QLatin1Char('`') || (i > 0 && text.at(i - 1) == QLatin1Char('\\'))) {
            ++i;
            continue;
        }
        const auto run = backticks(i);
        auto close = i + run;
        while (close < size) {
            if (text.at(close) == QLatin1Char('`')) {
                const auto closeRun = backticks(close);
                if (closeRun == run)
                    break;
                close += closeRun;
            } else {
                ++close;
            }
        }
        if (close < size) {
            formats.apply(i, close + run, m_code);
            formats.take(i, close + run);
            i = close + run;
        } else {
            i += run;
        }
    }

    static const QRegularExpression comment(QStringLiteral(R"(<!--.*?(?:-->|$))"));
    for (auto it = comment.globalMatch(text, from); it.hasNext();) {
        const auto match = it.next();
        if (formats.isFree(match.capturedStart(0))) {
            formats.apply(match.capturedStart(0), match.capturedEnd(0), m_dim);
            formats.take(match.capturedStart(0), match.capturedEnd(0));
        }
    }

    // [text](url "title"), ![alt](url) and [text][id]: the text as a link, the target dimmed.
    static const QRegularExpression inlineLink(QStringLiteral(
        R"(!?\[((?:[^\[\]\\]|\\.)*)\](?:\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"]*")?)\)|\[([^\[\]]*)\]))"));
    for (auto it = inlineLink.globalMatch(text, from); it.hasNext();) {
        const auto match = it.next();
        if (!formats.isFree(match.capturedStart(0)) || !formats.isFree(match.capturedEnd(0) - 1))
            continue;
        formats.apply(match.capturedStart(0), match.capturedEnd(0), m_url);
        formats.apply(match.capturedStart(1), match.capturedEnd(1), m_link);
        const auto target = match.capturedStart(2) >= 0 ? 2 : 3;
        formats.take(match.capturedStart(target), match.capturedEnd(target));
    }
    static const QRegularExpression bareLink(QStringLiteral(
        R"(<(?:https?|ftp|mailto):[^\s<>]+>|(?<![\w/<(\[])(?:https?://|www\.)[^\s<>]*[^\s<>.,;:!?'")\]*_])"));
    for (auto it = bareLink.globalMatch(text, from); it.hasNext();) {
        const auto match = it.next();
        if (!formats.isFree(match.capturedStart(0), match.capturedEnd(0)))
            continue;
        formats.apply(match.capturedStart(0), match.capturedEnd(0), m_link);
        formats.take(match.capturedStart(0), match.capturedEnd(0));
    }

    // Emphasis, strong and struck-out text, with their delimiters dimmed. Delimiters must be
    // free (not in code or a link target); the text between may hold anything.
    struct Span
    {
        const QRegularExpression &expression;
        qsizetype delimiter;
        const QTextCharFormat &format;
    };
    static const QRegularExpression strongStars(QStringLiteral(R"((?<![\\*])\*\*(?![\s*])(.+?)(?<![\s\\])\*\*)"));
    static const QRegularExpression strongUnderscores(
        QStringLiteral(R"((?<![\\\w])__(?![\s_])(.+?)(?<![\s\\])__(?!\w))"));
    static const QRegularExpression emphasisStar(
        QStringLiteral(R"((?<![\\*\w])\*(?![\s*])((?:[^*\\]|\\.)+?)(?<![\s\\])\*(?![*\w]))"));
    static const QRegularExpression emphasisUnderscore(
        QStringLiteral(R"((?<![\\\w])_(?![\s_])((?:[^_\\]|\\.)+?)(?<![\s\\])_(?!\w))"));
    static const QRegularExpression strike(QStringLiteral(R"((?<![\\~])~~(?![\s~])(.+?)(?<!\s)~~(?!~))"));
    const Span spans[] = {
        {strongStars, 2, m_strong},    {strongUnderscores, 2, m_strong},
        {emphasisStar, 1, m_emphasis}, {emphasisUnderscore, 1, m_emphasis},
        {strike, 2, m_strike},
    };
    for (const auto &span : spans) {
        for (auto it = span.expression.globalMatch(text, from); it.hasNext();) {
            const auto match = it.next();
            const auto start = match.capturedStart(0);
            const auto end = match.capturedEnd(0);
            if (!formats.isFree(start, start + span.delimiter) || !formats.isFree(end - span.delimiter, end))
                continue;
            formats.apply(start, end, span.format);
            formats.apply(start, start + span.delimiter, m_dim);
            formats.apply(end - span.delimiter, end, m_dim);
        }
    }
}

} // namespace hindsight::highlight
