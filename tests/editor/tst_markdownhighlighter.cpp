// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/widgets/markdownedit.h"
#include "editor/widgets/markdownhighlighter.h"
#include "highlight/codehighlighter.h"

#ifdef HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING
#include "highlight/syntaxrepository.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>
#endif

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QSet>
#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace hindsight;
using editor::MarkdownHighlighter;
using Backend = MarkdownHighlighter::Backend;

namespace {

enum class Look { Heading, Bold, Italic, Strike, Code, Link, Marker, Quote, Plain };

// The highlighter's formats at position in block, merged as the layout draws them.
QTextCharFormat formatAt(const QTextBlock &block, qsizetype position)
{
    QTextCharFormat format;
    for (const auto &range : block.layout()->formats()) {
        if (position >= range.start && position < range.start + range.length)
            format.merge(range.format);
    }
    return format;
}

[[maybe_unused]] QSet<QRgb> foregrounds(const QTextBlock &block)
{
    QSet<QRgb> colours;
    for (const auto &range : block.layout()->formats()) {
        if (range.format.hasProperty(QTextFormat::ForegroundBrush))
            colours.insert(range.format.foreground().color().rgb());
    }
    return colours;
}

QRgb colourAt(const QTextBlock &block, qsizetype position)
{
    const auto format = formatAt(block, position);
    return format.hasProperty(QTextFormat::ForegroundBrush) ? format.foreground().color().rgb() : 0;
}

QTextBlock blockWith(const QTextDocument *document, const QString &text)
{
    for (auto block = document->begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(text))
            return block;
    }
    return {};
}

// KSyntaxHighlighting goes on to the next line through a queued call when a line's state
// changes after an edit.
void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

QPalette darkPalette(QPalette palette)
{
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    palette.setColor(QPalette::Text, QColor(0xdf, 0xe1, 0xe5));
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    palette.setColor(QPalette::WindowText, QColor(0xdf, 0xe1, 0xe5));
    return palette;
}

const QString RootCause = QStringLiteral("## What happened\n"
                                         "The pool was *exhausted* after the **deploy**.\n"
                                         "```yaml\n"
                                         "database:\n"
                                         "  maxPoolSize: 20 # too small\n"
                                         "  host: \"db-primary\"\n"
                                         "```\n"
                                         "Between the blocks.\n"
                                         "```log\n"
                                         "2026-11-23 14:02:31 ERROR pool exhausted (active=20)\n"
                                         "2026-11-23 14:02:35 INFO recovered\n"
                                         "```\n"
                                         "After the blocks.");

} // namespace

Q_DECLARE_METATYPE(Look)

class TestMarkdownHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinInline_data();
    void builtinInline();
    void builtinHeadingCoversLine();
    void builtinFencedBlocks();
    void fenceEditsReflow();
    void longerFencesNest();
    void builtinFollowsPalette();
    void markdownEditIsHighlighted();
    void codeBlockBandIsPainted();
    void largeDocument();
#ifdef HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING
    void ksyntaxUsesMarkdownDefinition();
    void ksyntaxYamlBlock();
    void ksyntaxLogBlock();
    void ksyntaxFollowsPalette();
#endif
};

