// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/widgets/markdownedit.h"
#include "model/commands.h"
#include "model/reviewdocument.h"
#include "model/reviewmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace hindsight;
using model::Field;

namespace {

// QTest::keyClicks() takes ASCII only; other characters arrive as text, as from an input method.
void typeText(QWidget *widget, const QString &text)
{
    for (const auto ch : text) {
        if (ch.unicode() < 128)
            QTest::keyClick(widget, char(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

} // namespace

class TestMarkdownEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingUndoesInOneStep_data();
    void typingUndoesInOneStep();
    void documentChangesRefreshWithoutPushing();
    void paste_data();
    void paste();
    void tabIndentsWithSpaces();
    void controlTabLeaves();
    void cellBinding();
};

void TestMarkdownEdit::typingUndoesInOneStep_data()
{
    QTest::addColumn<QString>("initial");
    QTest::addColumn<QString>("typed");

    QTest::newRow("nominal: typing into an empty field") << QString() << QStringLiteral("Pool size was 20.");
    QTest::newRow("nominal: appending to existing text")
        << QStringLiteral("The alert fired. ") << QStringLiteral("Support saw chats.");
    QTest::newRow("unicode: non-ASCII typing") << QString() << QStringLiteral("Ünïcödé – 5 € ✓");
}

void TestMarkdownEdit::typingUndoesInOneStep()
{
    QFETCH(QString, initial);
    QFETCH(QString, typed);
    model::Review review;
    review.rootCauses = initial;
    model::ReviewDocument document(review);
    editor::MarkdownEdit edit;
    edit.bind(&document, Field::RootCauses);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QCOMPARE(edit.toPlainText(), initial);

    edit.moveCursor(QTextCursor::End);
    typeText(&edit, typed);
    QCOMPARE(document.review().rootCauses, initial + typed);
    QCOMPARE(document.undoStack()->count(), 1);

    QTest::keyClick(&edit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document.review().rootCauses, initial);
    QCOMPARE(edit.toPlainText(), initial);
    // The cursor stays where the undone typing was, not at the top.
    QCOMPARE(edit.textCursor().position(), initial.size());
    QCOMPARE(document.undoStack()->count(), 1);

    QTest::keyClick(&edit, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(document.review().rootCauses, initial + typed);
    QCOMPARE(edit.toPlainText(), initial + typed);
}

void TestMarkdownEdit::documentChangesRefreshWithoutPushing()
{
    model::ReviewDocument document;
    editor::MarkdownEdit edit;
    edit.bind(&document, Field::Summary);

    model::commands::setField(document, Field::Summary, QStringLiteral("Set elsewhere"));
    QCOMPARE(edit.toPlainText(), QStringLiteral("Set elsewhere"));
    QCOMPARE(document.undoStack()->count(), 1);

    document.undoStack()->undo();
    QCOMPARE(edit.toPlainText(), QString());
    QVERIFY(document.undoStack()->canRedo());
    QCOMPARE(document.undoStack()->count(), 1);

    // Another field's change leaves this editor alone.
    model::commands::setField(document, Field::Triage, QStringLiteral("Other"));
    QCOMPARE(edit.toPlainText(), QString());
}

void TestMarkdownEdit::paste_data()
{
    QTest::addColumn<qsizetype>("length");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<QString>("sizeInMessage");

    QTest::newRow("nominal: a paragraph is pasted") << qsizetype(400) << false << QString();
    QTest::newRow("robustness: 2,000,000 characters are refused")
        << qsizetype(2'000'000) << true << QStringLiteral("2 MB");
    QTest::newRow("boundary: one character over the limit is refused")
        << editor::MarkdownEdit::MaxPasteLength + 1 << true << QStringLiteral("1 MB");
}

void TestMarkdownEdit::paste()
{
    QFETCH(qsizetype, length);
    QFETCH(bool, refused);
    QFETCH(QString, sizeInMessage);
    model::Review review;
    review.resolution = QStringLiteral("Reverted.");
    model::ReviewDocument document(review);
    editor::MarkdownEdit edit;
    edit.bind(&document, Field::Resolution);
    edit.moveCursor(QTextCursor::End);
    QSignalSpy refusals(&edit, &editor::MarkdownEdit::pasteRefused);

    auto *mime = new QMimeData;
    mime->setText(QString(length, QLatin1Char('x')));
    QApplication::clipboard()->setMimeData(mime);
    QCOMPARE(QApplication::clipboard()->text().size(), length);
    edit.paste();

    if (refused) {
        QCOMPARE(refusals.size(), 1);
        const auto message = refusals.first().first().toString();
        QVERIFY2(message.contains(sizeInMessage), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("Nothing was changed")));
        QCOMPARE(document.review().resolution, QStringLiteral("Reverted."));
        QCOMPARE(edit.toPlainText(), QStringLiteral("Reverted."));
        QCOMPARE(document.undoStack()->count(), 0);
    } else {
        QCOMPARE(refusals.size(), 0);
        QCOMPARE(document.review().resolution.size(), 9 + length);
        QCOMPARE(document.undoStack()->count(), 1);
    }
}

void TestMarkdownEdit::tabIndentsWithSpaces()
{
    model::ReviewDocument document;
    editor::MarkdownEdit edit;
    edit.bind(&document, Field::Summary);
    QTest::keyClicks(&edit, QStringLiteral("- a"));
    QTest::keyClick(&edit, Qt::Key_Return);
    QTest::keyClick(&edit, Qt::Key_Tab);
    QTest::keyClicks(&edit, QStringLiteral("- b"));
    QCOMPARE(document.review().summary, QStringLiteral("- a\n    - b"));
}

void TestMarkdownEdit::controlTabLeaves()
{
    model::ReviewDocument document;
    QWidget window;
    auto *before = new QLineEdit(&window);
    auto *edit = new editor::MarkdownEdit(&window);
    auto *after = new QLineEdit(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(before);
    layout->addWidget(edit);
    layout->addWidget(after);
    edit->bind(&document, Field::Summary);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    edit->setFocus(Qt::TabFocusReason);
    QTest::keyClick(edit, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), edit); // Tab indented
    QTest::keyClick(edit, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), after);
    edit->setFocus(Qt::TabFocusReason);
    QTest::keyClick(edit, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), before);
    QCOMPARE(document.review().summary, QStringLiteral("    "));
}

void TestMarkdownEdit::cellBinding()
{
    model::Review review;
    review.additional = {{0, QStringLiteral("Glossary"), QStringLiteral("PgBouncer"), model::Visibility::Public}};
    model::ReviewDocument document(review);
    auto *reviewModel = document.model();
    const auto cell =
        reviewModel->index(0, model::RowTraits<model::AdditionalNote>::Markdown, reviewModel->additionalNotesIndex());
    editor::MarkdownEdit edit;
    edit.bind(&document, cell);
    QCOMPARE(edit.toPlainText(), QStringLiteral("PgBouncer"));

    edit.moveCursor(QTextCursor::End);
    QTest::keyClicks(&edit, QStringLiteral(": a pooler"));
    QCOMPARE(document.review().additional.first().markdown, QStringLiteral("PgBouncer: a pooler"));
    QCOMPARE(document.undoStack()->count(), 1);
    QTest::keyClick(&edit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(edit.toPlainText(), QStringLiteral("PgBouncer"));

    // The note is deleted: nothing is left to edit.
    model::commands::removeRows<model::AdditionalNote>(document, {document.review().additional.first().id});
    QVERIFY(edit.isReadOnly());
    QCOMPARE(edit.toPlainText(), QString());
}

QTEST_MAIN(TestMarkdownEdit)
#include "tst_markdownedit.moc"
