// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/timeline/timelineindex.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <map>

using namespace hindsight;
using editor::TimelineIndex;
using model::EventKind;
using model::TimelineEvent;
using model::TimePrecision;

namespace {

const qint64 Base = QDateTime(QDate(2023, 3, 14), QTime(13, 0), QTimeZone::utc()).toMSecsSinceEpoch();

TimelineEvent makeEvent(qint64 id, qint64 msecs, EventKind kind = EventKind::Note,
                        TimePrecision precision = TimePrecision::Millisecond)
{
    TimelineEvent e;
    e.id = id;
    e.time = QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
    e.kind = kind;
    e.precision = precision;
    return e;
}

// The index must always equal the events sorted by (time, id).
bool consistent(const TimelineIndex &index, const std::map<qint64, TimelineEvent> &events)
{
    std::vector<std::pair<qint64, qint64>> expected;
    for (const auto &[id, e] : events) {
        if (e.time.isValid())
            expected.emplace_back(e.time.toMSecsSinceEpoch(), id);
    }
    std::sort(expected.begin(), expected.end());
    if (qsizetype(expected.size()) != index.size())
        return false;
    for (qsizetype i = 0; i < index.size(); ++i) {
        if (index.at(i).at != expected[size_t(i)].first || index.at(i).id != expected[size_t(i)].second)
            return false;
        if (index.indexOf(index.at(i).id) != i)
            return false;
    }
    return true;
}

} // namespace

class TestTimelineViewIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void staysSortedThroughEdits();
    void dayOnlyEventsSpanTheirDay_data();
    void dayOnlyEventsSpanTheirDay();
    void eventsWithoutTimeAreLeftOut();
    void milestonesAreTracked();
    void clusters_data();
    void clusters();
    void clustersAreStableWhilePanning();
    void noTwoItemsTouch();
};

void TestTimelineViewIndex::staysSortedThroughEdits()
{
    // Random inserts, moves and removals, checked against a full sort after each.
    QRandomGenerator random(42);
    TimelineIndex index;
    std::map<qint64, TimelineEvent> events;
    qint64 nextId = 1;
    for (int step = 0; step < 2000; ++step) {
        const int action = events.empty() ? 0 : int(random.bounded(4));
        if (action <= 1) {
            // Many share a time, so that the id decides the order.
            const auto e = makeEvent(nextId++, Base + random.bounded(50) * 1000, EventKind(random.bounded(8)));
            events[e.id] = e;
            index.upsert(e, QTimeZone::utc());
        } else {
            auto it = events.begin();
            std::advance(it, random.bounded(int(events.size())));
            if (action == 2) {
                it->second.time = QDateTime::fromMSecsSinceEpoch(Base + random.bounded(50) * 1000, QTimeZone::utc());
                index.upsert(it->second, QTimeZone::utc());
            } else {
                QVERIFY(index.remove(it->first));
                events.erase(it);
            }
        }
        if (step % 50 == 0)
            QVERIFY2(consistent(index, events), qPrintable(QStringLiteral("after step %1").arg(step)));
    }
    QVERIFY(consistent(index, events));
    QVERIFY(!index.remove(nextId + 1));

    // reset() gives the same order as the edits did.
    TimelineIndex rebuilt;
    QList<TimelineEvent> list;
    for (const auto &[id, e] : events)
        list.prepend(e);
    rebuilt.reset(list, QTimeZone::utc());
    QVERIFY(consistent(rebuilt, events));
}

void TestTimelineViewIndex::dayOnlyEventsSpanTheirDay_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("lane");

    QTest::newRow("day only, UTC: the whole UTC day")
        << QByteArray("UTC") << int(TimePrecision::Day) << QStringLiteral("2023-03-13T00:00:00Z")
        << QStringLiteral("2023-03-14T00:00:00Z") << int(EventKind::Action);
    QTest::newRow("day only, Berlin: the day as written, in the display zone")
        << QByteArray("Europe/Berlin") << int(TimePrecision::Day) << QStringLiteral("2023-03-12T23:00:00Z")
        << QStringLiteral("2023-03-13T23:00:00Z") << int(EventKind::Action);
    QTest::newRow("unknown time: the day, in the time-unknown strip")
        << QByteArray("Europe/Berlin") << int(TimePrecision::UnknownTime) << QStringLiteral("2023-03-12T23:00:00Z")
        << QStringLiteral("2023-03-13T23:00:00Z") << editor::UnknownTimeLane;
}

