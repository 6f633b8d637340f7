// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/metrics/metricseries.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <functional>

using namespace hindsight::importing;

using DataCheck = std::function<void(const MetricData &)>;

namespace {

const QString fixtures = QStringLiteral(HINDSIGHT_TEST_DATA_DIR "/metrics/");

QByteArray fixture(const QString &name)
{
    QFile file(fixtures + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

double utcMs(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return double(
        QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::utc()).toMSecsSinceEpoch());
}

QString isoTime(double msecs)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(msecs), QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

// A fixture's series as the test reads it on its own, with Qt's parsers, line by line.
struct Expected
{
    QString name;
    QList<QPointF> points;
};

QList<Expected> expectedFromCsv(const QString &name, const QString &timeFormat)
{
    const QStringList lines = QString::fromUtf8(fixture(name)).split(u'\n', Qt::SkipEmptyParts);
    QList<Expected> series;
    if (lines.isEmpty())
        return series;
    const QStringList header = lines.first().split(u',');
    for (qsizetype column = 1; column < header.size(); ++column)
        series.append({QString(header.at(column)).remove(u'"'), {}});
    for (qsizetype row = 1; row < lines.size(); ++row) {
        const QStringList cells = lines.at(row).split(u',');
        const QString time = QString(cells.first()).remove(u'"');
        QDateTime at =
            timeFormat.isEmpty() ? QDateTime::fromString(time, Qt::ISODate) : QDateTime::fromString(time, timeFormat);
        at.setTimeZone(timeFormat.isEmpty() ? at.timeZone() : QTimeZone::utc());
        for (qsizetype column = 1; column < cells.size(); ++column)
            series[column - 1].points.append(QPointF(double(at.toMSecsSinceEpoch()), cells.at(column).toDouble()));
    }
    return series;
}

QList<Expected> expectedFromPrometheus()
{
    QList<Expected> series;
    const auto result = QJsonDocument::fromJson(fixture(QStringLiteral("prometheus-query-range.json")))
                            .object()[u"data"][u"result"]
                            .toArray();
    for (const auto &entry : result) {
        Expected expected;
        expected.name = entry[u"metric"][u"__name__"].toString();
        for (const auto &sample : entry[u"values"].toArray()) {
            expected.points.append(QPointF(sample[0].toDouble() * 1000, sample[1].toString().toDouble()));
        }
        series.append(expected);
    }
    return series;
}

MetricImport parseFixture(const QString &name, const QTimeZone &zone = QTimeZone::utc())
{
    return name.endsWith(u".json") ? parsePrometheusJson(fixture(name)) : parseMetricsCsv(fixture(name), zone);
}

QByteArray millionRows()
{
    QByteArray csv("timestamp,latency_ms\n");
    csv.reserve(32 * 1'000'000);
    const QDateTime start(QDate(2023, 3, 14), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < 1'000'000; ++i) {
        csv += start.addSecs(i).toString(Qt::ISODate).toLatin1();
        csv += ',';
        csv += QByteArray::number(100 + i % 97);
        csv += '\n';
    }
    return csv;
}

} // namespace

class TestMetricSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fixtureMatchesItsOwnRows_data();
    void fixtureMatchesItsOwnRows();
    void handCheckedValues();
    void threeExportsSameInstants();
    void zonelessTimesReadInChosenZone();
    void csvShapes_data();
    void csvShapes();
    void badInput_data();
    void badInput();
    void warnings_data();
    void warnings();
    void importPicksReaderBySuffixOrContent_data();
    void importPicksReaderBySuffixOrContent();
    void millionRows();
    void decimation_data();
    void decimation();
};

void TestMetricSeries::initTestCase()
{
    for (const auto name : {"orders-api-errors.csv", "grafana-panel-export.csv", "prometheus-query-range.json"})
        QVERIFY2(QFile::exists(fixtures + QLatin1StringView(name)), qPrintable(fixtures + QLatin1StringView(name)));
}