void TestMarkdownHighlighter::builtinInline_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("token");
    QTest::addColumn<Look>("look");

    QTest::newRow("nominal: heading 1") << QStringLiteral("# Root cause") << QStringLiteral("Root cause")
                                        << Look::Heading;
    QTest::newRow("nominal: heading 3") << QStringLiteral("### Why the pool ran dry") << QStringLiteral("pool")
                                        << Look::Heading;
    QTest::newRow("nominal: emphasis with stars")
        << QStringLiteral("The pool was *not* resized") << QStringLiteral("not") << Look::Italic;
    QTest::newRow("nominal: emphasis with underscores")
        << QStringLiteral("It was _not_ resized") << QStringLiteral("not") << Look::Italic;
    QTest::newRow("nominal: strong with stars")
        << QStringLiteral("**Impact** began at 14:02") << QStringLiteral("Impact") << Look::Bold;
    QTest::newRow("nominal: strong with underscores")
        << QStringLiteral("__Impact__ began") << QStringLiteral("Impact") << Look::Bold;
    QTest::newRow("nominal: struck out") << QStringLiteral("~~rollback~~ failover") << QStringLiteral("rollback")
                                         << Look::Strike;
    QTest::newRow("nominal: inline code")
        << QStringLiteral("Run `kubectl rollout undo` first") << QStringLiteral("rollout") << Look::Code;
    QTest::newRow("nominal: inline code in double backticks")
        << QStringLiteral("Use ``a `b` c`` here") << QStringLiteral("`b`") << Look::Code;
    QTest::newRow("nominal: link") << QStringLiteral("See [the runbook](https://wiki.example/db) now")
                                   << QStringLiteral("the runbook") << Look::Link;
    QTest::newRow("nominal: autolink") << QStringLiteral("Status: <https://status.example.com>")
                                       << QStringLiteral("status.example") << Look::Link;
    QTest::newRow("nominal: bare address")
        << QStringLiteral("Dashboard: https://grafana.example/d/abc.") << QStringLiteral("grafana") << Look::Link;
    QTest::newRow("nominal: list marker")
        << QStringLiteral("- Pool size was 20") << QStringLiteral("-") << Look::Marker;
    QTest::newRow("nominal: numbered list marker")
        << QStringLiteral("2. Restarted the API") << QStringLiteral("2.") << Look::Marker;
    QTest::newRow("nominal: task box") << QStringLiteral("- [x] Raise the pool size") << QStringLiteral("[x]")
                                       << Look::Marker;
    QTest::newRow("nominal: block quote")
        << QStringLiteral("> The alert fired late") << QStringLiteral("alert") << Look::Quote;
    QTest::newRow("robustness: snake_case is not emphasis")
        << QStringLiteral("set max_pool_size_total") << QStringLiteral("pool") << Look::Plain;
    QTest::newRow("robustness: stars in inline code stay code")
        << QStringLiteral("call `f(*args*)`") << QStringLiteral("args") << Look::Code;
    QTest::newRow("robustness: underscores in a link target")
        << QStringLiteral("[x](https://a.example/b_c_d)") << QStringLiteral("c_d") << Look::Plain;
    QTest::newRow("robustness: escaped stars")
        << QStringLiteral("\\*not emphasis\\*") << QStringLiteral("not") << Look::Plain;
    QTest::newRow("robustness: arithmetic") << QStringLiteral("5 * 3 * 2 = 30") << QStringLiteral("3") << Look::Plain;
    QTest::newRow("robustness: unclosed backtick") << QStringLiteral("a ` b") << QStringLiteral("b") << Look::Plain;
}

void TestMarkdownHighlighter::builtinInline()
{
    QFETCH(QString, markdown);
    QFETCH(QString, token);
    QFETCH(Look, look);

    QPlainTextEdit edit;
    const auto *highlighter = new MarkdownHighlighter(&edit, Backend::BuiltIn);
    QCOMPARE(highlighter->backend(), Backend::BuiltIn);
    edit.setPlainText(QStringLiteral("Plain text.\n") + markdown);
    const auto block = edit.document()->findBlockByNumber(1);
    const auto position = block.text().indexOf(token);
    QVERIFY(position >= 0);
    const auto format = formatAt(block, position);
    const auto last = formatAt(block, position + token.size() - 1);
    const auto text = edit.palette().color(QPalette::Text).rgb();
    const auto colour = format.hasProperty(QTextFormat::ForegroundBrush) ? format.foreground().color().rgb() : text;

    switch (look) {
    case Look::Heading:
        QCOMPARE(format.fontWeight(), int(QFont::Bold));
        QVERIFY(colour != text);
        break;
    case Look::Bold:
        QCOMPARE(format.fontWeight(), int(QFont::Bold));
        QCOMPARE(last.fontWeight(), int(QFont::Bold));
        break;
    case Look::Italic:
        QVERIFY(format.fontItalic());
        QVERIFY(last.fontItalic());
        break;
    case Look::Strike:
        QVERIFY(format.fontStrikeOut());
        break;
    case Look::Code:
        QCOMPARE(format.background().color(), highlighter->codeBlockBackground());
        QCOMPARE(last.background().color(), highlighter->codeBlockBackground());
        QVERIFY(!format.fontItalic());
        break;
    case Look::Link:
        QVERIFY(format.fontUnderline());
        QVERIFY(colour != text);
        break;
    case Look::Marker:
        QCOMPARE(format.fontWeight(), int(QFont::Bold));
        QVERIFY(colour != text);
        QCOMPARE(last.foreground(), format.foreground());
        break;
    case Look::Quote:
        QVERIFY(format.fontItalic());
        QVERIFY(colour != text);
        break;
    case Look::Plain:
        QVERIFY(!format.fontItalic());
        QVERIFY(format.fontWeight() != int(QFont::Bold));
        QVERIFY(!format.hasProperty(QTextFormat::BackgroundBrush));
        break;
    }
    // The line before is left alone.
    QVERIFY(edit.document()->firstBlock().layout()->formats().isEmpty());
}

