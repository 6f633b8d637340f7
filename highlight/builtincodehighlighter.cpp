// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtincodehighlighter.h"

#include <QColor>
#include <QFont>
#include <QRegularExpression>
#include <QTextCharFormat>

#include <algorithm>
#include <span>

namespace hindsight::highlight {

namespace {

using Language = BuiltinCodeHighlighter::Language;

enum class Style { Keyword, String, Number, Comment, Key, Meta, Time, Error, Warning, Info, Debug, Added, Removed };

QTextCharFormat styleFormat(Style style, bool dark)
{
    // Pairs that keep about the same contrast on a white page and on a dark editor.
    const auto colour = [dark](QRgb light, QRgb darkColour) { return QColor::fromRgb(dark ? darkColour : light); };
    QTextCharFormat format;
    switch (style) {
    case Style::Keyword:
        format.setForeground(colour(0x8250df, 0xd2a8ff));
        format.setFontWeight(QFont::Bold);
        break;
    case Style::String:
        format.setForeground(colour(0x0a7f3f, 0x7ee787));
        break;
    case Style::Number:
        format.setForeground(colour(0xa94f00, 0xffa657));
        break;
    case Style::Comment:
        format.setForeground(colour(0x6e7781, 0x8b949e));
        format.setFontItalic(true);
        break;
    case Style::Key:
        format.setForeground(colour(0x0550ae, 0x79c0ff));
        break;
    case Style::Meta:
        format.setForeground(colour(0xbf3989, 0xff9bce));
        break;
    case Style::Time:
        format.setForeground(colour(0x57606a, 0xa5b3c2));
        break;
    case Style::Error:
        format.setForeground(colour(0xcf222e, 0xff7b72));
        format.setFontWeight(QFont::Bold);
        break;
    case Style::Warning:
        format.setForeground(colour(0x9a6700, 0xe3b341));
        format.setFontWeight(QFont::Bold);
        break;
    case Style::Info:
        format.setForeground(colour(0x0969da, 0x58a6ff));
        format.setFontWeight(QFont::Bold);
        break;
    case Style::Debug:
        format.setForeground(colour(0x6e7781, 0x8b949e));
        break;
    case Style::Added:
        format.setForeground(colour(0x116329, 0x7ee787));
        format.setBackground(colour(0xe6ffec, 0x1b3a28));
        break;
    case Style::Removed:
        format.setForeground(colour(0x82071e, 0xffa198));
        format.setBackground(colour(0xffebe9, 0x43201f));
        break;
    }
    return format;
}

// Keyword lists: the reserved words a reader picks out first, not every built-in.
constexpr const char *SqlKeywords[] = {
    "add",      "all",    "alter", "analyze", "and",        "as",         "asc",       "begin",   "between", "by",
    "cascade",  "case",   "check", "commit",  "constraint", "create",     "cross",     "default", "delete",  "desc",
    "distinct", "drop",   "else",  "end",     "exists",     "explain",    "false",     "for",     "foreign", "from",
    "full",     "grant",  "group", "having",  "if",         "in",         "index",     "inner",   "insert",  "into",
    "is",       "join",   "key",   "left",    "like",       "limit",      "lock",      "not",     "null",    "offset",
    "on",       "or",     "order", "outer",   "primary",    "references", "returning", "revoke",  "right",   "rollback",
    "select",   "set",    "table", "then",    "true",       "truncate",   "union",     "unique",  "update",  "using",
    "vacuum",   "values", "view",  "when",    "where",      "with"};
constexpr const char *ShellKeywords[] = {"case",  "declare",  "do",     "done",   "elif",     "else",  "esac",
                                         "exit",  "export",   "fi",     "for",    "function", "if",    "in",
                                         "local", "readonly", "return", "select", "set",      "shift", "source",
                                         "then",  "unset",    "until",  "while"};
constexpr const char *PythonKeywords[] = {"False",  "None",   "True",    "and",      "as",       "assert", "async",
                                          "await",  "break",  "class",   "continue", "def",      "del",    "elif",
                                          "else",   "except", "finally", "for",      "from",     "global", "if",
                                          "import", "in",     "is",      "lambda",   "nonlocal", "not",    "or",
                                          "pass",   "raise",  "return",  "try",      "while",    "with",   "yield"};
constexpr const char *GoKeywords[] = {"break",  "case",        "chan",      "const",  "continue", "default", "defer",
                                      "else",   "fallthrough", "false",     "for",    "func",     "go",      "goto",
                                      "if",     "import",      "interface", "map",    "nil",      "package", "range",
                                      "return", "select",      "struct",    "switch", "true",     "type",    "var"};
constexpr const char *JavaKeywords[] = {
    "abstract", "boolean", "break",    "byte",         "case",      "catch",      "char",   "class",     "continue",
    "default",  "do",      "double",   "else",         "enum",      "extends",    "false",  "final",     "finally",
    "float",    "for",     "if",       "implements",   "import",    "instanceof", "int",    "interface", "long",
    "new",      "null",    "package",  "private",      "protected", "public",     "record", "return",    "short",
    "static",   "super",   "switch",   "synchronized", "this",      "throw",      "throws", "true",      "try",
    "var",      "void",    "volatile", "while"};
constexpr const char *JavaScriptKeywords[] = {
    "async",     "await",  "break",  "case",   "catch",      "class",     "const",   "continue", "default",
    "delete",    "do",     "else",   "export", "extends",    "false",     "finally", "for",      "from",
    "function",  "if",     "import", "in",     "instanceof", "interface", "let",     "new",      "null",
    "of",        "return", "switch", "this",   "throw",      "true",      "try",     "type",     "typeof",
    "undefined", "var",    "void",   "while",  "yield"};
constexpr const char *CKeywords[] = {
    "auto",      "bool",     "break",     "case",    "catch",    "char",     "class",    "const",
    "constexpr", "continue", "default",   "delete",  "do",       "double",   "else",     "enum",
    "explicit",  "extern",   "false",     "float",   "for",      "goto",     "if",       "inline",
    "int",       "long",     "namespace", "new",     "noexcept", "nullptr",  "override", "private",
    "protected", "public",   "return",    "short",   "signed",   "sizeof",   "static",   "struct",
    "switch",    "template", "this",      "throw",   "true",     "try",      "typedef",  "typename",
    "union",     "unsigned", "using",     "virtual", "void",     "volatile", "while"};
constexpr const char *ValueKeywords[] = {"false", "no", "null", "off", "on", "true", "yes"};
constexpr const char *JsonKeywords[] = {"false", "null", "true"};

constexpr const char *ErrorLevels[] = {"ALERT", "CRIT",   "CRITICAL", "EMERG", "ERR",   "ERROR",
                                       "FAIL",  "FAILED", "FATAL",    "PANIC", "SEVERE"};
constexpr const char *WarningLevels[] = {"WARN", "WARNING"};
constexpr const char *InfoLevels[] = {"INFO", "NOTICE"};
constexpr const char *DebugLevels[] = {"DEBUG", "DBG", "TRACE"};

bool contains(std::span<const char *const> words, QStringView word, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    for (const char *candidate : words) {
        if (word.compare(QLatin1String(candidate), cs) == 0)
            return true;
    }
    return false;
}

struct Syntax
{
    bool hashComments = false;      // '#' at the start or after a space
    bool slashComments = false;     // "//" and "/* */" on one line
    bool dashComments = false;      // "--"
    bool semicolonComments = false; // ';' first on the line
    const char *quotes = "\"'";
    bool backslashEscapes = true;
    std::span<const char *const> keywords;
    Qt::CaseSensitivity keywordCase = Qt::CaseSensitive;
};

Syntax syntaxOf(Language language)
{
    Syntax syntax;
    switch (language) {
    case Language::None:
    case Language::Diff:
        break;
    case Language::Log:
        syntax.quotes = "\"";
        break;
    case Language::Yaml:
        syntax.hashComments = true;
        break;
    case Language::Json:
        syntax.quotes = "\"";
        syntax.keywords = JsonKeywords;
        break;
    case Language::Ini:
        syntax.hashComments = true;
        syntax.semicolonComments = true;
        syntax.keywords = ValueKeywords;
        syntax.keywordCase = Qt::CaseInsensitive;
        break;
    case Language::Sql:
        syntax.dashComments = true;
        syntax.slashComments = true;
        syntax.backslashEscapes = false;
        syntax.keywords = SqlKeywords;
        syntax.keywordCase = Qt::CaseInsensitive;
        break;
    case Language::Shell:
        syntax.hashComments = true;
        syntax.quotes = "\"'`";
        syntax.keywords = ShellKeywords;
        break;
    case Language::Python:
        syntax.hashComments = true;
        syntax.keywords = PythonKeywords;
        break;
    case Language::Go:
        syntax.slashComments = true;
        syntax.quotes = "\"'`";
        syntax.keywords = GoKeywords;
        break;
    case Language::Java:
        syntax.slashComments = true;
        syntax.keywords = JavaKeywords;
        break;
    case Language::JavaScript:
        syntax.slashComments = true;
        syntax.quotes = "\"'`";
        syntax.keywords = JavaScriptKeywords;
        break;
    case Language::C:
        syntax.slashComments = true;
        syntax.keywords = CKeywords;
        break;
    }
    return syntax;
}

// QRegularExpression::match() on a view is deprecated from Qt 6.8, and matchView() is new in 6.5.
QRegularExpressionMatch matchIn(const QRegularExpression &expression, QStringView subject, qsizetype offset = 0,
                                QRegularExpression::MatchOptions options = QRegularExpression::NoMatchOption)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return expression.matchView(subject, offset, QRegularExpression::NormalMatch, options);
#else
    return expression.match(subject, offset, QRegularExpression::NormalMatch, options);
#endif
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// What "\s" matches in the rules' regular expressions, which leave out Unicode's other spaces.
bool isPatternSpace(QChar c)
{
    return c == QLatin1Char(' ') || (c.unicode() >= 0x09 && c.unicode() <= 0x0d);
}

// Colours one line: a few line-level rules per language first (a diff's added lines, a YAML
// key), then one left-to-right pass for comments, strings, numbers and words. Every rule reads
// the line from where the pass is, or a bounded way back, never the whole line again: a line of
// a megabyte costs a thousand times one of a kilobyte. read() counts what the rules looked at.
class LineHighlighter
{
public:
    LineHighlighter(QStringView line, Language language, bool dark)
        : m_line(line), m_language(language), m_syntax(syntaxOf(language)), m_dark(dark)
    {}

