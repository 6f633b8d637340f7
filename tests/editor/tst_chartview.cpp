// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/charts/chartview.h"
#include "model/metrics.h"
#include "model/names.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace hindsight;
using namespace hindsight::editor;
using namespace hindsight::importing;
using namespace hindsight::model;

namespace {

const QString fixtures = QStringLiteral(HINDSIGHT_TEST_DATA_DIR "/metrics/");
constexpr std::array<Milestone, 5> allMilestones{Milestone::Started, Milestone::Detected, Milestone::Acknowledged,
                                                 Milestone::Mitigated, Milestone::Resolved};

QDateTime utc(int hour, int minute)
{
    return QDateTime(QDate(2024, 10, 29), QTime(hour, minute), QTimeZone::utc());
}

// The incident of the metrics files (tests/data/markdown/table-timeline.md), its milestones set
// as a reviewer would, shown in Berlin: one hour ahead of UTC that day.
Review incidentReview()
{
    Review review;
    review.title = QStringLiteral("Order history API returning 504 after a cache TTL change");
    review.timeZone = QStringLiteral("Europe/Berlin");
    const auto event = [](int hour, int minute, Milestone milestone, const char *text) {
        TimelineEvent row;
        row.time = utc(hour, minute);
        row.precision = TimePrecision::Minute;
        row.milestone = milestone;
        row.text = QString::fromUtf8(text);
        return row;
    };
    review.timeline = {
        event(9, 24, Milestone::Started, "Cache configuration change rolled out to every orders-api pod"),
        event(9, 47, Milestone::Detected, "Latency alert for orders-api fires"),
        event(9, 51, Milestone::Acknowledged, "On-call engineer acknowledges the page"),
        event(10, 15, Milestone::None, "Incident declared SEV2, status page updated"),
        event(10, 38, Milestone::Mitigated, "Cache configuration change reverted"),
        event(10, 52, Milestone::Resolved, "Error rate and latency back to baseline"),
    };
    return review;
}

MetricData fixture(const QString &name)
{
    return importMetricsFile(fixtures + name, QTimeZone::utc()).data.value_or(MetricData{});
}

// Pixels the marker pen draws: a dark, nearly neutral grey.
bool isMarkerInk(QRgb pixel)
{
    const int r = qRed(pixel);
    const int g = qGreen(pixel);
    const int b = qBlue(pixel);
    return r < 150 && g < 150 && b < 160 && std::abs(r - b) < 40 && std::abs(g - b) < 40;
}

// The share of a column of the plot area that the marker pen inked.
double inkedShare(const QImage &image, int x, const QRectF &plot)
{
    int inked = 0;
    int total = 0;
    for (int y = int(plot.top()) + 2; y < int(plot.bottom()) - 2; ++y, ++total) {
        if (isMarkerInk(image.pixel(x, y)))
            ++inked;
    }
    return total > 0 ? double(inked) / total : 0;
}

struct Tool
{
    bool ok = false;
    QString out;
    QString error;
};

Tool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return {false,
                {},
                program + u": " + process.errorString() + u' ' + QString::fromUtf8(process.readAllStandardError())};
    }
    return {true, QString::fromUtf8(process.readAllStandardOutput()), {}};
}

} // namespace

class TestChartView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void markersLieAtTheirTimes_data();
    void markersLieAtTheirTimes();
    void markersDrawnWhereTheySay();
    void windowSpansStartedToResolved();
    void windowIsShaded();
    void timeAxisInDisplayZone_data();
    void timeAxisInDisplayZone();
    void daysNamedAtMidnight();
    void milestonesOutsideDataDrawNoMarker();
    void millionPointsThinnedForDisplay();
    void emptyDataDrawsWithoutData();
    void pdfIsVectorTextWithLabels_data();
    void pdfIsVectorTextWithLabels();

private:
    void showChart(MetricChart &chart, const QString &fixtureName, const Review &review);
};