void TestMarkdownHighlighter::builtinHeadingCoversLine()
{
    QPlainTextEdit edit;
    new MarkdownHighlighter(&edit, Backend::BuiltIn);
    edit.setPlainText(QStringLiteral("# Checkout outage\n## Timeline of events\nText"));
    const auto h1 = edit.document()->findBlockByNumber(0);
    const auto h2 = edit.document()->findBlockByNumber(1);
    for (const auto &block : {h1, h2}) {
        for (int i = 0; i < block.length() - 1; ++i)
            QCOMPARE(formatAt(block, i).fontWeight(), int(QFont::Bold));
    }
    // Level 1 is larger than level 2, which is larger than body text.
    const auto body = edit.document()->defaultFont().pointSizeF();
    QVERIFY(formatAt(h1, 2).fontPointSize() > formatAt(h2, 3).fontPointSize());
    QVERIFY(formatAt(h2, 3).fontPointSize() > body);
    QVERIFY(edit.document()->findBlockByNumber(2).layout()->formats().isEmpty());
}

void TestMarkdownHighlighter::builtinFencedBlocks()
{
    QPlainTextEdit edit;
    const auto *highlighter = new MarkdownHighlighter(&edit, Backend::BuiltIn);
    edit.setPlainText(RootCause);
    const auto *document = edit.document();

    const QStringList code{QStringLiteral("```yaml"),    QStringLiteral("database:"),  QStringLiteral("maxPoolSize"),
                           QStringLiteral("db-primary"), QStringLiteral("ERROR pool"), QStringLiteral("INFO")};
    for (const auto &line : code) {
        const auto block = blockWith(document, line);
        QVERIFY2(MarkdownHighlighter::isCodeBlockLine(block), qPrintable(line));
        QCOMPARE(formatAt(block, block.length() - 2).background().color(), highlighter->codeBlockBackground());
    }
    for (const auto &line :
         {QStringLiteral("What happened"), QStringLiteral("Between the blocks"), QStringLiteral("After the blocks")}) {
        const auto block = blockWith(document, line);
        QVERIFY2(!MarkdownHighlighter::isCodeBlockLine(block), qPrintable(line));
        QVERIFY(!formatAt(block, 0).hasProperty(QTextFormat::BackgroundBrush));
    }
    // Both closing fences belong to their blocks.
    int fences = 0;
    for (auto block = document->begin(); block.isValid(); block = block.next()) {
        if (block.text() == QLatin1String("```")) {
            QVERIFY(MarkdownHighlighter::isCodeBlockLine(block));
            ++fences;
        }
    }
    QCOMPARE(fences, 2);

    // The lines are coloured in the block's language: a YAML key, number and comment differ.
    const auto yaml = blockWith(document, QStringLiteral("maxPoolSize"));
    const auto key = colourAt(yaml, yaml.text().indexOf(QLatin1String("maxPoolSize")));
    const auto number = colourAt(yaml, yaml.text().indexOf(QLatin1String("20")));
    const auto comment = colourAt(yaml, yaml.text().indexOf(QLatin1String("# too")));
    QVERIFY(key != 0 && number != 0 && comment != 0);
    QCOMPARE(QSet<QRgb>({key, number, comment}).size(), 3);
    const auto log = blockWith(document, QStringLiteral("ERROR pool"));
    QVERIFY(colourAt(log, log.text().indexOf(QLatin1String("ERROR"))) != 0);
    QCOMPARE(formatAt(log, log.text().indexOf(QLatin1String("ERROR"))).fontWeight(), int(QFont::Bold));
    // Markdown inside a code block is code: no emphasis from the stars of a glob.
    edit.setPlainText(QStringLiteral("```\nrm -rf /tmp/*cache*\n```"));
    QVERIFY(!formatAt(document->findBlockByNumber(1), 12).fontItalic());
}