void TestMetricSeries::fixtureMatchesItsOwnRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<Expected>>("expected");
    QTest::newRow("nominal: ISO CSV, one series, every row a point")
        << QStringLiteral("orders-api-errors.csv") << expectedFromCsv(QStringLiteral("orders-api-errors.csv"), {});
    QTest::newRow("nominal: Grafana CSV, two series, zone-less times read as UTC")
        << QStringLiteral("grafana-panel-export.csv")
        << expectedFromCsv(QStringLiteral("grafana-panel-export.csv"), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QTest::newRow("nominal: Prometheus matrix, two series, Unix seconds and string values")
        << QStringLiteral("prometheus-query-range.json") << expectedFromPrometheus();
}

void TestMetricSeries::fixtureMatchesItsOwnRows()
{
    QFETCH(QString, file);
    QFETCH(QList<Expected>, expected);
    QVERIFY(!expected.isEmpty());
    const auto result = parseFixture(file);
    QVERIFY2(result.data, qPrintable(result.error));
    QCOMPARE(result.data->series.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const auto &series = result.data->series.at(i);
        const auto &want = expected.at(i);
        QVERIFY2(series.name.startsWith(want.name.left(12)), qPrintable(series.name + u" / " + want.name));
        QCOMPARE(series.points.size(), want.points.size());
        QCOMPARE(isoTime(series.points.first().x()), isoTime(want.points.first().x()));
        QCOMPARE(isoTime(series.points.last().x()), isoTime(want.points.last().x()));
        for (qsizetype p = 0; p < want.points.size(); ++p) {
            QCOMPARE(series.points.at(p).x(), want.points.at(p).x());
            QCOMPARE(series.points.at(p).y(), want.points.at(p).y());
        }
    }
}

