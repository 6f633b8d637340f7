// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/commands.h"
#include "model/names.h"
#include "model/reviewdocument.h"
#include "model/reviewfields.h"
#include "model/reviewfile.h"
#include "model/reviewmodel.h"
#include "olderformats.h"
#include "samplereview.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace hindsight::model;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

Review reopen(const QString &path)
{
    auto opened = ReviewDocument::open(path);
    if (!opened.document) {
        qWarning().noquote() << opened.error;
        return {};
    }
    return opened.document->review();
}

// Runs statements on a review file as another program would, and leaves no log beside it.
bool changeFile(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const auto &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning().noquote() << statement << query.lastError().text();
                ok = false;
            }
        }
        ok = ok && query.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

// A value for each field that differs from the full review's.
QVariant otherValue(Field field)
{
    switch (field) {
    case Field::Severity:
        return 5;
    case Field::Status:
        return int(Status::Published);
    case Field::UsersAffected:
        return qint64(7);
    case Field::RevenueLost:
        return 0.25;
    case Field::SlaBreached:
    case Field::DataLost:
    case Field::DataCompromised:
        return false;
    case Field::DetectionMethod:
        return int(DetectionMethod::AutomatedTest);
    case Field::DetectionTime:
        return QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), QTimeZone::utc());
    case Field::TimeZone:
        return QStringLiteral("America/New_York");
    case Field::DismissedChecks:
        return QStringLiteral("action.complete#7\nsummary.tldr");
    case Field::ReviewId:
        return QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    default:
        if ((int(field) >= int(Field::VisibilityAuthors) && int(field) <= int(Field::VisibilityShare)) ||
            (int(field) >= int(Field::VisibilityImpactUser) && int(field) <= int(Field::VisibilityDataCompromised)))
            return int(Visibility::Public) + int(Visibility::Internal) -
                   fieldValue(hindsight::tests::fullReview(), field).toInt();
        return QStringLiteral("Changed: %1 — ✓ | **bold**").arg(fieldName(field));
    }
}

} // namespace

class TestReviewFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTripKeepsEverything();
    void everyFieldIsStored_data();
    void everyFieldIsStored();
    void unknownFiguresStayUnknown();
    void rowEditsAreStored();
    void editsReachTheFileWithoutSaving();
    void cleanCloseLeavesOneFile();
    void badFilesAreRefusedUntouched_data();
    void badFilesAreRefusedUntouched();
    void outOfRangeValuesAreRefused_data();
    void outOfRangeValuesAreRefused();
    void recursiveView_data();
    void recursiveView();
    void damagedReasonOnOneLine();
    void readOnlyFolder();
    void lockFolderSharedByAccounts();
    void noncharactersSurviveStorage();
    void readerCopiesOnlyWhatItRead();
    void fileOpenTwiceIsReadOnlyTheSecondTime();
    void saveAsCopiesAndContinuesOnTheCopy();
    void figuresAreStoredWhole();
    void figureEditsAreStored();
    void formatOneFilesAreUpgraded();
    void formatTwoFilesAreUpgraded_data();
    void formatTwoFilesAreUpgraded();
    void newReviewsKeepBusinessTeamAndRevenueInternal();
    void damagedOlderFileKeepsItsFormat();
    void seriesEncoding_data();
    void seriesEncoding();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReviewFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReviewFile::roundTripKeepsEverything()
{
    const auto file = path(QStringLiteral("full.hindsight"));
    Review written;
    {
        auto created = ReviewDocument::create(file, hindsight::tests::fullReview());
        QVERIFY2(created.document, qPrintable(created.error));
        written = created.document->review();
    }
    const auto read = reopen(file);
    QCOMPARE(read.title, written.title);
    QCOMPARE(read.impact, written.impact);
    QCOMPARE(read.detection, written.detection);
    QCOMPARE(read.timeline, written.timeline);
    QCOMPARE(read.actions, written.actions);
    QVERIFY(read == written);
}

void TestReviewFile::everyFieldIsStored_data()
{
    QTest::addColumn<int>("field");
    for (int f = 0; f < FieldCount; ++f)
        QTest::newRow(qPrintable(QStringLiteral("nominal: %1").arg(fieldName(Field(f))))) << f;
}

void TestReviewFile::everyFieldIsStored()
{
    QFETCH(int, field);
    const auto file = path(QStringLiteral("field.hindsight"));
    const auto value = otherValue(Field(field));
    {
        auto created = ReviewDocument::create(file, hindsight::tests::fullReview());
        QVERIFY(created.document);
        QVERIFY(fieldValue(created.document->review(), Field(field)) != value);
        commands::setField(*created.document, Field(field), value);
        QCOMPARE(fieldValue(created.document->review(), Field(field)), value);
    }
    QCOMPARE(fieldValue(reopen(file), Field(field)), value);
}

void TestReviewFile::unknownFiguresStayUnknown()
{
    const auto file = path(QStringLiteral("unknown.hindsight"));
    {
        auto created = ReviewDocument::create(file, hindsight::tests::fullReview());
        commands::setField(*created.document, Field::UsersAffected, QVariant());
        commands::setField(*created.document, Field::RevenueLost, QVariant());
        commands::setField(*created.document, Field::DetectionTime, QDateTime());
    }
    const auto read = reopen(file);
    QVERIFY(!read.impact.usersAffected.has_value());
    QVERIFY(!read.impact.revenueLost.has_value());
    QVERIFY(!read.detection.time.isValid());
}

