// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/widgets/blamelessdelegate.h"
#include "editor/widgets/blamelesslinemarks.h"
#include "editor/widgets/blamelessmarks.h"
#include "editor/widgets/markdownedit.h"
#include "model/commands.h"
#include "model/reviewdocument.h"
#include "model/reviewmodel.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

using namespace hindsight;
using model::Field;

namespace {

model::Review reviewWith(const QString &rootCauses)
{
    model::Review review;
    review.rootCauses = rootCauses;
    review.authors.append({1, QStringLiteral("Katrin Meier"), {}, {}});
    model::TimelineEvent event;
    event.id = 2;
    event.author = QStringLiteral("Jonas Vogel");
    event.text = QStringLiteral("Jonas forgot the dashboard annotation");
    event.time = QDateTime(QDate(2023, 3, 14), QTime(13, 5), QTimeZone::utc());
    review.timeline.append(event);
    return review;
}

bool underlinedAt(const QTextDocument *document, qsizetype position)
{
    const QTextBlock block = document->findBlock(int(position));
    const auto inBlock = position - block.position();
    for (const auto &range : block.layout()->formats()) {
        if (inBlock >= range.start && inBlock < range.start + range.length &&
            range.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            return true;
    }
    return false;
}

// The characters of text that are underlined, as runs joined by "|".
QString underlined(const QTextDocument *document)
{
    const QString text = document->toPlainText();
    QStringList runs;
    QString run;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (underlinedAt(document, i)) {
            run += text.at(i);
        } else if (!run.isEmpty()) {
            runs.append(run);
            run.clear();
        }
    }
    if (!run.isEmpty())
        runs.append(run);
    return runs.join(QLatin1Char('|'));
}

// The middle of the character at position, in the edit's viewport.
QPoint pointAt(const editor::MarkdownEdit &edit, qsizetype position)
{
    QTextCursor cursor(edit.document());
    cursor.setPosition(int(position));
    const QRect left = edit.cursorRect(cursor);
    cursor.setPosition(int(position) + 1);
    const QRect right = edit.cursorRect(cursor);
    return QPoint((left.left() + right.left()) / 2, left.center().y());
}

// Pixels of the underline's hue in widget, as drawn: orange, however much antialiasing paled
// it. The text is grey and the focus frame blue.
int underlinePixels(QWidget *widget)
{
    const QImage image = widget->grab().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.red() > pixel.green() && pixel.green() > pixel.blue() && pixel.red() - pixel.blue() > 40)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestBlamelessMarks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void underline_data();
    void underline();
    void underlineKeepsTheHighlighting();
    void underlineFollowsTyping();
    void toolTipGivesTheSuggestion();
    void toolTipEventShowsTheSuggestion();
    void namesFollowTheReview();
    void tableCellToolTip();
    void lineEditUnderline();
};

void TestBlamelessMarks::underline_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en: author's first name as the subject")
        << QStringLiteral("At 13:05 Katrin forgot the flag.") << QStringLiteral("Katrin forgot");
    QTest::newRow("en: event author's full name, possessive")
        << QStringLiteral("It was Jonas Vogel's mistake.") << QStringLiteral("Jonas Vogel's mistake");
    QTest::newRow("en: blame word on a later line")
        << QStringLiteral("The pool was small.\n\nCaused by human error, said the chat.")
        << QStringLiteral("human error");
    QTest::newRow("de: hat … vergessen") << QStringLiteral("Katrin hat den Check vergessen.")
                                         << QStringLiteral("Katrin hat den Check vergessen");
    QTest::newRow("de: fahrlässig") << QStringLiteral("Ein fahrlässiger Eingriff.") << QStringLiteral("fahrlässiger");
    QTest::newRow("neutral: name with another verb") << QStringLiteral("Katrin restarted the pool.") << QString();
    QTest::newRow("neutral: the alert missed") << QStringLiteral("The alert missed the slow rise.") << QString();
    QTest::newRow("neutral: a code block quotes as it is")
        << QStringLiteral("```log\nKatrin forgot: human error\n```") << QString();
    QTest::newRow("two findings on two lines")
        << QStringLiteral("Katrin forgot.\nIt was careless.") << QStringLiteral("Katrin forgot|careless");
}

