// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/markdown/markdowndocumentbuilder.h"
#include "highlight/codehighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPalette>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

#include <memory>

using namespace hindsight;
using namespace hindsight::exporting;

namespace {

constexpr qreal ParagraphSpacing = 7;
constexpr qreal ItemSpacing = 3;
constexpr qreal QuoteIndent = 20;

const QColor linkColour(0x0b, 0x5c, 0xad);
const QColor quoteColour(0x5f, 0x67, 0x70);
const QChar lineSeparator = QChar(QChar::LineSeparator);

// A style whose every construct is told apart by its formats.
MarkdownDocumentStyle testStyle()
{
    MarkdownDocumentStyle style;
    style.paragraph.setTopMargin(2);
    style.paragraph.setBottomMargin(ParagraphSpacing);
    style.listItemSpacing = ItemSpacing;
    style.quoteIndent = QuoteIndent;
    style.quoteText.setForeground(quoteColour);
    for (int level = 1; level <= 6; ++level) {
        style.headingBlocks[size_t(level - 1)].setTopMargin(12);
        style.headings[size_t(level - 1)].setFontPointSize(20 - level);
        style.headings[size_t(level - 1)].setFontWeight(QFont::Bold);
    }
    style.code.setFontFixedPitch(true);
    style.code.setBackground(QColor(0xf3, 0xf4, 0xf6));
    style.codeBlockText.setFontFixedPitch(true);
    style.codeBlockText.setFontPointSize(8.5);
    style.codeBlock.setLeftMargin(8);
    style.link.setForeground(linkColour);
    style.tableText.setFontPointSize(8);
    style.tableHeaderText.setFontWeight(QFont::Bold);
    style.tableHeaderFill = QColor(0xee, 0xf1, 0xf4);
    style.table.setHeaderRowCount(1);
    style.linkTarget = [](const QString &url) {
        return url.startsWith(u"https://") || url.startsWith(u"http://") || url.startsWith(u"mailto:") ? url
                                                                                                       : QString();
    };
    return style;
}

std::unique_ptr<QTextDocument> build(const QString &markdown, const MarkdownDocumentStyle &style = testStyle())
{
    auto document = std::make_unique<QTextDocument>();
    MarkdownDocumentBuilder(style).build(markdown, document.get());
    return document;
}

std::unique_ptr<QTextDocument> buildCell(const QString &markdown)
{
    auto document = std::make_unique<QTextDocument>();
    MarkdownDocumentBuilder(testStyle()).buildCell(markdown, document.get());
    return document;
}

QString listStyle(QTextListFormat::Style style)
{
    switch (style) {
    case QTextListFormat::ListDisc:
        return QStringLiteral("disc");
    case QTextListFormat::ListCircle:
        return QStringLiteral("circle");
    case QTextListFormat::ListSquare:
        return QStringLiteral("square");
    case QTextListFormat::ListDecimal:
        return QStringLiteral("decimal");
    default:
        return QStringLiteral("other");
    }
}

// What a block is, as a short line: "h2: Title", "list1 disc: item", "quote2 p: text",
// "code[yaml]`: a: 1", "hr", "indent1 p: more".
QString describe(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    QStringList kinds;
    if (const int level = format.intProperty(QTextFormat::BlockQuoteLevel); level > 0)
        kinds.append(QStringLiteral("quote%1").arg(level));
    if (const QTextList *list = block.textList()) {
        QString kind = QStringLiteral("list%1 %2").arg(list->format().indent()).arg(listStyle(list->format().style()));
        kind += list->format().numberSuffix();
        if (format.marker() == QTextBlockFormat::MarkerType::Checked)
            kind += QStringLiteral(" checked");
        else if (format.marker() == QTextBlockFormat::MarkerType::Unchecked)
            kind += QStringLiteral(" unchecked");
        kinds.append(kind);
    } else if (format.indent() > 0) {
        kinds.append(QStringLiteral("indent%1").arg(format.indent()));
    }
    if (format.headingLevel() > 0) {
        kinds.append(QStringLiteral("h%1").arg(format.headingLevel()));
    } else if (format.hasProperty(QTextFormat::BlockCodeLanguage)) {
        QString kind = QStringLiteral("code");
        if (const QString language = format.stringProperty(QTextFormat::BlockCodeLanguage); !language.isEmpty())
            kind += u'[' + language + u']';
        kind += format.stringProperty(QTextFormat::BlockCodeFence);
        kinds.append(kind);
    } else if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
        kinds.append(QStringLiteral("hr"));
    } else if (!block.textList()) {
        kinds.append(QStringLiteral("p"));
    }
    QString text = block.text();
    text.replace(lineSeparator, QStringLiteral("⏎"));
    return text.isEmpty() ? kinds.join(u' ') : kinds.join(u' ') + QStringLiteral(": ") + text;
}

