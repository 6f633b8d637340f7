// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/commands.h"
#include "model/livenote.h"
#include "model/reviewdocument.h"
#include "model/reviewmodel.h"

#include <QAbstractItemModelTester>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace hindsight::model;

namespace {

// Another program's connection to the same file, to look at it or to get in its way.
class OtherConnection
{
public:
    explicit OtherConnection(const QString &path)
        : m_name(QStringLiteral("other-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~OtherConnection()
    {
        {
            auto db = QSqlDatabase::database(m_name);
            if (db.isOpen())
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    QString exec(const QString &statement)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        return query.exec(statement) ? QString() : query.lastError().text();
    }

private:
    QString m_name;
};

// How the write of a note is made to fail.
enum class Failure {
    // Another program holds the write lock: SQLite gives up after its busy timeout.
    WriteLocked,
    // The storage refuses the row, as a full disk or a failing device would.
    RowRefused,
};

TimelineEvent note(const QString &text)
{
    TimelineEvent event;
    event.time = QDateTime(QDate(2026, 11, 23), QTime(14, 5, 31), QTimeZone::utc());
    event.kind = EventKind::Action;
    event.text = text;
    event.author = QStringLiteral("olivia");
    return event;
}

Review readBack(const QString &path)
{
    auto opened = ReviewFile::open(path, ReviewFile::Mode::ReadOnly);
    return opened.review;
}

} // namespace

Q_DECLARE_METATYPE(Failure)

class TestLiveNote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void noteIsInTheFileWhenTheCallReturns_data();
    void noteIsInTheFileWhenTheCallReturns();
    void failedWriteLeavesReviewAndUndoStackAsBefore_data();
    void failedWriteLeavesReviewAndUndoStackAsBefore();
    void noteIsRefused_data();
    void noteIsRefused();
    void noteUndoesAndRedoesLikeAnyInsert();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestLiveNote::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("incident.hindsight"));
    Review review;
    review.title = QStringLiteral("Checkout outage");
    QVERIFY(ReviewDocument::create(m_path, review).document);
}

void TestLiveNote::noteIsInTheFileWhenTheCallReturns_data()
{
    QTest::addColumn<bool>("editPending");
    QTest::newRow("nominal: nothing else pending") << false;
    QTest::newRow("nominal: a field edit still pending") << true;
}

void TestLiveNote::noteIsInTheFileWhenTheCallReturns()
{
    QFETCH(bool, editPending);
    auto opened = ReviewDocument::open(m_path);
    QVERIFY(opened.document);
    auto &document = *opened.document;
    QAbstractItemModelTester tester(document.model());
    if (editPending)
        commands::setField(document, Field::Summary, QStringLiteral("Typed just before the note"));
    QCOMPARE(document.hasPendingChanges(), editPending);

    auto event = note(QStringLiteral("rolled back the pool change"));
    event.source = EventSource::Table; // a live note says so, whatever it was given
    const auto result = commands::addLiveNote(document, event);

    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    QVERIFY(!document.hasPendingChanges());
    // Read by a second, independent connection, before anything else runs.
    const auto onDisk = readBack(m_path);
    QCOMPARE(onDisk.timeline.size(), 1);
    const auto &stored = onDisk.timeline.first();
    QCOMPARE(stored.id, result.id);
    QCOMPARE(stored.text, QStringLiteral("rolled back the pool change"));
    QCOMPARE(stored.kind, EventKind::Action);
    QCOMPARE(stored.time, event.time);
    QCOMPARE(stored.author, QStringLiteral("olivia"));
    QCOMPARE(stored.source, EventSource::LiveNote);
    QCOMPARE(onDisk.summary, editPending ? QStringLiteral("Typed just before the note") : QString());
    QCOMPARE(document.review().timeline.size(), 1);
    QCOMPARE(document.review().timeline.first(), stored);
}

void TestLiveNote::failedWriteLeavesReviewAndUndoStackAsBefore_data()
{
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<bool>("editPending");
    QTest::newRow("robustness: another program holds the write lock") << Failure::WriteLocked << false;
    QTest::newRow("robustness: the storage refuses the row") << Failure::RowRefused << false;
    QTest::newRow("robustness: the storage refuses the row, an edit pending") << Failure::RowRefused << true;
}

void TestLiveNote::failedWriteLeavesReviewAndUndoStackAsBefore()
{
    QFETCH(Failure, failure);
    QFETCH(bool, editPending);
    auto opened = ReviewDocument::open(m_path);
    QVERIFY(opened.document);
    auto &document = *opened.document;
    QAbstractItemModelTester tester(document.model());
    auto *stack = document.undoStack();
    QVERIFY(commands::addLiveNote(document, note(QStringLiteral("an earlier note"))).ok());
    if (editPending)
        commands::setField(document, Field::Summary, QStringLiteral("Typed just before the note"));
    const auto before = document.review();
    const int count = stack->count();
    const int index = stack->index();
    const auto undoText = stack->undoText();
    const int rows = document.model()->rowCount(document.model()->parentForType(RowTraits<TimelineEvent>::typeIndex));

    {
        OtherConnection other(m_path);
        if (failure == Failure::WriteLocked) {
            QCOMPARE(other.exec(QStringLiteral("BEGIN EXCLUSIVE")), QString());
        } else {
            QCOMPARE(other.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON event "
                                               "BEGIN SELECT RAISE(ABORT, 'the device refused the write'); END")),
                     QString());
        }
        const auto result = commands::addLiveNote(document, note(QStringLiteral("this one is not kept")));