void TestBlamelessMarks::underline()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    model::ReviewDocument document(reviewWith(text));
    editor::MarkdownEdit edit;
    edit.bind(&document, Field::RootCauses);
    QCOMPARE(underlined(edit.document()), expected);
}

void TestBlamelessMarks::underlineKeepsTheHighlighting()
{
    model::ReviewDocument document(reviewWith(QStringLiteral("**Katrin forgot** the flag")));
    editor::MarkdownEdit edit;
    edit.bind(&document, Field::RootCauses);
    const QTextBlock block = edit.document()->firstBlock();
    QTextCharFormat merged;
    for (const auto &range : block.layout()->formats()) {
        if (range.start <= 2 && 2 < range.start + range.length)
            merged.merge(range.format);
    }
    QCOMPARE(merged.underlineStyle(), QTextCharFormat::WaveUnderline);
    QCOMPARE(merged.underlineColor(), editor::BlamelessMarks::underlineColor());
    QCOMPARE(merged.fontWeight(), int(QFont::Bold));
}

void TestBlamelessMarks::underlineFollowsTyping()
{
    model::ReviewDocument document(reviewWith(QStringLiteral("Katrin ")));
    editor::MarkdownEdit edit;
    edit.bind(&document, Field::RootCauses);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.moveCursor(QTextCursor::End);
    QTest::keyClicks(&edit, QStringLiteral("forgo"));
    QCOMPARE(underlined(edit.document()), QString());
    QTest::keyClicks(&edit, QStringLiteral("t"));
    QCOMPARE(underlined(edit.document()), QStringLiteral("Katrin forgot"));
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(&edit, Qt::Key_Backspace);
    QTest::keyClicks(&edit, QStringLiteral("fixed it"));
    QCOMPARE(underlined(edit.document()), QString());
    QCOMPARE(document.review().rootCauses, QStringLiteral("Katrin fixed it"));
}

void TestBlamelessMarks::toolTipGivesTheSuggestion()
{
    const QString text = QStringLiteral("Then Katrin forgot the flag, sadly.");
    model::ReviewDocument document(reviewWith(text));
    editor::MarkdownEdit edit;
    edit.resize(600, 200);
    edit.bind(&document, Field::RootCauses);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));

    const auto expected = editor::BlamelessMarks::of(&document)->scan(text);
    QCOMPARE(expected.size(), 1);
    const auto start = text.indexOf(QLatin1String("Katrin"));
    const auto end = start + expected.first().length;
    QCOMPARE(edit.blamelessToolTipAt(pointAt(edit, start)), expected.first().suggestion);
    QCOMPARE(edit.blamelessToolTipAt(pointAt(edit, end - 1)), expected.first().suggestion);
    QVERIFY(expected.first().suggestion.contains(QStringLiteral("“Katrin forgot”")));
    QCOMPARE(edit.blamelessToolTipAt(pointAt(edit, start - 1)), QString());
    QCOMPARE(edit.blamelessToolTipAt(pointAt(edit, end)), QString());
}

void TestBlamelessMarks::toolTipEventShowsTheSuggestion()
{
    const QString text = QStringLiteral("It was human error.");
    model::ReviewDocument document(reviewWith(text));
    editor::MarkdownEdit edit;
    edit.resize(600, 200);
    edit.bind(&document, Field::RootCauses);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    const QPoint point = pointAt(edit, text.indexOf(QLatin1String("error")));
    QHelpEvent help(QEvent::ToolTip, point, edit.viewport()->mapToGlobal(point));
    QApplication::sendEvent(edit.viewport(), &help);
    QVERIFY(QToolTip::isVisible());
    const QString suggestion = editor::BlamelessMarks::of(&document)->scan(text).first().suggestion;
    QCOMPARE(QToolTip::text(), editor::BlamelessMarks::richToolTip(suggestion));
    QVERIFY(QToolTip::text().contains(suggestion));
    QToolTip::hideText();
}

void TestBlamelessMarks::namesFollowTheReview()
{
    model::ReviewDocument document(reviewWith(QStringLiteral("Priya forgot the flag.")));
    editor::MarkdownEdit edit;
    edit.bind(&document, Field::RootCauses);
    QCOMPARE(underlined(edit.document()), QString());

    QSignalSpy changed(editor::BlamelessMarks::of(&document), &editor::BlamelessMarks::changed);
    model::ActionItem action;
    action.title = QStringLiteral("Add a pool size check");
    action.owner = QStringLiteral("Priya Raman");
    model::commands::insertRow(document, action);
    QVERIFY(changed.wait());
    QCOMPARE(underlined(edit.document()), QStringLiteral("Priya forgot"));

    document.undoStack()->undo();
    QVERIFY(changed.wait());
    QCOMPARE(underlined(edit.document()), QString());
}