void TestMarkdownHighlighter::fenceEditsReflow()
{
    QPlainTextEdit edit;
    new MarkdownHighlighter(&edit, Backend::BuiltIn);
    edit.setPlainText(QStringLiteral("```sql\nselect 1;\nAfter *the* block"));
    settle();
    const auto *document = edit.document();
    // Unclosed, the block runs to the end.
    QVERIFY(MarkdownHighlighter::isCodeBlockLine(document->findBlockByNumber(2)));
    QVERIFY(!formatAt(document->findBlockByNumber(2), 7).fontItalic());

    QTextCursor cursor(document->findBlockByNumber(1));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral("\n```"));
    settle();
    const auto after = blockWith(document, QStringLiteral("After"));
    QVERIFY(!MarkdownHighlighter::isCodeBlockLine(after));
    QVERIFY(formatAt(after, 7).fontItalic());

    // Removing the opening fence turns the rest back into text.
    cursor = QTextCursor(document->firstBlock());
    cursor.select(QTextCursor::BlockUnderCursor);
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    settle();
    QCOMPARE(document->firstBlock().text(), QStringLiteral("select 1;"));
    QVERIFY(!MarkdownHighlighter::isCodeBlockLine(document->firstBlock()));
    // The former closing fence now opens a block.
    QVERIFY(MarkdownHighlighter::isCodeBlockLine(blockWith(document, QStringLiteral("After"))));
}

void TestMarkdownHighlighter::longerFencesNest()
{
    QPlainTextEdit edit;
    new MarkdownHighlighter(&edit, Backend::BuiltIn);
    edit.setPlainText(QStringLiteral("````markdown\n```yaml\na: 1\n```\n````\nafter\n~~~\n```\n~~~\nend"));
    const auto *document = edit.document();
    for (int line = 0; line <= 4; ++line)
        QVERIFY2(MarkdownHighlighter::isCodeBlockLine(document->findBlockByNumber(line)),
                 qPrintable(QString::number(line)));
    QVERIFY(!MarkdownHighlighter::isCodeBlockLine(document->findBlockByNumber(5)));
    // A backtick fence does not close a tilde fence.
    for (int line = 6; line <= 8; ++line)
        QVERIFY2(MarkdownHighlighter::isCodeBlockLine(document->findBlockByNumber(line)),
                 qPrintable(QString::number(line)));
    QVERIFY(!MarkdownHighlighter::isCodeBlockLine(document->findBlockByNumber(9)));
}

void TestMarkdownHighlighter::builtinFollowsPalette()
{
    QPlainTextEdit edit;
    auto light = edit.palette();
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    edit.setPalette(light);
    const auto *highlighter = new MarkdownHighlighter(&edit, Backend::BuiltIn);
    edit.setPlainText(QStringLiteral("# Impact\n```log\n14:02 ERROR down\n```"));
    QVERIFY(!highlighter->isDark());
    const auto heading = colourAt(edit.document()->firstBlock(), 2);
    const auto error = colourAt(edit.document()->findBlockByNumber(2), 6);
    const auto band = highlighter->codeBlockBackground();

    edit.setPalette(darkPalette(light));
    QVERIFY(highlighter->isDark());
    QVERIFY(colourAt(edit.document()->firstBlock(), 2) != heading);
    QVERIFY(colourAt(edit.document()->findBlockByNumber(2), 6) != error);
    QVERIFY(highlighter->codeBlockBackground() != band);
    QVERIFY(highlighter->codeBlockBackground().lightness() < 80);

    edit.setPalette(light);
    QVERIFY(!highlighter->isDark());
    QCOMPARE(colourAt(edit.document()->firstBlock(), 2), heading);
}