QStringList describe(const QTextDocument &document)
{
    QStringList blocks;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!QTextCursor(block).currentTable())
            blocks.append(describe(block));
    }
    return blocks;
}

// The format of the character where word starts in document.
QTextCharFormat formatOf(const QTextDocument &document, const QString &word)
{
    const QTextCursor found = document.find(word);
    if (found.isNull())
        return {};
    QTextCursor cursor(const_cast<QTextDocument *>(&document));
    cursor.setPosition(found.selectionStart() + 1);
    return cursor.charFormat();
}

bool hasFormat(const QTextCharFormat &format, const QString &expected)
{
    if (expected == u"bold")
        return format.fontWeight() == QFont::Bold;
    if (expected == u"italic")
        return format.fontItalic();
    if (expected == u"strike")
        return format.fontStrikeOut();
    if (expected == u"code")
        return format.fontFixedPitch() && format.background().color() == QColor(0xf3, 0xf4, 0xf6);
    if (expected == u"quote")
        return format.foreground().color() == quoteColour;
    if (expected == u"heading")
        return format.fontWeight() == QFont::Bold && format.fontPointSize() == 18;
    if (expected == u"plain")
        return !format.isAnchor() && format.fontWeight() != QFont::Bold && !format.fontItalic() &&
               !format.fontFixedPitch() && format.foreground().style() == Qt::NoBrush;
    if (expected.startsWith(u"link:"))
        return format.isAnchor() && format.anchorHref() == expected.sliced(5) &&
               format.foreground().color() == linkColour;
    return false;
}

} // namespace

class TestMarkdownDocumentBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocks_data();
    void blocks();
    void inlineFormats_data();
    void inlineFormats();
    void listsShareTheirItems();
    void spacing();
    void table();
    void codeIsHighlighted();
    void imagesNameTheirSource();
    void cells_data();
    void cells();
    void screenStyle();
    void robustness_data();
    void robustness();
    void longTextIsBuiltInBoundedPieces_data();
    void longTextIsBuiltInBoundedPieces();
};