    QList<QTextLayout::FormatRange> run()
    {
        switch (m_language) {
        case Language::None:
            break;
        case Language::Diff:
            diffLine();
            break;
        case Language::Yaml:
            scan(yamlKey());
            break;
        case Language::Ini:
            scan(iniKey());
            break;
        case Language::Shell:
            scan(shellPrompt());
            break;
        default:
            scan(0);
            break;
        }
        return m_ranges;
    }

    qsizetype read() const { return m_read; }

private:
    qsizetype size() const { return m_line.size(); }
    QChar at(qsizetype i) const
    {
        ++m_read;
        return i >= 0 && i < size() ? m_line[i] : QChar();
    }

    // An expression is only ever given a subject that the pass moves over afterwards, or the
    // line once, so what it reads is counted as the subject.
    QRegularExpressionMatch match(const QRegularExpression &expression, QStringView subject, qsizetype offset = 0,
                                  QRegularExpression::MatchOptions options = QRegularExpression::NoMatchOption) const
    {
        m_read += subject.size() - offset;
        return matchIn(expression, subject, offset, options);
    }

    // Where needle starts at or after from, or -1; the pass continues behind what it found.
    qsizetype find(QLatin1String needle, qsizetype from) const
    {
        const auto found = m_line.indexOf(needle, from);
        m_read += (found < 0 ? size() : found + needle.size()) - from;
        return found;
    }