void TestMetricSeries::handCheckedValues()
{
    const auto csv = parseFixture(QStringLiteral("orders-api-errors.csv"));
    QVERIFY2(csv.data, qPrintable(csv.error));
    QCOMPARE(csv.data->warnings, QStringList());
    const auto &rate = csv.data->series.first();
    QCOMPARE(rate.name, QStringLiteral("orders_api_5xx_percent"));
    QCOMPARE(rate.unit, QStringLiteral("%"));
    QCOMPARE(rate.points.size(), 150);
    QCOMPARE(rate.points.first(), QPointF(utcMs(2024, 10, 29, 9, 0), 0.526));
    QCOMPARE(rate.points.last(), QPointF(utcMs(2024, 10, 29, 11, 29), 0.226));
    const auto peak = std::max_element(rate.points.cbegin(), rate.points.cend(),
                                       [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
    QCOMPARE(*peak, QPointF(utcMs(2024, 10, 29, 10, 21), 31.837));

    const auto grafana = parseFixture(QStringLiteral("grafana-panel-export.csv"));
    QVERIFY2(grafana.data, qPrintable(grafana.error));
    QCOMPARE(grafana.data->series.at(0).name, QStringLiteral("orders-api 5xx %"));
    QCOMPARE(grafana.data->series.at(0).unit, QStringLiteral("%"));
    QCOMPARE(grafana.data->series.at(1).name, QStringLiteral("orders-api p99 latency"));
    QCOMPARE(grafana.data->series.at(1).unit, QStringLiteral("ms"));
    QCOMPARE(grafana.data->series.at(1).points.first(), QPointF(utcMs(2024, 10, 29, 9, 0), 175.2));
    QCOMPARE(grafana.data->series.at(1).points.at(81), QPointF(utcMs(2024, 10, 29, 10, 21), 4993.6));

    const auto prometheus = parseFixture(QStringLiteral("prometheus-query-range.json"));
    QVERIFY2(prometheus.data, qPrintable(prometheus.error));
    QCOMPARE(prometheus.data->warnings, QStringList());
    QCOMPARE(prometheus.data->series.at(0).name,
             QStringLiteral(R"(job:http_errors:ratio_rate1m{code="5xx", job="orders-api"})"));
    QCOMPARE(prometheus.data->series.at(0).unit, QString());
    QCOMPARE(prometheus.data->series.at(1).name,
             QStringLiteral(R"(job:http_request_duration_seconds:p99{job="orders-api"})"));
    QCOMPARE(prometheus.data->series.at(1).unit, QStringLiteral("s"));
    // The ratio as Prometheus writes it, every digit kept.
    QCOMPARE(prometheus.data->series.at(0).points.first(), QPointF(1730192400000.0, 0.005263157894736842));
    QCOMPARE(prometheus.data->series.at(0).points.first().x(), utcMs(2024, 10, 29, 9, 0));
    QCOMPARE(prometheus.data->series.at(1).points.at(81), QPointF(utcMs(2024, 10, 29, 10, 21), 4.9936));
}

void TestMetricSeries::threeExportsSameInstants()
{
    const auto csv = parseFixture(QStringLiteral("orders-api-errors.csv"));
    const auto grafana = parseFixture(QStringLiteral("grafana-panel-export.csv"), QTimeZone::utc());
    const auto prometheus = parseFixture(QStringLiteral("prometheus-query-range.json"));
    QVERIFY(csv.data && grafana.data && prometheus.data);
    const auto times = [](const MetricSeries &series) {
        QList<double> x;
        for (const auto &point : series.points)
            x.append(point.x());
        return x;
    };
    QCOMPARE(times(grafana.data->series.at(0)), times(csv.data->series.at(0)));
    QCOMPARE(times(grafana.data->series.at(1)), times(csv.data->series.at(0)));
    QCOMPARE(times(prometheus.data->series.at(0)), times(csv.data->series.at(0)));
    QCOMPARE(times(prometheus.data->series.at(1)), times(csv.data->series.at(0)));
    // The same values too: Grafana's first column is the CSV's only one.
    QCOMPARE(grafana.data->series.at(0).points, csv.data->series.at(0).points);
}

void TestMetricSeries::zonelessTimesReadInChosenZone()
{
    // 29 October 2024: Berlin is back on CET (+01:00), New York still on EDT (−04:00).
    const auto utc = parseFixture(QStringLiteral("grafana-panel-export.csv"), QTimeZone::utc());
    const auto berlin = parseFixture(QStringLiteral("grafana-panel-export.csv"), QTimeZone("Europe/Berlin"));
    const auto newYork = parseFixture(QStringLiteral("grafana-panel-export.csv"), QTimeZone("America/New_York"));
    QVERIFY(utc.data && berlin.data && newYork.data);
    const double first = utc.data->series.first().points.first().x();
    QCOMPARE(berlin.data->series.first().points.first().x(), first - 3600.0 * 1000);
    QCOMPARE(newYork.data->series.first().points.first().x(), first + 4 * 3600.0 * 1000);
    QVERIFY2(berlin.data->warnings.value(0).contains(u"read as Europe/Berlin"),
             qPrintable(berlin.data->warnings.value(0)));
}

void TestMetricSeries::csvShapes_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<DataCheck>("check");

    const auto firstPoint = [](double x, double y, qsizetype series = 1) {
        return DataCheck([=](const MetricData &data) {
            QCOMPARE(data.series.size(), series);
            QCOMPARE(isoTime(data.series.first().points.first().x()), isoTime(x));
            QCOMPARE(data.series.first().points.first().y(), y);
        });
    };
    const double t = utcMs(2023, 3, 14, 12, 30);
    QTest::newRow("time: ISO 8601 with Z")
        << QByteArray("time,v\n2023-03-14T12:30:00Z,1.5\n") << QString() << firstPoint(t, 1.5);
    QTest::newRow("time: ISO 8601 with an offset")
        << QByteArray("time,v\n2023-03-14T13:30:00+01:00,1\n") << QString() << firstPoint(t, 1);
    QTest::newRow("time: ISO 8601 with a compact offset")
        << QByteArray("time,v\n2023-03-14T08:30:00-0400,1\n") << QString() << firstPoint(t, 1);
    QTest::newRow("time: ISO 8601 with milliseconds")
        << QByteArray("time,v\n2023-03-14T12:30:00.250Z,1\n") << QString() << firstPoint(t + 250, 1);
    QTest::newRow("time: date and minutes, no seconds, no zone")
        << QByteArray("time,v\n2023-03-14 12:30,2\n") << QStringLiteral("UTC") << firstPoint(t, 2);
    QTest::newRow("time: zone-less in Asia/Kolkata (+05:30)")
        << QByteArray("time,v\n2023-03-14 18:00:00,2\n") << QStringLiteral("Asia/Kolkata") << firstPoint(t, 2);
    QTest::newRow("time: \"UTC\" after the time")
        << QByteArray("time,v\n2023-03-14 12:30:00 UTC,3\n") << QStringLiteral("Asia/Kolkata") << firstPoint(t, 3);
    QTest::newRow("time: Unix seconds") << QByteArray("ts,v\n1678797000,4\n") << QString() << firstPoint(t, 4);
    QTest::newRow("time: Unix seconds with a fraction")
        << QByteArray("ts,v\n1678797000.5,4\n") << QString() << firstPoint(t + 500, 4);
    QTest::newRow("time: Unix milliseconds told by magnitude")
        << QByteArray("ts,v\n1678797000123,4\n") << QString() << firstPoint(t + 123, 4);
    QTest::newRow("time: Unix nanoseconds told by magnitude")
        << QByteArray("ts,v\n1678797000123456789,4\n") << QString() << firstPoint(t + 123, 4);
    QTest::newRow("header: \"Time (UTC)\" names the time column")
        << QByteArray("Time (UTC),v\n2023-03-14T12:30:00Z,5\n") << QString() << firstPoint(t, 5);
    QTest::newRow("header: time column found by content, not first")
        << QByteArray("host,when it happened,v\nweb-1,2023-03-14T12:30:00Z,6\n") << QString()
        << DataCheck([=](const MetricData &data) {
               // "host" holds no numbers: left out, with a warning.
               QCOMPARE(data.series.size(), 1);
               QCOMPARE(data.series.first().name, QStringLiteral("v"));
               QCOMPARE(data.series.first().points.first(), QPointF(t, 6));
               QVERIFY(data.warnings.join(u'\n').contains(u"Column “host” holds no numbers"));
           });
    QTest::newRow("header: none, first row is data")
        << QByteArray("1678797000,7\n1678797060,8\n") << QString() << DataCheck([=](const MetricData &data) {
               QCOMPARE(data.series.first().points, (QList<QPointF>{{t, 7}, {t + 60000, 8}}));
               QCOMPARE(data.series.first().name, QStringLiteral("Column 2"));
           });
    QTest::newRow("delimiter: semicolon with decimal commas")
        << QByteArray("Zeit;Fehler %\n2023-03-14T12:30:00Z;0,465\n") << QString()
        << DataCheck([=](const MetricData &data) {
               QCOMPARE(data.series.first().points.first(), QPointF(t, 0.465));
               QCOMPARE(data.series.first().unit, QStringLiteral("%"));
           });
    QTest::newRow("delimiter: tab") << QByteArray("time\tv\n2023-03-14T12:30:00Z\t9\n") << QString()
                                    << firstPoint(t, 9);
    QTest::newRow("quoting: quoted header and values, doubled quotes, delimiter inside quotes")
        << QByteArray("\"time\",\"latency, \"\"p99\"\" (ms)\"\n\"2023-03-14T12:30:00Z\",\"10\"\r\n") << QString()
        << DataCheck([=](const MetricData &data) {
               QCOMPARE(data.series.first().name, QStringLiteral("latency, \"p99\""));
               QCOMPARE(data.series.first().unit, QStringLiteral("ms"));
               QCOMPARE(data.series.first().points.first(), QPointF(t, 10));
           });
    QTest::newRow("order: rows out of time order are sorted")
        << QByteArray("time,v\n2023-03-14T12:31:00Z,2\n2023-03-14T12:30:00Z,1\n") << QString()
        << DataCheck([=](const MetricData &data) {
               QCOMPARE(data.series.first().points, (QList<QPointF>{{t, 1}, {t + 60000, 2}}));
           });
    QTest::newRow("gaps: an empty value is no point, not a warning")
        << QByteArray("time,a,b\n2023-03-14T12:30:00Z,,1\n2023-03-14T12:31:00Z,2,\n") << QString()
        << DataCheck([=](const MetricData &data) {
               QCOMPARE(data.series.at(0).points, (QList<QPointF>{{t + 60000, 2}}));
               QCOMPARE(data.series.at(1).points, (QList<QPointF>{{t, 1}}));
               QCOMPARE(data.warnings, QStringList());
           });
    QTest::newRow("unit: from a bracketed suffix and from a word")
        << QByteArray("time,latency [ms],rx_bytes_total,error_rate_pct\n2023-03-14T12:30:00Z,1,2,3\n") << QString()
        << DataCheck([=](const MetricData &data) {
               QCOMPARE(data.series.at(0).unit, QStringLiteral("ms"));
               QCOMPARE(data.series.at(1).unit, QStringLiteral("B"));
               QCOMPARE(data.series.at(2).unit, QStringLiteral("%"));
           });
    QTest::newRow("encoding: UTF-8 byte order mark")
        << QByteArray("\xEF\xBB\xBFtime,v\n2023-03-14T12:30:00Z,1\n") << QString() << firstPoint(t, 1);
}

void TestMetricSeries::csvShapes()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, zone);
    QFETCH(DataCheck, check);
    const auto result = parseMetricsCsv(csv, zone.isEmpty() ? QTimeZone::utc() : QTimeZone(zone.toLatin1()));
    QVERIFY2(result.data, qPrintable(result.error));
    check(*result.data);
}

