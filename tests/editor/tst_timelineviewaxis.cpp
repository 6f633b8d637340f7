// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/timeline/timeaxis.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using hindsight::editor::TimeAxis;
using Unit = TimeAxis::Unit;

Q_DECLARE_METATYPE(TimeAxis::Step)

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QStringList labelsOf(const QList<TimeAxis::Tick> &ticks)
{
    QStringList result;
    for (const auto &tick : ticks)
        result << tick.label;
    return result;
}

} // namespace

class TestTimelineViewAxis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chooseStep_data();
    void chooseStep();
    void labels_data();
    void labels();
    void majorTicksAtMidnight();
    void contextsNameTheDays();
    void wideLabelsTakeALargerStep();
    void pathologicalRangesStayBounded();
};

void TestTimelineViewAxis::initTestCase()
{
    // Day and month names in the labels are the locale's: fix it so the expectations hold.
    QLocale::setDefault(QLocale::c());
}

void TestTimelineViewAxis::chooseStep_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<double>("width");
    QTest::addColumn<TimeAxis::Step>("step");

    // 1,000 px with 80 px per label: at most 12 labels.
    QTest::newRow("seconds: 10 s shows every second") << 10 * Second << 1000.0 << TimeAxis::Step{Unit::Second, 1};
    QTest::newRow("seconds: 1 min in 5 s steps") << Minute << 1000.0 << TimeAxis::Step{Unit::Second, 5};
    QTest::newRow("seconds: 5 min in 30 s steps") << 5 * Minute << 1000.0 << TimeAxis::Step{Unit::Second, 30};
    QTest::newRow("minutes: 10 min in 1 min steps") << 10 * Minute << 1000.0 << TimeAxis::Step{Unit::Minute, 1};
    QTest::newRow("minutes: 1 h in 5 min steps") << Hour << 1000.0 << TimeAxis::Step{Unit::Minute, 5};
    QTest::newRow("minutes: 3 h in 15 min steps") << 3 * Hour << 1000.0 << TimeAxis::Step{Unit::Minute, 15};
    QTest::newRow("minutes: 6 h in 30 min steps") << 6 * Hour << 1000.0 << TimeAxis::Step{Unit::Minute, 30};
    QTest::newRow("hours: 12 h in 1 h steps") << 12 * Hour << 1000.0 << TimeAxis::Step{Unit::Hour, 1};
    QTest::newRow("hours: 1 day in 3 h steps") << Day << 1000.0 << TimeAxis::Step{Unit::Hour, 3};
    QTest::newRow("hours: 3 days in 6 h steps") << 3 * Day << 1000.0 << TimeAxis::Step{Unit::Hour, 6};
    QTest::newRow("days: 7 days in 1 day steps") << 7 * Day << 1000.0 << TimeAxis::Step{Unit::Day, 1};
    QTest::newRow("days: 20 days in 2 day steps") << 20 * Day << 1000.0 << TimeAxis::Step{Unit::Day, 2};
    QTest::newRow("weeks: 30 days in weeks") << 30 * Day << 1000.0 << TimeAxis::Step{Unit::Week, 1};
    QTest::newRow("narrow: 10 s in 200 px in 5 s steps") << 10 * Second << 200.0 << TimeAxis::Step{Unit::Second, 5};
    QTest::newRow("sub-second: 1 s in 100 ms steps") << Second << 1000.0 << TimeAxis::Step{Unit::Millisecond, 100};
    QTest::newRow("years: 20 years in 5 year steps") << 20 * 365 * Day << 1000.0 << TimeAxis::Step{Unit::Year, 5};
}

void TestTimelineViewAxis::chooseStep()
{
    QFETCH(qint64, span);
    QFETCH(double, width);
    QFETCH(TimeAxis::Step, step);
    const auto chosen = TimeAxis::chooseStep(span, width, 80.0);
    QCOMPARE(int(chosen.unit), int(step.unit));
    QCOMPARE(chosen.count, step.count);
    // The chosen step leaves room for its labels, and the one before it would not.
    QVERIFY(double(span) / double(chosen.approxMs()) * 80 <= width);
    const auto &steps = TimeAxis::steps();
    const auto at = steps.indexOf(chosen);
    QVERIFY(at >= 0);
    if (at > 0)
        QVERIFY(double(span) / double(steps.at(at - 1).approxMs()) * 80 > width);
}

