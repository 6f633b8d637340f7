// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlight/builtincodehighlighter.h"
#include "highlight/codehighlighter.h"

#include <QGuiApplication>
#include <QSet>
#include <QTest>

using namespace hindsight::highlight;
using Backend = CodeHighlighter::Backend;
using Language = BuiltinCodeHighlighter::Language;

namespace {

// The format that applies at position, or an empty one.
QTextCharFormat formatAt(const QList<QTextLayout::FormatRange> &ranges, qsizetype position)
{
    for (const auto &range : ranges) {
        if (position >= range.start && position < range.start + range.length)
            return range.format;
    }
    return {};
}

// The format of the first occurrence of token in code; fails the test when token is missing.
QTextCharFormat formatOf(const QList<QTextLayout::FormatRange> &ranges, const QString &code, const QString &token)
{
    const auto position = code.indexOf(token);
    if (position < 0)
        qFatal("token not in code");
    return formatAt(ranges, position);
}

QRgb colourOf(const QTextCharFormat &format)
{
    return format.hasProperty(QTextFormat::ForegroundBrush) ? format.foreground().color().rgb() : 0;
}

QSet<QRgb> foregrounds(const QList<QTextLayout::FormatRange> &ranges)
{
    QSet<QRgb> colours;
    for (const auto &range : ranges) {
        if (range.format.hasProperty(QTextFormat::ForegroundBrush))
            colours.insert(range.format.foreground().color().rgb());
    }
    return colours;
}

// Ranges are in order, do not overlap and stay inside the code.
bool wellFormed(const QList<QTextLayout::FormatRange> &ranges, qsizetype size)
{
    qsizetype end = 0;
    for (const auto &range : ranges) {
        if (range.start < end || range.length <= 0 || range.start + range.length > size)
            return false;
        end = range.start + range.length;
    }
    return true;
}

} // namespace

class TestCodeHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backend();
    void builtinLanguage_data();
    void builtinLanguage();
    void builtinTokens_data();
    void builtinTokens();
    void builtinKeepsProse_data();
    void builtinKeepsProse();
    void builtinLinesAreIndependent();
    void builtinDarkColours();
    void diffLines();
    void unknownLanguageIsPlain_data();
    void unknownLanguageIsPlain();
    void defaultBackendColoursEveryQuotedLanguage_data();
    void defaultBackendColoursEveryQuotedLanguage();
    void longLogLineHighlightsInLinearWork_data();
    void longLogLineHighlightsInLinearWork();
#ifdef HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING
    void ksyntaxDefinitions_data();
    void ksyntaxDefinitions();
    void ksyntaxYamlHasSeveralColours();
    void ksyntaxLogLevels();
    void ksyntaxDarkTheme();
#endif
};

void TestCodeHighlighter::backend()
{
#ifdef HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING
    QVERIFY(CodeHighlighter::hasKSyntaxHighlighting());
    QCOMPARE(CodeHighlighter::defaultBackend(), Backend::KSyntaxHighlighting);
    QVERIFY(CodeHighlighter::backendName().startsWith(QLatin1String("KSyntaxHighlighting 6.")));
    QCOMPARE(CodeHighlighter(Backend::BuiltIn).backend(), Backend::BuiltIn);
#else
    QVERIFY(!CodeHighlighter::hasKSyntaxHighlighting());
    QCOMPARE(CodeHighlighter::defaultBackend(), Backend::BuiltIn);
    QCOMPARE(CodeHighlighter::backendName(), QStringLiteral("built-in"));
    // Asking for KSyntaxHighlighting in a build without it gets the built-in rules.
    QCOMPARE(CodeHighlighter(Backend::KSyntaxHighlighting).backend(), Backend::BuiltIn);
#endif
}