    // Whether only white space comes before i: a decorator, a preprocessor line, an INI comment.
    bool firstOnLine(qsizetype i) const
    {
        if (m_firstNonSpace < 0)
            m_firstNonSpace = skipSpaces(0);
        return i <= m_firstNonSpace;
    }

    void add(qsizetype start, qsizetype end, Style style)
    {
        if (end <= start)
            return;
        QTextLayout::FormatRange range;
        range.start = int(start);
        range.length = int(end - start);
        range.format = styleFormat(style, m_dark);
        m_ranges.append(range);
    }

    qsizetype skipSpaces(qsizetype i) const
    {
        while (i < size() && at(i).isSpace())
            ++i;
        return i;
    }

    QChar previousNonSpace(qsizetype i) const
    {
        while (--i >= 0) {
            if (!at(i).isSpace())
                return at(i);
        }
        return {};
    }

    void diffLine()
    {
        const auto starts = [this](const char *prefix) { return m_line.startsWith(QLatin1String(prefix)); };
        if (starts("+++ ") || starts("--- ") || starts("diff ") || starts("index ") || starts("@@"))
            add(0, size(), Style::Meta);
        else if (starts("+"))
            add(0, size(), Style::Added);
        else if (starts("-"))
            add(0, size(), Style::Removed);
    }