void TestChartView::initTestCase()
{
    for (const auto tool : {"pdftotext", "pdfimages"}) {
        const QString name = QString::fromLatin1(tool);
        QVERIFY2(!QStandardPaths::findExecutable(name).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: install poppler-utils (apt-get install poppler-utils) to "
                                           "run the chart tests")
                                .arg(name)));
    }
    for (const auto name : {"orders-api-errors.csv", "grafana-panel-export.csv", "prometheus-query-range.json"})
        QVERIFY2(!fixture(QString::fromLatin1(name)).series.isEmpty(), name);
}

void TestChartView::showChart(MetricChart &chart, const QString &fixtureName, const Review &review)
{
    chart.resize(1200, 480);
    chart.setData(fixture(fixtureName));
    chart.setReview(review);
    chart.setTitle(review.title);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCoreApplication::processEvents();
}

void TestChartView::markersLieAtTheirTimes_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::newRow("nominal: ISO CSV with the incident's milestones") << QStringLiteral("orders-api-errors.csv");
    QTest::newRow("nominal: Grafana CSV, two value axes") << QStringLiteral("grafana-panel-export.csv");
    QTest::newRow("nominal: Prometheus answer, two value axes") << QStringLiteral("prometheus-query-range.json");
}

void TestChartView::markersLieAtTheirTimes()
{
    QFETCH(QString, fixtureName);
    const Review review = incidentReview();
    MetricChart chart;
    showChart(chart, fixtureName, review);

    const QRectF plot = chart.plotArea();
    QVERIFY(plot.width() > 600);
    const auto [start, end] = chart.timeRange();
    QCOMPARE(start, utc(9, 0));
    QCOMPARE(end, utc(11, 29));
    const auto metrics = Metrics::compute(review);
    double previous = plot.left();
    for (const auto milestone : allMilestones) {
        const QDateTime time = metrics.at(milestone);
        QVERIFY(time.isValid());
        const auto marker = chart.markerPosition(milestone);
        QVERIFY2(marker, qPrintable(enumLabel(milestone)));
        // The x of time t on the axis, from the axis's own ends.
        const double expected = plot.left() + plot.width() * double(start.msecsTo(time)) / double(start.msecsTo(end));
        QVERIFY2(std::abs(marker->x() - expected) <= 1.0,
                 qPrintable(
                     QStringLiteral("%1 at %2, expected %3").arg(enumLabel(milestone)).arg(marker->x()).arg(expected)));
        QCOMPARE(marker->y(), plot.top());
        // Started < Detected < Acknowledged < Mitigated < Resolved, left to right.
        QVERIFY2(marker->x() > previous, qPrintable(enumLabel(milestone)));
        previous = marker->x();
    }
}

void TestChartView::markersDrawnWhereTheySay()
{
    const Review review = incidentReview();
    MetricChart chart;
    showChart(chart, QStringLiteral("orders-api-errors.csv"), review);
    const QImage image = chart.grab().toImage();
    const QRectF plot = chart.plotArea();
    for (const auto milestone : allMilestones) {
        const int x = int(std::lround(chart.markerPosition(milestone)->x()));
        double best = 0;
        for (int dx = -1; dx <= 1; ++dx)
            best = std::max(best, inkedShare(image, x + dx, plot));
        QVERIFY2(best > 0.3,
                 qPrintable(QStringLiteral("%1: %2 of the column inked").arg(enumLabel(milestone)).arg(best)));
        // Between markers, nothing of the marker's ink: the line above is the marker, not the grid.
        QVERIFY2(inkedShare(image, x + 6, plot) < 0.1, qPrintable(enumLabel(milestone)));
    }
}