        QVERIFY(!result.ok());
        QCOMPARE(result.id, 0);
        QVERIFY2(result.error.contains(m_path), qPrintable(result.error));
        QCOMPARE(document.review(), before);
        QCOMPARE(document.model()->rowCount(document.model()->parentForType(RowTraits<TimelineEvent>::typeIndex)),
                 rows);
        QCOMPARE(stack->count(), count);
        QCOMPARE(stack->index(), index);
        QCOMPARE(stack->undoText(), undoText);
        QVERIFY(!stack->canRedo()); // Redo cannot bring back a note that was never kept
        if (failure == Failure::RowRefused)
            QCOMPARE(other.exec(QStringLiteral("DROP TRIGGER refuse")), QString());
    }
    // The note's transaction was its own: what was pending before it is in the file, the note not.
    const auto onDisk = readBack(m_path);
    QCOMPARE(onDisk.timeline.size(), 1);
    QCOMPARE(onDisk.timeline.first().text, QStringLiteral("an earlier note"));
    QCOMPARE(onDisk.summary, editPending ? QStringLiteral("Typed just before the note") : QString());

    // Once the file takes writes again, the same note goes in.
    const auto retried = commands::addLiveNote(document, note(QStringLiteral("this one is not kept")));
    QVERIFY2(retried.ok(), qPrintable(retried.error));
    QCOMPARE(readBack(m_path).timeline.size(), 2);
}

void TestLiveNote::noteIsRefused_data()
{
    QTest::addColumn<QString>("why");
    QTest::newRow("robustness: the review is open read-only") << QStringLiteral("read-only");
    QTest::newRow("robustness: the review has no file") << QStringLiteral("no file");
    QTest::newRow("robustness: the note has no time") << QStringLiteral("no time");
}

void TestLiveNote::noteIsRefused()
{
    QFETCH(QString, why);
    auto holder = ReviewDocument::open(m_path);
    QVERIFY(holder.document);
    std::unique_ptr<ReviewDocument> document;
    auto event = note(QStringLiteral("a note"));
    if (why == QLatin1String("read-only")) {
        document = std::move(ReviewDocument::open(m_path).document);
        QVERIFY(document && document->isReadOnly());
    } else if (why == QLatin1String("no file")) {
        document = std::make_unique<ReviewDocument>();
    } else {
        document = std::move(holder.document);
        event.time = {};
    }
    const auto result = commands::addLiveNote(*document, event);
    QVERIFY(!result.ok());
    QVERIFY(!result.error.isEmpty());
    QVERIFY(document->review().timeline.isEmpty());
    QCOMPARE(document->undoStack()->count(), 0);
    QVERIFY(readBack(m_path).timeline.isEmpty());
}

void TestLiveNote::noteUndoesAndRedoesLikeAnyInsert()
{
    auto opened = ReviewDocument::open(m_path);
    QVERIFY(opened.document);
    auto &document = *opened.document;
    const auto result = commands::addLiveNote(document, note(QStringLiteral("paged the database on-call")));
    QVERIFY(result.ok());
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add to timeline"));
    document.undoStack()->undo();
    QVERIFY(document.review().timeline.isEmpty());
    QVERIFY(document.flush());
    QVERIFY(readBack(m_path).timeline.isEmpty());
    document.undoStack()->redo();
    QCOMPARE(document.review().timeline.size(), 1);
    QCOMPARE(document.review().timeline.first().id, result.id);
    QCOMPARE(document.review().timeline.first().source, EventSource::LiveNote);
}

QTEST_GUILESS_MAIN(TestLiveNote)
#include "tst_livenote.moc"
