// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/documentsession.h"
#include "model/commands.h"
#include "model/reviewdocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::model;
using app::DocumentSession;

namespace {

const QString Sample = QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/samples/checkout-outage.json");

const QByteArray Postmortem = R"(# Checkout outage

## Summary

Checkout failed for a third of requests for 38 minutes.

## Timeline

All times in UTC.

| Time | Event |
| --- | --- |
| 2026-11-23 14:02 | Error rate rises |
| 2026-11-23 14:06 | Alert fires |
| 2026-11-23 14:40 | Pool change reverted |
)";

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QStringList untitledFiles()
{
    return QDir(DocumentSession::untitledFolder()).entryList(QDir::Files);
}

Review titled(const QString &title)
{
    Review review;
    review.title = title;
    return review;
}

} // namespace

class TestDocumentSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void newReviewLivesInTheAppDataFolder();
    void opensAReviewFile();
    void fileHeldByAnotherInstanceOpensReadOnly();
    void unreadableFileChangesNothing_data();
    void unreadableFileChangesNothing();
    void importsIntoANewUntitledReview_data();
    void importsIntoANewUntitledReview();
    void saveAsContinuesOnTheCopy_data();
    void saveAsContinuesOnTheCopy();
    void saveAsIntoAMissingFolderChangesNothing();
    void closeKeepsWhatWasTyped_data();
    void closeKeepsWhatWasTyped();
    void closeHandlerDecidesWhetherTheReviewMakesRoom();
    void recoveryListsLeftoversAndRecoversOne();
    void startIncident_data();
    void startIncident();

private:
    QString reviewFile(const QString &name, const Review &review);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDocumentSession::initTestCase()
{
    // Never the user's own data folder: untitled reviews go to a test location.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Hindsight"));
    QCoreApplication::setApplicationName(QStringLiteral("Hindsight session tests"));
    qRegisterMetaType<ReviewDocument *>();
}

void TestDocumentSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QDir(DocumentSession::untitledFolder()).removeRecursively();
}

void TestDocumentSession::cleanup()
{
    QDir(DocumentSession::untitledFolder()).removeRecursively();
}

QString TestDocumentSession::reviewFile(const QString &name, const Review &review)
{
    const auto path = m_dir->filePath(name);
    if (!ReviewDocument::create(path, review).document)
        return {};
    return path;
}