void TestMarkdownHighlighter::markdownEditIsHighlighted()
{
    editor::MarkdownEdit edit;
    QVERIFY(edit.highlighter());
    QCOMPARE(edit.highlighter()->backend(), highlight::CodeHighlighter::defaultBackend());
    QCOMPARE(edit.highlighter()->syntaxHighlighter()->document(), edit.document());
    edit.setPlainText(QStringLiteral("# Summary\nThe *pool* ran dry."));
    settle();
    const auto heading = edit.document()->firstBlock();
    QVERIFY(!heading.layout()->formats().isEmpty());
    QVERIFY(formatAt(heading, 2).hasProperty(QTextFormat::ForegroundBrush));
    QVERIFY(formatAt(edit.document()->findBlockByNumber(1), 5).fontItalic());
}

void TestMarkdownHighlighter::codeBlockBandIsPainted()
{
    editor::MarkdownEdit edit;
    auto palette = edit.palette();
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    edit.setPalette(palette);
    edit.resize(420, 260);
    edit.setPlainText(QStringLiteral("Before\n```sql\nselect 1;\n```\nAfter"));
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    settle();

    const auto image = edit.viewport()->grab().toImage();
    const auto rowOf = [&edit](int blockNumber) {
        const auto line = edit.cursorRect(QTextCursor(edit.document()->findBlockByNumber(blockNumber)));
        return int(line.center().y() * edit.viewport()->devicePixelRatioF());
    };
    // Far right of the code line, where no character is: the band, as wide as the editor.
    const int x = int((edit.viewport()->width() - 8) * edit.viewport()->devicePixelRatioF());
    QCOMPARE(image.pixelColor(x, rowOf(2)).rgb(), edit.highlighter()->codeBlockBackground().rgb());
    QCOMPARE(image.pixelColor(x, rowOf(1)).rgb(), edit.highlighter()->codeBlockBackground().rgb());
    QCOMPARE(image.pixelColor(x, rowOf(0)).rgb(), QColor(Qt::white).rgb());
    QCOMPARE(image.pixelColor(x, rowOf(4)).rgb(), QColor(Qt::white).rgb());
}

void TestMarkdownHighlighter::largeDocument()
{
    // A pasted log of about a megabyte (the editor's paste limit) in one fenced block, and
    // as much Markdown prose: highlighting must finish and stay correct at the end.
    QString markdown;
    markdown.reserve(2'100'000);
    markdown += QStringLiteral("```log\n");
    for (int i = 0; markdown.size() < 1'000'000; ++i)
        markdown += QStringLiteral("2026-11-23T14:%1:00Z ERROR pool exhausted (active=20) \"checkout\"\n")
                        .arg(i % 60, 2, 10, QLatin1Char('0'));
    markdown += QStringLiteral("```\n");
    while (markdown.size() < 2'000'000)
        markdown += QStringLiteral("- The *pool* was **full**; see [runbook](https://wiki.example/x) and `kubectl`.\n");
    markdown += QStringLiteral("# The end");

    QPlainTextEdit edit;
    new MarkdownHighlighter(&edit);
    QElapsedTimer timer;
    timer.start();
    edit.setPlainText(markdown);
    settle();
    qInfo("Highlighted %lld characters in %d lines with %s in %lld ms", qlonglong(markdown.size()),
          edit.document()->blockCount(), qPrintable(highlight::CodeHighlighter::backendName()),
          qlonglong(timer.elapsed()));
    const auto last = edit.document()->lastBlock();
    QVERIFY(!MarkdownHighlighter::isCodeBlockLine(last));
    QVERIFY(formatAt(last, 3).hasProperty(QTextFormat::ForegroundBrush));
    QVERIFY(MarkdownHighlighter::isCodeBlockLine(edit.document()->findBlockByNumber(1000)));
}

#ifdef HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING
void TestMarkdownHighlighter::ksyntaxUsesMarkdownDefinition()
{
    QVERIFY(highlight::syntaxRepository().definitionForName(QStringLiteral("Markdown")).isValid());
    QPlainTextEdit edit;
    const auto *highlighter = new MarkdownHighlighter(&edit);
    QCOMPARE(highlighter->backend(), Backend::KSyntaxHighlighting);
    const auto *ksyntax = dynamic_cast<KSyntaxHighlighting::SyntaxHighlighter *>(highlighter->syntaxHighlighter());
    QVERIFY(ksyntax);
    QCOMPARE(ksyntax->definition().name(), QStringLiteral("Markdown"));

    edit.setPlainText(QStringLiteral("# Root cause\nThe pool was **full**."));
    settle();
    const auto heading = edit.document()->firstBlock();
    QVERIFY(!heading.layout()->formats().isEmpty());
    QVERIFY(formatAt(heading, 5).hasProperty(QTextFormat::ForegroundBrush));
    QCOMPARE(formatAt(edit.document()->findBlockByNumber(1), 15).fontWeight(), int(QFont::Bold));
}