void TestCodeHighlighter::builtinLanguage_data()
{
    QTest::addColumn<QString>("info");
    QTest::addColumn<Language>("language");

    QTest::newRow("nominal: yaml") << QStringLiteral("yaml") << Language::Yaml;
    QTest::newRow("alias: yml") << QStringLiteral("yml") << Language::Yaml;
    QTest::newRow("case: YAML") << QStringLiteral("YAML") << Language::Yaml;
    QTest::newRow("attributes: yaml title=deploy.yaml") << QStringLiteral("yaml title=deploy.yaml") << Language::Yaml;
    QTest::newRow("pandoc: {.yaml}") << QStringLiteral("{.yaml}") << Language::Yaml;
    QTest::newRow("alias: sh") << QStringLiteral("sh") << Language::Shell;
    QTest::newRow("alias: bash") << QStringLiteral("bash") << Language::Shell;
    QTest::newRow("alias: shell") << QStringLiteral("shell") << Language::Shell;
    QTest::newRow("nominal: log") << QStringLiteral("log") << Language::Log;
    QTest::newRow("nominal: sql") << QStringLiteral("sql") << Language::Sql;
    QTest::newRow("alias: postgresql") << QStringLiteral("postgresql") << Language::Sql;
    QTest::newRow("nominal: json") << QStringLiteral("json") << Language::Json;
    QTest::newRow("nominal: diff") << QStringLiteral("diff") << Language::Diff;
    QTest::newRow("nominal: python") << QStringLiteral("python") << Language::Python;
    QTest::newRow("nominal: go") << QStringLiteral("go") << Language::Go;
    QTest::newRow("nominal: java") << QStringLiteral("java") << Language::Java;
    QTest::newRow("alias: ts") << QStringLiteral("ts") << Language::JavaScript;
    QTest::newRow("alias: toml") << QStringLiteral("toml") << Language::Ini;
    QTest::newRow("unknown: text") << QStringLiteral("text") << Language::None;
    QTest::newRow("unknown: empty") << QString() << Language::None;
    QTest::newRow("robustness: only spaces") << QStringLiteral("   ") << Language::None;
}

void TestCodeHighlighter::builtinLanguage()
{
    QFETCH(QString, info);
    QFETCH(Language, language);
    QCOMPARE(BuiltinCodeHighlighter::language(info), language);
    QCOMPARE(CodeHighlighter(Backend::BuiltIn).syntaxName(info), BuiltinCodeHighlighter::name(language));
}

void TestCodeHighlighter::builtinTokens_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    // Tokens that must each be coloured, and in different colours from each other.
    QTest::addColumn<QStringList>("tokens");
    // A token whose text stays plain.
    QTest::addColumn<QString>("plain");

    QTest::newRow("log: time stamp, levels, quoted value")
        << QStringLiteral("log")
        << QStringLiteral("2026-11-23T14:02:31.250Z ERROR pool exhausted (active=20) \"checkout-api\"\n"
                          "2026-11-23T14:02:32Z WARN retrying\n14:02:33 INFO recovered")
        << QStringList{QStringLiteral("2026-11-23T14:02:31.250Z"), QStringLiteral("ERROR"), QStringLiteral("WARN"),
                       QStringLiteral("INFO"), QStringLiteral("\"checkout-api\"")}
        << QStringLiteral("exhausted");
    QTest::newRow("log: logfmt level in lower case")
        << QStringLiteral("log") << QStringLiteral("ts=2026-11-23T14:02:31Z level=error msg=\"timeout\" took=250ms")
        << QStringList{QStringLiteral("error"), QStringLiteral("\"timeout\""), QStringLiteral("250ms")}
        << QStringLiteral("=");
    QTest::newRow("yaml: key, number, string, comment")
        << QStringLiteral("yaml")
        << QStringLiteral("spec:\n  replicas: 3\n  image: \"registry/api:1.4.2\" # pinned after the incident")
        << QStringList{QStringLiteral("replicas"), QStringLiteral("3"), QStringLiteral("\"registry/api:1.4.2\""),
                       QStringLiteral("# pinned")}
        << QStringLiteral("  ");
    QTest::newRow("sql: keyword, string, number, comment")
        << QStringLiteral("sql")
        << QStringLiteral("select id from orders where state = 'pending' and retries > 3; -- stuck rows")
        << QStringList{QStringLiteral("select"), QStringLiteral("'pending'"), QStringLiteral("3"),
                       QStringLiteral("-- stuck")}
        << QStringLiteral("orders");
    QTest::newRow("shell: keyword, variable, string, comment")
        << QStringLiteral("bash")
        << QStringLiteral("for pod in $PODS; do kubectl delete pod \"$pod\" --grace-period=0; done # drain")
        << QStringList{QStringLiteral("for"), QStringLiteral("$PODS"), QStringLiteral("\"$pod\""),
                       QStringLiteral("# drain")}
        << QStringLiteral("kubectl");
    QTest::newRow("json: key, string, number, literal")
        << QStringLiteral("json") << QStringLiteral("{\"pool\": \"primary\", \"size\": 20, \"healthy\": false}")
        << QStringList{QStringLiteral("\"pool\""), QStringLiteral("\"primary\""), QStringLiteral("20"),
                       QStringLiteral("false")}
        << QStringLiteral("{");
    QTest::newRow("python: keyword, string, number, comment")
        << QStringLiteral("python")
        << QStringLiteral("def backoff(attempt):\n    return min(30, 2 ** attempt)  # seconds\nname = 'x'")
        << QStringList{QStringLiteral("def"), QStringLiteral("30"), QStringLiteral("# seconds"), QStringLiteral("'x'")}
        << QStringLiteral("backoff");
    QTest::newRow("go: keyword, string, comment")
        << QStringLiteral("go")
        << QStringLiteral("func dial() error { return fmt.Errorf(\"dial: %w\", err) } // no retry")
        << QStringList{QStringLiteral("func"), QStringLiteral("\"dial: %w\""), QStringLiteral("// no retry")}
        << QStringLiteral("dial");
    QTest::newRow("java: annotation, keyword, string, number")
        << QStringLiteral("java")
        << QStringLiteral("@Override\npublic int poolSize() { return 20; } String s = \"max\";")
        << QStringList{QStringLiteral("@Override"), QStringLiteral("public"), QStringLiteral("20"),
                       QStringLiteral("\"max\"")}
        << QStringLiteral("poolSize");
}