void TestDocumentSession::newReviewLivesInTheAppDataFolder()
{
    const auto dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY2(dataFolder.contains(QLatin1String(".qttest")), qPrintable(dataFolder));

    DocumentSession session;
    QSignalSpy changed(&session, &DocumentSession::documentChanged);
    const auto result = session.newReview(titled(QStringLiteral("Checkout outage")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(session.document());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<ReviewDocument *>(), session.document());
    const auto path = session.document()->filePath();
    QVERIFY2(path.startsWith(dataFolder + QLatin1Char('/')), qPrintable(path));
    QVERIFY(session.isUntitled());
    QVERIFY(DocumentSession::isUntitled(path));
    QVERIFY(session.hasUnnamedWork());
    QVERIFY(QFile::exists(path));
    QCOMPARE(ReviewFile::open(path, ReviewFile::Mode::ReadOnly).review.title, QStringLiteral("Checkout outage"));
    QCOMPARE(session.suggestedBaseName(), QStringLiteral("Checkout outage"));
}

void TestDocumentSession::opensAReviewFile()
{
    const auto path = reviewFile(QStringLiteral("pool.hindsight"), titled(QStringLiteral("Pool exhausted")));
    QVERIFY(!path.isEmpty());
    DocumentSession session;
    QSignalSpy changed(&session, &DocumentSession::documentChanged);
    const auto result = session.open(path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(session.document()->filePath(), path);
    QCOMPARE(session.document()->review().title, QStringLiteral("Pool exhausted"));
    QVERIFY(!session.document()->isReadOnly());
    QVERIFY(!session.isUntitled());
    QVERIFY(!session.hasUnnamedWork());
    QCOMPARE(session.suggestedBaseName(), QStringLiteral("pool"));
    QVERIFY(untitledFiles().isEmpty());

    // Opening it again changes nothing.
    QVERIFY(session.open(path).ok);
    QCOMPARE(changed.size(), 1);
}

void TestDocumentSession::fileHeldByAnotherInstanceOpensReadOnly()
{
    const auto path = reviewFile(QStringLiteral("held.hindsight"), titled(QStringLiteral("Held elsewhere")));
    QVERIFY(!path.isEmpty());
    const auto other = ReviewDocument::open(path);
    QVERIFY(other.document && !other.document->isReadOnly());

    DocumentSession session;
    const auto result = session.open(path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(session.document()->isReadOnly());
    QVERIFY2(session.document()->readOnlyReason().contains(QLatin1String("open in another Hindsight window")),
             qPrintable(session.document()->readOnlyReason()));
    QCOMPARE(session.document()->review().title, QStringLiteral("Held elsewhere"));
    QVERIFY(!session.hasUnnamedWork());
}

void TestDocumentSession::unreadableFileChangesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data"); // empty: the file is made by the test
    QTest::addColumn<QString>("error");

    QTest::newRow("robustness: text named .hindsight")
        << QStringLiteral("notes.hindsight") << QByteArray("just some text\n")
        << QStringLiteral("is not a Hindsight review");
    QTest::newRow("robustness: a truncated review")
        << QStringLiteral("cut.hindsight") << QByteArray() << QStringLiteral("cut short");
    QTest::newRow("robustness: a file of a kind Hindsight does not read")
        << QStringLiteral("notes.txt") << QByteArray("some notes\n") << QStringLiteral("Hindsight cannot read");
    QTest::newRow("robustness: malformed JSON")
        << QStringLiteral("broken.json") << QByteArray("{\"title\": ") << QStringLiteral("could not be imported");
    QTest::newRow("robustness: a file that does not exist")
        << QStringLiteral("missing.hindsight") << QByteArray() << QStringLiteral("does not exist");
}

void TestDocumentSession::unreadableFileChangesNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(QString, error);

    const auto path = m_dir->filePath(name);
    if (!data.isEmpty()) {
        QVERIFY(write(path, data));
    } else if (name == QLatin1String("cut.hindsight")) {
        const auto whole = reviewFile(QStringLiteral("whole.hindsight"), titled(QStringLiteral("Whole")));
        QVERIFY(!whole.isEmpty());
        QVERIFY(write(path, contents(whole).left(1024)));
    }
    const auto before = contents(path);

    const auto current = reviewFile(QStringLiteral("current.hindsight"), titled(QStringLiteral("Current")));
    DocumentSession session;
    QVERIFY(session.open(current).ok);
    auto *document = session.document();
    QSignalSpy changed(&session, &DocumentSession::documentChanged);

    const auto result = session.open(path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
    QVERIFY2(result.error.contains(QFileInfo(path).fileName()), qPrintable(result.error));
    // Nothing changed: the review open before is still open, the file is as it was, nothing new
    // was made.
    QCOMPARE(changed.size(), 0);
    QCOMPARE(session.document(), document);
    QCOMPARE(session.document()->filePath(), current);
    QCOMPARE(contents(path), before);
    QCOMPARE(QFile::exists(path), !before.isEmpty());
    QVERIFY(untitledFiles().isEmpty());
}

void TestDocumentSession::importsIntoANewUntitledReview_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("events");
    QTest::addColumn<QString>("notice");

    auto sample = QJsonDocument::fromJson(contents(Sample)).object();
    const auto sampleTitle = sample.value(QLatin1String("title")).toString();
    const auto sampleEvents = int(sample.value(QLatin1String("timeline")).toArray().size());
    QTest::newRow("nominal: Markdown postmortem")
        << QStringLiteral("outage.md") << Postmortem << QStringLiteral("Checkout outage") << 3 << QString();
    QTest::newRow("nominal: JSON interchange file")
        << QStringLiteral("sample.json") << contents(Sample) << sampleTitle << sampleEvents << QString();
    sample.insert(QLatin1String("timeZone"), QStringLiteral("Mars/Olympus_Mons"));
    QTest::newRow("nominal: JSON with a note for the user")
        << QStringLiteral("mars.json") << QJsonDocument(sample).toJson() << sampleTitle << sampleEvents
        << QStringLiteral("Imported “mars.json” with notes: timeZone: \"Mars/Olympus_Mons\" is not a time zone");
}

void TestDocumentSession::importsIntoANewUntitledReview()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(QString, title);
    QFETCH(int, events);
    QFETCH(QString, notice);

    const auto path = m_dir->filePath(name);
    QVERIFY(write(path, data));
    DocumentSession session;
    const auto result = session.open(path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY2(result.notice.startsWith(notice), qPrintable(result.notice));
    QCOMPARE(result.notice.isEmpty(), notice.isEmpty());
    // An import is a new untitled review, never the file opened in place.
    QVERIFY(session.isUntitled());
    QCOMPARE(session.document()->review().title, title);
    QCOMPARE(session.document()->review().timeline.size(), events);
    QCOMPARE(contents(path), data);
    const auto stored = ReviewFile::open(session.document()->filePath(), ReviewFile::Mode::ReadOnly);
    QCOMPARE(stored.review.title, title);
    QCOMPARE(stored.review.timeline.size(), events);
}

void TestDocumentSession::saveAsContinuesOnTheCopy_data()
{
    QTest::addColumn<bool>("untitled");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nominal: an untitled review leaves the untitled folder")
        << true << QStringLiteral("saved.hindsight") << QStringLiteral("saved.hindsight");
    QTest::newRow("nominal: a named review keeps its old file")
        << false << QStringLiteral("copy.hindsight") << QStringLiteral("copy.hindsight");
    QTest::newRow("nominal: the suffix is added when missing")
        << true << QStringLiteral("no-suffix") << QStringLiteral("no-suffix.hindsight");
}

void TestDocumentSession::saveAsContinuesOnTheCopy()
{
    QFETCH(bool, untitled);
    QFETCH(QString, target);
    QFETCH(QString, expected);

    DocumentSession session;
    if (untitled)
        QVERIFY(session.newReview(titled(QStringLiteral("Checkout outage"))).ok);
    else
        QVERIFY(
            session.open(reviewFile(QStringLiteral("old.hindsight"), titled(QStringLiteral("Checkout outage")))).ok);
    const auto oldPath = session.document()->filePath();
    commands::setField(*session.document(), Field::Summary, QStringLiteral("Typed just before saving"));

    const auto result = session.saveAs(m_dir->filePath(target));
    QVERIFY2(result.ok, qPrintable(result.error));
    const auto path = m_dir->filePath(expected);
    QCOMPARE(session.document()->filePath(), path);
    QVERIFY(!session.isUntitled());
    QCOMPARE(QFile::exists(oldPath), !untitled);
    QVERIFY(untitledFiles().isEmpty());
    const auto copy = ReviewFile::open(path, ReviewFile::Mode::ReadOnly);
    QCOMPARE(copy.review.title, QStringLiteral("Checkout outage"));
    QCOMPARE(copy.review.summary, QStringLiteral("Typed just before saving"));

    // The session writes to the copy from now on, and no longer to the old file.
    commands::setField(*session.document(), Field::Summary, QStringLiteral("Typed after saving"));
    QVERIFY(session.close().ok);
    QCOMPARE(ReviewFile::open(path, ReviewFile::Mode::ReadOnly).review.summary, QStringLiteral("Typed after saving"));
    if (!untitled) {
        QCOMPARE(ReviewFile::open(oldPath, ReviewFile::Mode::ReadOnly).review.summary,
                 QStringLiteral("Typed just before saving"));
    }
}

void TestDocumentSession::saveAsIntoAMissingFolderChangesNothing()
{
    DocumentSession session;
    QVERIFY(session.newReview(titled(QStringLiteral("Checkout outage"))).ok);
    const auto oldPath = session.document()->filePath();
    const auto result = session.saveAs(m_dir->filePath(QStringLiteral("no/such/folder/review.hindsight")));
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(session.document()->filePath(), oldPath);
    QVERIFY(QFile::exists(oldPath));
    QVERIFY(session.isUntitled());
}

void TestDocumentSession::closeKeepsWhatWasTyped_data()
{
    QTest::addColumn<bool>("untitled");
    QTest::addColumn<bool>("typed");
    QTest::addColumn<bool>("fileStays");
    QTest::newRow("nominal: an empty untitled review leaves nothing behind") << true << false << false;
    QTest::newRow("nominal: an untitled review with content stays for recovery") << true << true << true;
    QTest::newRow("nominal: a named review has its last edit written") << false << true << true;
}

void TestDocumentSession::closeKeepsWhatWasTyped()
{
    QFETCH(bool, untitled);
    QFETCH(bool, typed);
    QFETCH(bool, fileStays);

    DocumentSession session;
    if (untitled)
        QVERIFY(session.newReview({}).ok);
    else
        QVERIFY(session.open(reviewFile(QStringLiteral("named.hindsight"), {})).ok);
    const auto path = session.document()->filePath();
    if (typed)
        commands::setField(*session.document(), Field::Summary, QStringLiteral("Typed just before closing"));
    QSignalSpy changed(&session, &DocumentSession::documentChanged);

    const auto result = session.close();
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!session.document());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<ReviewDocument *>(), nullptr);
    QCOMPARE(QFile::exists(path), fileStays);
    if (fileStays) {
        QCOMPARE(ReviewFile::open(path, ReviewFile::Mode::ReadOnly).review.summary,
                 QStringLiteral("Typed just before closing"));
    }
    const auto leftovers = DocumentSession::leftovers();
    QCOMPARE(leftovers.size(), untitled && typed ? 1 : 0);
}