void TestReviewFile::rowEditsAreStored()
{
    const auto file = path(QStringLiteral("rows.hindsight"));
    Review expected;
    {
        auto created = ReviewDocument::create(file, hindsight::tests::fullReview());
        auto &doc = *created.document;
        Person person{0, QStringLiteral("Olivia Schmitt"), QStringLiteral("Database"), QString()};
        commands::insertRow(doc, person, 0);
        commands::removeRows<Person>(doc, {doc.review().authors.at(1).id});
        TimelineEvent event;
        event.time = QDateTime(QDate(2023, 3, 14), QTime(14, 19), QTimeZone::utc());
        event.kind = EventKind::Mitigation;
        event.milestone = Milestone::Mitigated;
        event.text = QStringLiteral("Reverted");
        commands::insertRow(doc, event);
        commands::setRowValue<TimelineEvent>(doc, doc.review().timeline.first().id, RowTraits<TimelineEvent>::Text,
                                             QStringLiteral("Edited text"));
        commands::setRowValue<ActionItem>(doc, doc.review().actions.first().id, RowTraits<ActionItem>::Due, QDate());
        commands::removeRows<Lesson>(doc, {doc.review().lessons.at(1).id});
        expected = doc.review();
    }
    const auto read = reopen(file);
    QCOMPARE(read.authors, expected.authors);
    QCOMPARE(read.timeline, expected.timeline);
    QCOMPARE(read.lessons, expected.lessons);
    QCOMPARE(read.actions, expected.actions);
    QCOMPARE(read.actions.first().due, QDate());
    QVERIFY(read == expected);
}

void TestReviewFile::editsReachTheFileWithoutSaving()
{
    // No Save is needed to be safe: a second reader sees the edit within about a second.
    const auto file = path(QStringLiteral("live.hindsight"));
    auto created = ReviewDocument::create(file, hindsight::tests::fullReview());
    QVERIFY(created.document);
    commands::setField(*created.document, Field::Summary, QStringLiteral("Typed, never saved"));
    auto readSummary = [&] {
        auto opened = ReviewFile::open(file, ReviewFile::Mode::ReadOnly);
        return opened.file ? opened.review.summary : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(readSummary(), QStringLiteral("Typed, never saved"), 1500);
    QVERIFY(!created.document->hasPendingChanges());
}

void TestReviewFile::cleanCloseLeavesOneFile()
{
    const auto file = path(QStringLiteral("alone.hindsight"));
    {
        auto created = ReviewDocument::create(file, hindsight::tests::fullReview());
        commands::setField(*created.document, Field::Title, QStringLiteral("Closed cleanly"));
        QVERIFY(QFile::exists(file + QStringLiteral("-wal")));
    }
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(file + QStringLiteral("-shm")));
    QCOMPARE(reopen(file).title, QStringLiteral("Closed cleanly"));

    // A reader (an export from the command line) leaves nothing beside the file either.
    {
        const auto opened = ReviewFile::open(file, ReviewFile::Mode::ReadOnly);
        QVERIFY(opened.file);
        QCOMPARE(opened.review.title, QStringLiteral("Closed cleanly"));
    }
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(file + QStringLiteral("-shm")));

    // While the file is open for writing elsewhere, a reader leaves the writer's files alone.
    auto writer = ReviewDocument::open(file);
    QVERIFY(writer.document);
    commands::setField(*writer.document, Field::Title, QStringLiteral("Still open"));
    QVERIFY(writer.document->flush());
    {
        const auto opened = ReviewFile::open(file, ReviewFile::Mode::ReadOnly);
        QCOMPARE(opened.review.title, QStringLiteral("Still open"));
    }
    QVERIFY(QFile::exists(file + QStringLiteral("-wal")));
    writer.document.reset();
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
}

void TestReviewFile::badFilesAreRefusedUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("robustness: text file renamed .hindsight") << "text"
                                                              << "is not a Hindsight review";
    QTest::newRow("robustness: empty file") << "empty"
                                            << "is empty";
    QTest::newRow("robustness: truncated file") << "truncated"
                                                << "cut short";
    QTest::newRow("robustness: truncated inside the header") << "header"
                                                             << "cut short";
    QTest::newRow("robustness: newer file format") << "newer"
                                                   << "newer version of Hindsight";
    QTest::newRow("robustness: another program's database") << "foreign"
                                                            << "not a Hindsight review";
    // Text is read as UTF-8 bytes, so that nothing is lost on the way (see noncharactersSurviveStorage).
    QTest::newRow("robustness: text stored as UTF-16") << "utf16"
                                                       << "its text is not stored as UTF-8";
}