    // A YAML mapping key ("  - name: value"), list dashes and document markers; returns where
    // the value starts.
    qsizetype yamlKey()
    {
        const auto trimmed = m_line.trimmed();
        if (trimmed == QLatin1String("---") || trimmed == QLatin1String("...")) {
            add(0, size(), Style::Meta);
            return size();
        }
        if (const auto key = yamlKeyRange(); key.end > key.start) {
            markDashes(key.start);
            add(key.start, key.end, Style::Key);
            return key.valueStart;
        }
        if (const auto dashesEnd = listDashesEnd(); dashesEnd > 0) {
            markDashes(dashesEnd);
            return dashesEnd;
        }
        return 0;
    }

    struct KeyRange
    {
        qsizetype start = 0;
        qsizetype end = 0;
        qsizetype valueStart = 0;
    };

    // A mapping key after the list dashes: a quoted string, or text up to the first ':' that a
    // space or the line's end follows, without a '#' before it (the expression
    // ^(\s*(?:-\s+)*)("[^"]*"|'[^']*'|[^\s#'"\-][^#]*?|-[^\s#][^#]*?)\s*:(?=\s|$), read
    // once from the left, since that expression backtracks over every space of a long line).
    KeyRange yamlKeyRange() const
    {
        qsizetype start = 0;
        while (start < size() && isPatternSpace(at(start)))
            ++start;
        while (at(start) == QLatin1Char('-') && isPatternSpace(at(start + 1))) {
            start += 2;
            while (start < size() && isPatternSpace(at(start)))
                ++start;
        }
        const auto first = at(start);
        if (start >= size())
            return {};
        // The colon, and where the key ends before the spaces in front of it.
        const auto colonAfter = [this](qsizetype keyEnd) -> KeyRange {
            auto colon = keyEnd;
            while (colon < size() && isPatternSpace(at(colon)))
                ++colon;
            if (at(colon) != QLatin1Char(':') || (colon + 1 < size() && !isPatternSpace(at(colon + 1))))
                return {};
            return {0, keyEnd, colon + 1};
        };
        if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
            qsizetype close = start + 1;
            while (close < size() && at(close) != first)
                ++close;
            if (close >= size())
                return {};
            auto key = colonAfter(close + 1);
            key.start = start;
            return key.end > 0 ? key : KeyRange{};
        }
        qsizetype minimum = start + 1; // the key's last character is at or after this
        if (first == QLatin1Char('-')) {
            if (start + 1 >= size() || isPatternSpace(at(start + 1)) || at(start + 1) == QLatin1Char('#'))
                return {};
            minimum = start + 2;
        } else if (isPatternSpace(first) || first == QLatin1Char('#')) {
            return {};
        }
        for (auto i = start + 1; i < size(); ++i) {
            const auto c = at(i);
            if (c == QLatin1Char('#'))
                return {};
            if (c != QLatin1Char(':') || (i + 1 < size() && !isPatternSpace(at(i + 1))))
                continue;
            auto keyEnd = i;
            while (keyEnd > minimum && isPatternSpace(at(keyEnd - 1)))
                --keyEnd;
            if (keyEnd < minimum)
                continue;
            return {start, keyEnd, i + 1};
        }
        return {};
    }

