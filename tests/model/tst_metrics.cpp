// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/metrics.h"

#include <QTest>
#include <QTimeZone>

using namespace hindsight::model;

namespace {

QDateTime at(const char *time)
{
    auto parsed = QDateTime::fromString(QString::fromLatin1(time), Qt::ISODateWithMs);
    return parsed.toUTC();
}

TimelineEvent milestone(const char *time, Milestone which)
{
    TimelineEvent event;
    event.time = at(time);
    event.milestone = which;
    return event;
}

constexpr qint64 minutes(qint64 m)
{
    return m * 60 * 1000;
}

} // namespace

using Durations = QList<qint64>; // detect, acknowledge, mitigate, resolve, duration; -1 = unknown
Q_DECLARE_METATYPE(Durations)

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compute_data();
    void compute();
    void formatting_data();
    void formatting();
};

void TestMetrics::compute_data()
{
    QTest::addColumn<QList<TimelineEvent>>("events");
    QTest::addColumn<QString>("now");
    QTest::addColumn<Durations>("expected");
    QTest::addColumn<QList<Milestone>>("outOfOrder");

    QTest::newRow("nominal: all five in order")
        << QList<TimelineEvent>{milestone("2023-03-14T13:05:00Z", Milestone::Started),
                                milestone("2023-03-14T13:41:00Z", Milestone::Detected),
                                milestone("2023-03-14T13:44:00Z", Milestone::Acknowledged),
                                milestone("2023-03-14T14:19:00Z", Milestone::Mitigated),
                                milestone("2023-03-14T14:28:00Z", Milestone::Resolved)}
        << QString() << Durations{minutes(36), minutes(39), minutes(74), minutes(83), minutes(83)}
        << QList<Milestone>{};
    QTest::newRow("nominal: unresolved and live, duration runs to now")
        << QList<TimelineEvent>{milestone("2023-03-14T13:05:00Z", Milestone::Started),
                                milestone("2023-03-14T13:09:00Z", Milestone::Detected)}
        << QStringLiteral("2023-03-14T14:00:00Z") << Durations{minutes(4), -1, -1, -1, minutes(55)}
        << QList<Milestone>{};
    QTest::newRow("edge: no start, nothing measurable")
        << QList<TimelineEvent>{milestone("2023-03-14T13:41:00Z", Milestone::Detected)} << QString()
        << Durations{-1, -1, -1, -1, -1} << QList<Milestone>{};
    QTest::newRow("edge: events in the same millisecond")
        << QList<TimelineEvent>{milestone("2023-03-14T13:05:00.250Z", Milestone::Started),
                                milestone("2023-03-14T13:05:00.250Z", Milestone::Detected)}
        << QString() << Durations{0, -1, -1, -1, -1} << QList<Milestone>{};
    QTest::newRow("edge: a repeated milestone counts at its earliest")
        << QList<TimelineEvent>{milestone("2023-03-14T13:05:00Z", Milestone::Started),
                                milestone("2023-03-14T13:50:00Z", Milestone::Detected),
                                milestone("2023-03-14T13:20:00Z", Milestone::Detected)}
        << QString() << Durations{minutes(15), -1, -1, -1, -1} << QList<Milestone>{};
    QTest::newRow("robustness: resolved before detected is flagged")
        << QList<TimelineEvent>{milestone("2023-03-14T13:05:00Z", Milestone::Started),
                                milestone("2023-03-14T14:00:00Z", Milestone::Detected),
                                milestone("2023-03-14T13:30:00Z", Milestone::Resolved)}
        << QString() << Durations{minutes(55), -1, -1, minutes(25), minutes(25)}
        << QList<Milestone>{Milestone::Resolved};
    QTest::newRow("robustness: detected before started gives a negative time and a flag")
        << QList<TimelineEvent>{milestone("2023-03-14T13:05:00Z", Milestone::Started),
                                milestone("2023-03-14T13:00:00Z", Milestone::Detected)}
        << QString() << Durations{-minutes(5), -1, -1, -1, -1} << QList<Milestone>{Milestone::Detected};
    QTest::newRow("edge: across a DST change, durations are real time")
        << QList<TimelineEvent>{milestone("2023-03-26T01:30:00+01:00", Milestone::Started),
                                milestone("2023-03-26T03:30:00+02:00", Milestone::Resolved)}
        << QString() << Durations{-1, -1, -1, minutes(60), minutes(60)} << QList<Milestone>{};
}

void TestMetrics::compute()
{
    QFETCH(QList<TimelineEvent>, events);
    QFETCH(QString, now);
    QFETCH(Durations, expected);
    QFETCH(QList<Milestone>, outOfOrder);
    Review review;
    review.timeline = events;
    const auto metrics = Metrics::compute(review, now.isEmpty() ? QDateTime() : at(qPrintable(now)));
    auto value = [](const std::optional<qint64> &duration) { return duration.value_or(-1); };
    QCOMPARE(value(metrics.timeToDetect), expected.at(0));
    QCOMPARE(value(metrics.timeToAcknowledge), expected.at(1));
    QCOMPARE(value(metrics.timeToMitigate), expected.at(2));
    QCOMPARE(value(metrics.timeToResolve), expected.at(3));
    QCOMPARE(value(metrics.duration), expected.at(4));
    QCOMPARE(metrics.outOfOrder, outOfOrder);
    QCOMPARE(metrics.problems.size(), outOfOrder.size());
}

void TestMetrics::formatting_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("duration");
    QTest::addColumn<QString>("elapsed");
    QTest::newRow("nominal: seconds") << qint64(38'000) << "38s"
                                      << "00:00:38";
    QTest::newRow("nominal: minutes") << minutes(4) << "4m"
                                      << "00:04:00";
    QTest::newRow("nominal: hours") << qint64(6'133'000) << "1h 42m"
                                    << "01:42:13";
    QTest::newRow("edge: past a day") << qint64(97'200'000) << "1d 3h"
                                      << "1d 03:00:00";
    QTest::newRow("robustness: negative") << -minutes(5) << "−5m"
                                          << "−00:05:00";
}

void TestMetrics::formatting()
{
    QFETCH(qint64, ms);
    QFETCH(QString, duration);
    QFETCH(QString, elapsed);
    QCOMPARE(formatDuration(ms), duration);
    QCOMPARE(formatElapsed(ms), elapsed);
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