void TestMarkdownDocumentBuilder::blocks_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nominal: headings") << QStringLiteral("# One\n\n### Three\n\nSetext\n---")
                                       << QStringList{QStringLiteral("h1: One"), QStringLiteral("h3: Three"),
                                                      QStringLiteral("h2: Setext")};
    QTest::newRow("nominal: paragraphs, soft breaks as spaces")
        << QStringLiteral("one\ntwo\n\nthree") << QStringList{QStringLiteral("p: one two"), QStringLiteral("p: three")};
    QTest::newRow("nominal: hard breaks stay in their paragraph")
        << QStringLiteral("one  \ntwo\\\nthree") << QStringList{QStringLiteral("p: one⏎two⏎three")};
    QTest::newRow("nominal: bullet list")
        << QStringLiteral("- one\n- two")
        << QStringList{QStringLiteral("list1 disc: one"), QStringLiteral("list1 disc: two")};
    QTest::newRow("nominal: ordered list")
        << QStringLiteral("1. one\n2) two")
        << QStringList{QStringLiteral("list1 decimal.: one"), QStringLiteral("list1 decimal): two")};
    QTest::newRow("nominal: nested lists")
        << QStringLiteral("- a\n  - b\n    1. c\n    2. d\n- e")
        << QStringList{QStringLiteral("list1 disc: a"), QStringLiteral("list2 circle: b"),
                       QStringLiteral("list3 decimal.: c"), QStringLiteral("list3 decimal.: d"),
                       QStringLiteral("list1 disc: e")};
    QTest::newRow("nominal: task list") << QStringLiteral("- [ ] open\n- [x] done")
                                        << QStringList{QStringLiteral("list1 disc unchecked: open"),
                                                       QStringLiteral("list1 disc checked: done")};
    QTest::newRow("nominal: an item's second paragraph lines up with it")
        << QStringLiteral("- first\n\n  second\n- third")
        << QStringList{QStringLiteral("list1 disc: first"), QStringLiteral("indent1 p: second"),
                       QStringLiteral("list1 disc: third")};
    QTest::newRow("nominal: nested block quotes")
        << QStringLiteral("> outer\n>\n> > inner\n\nafter")
        << QStringList{QStringLiteral("quote1 p: outer"), QStringLiteral("quote2 p: inner"),
                       QStringLiteral("p: after")};
    QTest::newRow("nominal: fenced code, one block") << QStringLiteral("```yaml title=a.yaml\na: 1\n\nb: 2\n```")
                                                     << QStringList{QStringLiteral("code[yaml]`: a: 1⏎⏎b: 2")};
    QTest::newRow("nominal: tilde fence") << QStringLiteral("~~~\nx\n~~~") << QStringList{QStringLiteral("code~: x")};
    QTest::newRow("nominal: indented code") << QStringLiteral("text\n\n    a\n    b")
                                            << QStringList{QStringLiteral("p: text"), QStringLiteral("code: a⏎b")};
    QTest::newRow("nominal: code in a list item")
        << QStringLiteral("- item\n\n  ```sh\n  ls\n  ```")
        << QStringList{QStringLiteral("list1 disc: item"), QStringLiteral("indent1 code[sh]`: ls")};
    QTest::newRow("nominal: thematic break")
        << QStringLiteral("a\n\n***\n\nb")
        << QStringList{QStringLiteral("p: a"), QStringLiteral("hr"), QStringLiteral("p: b")};
    QTest::newRow("nominal: HTML block through Qt's HTML")
        << QStringLiteral("<div>some <i>html</i></div>") << QStringList{QStringLiteral("p: some html")};
    QTest::newRow("nominal: entities") << QStringLiteral("&amp; &copy; &#x41;")
                                       << QStringList{QStringLiteral("p: & © A")};
    QTest::newRow("edge: an HTML comment leaves no block")
        << QStringLiteral("a\n\n<!-- note -->\n\nb") << QStringList{QStringLiteral("p: a"), QStringLiteral("p: b")};
    QTest::newRow("edge: inline line break tag") << QStringLiteral("a<br>b") << QStringList{QStringLiteral("p: a⏎b")};
    QTest::newRow("edge: a line after a line break tag starts with its first word")
        << QStringLiteral("one<br>\ntwo <br> three") << QStringList{QStringLiteral("p: one⏎two ⏎three")};
    QTest::newRow("edge: unclosed inline element ends with its paragraph")
        << QStringLiteral("a <span>b\n\nc") << QStringList{QStringLiteral("p: a b"), QStringLiteral("p: c")};
    QTest::newRow("edge: empty item keeps its bullet")
        << QStringLiteral("- a\n-\n- c")
        << QStringList{QStringLiteral("list1 disc: a"), QStringLiteral("list1 disc"), QStringLiteral("list1 disc: c")};
    QTest::newRow("edge: empty text") << QString() << QStringList{QStringLiteral("p")};
}

void TestMarkdownDocumentBuilder::blocks()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, expected);
    const auto document = build(markdown);
    QCOMPARE(describe(*document), expected);
}