void TestTimelineViewAxis::labels_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<TimeAxis::Step>("step");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<qint64>("spacing"); // every tick this far from the previous one; 0 when uneven

    QTest::newRow("UTC: an hour in 15 min steps")
        << QByteArray("UTC") << utc("2023-03-14T13:00:00Z") << utc("2023-03-14T14:00:00Z")
        << TimeAxis::Step{Unit::Minute, 15}
        << QStringList{QStringLiteral("13:00"), QStringLiteral("13:15"), QStringLiteral("13:30"),
                       QStringLiteral("13:45"), QStringLiteral("14:00")}
        << 15 * Minute;
    QTest::newRow("display zone: Berlin labels read local time (UTC+1)")
        << QByteArray("Europe/Berlin") << utc("2023-03-14T12:00:00Z") << utc("2023-03-14T13:00:00Z")
        << TimeAxis::Step{Unit::Minute, 30}
        << QStringList{QStringLiteral("13:00"), QStringLiteral("13:30"), QStringLiteral("14:00")} << 30 * Minute;
    QTest::newRow("display zone: +05:30 ticks on round local hours")
        << QByteArray("Asia/Kolkata") << utc("2023-03-14T04:00:00Z") << utc("2023-03-14T07:00:00Z")
        << TimeAxis::Step{Unit::Hour, 1}
        << QStringList{QStringLiteral("10:00"), QStringLiteral("11:00"), QStringLiteral("12:00")} << Hour;
    QTest::newRow("DST: spring forward skips 02:00") << QByteArray("Europe/Berlin") << utc("2023-03-25T23:00:00Z")
                                                     << utc("2023-03-26T02:00:00Z") << TimeAxis::Step{Unit::Hour, 1}
                                                     << QStringList{QStringLiteral("00:00"), QStringLiteral("01:00"),
                                                                    QStringLiteral("03:00"), QStringLiteral("04:00")}
                                                     << Hour;
    QTest::newRow("DST: fall back shows 02:00 twice")
        << QByteArray("Europe/Berlin") << utc("2023-10-28T22:00:00Z") << utc("2023-10-29T03:00:00Z")
        << TimeAxis::Step{Unit::Hour, 1}
        << QStringList{QStringLiteral("00:00"), QStringLiteral("01:00"), QStringLiteral("02:00"),
                       QStringLiteral("02:00"), QStringLiteral("03:00"), QStringLiteral("04:00")}
        << Hour;
    QTest::newRow("DST: 15 min steps across spring forward")
        << QByteArray("Europe/Berlin") << utc("2023-03-26T00:30:00Z") << utc("2023-03-26T01:15:00Z")
        << TimeAxis::Step{Unit::Minute, 15}
        << QStringList{QStringLiteral("01:30"), QStringLiteral("01:45"), QStringLiteral("03:00"),
                       QStringLiteral("03:15")}
        << 15 * Minute;
    QTest::newRow("DST: 3 h steps follow the wall clock on a 23 h day")
        << QByteArray("Europe/Berlin") << utc("2023-03-25T23:00:00Z") << utc("2023-03-26T22:00:00Z")
        << TimeAxis::Step{Unit::Hour, 3}
        << QStringList{QStringLiteral("00:00"), QStringLiteral("03:00"), QStringLiteral("06:00"),
                       QStringLiteral("09:00"), QStringLiteral("12:00"), QStringLiteral("15:00"),
                       QStringLiteral("18:00"), QStringLiteral("21:00"), QStringLiteral("00:00")}
        << qint64(0);
    QTest::newRow("days: local midnights with the day's name")
        << QByteArray("Europe/Berlin") << utc("2023-03-13T00:00:00Z") << utc("2023-03-16T00:00:00Z")
        << TimeAxis::Step{Unit::Day, 1}
        << QStringList{QStringLiteral("Tue 14 Mar"), QStringLiteral("Wed 15 Mar"), QStringLiteral("Thu 16 Mar")} << Day;
    QTest::newRow("days: a DST change day is 23 h long")
        << QByteArray("Europe/Berlin") << utc("2023-03-25T12:00:00Z") << utc("2023-03-27T12:00:00Z")
        << TimeAxis::Step{Unit::Day, 1} << QStringList{QStringLiteral("Sun 26 Mar"), QStringLiteral("Mon 27 Mar")}
        << 23 * Hour;
    QTest::newRow("weeks: Mondays") << QByteArray("UTC") << utc("2023-03-01T00:00:00Z") << utc("2023-03-31T00:00:00Z")
                                    << TimeAxis::Step{Unit::Week, 1}
                                    << QStringList{QStringLiteral("Mon 6 Mar"), QStringLiteral("Mon 13 Mar"),
                                                   QStringLiteral("Mon 20 Mar"), QStringLiteral("Mon 27 Mar")}
                                    << 7 * Day;
    QTest::newRow("sub-second: milliseconds shown")
        << QByteArray("UTC") << utc("2023-03-14T13:00:00.000Z") << utc("2023-03-14T13:00:00.300Z")
        << TimeAxis::Step{Unit::Millisecond, 100}
        << QStringList{QStringLiteral("13:00:00.000"), QStringLiteral("13:00:00.100"), QStringLiteral("13:00:00.200"),
                       QStringLiteral("13:00:00.300")}
        << qint64(100);
    QTest::newRow("months: first of each month")
        << QByteArray("UTC") << utc("2023-01-15T00:00:00Z") << utc("2023-05-15T00:00:00Z")
        << TimeAxis::Step{Unit::Month, 1}
        << QStringList{QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"), QStringLiteral("May")}
        << qint64(0);
}