void TestMetricSeries::badInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("message");

    QTest::newRow("robustness: CSV without a time column")
        << QByteArray("host,errors\nweb-1,3\nweb-2,4\n") << false
        << QStringLiteral("No column holds times; expected a header such as “time” or “timestamp”");
    QTest::newRow("robustness: mixed time formats, zone then none")
        << QByteArray("time,v\n2023-03-14T12:30:00Z,1\n2023-03-14T12:31:00Z,1\n2023-03-14 12:32:00,1\n") << false
        << QStringLiteral("Line 4, column “time”: “2023-03-14 12:32:00” is a time without a zone, but line 2 has a "
                          "time with a zone");
    QTest::newRow("robustness: mixed time formats, seconds then milliseconds")
        << QByteArray("ts,v\n1678797000,1\n1678797060000,1\n") << false
        << QStringLiteral("Line 3, column “ts”: “1678797060000” is Unix milliseconds, but line 2 has Unix seconds");
    QTest::newRow("robustness: a Unix time of 19 digits beyond the largest integer")
        << QByteArray("ts,v\n9999999999999999999,1\n") << false
        << QStringLiteral("Line 2, column “ts”: “9999999999999999999” is not a time");
    QTest::newRow("robustness: a time that is no time")
        << QByteArray("time,v\n2023-03-14T12:30:00Z,1\n\n14/03/2023 12:31,1\n") << false
        << QStringLiteral("Line 4, column “time”: “14/03/2023 12:31” is not a time");
    QTest::newRow("robustness: an impossible date")
        << QByteArray("time,v\n2023-02-30T12:30:00Z,1\n") << false
        << QStringLiteral("Line 2, column “time”: “2023-02-30T12:30:00Z” is not a time");
    QTest::newRow("robustness: no value is a number")
        << QByteArray("time,errors\n2023-03-14T12:30:00Z,n/a\n2023-03-14T12:31:00Z,-\n") << false
        << QStringLiteral("No value is a number: line 2, column “errors”: “n/a” is not a number.");
    QTest::newRow("robustness: header and no rows")
        << QByteArray("time,v\n\n") << false << QStringLiteral("no rows of values");
    QTest::newRow("robustness: header alone, not even a line break after it")
        << QByteArray("time,v") << false << QStringLiteral("no rows of values");
    QTest::newRow("robustness: a line break in a quoted header is a space in the message")
        << QByteArray("time,\"err\rors\"\n2023-03-14T12:30:00Z,n/a\n") << false
        << QStringLiteral("column “err ors”: “n/a” is not a number.");
    QTest::newRow("robustness: only a time column")
        << QByteArray("time\n2023-03-14T12:30:00Z\n") << false << QStringLiteral("only a time column");
    QTest::newRow("robustness: quote not closed")
        << QByteArray("time,v\n2023-03-14T12:30:00Z,\"1\n") << false
        << QStringLiteral("Line 2: a quoted value is not closed on its line.");
    QTest::newRow("robustness: empty file") << QByteArray() << false << QStringLiteral("The file is empty.");
    QTest::newRow("robustness: white space only") << QByteArray(" \n\n") << false << QStringLiteral("only white space");
    QTest::newRow("robustness: binary file")
        << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << false << QStringLiteral("binary file");
    QTest::newRow("robustness: UTF-16 text")
        << QByteArray("\xFF\xFEt\0i\0m\0e\0", 10) << false << QStringLiteral("UTF-16");
    QTest::newRow("robustness: Latin-1 text")
        << QByteArray("time,d\xE9lai\n") << false << QStringLiteral("is not UTF-8");
    QTest::newRow("prometheus: JSON that is not a Prometheus answer")
        << QByteArray(R"({"format": "hindsight-review"})") << true
        << QStringLiteral("Not a Prometheus query_range answer: no “data.result”.");
    QTest::newRow("prometheus: top-level array")
        << QByteArray("[1, 2]") << true << QStringLiteral("the top level is an array");
    QTest::newRow("prometheus: not JSON at all")
        << QByteArray("{\n  \"status\": \"success\",\n  \"data\": {\"resultType\": \"matrix\", \"result\": [}\n}")
        << true << QStringLiteral("Line 3, column");
    QTest::newRow("prometheus: instant query, vector")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector",)"
                      R"("result":[{"metric":{},"value":[1678797000,"1"]}]}})")
        << true << QStringLiteral("instant query (resultType “vector”)");
    QTest::newRow("prometheus: instant query, scalar")
        << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[1678797000,"1"]}})") << true
        << QStringLiteral("instant query (resultType “scalar”)");
    QTest::newRow("prometheus: error answer")
        << QByteArray(R"({"status":"error","errorType":"bad_data","error":"parse error at char 4"})") << true
        << QStringLiteral("Prometheus answered with an error (bad_data): parse error at char 4");
    QTest::newRow("prometheus: no series")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[]}})") << true
        << QStringLiteral("holds no series");
    QTest::newRow("prometheus: sample not a pair")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix",)"
                      R"("result":[{"metric":{},"values":[[1678797000,"1"],[1678797060]]}]}})")
        << true << QStringLiteral("data.result[0].values[1]: expected [time, \"value\"]");
    QTest::newRow("prometheus: every sample NaN")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix",)"
                      R"("result":[{"metric":{"__name__":"up"},"values":[[1678797000,"NaN"]]}]}})")
        << true << QStringLiteral("No series has a sample that is a number");
}

