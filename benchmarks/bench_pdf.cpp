// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// How long a PDF report of a review with 2,000 timeline events takes, and the same review through
// the usual documentation pipeline for comparison: Markdown to standalone HTML with pandoc, then
// HTML to PDF with wkhtmltopdf (or weasyprint). Needs no display: it runs on the offscreen
// platform unless QT_QPA_PLATFORM says otherwise.
//
//     bench_pdf [events] [runs]        defaults: 2000 events, 10 runs (3 for the pipeline)
#include "benchmarkutil.h"
#include "editor/charts/chartfigurerenderer.h"
#include "export/formatfactory.h"
#include "export/json/jsonformat.h"
#include "export/pdf/pdfexporter.h"
#include "import/json/jsonimporter.h"
#include "model/names.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <memory>

using namespace hindsight;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The median as benchmarks::report() prints it.
double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples.at((samples.size() + 1) / 2 - 1);
}

// A review of the sample's shape with `events` timeline events in all.
std::optional<model::Review> largeReview(int events)
{
    QFile file(QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/samples/checkout-outage.json"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    auto imported = importing::reviewFromJson(file.readAll());
    if (!imported.review)
        return std::nullopt;
    model::Review review = *imported.review;
    const auto start = QDateTime(QDate(2023, 3, 14), QTime(12, 0), QTimeZone::utc());
    for (int i = int(review.timeline.size()); i < events; ++i) {
        model::TimelineEvent event;
        event.time = start.addMSecs(qint64(i) * 1500);
        event.precision = model::TimePrecision::Second;
        event.kind = model::EventKind(i % 8);
        event.text = QStringLiteral("Benchmark event %1: error rate %2 % on `checkout-api`, p99 latency rising while "
                                    "the pool queue grows")
                         .arg(i)
                         .arg(i % 37);
        event.author = QStringLiteral("Katrin Meier");
        event.visibility = i % 5 == 0 ? model::Visibility::Internal : model::Visibility::Public;
        review.timeline.append(event);
    }
    return review;
}

// The timeline as a Markdown table, for when no Markdown exporter is registered.
QByteArray simpleMarkdown(const model::Review &review)
{
    QString text = QStringLiteral("# ") + review.title +
                   QStringLiteral("\n\n## Timeline\n\n| Time (UTC) | Kind | Event | "
                                  "Author |\n| --- | --- | --- | --- |\n");
    for (const auto &event : review.timeline) {
        QString cell = event.text;
        cell.replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' ');
        text += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                    .arg(event.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                         model::enumLabel(event.kind), cell, event.author);
    }
    return text.toUtf8();
}

bool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(600000))
        return false;
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A QApplication: the sample's chart is drawn by Qt Charts widgets.
    QApplication app(argc, argv);
    const int events = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    const int runs = std::max(1, argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 10);
    const int pipelineRuns = std::min(runs, 3);

    const auto review = largeReview(events);
    if (!review) {
        QTextStream(stderr) << "The sample review cannot be read." << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    out() << "Review: " << review->timeline.size() << " timeline events, " << review->actions.size() << " actions"
          << Qt::endl;
    exporting::ExportOptions options;
    options.figureRenderer = std::make_shared<editor::ChartFigureRenderer>();

    // Hindsight: the internal PDF report.
    const QString pdf = dir.filePath(QStringLiteral("hindsight.pdf"));
    QList<double> hindsight;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QString error = exporting::PdfExporter().write(*review, pdf, options);
        hindsight.append(timer.nsecsElapsed() / 1e6);
        if (!error.isEmpty()) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
    }
    benchmarks::report(QStringLiteral("Hindsight PDF export"), hindsight);
    out() << "  " << QFileInfo(pdf).size() / 1024 << " KiB" << Qt::endl;

    // The same review for pandoc: Hindsight's own Markdown when that format is registered.
    const QString markdown = dir.filePath(QStringLiteral("in.md"));
    if (auto exporter = exporting::FormatFactory::exporter(QStringLiteral("md"))) {
        const QString error = exporter->write(*review, markdown, options);
        if (!error.isEmpty()) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        out() << "Markdown for pandoc: Hindsight's Markdown export" << Qt::endl;
    } else {
        QFile file(markdown);
        if (!file.open(QIODevice::WriteOnly) || file.write(simpleMarkdown(*review)) < 0)
            return 1;
        out() << "Markdown for pandoc: the timeline as one table (no Markdown exporter registered)" << Qt::endl;
    }

    const QString pandoc = QStandardPaths::findExecutable(QStringLiteral("pandoc"));
    QString converter = QStandardPaths::findExecutable(QStringLiteral("wkhtmltopdf"));
    if (converter.isEmpty())
        converter = QStandardPaths::findExecutable(QStringLiteral("weasyprint"));
    if (pandoc.isEmpty() || converter.isEmpty()) {
        out() << "pandoc and wkhtmltopdf (or weasyprint) are not installed; only Hindsight's figures are shown. "
                 "Install them with: apt-get install --no-install-recommends pandoc wkhtmltopdf"
              << Qt::endl;
        return 0;
    }
    const QString html = dir.filePath(QStringLiteral("out.html"));
    const QString peerPdf = dir.filePath(QStringLiteral("out.pdf"));
    const bool wkhtml = QFileInfo(converter).fileName() == u"wkhtmltopdf";
    // The Markdown's figures are files beside it, which wkhtmltopdf reads only when told to.
    const QStringList convert =
        wkhtml ? QStringList{QStringLiteral("--quiet"), QStringLiteral("--enable-local-file-access"), html, peerPdf}
               : QStringList{html, peerPdf};
    QList<double> toHtml;
    QList<double> toPdf;
    QList<double> pipeline;
    for (int i = 0; i < pipelineRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!runTool(pandoc, {markdown, QStringLiteral("-o"), html, QStringLiteral("--standalone"),
                              QStringLiteral("--metadata"), QStringLiteral("title=") + review->title})) {
            out() << "pandoc failed" << Qt::endl;
            return 1;
        }
        const double first = timer.nsecsElapsed() / 1e6;
        if (!runTool(converter, convert)) {
            out() << QFileInfo(converter).fileName() << " failed" << Qt::endl;
            return 1;
        }
        const double total = timer.nsecsElapsed() / 1e6;
        toHtml.append(first);
        toPdf.append(total - first);
        pipeline.append(total);
    }
    const QString name = QStringLiteral("pandoc + ") + QFileInfo(converter).fileName();
    benchmarks::report(QStringLiteral("  pandoc Markdown to HTML"), toHtml);
    benchmarks::report(QStringLiteral("  %1 HTML to PDF").arg(QFileInfo(converter).fileName()), toPdf);
    benchmarks::report(name, pipeline);
    out() << "  " << QFileInfo(peerPdf).size() / 1024 << " KiB" << Qt::endl;
    out() << QStringLiteral("Hindsight is %1x faster than %2 (median %3 ms against %4 ms)")
                 .arg(median(pipeline) / median(hindsight), 0, 'f', 1)
                 .arg(name)
                 .arg(median(hindsight), 0, 'f', 0)
                 .arg(median(pipeline), 0, 'f', 0)
          << Qt::endl;
    return 0;
}