void TestMarkdownDocumentBuilder::inlineFormats_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QStringList>("formats");

    QTest::newRow("nominal: emphasis") << QStringLiteral("an *emphasised* word") << QStringLiteral("emphasised")
                                       << QStringList{QStringLiteral("italic")};
    QTest::newRow("nominal: strong") << QStringLiteral("a __strong__ word") << QStringLiteral("strong")
                                     << QStringList{QStringLiteral("bold")};
    QTest::newRow("nominal: both") << QStringLiteral("***both***") << QStringLiteral("both")
                                   << QStringList{QStringLiteral("bold"), QStringLiteral("italic")};
    QTest::newRow("nominal: strikethrough")
        << QStringLiteral("~~gone~~ here") << QStringLiteral("gone") << QStringList{QStringLiteral("strike")};
    QTest::newRow("nominal: code span") << QStringLiteral("run `SHOW POOLS` now") << QStringLiteral("SHOW POOLS")
                                        << QStringList{QStringLiteral("code")};
    QTest::newRow("nominal: bold code") << QStringLiteral("**`cl_waiting`**: clients") << QStringLiteral("cl_waiting")
                                        << QStringList{QStringLiteral("code"), QStringLiteral("bold")};
    QTest::newRow("nominal: link") << QStringLiteral("see [the runbook](https://wiki.example.com/a_(b)) now")
                                   << QStringLiteral("the runbook")
                                   << QStringList{QStringLiteral("link:https://wiki.example.com/a_(b)")};
    QTest::newRow("nominal: code in a link")
        << QStringLiteral("[`pool.yaml`](https://git.example.com/pool.yaml)") << QStringLiteral("pool.yaml")
        << QStringList{QStringLiteral("code"), QStringLiteral("link:https://git.example.com/pool.yaml")};
    QTest::newRow("nominal: autolink") << QStringLiteral("<https://status.example.com>")
                                       << QStringLiteral("status.example.com")
                                       << QStringList{QStringLiteral("link:https://status.example.com")};
    QTest::newRow("nominal: bare address")
        << QStringLiteral("at www.example.com/x.") << QStringLiteral("www.example.com")
        << QStringList{QStringLiteral("link:http://www.example.com/x")};
    QTest::newRow("nominal: mail address") << QStringLiteral("write to ops@example.com") << QStringLiteral("ops@")
                                           << QStringList{QStringLiteral("link:mailto:ops@example.com")};
    QTest::newRow("nominal: heading text")
        << QStringLiteral("## Why *it* broke") << QStringLiteral("Why") << QStringList{QStringLiteral("heading")};
    QTest::newRow("nominal: emphasis in a heading") << QStringLiteral("## Why *it* broke") << QStringLiteral("it")
                                                    << QStringList{QStringLiteral("heading"), QStringLiteral("italic")};
    QTest::newRow("nominal: quoted text") << QStringLiteral("> as **said**") << QStringLiteral("said")
                                          << QStringList{QStringLiteral("quote"), QStringLiteral("bold")};
    QTest::newRow("nominal: link in a quote keeps the link colour")
        << QStringLiteral("> [x](https://example.com)") << QStringLiteral("x")
        << QStringList{QStringLiteral("link:https://example.com")};
    QTest::newRow("nominal: HTML emphasis")
        << QStringLiteral("an <b>html</b> word") << QStringLiteral("html") << QStringList{QStringLiteral("bold")};
    QTest::newRow("nominal: HTML link") << QStringLiteral("<a href=\"https://example.com/h\">here</a>")
                                        << QStringLiteral("here")
                                        << QStringList{QStringLiteral("link:https://example.com/h")};
    QTest::newRow("edge: snake_case stays") << QStringLiteral("default_pool_size and 2 * 3 * 4")
                                            << QStringLiteral("pool") << QStringList{QStringLiteral("plain")};
    QTest::newRow("edge: escapes") << QStringLiteral("\\*not\\* emphasis") << QStringLiteral("not")
                                   << QStringList{QStringLiteral("plain")};
    QTest::newRow("robustness: unsafe link target is text")
        << QStringLiteral("[x](javascript:alert(1))") << QStringLiteral("x") << QStringList{QStringLiteral("plain")};
    QTest::newRow("robustness: unsafe HTML link is text")
        << QStringLiteral("<a href=\"file:///etc/passwd\">y</a>") << QStringLiteral("y")
        << QStringList{QStringLiteral("plain")};
}

void TestMarkdownDocumentBuilder::inlineFormats()
{
    QFETCH(QString, markdown);
    QFETCH(QString, word);
    QFETCH(QStringList, formats);
    const auto document = build(markdown);
    QVERIFY2(!document->find(word).isNull(), qPrintable(document->toPlainText()));
    const QTextCharFormat format = formatOf(*document, word);
    for (const auto &expected : std::as_const(formats))
        QVERIFY2(hasFormat(format, expected), qPrintable(expected));
}

void TestMarkdownDocumentBuilder::listsShareTheirItems()
{
    // One QTextList per Markdown list, so that numbering runs on around a nested list.
    const auto document = build(QStringLiteral("1. one\n   - inner\n2. two\n\n- other list"));
    QTextBlock one = document->begin();
    const QTextBlock inner = one.next();
    const QTextBlock two = inner.next();
    const QTextBlock other = two.next();
    QVERIFY(one.textList() && inner.textList() && two.textList() && other.textList());
    QCOMPARE(one.textList(), two.textList());
    QVERIFY(inner.textList() != one.textList());
    QVERIFY(other.textList() != one.textList());
    QCOMPARE(two.textList()->itemText(two), QStringLiteral("2."));
}

