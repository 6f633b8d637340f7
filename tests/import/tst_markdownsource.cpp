// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/markdown/markdownsource.h"

#include <QTest>

using namespace hindsight::importing;
using namespace hindsight::importing::mdimport;

namespace {

// The first top-level block of type ("paragraph", "table", "list"…), or nullptr.
cmark_node *firstBlock(const MarkdownSource &source, const char *type)
{
    for (auto *block : source.blocks()) {
        if (MarkdownTree::typeName(block) == QLatin1String(type))
            return block;
    }
    return nullptr;
}

// The first node of type anywhere in the document.
cmark_node *firstNode(const MarkdownSource &source, const char *type)
{
    cmark_node *found = nullptr;
    MarkdownTree::walk(source.root(), [&](cmark_node *node) {
        if (!found && MarkdownTree::typeName(node) == QLatin1String(type))
            found = node;
    });
    return found;
}

} // namespace

class tst_MarkdownSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data();
    void lines();
    void decoded_data();
    void decoded();
    void plainText_data();
    void plainText();
    void tableRows_data();
    void tableRows();
    void itemBody();
};

void tst_MarkdownSource::lines_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<int>("firstLine");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::newRow("offset: the body's lines are the file's, after front matter")
        << QStringLiteral("text\n\n# Heading\n") << 5 << QStringLiteral("heading") << 7 << 7;
    QTest::newRow("setext: the underline is the heading's")
        << QStringLiteral("Title\n=====\n\ntext\n") << 1 << QStringLiteral("heading") << 1 << 2;
    QTest::newRow("setext: a paragraph right under it is not its")
        << QStringLiteral("Title\n-----\nA paragraph.\n") << 1 << QStringLiteral("heading") << 1 << 2;
    QTest::newRow("list: the blank line after it is not its")
        << QStringLiteral("- a\n- b\n\ntext\n") << 1 << QStringLiteral("list") << 1 << 2;
    QTest::newRow("table under a paragraph: the paragraph keeps its lines")
        << QStringLiteral("intro\nmore\n| a | b |\n|---|---|\n| 1 | 2 |\n") << 1 << QStringLiteral("paragraph") << 1
        << 2;
    QTest::newRow("table under a paragraph: the table starts at its header")
        << QStringLiteral("intro\nmore\n| a | b |\n|---|---|\n| 1 | 2 |\n") << 1 << QStringLiteral("table") << 3 << 5;
    QTest::newRow("table under a paragraph, without rows")
        << QStringLiteral("intro\n| a | b |\n|---|---|\n") << 10 << QStringLiteral("table") << 11 << 12;
    QTest::newRow("html comment on one line ends where it starts")
        << QStringLiteral("text\n\n<!-- note -->\n\nmore\n") << 1 << QStringLiteral("html_block") << 3 << 3;
    QTest::newRow("CRLF: lines as with LF")
        << QStringLiteral("text\r\n\r\n## Heading\r\n") << 1 << QStringLiteral("heading") << 3 << 3;
}

void tst_MarkdownSource::lines()
{
    QFETCH(QString, markdown);
    QFETCH(int, firstLine);
    QFETCH(QString, type);
    QFETCH(int, start);
    QFETCH(int, end);
    const MarkdownSource source(markdown, firstLine);
    cmark_node *block = firstBlock(source, qPrintable(type));
    QVERIFY(block);
    QCOMPARE(source.startLine(block), start);
    QCOMPARE(source.endLine(block), end);
}

void tst_MarkdownSource::decoded_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("type"); // the first node of this type is decoded
    QTest::addColumn<QString>("expected");
    const QString paragraph = QStringLiteral("paragraph");
    const QString cell = QStringLiteral("table_cell");
    QTest::newRow("entities: decoded, &lt; and &gt; kept")
        << QStringLiteral("R&amp;D said &quot;go&quot; &mdash; &lt;b&gt; &#x2014; &hellip;") << paragraph
        << QStringLiteral("R&D said \"go\" — &lt;b&gt; — …");
    QTest::newRow("entities: one that stands for two characters")
        << QStringLiteral("&NotEqualTilde; &amp; &#x1F600;") << paragraph
        << QStringLiteral("\u2242\u0338 & \U0001F600");
    QTest::newRow("entities: not in code spans")
        << QStringLiteral("`&amp;` and &amp;") << paragraph << QStringLiteral("`&amp;` and &");
    QTest::newRow("entities: an unknown one is text")
        << QStringLiteral("&bogus; &amp;bogus;") << paragraph << QStringLiteral("&bogus; &bogus;");
    QTest::newRow("escapes: kept as written")
        << QStringLiteral("\\*not emphasis\\* &amp; x") << paragraph << QStringLiteral("\\*not emphasis\\* & x");
    QTest::newRow("markup: kept as written")
        << QStringLiteral("**bold** _it_ [l](http://x?a=1&amp;b=2) &amp;") << paragraph
        << QStringLiteral("**bold** _it_ [l](http://x?a=1&amp;b=2) &");
    QTest::newRow("lines: joined, each trimmed") << QStringLiteral("first &amp; one\n  second &amp; two") << paragraph
                                                 << QStringLiteral("first & one\nsecond & two");
    QTest::newRow("list item: a lazy line, which cmark-gfm misplaces, decoded too")
        << QStringLiteral("- item &amp; one\nlazy &amp; two") << paragraph << QStringLiteral("item & one\nlazy & two");
    QTest::newRow("multibyte: before and after")
        << QStringLiteral("Zürich &amp; Genève &ndash; ok") << paragraph << QStringLiteral("Zürich & Genève – ok");
    QTest::newRow("cell: \\| is |, <br> a line break")
        << QStringLiteral("| a |\n|---|\n| x \\| y<br>z &amp; w |") << cell << QStringLiteral("a");
    QTest::newRow("cell: a row's cell") << QStringLiteral("| a |\n|---|\n| x \\| y<br>z &amp; w |")
                                        << QStringLiteral("row") << QStringLiteral("x | y\nz & w");
    QTest::newRow("paragraph: a <br> is a line break")
        << QStringLiteral("one<br/>two") << paragraph << QStringLiteral("one\ntwo");
}