void TestMetricSeries::badInput()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, json);
    QFETCH(QString, message);
    const auto result = json ? parsePrometheusJson(data) : parseMetricsCsv(data, QTimeZone::utc());
    QVERIFY2(!result.data, "bad input was read");
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QVERIFY(!result.error.contains(u'\n'));
    QVERIFY(!result.error.contains(u'\r'));
}

void TestMetricSeries::warnings_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("json");
    QTest::addColumn<QList<qsizetype>>("points");
    QTest::addColumn<QString>("warning");

    QTest::newRow("robustness: empty rows skipped and counted")
        << QByteArray("time,v\n2023-03-14T12:30:00Z,1\n\n2023-03-14T12:31:00Z,2\n,\n  \n2023-03-14T12:32:00Z,3\n")
        << false << QList<qsizetype>{3} << QStringLiteral("Skipped 3 empty rows (lines 3, 5, 6).");
    QTest::newRow("robustness: a value that is not a number is left out, its line named")
        << QByteArray("time,errors\n2023-03-14T12:30:00Z,1\n2023-03-14T12:31:00Z,n/a\n2023-03-14T12:32:00Z,3\n")
        << false << QList<qsizetype>{2}
        << QStringLiteral("Column “errors”: left out 1 value that is not a number (line 3: “n/a”).");
    QTest::newRow("robustness: many values that are not numbers, the first lines named")
        << QByteArray("time,errors\n2023-03-14T12:30:00Z,1\n2023-03-14T12:31:00Z,n/a\n2023-03-14T12:32:00Z,-\n"
                      "2023-03-14T12:33:00Z,?\n2023-03-14T12:34:00Z,x\n")
        << false << QList<qsizetype>{1}
        << QStringLiteral("Column “errors”: left out 4 values that are not numbers (line 3: “n/a”; line 4: “-”; "
                          "line 5: “?”; …).");
    QTest::newRow("robustness: NaN in a CSV is left out")
        << QByteArray("time,v\n2023-03-14T12:30:00Z,NaN\n2023-03-14T12:31:00Z,1\n") << false << QList<qsizetype>{1}
        << QStringLiteral("Column “v”: left out 1 value that is NaN or infinite.");
    QTest::newRow("robustness: a row without a time is skipped")
        << QByteArray("time,v\n2023-03-14T12:30:00Z,1\n,2\n") << false << QList<qsizetype>{1}
        << QStringLiteral("Skipped 1 row without a time (line 3).");
    QTest::newRow("prometheus: NaN and +Inf samples left out with a warning")
        << QByteArray(
               R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":"up","job":"api"},)"
               R"("values":[[1678797000,"1"],[1678797060,"NaN"],[1678797120,"+Inf"],)"
               R"([1678797180,"-Inf"],[1678797240,"0"]]}]}})")
        << true << QList<qsizetype>{2} << QStringLiteral("up{job=\"api\"}: left out 3 samples that are NaN or ±Inf");
    QTest::newRow("prometheus: a value that is not a number is left out, its sample named")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":"up"},)"
                      R"("values":[[1678797000,"1"],[1678797060,"n/a"]]}]}})")
        << true << QList<qsizetype>{1}
        << QStringLiteral("up: left out 1 sample that is not a number (values[1]: “n/a”).");
    QTest::newRow("prometheus: a series with nothing to draw is left out")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix",)"
                      R"("result":[{"metric":{"__name__":"a"},"values":[[1678797000,"1"]]},)"
                      R"({"metric":{"__name__":"b"},"values":[[1678797000,"NaN"]]}]}})")
        << true << QList<qsizetype>{1} << QStringLiteral("b has no samples to draw; it was left out.");
}