    // The end of the dashes that open list items, ^\s*(?:-(?:\s+|$))+, or 0 when there are none.
    // An expression repeats the group once per dash, which a line of thousands runs out of
    // stack for.
    qsizetype listDashesEnd() const
    {
        qsizetype i = 0;
        while (i < size() && isPatternSpace(at(i)))
            ++i;
        qsizetype end = 0;
        while (at(i) == QLatin1Char('-') && (i + 1 >= size() || isPatternSpace(at(i + 1)))) {
            ++i;
            while (i < size() && isPatternSpace(at(i)))
                ++i;
            end = i;
        }
        return end;
    }

    void markDashes(qsizetype end)
    {
        for (qsizetype i = 0; i < end; ++i) {
            if (at(i) == QLatin1Char('-'))
                add(i, i + 1, Style::Meta);
        }
    }

    // "[section]", "key = value", "KEY=value" (TOML, INI, .env, Java properties).
    qsizetype iniKey()
    {
        static const QRegularExpression section(QStringLiteral(R"(^\s*\[\[?[^\]]*\]\]?\s*$)"));
        if (match(section, m_line).hasMatch()) {
            add(0, size(), Style::Meta);
            return size();
        }
        static const QRegularExpression key(QStringLiteral(R"(^\s*(?:export\s+)?([\w.\-"]+)\s*[=:])"));
        const auto found = match(key, m_line);
        if (found.hasMatch()) {
            add(found.capturedStart(1), found.capturedEnd(1), Style::Key);
            return found.capturedEnd(0);
        }
        return 0;
    }

    qsizetype shellPrompt()
    {
        if (m_line.startsWith(QLatin1String("$ "))) {
            add(0, 1, Style::Meta);
            return 2;
        }
        return 0;
    }

    qsizetype commentEnd(qsizetype i) const
    {
        const auto c = at(i);
        if (m_syntax.hashComments && c == QLatin1Char('#') && (i == 0 || at(i - 1).isSpace()))
            return size();
        if (m_syntax.semicolonComments && c == QLatin1Char(';') && firstOnLine(i))
            return size();
        if (m_syntax.dashComments && c == QLatin1Char('-') && at(i + 1) == QLatin1Char('-'))
            return size();
        if (m_syntax.slashComments && c == QLatin1Char('/')) {
            if (at(i + 1) == QLatin1Char('/'))
                return size();
            if (at(i + 1) == QLatin1Char('*')) {
                const auto close = find(QLatin1String("*/"), i + 2);
                return close < 0 ? size() : close + 2;
            }
        }
        return i;
    }

    bool opensString(qsizetype i) const
    {
        const auto c = at(i);
        if (!QLatin1String(m_syntax.quotes).contains(c))
            return false;
        // "it's down" is prose, not the start of a string, in logs and YAML plain values.
        if (c == QLatin1Char('\'') && isWordChar(at(i - 1)))
            return false;
        if (m_language == Language::Yaml) {
            const auto before = previousNonSpace(i);
            return before.isNull() || QLatin1String(":-[{,?").contains(before);
        }
        return true;
    }

    qsizetype stringEnd(qsizetype i) const
    {
        const auto quote = at(i);
        // A shell's single quotes take everything literally, backslashes too.
        const bool escapes =
            m_syntax.backslashEscapes && !(m_language == Language::Shell && quote == QLatin1Char('\''));
        for (auto j = i + 1; j < size(); ++j) {
            if (escapes && at(j) == QLatin1Char('\\'))
                ++j;
            else if (at(j) == quote)
                return j + 1;
        }
        return size();
    }