void TestMarkdownDocumentBuilder::spacing()
{
    const auto document = build(QStringLiteral("Intro\n\n- a\n  - b\n- c\n\n1. d\n\n   e\n2. f\n\nEnd"));
    QStringList margins;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        margins.append(QStringLiteral("%1 %2/%3")
                           .arg(block.text())
                           .arg(block.blockFormat().topMargin())
                           .arg(block.blockFormat().bottomMargin()));
    // The first block has no top margin; a tight list's items sit closer than paragraphs, up to
    // its last item; a loose list's items are paragraphs apart; so are two lists in a row.
    QCOMPARE(margins, (QStringList{QStringLiteral("Intro 0/7"), QStringLiteral("a 2/3"), QStringLiteral("b 2/3"),
                                   QStringLiteral("c 2/7"), QStringLiteral("d 2/7"), QStringLiteral("e 2/7"),
                                   QStringLiteral("f 2/7"), QStringLiteral("End 2/7")}));
    // Quotes indent by level.
    const auto quotes = build(QStringLiteral("> a\n> > b"));
    QCOMPARE(quotes->begin().blockFormat().leftMargin(), QuoteIndent);
    QCOMPARE(quotes->begin().next().blockFormat().leftMargin(), 2 * QuoteIndent);
}

void TestMarkdownDocumentBuilder::table()
{
    const auto document = build(QStringLiteral("Before\n\n| Key | Value | Link |\n|:--|--:|:-:|\n"
                                               "| **bold** | `code` | [link](https://example.com/t) |\n"
                                               "| a \\| pipe | 2 | ~~x~~ |\n\nAfter"));
    QTextTable *table = nullptr;
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        if (auto *found = qobject_cast<QTextTable *>(frame))
            table = found;
    }
    QVERIFY(table);
    QCOMPARE(table->rows(), 3);
    QCOMPARE(table->columns(), 3);
    QCOMPARE(table->format().headerRowCount(), 1);
    const auto cellText = [&](int row, int column) {
        const QTextTableCell cell = table->cellAt(row, column);
        QTextCursor cursor = cell.firstCursorPosition();
        cursor.setPosition(cell.lastPosition(), QTextCursor::KeepAnchor);
        return cursor.selectedText();
    };
    const auto cellFormat = [&](int row, int column) {
        QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
        cursor.movePosition(QTextCursor::NextCharacter);
        return cursor.charFormat();
    };
    QCOMPARE(cellText(0, 0), QStringLiteral("Key"));
    QCOMPARE(cellText(1, 0), QStringLiteral("bold"));
    QCOMPARE(cellText(1, 1), QStringLiteral("code"));
    QCOMPARE(cellText(1, 2), QStringLiteral("link"));
    QCOMPARE(cellText(2, 0), QStringLiteral("a | pipe"));
    // The header row is bold on its fill; cells keep their inline formats, at the table's size.
    QVERIFY(hasFormat(cellFormat(0, 1), QStringLiteral("bold")));
    QCOMPARE(table->cellAt(0, 1).format().background().color(), QColor(0xee, 0xf1, 0xf4));
    QCOMPARE(cellFormat(1, 0).fontPointSize(), 8.0);
    QVERIFY(hasFormat(cellFormat(1, 0), QStringLiteral("bold")));
    QVERIFY(hasFormat(cellFormat(1, 1), QStringLiteral("code")));
    QVERIFY(hasFormat(cellFormat(1, 2), QStringLiteral("link:https://example.com/t")));
    QVERIFY(hasFormat(cellFormat(2, 2), QStringLiteral("strike")));
    QVERIFY(!hasFormat(cellFormat(1, 0), QStringLiteral("italic")));
    // Each column keeps its alignment.
    QCOMPARE(table->cellAt(1, 0).firstCursorPosition().blockFormat().alignment(), Qt::AlignLeft);
    QCOMPARE(table->cellAt(1, 1).firstCursorPosition().blockFormat().alignment(), Qt::AlignRight);
    QCOMPARE(table->cellAt(1, 2).firstCursorPosition().blockFormat().alignment(), Qt::AlignHCenter);
    // The text around it stays outside it.
    QCOMPARE(describe(*document).first(), QStringLiteral("p: Before"));
    QVERIFY(describe(*document).contains(QStringLiteral("p: After")));
}