void TestCodeHighlighter::builtinTokens()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(QStringList, tokens);
    QFETCH(QString, plain);

    const CodeHighlighter highlighter(Backend::BuiltIn);
    const auto ranges = highlighter.highlight(code, language, false);
    QVERIFY(wellFormed(ranges, code.size()));
    QSet<QRgb> colours;
    for (const auto &token : tokens) {
        const auto position = code.indexOf(token);
        QVERIFY2(position >= 0, qPrintable(token));
        const auto format = formatAt(ranges, position);
        QVERIFY2(format.hasProperty(QTextFormat::ForegroundBrush), qPrintable(token + QLatin1String(" is plain")));
        // The whole token, not only its first character.
        QCOMPARE(formatAt(ranges, position + token.size() - 1), format);
        colours.insert(colourOf(format));
    }
    QVERIFY2(colours.size() >= std::min<qsizetype>(tokens.size(), 3), "tokens of different kinds share colours");
    QVERIFY2(!formatAt(ranges, code.indexOf(plain)).hasProperty(QTextFormat::ForegroundBrush),
             qPrintable(plain + QLatin1String(" is coloured")));
}

void TestCodeHighlighter::builtinKeepsProse_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("plain");

    QTest::newRow("log: an apostrophe is not a string")
        << QStringLiteral("log") << QStringLiteral("14:02 INFO can't reach db-01, it's down")
        << QStringLiteral("reach db-01");
    QTest::newRow("log: a level word in lower case prose")
        << QStringLiteral("log") << QStringLiteral("14:02 INFO no error seen") << QStringLiteral("error");
    QTest::newRow("yaml: 'on' inside a value is not a boolean")
        << QStringLiteral("yaml") << QStringLiteral("reason: failed on retry") << QStringLiteral("on retry");
    QTest::newRow("yaml: a hash inside a word is not a comment")
        << QStringLiteral("yaml") << QStringLiteral("channel: C#ops") << QStringLiteral("#ops");
    QTest::newRow("shell: a path is not a keyword")
        << QStringLiteral("sh") << QStringLiteral("ls /var/done/") << QStringLiteral("done");
}

void TestCodeHighlighter::builtinKeepsProse()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(QString, plain);
    const auto ranges = CodeHighlighter(Backend::BuiltIn).highlight(code, language, false);
    QVERIFY(wellFormed(ranges, code.size()));
    QVERIFY(!formatOf(ranges, code, plain).hasProperty(QTextFormat::ForegroundBrush));
}