void TestTimelineViewIndex::dayOnlyEventsSpanTheirDay()
{
    QFETCH(QByteArray, zone);
    QFETCH(int, precision);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, lane);

    const auto e = makeEvent(7, QDateTime(QDate(2023, 3, 13), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(),
                             EventKind::Action, TimePrecision(precision));
    const auto entry = TimelineIndex::entryFor(e, QTimeZone(zone));
    QVERIFY(entry);
    QCOMPARE(entry->from, QDateTime::fromString(from, Qt::ISODate).toMSecsSinceEpoch());
    QCOMPARE(entry->to, QDateTime::fromString(to, Qt::ISODate).toMSecsSinceEpoch());
    QCOMPARE(entry->at, (entry->from + entry->to) / 2);
    QCOMPARE(entry->lane(), lane);
    QVERIFY(entry->isDayOnly());

    TimelineIndex index;
    index.upsert(e, QTimeZone(zone));
    QCOMPARE(index.hasUnknownTimes(), lane == editor::UnknownTimeLane);
    QCOMPARE(index.extent()->first, entry->from);
    QCOMPARE(index.extent()->second, entry->to);
    index.remove(7);
    QVERIFY(!index.hasUnknownTimes());
}

void TestTimelineViewIndex::eventsWithoutTimeAreLeftOut()
{
    TimelineIndex index;
    auto e = makeEvent(1, Base);
    index.upsert(e, QTimeZone::utc());
    QCOMPARE(index.size(), 1);
    e.time = QDateTime();
    QVERIFY(!TimelineIndex::entryFor(e, QTimeZone::utc()));
    index.upsert(e, QTimeZone::utc()); // a time cleared in the table: the event leaves the view
    QCOMPARE(index.size(), 0);
    QVERIFY(!index.extent());
}

void TestTimelineViewIndex::milestonesAreTracked()
{
    TimelineIndex index;
    auto detected = makeEvent(1, Base + 5000);
    detected.milestone = model::Milestone::Detected;
    auto started = makeEvent(2, Base);
    started.milestone = model::Milestone::Started;
    index.reset({detected, started, makeEvent(3, Base + 1000)}, QTimeZone::utc());
    auto milestones = index.milestoneEntries();
    QCOMPARE(milestones.size(), 2);
    QCOMPARE(milestones.at(0).id, 2);
    QCOMPARE(milestones.at(1).id, 1);

    detected.milestone = model::Milestone::None; // an edit that keeps the time
    index.upsert(detected, QTimeZone::utc());
    QCOMPARE(index.milestoneEntries().size(), 1);
    index.remove(2);
    QVERIFY(index.milestoneEntries().isEmpty());
}

void TestTimelineViewIndex::clusters_data()
{
    QTest::addColumn<double>("pxPerMs");
    QTest::addColumn<int>("minItems");
    QTest::addColumn<int>("maxItems");
    QTest::addColumn<bool>("singles");

    // 500 notes spread over one second (one every 2 ms), drawn 1,000 px wide.
    QTest::newRow("clustered: one second in a 60 s view is one bubble") << 1000.0 / 60000 << 1 << 1 << false;
    QTest::newRow("clustered: one second in a 10 s view is a few bubbles") << 1000.0 / 10000 << 2 << 8 << false;
    QTest::newRow("split: one second over the whole view is 50 bubbles of 10") << 1000.0 / 1000 << 50 << 51 << false;
    QTest::newRow("split: 100 ms over the whole view shows single events") << 1000.0 / 100 << 45 << 60 << true;
}

