// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/documentsession.h"
#include "app/exportdialog.h"
#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/reviewheader.h"
#include "editor/checks/checkspanel.h"
#include "editor/comments/commentspanel.h"
#include "editor/comments/signoffpanel.h"
#include "editor/notes/noteinput.h"
#include "editor/notes/notepanel.h"
#include "editor/sections/sectioneditor.h"
#include "editor/timeline/timelineview.h"
#include "editor/widgets/markdownedit.h"
#include "editor/widgets/rowtable.h"
#include "editor/widgets/sectionrowsproxy.h"
#include "model/commands.h"
#include "model/comments.h"
#include "model/metrics.h"
#include "model/names.h"
#include "model/reviewdocument.h"
#include "model/reviewmodel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTimer>
#include <QTreeWidget>

using namespace hindsight;
using namespace hindsight::model;

namespace {

const QString Sample = QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/samples/checkout-outage.json");

// Answers the next modal dialog (a message box with button, any other dialog with its
// default button) once it shows, and keeps its text.
class DialogAnswer
{
public:
    void answer(QMessageBox::StandardButton button = QMessageBox::Ok) { poll(m_text, button, 200); }
    QString text() const { return *m_text; }

private:
    static void poll(std::shared_ptr<QString> text, QMessageBox::StandardButton button, int attempts)
    {
        QTimer::singleShot(10, [text, button, attempts] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                if (attempts > 0)
                    poll(text, button, attempts - 1);
                return;
            }
            if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
                *text = box->text();
                box->button(button)->click();
                return;
            }
            *text = dialog->windowTitle();
            const auto buttons = dialog->findChildren<QPushButton *>();
            const auto defaultButton =
                std::find_if(buttons.cbegin(), buttons.cend(), [](const QPushButton *b) { return b->isDefault(); });
            if (defaultButton != buttons.cend())
                (*defaultButton)->click();
            else
                dialog->accept();
        });
    }

    std::shared_ptr<QString> m_text = std::make_shared<QString>();
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensTheBundledSample();
    void deletedWindowWritesThePendingEditWhileWhole();
    void emptyUntitledReviewLeavesNothingBehind();
    void leftoverUntitledReviewIsOfferedForRecovery();
    void fileThatIsNotAReviewGetsAMessage();
    void openingAnotherReviewAsksAboutTheUntitledOne();
    void windowLayoutIsRemembered();
    void checksSummaryShowsTheDock();
    void checksDockVisibilityIsRemembered();
    void liveNotesThroughTheKeyboard();
    void exportDialogShowsWhatTheCustomerVersionLeavesOut();
    void exportPreviewShowsTheSharedFigures();
    void exportDialogOffersHtml();
    void commentsFollowTheirPassage();
    void commentOnARowMarksIt();
    void signOffAndPublishing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("Hindsight"));
    QApplication::setApplicationName(QStringLiteral("Hindsight tests"));
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings().clear();
    QDir(app::DocumentSession::untitledFolder()).removeRecursively();
}

void TestMainWindow::cleanup()
{
    QList<QPointer<app::MainWindow>> windows;
    for (auto *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<app::MainWindow *>(widget))
            windows.append(window);
    }
    for (const auto &window : std::as_const(windows)) {
        if (!window)
            continue;
        DialogAnswer discard;
        if (window->document() && app::DocumentSession::isUntitled(window->document()->filePath()) &&
            window->document()->review() != Review())
            discard.answer(QMessageBox::Discard);
        window->close();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QDir(app::DocumentSession::untitledFolder()).removeRecursively();
}

void TestMainWindow::opensTheBundledSample()
{
    auto *window = new app::MainWindow;
    window->show();
    QVERIFY(window->openPath(Sample));
    auto *document = window->document();
    QVERIFY(document);
    // A JSON file is imported into a new untitled review, never opened in place.
    QVERIFY(app::DocumentSession::isUntitled(document->filePath()));
    QVERIFY(document->review().timeline.size() >= 15);
    QVERIFY(document->review().actions.size() >= 4);
    QVERIFY(window->windowTitle().contains(document->review().title));
    QVERIFY(window->header()->metricsText().startsWith(QStringLiteral("TTD 35m")));
}