void TestCodeHighlighter::builtinLinesAreIndependent()
{
    // An unterminated string stops at the end of its line: the next line is read afresh.
    const auto code = QStringLiteral("msg = \"unterminated\nretries = 3\r\nok = true");
    const auto ranges = CodeHighlighter(Backend::BuiltIn).highlight(code, QStringLiteral("python"), false);
    QVERIFY(wellFormed(ranges, code.size()));
    const auto string = formatOf(ranges, code, QStringLiteral("\"unterminated"));
    QVERIFY(string.hasProperty(QTextFormat::ForegroundBrush));
    QVERIFY(!formatOf(ranges, code, QStringLiteral("retries")).hasProperty(QTextFormat::ForegroundBrush));
    QVERIFY(colourOf(formatOf(ranges, code, QStringLiteral("3"))) != colourOf(string));
}

void TestCodeHighlighter::builtinDarkColours()
{
    const auto code = QStringLiteral("14:02:31 ERROR pool exhausted");
    const CodeHighlighter highlighter(Backend::BuiltIn);
    const auto light = highlighter.highlight(code, QStringLiteral("log"), false);
    const auto dark = highlighter.highlight(code, QStringLiteral("log"), true);
    QCOMPARE(light.size(), dark.size());
    const auto error = code.indexOf(QLatin1String("ERROR"));
    QVERIFY(colourOf(formatAt(light, error)) != colourOf(formatAt(dark, error)));
    // Light colours are darker than dark ones: each reads on its own background.
    QVERIFY(QColor(colourOf(formatAt(light, error))).lightness() < QColor(colourOf(formatAt(dark, error))).lightness());
}

void TestCodeHighlighter::diffLines()
{
    const auto code = QStringLiteral("@@ -1,2 +1,2 @@\n-maxPoolSize: 20\n+maxPoolSize: 50\n unchanged");
    const auto ranges = CodeHighlighter(Backend::BuiltIn).highlight(code, QStringLiteral("diff"), false);
    const auto removed = formatOf(ranges, code, QStringLiteral("-maxPoolSize"));
    const auto added = formatOf(ranges, code, QStringLiteral("+maxPoolSize"));
    QVERIFY(removed.hasProperty(QTextFormat::BackgroundBrush));
    QVERIFY(added.hasProperty(QTextFormat::BackgroundBrush));
    QVERIFY(removed.background() != added.background());
    QCOMPARE(formatOf(ranges, code, QStringLiteral("50")), added);
    QVERIFY(!formatOf(ranges, code, QStringLiteral("unchanged")).hasProperty(QTextFormat::BackgroundBrush));
}

void TestCodeHighlighter::unknownLanguageIsPlain_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("unknown: no language") << QString();
    QTest::newRow("unknown: text") << QStringLiteral("text");
    QTest::newRow("unknown: made up") << QStringLiteral("no-such-language-xyz");
}

void TestCodeHighlighter::unknownLanguageIsPlain()
{
    QFETCH(QString, language);
    const auto code = QStringLiteral("select 1; \"quoted\" # 42");
    QVERIFY(CodeHighlighter().highlight(code, language, false).isEmpty());
    QVERIFY(CodeHighlighter(Backend::BuiltIn).highlight(code, language, false).isEmpty());
}

void TestCodeHighlighter::defaultBackendColoursEveryQuotedLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::newRow("log") << QStringLiteral("log") << QStringLiteral("2026-11-23 14:02:31 ERROR pool exhausted");
    QTest::newRow("yaml") << QStringLiteral("yaml") << QStringLiteral("replicas: 3 # was 6");
    QTest::newRow("sql") << QStringLiteral("sql") << QStringLiteral("SELECT count(*) FROM orders; -- 1");
    QTest::newRow("bash") << QStringLiteral("bash") << QStringLiteral("echo \"$HOST\" # note");
    QTest::newRow("sh") << QStringLiteral("sh") << QStringLiteral("echo \"$HOST\" # note");
    QTest::newRow("shell") << QStringLiteral("shell") << QStringLiteral("echo \"$HOST\" # note");
    QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("{\"size\": 20}");
    QTest::newRow("diff") << QStringLiteral("diff") << QStringLiteral("-a\n+b");
    QTest::newRow("python") << QStringLiteral("python") << QStringLiteral("import os  # x");
    QTest::newRow("go") << QStringLiteral("go") << QStringLiteral("func main() {} // x");
    QTest::newRow("java") << QStringLiteral("java") << QStringLiteral("public class A {} // x");
}

