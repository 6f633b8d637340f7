// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/timeline/timelinetracker.h"
#include "model/commands.h"
#include "model/reviewdocument.h"
#include "model/rows.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace hindsight;
using editor::TimelineTracker;
using model::EventKind;
using model::ReviewDocument;
using model::TimelineEvent;

using IdList = QList<qint64>;

namespace {

const QDateTime Base(QDate(2023, 3, 14), QTime(13, 0), QTimeZone::utc());

TimelineEvent makeEvent(const QDateTime &time, EventKind kind = EventKind::Note,
                        model::Milestone milestone = model::Milestone::None)
{
    TimelineEvent e;
    e.time = time;
    e.kind = kind;
    e.milestone = milestone;
    e.text = QStringLiteral("An event");
    return e;
}

model::Review bigReview(int count)
{
    model::Review review;
    for (int i = 0; i < count; ++i)
        review.timeline << makeEvent(Base.addSecs(i), EventKind(i % 8));
    return review;
}

// The index in time order, as ids.
IdList order(const TimelineTracker &tracker)
{
    IdList ids;
    for (qsizetype i = 0; i < tracker.index().size(); ++i)
        ids << tracker.index().at(i).id;
    return ids;
}

} // namespace

class TestTimelineViewTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsUpdateTheIndexWithoutARebuild_data();
    void editsUpdateTheIndexWithoutARebuild();
    void removalsNameTheRemovedEvents();
    void zoneChangeRebuilds();
    void milestonesFollowTheEvents();
    void documentGoingAwayEmptiesTheIndex();
};

void TestTimelineViewTracker::editsUpdateTheIndexWithoutARebuild_data()
{
    QTest::addColumn<QString>("edit");
    for (const char *edit : {"insert", "remove", "time", "kind", "text", "undo insert", "undo remove"})
        QTest::newRow(qPrintable(QStringLiteral("incremental: %1 in 10,000 events").arg(QLatin1StringView(edit))))
            << QString::fromLatin1(edit);
}

void TestTimelineViewTracker::editsUpdateTheIndexWithoutARebuild()
{
    QFETCH(QString, edit);
    ReviewDocument document(bigReview(10000));
    TimelineTracker tracker;
    tracker.setDocument(&document);
    QCOMPARE(tracker.index().size(), 10000);
    const int rebuilds = tracker.rebuildCount();
    QSignalSpy changed(&tracker, &TimelineTracker::changed);
    const qint64 id = document.review().timeline.at(500).id;

    if (edit == QLatin1String("insert") || edit == QLatin1String("undo insert")) {
        const qint64 added = model::commands::insertRow(document, makeEvent(Base.addMSecs(500500)));
        QCOMPARE(tracker.index().indexOf(added), 501);
        if (edit == QLatin1String("undo insert")) {
            document.undoStack()->undo();
            QCOMPARE(tracker.index().indexOf(added), -1);
        }
    } else if (edit == QLatin1String("remove") || edit == QLatin1String("undo remove")) {
        model::commands::removeRows<TimelineEvent>(document, {id});
        QCOMPARE(tracker.index().indexOf(id), -1);
        if (edit == QLatin1String("undo remove")) {
            document.undoStack()->undo();
            QCOMPARE(tracker.index().indexOf(id), 500);
        }
    } else if (edit == QLatin1String("time")) {
        model::commands::setRowValue<TimelineEvent>(document, id, model::RowTraits<TimelineEvent>::Time,
                                                    Base.addSecs(-10));
        QCOMPARE(tracker.index().indexOf(id), 0);
    } else if (edit == QLatin1String("kind")) {
        model::commands::setRowValue<TimelineEvent>(document, id, model::RowTraits<TimelineEvent>::Kind,
                                                    int(EventKind::Resolution));
        QCOMPARE(tracker.index().find(id)->kind, EventKind::Resolution);
    } else {
        model::commands::setRowValue<TimelineEvent>(document, id, model::RowTraits<TimelineEvent>::Text,
                                                    QStringLiteral("Edited"));
        QCOMPARE(tracker.index().indexOf(id), 500);
    }
    QVERIFY(changed.size() >= 1);
    QCOMPARE(tracker.rebuildCount(), rebuilds);
    QCOMPARE(tracker.index().size(), document.review().timeline.size());
}

void TestTimelineViewTracker::removalsNameTheRemovedEvents()
{
    ReviewDocument document(bigReview(5));
    TimelineTracker tracker;
    tracker.setDocument(&document);
    QSignalSpy changed(&tracker, &TimelineTracker::changed);
    const IdList ids{document.review().timeline.at(1).id, document.review().timeline.at(3).id};
    model::commands::removeRows<TimelineEvent>(document, ids);
    IdList removed;
    for (const auto &arguments : std::as_const(changed))
        removed << arguments.at(0).value<IdList>();
    std::sort(removed.begin(), removed.end());
    QCOMPARE(removed, ids);
    QCOMPARE(order(tracker), (IdList{document.review().timeline.at(0).id, document.review().timeline.at(1).id,
                                     document.review().timeline.at(2).id}));
}

void TestTimelineViewTracker::zoneChangeRebuilds()
{
    // A day-only event's day is a day of the display zone: a new zone moves it, even in an
    // otherwise empty timeline.
    ReviewDocument document;
    TimelineTracker tracker;
    tracker.setDocument(&document);
    model::commands::setField(document, model::Field::TimeZone, QStringLiteral("Asia/Tokyo"));
    QCOMPARE(tracker.zone().id(), QByteArray("Asia/Tokyo"));

    auto day = makeEvent(QDateTime(QDate(2023, 3, 13), QTime(0, 0), QTimeZone::utc()));
    day.precision = model::TimePrecision::Day;
    const qint64 id = model::commands::insertRow(document, day);
    QCOMPARE(tracker.index().find(id)->from,
             QDateTime(QDate(2023, 3, 13), QTime(0, 0), QTimeZone("Asia/Tokyo")).toMSecsSinceEpoch());
    model::commands::setField(document, model::Field::TimeZone, QStringLiteral("UTC"));
    QCOMPARE(tracker.index().find(id)->from,
             QDateTime(QDate(2023, 3, 13), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

void TestTimelineViewTracker::milestonesFollowTheEvents()
{
    ReviewDocument document(bigReview(3));
    TimelineTracker tracker;
    tracker.setDocument(&document);
    QVERIFY(!tracker.milestones().at(model::Milestone::Detected).isValid());
    const qint64 id = model::commands::insertRow(
        document, makeEvent(Base.addSecs(60), EventKind::Detection, model::Milestone::Detected));
    QCOMPARE(tracker.milestones().at(model::Milestone::Detected), Base.addSecs(60));
    model::commands::setRowValue<TimelineEvent>(document, id, model::RowTraits<TimelineEvent>::Milestone,
                                                int(model::Milestone::None));
    QVERIFY(!tracker.milestones().at(model::Milestone::Detected).isValid());
}

void TestTimelineViewTracker::documentGoingAwayEmptiesTheIndex()
{
    auto document = std::make_unique<ReviewDocument>(bigReview(10));
    TimelineTracker tracker;
    tracker.setDocument(document.get());
    QCOMPARE(tracker.index().size(), 10);
    document.reset();
    QCOMPARE(tracker.index().size(), 0);
    QVERIFY(!tracker.document());
}

QTEST_GUILESS_MAIN(TestTimelineViewTracker)
#include "tst_timelineviewtracker.moc"