    // A time stamp where a number starts: "2026-11-23T14:02:31.250Z", "14:02", "2026-11-23".
    qsizetype timeEnd(qsizetype i) const
    {
        static const QRegularExpression time(QStringLiteral(
            R"(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\w)|\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?!\w))"));
        // A date starts with four digits and a dash, a time with one or two digits and a colon.
        const auto digit = [this](qsizetype j) { return at(j) >= QLatin1Char('0') && at(j) <= QLatin1Char('9'); };
        const bool date = digit(i + 1) && digit(i + 2) && digit(i + 3) && at(i + 4) == QLatin1Char('-');
        if (!date && at(i + 1) != QLatin1Char(':') && !(digit(i + 1) && at(i + 2) == QLatin1Char(':')))
            return i;
        // The expression reads no further than a date, a time and a separator (20 characters),
        // the fraction's digits, a zone (6) and one character after it: a window that long
        // gives the same match as the whole line, without the line's length in every number.
        auto end = std::min(size(), i + 20);
        while (end < size() && at(end).isDigit())
            ++end;
        end = std::min(size(), end + 7);
        const auto found = match(time, m_line.first(end), i, QRegularExpression::AnchorAtOffsetMatchOption);
        return found.hasMatch() ? found.capturedEnd(0) : i;
    }

    // Digits with what follows them in practice: "0x1f", "3.5", "250ms", "10.0.3.17", "5xx".
    qsizetype numberEnd(qsizetype i) const
    {
        auto j = i;
        while (j < size() && (isWordChar(at(j)) || (at(j) == QLatin1Char('.') && at(j + 1).isLetterOrNumber())))
            ++j;
        return j;
    }

    void word(qsizetype start, qsizetype end)
    {
        const auto text = m_line.sliced(start, end - start);
        const auto before = at(start - 1);
        if (m_language == Language::Log) {
            logWord(start, end, text);
            return;
        }
        // Paths, options and members ("/usr/bin", "--set", "row.delete") are not keywords.
        if (before == QLatin1Char('.') || before == QLatin1Char('-') || before == QLatin1Char('/'))
            return;
        if (m_language == Language::Yaml) {
            // Only a whole value is a YAML boolean or null: not the "on" in "failed on retry".
            const auto after = at(skipSpaces(end));
            const auto previous = previousNonSpace(start);
            if ((previous.isNull() || QLatin1String(":-[,").contains(previous)) &&
                (after.isNull() || QLatin1String(",]}#").contains(after)) &&
                (contains(ValueKeywords, text, Qt::CaseInsensitive) || text == QLatin1String("~")))
                add(start, end, Style::Keyword);
            return;
        }
        if (contains(m_syntax.keywords, text, m_syntax.keywordCase))
            add(start, end, Style::Keyword);
    }

    void logWord(qsizetype start, qsizetype end, QStringView text)
    {
        // Levels in capitals anywhere ("ERROR", "[WARN]"), and in any case after "level=".
        const auto cs = afterLevelKey(start) ? Qt::CaseInsensitive : Qt::CaseSensitive;
        if (contains(ErrorLevels, text, cs))
            add(start, end, Style::Error);
        else if (contains(WarningLevels, text, cs))
            add(start, end, Style::Warning);
        else if (contains(InfoLevels, text, cs))
            add(start, end, Style::Info);
        else if (contains(DebugLevels, text, cs))
            add(start, end, Style::Debug);
        else if (at(end) == QLatin1Char('='))
            add(start, end, Style::Key);
    }

    // Whether the text before start ends like (?:level|lvl|severity)"?\s*[=:]\s*"? in any case,
    // read backwards from start: as far as the spaces and quotes around the '=' reach, and a key.
    bool afterLevelKey(qsizetype start) const
    {
        auto i = start;
        if (at(i - 1) == QLatin1Char('"'))
            --i;
        while (i > 0 && isPatternSpace(at(i - 1)))
            --i;
        if (at(i - 1) != QLatin1Char('=') && at(i - 1) != QLatin1Char(':'))
            return false;
        --i;
        while (i > 0 && isPatternSpace(at(i - 1)))
            --i;
        if (at(i - 1) == QLatin1Char('"'))
            --i;
        return endsWith(i, QLatin1String("level")) || endsWith(i, QLatin1String("lvl")) ||
               endsWith(i, QLatin1String("severity"));
    }

    // Whether the text before end ends with word, in any case.
    bool endsWith(qsizetype end, QLatin1String word) const
    {
        if (end < word.size())
            return false;
        for (qsizetype k = 0; k < word.size(); ++k) {
            if (at(end - word.size() + k).toCaseFolded() != QChar(word.at(k)).toCaseFolded())
                return false;
        }
        return true;
    }