void TestReviewFile::badFilesAreRefusedUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const auto file = path(QStringLiteral("bad.hindsight"));

    auto makeReview = [&](int events) {
        auto review = hindsight::tests::fullReview();
        for (int i = 0; i < events; ++i) {
            TimelineEvent event;
            event.time = QDateTime(QDate(2023, 3, 14), QTime(12, 0), QTimeZone::utc()).addSecs(i);
            event.text = QStringLiteral("Event %1 with some text to fill pages").arg(i);
            review.timeline.append(event);
        }
        QVERIFY(ReviewDocument::create(file, review).document);
    };
    auto sqlite = [&](const QString &statement) {
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(statement));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    };

    if (kind == QLatin1String("text")) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("# Postmortem\n\nThis is Markdown, not a review file.\n");
    } else if (kind == QLatin1String("empty")) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
    } else if (kind == QLatin1String("truncated") || kind == QLatin1String("header")) {
        makeReview(2000);
        QFile out(file);
        QVERIFY(out.open(QIODevice::ReadWrite));
        QVERIFY(out.size() > 8192);
        QVERIFY(out.resize(kind == QLatin1String("header") ? 50 : out.size() / 2));
    } else if (kind == QLatin1String("newer")) {
        makeReview(0);
        sqlite(QStringLiteral("PRAGMA user_version=%1").arg(ReviewFile::SchemaVersion + 1));
    } else if (kind == QLatin1String("foreign")) {
        sqlite(QStringLiteral("CREATE TABLE contacts (name TEXT)"));
    } else if (kind == QLatin1String("utf16")) {
        QVERIFY(changeFile(file, {QStringLiteral("PRAGMA encoding='UTF-16le'"),
                                  QStringLiteral("PRAGMA application_id=%1").arg(ReviewFile::ApplicationId),
                                  QStringLiteral("PRAGMA user_version=%1").arg(ReviewFile::SchemaVersion),
                                  QStringLiteral("CREATE TABLE field (name TEXT PRIMARY KEY NOT NULL, value)")}));
    }

    const auto before = fileHash(file);
    const auto opened = ReviewDocument::open(file);
    QVERIFY(!opened.document);
    QVERIFY2(opened.error.contains(message), qPrintable(opened.error));
    QVERIFY2(opened.error.contains(QStringLiteral("bad.hindsight")), qPrintable(opened.error));
    QCOMPARE(fileHash(file), before);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(file + QStringLiteral("-journal")));
}

// Defect: a milestone of 99 or -3 in the file crashed the PDF and Markdown exports, and other
// damaged values were exported to JSON that Hindsight refuses to read. Every value is checked
// where the file is read; the file is refused with a one-line message and left untouched.
void TestReviewFile::outOfRangeValuesAreRefused_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("message");

    QTest::newRow("crash: milestone 99") << "UPDATE event SET milestone = 99 WHERE position = 0"
                                         << "timeline event 1 has an unknown milestone (99)";
    QTest::newRow("crash: milestone -3") << "UPDATE event SET milestone = -3 WHERE position = 0"
                                         << "timeline event 1 has an unknown milestone (-3)";
    QTest::newRow("damaged: event kind") << "UPDATE event SET kind = 42"
                                         << "has an unknown kind (42)";
    QTest::newRow("damaged: event precision") << "UPDATE event SET precision = 9"
                                              << "unknown precision (9)";
    QTest::newRow("damaged: year 292278994") << "UPDATE event SET time = 9223372036854775807"
                                             << "has an impossible time";
    QTest::newRow("damaged: lesson kind") << "UPDATE lesson SET kind = 7"
                                          << "lesson 1 has an unknown kind (7)";
    QTest::newRow("damaged: action status") << "UPDATE action SET status = -1"
                                            << "action 1 has an unknown status (-1)";
    QTest::newRow("damaged: review status") << "UPDATE field SET value = '9' WHERE name = 'status'"
                                            << "the review has an unknown status (9)";
    QTest::newRow("damaged: severity 17") << "UPDATE field SET value = '17' WHERE name = 'severity'"
                                          << "severity of 17";
    QTest::newRow("damaged: figure section") << "UPDATE figure SET section = 40"
                                             << "unknown section (40)";
    QTest::newRow("damaged: empty image") << "UPDATE figure SET image = x'' WHERE kind = 0"
                                          << "figure 1: ";
    QTest::newRow("damaged: no image at all") << "UPDATE figure SET image = NULL WHERE kind = 0"
                                              << "figure 1: ";
    QTest::newRow("damaged: detection in year 292278994")
        << "UPDATE field SET value = 9223372036854775807 WHERE name = 'detection.time'"
        << "the detection has an impossible time";
    QTest::newRow("damaged: infinite revenue") << "UPDATE field SET value = 1e999 WHERE name = 'impact.revenueLost'"
                                               << "the revenue lost is not a number";
    const QList<MetricSeries> nan{
        {QStringLiteral("errors"), QString(), {QPointF(1.6e12, std::numeric_limits<double>::quiet_NaN())}}};
    QTest::newRow("damaged: chart point not a number")
        << QStringLiteral("UPDATE figure SET series = x'%1' WHERE kind = 1")
               .arg(QString::fromLatin1(encodeSeries(nan).toHex()))
        << "figure 2 has a chart point that is not a number";
}

void TestReviewFile::outOfRangeValuesAreRefused()
{
    QFETCH(QString, statement);
    QFETCH(QString, message);
    const auto file = path(QStringLiteral("damaged.hindsight"));
    QVERIFY(ReviewDocument::create(file, hindsight::tests::fullReview()).document);
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        QVERIFY(query.numRowsAffected() > 0);
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    const auto before = fileHash(file);
    const auto opened = ReviewDocument::open(file);
    QVERIFY(!opened.document);
    QVERIFY2(opened.error.contains(message), qPrintable(opened.error));
    QVERIFY2(opened.error.contains(QStringLiteral("damaged.hindsight is damaged")) ||
                 opened.error.contains(QStringLiteral("“damaged.hindsight” is damaged")),
             qPrintable(opened.error));
    QVERIFY2(!opened.error.contains(QLatin1Char('\n')), "one line");
    QCOMPARE(fileHash(file), before);
    // Read-only, as exports open it: the same refusal.
    QVERIFY(!ReviewFile::open(file, ReviewFile::Mode::ReadOnly).file);
}