void TestMainWindow::deletedWindowWritesThePendingEditWhileWhole()
{
    const QString path = m_dir->filePath(QStringLiteral("named.hindsight"));
    QVERIFY(ReviewDocument::create(path).document);
    auto *window = new app::MainWindow;
    QVERIFY(window->openPath(path));
    commands::setField(*window->document(), Field::Title, QStringLiteral("Written on the way out"));
    QVERIFY(window->document()->hasPendingChanges());
    // The last write's "saved" signal reaches the window's handler: under the asan preset,
    // UndefinedBehaviorSanitizer stops the test when the window is half destroyed by then.
    delete window;
    const auto reopened = ReviewDocument::open(path);
    QVERIFY2(reopened.document, qPrintable(reopened.error));
    QCOMPARE(reopened.document->review().title, QStringLiteral("Written on the way out"));
}

void TestMainWindow::emptyUntitledReviewLeavesNothingBehind()
{
    auto *window = new app::MainWindow;
    QVERIFY(window->newReview({}));
    const auto path = window->document()->filePath();
    QVERIFY(QFile::exists(path));
    QVERIFY(window->closeReview());
    QVERIFY(!QFile::exists(path));
    delete window;
}

void TestMainWindow::leftoverUntitledReviewIsOfferedForRecovery()
{
    // An untitled review that a crash left behind...
    const auto path = app::DocumentSession::newUntitledPath();
    Review review;
    review.title = QStringLiteral("Typed before the crash");
    QVERIFY(ReviewDocument::create(path, review).document);
    const auto leftovers = app::DocumentSession::leftovers();
    QCOMPARE(leftovers.size(), 1);
    QCOMPARE(leftovers.first().path, path);

    // ...is offered on the next start, and opens when accepted.
    auto *window = new app::MainWindow;
    window->show();
    DialogAnswer recovery;
    recovery.answer();
    window->startWithoutFile();
    QCOMPARE(recovery.text(), QStringLiteral("Recover unsaved reviews"));
    QVERIFY(window->document());
    QCOMPARE(window->document()->review().title, QStringLiteral("Typed before the crash"));
    // While it is open here it is this window's, not a leftover.
    QVERIFY(app::DocumentSession::leftovers().isEmpty());
}

