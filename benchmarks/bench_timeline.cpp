// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The timeline widget with 10,000 events in a 1400 × 300 view: one full repaint at fit-all and at
// a one-hour window (with the layout cached, and rebuilt every frame as while panning), a render
// into an image, and a live note (insert through the undo stack, then repaint).
#include "benchmarkutil.h"
#include "editor/timeline/timelineview.h"
#include "model/commands.h"
#include "model/reviewdocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QRandomGenerator>

using namespace hindsight;

namespace {

constexpr int EventCount = 10000;
constexpr int Runs = 200;

const QDateTime Start(QDate(2026, 11, 23), QTime(14, 2), QTimeZone::utc());

// Eight hours of an incident: a steady trickle plus bursts (an alert storm, a chat flood), so
// that some stretches cluster heavily and others do not.
model::Review review()
{
    QRandomGenerator random(2026);
    model::Review review;
    review.title = QStringLiteral("Benchmark: 10,000 events");
    review.timeZone = QStringLiteral("Europe/Berlin");
    const qint64 length = 8LL * 3600 * 1000;
    QList<qint64> bursts;
    for (int i = 0; i < 30; ++i)
        bursts << qint64(random.bounded(double(length)));
    for (int i = 0; i < EventCount; ++i) {
        model::TimelineEvent event;
        qint64 offset = qint64(random.bounded(double(length)));
        if (random.bounded(10) < 4)
            offset = std::clamp(bursts.at(random.bounded(int(bursts.size()))) + qint64(random.bounded(60000)) - 30000,
                                qint64(0), length);
        event.time = Start.addMSecs(offset);
        event.precision = model::TimePrecision::Second;
        const int kind = random.bounded(100);
        event.kind = kind < 40 ? model::EventKind::Note : model::EventKind(1 + kind % 7);
        event.visibility = random.bounded(4) == 0 ? model::Visibility::Internal : model::Visibility::Public;
        event.text = QStringLiteral("Event %1").arg(i);
        review.timeline << event;
    }
    const std::array<model::Milestone, 5> milestones{model::Milestone::Started, model::Milestone::Detected,
                                                     model::Milestone::Acknowledged, model::Milestone::Mitigated,
                                                     model::Milestone::Resolved};
    const std::array<int, 5> minutes{0, 25, 31, 170, 410};
    for (size_t i = 0; i < milestones.size(); ++i) {
        model::TimelineEvent event;
        event.time = Start.addSecs(minutes[i] * 60);
        event.milestone = milestones[i];
        event.text = QStringLiteral("Milestone");
        review.timeline[qsizetype(i) * 997] = event;
    }
    return review;
}

template <typename F>
QList<double> time(F &&frame)
{
    QList<double> samples;
    samples.reserve(Runs);
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        frame(i);
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

    QElapsedTimer load;
    load.start();
    model::ReviewDocument document(review());
    editor::TimelineView view;
    view.resize(1400, 300);
    view.setDocument(&document);
    benchmarks::report(QStringLiteral("index and fit 10,000 events (once)"), {double(load.nsecsElapsed()) / 1e6});
    view.show();
    QCoreApplication::processEvents();

    view.fitAll();
    view.repaint();
    benchmarks::report(QStringLiteral("repaint, fit all, layout cached"), time([&](int) { view.repaint(); }));
    const auto fitStart = view.visibleStart();
    const auto fitEnd = view.visibleEnd();
    benchmarks::report(QStringLiteral("repaint, fit all, layout rebuilt (panning)"), time([&](int i) {
                           view.setVisibleRange(fitStart.addMSecs(i * 1000), fitEnd.addMSecs(i * 1000));
                           view.repaint();
                       }));

    const auto hourStart = Start.addSecs(3 * 3600);
    view.setVisibleRange(hourStart, hourStart.addSecs(3600));
    view.repaint();
    benchmarks::report(QStringLiteral("repaint, 1-hour window, layout cached"), time([&](int) { view.repaint(); }));
    benchmarks::report(QStringLiteral("repaint, 1-hour window, layout rebuilt (panning)"), time([&](int i) {
                           view.setVisibleRange(hourStart.addSecs(i), hourStart.addSecs(3600 + i));
                           view.repaint();
                       }));

    QImage image(view.size() * view.devicePixelRatio(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(view.devicePixelRatio());
    view.fitAll();
    benchmarks::report(QStringLiteral("render into a QImage, fit all"), time([&](int) { view.render(&image); }));

    // Live mode: each note goes through the undo stack and the model's signals into the index.
    auto now = std::make_shared<QDateTime>(Start.addSecs(8 * 3600));
    view.setClock([now] { return *now; });
    view.setLive(true);
    view.repaint();
    benchmarks::report(QStringLiteral("live note: insert + repaint, following now"), time([&](int i) {
                           *now = now->addSecs(5);
                           model::TimelineEvent event;
                           event.time = *now;
                           event.text = QStringLiteral("Live note %1").arg(i);
                           model::commands::insertRow(document, event);
                           view.repaint();
                       }));
    benchmarks::report(QStringLiteral("live note: insert only (undo stack, model, index)"), time([&](int i) {
                           *now = now->addSecs(5);
                           model::TimelineEvent event;
                           event.time = *now;
                           event.text = QStringLiteral("Live note %1").arg(i);
                           model::commands::insertRow(document, event);
                       }));
    return 0;
}