// Defect: a view in place of a table hung the exports (a recursive one never ends; the one here
// stops, so that the old behaviour fails instead of hanging). Every table of a review must be a
// real table with its columns; a trigger, which would run on Hindsight's own writes, is not
// accepted either. The file is refused with one line and left untouched.
void TestReviewFile::recursiveView_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("message");

    const QString eventColumns = QStringLiteral("n AS id, n AS position, 1678800000000 + n AS time, 0 AS kind, "
                                                "0 AS milestone, 'x' AS text, '' AS author, 0 AS visibility, "
                                                "0 AS precision, 0 AS source");
    QTest::newRow("hang: recursive view in place of the events")
        << QStringList{QStringLiteral("DROP TABLE event"),
                       QStringLiteral("CREATE VIEW event AS WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 "
                                      "FROM c WHERE n < 1000) SELECT ") +
                           eventColumns + QStringLiteral(" FROM c")}
        << QStringLiteral("the table “event” has been replaced by a view");
    QTest::newRow("damaged: view of itself")
        << QStringList{QStringLiteral("DROP TABLE event"), QStringLiteral("CREATE VIEW event AS SELECT * FROM event")}
        << QStringLiteral("the table “event” has been replaced by a view");
    QTest::newRow("damaged: two views of each other")
        << QStringList{QStringLiteral("DROP TABLE lesson"), QStringLiteral("DROP TABLE note"),
                       QStringLiteral("CREATE VIEW lesson AS SELECT * FROM note"),
                       QStringLiteral("CREATE VIEW note AS SELECT * FROM lesson")}
        << QStringLiteral("the table “lesson” has been replaced by a view");
    QTest::newRow("damaged: virtual table")
        << QStringList{QStringLiteral("DROP TABLE note"),
                       QStringLiteral("CREATE VIRTUAL TABLE note USING fts5(id, position, heading, markdown, "
                                      "visibility)")}
        << QStringLiteral("the table “note” has been replaced by a virtual table");
    QTest::newRow("damaged: computed column")
        << QStringList{QStringLiteral("DROP TABLE lesson"),
                       QStringLiteral("CREATE TABLE lesson (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, "
                                      "kind INTEGER, text TEXT GENERATED ALWAYS AS (printf('%.*c', 1000, 'x')))")}
        << QStringLiteral("the column “text” of the table “lesson” is computed");
    QTest::newRow("damaged: trigger")
        << QStringList{QStringLiteral(
               "CREATE TRIGGER wipe AFTER INSERT ON event BEGIN DELETE FROM event; DELETE FROM field; END")}
        << QStringLiteral("it holds a trigger (“wipe”)");
    QTest::newRow("damaged: table missing")
        << QStringList{QStringLiteral("DROP TABLE action")} << QStringLiteral("the table “action” is missing");
    QTest::newRow("damaged: column missing") << QStringList{QStringLiteral("ALTER TABLE action DROP COLUMN owner")}
                                             << QStringLiteral("the table “action” has no column “owner”");
}

void TestReviewFile::recursiveView()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, message);
    const auto file = path(QStringLiteral("view.hindsight"));
    QVERIFY(ReviewDocument::create(file, hindsight::tests::fullReview()).document);
    QVERIFY(changeFile(file, statements));

    const auto before = fileHash(file);
    for (const auto mode : {ReviewFile::Mode::ReadWrite, ReviewFile::Mode::ReadOnly}) {
        const auto opened = ReviewFile::open(file, mode);
        QVERIFY(!opened.file);
        QVERIFY2(opened.error.contains(message), qPrintable(opened.error));
        QVERIFY2(opened.error.startsWith(QStringLiteral("“view.hindsight” is damaged: ")), qPrintable(opened.error));
        QVERIFY2(!opened.error.contains(QLatin1Char('\n')), qPrintable(opened.error));
    }
    QCOMPARE(fileHash(file), before);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
}

// Defect: the reason for a damaged file was SQLite's integrity report, one problem a line, though
// one line is promised. The reason names the first problem and counts the others.
void TestReviewFile::damagedReasonOnOneLine()
{
    const auto file = path(QStringLiteral("broken.hindsight"));
    auto review = hindsight::tests::fullReview();
    for (int i = 0; i < 2000; ++i) {
        TimelineEvent event;
        event.time = QDateTime(QDate(2023, 3, 14), QTime(12, 0), QTimeZone::utc()).addSecs(i);
        event.text = QStringLiteral("Event %1 with some text to fill pages").arg(i);
        review.timeline.append(event);
    }
    QVERIFY(ReviewDocument::create(file, review).document);

    // Points the cells of the last two table pages past their page's end: each cell is a problem.
    QFile out(file);
    QVERIFY(out.open(QIODevice::ReadWrite));
    const QByteArray bytes = out.readAll();
    const int pageSize = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
    QVERIFY(pageSize >= 512);
    int broken = 0;
    for (qsizetype page = bytes.size() / pageSize - 1; page > 0 && broken < 2; --page) {
        const qsizetype start = page * pageSize;
        const int cells = (uchar(bytes.at(start + 3)) << 8) | uchar(bytes.at(start + 4));
        if (bytes.at(start) != 0x0d || cells < 16) // a leaf page of a table, with cells to break
            continue;
        QVERIFY(out.seek(start + 8));
        QCOMPARE(out.write(QByteArray(32, '\x7f')), qint64(32));
        ++broken;
    }
    QCOMPARE(broken, 2);
    out.close();

    const auto before = fileHash(file);
    for (const auto mode : {ReviewFile::Mode::ReadWrite, ReviewFile::Mode::ReadOnly}) {
        const auto opened = ReviewFile::open(file, mode);
        QVERIFY(!opened.file);
        QVERIFY2(!opened.error.contains(QLatin1Char('\n')), qPrintable(opened.error));
        // SQLite words its first problem by version: "On tree page 39 …" (3.40), "Tree 4 page 39 …" (3.46).
        static const QRegularExpression firstProblem(
            QStringLiteral("^“broken\\.hindsight” is damaged and cannot be opened \\((On tree|Tree \\d+) page \\d+ "));
        QVERIFY2(firstProblem.match(opened.error).hasMatch(), qPrintable(opened.error));
        QVERIFY2(opened.error.contains(QStringLiteral(" more problems). It was left untouched.")),
                 qPrintable(opened.error));
        QVERIFY2(!opened.error.contains(QStringLiteral("***")), qPrintable(opened.error));
    }
    QCOMPARE(fileHash(file), before);
}

