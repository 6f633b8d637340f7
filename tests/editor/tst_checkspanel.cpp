// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/checks/checklocator.h"
#include "editor/checks/checkspanel.h"
#include "editor/sections/sectioneditor.h"
#include "editor/widgets/rowtable.h"
#include "model/commands.h"
#include "model/names.h"
#include "model/reviewdocument.h"
#include "model/reviewfile.h"
#include "model/reviewmodel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hindsight;
using model::Field;
using model::SectionKey;

namespace {

// Everything the template asks for, but the authors, the audience, and one action's owner.
model::Review review()
{
    model::Review review;
    review.summary = QStringLiteral("The pool shrank; checkout failed.");
    review.impact.user = QStringLiteral("Users could not pay; no data was lost.");
    review.impact.business = QStringLiteral("12,000 EUR.");
    review.impact.team = QStringLiteral("Two engineers paged.");
    review.detection.method = model::DetectionMethod::Alert;
    review.detection.time = QDateTime(QDate(2026, 3, 14), QTime(13, 9), QTimeZone::utc());
    review.detection.markdown = QStringLiteral("The error-rate alert fired.");
    review.triage = QStringLiteral("SEV2.");
    review.rootCauses = QStringLiteral("See https://grafana.example.com/d/pool.");
    review.resolution = QStringLiteral("Errors fell: https://grafana.example.com/d/errors.");
    const auto at = [](int minute) { return QDateTime(QDate(2026, 3, 14), QTime(13, minute), QTimeZone::utc()); };
    int minute = 0;
    for (const auto milestone : {model::Milestone::Started, model::Milestone::Detected, model::Milestone::Mitigated,
                                 model::Milestone::Resolved}) {
        model::TimelineEvent event;
        event.time = at(minute += 5);
        event.milestone = milestone;
        event.text = model::enumLabel(milestone);
        review.timeline.append(event);
    }
    for (const auto kind : model::enumValues<model::LessonKind>())
        review.lessons.append({0, kind, model::enumLabel(kind)});
    for (int i = 0; i < 30; ++i) {
        model::ActionItem action;
        action.title = QStringLiteral("Action %1").arg(i);
        action.owner = i == 27 ? QString() : QStringLiteral("Olivia");
        action.ticket = QStringLiteral("CHK-%1").arg(i);
        action.due = QDate(2026, 4, 1);
        review.actions.append(action);
    }
    return review;
}

} // namespace

class TestChecksPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsTheOpenChecks();
    void goesToThePlace_data();
    void goesToThePlace();
    void dismissIsUndoableAndStored();
    void showsAndRestoresDismissed();
    void followsTheDocumentAfterAPause();

private:
    int rowOf(const QString &id) const;

    QTemporaryDir m_dir;
    std::unique_ptr<model::ReviewDocument> m_document;
    std::unique_ptr<QWidget> m_window;
    editor::SectionEditor *m_editor = nullptr;
    editor::ChecksPanel *m_panel = nullptr;
};

void TestChecksPanel::init()
{
    QVERIFY(m_dir.isValid());
    const auto path = m_dir.filePath(QStringLiteral("checks.hindsight"));
    QFile::remove(path);
    auto created = model::ReviewDocument::create(path, review());
    QVERIFY2(created.document, qPrintable(created.error));
    m_document = std::move(created.document);
    m_window = std::make_unique<QWidget>();
    auto *layout = new QHBoxLayout(m_window.get());
    m_editor = new editor::SectionEditor(m_window.get());
    m_panel = new editor::ChecksPanel(m_window.get());
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_panel);
    connect(m_panel, &editor::ChecksPanel::goToRequested, m_editor,
            [this](const model::CheckLocation &location) { editor::goToCheckLocation(*m_editor, location); });
    m_editor->setDocument(m_document.get());
    m_panel->setDocument(m_document.get());
    m_window->resize(1200, 800);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestChecksPanel::cleanup()
{
    m_window.reset();
    m_document.reset();
}

int TestChecksPanel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_panel->list()->count(); ++row) {
        if (m_panel->list()->item(row)->data(Qt::UserRole).toString() == id)
            return row;
    }
    return -1;
}

void TestChecksPanel::listsTheOpenChecks()
{
    const auto actionId = m_document->review().actions.at(27).id;
    const QStringList expected{QStringLiteral("authors.listed"),
                               model::ReviewChecks::rowCheckId(QStringLiteral("action.complete"), actionId),
                               QStringLiteral("share.audience")};
    QStringList ids;
    for (int row = 0; row < m_panel->list()->count(); ++row)
        ids.append(m_panel->list()->item(row)->data(Qt::UserRole).toString());
    QCOMPARE(ids, expected);
    QCOMPARE(m_panel->openCount(), 3);
    // Each item says why, quoting what it flags.
    QVERIFY(m_panel->list()->item(1)->text().contains(QStringLiteral("“Action 27”")));
}

void TestChecksPanel::goesToThePlace_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("byButton");
    QTest::addColumn<int>("section");
    QTest::addColumn<QString>("focusName"); // the focused widget's, or its table's, object name
    QTest::addColumn<int>("actionRow");     // the action row selected, or -1

    QTest::newRow("field by Enter: audience") << QStringLiteral("share.audience") << false << int(SectionKey::Share)
                                              << model::fieldName(Field::ShareAudience) << -1;
    QTest::newRow("field by the button: audience") << QStringLiteral("share.audience") << true << int(SectionKey::Share)
                                                   << model::fieldName(Field::ShareAudience) << -1;
    QTest::newRow("row by Enter: the incomplete action")
        << QStringLiteral("action.complete") << false << int(SectionKey::Actions) << QStringLiteral("actions") << 27;
    QTest::newRow("section only: authors")
        << QStringLiteral("authors.listed") << true << int(SectionKey::Authors) << QString() << -1;
}