void TestMetricSeries::warnings()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, json);
    QFETCH(QList<qsizetype>, points);
    QFETCH(QString, warning);
    const auto result = json ? parsePrometheusJson(data) : parseMetricsCsv(data, QTimeZone::utc());
    QVERIFY2(result.data, qPrintable(result.error));
    QList<qsizetype> counts;
    for (const auto &series : result.data->series)
        counts.append(series.points.size());
    QCOMPARE(counts, points);
    QVERIFY2(result.data->warnings.join(u'\n').contains(warning), qPrintable(result.data->warnings.join(u'\n')));
}

void TestMetricSeries::importPicksReaderBySuffixOrContent_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<QString>("savedAs");
    QTest::addColumn<int>("series");
    QTest::newRow("suffix: .csv") << QStringLiteral("grafana-panel-export.csv") << QStringLiteral("a.csv") << 2;
    QTest::newRow("suffix: .json") << QStringLiteral("prometheus-query-range.json") << QStringLiteral("b.json") << 2;
    QTest::newRow("content: JSON with no suffix")
        << QStringLiteral("prometheus-query-range.json") << QStringLiteral("query-answer") << 2;
    QTest::newRow("content: CSV with an unknown suffix")
        << QStringLiteral("orders-api-errors.csv") << QStringLiteral("export.data") << 1;
}

