// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A metric export of 1,000,000 rows (ISO 8601 times a second apart, one value column): import
// the file, decimate the series for display, and draw the chart once into a 1600 × 600 image,
// with the peak memory (VmHWM) after each step. The first run of each step is the one reported
// for memory; the times are medians over a few runs.
#include "benchmarkutil.h"
#include "editor/charts/chartview.h"
#include "import/metrics/metricseries.h"
#include "model/reviewfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace hindsight;

namespace {

const QDateTime Start(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::utc());

// Peak resident memory of this process so far, in MiB (Linux; 0 elsewhere).
double peakMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
    }
    return 0;
}

void memory(const QString &after)
{
    QTextStream(stdout) << QStringLiteral("peak memory after %1: %2 MiB").arg(after).arg(peakMiB(), 0, 'f', 1)
                        << Qt::endl;
}

// A latency series a second apart: a noisy baseline with an incident in the middle. Written in
// chunks, so that making the file does not itself raise the peak memory.
bool writeCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(2026);
    QByteArray chunk("timestamp,latency_ms\n");
    for (int i = 0; i < rows; ++i) {
        const bool incident = i > rows * 2 / 5 && i < rows * 3 / 5;
        const double value = (incident ? 1800 : 180) + random.bounded(40.0) + (i == rows / 2 ? 9000 : 0);
        chunk += Start.addSecs(i).toString(Qt::ISODate).toLatin1();
        chunk += ',';
        chunk += QByteArray::number(value, 'f', 1);
        chunk += '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return file.error() == QFileDevice::NoError;
}

template <typename F>
QList<double> time(int runs, F &&step)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        step();
        samples << double(timer.nsecsElapsed()) / 1e6;
    }
    return samples;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 5;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("latency.csv"));
    if (!dir.isValid() || !writeCsv(path, rows)) {
        QTextStream(stderr) << "cannot write " << path << Qt::endl;
        return 1;
    }
    QTextStream(stdout)
        << QStringLiteral("%1 rows, %2 MiB of CSV").arg(rows).arg(double(QFileInfo(path).size()) / (1 << 20), 0, 'f', 1)
        << Qt::endl;
    memory(QStringLiteral("writing the file"));

    importing::MetricImport imported;
    // The previous result is dropped first, so that the peak is that of one import.
    benchmarks::report(QStringLiteral("importMetricsFile"), time(runs, [&] {
                           imported = {};
                           imported = importing::importMetricsFile(path, QTimeZone::utc());
                       }));
    if (!imported.data) {
        QTextStream(stderr) << imported.error << Qt::endl;
        return 1;
    }
    memory(QStringLiteral("import"));

    const auto &points = imported.data->series.first().points;
    QList<QPointF> thinned;
    benchmarks::report(QStringLiteral("decimate to 1,000 buckets"),
                       time(runs, [&] { thinned = importing::decimate(points, 1000); }));
    QTextStream(stdout) << QStringLiteral("%1 points → %2").arg(points.size()).arg(thinned.size()) << Qt::endl;

    std::array<QDateTime, 6> milestones;
    const std::array<double, 6> at{0, 0.4, 0.43, 0.45, 0.58, 0.6};
    for (size_t i = 1; i < milestones.size(); ++i)
        milestones[i] = Start.addSecs(qint64(at[i] * rows));

    // Once as a user does it: hand over the data, lay out, draw.
    QImage image(1600, 600, QImage::Format_ARGB32_Premultiplied);
    const auto draw = [&] {
        editor::MetricChart chart;
        chart.setData(*imported.data);
        chart.setMilestones(milestones);
        chart.setTitle(QStringLiteral("Benchmark: 1,000,000 rows"));
        image.fill(Qt::white);
        QPainter painter(&image);
        chart.render(&painter, QRectF(0, 0, 1600, 600));
    };
    benchmarks::report(QStringLiteral("chart: set data, lay out, draw into 1600 × 600 (first)"), time(1, draw));
    memory(QStringLiteral("drawing the chart"));
    benchmarks::report(QStringLiteral("chart: set data, lay out, draw into 1600 × 600"), time(runs, draw));
    if (argc > 3)
        image.save(QString::fromLocal8Bit(argv[3]));

    // The chart kept in a review: every point, not the thinned ones, written to the file and
    // read back as opening the review does.
    model::Review review;
    model::Figure chart;
    chart.kind = model::FigureKind::Chart;
    chart.series = imported.data->series;
    review.figures = {chart};
    int file = 0;
    benchmarks::report(QStringLiteral("store the chart in a new review file"), time(runs, [&] {
                           const auto reviewPath = dir.filePath(QStringLiteral("bench-%1.hindsight").arg(file++));
                           if (!model::ReviewFile::create(reviewPath, review).file)
                               QTextStream(stderr) << "cannot create " << reviewPath << Qt::endl;
                       }));
    const auto stored = dir.filePath(QStringLiteral("bench-0.hindsight"));
    QTextStream(stdout) << QStringLiteral("review file with the chart: %1 MiB")
                               .arg(double(QFileInfo(stored).size()) / (1 << 20), 0, 'f', 1)
                        << Qt::endl;
    qsizetype reopened = 0;
    benchmarks::report(QStringLiteral("open that review (read the chart back)"), time(runs, [&] {
                           const auto opened = model::ReviewFile::open(stored, model::ReviewFile::Mode::ReadOnly);
                           reopened = opened.review.figures.value(0).series.value(0).points.size();
                       }));
    QTextStream(stdout) << QStringLiteral("%1 points read back").arg(reopened) << Qt::endl;
    memory(QStringLiteral("storing and reopening"));
    return 0;
}