void TestDocumentSession::closeHandlerDecidesWhetherTheReviewMakesRoom()
{
    const auto named = reviewFile(QStringLiteral("named.hindsight"), titled(QStringLiteral("Named")));
    DocumentSession session;
    QVERIFY(session.newReview(titled(QStringLiteral("Typed, never saved"))).ok);
    auto *untitled = session.document();
    const auto untitledPath = untitled->filePath();

    // The user cancels: the untitled review stays, the other file is not kept open.
    int asked = 0;
    session.setCloseHandler([&asked] {
        ++asked;
        return false;
    });
    auto result = session.open(named);
    QVERIFY(!result.ok);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(asked, 1);
    QCOMPARE(session.document(), untitled);
    const auto probe = ReviewFile::open(named);
    QVERIFY(probe.file);
    QVERIFY2(probe.readOnlyReason.isEmpty(), qPrintable(probe.readOnlyReason));

    // The user discards the untitled review: it is gone, the named one is open.
    session.setCloseHandler([&session] {
        session.discard();
        return true;
    });
    result = session.open(named);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(session.document()->filePath(), named);
    QVERIFY(!QFile::exists(untitledPath));

    // Without a handler, an untitled review with content is closed and kept for recovery.
    session.setCloseHandler({});
    QVERIFY(session.newReview(titled(QStringLiteral("Second draft"))).ok);
    const auto secondPath = session.document()->filePath();
    QVERIFY(session.open(named).ok);
    QCOMPARE(session.document()->filePath(), named);
    const auto leftovers = DocumentSession::leftovers();
    QCOMPARE(leftovers.size(), 1);
    QCOMPARE(leftovers.first().path, secondPath);
}

