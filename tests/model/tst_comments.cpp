// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The team's discussion in the review file: the review's identity, comment records and the
// threads they make, passages found again after edits, undo, storage at once, and merging the
// comments of copies.
#include "model/commands.h"
#include "model/commentmerge.h"
#include "model/comments.h"
#include "model/names.h"
#include "model/reviewdocument.h"
#include "model/reviewfile.h"
#include "samplereview.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>

using namespace hindsight::model;

namespace {

CommentRecord post(const QString &author, const QString &text, QUuid thread = {},
                   SectionKey section = SectionKey::Summary)
{
    CommentRecord record;
    record.id = QUuid::createUuid();
    record.change = CommentChange::Post;
    record.target = thread;
    record.author = author;
    record.text = text;
    record.anchor.section = section;
    return record;
}

CommentRecord change(CommentChange kind, const QUuid &target, const QString &author, const QString &text = {})
{
    CommentRecord record;
    record.id = QUuid::createUuid();
    record.change = kind;
    record.target = target;
    record.author = author;
    record.text = text;
    return record;
}

// Adds a record through the undo stack and returns its id.
QUuid add(ReviewDocument &document, const CommentRecord &record)
{
    commands::addComment(document, record);
    return record.id;
}

} // namespace

class TestComments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void newReviewHasAnIdentityThatCopiesKeep();
    void saveAsNewReviewMakesAnotherReview();
    void threadsFromRecords();
    void replyFromABehindClockFindsItsThread();
    void resolveUndoReopen();
    void commentsAreStoredAtOnce();
    void passageFollowsEdits_data();
    void passageFollowsEdits();
    void rowAnchorMarkedRemovedWithItsRow();
    void mergeOfThreeCopiesInEveryOrder();
    void mergingTheSameCopyTwiceAddsNothing();
    void mergeRefusesAnotherReview();
    void mergeRefusesDamagedAndNewerCopies_data();
    void mergeRefusesDamagedAndNewerCopies();
    void publishReadinessLists();
    void damagedRecordsAreRefused();
    void acknowledgedCommentsSurviveSigkill();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A review file with the sample review, and copies of it.
    QString makeReview(const QString &name);
    QString copyOf(const QString &review, const QString &name);
    void comment(const QString &file, const QString &author, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestComments::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestComments::makeReview(const QString &name)
{
    const auto file = path(name);
    auto created = ReviewDocument::create(file, hindsight::tests::sampleReview());
    return created.document ? file : QString();
}

QString TestComments::copyOf(const QString &review, const QString &name)
{
    const auto file = path(name);
    return QFile::copy(review, file) ? file : QString();
}

// A reviewer's session on their copy: a thread, a reply to it, and their approval.
void TestComments::comment(const QString &file, const QString &author, const QString &text)
{
    auto opened = ReviewDocument::open(file);
    QVERIFY2(opened.document, qPrintable(opened.error));
    auto &document = *opened.document;
    const auto thread = add(document, post(author, text));
    commands::addComment(document, post(author, text + QStringLiteral(" (more)"), thread));
    commands::signOff(document, {{}, author, Verdict::Approved, {}, {}});
}

void TestComments::newReviewHasAnIdentityThatCopiesKeep()
{
    const auto file = makeReview(QStringLiteral("review.hindsight"));
    QVERIFY(!file.isEmpty());
    QUuid id;
    {
        auto opened = ReviewDocument::open(file);
        QVERIFY(opened.document);
        id = opened.document->review().id;
        QVERIFY(!id.isNull());
        QCOMPARE(opened.document->saveAs(path(QStringLiteral("copy.hindsight"))), QString());
        QCOMPARE(opened.document->review().id, id);
    }
    QCOMPARE(ReviewFile::open(path(QStringLiteral("copy.hindsight"))).review.id, id);
    QCOMPARE(ReviewFile::open(file).review.id, id);
    // Another new review is another review.
    QVERIFY(ReviewFile::open(makeReview(QStringLiteral("other.hindsight"))).review.id != id);
}

void TestComments::saveAsNewReviewMakesAnotherReview()
{
    const auto file = makeReview(QStringLiteral("review.hindsight"));
    comment(file, QStringLiteral("Ana"), QStringLiteral("Is the TL;DR too long?"));
    QUuid id;
    {
        auto opened = ReviewDocument::open(file);
        QVERIFY(opened.document);
        id = opened.document->review().id;
        QCOMPARE(opened.document->review().comments.size(), 2);
        QCOMPARE(opened.document->saveAsNewReview(path(QStringLiteral("new.hindsight"))), QString());
        QVERIFY(opened.document->review().id != id);
        QVERIFY(opened.document->review().comments.isEmpty());
        // Undoing a comment of the old review changes nothing in the new one.
        opened.document->undoStack()->undo();
        QVERIFY(opened.document->review().comments.isEmpty());
    }
    const auto copy = ReviewFile::open(path(QStringLiteral("new.hindsight")));
    QVERIFY(copy.review.id != id);
    QVERIFY(copy.review.comments.isEmpty());
    QVERIFY(copy.review.signOffs.isEmpty());
    QCOMPARE(copy.review.title, hindsight::tests::sampleReview().title);
    // The review it came from keeps its identity and its discussion.
    const auto original = ReviewFile::open(file);
    QCOMPARE(original.review.id, id);
    QCOMPARE(original.review.comments.size(), 2);
}

void TestComments::threadsFromRecords()
{
    ReviewDocument document(hindsight::tests::sampleReview());
    const auto thread = add(document, post(QStringLiteral("Ana"), QStringLiteral("first")));
    const auto reply = add(document, post(QStringLiteral("Ben"), QStringLiteral("a reply"), thread));
    const auto second = add(document, post(QStringLiteral("Cleo"), QStringLiteral("another thread")));
    commands::addComment(document, change(CommentChange::Edit, reply, QStringLiteral("Ben"), QStringLiteral("edited")));
    commands::addComment(document, change(CommentChange::Delete, second, QStringLiteral("Cleo")));

    auto threads = commentThreads(document.review().comments);
    QCOMPARE(threads.size(), 1);
    QCOMPARE(threads.at(0).first.markdown, QStringLiteral("first"));
    QCOMPARE(threads.at(0).replies.size(), 1);
    QCOMPARE(threads.at(0).replies.at(0).markdown, QStringLiteral("edited"));
    QVERIFY(threads.at(0).replies.at(0).edited.isValid());
    QVERIFY(threads.at(0).involves(QStringLiteral("Ben")));
    QVERIFY(!threads.at(0).involves(QStringLiteral("Cleo")));

    // Undo brings the deleted thread back, then the reply's first text.
    document.undoStack()->undo();
    QCOMPARE(commentThreads(document.review().comments).size(), 2);
    document.undoStack()->undo();
    QCOMPARE(commentThreads(document.review().comments).at(0).replies.at(0).markdown, QStringLiteral("a reply"));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add comment"));
}

void TestComments::replyFromABehindClockFindsItsThread()
{
    auto first = post(QStringLiteral("Ana"), QStringLiteral("first"));
    first.id = QUuid::createUuid();
    first.time = QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc());
    auto reply = post(QStringLiteral("Ben"), QStringLiteral("reply"), first.id);
    reply.id = QUuid::createUuid();
    reply.time = first.time.addSecs(-120); // Ben's clock is two minutes behind
    auto threads = commentThreads({reply, first});
    QCOMPARE(threads.size(), 1);
    QCOMPARE(threads.at(0).replies.size(), 1);
}