    // Shell variables: "$HOST", "${HOST:-x}", "$1", "$?".
    qsizetype variableEnd(qsizetype i) const
    {
        if (at(i + 1) == QLatin1Char('{')) {
            const auto close = closingBrace(i + 2);
            return close < 0 ? i : close + 1;
        }
        if (at(i + 1).isDigit() || QLatin1String("?#@*!$-").contains(at(i + 1)))
            return i + 2;
        auto j = i + 1;
        while (j < size() && isWordChar(at(j)))
            ++j;
        return j > i + 1 && !at(i + 1).isDigit() ? j : i;
    }

    // The first '}' at or after from, or -1. A line of "${${${" asks for each of them: what
    // was found for an earlier position still holds when it lies at or after this one.
    qsizetype closingBrace(qsizetype from) const
    {
        if (m_braceFrom >= 0 && m_braceFrom <= from && (m_brace < 0 || m_brace >= from))
            return m_brace;
        m_braceFrom = from;
        m_brace = -1;
        for (auto j = from; j < size(); ++j) {
            if (at(j) == QLatin1Char('}')) {
                m_brace = j;
                break;
            }
        }
        return m_brace;
    }

    void scan(qsizetype i)
    {
        while (i < size()) {
            const auto c = at(i);
            if (const auto commentStop = commentEnd(i); commentStop > i) {
                add(i, commentStop, Style::Comment);
                i = commentStop;
            } else if (opensString(i)) {
                const auto end = stringEnd(i);
                const bool key = (m_language == Language::Json || m_language == Language::Log) &&
                                 at(skipSpaces(end)) == QLatin1Char(':');
                add(i, end, key ? Style::Key : Style::String);
                i = end;
            } else if (c.isDigit() && !isWordChar(at(i - 1))) {
                const auto time = timeEnd(i);
                const auto end = time > i ? time : numberEnd(i);
                add(i, end, time > i && m_language == Language::Log ? Style::Time : Style::Number);
                i = end;
            } else if (c.isLetter() || c == QLatin1Char('_')) {
                auto end = i + 1;
                while (end < size() && isWordChar(at(end)))
                    ++end;
                word(i, end);
                i = end;
            } else if (c == QLatin1Char('$') && m_language == Language::Shell && variableEnd(i) > i) {
                const auto end = variableEnd(i);
                add(i, end, Style::Key);
                i = end;
            } else if ((c == QLatin1Char('@') && (m_language == Language::Python || m_language == Language::Java)) ||
                       (c == QLatin1Char('#') && m_language == Language::C)) {
                // Decorators, annotations and preprocessor lines start a line.
                auto end = i + 1;
                while (end < size() && isWordChar(at(end)))
                    ++end;
                if (firstOnLine(i) && end > i + 1) {
                    add(i, end, Style::Meta);
                    i = end;
                } else {
                    ++i;
                }
            } else {
                ++i;
            }
        }
    }

    QStringView m_line;
    Language m_language;
    Syntax m_syntax;
    bool m_dark;
    QList<QTextLayout::FormatRange> m_ranges;
    mutable qsizetype m_read = 0;
    mutable qsizetype m_firstNonSpace = -1;
    mutable qsizetype m_braceFrom = -1;
    mutable qsizetype m_brace = -1;
};

struct Alias
{
    const char *name;
    Language language;
};

