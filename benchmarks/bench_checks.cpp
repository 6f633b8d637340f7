// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The review checks after a keystroke, on the sample review with 10,000 more timeline events and
// 200 more actions: one character typed into the resolution (an undo command, as the editor
// pushes it), then the checks run again, alone and as the checks dock refreshes its list.
#include "benchmarkutil.h"
#include "editor/checks/checkspanel.h"
#include "import/importerfactory.h"
#include "model/commands.h"
#include "model/reviewchecks.h"
#include "model/reviewdocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimeZone>

#include <ctime>

using namespace hindsight;

namespace {

// The processor time this thread used, in milliseconds: on a busy machine the wall-clock tail is
// mostly time spent waiting for a core, which this leaves out.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int extraEvents = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 1000;

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
        // Every path of the timeline checks runs: some events have a date only.
        event.precision = i % 97 == 0 ? model::TimePrecision::Day : model::TimePrecision::Second;
        event.text = QStringLiteral("Benchmark event %1: error rate %2% on checkout-api").arg(i).arg(i % 37);
        event.author = QStringLiteral("Katrin Meier");
        review.timeline.append(event);
    }
    for (int i = 0; i < 200; ++i) {
        model::ActionItem action;
        action.title = QStringLiteral("Benchmark action %1").arg(i);
        action.owner = i % 3 ? QStringLiteral("Olivia Schmitt") : QString();
        action.ticket = QStringLiteral("CHK-%1").arg(2000 + i);
        review.actions.append(action);
    }
    model::ReviewDocument document(review);
    editor::ChecksPanel panel;
    panel.setDocument(&document);

    QString text = document.review().resolution;
    int open = 0;
    QList<double> checks;
    QList<double> dock;
    QList<double> checksCpu;
    QList<double> dockCpu;
    for (int run = 0; run < runs; ++run) {
        text += QLatin1Char(run % 7 ? 'a' : ' ');
        QElapsedTimer timer;
        timer.start();
        double cpu = threadCpuMs();
        model::commands::setField(document, model::Field::Resolution, text);
        open = int(model::ReviewChecks::open(document.review()).size());
        checks.append(double(timer.nsecsElapsed()) / 1e6);
        checksCpu.append(threadCpuMs() - cpu);

        text += QLatin1Char('b');
        timer.restart();
        cpu = threadCpuMs();
        model::commands::setField(document, model::Field::Resolution, text);
        panel.refresh();
        dock.append(double(timer.nsecsElapsed()) / 1e6);
        dockCpu.append(threadCpuMs() - cpu);
    }
    QTextStream(stdout) << QStringLiteral("%1 events, %2 actions, %3 open checks")
                               .arg(document.review().timeline.size())
                               .arg(document.review().actions.size())
                               .arg(open)
                        << Qt::endl;
    benchmarks::report(QStringLiteral("keystroke and checks run"), checks);
    benchmarks::report(QStringLiteral("keystroke and checks dock refreshed"), dock);
    benchmarks::report(QStringLiteral("keystroke and checks run, processor time"), checksCpu);
    benchmarks::report(QStringLiteral("keystroke and checks dock refreshed, processor time"), dockCpu);
    return 0;
}