void TestComments::resolveUndoReopen()
{
    ReviewDocument document(hindsight::tests::sampleReview());
    const auto thread = add(document, post(QStringLiteral("Ana"), QStringLiteral("Who owns the rollback?")));
    commands::addComment(document, change(CommentChange::Resolve, thread, QStringLiteral("Ben"),
                                          QStringLiteral("Dana owns it; action added.")));
    auto state = commentThreads(document.review().comments).at(0);
    QVERIFY(state.isResolved());
    QCOMPARE(state.resolution->by, QStringLiteral("Ben"));
    QCOMPARE(state.resolution->decision, QStringLiteral("Dana owns it; action added."));
    document.undoStack()->undo();
    QVERIFY(!commentThreads(document.review().comments).at(0).isResolved());
    document.undoStack()->redo();
    QVERIFY(commentThreads(document.review().comments).at(0).isResolved());
    commands::addComment(document, change(CommentChange::Reopen, thread, QStringLiteral("Ana")));
    QVERIFY(!commentThreads(document.review().comments).at(0).isResolved());
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Reopen thread"));
}

// Like a live note, a comment is in the file when the command returns, not half a second later.
void TestComments::commentsAreStoredAtOnce()
{
    const auto file = makeReview(QStringLiteral("review.hindsight"));
    auto opened = ReviewDocument::open(file);
    QVERIFY(opened.document);
    auto &document = *opened.document;
    const auto id = add(document, post(QStringLiteral("Ana"), QStringLiteral("stored")));
    QVERIFY(!document.hasPendingChanges());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral("SELECT text FROM comment WHERE id = '%1'").arg(id.toString(QUuid::WithoutBraces))));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("stored"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    // Undo takes it out of the file at once too.
    document.undoStack()->undo();
    QVERIFY(!document.hasPendingChanges());
}