constexpr Alias Aliases[] = {
    {"log", Language::Log},
    {"logs", Language::Log},
    {"logfile", Language::Log},
    {"syslog", Language::Log},
    {"journal", Language::Log},
    {"journalctl", Language::Log},
    {"yaml", Language::Yaml},
    {"yml", Language::Yaml},
    {"json", Language::Json},
    {"jsonc", Language::Json},
    {"json5", Language::Json},
    {"jsonl", Language::Json},
    {"ndjson", Language::Json},
    {"ini", Language::Ini},
    {"toml", Language::Ini},
    {"conf", Language::Ini},
    {"cfg", Language::Ini},
    {"properties", Language::Ini},
    {"env", Language::Ini},
    {"dotenv", Language::Ini},
    {"sql", Language::Sql},
    {"mysql", Language::Sql},
    {"postgresql", Language::Sql},
    {"postgres", Language::Sql},
    {"psql", Language::Sql},
    {"pgsql", Language::Sql},
    {"sqlite", Language::Sql},
    {"plsql", Language::Sql},
    {"tsql", Language::Sql},
    {"sh", Language::Shell},
    {"bash", Language::Shell},
    {"shell", Language::Shell},
    {"zsh", Language::Shell},
    {"ksh", Language::Shell},
    {"console", Language::Shell},
    {"shell-session", Language::Shell},
    {"shellsession", Language::Shell},
    {"terminal", Language::Shell},
    {"diff", Language::Diff},
    {"patch", Language::Diff},
    {"udiff", Language::Diff},
    {"python", Language::Python},
    {"py", Language::Python},
    {"python3", Language::Python},
    {"go", Language::Go},
    {"golang", Language::Go},
    {"java", Language::Java},
    {"javascript", Language::JavaScript},
    {"js", Language::JavaScript},
    {"jsx", Language::JavaScript},
    {"mjs", Language::JavaScript},
    {"node", Language::JavaScript},
    {"typescript", Language::JavaScript},
    {"ts", Language::JavaScript},
    {"tsx", Language::JavaScript},
    {"c", Language::C},
    {"h", Language::C},
    {"cpp", Language::C},
    {"c++", Language::C},
    {"cxx", Language::C},
    {"cc", Language::C},
    {"hpp", Language::C},
};

} // namespace

BuiltinCodeHighlighter::Language BuiltinCodeHighlighter::language(QStringView infoString)
{
    auto word = infoString.trimmed();
    // "```yaml title=x", "```{.yaml}" and "```yaml,linenos" all mean YAML.
    const auto end = std::find_if(word.begin(), word.end(), [](QChar c) {
        return c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char('}');
    });
    word = word.first(end - word.begin());
    while (word.startsWith(QLatin1Char('{')) || word.startsWith(QLatin1Char('.')))
        word = word.sliced(1);
    for (const auto &alias : Aliases) {
        if (word.compare(QLatin1String(alias.name), Qt::CaseInsensitive) == 0)
            return alias.language;
    }
    return Language::None;
}

QString BuiltinCodeHighlighter::name(Language language)
{
    switch (language) {
    case Language::None:
        return {};
    case Language::Log:
        return QStringLiteral("Log");
    case Language::Yaml:
        return QStringLiteral("YAML");
    case Language::Json:
        return QStringLiteral("JSON");
    case Language::Ini:
        return QStringLiteral("INI");
    case Language::Sql:
        return QStringLiteral("SQL");
    case Language::Shell:
        return QStringLiteral("Shell");
    case Language::Diff:
        return QStringLiteral("Diff");
    case Language::Python:
        return QStringLiteral("Python");
    case Language::Go:
        return QStringLiteral("Go");
    case Language::Java:
        return QStringLiteral("Java");
    case Language::JavaScript:
        return QStringLiteral("JavaScript");
    case Language::C:
        return QStringLiteral("C");
    }
    return {};
}

QList<QTextLayout::FormatRange> BuiltinCodeHighlighter::highlightLine(QStringView line, Language language, bool dark)
{
    return LineHighlighter(line, language, dark).run();
}

qsizetype BuiltinCodeHighlighter::charactersRead(QStringView line, Language language)
{
    LineHighlighter highlighter(line, language, false);
    highlighter.run();
    return highlighter.read();
}

QList<QTextLayout::FormatRange> BuiltinCodeHighlighter::highlight(QStringView code, Language language, bool dark)
{
    QList<QTextLayout::FormatRange> ranges;
    if (language == Language::None)
        return ranges;
    qsizetype lineStart = 0;
    while (lineStart <= code.size()) {
        auto lineEnd = code.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = code.size();
        auto line = code.sliced(lineStart, lineEnd - lineStart);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        for (auto range : highlightLine(line, language, dark)) {
            range.start += int(lineStart);
            ranges.append(range);
        }
        lineStart = lineEnd + 1;
    }
    return ranges;
}

} // namespace hindsight::highlight