void TestMarkdownDocumentBuilder::codeIsHighlighted()
{
    const QString code = QStringLiteral("defaults:\n  default_pool_size: 20  # limit\n");
    const auto document = build(QStringLiteral("```yaml\n") + code + QStringLiteral("```"));
    const QTextBlock block = document->begin();
    const auto ranges = highlight::CodeHighlighter().highlight(code.trimmed(), QStringLiteral("yaml"), false);
    int coloured = 0;
    for (const auto &range : ranges) {
        if (range.format.foreground().style() == Qt::NoBrush)
            continue;
        QTextCursor cursor(document.get());
        cursor.setPosition(block.position() + range.start + 1);
        QCOMPARE(cursor.charFormat().foreground().color(), range.format.foreground().color());
        QVERIFY(cursor.charFormat().fontFixedPitch());
        ++coloured;
    }
    QVERIFY(coloured >= 2);

    // Not at all when the style says so.
    MarkdownDocumentStyle plain = testStyle();
    plain.highlightCode = false;
    const auto uncoloured = build(QStringLiteral("```yaml\n") + code + QStringLiteral("```"), plain);
    for (auto it = uncoloured->begin().begin(); !it.atEnd(); ++it)
        QCOMPARE(it.fragment().charFormat().foreground().style(), Qt::NoBrush);
}

void TestMarkdownDocumentBuilder::imagesNameTheirSource()
{
    const auto document = build(QStringLiteral("![Error rate](figures/figure-1.png \"Errors\") after"));
    QTextCursor cursor(document.get());
    cursor.setPosition(1);
    QVERIFY(cursor.charFormat().isImageFormat());
    const QTextImageFormat image = cursor.charFormat().toImageFormat();
    QCOMPARE(image.name(), QStringLiteral("figures/figure-1.png"));
    QCOMPARE(image.stringProperty(QTextFormat::ImageAltText), QStringLiteral("Error rate"));
    QCOMPARE(image.stringProperty(QTextFormat::ImageTitle), QStringLiteral("Errors"));
}

void TestMarkdownDocumentBuilder::cells_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("styled"); // "word=format"

    QTest::newRow("nominal: bold, code and a link")
        << QStringLiteral("**29 %** on `checkout-api`, see [the dashboard](https://grafana.example.com/d/1)")
        << QStringLiteral("29 % on checkout-api, see the dashboard")
        << QStringList{QStringLiteral("29 %=bold"), QStringLiteral("checkout-api=code"),
                       QStringLiteral("the dashboard=link:https://grafana.example.com/d/1")};
    QTest::newRow("nominal: line breaks stay")
        << QStringLiteral("one\ntwo\n\nthree") << QStringLiteral("one\u2028two\u2028\u2028three") << QStringList{};
    QTest::newRow("edge: block syntax shows as written")
        << QStringLiteral("- not a list\n1. not ordered\n# not a heading\n> not a quote")
        << QStringLiteral("- not a list\u20281. not ordered\u2028# not a heading\u2028> not a quote") << QStringList{};
    QTest::newRow("edge: HTML and entities show as written")
        << QStringLiteral("<b>x</b> &amp; <br>") << QStringLiteral("<b>x</b> &amp; <br>")
        << QStringList{QStringLiteral("x=plain")};
    QTest::newRow("edge: pipes") << QStringLiteral("a | b `c|d`") << QStringLiteral("a | b c|d")
                                 << QStringList{QStringLiteral("c|d=code")};
    QTest::newRow("edge: image shows its description")
        << QStringLiteral("![error rate](x.png) up") << QStringLiteral("error rate up") << QStringList{};
    QTest::newRow("edge: nothing") << QStringLiteral("  \n ") << QString() << QStringList{};
    QTest::newRow("robustness: unsafe link is text")
        << QStringLiteral("[x](javascript:alert(1))") << QStringLiteral("x") << QStringList{QStringLiteral("x=plain")};
}

void TestMarkdownDocumentBuilder::cells()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QFETCH(QStringList, styled);
    const auto document = buildCell(markdown);
    QCOMPARE(document->blockCount(), 1);
    QCOMPARE(document->begin().text(), text);
    for (const auto &expectation : std::as_const(styled)) {
        const auto equals = expectation.lastIndexOf(u'=');
        const QString word = expectation.left(equals);
        QVERIFY2(!document->find(word).isNull(), qPrintable(word));
        QVERIFY2(hasFormat(formatOf(*document, word), expectation.sliced(equals + 1)), qPrintable(expectation));
    }
}