void TestComments::passageFollowsEdits_data()
{
    QTest::addColumn<QString>("edited");
    QTest::addColumn<QString>("found"); // the passage in the edited text; empty when removed
    const QString text = QStringLiteral("The cache was cold after the deploy, so every request went to the database.");
    QTest::newRow("nominal: unchanged") << text << QStringLiteral("every request went to the database");
    QTest::newRow("nominal: text inserted before") << QStringLiteral("At 10:42, the on-call saw it. ") + text
                                                   << QStringLiteral("every request went to the database");
    QTest::newRow("nominal: edited inside")
        << QStringLiteral("The cache was cold after the deploy, so every single request went to the database.")
        << QStringLiteral("every single request went to the database");
    QTest::newRow("nominal: quote twice, the nearer one")
        << QStringLiteral("every request went to the database. ") + text
        << QStringLiteral("every request went to the database");
    QTest::newRow("bad: passage deleted") << QStringLiteral("The cache was cold after the deploy.") << QString();
    QTest::newRow("bad: text emptied") << QString() << QString();
}

void TestComments::passageFollowsEdits()
{
    QFETCH(QString, edited);
    QFETCH(QString, found);
    const QString text = QStringLiteral("The cache was cold after the deploy, so every request went to the database.");
    const QString quote = QStringLiteral("every request went to the database");
    const int position = int(text.indexOf(quote));

    Review review = hindsight::tests::sampleReview();
    review.rootCauses = text;
    ReviewDocument document(review);
    CommentRecord record = post(QStringLiteral("Ana"), QStringLiteral("Why no warm-up?"), {}, SectionKey::RootCauses);
    record.anchor.kind = AnchorKind::Passage;
    record.anchor.field = fieldName(Field::RootCauses);
    record.anchor.quote = quote;
    record.anchor.position = position;
    commands::addComment(document, record);
    commands::setField(document, Field::RootCauses, edited);

    const auto thread = commentThreads(document.review().comments).at(0);
    const auto place = locateAnchor(document.review(), thread.anchor);
    if (found.isEmpty()) {
        QVERIFY(!place.found());
        QVERIFY(!anchorExists(document.review(), thread.anchor));
        // Never lost: the thread is still there, with the passage it was about.
        QCOMPARE(thread.anchor.quote, quote);
    } else {
        QVERIFY(place.found());
        QCOMPARE(edited.mid(place.start, place.length), found);
        if (edited.startsWith(quote))
            QCOMPARE(place.start, int(edited.indexOf(quote, 1))); // the occurrence nearer to where it was
    }
}

