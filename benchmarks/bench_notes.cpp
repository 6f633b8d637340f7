// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A live note in a review that already holds 10,000 events: the model's call alone
// (commands::addLiveNote, in the file when it returns), then from Enter in the note input, which
// goes through that call, to the note being in the file and to it being painted on the live
// timeline.
#include "benchmarkutil.h"
#include "editor/notes/noteinput.h"
#include "editor/notes/notepanel.h"
#include "editor/timeline/timelineview.h"
#include "import/importerfactory.h"
#include "model/livenote.h"
#include "model/reviewdocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>

using namespace hindsight;

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    const int existing = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int notes = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 1000;

    const auto sample = QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/samples/checkout-outage.json");
    auto review = *importing::ImporterFactory::importerForFile(sample)->read(sample).review;
    const auto now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < existing; ++i) {
        model::TimelineEvent event;
        event.time = now.addSecs(-existing + i);
        event.kind = model::EventKind(i % 8);
        event.text = QStringLiteral("Earlier event %1").arg(i);
        review.timeline.append(event);
    }
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("notes.hindsight"));
    if (!model::ReviewDocument::create(path, review).document)
        return 1;
    auto opened = model::ReviewDocument::open(path);
    auto &document = *opened.document;

    QList<double> stored;
    for (int i = 0; i < notes; ++i) {
        model::TimelineEvent event;
        event.time = QDateTime::currentDateTimeUtc();
        event.text = QStringLiteral("note %1 from a script").arg(i);
        QElapsedTimer timer;
        timer.start();
        const auto result = model::commands::addLiveNote(document, event);
        stored.append(timer.nsecsElapsed() / 1e6);
        if (!result.ok()) {
            QTextStream(stderr) << "note " << i << " was not stored: " << result.error << Qt::endl;
            return 1;
        }
    }

    editor::NotePanel panel;
    panel.setDocument(&document);
    editor::TimelineView timeline;
    timeline.setDocument(&document);
    timeline.setLive(true);
    timeline.resize(1400, 300);
    panel.show();
    timeline.show();
    QCoreApplication::processEvents();

    QList<double> onDisk;
    QList<double> painted;
    for (int i = 0; i < notes; ++i) {
        panel.setText(QStringLiteral("! note %1 from the incident leader").arg(i));
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(panel.input(), Qt::Key_Return); // commits: in the file before this returns
        onDisk.append(timer.nsecsElapsed() / 1e6);
        timeline.repaint();
        painted.append(timer.nsecsElapsed() / 1e6);
        if (!panel.text().isEmpty()) {
            QTextStream(stderr) << "note " << i << " was not committed" << Qt::endl;
            return 1;
        }
        QCoreApplication::processEvents();
    }
    QTextStream(stdout)
        << QStringLiteral("%1 notes through the model, then %1 through the note panel, into a review of %2 events, "
                          "platform %3")
               .arg(notes)
               .arg(existing + review.timeline.size() - existing)
               .arg(QGuiApplication::platformName())
        << Qt::endl;
    benchmarks::report(QStringLiteral("addLiveNote to note in the file"), stored);
    benchmarks::report(QStringLiteral("Enter to note in the file"), onDisk);
    benchmarks::report(QStringLiteral("Enter to note painted on the timeline"), painted);
    return 0;
}