void TestMetricSeries::importPicksReaderBySuffixOrContent()
{
    QFETCH(QString, fixtureName);
    QFETCH(QString, savedAs);
    QFETCH(int, series);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(fixtures + fixtureName, dir.filePath(savedAs)));
    const auto result = importMetricsFile(dir.filePath(savedAs), QTimeZone::utc());
    QVERIFY2(result.data, qPrintable(result.error));
    QCOMPARE(result.data->series.size(), series);
    QCOMPARE(result.data->source, savedAs);

    const auto missing = importMetricsFile(dir.filePath(QStringLiteral("missing.csv")), QTimeZone::utc());
    QVERIFY(!missing.data);
    QVERIFY2(missing.error.contains(u"does not exist"), qPrintable(missing.error));
}

void TestMetricSeries::millionRows()
{
    const QByteArray csv = ::millionRows();
    const auto result = parseMetricsCsv(csv, QTimeZone::utc());
    QVERIFY2(result.data, qPrintable(result.error));
    const auto &points = result.data->series.first().points;
    QCOMPARE(points.size(), 1'000'000);
    QCOMPARE(points.first(), QPointF(utcMs(2023, 3, 14, 0, 0), 100));
    QCOMPARE(points.last().x(), utcMs(2023, 3, 14, 0, 0) + 999'999.0 * 1000);
    QCOMPARE(result.data->series.first().unit, QStringLiteral("ms"));
}

void TestMetricSeries::decimation_data()
{
    QTest::addColumn<QList<QPointF>>("points");
    QTest::addColumn<int>("buckets");

    QList<QPointF> walk;
    auto *random = QRandomGenerator::global();
    double y = 0;
    for (int i = 0; i < 200'000; ++i) {
        y += random->generateDouble() - 0.5;
        walk.append(QPointF(1.6e12 + i * 1000.0, y));
    }
    QTest::newRow("nominal: random walk of 200,000 points into 500 buckets") << walk << 500;

    QList<QPointF> spike;
    for (int i = 0; i < 100'000; ++i)
        spike.append(QPointF(i * 10.0, i == 61'234 ? 1e6 : (i == 7'777 ? -1e6 : 1.0)));
    QTest::newRow("spikes: a one-point spike up and one down survive") << spike << 100;

    QList<QPointF> uneven;
    for (int i = 0; i < 10'000; ++i)
        uneven.append(QPointF(i < 9'000 ? i : 9'000 + (i - 9'000) * 1000.0, std::sin(i / 50.0)));
    QTest::newRow("boundary: uneven sampling, buckets by time") << uneven << 200;

    QList<QPointF> flat(5'000, QPointF(42, 1));
    flat.last() = QPointF(42, 2);
    QTest::newRow("boundary: every point at one time") << flat << 10;

    QList<QPointF> few{{0, 1}, {1, 5}, {2, 3}};
    QTest::newRow("boundary: fewer points than buckets returned unchanged") << few << 10;
}

void TestMetricSeries::decimation()
{
    QFETCH(QList<QPointF>, points);
    QFETCH(int, buckets);
    const auto thinned = decimate(points, buckets);
    if (points.size() <= 2 * buckets + 2) {
        QCOMPARE(thinned, points);
        return;
    }
    QVERIFY2(thinned.size() <= 2 * buckets + 2, qPrintable(QString::number(thinned.size())));
    QCOMPARE(thinned.first(), points.first());
    QCOMPARE(thinned.last(), points.last());
    const auto byY = [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); };
    QCOMPARE(std::min_element(thinned.cbegin(), thinned.cend(), byY)->y(),
             std::min_element(points.cbegin(), points.cend(), byY)->y());
    QCOMPARE(std::max_element(thinned.cbegin(), thinned.cend(), byY)->y(),
             std::max_element(points.cbegin(), points.cend(), byY)->y());
    QVERIFY(std::is_sorted(thinned.cbegin(), thinned.cend(),
                           [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    // Every point kept is one of the input's.
    for (const auto &point : thinned)
        QVERIFY(std::binary_search(points.cbegin(), points.cend(), point,
                                   [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
}

QTEST_GUILESS_MAIN(TestMetricSeries)
#include "tst_metricseries.moc"