void TestCodeHighlighter::defaultBackendColoursEveryQuotedLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    const CodeHighlighter highlighter;
    QVERIFY(!highlighter.syntaxName(language).isEmpty());
    const auto ranges = highlighter.highlight(code, language, false);
    QVERIFY(wellFormed(ranges, code.size()));
    QVERIFY2(!foregrounds(ranges).isEmpty(), qPrintable(CodeHighlighter::backendName()));
}

void TestCodeHighlighter::longLogLineHighlightsInLinearWork_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("unit"); // repeated to make the line

    const auto row = [](const char *name, Language language, const QString &unit) {
        QTest::newRow(name) << language << unit;
    };
    row("log: logfmt records", Language::Log,
        QStringLiteral("2023-03-14T13:38:02.123Z level=warn svc=checkout-api wait=250ms queue=17 "));
    row("log: short words", Language::Log, QStringLiteral("ok "));
    row("log: level keys without a level", Language::Log, QStringLiteral("level= "));
    row("log: quoted level keys", Language::Log, QStringLiteral("\"severity\" : \"x\" "));
    row("log: one unbroken word", Language::Log, QStringLiteral("abcdefghijklmnopqrstuvwxyz"));
    row("log: digits that are no time", Language::Log, QStringLiteral("1 "));
    row("log: a fraction without end", Language::Log, QStringLiteral("7"));
    row("yaml: a key then spaces", Language::Yaml, QStringLiteral("a    "));
    row("yaml: colons in a value", Language::Yaml, QStringLiteral("a:b "));
    row("yaml: list dashes", Language::Yaml, QStringLiteral("- "));
    row("yaml: quoted words", Language::Yaml, QStringLiteral("'it' "));
    row("ini: spaces then semicolons", Language::Ini, QStringLiteral(" a;"));
    row("shell: variables never closed", Language::Shell, QStringLiteral("${"));
    row("python: decorators after spaces", Language::Python, QStringLiteral(" x@a"));
    row("c: hashes after spaces", Language::C, QStringLiteral(" x#a"));
    row("sql: comments opened", Language::Sql, QStringLiteral("a /* b */ "));
    row("json: strings and keys", Language::Json, QStringLiteral("\"k\": \"v\", "));
    row("javascript: template strings", Language::JavaScript, QStringLiteral("`a` "));
    row("go: words", Language::Go, QStringLiteral("func x "));
    row("java: annotations", Language::Java, QStringLiteral("@A "));
    row("diff: an added line", Language::Diff, QStringLiteral("+a "));
}

void TestCodeHighlighter::longLogLineHighlightsInLinearWork()
{
    QFETCH(Language, language);
    QFETCH(QString, unit);
    // Counts, not times: a rule that reads the line back to its start for every word reads
    // four times as much for a line twice as long.
    const auto line = [&unit](qsizetype size) {
        QString text;
        while (text.size() < size)
            text += unit;
        text.truncate(size);
        return text;
    };
    constexpr qsizetype size = 20000;
    const qsizetype once = BuiltinCodeHighlighter::charactersRead(line(size), language);
    const qsizetype twice = BuiltinCodeHighlighter::charactersRead(line(2 * size), language);
    const auto counts =
        QStringLiteral("%1 characters read for %2, %3 for %4").arg(once).arg(size).arg(twice).arg(2 * size);
    QVERIFY2(once <= 10 * size, qPrintable(counts));
    QVERIFY2(twice <= 2 * once + 100, qPrintable(counts));
    // However long, the line still gets well-formed ranges.
    const auto ranges = BuiltinCodeHighlighter::highlightLine(line(size), language, false);
    QVERIFY(wellFormed(ranges, size));
}