void TestChartView::windowSpansStartedToResolved()
{
    const Review review = incidentReview();
    MetricChart chart;
    showChart(chart, QStringLiteral("grafana-panel-export.csv"), review);
    const QRectF window = chart.incidentWindow();
    const QRectF plot = chart.plotArea();
    QVERIFY(!window.isEmpty());
    QVERIFY(std::abs(window.left() - chart.markerPosition(Milestone::Started)->x()) <= 1.0);
    QVERIFY(std::abs(window.right() - chart.markerPosition(Milestone::Resolved)->x()) <= 1.0);
    QVERIFY(std::abs(window.top() - plot.top()) <= 1.0);
    QVERIFY(std::abs(window.bottom() - plot.bottom()) <= 1.0);
    // 09:24 to 10:52 of 09:00 to 11:29: 88 of 149 minutes.
    QVERIFY(std::abs(window.width() / plot.width() - 88.0 / 149.0) < 0.01);

    // An unresolved incident: shaded to the end of the data.
    Review ongoing = review;
    ongoing.timeline.removeIf([](const TimelineEvent &event) { return event.milestone == Milestone::Resolved; });
    chart.setReview(ongoing);
    QVERIFY(!chart.markerPosition(Milestone::Resolved));
    QVERIFY(std::abs(chart.incidentWindow().right() - chart.plotArea().right()) <= 1.0);
}

void TestChartView::windowIsShaded()
{
    const Review review = incidentReview();
    MetricChart chart;
    showChart(chart, QStringLiteral("orders-api-errors.csv"), review);
    const QImage image = chart.grab().toImage();
    const QRectF plot = chart.plotArea();
    // Named copies, not a structured binding: clang 14 (the asan preset) cannot capture one.
    const QDateTime start = chart.timeRange().first;
    const QDateTime end = chart.timeRange().second;
    const auto xAt = [&](int hour, int minute) {
        return int(plot.left() + plot.width() * double(start.msecsTo(utc(hour, minute))) / double(start.msecsTo(end)));
    };
    const int y = int(plot.top() + 4); // above every line but the peak's
    const QColor inside = image.pixelColor(xAt(9, 40), y);
    const QColor before = image.pixelColor(xAt(9, 11), y);
    const QColor after = image.pixelColor(xAt(11, 22), y);
    QCOMPARE(before, QColor(Qt::white));
    QCOMPARE(after, QColor(Qt::white));
    QVERIFY2(inside.red() > inside.blue() + 5 && inside.red() > 230, qPrintable(inside.name()));
}

void TestChartView::timeAxisInDisplayZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    // The data runs 09:00 to 11:29 UTC: 10:00 to 12:29 in Berlin (CET), 14:30 to 16:59 in Kolkata.
    QTest::newRow("zone: UTC") << QStringLiteral("UTC") << QStringList{QStringLiteral("09:30"), QStringLiteral("11:00")}
                               << QStringList{QStringLiteral("12:00")};
    QTest::newRow("zone: Europe/Berlin, one hour ahead")
        << QStringLiteral("Europe/Berlin") << QStringList{QStringLiteral("10:30"), QStringLiteral("12:00")}
        << QStringList{QStringLiteral("09:30")};
    QTest::newRow("zone: Asia/Kolkata (+05:30), ticks on round local times")
        << QStringLiteral("Asia/Kolkata") << QStringList{QStringLiteral("15:00"), QStringLiteral("16:30")}
        << QStringList{QStringLiteral("10:00"), QStringLiteral("11:00")};
}

void TestChartView::timeAxisInDisplayZone()
{
    QFETCH(QString, zone);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    MetricChart chart;
    showChart(chart, QStringLiteral("orders-api-errors.csv"), incidentReview());
    chart.setTimeZone(QTimeZone(zone.toLatin1()));
    const QStringList labels = chart.timeLabels();
    for (const auto &label : present)
        QVERIFY2(labels.contains(label), qPrintable(labels.join(u' ')));
    for (const auto &label : absent)
        QVERIFY2(!labels.contains(label), qPrintable(labels.join(u' ')));
    QVERIFY(labels.size() >= 4);
    // Round wall-clock times: every quarter hour at this width.
    for (const auto &label : labels)
        QVERIFY2(label.sliced(3).toInt() % 15 == 0, qPrintable(label));
}