void TestMarkdownHighlighter::ksyntaxYamlBlock()
{
    QPlainTextEdit edit;
    new MarkdownHighlighter(&edit);
    edit.setPlainText(RootCause);
    settle();
    QSet<QRgb> colours;
    for (auto block = blockWith(edit.document(), QStringLiteral("```yaml")).next();
         block.isValid() && block.text() != QLatin1String("```"); block = block.next()) {
        QVERIFY(MarkdownHighlighter::isCodeBlockLine(block));
        colours.unite(foregrounds(block));
    }
    QVERIFY2(colours.size() >= 3, qPrintable(QString::number(colours.size())));
    const auto yaml = blockWith(edit.document(), QStringLiteral("maxPoolSize"));
    QVERIFY(colourAt(yaml, yaml.text().indexOf(QLatin1String("maxPoolSize"))) !=
            colourAt(yaml, yaml.text().indexOf(QLatin1String("20"))));
}

void TestMarkdownHighlighter::ksyntaxLogBlock()
{
    QVERIFY(highlight::CodeHighlighter().syntaxName(QStringLiteral("log")).startsWith(QLatin1String("Log File")));
    QPlainTextEdit edit;
    new MarkdownHighlighter(&edit);
    edit.setPlainText(RootCause + QStringLiteral("\n```\nplain code\n```"));
    settle();
    const auto log = blockWith(edit.document(), QStringLiteral("ERROR pool"));
    QVERIFY(MarkdownHighlighter::isCodeBlockLine(log));
    // Markdown's definition leaves a "log" block in its one code colour, as it does a block
    // without a language; the log definition colours the level, and the time apart from it.
    const auto plain = blockWith(edit.document(), QStringLiteral("plain code"));
    const auto codeColour = colourAt(plain, 0);
    const auto error = colourAt(log, log.text().indexOf(QLatin1String("ERROR")));
    QVERIFY(error != 0);
    QVERIFY(error != codeColour);
    QVERIFY(colourAt(log, log.text().indexOf(QLatin1String("14:02"))) != error);
    const auto info = blockWith(edit.document(), QStringLiteral("INFO recovered"));
    QVERIFY(colourAt(info, info.text().indexOf(QLatin1String("INFO"))) != error);
    QVERIFY(colourAt(info, info.text().indexOf(QLatin1String("INFO"))) != codeColour);
}

void TestMarkdownHighlighter::ksyntaxFollowsPalette()
{
    QPlainTextEdit edit;
    auto light = edit.palette();
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    edit.setPalette(light);
    const auto *highlighter = new MarkdownHighlighter(&edit);
    edit.setPlainText(RootCause);
    settle();
    QVERIFY(!highlighter->isDark());
    const auto yaml = blockWith(edit.document(), QStringLiteral("maxPoolSize"));
    const auto log = blockWith(edit.document(), QStringLiteral("ERROR pool"));
    const auto lightColours = foregrounds(edit.document()->firstBlock()) + foregrounds(yaml) + foregrounds(log);

    edit.setPalette(darkPalette(light));
    settle();
    QVERIFY(highlighter->isDark());
    const auto darkColours = foregrounds(edit.document()->firstBlock()) + foregrounds(yaml) + foregrounds(log);
    QVERIFY(!darkColours.isEmpty());
    QVERIFY(darkColours != lightColours);
    // The theme's text reads on the base: Breeze Dark's is light, Breeze Light's was dark.
    const auto paragraph = blockWith(edit.document(), QStringLiteral("Between the blocks"));
    QVERIFY(QColor(colourAt(paragraph, 0)).lightness() > 128);
    edit.setPalette(light);
    settle();
    QVERIFY(!highlighter->isDark());
    QVERIFY(QColor(colourAt(paragraph, 0)).lightness() < 128);
}
#endif

QTEST_MAIN(TestMarkdownHighlighter)
#include "tst_markdownhighlighter.moc"