void TestMainWindow::fileThatIsNotAReviewGetsAMessage()
{
    const auto path = m_dir->filePath(QStringLiteral("notes.hindsight"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just some text\n");
    file.close();

    auto *window = new app::MainWindow;
    window->show();
    DialogAnswer message;
    message.answer();
    QVERIFY(!window->openPath(path));
    QVERIFY2(message.text().contains(QStringLiteral("is not a Hindsight review")), qPrintable(message.text()));
    QVERIFY(!window->document());
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("just some text\n"));
}

void TestMainWindow::openingAnotherReviewAsksAboutTheUntitledOne()
{
    const auto other = m_dir->filePath(QStringLiteral("other.hindsight"));
    Review review;
    review.title = QStringLiteral("The other review");
    QVERIFY(ReviewDocument::create(other, review).document);

    auto *window = new app::MainWindow;
    window->show();
    review.title = QStringLiteral("Typed, never saved");
    QVERIFY(window->newReview(review));
    auto *untitled = window->document();
    const auto untitledPath = untitled->filePath();

    DialogAnswer cancel;
    cancel.answer(QMessageBox::Cancel);
    QVERIFY(!window->openPath(other));
    QVERIFY2(cancel.text().contains(QStringLiteral("has never been saved")), qPrintable(cancel.text()));
    QCOMPARE(window->document(), untitled);

    DialogAnswer discard;
    discard.answer(QMessageBox::Discard);
    QVERIFY(window->openPath(other));
    QCOMPARE(window->document()->filePath(), other);
    QVERIFY(window->windowTitle().contains(QStringLiteral("The other review")));
    QVERIFY(!QFile::exists(untitledPath));
}

void TestMainWindow::windowLayoutIsRemembered()
{
    auto *first = new app::MainWindow;
    first->show();
    QVERIFY(QTest::qWaitForWindowExposed(first));
    // Smaller than any screen a test runs on (offscreen's is 800×600), so that nothing clamps it.
    first->resize(701, 507);
    QCoreApplication::processEvents();
    first->close();

    auto *second = new app::MainWindow;
    second->show();
    QVERIFY(QTest::qWaitForWindowExposed(second));
    QCOMPARE(second->size(), QSize(701, 507));
    second->close();
}

void TestMainWindow::checksSummaryShowsTheDock()
{
    auto *window = new app::MainWindow;
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(window->openPath(Sample));
    const int open = window->checksPanel()->openCount();
    QVERIFY(open > 0);
    QCOMPARE(window->header()->checksText(), app::ReviewHeader::tr("%1 checks open").arg(open));
    window->checksDock()->hide();
    // The summary is a link: activating it shows the dock with the list focused.
    auto *summary = window->header()->findChild<QLabel *>(QStringLiteral("checksSummary"));
    QVERIFY(summary);
    QMetaObject::invokeMethod(summary, "linkActivated", Q_ARG(QString, QStringLiteral("checks")));
    QVERIFY(window->checksDock()->isVisible());
    QCOMPARE(window->focusWidget(), window->checksPanel()->list());

    // The View menu toggles the dock, with its shortcut.
    auto *toggle = window->checksDock()->toggleViewAction();
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    toggle->trigger();
    QVERIFY(!window->checksDock()->isVisible());

    // Dismissing one check updates the summary.
    window->checksPanel()->list()->setCurrentRow(0);
    window->checksPanel()->dismissButton()->click();
    QCOMPARE(window->header()->checksText(),
             open == 2 ? app::ReviewHeader::tr("1 check open") : app::ReviewHeader::tr("%1 checks open").arg(open - 1));
}

void TestMainWindow::checksDockVisibilityIsRemembered()
{
    auto *first = new app::MainWindow;
    first->show();
    QVERIFY(QTest::qWaitForWindowExposed(first));
    QVERIFY(first->checksDock()->isVisible());
    first->checksDock()->toggleViewAction()->trigger();
    first->close();

    auto *second = new app::MainWindow;
    second->show();
    QVERIFY(QTest::qWaitForWindowExposed(second));
    QVERIFY(!second->checksDock()->isVisible());
    second->checksDock()->toggleViewAction()->trigger();
    second->close();

    auto *third = new app::MainWindow;
    third->show();
    QVERIFY(QTest::qWaitForWindowExposed(third));
    QVERIFY(third->checksDock()->isVisible());
    third->close();
}

void TestMainWindow::liveNotesThroughTheKeyboard()
{
    const auto path = m_dir->filePath(QStringLiteral("live.hindsight"));
    auto *window = new app::MainWindow;
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(window->startIncident(path));
    QVERIFY(window->isLive());
    auto *input = window->notePanel()->input();
    QTRY_VERIFY(input->hasFocus());

    // Twenty notes, every prefix among them, typed as the incident leader would.
    const QStringList notes{
        QStringLiteral("Checkout error rate alert fired #detected"),
        QStringLiteral("! paged the database on-call"),
        QStringLiteral("Olivia is on it #acknowledged"),
        QStringLiteral("? pool saturated at 20/20"),
        QStringLiteral("> status page: investigating"),
        QStringLiteral("Looking at the deploy log"),
        QStringLiteral("? config change at 13:05 lowered the pool"),
        QStringLiteral("! reverting the pool change"),
        QStringLiteral("> customers told we are rolling back"),
        QStringLiteral("Revert merged"),
        QStringLiteral("! revert deployed #mitigated"),
        QStringLiteral("Error rate falling"),
        QStringLiteral("? queue drained"),
        QStringLiteral("> status page: monitoring"),
        QStringLiteral("p99 latency normal"),
        QStringLiteral("! closed the bridge call"),
        QStringLiteral("All green for 10 minutes #resolved"),
        QStringLiteral("> status page: resolved"),
        QStringLiteral("Scheduling the review"),
        QStringLiteral("? alert threshold too high"),
    };
    for (const auto &note : notes) {
        QTest::keyClicks(input, note);
        QVERIFY(!window->notePanel()->noteTime().isNull());
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(input->toPlainText(), QString());
    }
    // Shift+Enter adds a line; Escape clears.
    QTest::keyClicks(input, QStringLiteral("first line"));
    QTest::keyClick(input, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(input, QStringLiteral("second line"));
    QCOMPARE(input->toPlainText(), QStringLiteral("first line\nsecond line"));
    QTest::keyClick(input, Qt::Key_Escape);
    QCOMPARE(input->toPlainText(), QString());

    const auto &timeline = window->document()->review().timeline;
    QCOMPARE(timeline.size(), notes.size() + 1); // and the start
    QCOMPARE(timeline.at(2).kind, EventKind::Action);
    QCOMPARE(timeline.at(4).kind, EventKind::Discovery);
    QCOMPARE(timeline.at(5).kind, EventKind::Communication);
    QCOMPARE(timeline.at(11).milestone, Milestone::Mitigated);
    const auto metrics = Metrics::compute(window->document()->review());
    QVERIFY(metrics.timeToDetect.has_value());
    QVERIFY(metrics.timeToResolve.has_value());
    QVERIFY(metrics.problems.isEmpty());
    QVERIFY(window->header()->elapsedText().startsWith(QStringLiteral("T+00:00:")));

    // The timeline table shows every note, sorted by time.
    window->sectionEditor()->showSection(int(SectionKey::Timeline));
    auto *table = window->sectionEditor()->findChild<editor::RowTable *>(QStringLiteral("timeline"));
    QVERIFY(table);
    QCOMPARE(table->view()->model()->rowCount(table->view()->rootIndex()), notes.size() + 1);

    // A note taken while the table is scrolled away from the end comes into view there.
    window->resize(900, 560);
    QCoreApplication::processEvents();
    QVERIFY(table->view()->verticalScrollBar()->maximum() > 0);
    table->view()->scrollToTop();
    QTest::keyClicks(input, QStringLiteral("One more note while reading the table"));
    QTest::keyClick(input, Qt::Key_Return);
    const auto newest = std::find_if(timeline.cbegin(), timeline.cend(), [](const TimelineEvent &event) {
        return event.text == QLatin1String("One more note while reading the table");
    });
    QVERIFY(newest != timeline.cend());
    const auto newestRow = table->proxy()->mapFromSource(window->document()->model()->index(
        int(newest - timeline.cbegin()), 0,
        window->document()->model()->parentForType(RowTraits<TimelineEvent>::typeIndex)));
    QTRY_VERIFY(table->view()->viewport()->rect().contains(table->view()->visualRect(newestRow)));

    // The widget and the table are two views of one selection.
    auto *view = table->view();
    const auto third = view->model()->index(3, 0, view->rootIndex());
    const auto thirdId = third.data(int(ReviewModel::Role::RowId)).toLongLong();
    view->selectionModel()->select(third, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(window->timelineView()->selectedEvents(), QList<qint64>{thirdId});
    const auto lastId = timeline.last().id;
    window->timelineView()->setVisibleRange(timeline.first().time.addSecs(-5), timeline.last().time.addSecs(5));
    QCoreApplication::processEvents();
    const auto position = window->timelineView()->eventPosition(lastId);
    QVERIFY(position.has_value());
    QTest::mouseClick(window->timelineView(), Qt::LeftButton, {}, position->toPoint());
    const auto selected = view->selectionModel()->selectedRows();
    QVERIFY(!selected.isEmpty());
    QVERIFY(std::any_of(selected.cbegin(), selected.cend(), [&](const QModelIndex &index) {
        return index.data(int(ReviewModel::Role::RowId)).toLongLong() == lastId;
    }));

    // The Detection page shows the figures, and a milestone moved out of order is flagged there.
    window->sectionEditor()->showSection(int(SectionKey::Detection));
    auto *figures = window->sectionEditor()->findChild<QLabel *>(QStringLiteral("detectionMetrics"));
    QVERIFY(figures);
    QVERIFY2(figures->text().contains(QStringLiteral("Time to detect:</b> ")), qPrintable(figures->text()));
    QVERIFY(!figures->text().contains(QStringLiteral("⚠")));
    const auto detected = timeline.at(1);
    QCOMPARE(detected.milestone, Milestone::Detected);
    commands::setRowValue<TimelineEvent>(*window->document(), detected.id, RowTraits<TimelineEvent>::Time,
                                         timeline.first().time.addSecs(-60));
    QVERIFY2(figures->text().contains(QStringLiteral("⚠")), qPrintable(figures->text()));
    window->document()->undoStack()->undo();
    QVERIFY(!figures->text().contains(QStringLiteral("⚠")));

    // Every note is on disk already: another reader sees them all.
    const auto opened = ReviewFile::open(path, ReviewFile::Mode::ReadOnly);
    QVERIFY(opened.file);
    QCOMPARE(opened.review.timeline.size(), notes.size() + 2);
}

void TestMainWindow::exportDialogShowsWhatTheCustomerVersionLeavesOut()
{
    auto *window = new app::MainWindow;
    QVERIFY(window->openPath(Sample));
    auto review = window->document()->review();
    review.triage = QStringLiteral("LEAK-MARKER-TRIAGE");
    app::ExportDialog dialog(review, QStringLiteral("sample"));
    QVERIFY(dialog.previewText().contains(QStringLiteral("LEAK-MARKER-TRIAGE")));
    dialog.setAudience(exporting::ExportOptions::Audience::Customer);
    QVERIFY(!dialog.previewText().contains(QStringLiteral("LEAK-MARKER-TRIAGE")));
    QVERIFY(!dialog.previewText().contains(QStringLiteral("db-prod-3.internal")));
    const auto omissions = dialog.omissions().join(QLatin1Char('\n'));
    QVERIFY2(omissions.contains(QStringLiteral("Triage")), qPrintable(omissions));
    QVERIFY2(omissions.contains(QStringLiteral("internal timeline events")), qPrintable(omissions));
}

void TestMainWindow::exportPreviewShowsTheSharedFigures()
{
    auto *window = new app::MainWindow;
    QVERIFY(window->openPath(Sample));
    app::ExportDialog dialog(window->document()->review(), QStringLiteral("sample"));
    auto *preview = dialog.findChild<QTextBrowser *>();
    QVERIFY(preview);
    // Every image the rendered Markdown shows is one of the figures, from memory; the text's own
    // formats are there too: headings, code, the actions table.
    QTextDocument *document = preview->document();
    int images = 0;
    bool heading = false;
    bool code = false;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        heading = heading || block.blockFormat().headingLevel() > 0;
        code = code || block.blockFormat().hasProperty(QTextFormat::BlockCodeFence);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QString name = format.toImageFormat().name();
            QVERIFY2(name.startsWith(QStringLiteral("figures/")), qPrintable(name));
            const QVariant image = document->resource(QTextDocument::ImageResource, QUrl(name));
            QVERIFY2(!image.value<QImage>().isNull(), qPrintable(name));
            ++images;
        }
    }
    QVERIFY(images >= 1);
    QVERIFY(heading);
    QVERIFY(code);
    QVERIFY(!document->rootFrame()->childFrames().isEmpty());
    // From the top, as a text is read, also when it changes.
    dialog.previewTabs()->setCurrentWidget(preview);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(preview->verticalScrollBar()->maximum() > 0);
    QCOMPARE(preview->verticalScrollBar()->value(), 0);
    dialog.setAudience(exporting::ExportOptions::Audience::Customer);
    QCOMPARE(preview->verticalScrollBar()->value(), 0);
}

// The formats come from the factory: the HTML page is offered with the others, its headings
// may have the emoji, and it has no paper size.
void TestMainWindow::exportDialogOffersHtml()
{
    auto *window = new app::MainWindow;
    QVERIFY(window->openPath(Sample));
    app::ExportDialog dialog(window->document()->review(), QStringLiteral("sample"));
    QComboBox *format = nullptr;
    QComboBox *paper = nullptr;
    for (auto *box : dialog.findChildren<QComboBox *>())
        (box->findData(QStringLiteral("html")) >= 0 ? format : paper) = box;
    QVERIFY(format && paper);
    format->setCurrentIndex(format->findData(QStringLiteral("html")));
    QCOMPARE(dialog.formatId(), QStringLiteral("html"));
    QCOMPARE(format->currentText(), QStringLiteral("Web page (HTML, self-contained)"));
    QVERIFY(!paper->isEnabled());
    auto *emoji = dialog.findChild<QCheckBox *>();
    QVERIFY(emoji && emoji->text().contains(QStringLiteral("moji")));
    QVERIFY(emoji->isEnabled());
}

// The real editor: a comment on a passage follows the passage as text is typed before it and
// inside it, and when the passage is deleted the thread stays, said to be on removed text.
void TestMainWindow::commentsFollowTheirPassage()
{
    auto *window = new app::MainWindow;
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(window->openPath(Sample));
    window->sectionEditor()->showSection(int(model::SectionKey::RootCauses));
    auto *edit = window->sectionEditor()->findChild<editor::MarkdownEdit *>(model::fieldName(model::Field::RootCauses));
    QVERIFY(edit);
    QApplication::setActiveWindow(window);
    edit->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), edit);

    const QString text = edit->toPlainText();
    const int position = int(text.indexOf(QLatin1Char(' '), 10)) + 1;
    const int length = 30;
    const QString quote = text.mid(position, length);
    QCOMPARE(text.count(quote), 1);
    QTextCursor cursor(edit->document());
    cursor.setPosition(position);
    cursor.setPosition(position + length, QTextCursor::KeepAnchor);
    edit->setTextCursor(cursor);
    const QUuid thread = window->addCommentHere(QStringLiteral("Why was the pool so small?"));
    QVERIFY(!thread.isNull());
    QCOMPARE(edit->commentedPassages().size(), 1);
    QCOMPARE(edit->commentedPassages().at(0).start, position);
    QCOMPARE(edit->commentedPassages().at(0).length, length);
    const auto rootCauses = window->document()->model()->sectionIndex(model::SectionKey::RootCauses);
    QCOMPARE(rootCauses.data(int(model::ReviewModel::Role::OpenComments)).toInt(), 1);
    // On disk at once, in the untitled review's file.
    QVERIFY(!window->document()->hasPendingChanges());

    // Typing before the passage moves it.
    cursor.setPosition(0);
    edit->setTextCursor(cursor);
    QTest::keyClicks(edit, QStringLiteral("Before. "));
    QTRY_COMPARE(edit->commentedPassages().value(0).start, position + 8);
    // Typing inside it stretches it.
    cursor.setPosition(position + 8 + length / 2);
    edit->setTextCursor(cursor);
    QTest::keyClicks(edit, QStringLiteral("very "));
    QTRY_COMPARE(edit->commentedPassages().value(0).length, length + 5);
    QCOMPARE(edit->commentedPassages().value(0).start, position + 8);
    // Deleting it leaves the thread, on text that was removed.
    cursor.setPosition(position + 8);
    cursor.setPosition(position + 8 + length + 5, QTextCursor::KeepAnchor);
    edit->setTextCursor(cursor);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTRY_VERIFY(edit->commentedPassages().isEmpty());
    auto *panel = window->commentsPanel();
    QVERIFY(panel->setCurrentThread(thread));
    QTRY_VERIFY2(panel->currentText().contains(QStringLiteral("text that was removed")),
                 qPrintable(panel->currentText()));
    QCOMPARE(model::commentThreads(window->document()->review().comments).size(), 1);
    // Undoing the deletion brings the passage back, marked.
    window->document()->undoStack()->undo();
    QTRY_COMPARE(edit->commentedPassages().size(), 1);

    // Resolve with a decision, undo, redo, reopen.
    panel->resolveCurrent(QStringLiteral("Raise the pool to 40"));
    auto threads = model::commentThreads(window->document()->review().comments);
    QVERIFY(threads.at(0).isResolved());
    QCOMPARE(threads.at(0).resolution->decision, QStringLiteral("Raise the pool to 40"));
    QVERIFY(edit->commentedPassages().isEmpty()); // resolved threads are not marked
    QCOMPARE(rootCauses.data(int(model::ReviewModel::Role::OpenComments)).toInt(), 0);
    QCOMPARE(window->document()->undoStack()->undoText(), QStringLiteral("Resolve thread"));
    window->document()->undoStack()->undo();
    QVERIFY(!model::commentThreads(window->document()->review().comments).at(0).isResolved());
    QCOMPARE(edit->commentedPassages().size(), 1);
    window->document()->undoStack()->redo();
    QVERIFY(panel->setCurrentThread(thread));
    panel->reopenCurrent();
    QVERIFY(!model::commentThreads(window->document()->review().comments).at(0).isResolved());
    // A reply through the box and Ctrl+Enter.
    panel->replyEdit()->setFocus();
    QTest::keyClicks(panel->replyEdit(), QStringLiteral("Agreed."));
    QTest::keyClick(panel->replyEdit(), Qt::Key_Return, Qt::ControlModifier);
    threads = model::commentThreads(window->document()->review().comments);
    QCOMPARE(threads.at(0).replies.size(), 1);
    QCOMPARE(threads.at(0).replies.at(0).markdown, QStringLiteral("Agreed."));
    QVERIFY(panel->replyEdit()->toPlainText().isEmpty());
}