void TestTimelineViewIndex::clusters()
{
    QFETCH(double, pxPerMs);
    QFETCH(int, minItems);
    QFETCH(int, maxItems);
    QFETCH(bool, singles);

    TimelineIndex index;
    QList<TimelineEvent> events;
    for (int i = 0; i < 500; ++i)
        events << makeEvent(i + 1, Base + i * 2);
    index.reset(events, QTimeZone::utc());

    const auto result = editor::clusterEntries(index, Base, pxPerMs, -20, 1020, 20, 12);
    int members = 0;
    for (const auto &cluster : result.clusters) {
        QCOMPARE(cluster.lane, int(EventKind::Note));
        QVERIFY(cluster.x1 >= cluster.x0);
        QCOMPARE(cluster.count == 1, singles);
        // Members are contiguous per cluster and in time order.
        for (int i = 1; i < cluster.count; ++i)
            QVERIFY(result.members[size_t(cluster.memberBegin + i)] >
                    result.members[size_t(cluster.memberBegin + i - 1)]);
        members += cluster.count;
    }
    const int inView = int(std::count_if(events.cbegin(), events.cend(), [&](const TimelineEvent &e) {
        const double x = double(e.time.toMSecsSinceEpoch() - Base) * pxPerMs;
        return x >= -20 && x <= 1020;
    }));
    QCOMPARE(members, inView);
    const int items = int(result.clusters.size());
    QVERIFY2(items >= minItems && items <= maxItems, qPrintable(QStringLiteral("%1 items").arg(items)));
}

void TestTimelineViewIndex::clustersAreStableWhilePanning()
{
    QRandomGenerator random(7);
    TimelineIndex index;
    QList<TimelineEvent> events;
    for (int i = 0; i < 3000; ++i)
        events << makeEvent(i + 1, Base + random.bounded(3600 * 1000), EventKind(random.bounded(8)));
    index.reset(events, QTimeZone::utc());

    // The same hour in two positions, 137 px apart: the bubbles in the overlap are the same.
    const double pxPerMs = 1000.0 / (3600 * 1000);
    auto groups = [&](qint64 origin) {
        QSet<QList<qint64>> result;
        const auto clustered = editor::clusterEntries(index, origin, pxPerMs, -20, 1020, 20, 12);
        for (const auto &cluster : clustered.clusters) {
            const double absolute = cluster.x0 + double(origin - Base) * pxPerMs;
            if (absolute < 300 || absolute > 700)
                continue;
            QList<qint64> ids;
            for (int i = 0; i < cluster.count; ++i)
                ids << index.at(clustered.members[size_t(cluster.memberBegin + i)]).id;
            result.insert(ids);
        }
        return result;
    };
    QCOMPARE(groups(Base), groups(Base + qint64(137 / pxPerMs)));
}

void TestTimelineViewIndex::noTwoItemsTouch()
{
    // Events every 7 px, 15 px and 1 px in one lane: single markers never end up closer than
    // the minimum gap to their neighbour.
    for (const double every : {1.0, 7.0, 13.0, 15.0, 25.0}) {
        TimelineIndex index;
        QList<TimelineEvent> events;
        for (int i = 0; i < 200; ++i)
            events << makeEvent(i + 1, Base + qint64(i * every));
        index.reset(events, QTimeZone::utc());
        const auto result = editor::clusterEntries(index, Base, 1.0, 0, 1000, 20, 12);
        for (size_t i = 1; i < result.clusters.size(); ++i) {
            const auto &previous = result.clusters[i - 1];
            const auto &current = result.clusters[i];
            if (previous.count == 1 && current.count == 1)
                QVERIFY2(
                    current.x0 - previous.x1 >= 12,
                    qPrintable(QStringLiteral("every %1 px: %2 and %3").arg(every).arg(previous.x1).arg(current.x0)));
        }
    }

    // Two lone events 2 px apart across a bucket boundary become one bubble of 2.
    TimelineIndex index;
    index.reset(
        {makeEvent(1, Base + 100), makeEvent(2, Base + 139), makeEvent(3, Base + 141), makeEvent(4, Base + 300)},
        QTimeZone::utc());
    const auto result = editor::clusterEntries(index, Base, 1.0, 0, 1000, 20, 12);
    QCOMPARE(result.clusters.size(), size_t(3));
    QCOMPARE(result.clusters[0].count, 1);
    QCOMPARE(result.clusters[1].count, 2);
    QCOMPARE(result.clusters[2].count, 1);
}

QTEST_GUILESS_MAIN(TestTimelineViewIndex)
#include "tst_timelineviewindex.moc"
