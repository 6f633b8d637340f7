// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// How long the PDF report takes for reviews with one very long text in them: a log line in a
// ```log block, an unbroken line in a section, an unbroken figure caption and an unbroken
// summary. Each case runs in a process of its own, so that one that takes too long is stopped
// after the time limit and reported as such, and the next one still runs. Besides the time on
// the clock it prints the processor time the export took, which other work on the same cores
// does not lengthen. Needs no display: it runs on the offscreen platform unless
// QT_QPA_PLATFORM says otherwise.
//
//     bench_longtext [seconds per run, default 300] [runs, default 1] [case ...]
#include "benchmarkutil.h"
#include "export/pdf/pdfexporter.h"
#include "model/types.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace hindsight;

namespace {

// A log line as services write them, over and over: a time stamp, a level and key=value pairs.
QString logLine(qsizetype size)
{
    const QString record =
        QStringLiteral("2023-03-14T13:38:02.123Z level=warn svc=checkout-api pool=db-prod-3 wait=250ms queue=17 ");
    QString line;
    line.reserve(size + record.size());
    while (line.size() < size)
        line += record;
    line.truncate(size);
    return line;
}

// Text without a space or any other place to break a line: a hash, a token, a base64 blob.
QString unbroken(qsizetype size)
{
    const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789");
    QString text;
    text.reserve(size + alphabet.size());
    while (text.size() < size)
        text += alphabet;
    text.truncate(size);
    return text;
}

QByteArray smallPng()
{
    QImage image(320, 120, QImage::Format_RGB32);
    image.fill(QColor(0x2f, 0x6f, 0xb0));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

model::Review baseReview(const QString &title)
{
    model::Review review;
    review.title = title;
    review.summary = QStringLiteral("A review with one very long text in it.");
    return review;
}

struct Case
{
    QString name;
    QString label;
    std::function<model::Review()> review;
};

QList<Case> cases()
{
    QList<Case> all;
    for (const qsizetype kib : {10, 30, 60, 1024}) {
        const QString size = kib < 1024 ? QStringLiteral("%1 KB").arg(kib) : QStringLiteral("1 MB");
        all.append(
            {QStringLiteral("log-%1k").arg(kib), QStringLiteral("%1 log line in a ```log block").arg(size), [kib] {
                 model::Review review = baseReview(QStringLiteral("Long log line"));
                 review.rootCauses = QStringLiteral("The proxy logged:\n\n```log\n") + logLine(kib * 1024) +
                                     QStringLiteral("\n```\n\nThen it stopped.");
                 return review;
             }});
    }
    all.append({QStringLiteral("line-1m"), QStringLiteral("1 MB unbroken line in a section"), [] {
                    model::Review review = baseReview(QStringLiteral("Long line"));
                    review.rootCauses = QStringLiteral("The token was:\n\n") + unbroken(1024 * 1024) +
                                        QStringLiteral("\n\nThen it expired.");
                    return review;
                }});
    all.append({QStringLiteral("caption-2m"), QStringLiteral("2 MB unbroken figure caption"), [] {
                    model::Review review = baseReview(QStringLiteral("Long caption"));
                    model::Figure figure;
                    figure.kind = model::FigureKind::Image;
                    figure.section = model::SectionKey::RootCauses;
                    figure.visibility = model::Visibility::Public;
                    figure.source = QStringLiteral("screenshot.png");
                    figure.image = smallPng();
                    figure.caption = unbroken(2 * 1024 * 1024);
                    review.figures.append(figure);
                    return review;
                }});
    all.append({QStringLiteral("summary-20m"), QStringLiteral("20 MB unbroken summary"), [] {
                    model::Review review = baseReview(QStringLiteral("Long summary"));
                    review.summary = unbroken(20 * 1024 * 1024);
                    return review;
                }});
    return all;
}

// The child: one export of one case; prints the milliseconds and the file's size.
int runCase(const QString &name)
{
    const QList<Case> all = cases();
    const auto found = std::find_if(all.begin(), all.end(), [&](const Case &c) { return c.name == name; });
    if (found == all.end()) {
        QTextStream(stderr) << "No case " << name << Qt::endl;
        return 2;
    }
    const model::Review review = found->review();
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString path = dir.filePath(QStringLiteral("review.pdf"));
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    const QString error = exporting::PdfExporter().write(review, path, exporting::ExportOptions{});
    const double ms = timer.nsecsElapsed() / 1e6;
    const double cpuMs = double(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC;
    if (!error.isEmpty()) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << ms << u' ' << cpuMs << u' ' << QFileInfo(path).size() << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc == 3 && QByteArray(argv[1]) == "--case") {
        QGuiApplication app(argc, argv);
        return runCase(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    const int limit = std::max(1, arguments.value(0, QStringLiteral("300")).toInt());
    const int runs = std::max(1, arguments.value(1, QStringLiteral("1")).toInt());
    const QStringList chosen = arguments.mid(2);
    QTextStream out(stdout);
    out << "PDF export, " << runs << " run(s) per case, each stopped after " << limit << " s" << Qt::endl;
    for (const auto &c : cases()) {
        if (!chosen.isEmpty() && !chosen.contains(c.name))
            continue;
        QList<double> samples;
        QList<double> cpu;
        qint64 bytes = 0;
        QString failure;
        for (int i = 0; i < runs && failure.isEmpty(); ++i) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(app.applicationFilePath(), {QStringLiteral("--case"), c.name});
            if (!child.waitForFinished(limit * 1000)) {
                child.kill();
                child.waitForFinished();
                failure = QStringLiteral("stopped after %1 s").arg(limit);
            } else if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
                failure = QStringLiteral("failed");
            } else {
                const QStringList fields = QString::fromUtf8(child.readAllStandardOutput()).split(u' ');
                samples.append(fields.value(0).toDouble());
                cpu.append(fields.value(1).toDouble());
                bytes = fields.value(2).toLongLong();
            }
        }
        if (!failure.isEmpty()) {
            out << c.label << ": " << failure << Qt::endl;
            continue;
        }
        benchmarks::report(c.label, samples);
        benchmarks::report(QStringLiteral("  processor time"), cpu);
        out << "  " << bytes / 1024 << " KiB" << Qt::endl;
    }
    return 0;
}