void TestMainWindow::commentOnARowMarksIt()
{
    auto *window = new app::MainWindow;
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(window->openPath(Sample));
    window->sectionEditor()->showSection(int(model::SectionKey::Actions));
    editor::RowTable *table = nullptr;
    for (auto *candidate : window->sectionEditor()->findChildren<editor::RowTable *>()) {
        if (candidate->isVisibleTo(window->sectionEditor()))
            table = candidate;
    }
    QVERIFY(table);
    const auto first = table->view()->model()->index(0, 0, table->view()->rootIndex());
    table->view()->setCurrentIndex(first);
    QApplication::setActiveWindow(window);
    table->view()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), table->view());
    QVERIFY(!first.data(Qt::DecorationRole).isValid());
    const QUuid thread = window->addCommentHere(QStringLiteral("Who owns this?"));
    QVERIFY(!thread.isNull());
    const auto anchor = model::commentThreads(window->document()->review().comments).at(0).anchor;
    QCOMPARE(anchor.kind, model::AnchorKind::Row);
    QCOMPARE(anchor.rowTable, QStringLiteral("action"));
    QCOMPARE(anchor.rowId, first.data(int(model::ReviewModel::Role::RowId)).toLongLong());
    // The row carries a mark, the thread names the action, and Go to selects the row again.
    QCOMPARE(first.data(Qt::DecorationRole).value<QColor>(), model::ReviewModel::commentMarkColor());
    auto *panel = window->commentsPanel();
    QVERIFY(panel->setCurrentThread(thread));
    QVERIFY(panel->currentText().contains(QStringLiteral("the action “")));
    window->sectionEditor()->showSection(int(model::SectionKey::Summary));
    panel->goButton()->click();
    QCOMPARE(window->sectionEditor()->currentSection(), int(model::SectionKey::Actions));
    QCOMPARE(table->view()->currentIndex().row(), 0);
}

