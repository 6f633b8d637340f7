// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/markdown/markdowndocumentbuilder.h"
#include "export/pdf/markdownblock.h"
#include "export/pdf/pdfstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <memory>

using namespace hindsight::exporting;
using namespace hindsight::exporting::pdf;

namespace {

// A long root cause as people write them: paragraphs, headings, lists, code, quotes and
// tables, about 250,000 characters, none of its blocks longer than a page or two.
QString longReview()
{
    QString markdown;
    const QString sentence = QStringLiteral("The pool of connections to the primary ran dry while checkout requests "
                                            "queued behind the reporting jobs, and latency rose before errors did. ");
    for (int i = 0; markdown.size() < 250000; ++i) {
        switch (i % 7) {
        case 0:
            markdown += QStringLiteral("## Finding %1\n\n").arg(i);
            break;
        case 1:
            markdown += sentence.repeated(1 + i % 9) + QStringLiteral("See `pool.yaml` and **the runbook**.\n\n");
            break;
        case 2:
            for (int k = 0; k < 2 + i % 5; ++k)
                markdown += QStringLiteral("- item %1: %2\n").arg(k).arg(sentence.left(20 + 10 * k));
            markdown += u'\n';
            break;
        case 3:
            markdown += QStringLiteral("```yaml\n");
            for (int k = 0; k < 3 + i % 30; ++k)
                markdown += QStringLiteral("pool_%1: %2  # line %1\n").arg(k).arg(k * 7);
            markdown += QStringLiteral("```\n\n");
            break;
        case 4:
            markdown += QStringLiteral("> ") + sentence + QStringLiteral("\n\n");
            break;
        case 5:
            markdown += QStringLiteral("| host | errors |\n| --- | --- |\n");
            for (int k = 0; k < 2 + i % 6; ++k)
                markdown += QStringLiteral("| db-%1 | %2 |\n").arg(k).arg(k * 3);
            markdown += u'\n';
            break;
        default:
            markdown += QStringLiteral("1. first\n2. second ") + sentence + QStringLiteral("\n\n");
            break;
        }
    }
    return markdown;
}

} // namespace

class TestMarkdownBlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longTextLaysOutAsOneDocumentWould();
};

void TestMarkdownBlock::longTextLaysOutAsOneDocumentWould()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QPdfWriter writer(dir.filePath(QStringLiteral("probe.pdf")));
    writer.setResolution(1200);
    const PdfStyle style(&writer);
    const qreal width = style.pt(480);
    const QString markdown = longReview();
    const MarkdownBlock block(markdown, style, &writer, width);
    // Laid out as several documents, to stay far from Qt's limit and to paint a page fast.
    QVERIFY2(block.documentCount() >= 3, qPrintable(QString::number(block.documentCount())));

    // The same text as one document, set up as the report sets up each of them.
    QTextDocument whole;
    whole.documentLayout()->setPaintDevice(&writer);
    whole.setDocumentMargin(0);
    whole.setDefaultFont(style.sans(PdfStyle::BodySize));
    whole.setIndentWidth(style.documentPt(14));
    QTextOption option = whole.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    whole.setDefaultTextOption(option);
    MarkdownDocumentBuilder(style.markdownStyle()).build(markdown, &whole);
    whole.setTextWidth(width);
    const auto *layout = whole.documentLayout();
    const qreal tolerance = style.pt(0.1);
    QVERIFY2(qAbs(block.height() - layout->documentSize().height()) <= tolerance,
             qPrintable(QStringLiteral("%1 against %2").arg(block.height()).arg(layout->documentSize().height())));
    // Every line outside the tables where one document has it: a page may end right above it.
    int lines = 0;
    for (QTextBlock text = whole.begin(); text.isValid(); text = text.next()) {
        if (QTextCursor(text).currentTable() || !text.layout() || text.text().isEmpty())
            continue;
        const qreal origin = layout->blockBoundingRect(text).top() - text.layout()->boundingRect().top();
        for (int i = 0; i < text.layout()->lineCount(); ++i) {
            const qreal top = origin + text.layout()->lineAt(i).y();
            const qreal found = block.forcedBreak(top - style.pt(2), top + tolerance);
            QVERIFY2(qAbs(found - top) <= tolerance, qPrintable(QStringLiteral("line %1 of \"%2\": %3 against %4")
                                                                    .arg(i)
                                                                    .arg(text.text().left(40))
                                                                    .arg(found)
                                                                    .arg(top)));
            ++lines;
        }
    }
    QVERIFY(lines > 3000);
}

QTEST_MAIN(TestMarkdownBlock)
#include "tst_markdownblock.moc"