void TestChartView::daysNamedAtMidnight()
{
    // Three days in Berlin: midnight ticks say which day, the others the time of day.
    MetricSeries series{QStringLiteral("load"), {}, {}};
    const QDateTime start(QDate(2023, 3, 13), QTime(12, 0), QTimeZone("Europe/Berlin"));
    for (int hour = 0; hour <= 60; ++hour)
        series.points.append(QPointF(double(start.addSecs(hour * 3600).toMSecsSinceEpoch()), hour % 5));
    MetricChart chart;
    chart.resize(1200, 400);
    chart.setTimeZone(QTimeZone("Europe/Berlin"));
    chart.setData({{series}, {}, {}});
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QStringList labels = chart.timeLabels();
    QVERIFY2(labels.contains(QStringLiteral("14 Mar")) && labels.contains(QStringLiteral("15 Mar")),
             qPrintable(labels.join(u' ')));
    QVERIFY2(!labels.contains(QStringLiteral("00:00")), qPrintable(labels.join(u' ')));
    QVERIFY2(labels.contains(QStringLiteral("12:00")), qPrintable(labels.join(u' ')));
}

void TestChartView::milestonesOutsideDataDrawNoMarker()
{
    MetricChart chart;
    showChart(chart, QStringLiteral("orders-api-errors.csv"), incidentReview());
    std::array<QDateTime, 6> milestones;
    milestones[int(Milestone::Started)] = utc(10, 0);
    milestones[int(Milestone::Resolved)] = utc(15, 0);
    chart.setMilestones(milestones);
    QVERIFY(chart.markerPosition(Milestone::Started));
    QVERIFY(!chart.markerPosition(Milestone::Resolved));
    QVERIFY(!chart.markerPosition(Milestone::Detected));
    // The window runs on to the end of the data.
    QVERIFY(std::abs(chart.incidentWindow().right() - chart.plotArea().right()) <= 1.0);
}