void TestMarkdownDocumentBuilder::screenStyle()
{
    QPalette palette;
    palette.setColor(QPalette::Link, QColor(0x12, 0x34, 0xcd));
    const auto style = MarkdownDocumentStyle::screen(QFont(), palette);
    const auto document = build(QStringLiteral("# Title\n\n[link](https://example.com) and `code`"), style);
    QVERIFY(formatOf(*document, QStringLiteral("Title")).property(QTextFormat::FontSizeAdjustment).toInt() > 0);
    const QTextCharFormat link = formatOf(*document, QStringLiteral("link"));
    QVERIFY(link.isAnchor());
    QCOMPARE(link.foreground().color(), QColor(0x12, 0x34, 0xcd));
    QVERIFY(formatOf(*document, QStringLiteral("code")).fontFixedPitch());
}

void TestMarkdownDocumentBuilder::robustness_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("innermost");
    QTest::addColumn<int>("quoteLevel");

    // Text pasted whole: one paragraph, its lines joined by soft breaks. cmark-gfm 0.29.0.gfm.6
    // (Debian 12) itself takes time that grows with the square of a paragraph's size when it
    // mixes emphasis and links, about 15 s for 1 MB: each kind is here in a paragraph of its own.
    const auto paragraph = [](const QString &line) -> QString {
        QString text;
        text.reserve(1 << 20);
        while (text.size() < (1 << 20))
            text += line;
        return text + QStringLiteral("last");
    };
    QTest::newRow("robustness: a 1 MB paragraph with emphasis and code")
        << paragraph(QStringLiteral("**Ana Lima** 14:05 rolled back `checkout-api` and *more* words\n"))
        << QStringLiteral("last") << 0;
    QTest::newRow("robustness: a 1 MB paragraph with links and code")
        << paragraph(QStringLiteral("Ana Lima: see [the runbook](https://wiki.example.com/x), `checkout-api` and "
                                    "https://grafana.example.com/d/1\n"))
        << QStringLiteral("last") << 0;
    QTest::newRow("robustness: 5000 nested block quotes")
        << QString(5000, u'>') + QStringLiteral(" deep") << QStringLiteral("deep") << 5000;
    QString lists;
    for (int i = 0; i < 500; ++i)
        lists += QString(i * 2, u' ') + QStringLiteral("- level\n");
    QTest::newRow("robustness: 500 nested lists")
        << lists + QString(1000, u' ') + QStringLiteral("- deepest") << QStringLiteral("deepest") << 0;
    QTest::newRow("robustness: 5000 nested emphasis")
        << QString(5000, u'*') + QStringLiteral("deep") + QString(5000, u'*') << QStringLiteral("deep") << 0;
}

void TestMarkdownDocumentBuilder::robustness()
{
    QFETCH(QString, markdown);
    QFETCH(QString, innermost);
    QFETCH(int, quoteLevel);
    const auto document = build(markdown);
    // Laid out too, as the PDF does.
    document->setTextWidth(500);
    QVERIFY(document->documentLayout()->documentSize().height() > 0);
    const QTextCursor found = document->find(innermost, 0, QTextDocument::FindWholeWords);
    QVERIFY(!found.isNull());
    const QTextBlockFormat format = found.block().blockFormat();
    QCOMPARE(format.intProperty(QTextFormat::BlockQuoteLevel), quoteLevel);
    // Indentation stops growing long before the page's width.
    QVERIFY(format.leftMargin() <= 8 * QuoteIndent);
    if (const QTextList *list = found.block().textList())
        QVERIFY(list->format().indent() <= 8);
}

