// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// How long the sample review with 10,000 more timeline events takes from "open" to a painted
// window. Run it under a real X server (xvfb-run) or with QT_QPA_PLATFORM=offscreen.
#include "app/mainwindow.h"
#include "benchmarkutil.h"
#include "import/importerfactory.h"
#include "model/reviewdocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

using namespace hindsight;

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Hindsight"));
    QApplication::setApplicationName(QStringLiteral("Hindsight benchmarks"));
    const int extraEvents = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 20;

    const auto sample = QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/samples/checkout-outage.json");
    auto imported = importing::ImporterFactory::importerForFile(sample)->read(sample);
    if (!imported.review) {
        QTextStream(stderr) << imported.error << Qt::endl;
        return 1;
    }
    auto review = *imported.review;
    const auto start = QDateTime(QDate(2023, 3, 14), QTime(12, 0), QTimeZone::utc());
    for (int i = 0; i < extraEvents; ++i) {
        model::TimelineEvent event;
        event.time = start.addMSecs(qint64(i) * 1500);
        event.kind = model::EventKind(i % 8);
        event.text = QStringLiteral("Benchmark event %1: error rate %2% on checkout-api").arg(i).arg(i % 37);
        event.author = QStringLiteral("Katrin Meier");
        review.timeline.append(event);
    }
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("bench.hindsight"));
    if (auto created = model::ReviewDocument::create(path, review); !created.document) {
        QTextStream(stderr) << created.error << Qt::endl;
        return 1;
    }

    QList<double> openTimes;
    QList<double> paintedTimes;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto *window = new app::MainWindow;
        benchmarks::PaintWatcher watcher;
        window->installEventFilter(&watcher);
        if (!window->openPath(path))
            return 1;
        openTimes.append(timer.nsecsElapsed() / 1e6);
        window->show();
        while (!watcher.painted)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        paintedTimes.append(timer.nsecsElapsed() / 1e6);
        window->removeEventFilter(&watcher);
        window->close();
        delete window;
        QCoreApplication::processEvents();
    }
    QTextStream(stdout) << QStringLiteral("Review with %1 timeline events, platform %2")
                               .arg(review.timeline.size())
                               .arg(QGuiApplication::platformName())
                        << Qt::endl;
    benchmarks::report(QStringLiteral("open file and load model"), openTimes);
    benchmarks::report(QStringLiteral("open to painted window"), paintedTimes);
    return 0;
}