void TestComments::rowAnchorMarkedRemovedWithItsRow()
{
    ReviewDocument document(hindsight::tests::sampleReview());
    const auto action = document.review().actions.at(0);
    CommentRecord record = post(QStringLiteral("Ana"), QStringLiteral("Owner?"), {}, SectionKey::Actions);
    record.anchor.kind = AnchorKind::Row;
    record.anchor.rowTable = QStringLiteral("action");
    record.anchor.rowId = action.id;
    commands::addComment(document, record);
    const auto anchor = commentThreads(document.review().comments).at(0).anchor;
    QVERIFY(anchorExists(document.review(), anchor));
    commands::removeRows<ActionItem>(document, {action.id});
    QVERIFY(!anchorExists(document.review(), anchor));
    QCOMPARE(commentThreads(document.review().comments).size(), 1);
    document.undoStack()->undo();
    QVERIFY(anchorExists(document.review(), anchor));
}

void TestComments::mergeOfThreeCopiesInEveryOrder()
{
    const auto original = makeReview(QStringLiteral("review.hindsight"));
    QStringList copies;
    const QStringList people{QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Cleo")};
    for (const auto &person : people) {
        const auto copy = copyOf(original, person + QStringLiteral(".hindsight"));
        comment(copy, person, QStringLiteral("Comment by %1").arg(person));
        // Edits of the review itself stay in the copy.
        auto opened = ReviewDocument::open(copy);
        commands::setField(*opened.document, Field::Title, QStringLiteral("Retitled by %1").arg(person));
        copies.append(copy);
    }
    std::sort(copies.begin(), copies.end());
    std::optional<Review> first;
    int orders = 0;
    do {
        const auto target = copyOf(original, QStringLiteral("merge%1.hindsight").arg(orders));
        auto opened = ReviewDocument::open(target);
        QVERIFY(opened.document);
        // One copy at a time, as someone would on three mornings.
        for (const auto &copy : std::as_const(copies)) {
            const auto merge = DiscussionMerge::gather(opened.document->review(), {copy});
            QVERIFY2(merge.refused.isEmpty(), qPrintable(merge.refused.join(u'\n')));
            QCOMPARE(merge.records.size(), 2);
            QCOMPARE(merge.signOffs.size(), 1);
            QCOMPARE(merge.summary(), QStringLiteral("Merged 1 comment, 1 reply and 1 sign-off from 1 copy."));
            commands::addRecords(*opened.document, merge.records, merge.signOffs, QStringLiteral("Merge"));
        }
        const Review merged = opened.document->review();
        QCOMPARE(merged.title, hindsight::tests::sampleReview().title);
        QCOMPARE(commentThreads(merged.comments).size(), 3);
        QCOMPARE(merged.signOffs.size(), 3);
        if (!first)
            first = merged;
        else
            QVERIFY(merged == *first);
        ++orders;
    } while (std::next_permutation(copies.begin(), copies.end()));
    QCOMPARE(orders, 6);
    // And what was merged is in the file.
    QVERIFY(ReviewFile::open(path(QStringLiteral("merge5.hindsight"))).review == *first);
}

void TestComments::mergingTheSameCopyTwiceAddsNothing()
{
    const auto original = makeReview(QStringLiteral("review.hindsight"));
    const auto copy = copyOf(original, QStringLiteral("copy.hindsight"));
    comment(copy, QStringLiteral("Ana"), QStringLiteral("once"));
    auto opened = ReviewDocument::open(original);
    const auto merge = DiscussionMerge::gather(opened.document->review(), {copy, copy});
    QCOMPARE(merge.records.size(), 2);
    QCOMPARE(merge.copiesRead, 2);
    commands::addRecords(*opened.document, merge.records, merge.signOffs, QStringLiteral("Merge"));
    const Review once = opened.document->review();
    const auto again = DiscussionMerge::gather(once, {copy});
    QVERIFY(again.isEmpty());
    QCOMPARE(again.summary(),
             QStringLiteral("Nothing new from 1 copy: the review already holds all of their comments."));
}

void TestComments::mergeRefusesAnotherReview()
{
    const auto original = makeReview(QStringLiteral("review.hindsight"));
    const auto other = makeReview(QStringLiteral("other.hindsight"));
    comment(other, QStringLiteral("Ana"), QStringLiteral("on another review"));
    const auto review = ReviewFile::open(original).review;
    const auto merge = DiscussionMerge::gather(review, {other});
    QVERIFY(merge.isEmpty());
    QCOMPARE(merge.refused.size(), 1);
    QVERIFY2(merge.refused.at(0).contains(QStringLiteral("is another review")), qPrintable(merge.refused.at(0)));
    QVERIFY(!merge.refused.at(0).contains(u'\n'));
}

void TestComments::mergeRefusesDamagedAndNewerCopies_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad: truncated copy") << QStringLiteral("truncate") << QStringLiteral("damaged");
    QTest::newRow("bad: newer copy") << QStringLiteral("newer") << QStringLiteral("newer");
    QTest::newRow("bad: not a review") << QStringLiteral("text") << QStringLiteral("not a Hindsight review");
    QTest::newRow("bad: missing copy") << QStringLiteral("missing") << QStringLiteral("does not exist");
}