void TestTimelineViewAxis::labels()
{
    QFETCH(QByteArray, zone);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(TimeAxis::Step, step);
    QFETCH(QStringList, expected);
    QFETCH(qint64, spacing);

    const QTimeZone timeZone(zone);
    QVERIFY(timeZone.isValid());
    const auto ticks = TimeAxis::ticks(start, end, step, timeZone);
    QCOMPARE(labelsOf(ticks), expected);
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        QVERIFY(ticks.at(i).msecs >= start && ticks.at(i).msecs <= end);
        if (i > 0) {
            QVERIFY(ticks.at(i).msecs > ticks.at(i - 1).msecs);
            if (spacing > 0)
                QCOMPARE(ticks.at(i).msecs - ticks.at(i - 1).msecs, spacing);
        }
    }
}

void TestTimelineViewAxis::majorTicksAtMidnight()
{
    const QTimeZone berlin("Europe/Berlin");
    const auto ticks = TimeAxis::ticks(utc("2023-03-14T20:00:00Z"), utc("2023-03-15T02:00:00Z"),
                                       TimeAxis::Step{Unit::Hour, 1}, berlin);
    QStringList majors;
    for (const auto &tick : ticks) {
        if (tick.major)
            majors << tick.label;
    }
    QCOMPARE(majors, QStringList{QStringLiteral("00:00")});
    const auto midnight = std::find_if(ticks.cbegin(), ticks.cend(), [](const auto &tick) { return tick.major; });
    QCOMPARE(midnight->msecs, utc("2023-03-14T23:00:00Z"));
}

void TestTimelineViewAxis::contextsNameTheDays()
{
    const QTimeZone berlin("Europe/Berlin");
    const auto contexts = TimeAxis::contexts(utc("2023-03-14T20:00:00Z"), utc("2023-03-15T02:00:00Z"),
                                             TimeAxis::Step{Unit::Hour, 1}, berlin);
    QCOMPARE(contexts.size(), 2);
    QCOMPARE(contexts.at(0).label, QStringLiteral("Tue 14 Mar 2023"));
    QCOMPARE(contexts.at(0).msecs, utc("2023-03-14T20:00:00Z"));
    QCOMPARE(contexts.at(1).label, QStringLiteral("Wed 15 Mar 2023"));
    QCOMPARE(contexts.at(1).msecs, utc("2023-03-14T23:00:00Z"));

    const auto months = TimeAxis::contexts(utc("2023-03-20T00:00:00Z"), utc("2023-04-20T00:00:00Z"),
                                           TimeAxis::Step{Unit::Day, 2}, berlin);
    QCOMPARE(months.size(), 2);
    QCOMPARE(months.at(1).label, QStringLiteral("April 2023"));
}

void TestTimelineViewAxis::wideLabelsTakeALargerStep()
{
    // Millisecond labels are three times as wide as "13:00": the measure decides the step.
    auto measure = [](const TimeAxis::Step &step) { return TimeAxis::sampleLabel(step).size() * 7.0 + 16; };
    const auto step = TimeAxis::chooseStep(Second, 1000, measure);
    QCOMPARE(int(step.unit), int(Unit::Millisecond));
    QVERIFY(step.count >= 100);
    QVERIFY(TimeAxis::chooseStep(Second, 1000, 40.0).approxMs() < step.approxMs());
}

void TestTimelineViewAxis::pathologicalRangesStayBounded()
{
    // A step far too small for the range must not build millions of ticks.
    const auto ticks = TimeAxis::ticks(0, 10 * Day, TimeAxis::Step{Unit::Millisecond, 10}, QTimeZone::utc());
    QVERIFY(ticks.size() <= 5000);
    QVERIFY(TimeAxis::ticks(10, 0, TimeAxis::Step{Unit::Second, 1}, QTimeZone::utc()).isEmpty());
    QCOMPARE(int(TimeAxis::chooseStep(0, 1000, 80.0).unit), int(Unit::Millisecond));
}

QTEST_GUILESS_MAIN(TestTimelineViewAxis)
#include "tst_timelineviewaxis.moc"