namespace {

// Answers the next message box with the button whose text is answer, once it is shown.
void answerMessageBox(const QString &answer, QString *seen)
{
    auto *timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *seen = box->text() + QLatin1Char('\n') + box->informativeText();
        for (auto *button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')) == answer) {
                button->click();
                break;
            }
        }
        timer->deleteLater();
    });
    timer->start(20);
}

} // namespace

void TestMainWindow::signOffAndPublishing()
{
    auto *window = new app::MainWindow;
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(window->openPath(Sample));
    auto &document = *window->document();
    window->sectionEditor()->showSection(int(model::SectionKey::Share));
    editor::SignOffPanel *panel = nullptr;
    for (auto *candidate : window->sectionEditor()->findChildren<editor::SignOffPanel *>()) {
        if (candidate->isVisibleTo(window->sectionEditor()))
            panel = candidate;
    }
    QVERIFY(panel);
    QVERIFY(!panel->approveButton()->isEnabled()); // nobody to approve yet
    model::commands::insertRow(document, model::Reviewer{0, QStringLiteral("Ana Ruiz"), QStringLiteral("SRE")});
    model::commands::insertRow(document, model::Reviewer{0, QStringLiteral("Ben Okafor"), QString()});
    QCOMPARE(panel->verdictLines(), QStringList({QStringLiteral("Ana Ruiz (SRE): not signed off yet"),
                                                 QStringLiteral("Ben Okafor: not signed off yet")}));
    QVERIFY(panel->approveButton()->isEnabled());
    model::commands::signOff(document, {{}, QStringLiteral("Ana Ruiz"), model::Verdict::Approved, {}, {}});
    model::commands::signOff(document, {{},
                                        QStringLiteral("Cleo"),
                                        model::Verdict::ChangesRequested,
                                        {},
                                        QStringLiteral("Name the owner of action 2")});
    const auto lines = panel->verdictLines();
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Ana Ruiz (SRE): ✔ approved")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("Cleo (not on the list): ✎ changes requested")),
             qPrintable(lines.at(2)));
    QVERIFY(lines.at(2).endsWith(QStringLiteral("Name the owner of action 2")));
    QCOMPARE(panel->verdicts()->text(), lines.join(QLatin1Char('\n')));
    // A verdict is one undo step.
    document.undoStack()->undo();
    QCOMPARE(panel->verdictLines().size(), 2);

    // Publishing asks first, naming what is open; Cancel keeps the status.
    QComboBox *status = nullptr;
    for (auto *combo : window->sectionEditor()->findChildren<QComboBox *>(model::fieldName(model::Field::Status))) {
        if (combo->isVisibleTo(window->sectionEditor()))
            status = combo;
    }
    QVERIFY(status);
    const auto before = document.review().status;
    QVERIFY(before != model::Status::Published);
    QString seen;
    answerMessageBox(QStringLiteral("Cancel"), &seen);
    status->setCurrentIndex(status->findData(int(model::Status::Published)));
    Q_EMIT status->activated(status->currentIndex());
    QVERIFY2(seen.contains(QStringLiteral("Ben Okafor has not signed off")), qPrintable(seen));
    QCOMPARE(document.review().status, before);
    QCOMPARE(status->currentData().toInt(), int(before));
    // Publish anyway.
    answerMessageBox(QStringLiteral("Publish anyway"), &seen);
    status->setCurrentIndex(status->findData(int(model::Status::Published)));
    Q_EMIT status->activated(status->currentIndex());
    QCOMPARE(document.review().status, model::Status::Published);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