void TestComments::mergeRefusesDamagedAndNewerCopies()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);
    const auto original = makeReview(QStringLiteral("review.hindsight"));
    const auto copy = copyOf(original, QStringLiteral("copy.hindsight"));
    comment(copy, QStringLiteral("Ana"), QStringLiteral("lost?"));
    if (damage == u"truncate") {
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
    } else if (damage == u"newer") {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(copy);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=%1").arg(ReviewFile::SchemaVersion + 1)));
        db.close();
    } else if (damage == u"text") {
        QFile file(copy);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("# A Markdown postmortem\n");
    } else {
        QVERIFY(QFile::remove(copy));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const auto merge = DiscussionMerge::gather(ReviewFile::open(original).review, {copy});
    QVERIFY(merge.isEmpty());
    QCOMPARE(merge.refused.size(), 1);
    QVERIFY2(merge.refused.at(0).contains(message), qPrintable(merge.refused.at(0)));
    QVERIFY(!merge.refused.at(0).contains(u'\n'));
}

void TestComments::publishReadinessLists()
{
    Review review = hindsight::tests::sampleReview();
    review.actions = {};
    review.reviewers = {{1, QStringLiteral("Ana"), QStringLiteral("SRE")},
                        {2, QStringLiteral("Ben"), QStringLiteral("Payments")},
                        {3, QStringLiteral("Cleo"), QString()}};
    ReviewDocument document(review);
    QCOMPARE(PublishReadiness::openItems(document.review()),
             QStringList({QStringLiteral("Ana has not signed off"), QStringLiteral("Ben has not signed off"),
                          QStringLiteral("Cleo has not signed off")}));
    const QDateTime morning(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
    commands::signOff(document, {{}, QStringLiteral("Ana"), Verdict::Approved, morning, {}});
    commands::signOff(document,
                      {{}, QStringLiteral("Ben"), Verdict::ChangesRequested, morning, QStringLiteral("Owners?")});
    commands::signOff(document, {{}, QStringLiteral("Cleo"), Verdict::ChangesRequested, morning, {}});
    // The latest verdict counts.
    commands::signOff(document, {{}, QStringLiteral("Cleo"), Verdict::Approved, morning.addSecs(600), {}});
    commands::addComment(document, post(QStringLiteral("Ana"), QStringLiteral("open")));
    commands::insertRow(document, ActionItem{0,
                                             QStringLiteral("Add a warm-up"),
                                             ActionType::Preventive,
                                             {},
                                             {},
                                             0,
                                             {},
                                             ActionStatus::Open,
                                             Visibility::Internal});
    QCOMPARE(PublishReadiness::openItems(document.review()),
             QStringList({QStringLiteral("1 comment thread still open"), QStringLiteral("Ben requested changes"),
                          QStringLiteral("The action “Add a warm-up” has no owner and no ticket")}));
}

// Records that name nothing are refused where they are read, like any other damaged value.
void TestComments::damagedRecordsAreRefused()
{
    const auto file = makeReview(QStringLiteral("review.hindsight"));
    comment(file, QStringLiteral("Ana"), QStringLiteral("fine"));
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE comment SET change = 42")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    const auto opened = ReviewFile::open(file);
    QVERIFY(!opened.file);
    QVERIFY2(opened.error.contains(QStringLiteral("unknown change (42)")), qPrintable(opened.error));
}

// Another process (this test's executable, see main()) adds comments to a review and says "ok ID"
// once each is added, as the editor's command returns; it is killed with SIGKILL at random
// moments. Every comment it acknowledged must be in the file, which must open every time.
void TestComments::acknowledgedCommentsSurviveSigkill()
{
    const auto file = makeReview(QStringLiteral("review.hindsight"));
    QVERIFY(!file.isEmpty());
    QRandomGenerator random(20261208); // fixed: a failure can be replayed
    constexpr int Runs = 12;
    QSet<QUuid> acknowledged;
    for (int run = 0; run < Runs; ++run) {
        QProcess writer;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HINDSIGHT_COMMENT_WRITER"), file);
        writer.setProcessEnvironment(environment);
        writer.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        const int killAfter = random.bounded(100, 600);
        QElapsedTimer clock;
        clock.start();
        QByteArray output;
        const auto readAnswers = [&] {
            output += writer.readAllStandardOutput();
            for (auto end = output.indexOf('\n'); end >= 0; end = output.indexOf('\n')) {
                const auto line = output.left(end);
                output.remove(0, end + 1);
                if (line.startsWith("ok "))
                    acknowledged.insert(QUuid::fromString(QString::fromLatin1(line.mid(3))));
            }
        };
        while (clock.elapsed() < killAfter) {
            writer.waitForReadyRead(5);
            readAnswers();
        }
        writer.kill(); // SIGKILL: no chance to flush or close anything
        QVERIFY(writer.waitForFinished(10000));
        readAnswers();

        const auto opened = ReviewFile::open(file);
        QVERIFY2(opened.file, qPrintable(QStringLiteral("run %1: %2").arg(run).arg(opened.error)));
        QSet<QUuid> inFile;
        for (const auto &record : opened.review.comments)
            inFile.insert(record.id);
        for (const auto &id : std::as_const(acknowledged))
            QVERIFY2(inFile.contains(id), qPrintable(QStringLiteral("run %1 lost %2").arg(run).arg(id.toString())));
    }
    qInfo("%lld comments acknowledged over %d kills", static_cast<long long>(acknowledged.size()), Runs);
    // Proves nothing unless comments were really written before the kills.
    QVERIFY(acknowledged.size() >= 20);
}

namespace {

// The other process of acknowledgedCommentsSurviveSigkill(): adds comments until it is killed.
int writeCommentsUntilKilled(const QString &file)
{
    auto opened = ReviewDocument::open(file);
    if (!opened.document)
        return 1;
    QTextStream out(stdout);
    for (int i = 0;; ++i) {
        auto record = post(QStringLiteral("Ana"), QStringLiteral("comment %1").arg(i));
        commands::addComment(*opened.document, record);
        if (opened.document->hasPendingChanges())
            return 2;
        out << "ok " << record.id.toString(QUuid::WithoutBraces) << Qt::endl;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (const auto file = qEnvironmentVariable("HINDSIGHT_COMMENT_WRITER"); !file.isEmpty())
        return writeCommentsUntilKilled(file);
    TestComments test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_comments.moc"