void TestMarkdownDocumentBuilder::longTextIsBuiltInBoundedPieces_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<qsizetype>("characters"); // the limits of a piece
    QTest::addColumn<qsizetype>("lines");
    QTest::addColumn<int>("pieces");     // at least
    QTest::addColumn<bool>("continued"); // some block goes on in the next piece
    QTest::addColumn<bool>("bounded");   // every piece keeps to twice the limits

    QString paragraphs;
    QString headed;
    QString list;
    for (int i = 0; i < 100; ++i) {
        paragraphs += QStringLiteral("Paragraph %1 says what the pool did next.\n\n").arg(i);
        headed += QStringLiteral("## Step %1\n\nWhat the responder did in step %1, and why.\n\n").arg(i);
    }
    for (int i = 0; i < 1000; ++i)
        list += QStringLiteral("- item %1 of the checklist\n").arg(i);
    QString words;
    while (words.size() < 20000)
        words += QStringLiteral("the pool ran dry ");
    QString code = QStringLiteral("```yaml\n");
    for (int i = 0; i < 3000; ++i)
        code += QStringLiteral("key_%1: %1\n").arg(i);
    code += QStringLiteral("```\n");
    QString table = QStringLiteral("Before the table.\n\n| host | errors |\n| --- | --- |\n");
    for (int i = 0; i < 200; ++i)
        table += QStringLiteral("| db-%1 | %1 |\n").arg(i);
    table += QStringLiteral("\nAfter the table.\n");

    QTest::newRow("hang: paragraphs part between blocks")
        << paragraphs << qsizetype(1000) << qsizetype(10000) << 3 << false << true;
    QTest::newRow("hang: a paragraph longer than a piece goes on")
        << words << qsizetype(2000) << qsizetype(10000) << 5 << true << true;
    QTest::newRow("hang: a code block longer than a piece goes on from a line")
        << code << qsizetype(100000) << qsizetype(500) << 5 << true << true;
    QTest::newRow("hang: a heading stays with the block after it")
        << headed << qsizetype(500) << qsizetype(10000) << 5 << false << true;
    QTest::newRow("hang: a list longer than two pieces goes on as a list")
        << list << qsizetype(2000) << qsizetype(10000) << 5 << false << true;
    QTest::newRow("hang: a table is never cut") << table << qsizetype(300) << qsizetype(50) << 1 << false << false;
}

void TestMarkdownDocumentBuilder::longTextIsBuiltInBoundedPieces()
{
    QFETCH(QString, markdown);
    QFETCH(qsizetype, characters);
    QFETCH(qsizetype, lines);
    QFETCH(int, pieces);
    QFETCH(bool, continued);
    QFETCH(bool, bounded);
    const auto pieceDocuments =
        MarkdownDocumentBuilder(testStyle())
            .buildPieces(markdown, [] { return std::make_unique<QTextDocument>(); }, {characters, lines});
    QVERIFY2(int(pieceDocuments.size()) >= pieces, qPrintable(QString::number(pieceDocuments.size())));
    // All of the text, in order, as one document has it (but for the line breaks where a
    // block goes on in the next piece).
    const auto squeezedText = [](const QTextDocument &document) {
        QString text;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
            text += block.text();
        text.removeIf([](QChar c) { return c.isSpace(); });
        return text;
    };
    QString all;
    bool anyContinued = false;
    for (size_t i = 0; i < pieceDocuments.size(); ++i) {
        const QTextDocument &piece = *pieceDocuments[i];
        all += squeezedText(piece);
        for (QTextBlock block = piece.begin(); block.isValid(); block = block.next()) {
            if (!block.blockFormat().boolProperty(MarkdownDocumentBuilder::ContinuedBlock))
                continue;
            // Only the first block of a piece after the first goes on from the one before.
            QVERIFY(i > 0 && block == piece.firstBlock());
            anyContinued = true;
        }
        if (bounded) {
            QVERIFY2(piece.characterCount() <= 2 * characters + 256,
                     qPrintable(QString::number(piece.characterCount())));
            const qsizetype pieceLines = piece.blockCount() + piece.toRawText().count(lineSeparator);
            QVERIFY2(pieceLines <= 2 * lines, qPrintable(QString::number(pieceLines)));
        }
        // A heading never ends a piece that another follows.
        if (i + 1 < pieceDocuments.size())
            QCOMPARE(piece.lastBlock().blockFormat().headingLevel(), 0);
        // A list goes on as a list; a table stays whole.
        if (markdown.startsWith(u'-'))
            QVERIFY(piece.firstBlock().textList());
        for (const auto frame : piece.rootFrame()->childFrames()) {
            if (const auto table = qobject_cast<QTextTable *>(frame))
                QCOMPARE(table->rows(), 201);
        }
    }
    QCOMPARE(anyContinued, continued);
    QCOMPARE(all, squeezedText(*build(markdown)));
}

QTEST_MAIN(TestMarkdownDocumentBuilder)
#include "tst_markdowndocumentbuilder.moc"