void TestBlamelessMarks::tableCellToolTip()
{
    model::ReviewDocument document(reviewWith({}));
    using Traits = model::RowTraits<model::TimelineEvent>;
    QTableView view;
    view.resize(900, 200);
    view.setModel(document.model());
    view.setRootIndex(document.model()->parentForType(Traits::typeIndex));
    auto *delegate = new editor::BlamelessDelegate(&document, &view);
    view.setItemDelegateForColumn(Traits::Text, delegate);
    view.setColumnWidth(Traits::Text, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QModelIndex cell = view.model()->index(0, Traits::Text, view.rootIndex());
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    option.font = view.font();
    option.rect = view.visualRect(cell);
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    const QString text = cell.data().toString();
    const auto findings = editor::BlamelessMarks::of(&document)->scan(text);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().phrase, QStringLiteral("Jonas forgot"));
    // Over the "J" of "Jonas", and past the end of the text.
    const QPoint overName(option.rect.left() + 8, option.rect.center().y());
    QCOMPARE(delegate->toolTipAt(overName, option, cell), findings.first().suggestion);
    const QPoint pastText(option.rect.right() - 2, option.rect.center().y());
    QCOMPARE(delegate->toolTipAt(pastText, option, cell), QString());

    QVERIFY(underlinePixels(view.viewport()) > 10);
    view.model()->setData(cell, QStringLiteral("Jonas restarted the pool"));
    QCOMPARE(underlinePixels(view.viewport()), 0);
}

void TestBlamelessMarks::lineEditUnderline()
{
    model::ReviewDocument document(reviewWith({}));
    QLineEdit edit;
    edit.resize(500, edit.sizeHint().height());
    auto *marks = editor::BlamelessLineMarks::attach(&edit, &document);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));

    QTest::keyClicks(&edit, QStringLiteral("Pool size change: Katrin restarted"));
    QCoreApplication::processEvents();
    QVERIFY(marks->findings().isEmpty());
    QCOMPARE(underlinePixels(&edit), 0);

    edit.clear();
    QTest::keyClicks(&edit, QStringLiteral("Pool size change: Katrin forgot"));
    QCoreApplication::processEvents();
    QCOMPARE(marks->findings().size(), 1);
    QCOMPARE(marks->findings().first().phrase, QStringLiteral("Katrin forgot"));
    QVERIFY(underlinePixels(&edit) > 10);
    // Typing went on as before: nothing the marks did moved the cursor or changed the text.
    QCOMPARE(edit.text(), QStringLiteral("Pool size change: Katrin forgot"));
    QCOMPARE(edit.cursorPosition(), int(edit.text().size()));
    // Typing after the phrase keeps it underlined.
    QTest::keyClicks(&edit, QStringLiteral(" it"));
    QCoreApplication::processEvents();
    QVERIFY(underlinePixels(&edit) > 10);
    QTest::keyClick(&edit, Qt::Key_Backspace);
    QTest::keyClick(&edit, Qt::Key_Backspace);
    QTest::keyClick(&edit, Qt::Key_Backspace);

    QTest::keyClick(&edit, Qt::Key_Backspace);
    QCoreApplication::processEvents();
    QVERIFY(marks->findings().isEmpty());
    QCOMPARE(underlinePixels(&edit), 0);

    QTest::keyClick(&edit, Qt::Key_T);
    QCoreApplication::processEvents();
    const QPoint overName =
        edit.rect().center() - QPoint(edit.width() / 2, 0) +
        QPoint(edit.fontMetrics().horizontalAdvance(QStringLiteral("Pool size change: Kat")) + 4, 0);
    QHelpEvent help(QEvent::ToolTip, overName, edit.mapToGlobal(overName));
    QApplication::sendEvent(&edit, &help);
    QVERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(marks->findings().first().suggestion));
    QToolTip::hideText();
}

QTEST_MAIN(TestBlamelessMarks)
#include "tst_blamelessmarks.moc"