void TestChecksPanel::goesToThePlace()
{
    QFETCH(QString, id);
    QFETCH(bool, byButton);
    QFETCH(int, section);
    QFETCH(QString, focusName);
    QFETCH(int, actionRow);

    if (id == QLatin1String("action.complete"))
        id = model::ReviewChecks::rowCheckId(id, m_document->review().actions.at(actionRow).id);
    m_editor->showSection(int(SectionKey::Summary));
    const int row = rowOf(id);
    QVERIFY(row >= 0);
    m_panel->list()->setFocus();
    m_panel->list()->setCurrentRow(row);
    if (byButton)
        QTest::mouseClick(m_panel->goButton(), Qt::LeftButton);
    else
        QTest::keyClick(m_panel->list(), Qt::Key_Return);

    QCOMPARE(m_editor->currentSection(), section);
    if (focusName.isEmpty())
        return;
    auto *focus = QApplication::focusWidget();
    QVERIFY(focus);
    if (actionRow < 0) {
        QCOMPARE(focus->objectName(), focusName);
        return;
    }
    auto *table = qobject_cast<editor::RowTable *>(focus->parentWidget());
    QVERIFY(table);
    QCOMPARE(table->objectName(), focusName);
    const auto current = table->view()->currentIndex();
    QCOMPARE(current.data(int(model::ReviewModel::Role::RowId)).toLongLong(),
             m_document->review().actions.at(actionRow).id);
    QVERIFY(table->view()->selectionModel()->isRowSelected(current.row(), current.parent()));
}

void TestChecksPanel::dismissIsUndoableAndStored()
{
    QSignalSpy counts(m_panel, &editor::ChecksPanel::openCountChanged);
    m_panel->list()->setCurrentRow(rowOf(QStringLiteral("share.audience")));
    QCOMPARE(m_panel->dismissButton()->text(), editor::ChecksPanel::tr("Dis&miss"));
    QTest::mouseClick(m_panel->dismissButton(), Qt::LeftButton);

    QCOMPARE(rowOf(QStringLiteral("share.audience")), -1);
    QCOMPARE(m_panel->openCount(), 2);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(m_document->review().dismissedChecks, QStringList{QStringLiteral("share.audience")});
    QVERIFY(m_document->flush());
    {
        const auto reopened = model::ReviewFile::open(m_document->filePath(), model::ReviewFile::Mode::ReadOnly);
        QVERIFY2(reopened.file, qPrintable(reopened.error));
        QCOMPARE(reopened.review.dismissedChecks, QStringList{QStringLiteral("share.audience")});
    }

    m_document->undoStack()->undo();
    QVERIFY(m_document->review().dismissedChecks.isEmpty());
    // The panel follows the undo once the pause is over.
    QVERIFY(counts.wait());
    QCOMPARE(m_panel->openCount(), 3);
    QVERIFY(rowOf(QStringLiteral("share.audience")) >= 0);
    QVERIFY(m_document->flush());
    const auto reopened = model::ReviewFile::open(m_document->filePath(), model::ReviewFile::Mode::ReadOnly);
    QVERIFY(reopened.review.dismissedChecks.isEmpty());
}

void TestChecksPanel::showsAndRestoresDismissed()
{
    model::commands::setCheckDismissed(*m_document, QStringLiteral("authors.listed"), true);
    m_panel->refresh();
    QCOMPARE(rowOf(QStringLiteral("authors.listed")), -1);

    m_panel->setShowDismissed(true);
    const int row = rowOf(QStringLiteral("authors.listed"));
    QVERIFY(row >= 0);
    QVERIFY(m_panel->list()->item(row)->font().italic());
    QCOMPARE(m_panel->openCount(), 2);
    m_panel->list()->setCurrentRow(row);
    QCOMPARE(m_panel->dismissButton()->text(), editor::ChecksPanel::tr("&Restore"));
    QTest::mouseClick(m_panel->dismissButton(), Qt::LeftButton);
    QVERIFY(m_document->review().dismissedChecks.isEmpty());
    QCOMPARE(m_panel->openCount(), 3);
    QCOMPARE(m_document->undoStack()->count(), 2);
}

void TestChecksPanel::followsTheDocumentAfterAPause()
{
    QSignalSpy counts(m_panel, &editor::ChecksPanel::openCountChanged);
    // A burst of edits: the checks do not run on each one, so typing never waits for them.
    for (const auto *text : {"E", "En", "Eng", "Engineering"})
        model::commands::setField(*m_document, Field::ShareAudience, QString::fromLatin1(text));
    QCOMPARE(m_panel->openCount(), 3);
    QVERIFY(rowOf(QStringLiteral("share.audience")) >= 0);
    QVERIFY(counts.wait());
    QCOMPARE(counts.size(), 1);
    QCOMPARE(m_panel->openCount(), 2);
    QCOMPARE(rowOf(QStringLiteral("share.audience")), -1);
}

QTEST_MAIN(TestChecksPanel)
#include "tst_checkspanel.moc"