namespace {

// Runs the scope with the effective user nobody when the test runs as root, who may write in
// any folder; the real user stays root, so the scope's end makes it root again.
class Unprivileged
{
    Q_DISABLE_COPY_MOVE(Unprivileged)

public:
    explicit Unprivileged(uid_t user) : m_active(::geteuid() == 0) { m_ok = !m_active || ::seteuid(user) == 0; }
    ~Unprivileged()
    {
        if (m_active && ::seteuid(0) != 0)
            qFatal("could not become root again");
    }
    bool ok() const { return m_ok; }

private:
    bool m_active;
    bool m_ok = true;
};

} // namespace

// Defect: a valid review in a folder the user may not change was called "damaged": SQLite could
// not make its log beside it. It opens read-only, saying why, and reads like any other; exports
// read it too. (As root, who may write anywhere, the check runs as the user nobody, who owns the
// file but not the folder.)
void TestReviewFile::readOnlyFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("locked"));
    const QString locks = dir.filePath(QStringLiteral("tmp"));
    QVERIFY(QDir().mkdir(folder) && QDir().mkdir(locks));
    const QString file = folder + QStringLiteral("/review.hindsight");
    Review written;
    {
        auto created = ReviewDocument::create(file, hindsight::tests::fullReview());
        QVERIFY(created.document);
        written = created.document->review();
    }

    const auto *nobody = ::getpwnam("nobody");
    const uid_t user = nobody ? nobody->pw_uid : 65534;
    const auto readable =
        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(dir.path(), readable | QFile::WriteOwner));
    QVERIFY(QFile::setPermissions(locks, readable | QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
    QVERIFY(QFile::setPermissions(folder, readable));
    if (::geteuid() == 0)
        QCOMPARE(::chown(QFile::encodeName(file).constData(), user, gid_t(-1)), 0);
    const QByteArray tmpdir = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(locks)); // where the editing lock is taken
    const auto before = fileHash(file);
    {
        const Unprivileged unprivileged(user);
        QVERIFY(unprivileged.ok());
        // The situation is as meant: the file may be changed, the folder may not.
        QVERIFY(QFile(file).open(QIODevice::ReadWrite));
        QVERIFY(!QFile(folder + QStringLiteral("/probe")).open(QIODevice::WriteOnly));

        auto opened = ReviewDocument::open(file);
        QVERIFY2(opened.document, qPrintable(opened.error));
        QVERIFY(opened.document->isReadOnly());
        QVERIFY2(opened.readOnlyReason.contains(QStringLiteral("folder")), qPrintable(opened.readOnlyReason));
        QVERIFY2(!opened.readOnlyReason.contains(QLatin1Char('\n')), qPrintable(opened.readOnlyReason));
        QCOMPARE(opened.document->review(), written);
        commands::setField(*opened.document, Field::Title, QStringLiteral("Not allowed"));
        QCOMPARE(opened.document->undoStack()->count(), 0);

        const auto exported = ReviewFile::open(file, ReviewFile::Mode::ReadOnly);
        QVERIFY2(exported.file, qPrintable(exported.error));
        QCOMPARE(exported.review, written);
        QCOMPARE(exported.readOnlyReason, QString());
    }
    if (tmpdir.isNull())
        qunsetenv("TMPDIR");
    else
        qputenv("TMPDIR", tmpdir);
    QVERIFY(QFile::setPermissions(folder, readable | QFile::WriteOwner));
    QCOMPARE(fileHash(file), before);
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("review.hindsight")});
}

// The editing locks of every account on the machine are kept in one folder under the temporary
// folder. Whoever made it first must not keep the others out: an account that cannot take its
// lock there would see every review it opens as "open in another Hindsight window". (As root the
// second account is the user nobody.)
void TestReviewFile::lockFolderSharedByAccounts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString temporary = dir.filePath(QStringLiteral("tmp"));
    QVERIFY(QDir().mkdir(temporary));
    const QString mine = dir.filePath(QStringLiteral("mine.hindsight"));
    const QString theirs = dir.filePath(QStringLiteral("theirs.hindsight"));
    QVERIFY(ReviewDocument::create(theirs, hindsight::tests::fullReview()).document);
    const QByteArray tmpdir = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(temporary));
    {
        auto created = ReviewDocument::create(mine, hindsight::tests::fullReview());
        QVERIFY2(created.document, qPrintable(created.error));
        QVERIFY(!created.document->isReadOnly());

        struct stat folder = {};
        QCOMPARE(::stat(QFile::encodeName(temporary + QStringLiteral("/hindsight-locks")).constData(), &folder), 0);
        QCOMPARE(folder.st_mode & 07777, mode_t(01777));

        if (::geteuid() == 0) {
            const auto *nobody = ::getpwnam("nobody");
            const uid_t user = nobody ? nobody->pw_uid : 65534;
            QCOMPARE(::chown(QFile::encodeName(theirs).constData(), user, gid_t(-1)), 0);
            QVERIFY(QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFile::ReadGroup |
                                                          QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                                                          QFile::WriteOther | QFile::ExeOther));
            const Unprivileged unprivileged(user);
            QVERIFY(unprivileged.ok());
            auto opened = ReviewDocument::open(theirs);
            QVERIFY2(opened.document, qPrintable(opened.error));
            QVERIFY2(!opened.document->isReadOnly(), qPrintable(opened.readOnlyReason));
        }
    }
    if (tmpdir.isNull())
        qunsetenv("TMPDIR");
    else
        qputenv("TMPDIR", tmpdir);
}

