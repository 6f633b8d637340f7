// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// fuzz_seeds SOURCE_DIR OUT_DIR: seeds for the targets whose inputs Hindsight writes itself,
// made from the project's test data (tests/data), so that they follow the format as it is
// today and nothing generated is committed:
//
//   OUT_DIR/json/NAME.json              the review of tests/data/markdown/NAME.md as the JSON
//                                       writer writes it, and "figures": one with a chart and
//                                       a picture
//   OUT_DIR/reviewfile/NAME.hindsight   the review as a review file, with 512-byte pages so
//                                       that the fuzzer's changes hit more of its pages
#include "export/json/jsonformat.h"
#include "import/markdown/markdownimporter.h"
#include "import/metrics/metricseries.h"
#include "model/reviewfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <cstdio>
#include <optional>
#include <utility>

using namespace hindsight;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A review file as small as SQLite makes it: a damaged page then costs the fuzzer one of few
// pages. The page size changes only in rollback-journal mode; the file goes back to WAL mode,
// as every review file is, with everything in the file itself and no -wal file beside it.
QString compact(const QString &path)
{
    QString error;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        for (const auto *statement :
             {"PRAGMA journal_mode=DELETE", "PRAGMA page_size=512", "VACUUM", "PRAGMA journal_mode=WAL"}) {
            if (!query.exec(QString::fromLatin1(statement))) {
                error = query.lastError().text();
                break;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seed"));
    return error;
}

// The review of table-timeline.md with figures, which no Markdown file holds: the chart of the
// same incident's metrics file and a small picture, so that the seeds reach the figure code.
std::optional<model::Review> withFigures(const QDir &source, model::Review review)
{
    const auto metrics = importing::importMetricsFile(
        source.filePath(QStringLiteral("tests/data/metrics/orders-api-errors.csv")), QTimeZone::utc());
    if (!metrics.data)
        return std::nullopt;
    model::Figure chart;
    chart.kind = model::FigureKind::Chart;
    chart.title = QStringLiteral("Errors");
    chart.caption = QStringLiteral("5xx responses per minute");
    chart.visibility = model::Visibility::Public;
    chart.source = metrics.data->source;
    chart.series = metrics.data->series;
    review.figures.append(chart);

    QImage pixels(4, 3, QImage::Format_RGB32);
    pixels.fill(Qt::darkRed);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    pixels.save(&buffer, "PNG");
    model::Figure image;
    image.section = model::SectionKey::Resolution;
    image.caption = QStringLiteral("Dashboard");
    image.source = QStringLiteral("dashboard.png");
    image.image = buffer.data();
    review.figures.append(image);
    return review;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: fuzz_seeds SOURCE_DIR OUT_DIR\n");
        return 2;
    }
    const QDir source(arguments.at(1));
    const QDir out(arguments.at(2));
    for (const auto *folder : {"json", "reviewfile"}) {
        QDir(out.filePath(QString::fromLatin1(folder))).removeRecursively();
        out.mkpath(QString::fromLatin1(folder));
    }

    QList<std::pair<QString, model::Review>> reviews;
    const QDir markdown(source.filePath(QStringLiteral("tests/data/markdown")));
    for (const auto &info : markdown.entryInfoList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        const auto result = importing::MarkdownImporter().read(info.filePath());
        if (!result.review) {
            std::fprintf(stderr, "fuzz_seeds: %s: %s\n", qPrintable(info.filePath()), qPrintable(result.error));
            return 1;
        }
        reviews.append({info.completeBaseName(), *result.review});
        if (info.fileName() == u"table-timeline.md") {
            const auto figures = withFigures(source, *result.review);
            if (!figures) {
                std::fprintf(stderr, "fuzz_seeds: cannot read tests/data/metrics/orders-api-errors.csv\n");
                return 1;
            }
            reviews.append({QStringLiteral("figures"), *figures});
        }
    }

    for (const auto &[name, review] : std::as_const(reviews)) {
        const QString json = out.filePath(QStringLiteral("json/") + name + QStringLiteral(".json"));
        const QString file = out.filePath(QStringLiteral("reviewfile/") + name + QStringLiteral(".hindsight"));
        if (!writeFile(json, exporting::reviewToJson(review))) {
            std::fprintf(stderr, "fuzz_seeds: cannot write %s\n", qPrintable(json));
            return 1;
        }
        QString error = model::ReviewFile::create(file, review).error;
        if (error.isEmpty())
            error = compact(file);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "fuzz_seeds: %s: %s\n", qPrintable(file), qPrintable(error));
            return 1;
        }
    }
    std::printf("fuzz_seeds: %lld reviews as JSON and review files in %s\n", static_cast<long long>(reviews.size()),
                qPrintable(out.path()));
    return 0;
}