void tst_MarkdownSource::decoded()
{
    QFETCH(QString, markdown);
    QFETCH(QString, type);
    QFETCH(QString, expected);
    const MarkdownSource source(markdown, 1);
    cmark_node *node = nullptr;
    if (type == u"row") {
        const auto rows = source.rows(firstBlock(source, "table"));
        QVERIFY(!rows.isEmpty());
        QCOMPARE(source.cellMarkdown(rows.first().cells.first()), expected);
        return;
    }
    node = firstNode(source, qPrintable(type));
    QVERIFY(node);
    QCOMPARE(source.decoded(node), expected);
}

void tst_MarkdownSource::plainText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");
    QTest::newRow("emphasis around all of it goes") << QStringLiteral("**13:05**") << QStringLiteral("13:05");
    QTest::newRow("code around all of it goes") << QStringLiteral("`SEV2`") << QStringLiteral("SEV2");
    QTest::newRow("nested emphasis around all of it goes") << QStringLiteral("_**Dana**_") << QStringLiteral("Dana");
    QTest::newRow("emphasis inside is left out") << QStringLiteral("a **b** c") << QStringLiteral("a b c");
    QTest::newRow("code inside keeps its backticks") << QStringLiteral("A `&amp;` B") << QStringLiteral("A `&amp;` B");
    QTest::newRow("entities and escapes decoded")
        << QStringLiteral("A &lt;b&gt; \\*x\\* &#39;y&#39;") << QStringLiteral("A <b> *x* 'y'");
    QTest::newRow("links as their text") << QStringLiteral("see [the PR](https://x.org/1)")
                                         << QStringLiteral("see the PR");
    QTest::newRow("an autolink as its address")
        << QStringLiteral("<https://x.org/1>") << QStringLiteral("https://x.org/1");
    QTest::newRow("images as their alt text") << QStringLiteral("![chart](a.png) here") << QStringLiteral("chart here");
    QTest::newRow("line breaks as spaces") << QStringLiteral("one\ntwo") << QStringLiteral("one two");
}

void tst_MarkdownSource::plainText()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    QCOMPARE(plainTextOf(markdown), expected);
    const MarkdownSource source(markdown, 1);
    QCOMPARE(mdimport::plainText(firstBlock(source, "paragraph")), expected);
}

void tst_MarkdownSource::tableRows_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<int>("written");
    QTest::addColumn<QStringList>("cells"); // as written
    QTest::newRow("as many cells as the header")
        << QStringLiteral("| 1 | **2** |") << 2 << QStringList{QStringLiteral("1"), QStringLiteral("**2**")};
    QTest::newRow("fewer: the missing ones are empty")
        << QStringLiteral("| 1 |") << 1 << QStringList{QStringLiteral("1"), QString()};
    QTest::newRow("an empty cell is written")
        << QStringLiteral("|  | 2 |") << 2 << QStringList{QString(), QStringLiteral("2")};
    QTest::newRow("more: kept with the last, which cmark-gfm drops")
        << QStringLiteral("| 1 | 2 | 3 \\| x | 4 |") << 4
        << QStringList{QStringLiteral("1"), QStringLiteral("2 | 3 | x | 4")};
    QTest::newRow("more, without the outer pipes")
        << QStringLiteral("1 | 2 | 3") << 3 << QStringList{QStringLiteral("1"), QStringLiteral("2 | 3")};
    QTest::newRow("more, but empty") << QStringLiteral("| 1 | 2 | | |") << 4
                                     << QStringList{QStringLiteral("1"), QStringLiteral("2")};
}

void tst_MarkdownSource::tableRows()
{
    QFETCH(QString, row);
    QFETCH(int, written);
    QFETCH(QStringList, cells);
    const MarkdownSource source(QStringLiteral("| a | b |\n|---|---|\n") + row + QLatin1Char('\n'), 1);
    cmark_node *table = firstBlock(source, "table");
    QVERIFY(table);
    const auto rows = source.rows(table);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().line, 3);
    QCOMPARE(rows.first().written, written);
    QStringList texts;
    for (const auto &cell : rows.first().cells)
        texts.append(source.cellWritten(cell));
    QCOMPARE(texts, cells);
}

void tst_MarkdownSource::itemBody()
{
    const MarkdownSource source(QStringLiteral("- [x] 13:05 Deploy\n  - canary first\n\n    indented more\n- next\n"),
                                1);
    const auto items = source.items(firstBlock(source, "list"));
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.first().checked, std::optional<bool>(true));
    QCOMPARE(items.last().checked, std::nullopt);
    QCOMPARE(source.decoded(items.first().paragraph), QStringLiteral("13:05 Deploy"));
    QCOMPARE(source.body(items.first()), QStringLiteral("- canary first\n\n  indented more"));
    QCOMPARE(items.last().line, 5);
}

QTEST_GUILESS_MAIN(tst_MarkdownSource)
#include "tst_markdownsource.moc"