// Defect: U+FFFE and U+FFFF came back from the review file as U+FFFD (SQLite's UTF-8 to UTF-16
// conversion replaces them). Text comes back as it was written, noncharacters included.
void TestReviewFile::noncharactersSurviveStorage()
{
    const QString odd = QStringLiteral("a") + QChar(0xFFFE) + QStringLiteral("b") + QChar(0xFFFF) +
                        QStringLiteral("c") + QChar(0xFDD0) + QStringLiteral(" 🔥 ") + QChar(0xFFFD);
    auto review = hindsight::tests::fullReview();
    review.title = odd;
    review.summary = QString(QChar(0xFFFF));
    review.timeline[0].text = odd;
    review.authors[1].name = odd;
    review.figures[0].caption = odd;
    const auto file = path(QStringLiteral("odd.hindsight"));
    Review written;
    {
        auto created = ReviewDocument::create(file, review);
        QVERIFY(created.document);
        // And through an edit, which writes one row.
        commands::setRowValue<ActionItem>(*created.document, created.document->review().actions.first().id,
                                          RowTraits<ActionItem>::Title, odd);
        written = created.document->review();
    }
    const auto read = reopen(file);
    QCOMPARE(read.title, odd);
    QCOMPARE(read.summary, QString(QChar(0xFFFF)));
    QCOMPARE(read.timeline.first().text, odd);
    QCOMPARE(read.authors.at(1).name, odd);
    QCOMPARE(read.figures.first().caption, odd);
    QCOMPARE(read.actions.first().title, odd);
    QVERIFY(read == written);
}