void TestDocumentSession::recoveryListsLeftoversAndRecoversOne()
{
    // Three untitled reviews that runs which did not close them left behind; another running
    // Hindsight still holds the third.
    QStringList paths;
    for (const auto &title : {QStringLiteral("First draft"), QStringLiteral("Second draft"), QStringLiteral("Held")}) {
        auto review = titled(title);
        TimelineEvent event;
        event.time = QDateTime(QDate(2026, 11, 23), QTime(14, 2), QTimeZone::utc());
        event.text = QStringLiteral("Error rate rises");
        review.timeline.append(event);
        const auto path = DocumentSession::newUntitledPath();
        QVERIFY(ReviewDocument::create(path, review).document);
        paths.append(path);
    }
    const auto held = ReviewDocument::open(paths.at(2));
    QVERIFY(held.document && !held.document->isReadOnly());

    auto leftovers = DocumentSession::leftovers();
    QCOMPARE(leftovers.size(), 2);
    QStringList titles;
    for (const auto &leftover : std::as_const(leftovers)) {
        QVERIFY(paths.mid(0, 2).contains(leftover.path));
        QCOMPARE(leftover.events, 1);
        QVERIFY(leftover.modified.isValid());
        titles.append(leftover.title);
    }
    titles.sort();
    QCOMPARE(titles, (QStringList{QStringLiteral("First draft"), QStringLiteral("Second draft")}));

    // Recovering one opens it where it is; while open here it is no longer a leftover.
    DocumentSession session;
    const auto result = session.open(paths.at(0));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(session.document()->review().title, QStringLiteral("First draft"));
    QVERIFY(session.isUntitled());
    QVERIFY(!session.document()->isReadOnly());
    leftovers = DocumentSession::leftovers();
    QCOMPARE(leftovers.size(), 1);
    QCOMPARE(leftovers.first().path, paths.at(1));

    // Deleting the other one leaves no leftover and no file.
    DocumentSession::removeUntitled(paths.at(1));
    QVERIFY(DocumentSession::leftovers().isEmpty());
    QVERIFY(!QFile::exists(paths.at(1)));
}