void TestChartView::millionPointsThinnedForDisplay()
{
    MetricSeries series;
    series.name = QStringLiteral("latency");
    series.unit = QStringLiteral("ms");
    series.points.reserve(1'000'000);
    for (int i = 0; i < 1'000'000; ++i)
        series.points.append(QPointF(1.6e12 + i * 1000.0, i == 500'000 ? 5000 : 100 + i % 7));
    MetricChart chart;
    chart.resize(800, 300);
    chart.setData({{series}, QStringLiteral("generated"), {}});
    QCOMPARE(chart.data().series.first().points.size(), 1'000'000);
    const auto &shown = chart.content().series.first().points;
    QVERIFY(shown.size() <= 2 * MetricChart::DisplayBuckets + 2);
    QVERIFY(std::any_of(shown.cbegin(), shown.cend(), [](const QPointF &p) { return p.y() == 5000; }));
}

void TestChartView::emptyDataDrawsWithoutData()
{
    MetricChart chart;
    chart.resize(600, 300);
    chart.setReview(incidentReview());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    // No series: the axis spans the milestones.
    QVERIFY(chart.markerPosition(Milestone::Started));
    QVERIFY(chart.markerPosition(Milestone::Resolved));
    chart.setData({});
    QImage image(400, 200, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    chart.render(&painter, QRectF(0, 0, 400, 200));
    painter.end();
    QCOMPARE(image.pixelColor(5, 5), QColor(Qt::white));
}

void TestChartView::pdfIsVectorTextWithLabels_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<QStringList>("words");
    const QStringList common{QStringLiteral("Order history"), QStringLiteral("Started"),
                             QStringLiteral("Detected"),      QStringLiteral("Acknowledged"),
                             QStringLiteral("Mitigated"),     QStringLiteral("Resolved"),
                             QStringLiteral("11:00"),         QStringLiteral("12:00"),
                             QStringLiteral("Europe/Berlin"), QStringLiteral("Source:")};
    QTest::newRow("pdf: ISO CSV, its series and percent labels")
        << QStringLiteral("orders-api-errors.csv")
        << common + QStringList{QStringLiteral("orders_api_5xx_percent"), QStringLiteral("40 %")};
    QTest::newRow("pdf: Grafana CSV, two series, milliseconds on the right")
        << QStringLiteral("grafana-panel-export.csv")
        << common + QStringList{QStringLiteral("orders-api 5xx %"), QStringLiteral("orders-api p99 latency"),
                                QStringLiteral("(right axis)"), QStringLiteral("ms")};
    QTest::newRow("pdf: Prometheus answer, label sets in the legend")
        << QStringLiteral("prometheus-query-range.json")
        << common + QStringList{QStringLiteral("job:http_errors:ratio_rate1m{code=\"5xx\", job=\"orders-api\"}"),
                                QStringLiteral("job:http_request_duration_seconds:p99{job=\"orders-api\"}"),
                                QStringLiteral("8 s")};
}

void TestChartView::pdfIsVectorTextWithLabels()
{
    QFETCH(QString, fixtureName);
    QFETCH(QStringList, words);
    const Review review = incidentReview();
    MetricChart chart;
    chart.setData(fixture(fixtureName));
    chart.setReview(review);
    chart.setTitle(review.title);
    chart.setCaption(QStringLiteral("Source: ") + fixtureName);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("chart.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(1200);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        QPainter painter(&writer);
        const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.width() * 0.42));
        chart.render(&painter, page);
    }
    const Tool text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY2(text.ok, qPrintable(text.error));
    // pdftotext guesses spaces from the gaps between glyphs, and reads the axis label "8 s" as "8s"
    // at some sizes: compare without spaces.
    const QString compact = QString(text.out).remove(u' ');
    for (const auto &word : words) {
        QVERIFY2(compact.contains(QString(word).remove(u' ')),
                 qPrintable(word + QStringLiteral(" missing from:\n") + text.out));
    }
    // Vectors and text, not a picture of them.
    const Tool images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    QVERIFY2(images.ok, qPrintable(images.error));
    QCOMPARE(images.out.trimmed().split(u'\n').size(), 2); // the header lines only

    // For people to look at: PNGs of the same chart, when asked for.
    const QString shots = qEnvironmentVariable("HINDSIGHT_CHART_SCREENSHOTS");
    if (!shots.isEmpty()) {
        QImage image(1600, 600, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        chart.render(&painter, QRectF(0, 0, 1600, 600));
        painter.end();
        QVERIFY(image.save(QDir(shots).filePath(QFileInfo(fixtureName).baseName() + QStringLiteral(".png"))));
        QImage narrow(720, 340, QImage::Format_ARGB32);
        narrow.fill(Qt::white);
        QPainter narrowPainter(&narrow);
        chart.render(&narrowPainter, QRectF(0, 0, 720, 340));
        narrowPainter.end();
        QVERIFY(narrow.save(QDir(shots).filePath(QFileInfo(fixtureName).baseName() + QStringLiteral("-narrow.png"))));
        chart.resize(1200, 480);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QVERIFY(
            chart.grab().save(QDir(shots).filePath(QFileInfo(fixtureName).baseName() + QStringLiteral("-widget.png"))));
        QFile::remove(QDir(shots).filePath(QFileInfo(fixtureName).baseName() + QStringLiteral(".pdf")));
        QVERIFY(QFile::copy(path, QDir(shots).filePath(QFileInfo(fixtureName).baseName() + QStringLiteral(".pdf"))));
    }
}

QTEST_MAIN(TestChartView)
#include "tst_chartview.moc"