// A reader takes no locks, so that it makes no file beside the review: a copy it made after
// someone else wrote the file would mix old pages with new ones. It refuses instead.
void TestReviewFile::readerCopiesOnlyWhatItRead()
{
    const auto file = path(QStringLiteral("shared.hindsight"));
    const auto copy = path(QStringLiteral("copy.hindsight"));
    QVERIFY(ReviewDocument::create(file, hindsight::tests::fullReview()).document);
    auto reader = ReviewFile::open(file, ReviewFile::Mode::ReadOnly);
    QVERIFY(reader.file);
    {
        auto writer = ReviewDocument::open(file);
        QVERIFY(writer.document && !writer.document->isReadOnly());
        // Long enough to make the file grow, so that its change shows whatever the clock.
        commands::setField(*writer.document, Field::Summary, QString(200'000, QLatin1Char('x')));
        QVERIFY(writer.document->flush());
    }
    const auto error = reader.file->copyTo(copy);
    QVERIFY2(error.contains(QStringLiteral("was changed elsewhere since it was opened")), qPrintable(error));
    QVERIFY(!QFile::exists(copy));

    // Opened again, it copies what is there now.
    auto again = ReviewFile::open(file, ReviewFile::Mode::ReadOnly);
    QVERIFY(again.file);
    QCOMPARE(again.file->copyTo(copy), QString());
    QCOMPARE(reopen(copy).summary.size(), 200'000);
}

void TestReviewFile::fileOpenTwiceIsReadOnlyTheSecondTime()
{
    const auto file = path(QStringLiteral("twice.hindsight"));
    QVERIFY(ReviewDocument::create(file, hindsight::tests::fullReview()).document);
    const auto before = fileHash(file);

    auto first = ReviewDocument::open(file);
    QVERIFY(first.document);
    QVERIFY(!first.document->isReadOnly());
    QVERIFY(first.readOnlyReason.isEmpty());

    auto second = ReviewDocument::open(file);
    QVERIFY(second.document);
    QVERIFY(second.document->isReadOnly());
    QVERIFY2(second.readOnlyReason.contains(QStringLiteral("open in another Hindsight window")),
             qPrintable(second.readOnlyReason));
    QCOMPARE(second.document->review(), first.document->review());

    // Edits on the read-only copy are refused, not queued.
    commands::setField(*second.document, Field::Title, QStringLiteral("Not allowed"));
    QCOMPARE(second.document->undoStack()->count(), 0);
    QVERIFY(!second.document->model()->setData(
        second.document->model()->index(0, 0, second.document->model()->sectionIndex(SectionKey::Authors)),
        QStringLiteral("x")));

    second.document.reset();
    first.document.reset();
    QCOMPARE(fileHash(file), before);

    // Once the first is closed, the file opens for writing again.
    auto third = ReviewDocument::open(file);
    QVERIFY(third.document && !third.document->isReadOnly());
}

void TestReviewFile::saveAsCopiesAndContinuesOnTheCopy()
{
    const auto original = path(QStringLiteral("original.hindsight"));
    const auto copy = path(QStringLiteral("copy.hindsight"));
    {
        auto created = ReviewDocument::create(original, hindsight::tests::fullReview());
        auto &doc = *created.document;
        commands::setField(doc, Field::Title, QStringLiteral("Before save as"));
        QCOMPARE(doc.saveAs(copy), QString());
        QCOMPARE(QFileInfo(doc.filePath()).fileName(), QStringLiteral("copy.hindsight"));
        commands::setField(doc, Field::Title, QStringLiteral("After save as"));
    }
    QCOMPARE(reopen(original).title, QStringLiteral("Before save as"));
    QCOMPARE(reopen(copy).title, QStringLiteral("After save as"));
    QCOMPARE(reopen(copy).timeline.size(), hindsight::tests::fullReview().timeline.size());
}

void TestReviewFile::figuresAreStoredWhole()
{
    // A large screenshot is kept byte for byte, never re-encoded or scaled.
    const auto file = path(QStringLiteral("figures.hindsight"));
    auto review = hindsight::tests::fullReview();
    review.figures[0].image = hindsight::tests::screenshotPng(3840, 2160);
    const auto bytes = review.figures[0].image;
    {
        auto created = ReviewDocument::create(file, review);
        QVERIFY2(created.document, qPrintable(created.error));
    }
    const auto read = reopen(file);
    QCOMPARE(read.figures.size(), 2);
    QCOMPARE(read.figures.at(0).image, bytes);
    QCOMPARE(read.figures.at(1).series, review.figures.at(1).series);
    QCOMPARE(read.figures.at(1).series.at(0).points.at(10),
             QPointF(QDateTime(QDate(2023, 3, 14), QTime(13, 10), QTimeZone::utc()).toMSecsSinceEpoch(), 15.0));
    for (int i = 0; i < 2; ++i) {
        auto expected = review.figures.at(i);
        expected.id = read.figures.at(i).id;
        QCOMPARE(read.figures.at(i), expected);
    }
}

void TestReviewFile::figureEditsAreStored()
{
    const auto file = path(QStringLiteral("figure-edits.hindsight"));
    Review expected;
    {
        auto created = ReviewDocument::create(file, hindsight::tests::fullReview());
        auto &doc = *created.document;
        Figure chart;
        chart.kind = FigureKind::Chart;
        chart.section = SectionKey::Detection;
        chart.title = QStringLiteral("Alert volume");
        chart.series = {{QStringLiteral("alerts"), QString(), {QPointF(1.6e12, 3), QPointF(1.6e12 + 60'000, 9)}}};
        const auto id = commands::insertRow(doc, chart, 0);
        commands::moveRow<Figure>(doc, id, 2);
        commands::setRowValue<Figure>(doc, id, RowTraits<Figure>::Caption, QStringLiteral("Alerts per minute"));
        commands::removeRows<Figure>(doc, {doc.review().figures.at(0).id});
        expected = doc.review();
    }
    const auto read = reopen(file);
    QCOMPARE(read.figures.size(), 2);
    QCOMPARE(read.figures.at(1).caption, QStringLiteral("Alerts per minute"));
    QCOMPARE(read.figures, expected.figures);
}

// A file from before the parts of the Impact section had their own visibility (format 2), made
// here as format 2 wrote it: no rows for the parts' visibilities, user_version 2.
void TestReviewFile::formatTwoFilesAreUpgraded_data()
{
    QTest::addColumn<QString>("sectionVisibility"); // the impact.visibility row's value, or "none"
    QTest::addColumn<int>("expected");
    QTest::newRow("migration: public Impact section makes every part public")
        << QStringLiteral("1") << int(Visibility::Public);
    QTest::newRow("migration: internal Impact section makes every part internal")
        << QStringLiteral("0") << int(Visibility::Internal);
    QTest::newRow("migration: no section visibility stored takes format 2's default, public")
        << QStringLiteral("none") << int(Visibility::Public);
}

void TestReviewFile::formatTwoFilesAreUpgraded()
{
    QFETCH(QString, sectionVisibility);
    QFETCH(int, expected);
    const auto file = path(QStringLiteral("format2.hindsight"));
    QVERIFY(ReviewDocument::create(file, hindsight::tests::fullReview()).document);
    QStringList statements = hindsight::tests::downgradeTo(2);
    if (sectionVisibility == u"none")
        statements.append(QStringLiteral("DELETE FROM field WHERE name = 'impact.visibility'"));
    else
        statements.append(
            QStringLiteral("UPDATE field SET value = %1 WHERE name = 'impact.visibility'").arg(sectionVisibility));
    QVERIFY(changeFile(file, statements));
    Review readOnlyReview;
    {
        // Read-only, as `hindsight export` and `hindsight check` open it: read as format 3 in
        // memory, the file left as it was.
        const auto before = fileHash(file);
        const auto readOnly = ReviewFile::open(file, ReviewFile::Mode::ReadOnly);
        QVERIFY2(readOnly.file, qPrintable(readOnly.error));
        for (const auto part : enumValues<ImpactPart>())
            QCOMPARE(int(readOnly.review.impact.visibility[int(part)]), expected);
        readOnlyReview = readOnly.review;
        QCOMPARE(fileHash(file), before);
    }
    {
        const auto opened = ReviewFile::open(file);
        QVERIFY2(opened.file, qPrintable(opened.error));
        for (const auto part : enumValues<ImpactPart>())
            QCOMPARE(int(opened.review.impact.visibility[int(part)]), expected);
        // Upgraded on its first opening for writing, the review gets its identity (format 4).
        QVERIFY(readOnlyReview.id.isNull());
        QVERIFY(!opened.review.id.isNull());
        readOnlyReview.id = opened.review.id;
        QCOMPARE(opened.review, readOnlyReview);
    }
    // The file now says the current format and holds a row per part.
    QStringList names;
    int version = 0;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        version = query.value(0).toInt();
        QVERIFY(query.exec(QStringLiteral("SELECT name, value FROM field WHERE name LIKE 'impact.%.visibility' "
                                          "ORDER BY name")));
        while (query.next()) {
            names.append(query.value(0).toString());
            QCOMPARE(query.value(1).toInt(), expected);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    QCOMPARE(version, ReviewFile::SchemaVersion);
    QCOMPARE(names.size(), ImpactPartCount);
}

void TestReviewFile::newReviewsKeepBusinessTeamAndRevenueInternal()
{
    const auto file = path(QStringLiteral("new.hindsight"));
    QVERIFY(ReviewDocument::create(file, Review()).document);
    const auto read = reopen(file);
    for (const auto part : enumValues<ImpactPart>()) {
        const bool internal =
            part == ImpactPart::Business || part == ImpactPart::Team || part == ImpactPart::RevenueLost;
        QCOMPARE(read.impact.visibility[int(part)], internal ? Visibility::Internal : Visibility::Public);
    }
}

// An older file that is refused as damaged is not upgraded first: "left untouched" holds,
// and a Hindsight of its own format still reads what it can.
void TestReviewFile::damagedOlderFileKeepsItsFormat()
{
    const auto file = path(QStringLiteral("damaged2.hindsight"));
    QVERIFY(ReviewDocument::create(file, hindsight::tests::fullReview()).document);
    QVERIFY(changeFile(file, hindsight::tests::downgradeTo(2) << QStringLiteral("UPDATE event SET milestone = 99")));
    const auto before = fileHash(file);
    const auto opened = ReviewFile::open(file);
    QVERIFY(!opened.file);
    QVERIFY2(opened.error.contains(QStringLiteral("unknown milestone (99)")), qPrintable(opened.error));
    QCOMPARE(fileHash(file), before);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
}

void TestReviewFile::formatOneFilesAreUpgraded()
{
    // A file from before figures existed (format 1): made here by taking a new file back to
    // what format 1 had.
    const auto file = path(QStringLiteral("format1.hindsight"));
    const auto fresh = path(QStringLiteral("format2.hindsight"));
    auto review = hindsight::tests::fullReview();
    review.figures.clear();
    Review written;
    {
        auto created = ReviewDocument::create(file, review);
        QVERIFY(created.document);
        written = created.document->review();
    }
    QVERIFY(ReviewDocument::create(fresh, review).document);
    const auto schemaOf = [](const QString &connection, const QString &path) {
        QString sql;
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'figure'"));
                if (query.next())
                    sql = query.value(0).toString();
                query.exec(QStringLiteral("PRAGMA user_version"));
                if (query.next())
                    sql += QStringLiteral(" @%1").arg(query.value(0).toInt());
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return sql;
    };
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        for (const auto &statement : hindsight::tests::downgradeTo(1))
            QVERIFY2(query.exec(statement), qPrintable(statement));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
    QCOMPARE(schemaOf(QStringLiteral("old"), file), QStringLiteral(" @1"));

    // The parts of the Impact section take the section's visibility (format 3); the review has
    // no identity until it is written (format 4).
    written.impact.visibility.fill(written.visibility[int(SectionKey::Impact)]);
    written.id = QUuid();
    {
        // Read-only: read as the current format in memory, the file left as it was.
        const auto before = fileHash(file);
        const auto readOnly = ReviewFile::open(file, ReviewFile::Mode::ReadOnly);
        QVERIFY2(readOnly.file, qPrintable(readOnly.error));
        QCOMPARE(readOnly.review, written);
        QCOMPARE(fileHash(file), before);
    }
    {
        auto opened = ReviewDocument::open(file);
        QVERIFY2(opened.document, qPrintable(opened.error));
        QVERIFY(!opened.document->review().id.isNull());
        written.id = opened.document->review().id;
        QCOMPARE(opened.document->review(), written);
        QVERIFY(opened.document->review().figures.isEmpty());
        commands::insertRow(*opened.document, hindsight::tests::fullReview().figures.at(0));
    }
    // The upgraded file has the table a new file has, and keeps what was added to it.
    const auto upgraded = schemaOf(QStringLiteral("upgraded"), file);
    QVERIFY(upgraded.endsWith(QStringLiteral(" @%1").arg(ReviewFile::SchemaVersion)));
    QCOMPARE(upgraded.simplified(), schemaOf(QStringLiteral("new"), fresh).simplified());
    QCOMPARE(reopen(file).figures.size(), 1);
}

void TestReviewFile::seriesEncoding_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("valid");
    const auto encoded = encodeSeries(hindsight::tests::fullReview().figures.at(1).series);
    QTest::newRow("nominal: two series") << encoded << true;
    QTest::newRow("nominal: none") << QByteArray() << true;
    QTest::newRow("bad: cut short") << encoded.left(encoded.size() - 3) << false;
    QTest::newRow("bad: trailing bytes") << encoded + QByteArray("x") << false;
    QTest::newRow("bad: another format") << QByteArray("HSS9") + encoded.mid(4) << false;
    QTest::newRow("bad: huge count") << QByteArray("HSS1\xff\xff\xff\x7f") << false;
}

void TestReviewFile::seriesEncoding()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, valid);
    const auto decoded = decodeSeries(data);
    QCOMPARE(decoded.has_value(), valid);
    if (valid)
        QCOMPARE(encodeSeries(*decoded), data);
}

QTEST_GUILESS_MAIN(TestReviewFile)
#include "tst_reviewfile.moc"
