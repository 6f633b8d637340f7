// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/markdown/markdowntree.h"

#include <QTest>

using namespace hindsight::importing;

class TestMarkdownTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void html_data();
    void html();
    void htmlOfOneNode();
};

void TestMarkdownTree::html_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<int>("options");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const char *markdown, const char *expected, int options = 0) {
        QTest::newRow(name) << QString::fromUtf8(markdown) << options << QString::fromUtf8(expected);
    };
    row("GitHub: table", "| a | b |\n| - | :-: |\n| 1 | 2 |\n",
        "<table>\n<thead>\n<tr>\n<th>a</th>\n<th align=\"center\">b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
        "<td>1</td>\n<td align=\"center\">2</td>\n</tr>\n</tbody>\n</table>\n");
    row("GitHub: strikethrough", "~~gone~~", "<p><del>gone</del></p>\n");
    row("GitHub: autolink", "see www.example.com",
        "<p>see <a href=\"http://www.example.com\">www.example.com</a></p>\n");
    row("GitHub: task list", "- [x] done\n- [ ] open\n",
        "<ul>\n<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> done</li>\n"
        "<li><input type=\"checkbox\" disabled=\"\" /> open</li>\n</ul>\n");
    row("GitHub: code with its language", "```sql\nSELECT 1 < 2;\n```\n",
        "<pre><code class=\"language-sql\">SELECT 1 &lt; 2;\n</code></pre>\n");
    row("escaping: text", "Tom & \"Jerry\" <3", "<p>Tom &amp; &quot;Jerry&quot; &lt;3</p>\n");
    row("safe: a script block is left out", "<script>alert(1)</script>\n\ntext",
        "<!-- raw HTML omitted -->\n<p>text</p>\n");
    row("safe: inline HTML is left out", "a <img src=x onerror=alert(1)> b", "<p>a <!-- raw HTML omitted --> b</p>\n");
    row("safe: a javascript: link loses its address", "[x](javascript:alert(1))", "<p><a href=\"\">x</a></p>\n");
    row("safe: a data: page link loses its address", "[x](data:text/html,hi)", "<p><a href=\"\">x</a></p>\n");
    row("safe: an inline PNG stays", "![x](data:image/png;base64,AAAA)",
        "<p><img src=\"data:image/png;base64,AAAA\" alt=\"x\" /></p>\n");
    row("safe: whatever the options ask", "<b>bold</b>",
        "<p><!-- raw HTML omitted -->bold<!-- raw HTML omitted --></p>\n", CMARK_OPT_UNSAFE);
    row("options: no source positions", "text", "<p>text</p>\n", CMARK_OPT_SOURCEPOS);
    row("options: hard breaks", "a\nb", "<p>a<br />\nb</p>\n", CMARK_OPT_HARDBREAKS);
}

void TestMarkdownTree::html()
{
    QFETCH(QString, markdown);
    QFETCH(int, options);
    QFETCH(QString, expected);
    const MarkdownTree tree(markdown);
    QCOMPARE(MarkdownTree::html(tree.root(), options), expected);
}

// A node renders with what it holds, wherever it is in the tree.
void TestMarkdownTree::htmlOfOneNode()
{
    const MarkdownTree tree(QStringLiteral("# Title\n\nSome *emphasis* & more\n"));
    const QList<cmark_node *> blocks = MarkdownTree::children(tree.root());
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(MarkdownTree::html(blocks.first()), QStringLiteral("<h1>Title</h1>\n"));
    const QList<cmark_node *> inlines = MarkdownTree::children(blocks.last());
    QCOMPARE(MarkdownTree::html(inlines.at(1)), QStringLiteral("<em>emphasis</em>"));
    QCOMPARE(MarkdownTree::html(inlines.at(2)), QStringLiteral(" &amp; more"));
}

QTEST_GUILESS_MAIN(TestMarkdownTree)
#include "tst_markdowntree.moc"