void TestDocumentSession::startIncident_data()
{
    QTest::addColumn<QString>("file"); // empty: untitled
    QTest::addColumn<bool>("exists");
    QTest::addColumn<bool>("hadStart");
    QTest::addColumn<int>("events");
    QTest::newRow("nominal: a new untitled review") << QString() << false << false << 1;
    QTest::newRow("nominal: a new file") << QStringLiteral("live.hindsight") << false << false << 1;
    QTest::newRow("nominal: an existing review gains a start")
        << QStringLiteral("existing.hindsight") << true << false << 2;
    QTest::newRow("nominal: an existing review keeps its start")
        << QStringLiteral("started.hindsight") << true << true << 1;
}

void TestDocumentSession::startIncident()
{
    QFETCH(QString, file);
    QFETCH(bool, exists);
    QFETCH(bool, hadStart);
    QFETCH(int, events);

    const auto now = QDateTime(QDate(2026, 11, 23), QTime(14, 2, 7), QTimeZone::utc());
    const auto path = file.isEmpty() ? QString() : m_dir->filePath(file);
    if (exists) {
        auto review = titled(QStringLiteral("Existing"));
        TimelineEvent event;
        event.time = now.addSecs(-600);
        event.text = QStringLiteral("Something earlier");
        event.milestone = hadStart ? Milestone::Started : Milestone::None;
        review.timeline.append(event);
        QVERIFY(ReviewDocument::create(path, review).document);
    }

    DocumentSession session;
    const auto result = session.startIncident(path, now);
    QVERIFY2(result.ok, qPrintable(result.error));
    auto *document = session.document();
    QCOMPARE(session.isUntitled(), path.isEmpty());
    if (!path.isEmpty())
        QCOMPARE(document->filePath(), path);
    QCOMPARE(document->review().timeline.size(), events);
    QCOMPARE(document->milestoneTime(Milestone::Started), hadStart ? now.addSecs(-600) : now);
    if (!exists)
        QVERIFY2(document->review().title.startsWith(QLatin1String("Incident 2026-11-23")),
                 qPrintable(document->review().title));
    QVERIFY(session.close().ok);
    if (!path.isEmpty())
        QCOMPARE(ReviewFile::open(path, ReviewFile::Mode::ReadOnly).review.timeline.size(), events);
}

QTEST_GUILESS_MAIN(TestDocumentSession)
#include "tst_documentsession.moc"