#ifdef HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING
void TestCodeHighlighter::ksyntaxDefinitions_data()
{
    QTest::addColumn<QString>("info");
    QTest::addColumn<QString>("definition");
    QTest::newRow("log") << QStringLiteral("log") << QStringLiteral("Log File (advanced)");
    QTest::newRow("syslog") << QStringLiteral("syslog") << QStringLiteral("Log File (advanced)");
    QTest::newRow("yaml") << QStringLiteral("yaml") << QStringLiteral("YAML");
    QTest::newRow("yml") << QStringLiteral("yml") << QStringLiteral("YAML");
    QTest::newRow("sql") << QStringLiteral("sql") << QStringLiteral("SQL");
    QTest::newRow("postgres") << QStringLiteral("postgres") << QStringLiteral("SQL (PostgreSQL)");
    QTest::newRow("bash") << QStringLiteral("bash") << QStringLiteral("Bash");
    QTest::newRow("sh") << QStringLiteral("sh") << QStringLiteral("Bash");
    QTest::newRow("shell") << QStringLiteral("shell") << QStringLiteral("Bash");
    QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("JSON");
    QTest::newRow("diff") << QStringLiteral("diff") << QStringLiteral("Diff");
    QTest::newRow("python") << QStringLiteral("python") << QStringLiteral("Python");
    QTest::newRow("go") << QStringLiteral("go") << QStringLiteral("Go");
    QTest::newRow("java") << QStringLiteral("java") << QStringLiteral("Java");
    QTest::newRow("by file suffix: rs") << QStringLiteral("rs") << QStringLiteral("Rust");
}

void TestCodeHighlighter::ksyntaxDefinitions()
{
    QFETCH(QString, info);
    QFETCH(QString, definition);
    QCOMPARE(CodeHighlighter().syntaxName(info), definition);
}

void TestCodeHighlighter::ksyntaxYamlHasSeveralColours()
{
    const auto code = QStringLiteral("# pool settings after the incident\n"
                                     "database:\n"
                                     "  maxPoolSize: 50\n"
                                     "  host: \"db-primary.internal\"\n"
                                     "  readOnly: false\n");
    const auto ranges = CodeHighlighter().highlight(code, QStringLiteral("yaml"), false);
    QVERIFY(wellFormed(ranges, code.size()));
    QVERIFY2(foregrounds(ranges).size() >= 4, "YAML in KSyntaxHighlighting's Breeze Light has few colours");
    QVERIFY(formatOf(ranges, code, QStringLiteral("# pool")).fontItalic() ||
            colourOf(formatOf(ranges, code, QStringLiteral("# pool"))) !=
                colourOf(formatOf(ranges, code, QStringLiteral("maxPoolSize"))));
}

void TestCodeHighlighter::ksyntaxLogLevels()
{
    const auto code = QStringLiteral("2026-11-23 14:02:31 ERROR pool exhausted\n2026-11-23 14:02:35 INFO recovered\n");
    const auto ranges = CodeHighlighter().highlight(code, QStringLiteral("log"), false);
    QVERIFY(wellFormed(ranges, code.size()));
    const auto error = formatOf(ranges, code, QStringLiteral("ERROR"));
    const auto info = formatOf(ranges, code, QStringLiteral("INFO"));
    QVERIFY(error.hasProperty(QTextFormat::ForegroundBrush));
    QVERIFY(colourOf(error) != colourOf(info));
    // The time stamp apart from the level.
    QVERIFY(colourOf(formatOf(ranges, code, QStringLiteral("14:02:31"))) != colourOf(error));
}

void TestCodeHighlighter::ksyntaxDarkTheme()
{
    const auto code = QStringLiteral("replicas: 3\nimage: \"api:1.4\"\n");
    const CodeHighlighter highlighter;
    const auto light = foregrounds(highlighter.highlight(code, QStringLiteral("yaml"), false));
    const auto dark = foregrounds(highlighter.highlight(code, QStringLiteral("yaml"), true));
    QVERIFY(!light.isEmpty());
    QVERIFY(light != dark);
}
#endif

QTEST_MAIN(TestCodeHighlighter)
#include "tst_codehighlighter.moc"
