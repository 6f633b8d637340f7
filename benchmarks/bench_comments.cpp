// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The discussion at scale: how much longer a review with 2,000 comment threads takes from "open"
// to a painted window than the same review without them, and how long adding one comment takes
// until it is in the file and the editor and the comments dock have painted it. Run it with
// QT_QPA_PLATFORM=offscreen or under xvfb-run:
//
//   bench_comments [THREADS] [OPEN_RUNS] [COMMENTS]
#include "app/mainwindow.h"
#include "benchmarkutil.h"
#include "editor/comments/commentspanel.h"
#include "editor/sections/sectioneditor.h"
#include "editor/widgets/markdownedit.h"
#include "import/importerfactory.h"
#include "model/commands.h"
#include "model/names.h"
#include "model/reviewdocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

using namespace hindsight;

namespace {

// Threads as a team leaves them: a third on passages of the root causes, the rest on sections
// and actions, each with a reply, every fourth resolved.
QList<model::CommentRecord> discussion(const model::Review &review, int threads)
{
    QList<model::CommentRecord> records;
    const auto start = QDateTime(QDate(2023, 3, 16), QTime(9, 0), QTimeZone::utc());
    const QString text = review.rootCauses;
    for (int i = 0; i < threads; ++i) {
        model::CommentRecord post;
        post.id = QUuid::createUuid();
        post.author = i % 2 ? QStringLiteral("Ana Ruiz") : QStringLiteral("Ben Okafor");
        post.time = start.addSecs(qint64(i) * 60);
        post.text = QStringLiteral("Thread %1: is this the whole story? See the pool settings.").arg(i);
        post.anchor.section = model::SectionKey(i % model::SectionCount);
        if (i % 3 == 0 && text.size() > 200) {
            const int position = (i * 37) % int(text.size() - 60);
            post.anchor.section = model::SectionKey::RootCauses;
            post.anchor.kind = model::AnchorKind::Passage;
            post.anchor.field = model::fieldName(model::Field::RootCauses);
            post.anchor.quote = text.mid(position, 40);
            post.anchor.position = position;
        }
        records.append(post);
        model::CommentRecord reply;
        reply.id = QUuid::createUuid();
        reply.target = post.id;
        reply.author = QStringLiteral("Jonas Weber");
        reply.time = post.time.addSecs(30);
        reply.text = QStringLiteral("Added a sentence.");
        records.append(reply);
        if (i % 4 == 0) {
            model::CommentRecord resolve;
            resolve.id = QUuid::createUuid();
            resolve.change = model::CommentChange::Resolve;
            resolve.target = post.id;
            resolve.author = post.author;
            resolve.time = post.time.addSecs(45);
            records.append(resolve);
        }
    }
    return records;
}

QList<double> openToPainted(const QString &path, int runs)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto *window = new app::MainWindow;
        benchmarks::PaintWatcher watcher;
        window->installEventFilter(&watcher);
        if (!window->openPath(path))
            return {};
        window->show();
        while (!watcher.painted)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        times.append(timer.nsecsElapsed() / 1e6);
        window->removeEventFilter(&watcher);
        window->close();
        delete window;
        QCoreApplication::processEvents();
    }
    return times;
}

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples.at(samples.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Hindsight"));
    QApplication::setApplicationName(QStringLiteral("Hindsight benchmarks"));
    const int threads = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 15;
    const int comments = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 200;

    const auto sample = QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/samples/checkout-outage.json");
    auto imported = importing::ImporterFactory::importerForFile(sample)->read(sample);
    if (!imported.review) {
        QTextStream(stderr) << imported.error << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    const auto plain = dir.filePath(QStringLiteral("plain.hindsight"));
    const auto discussed = dir.filePath(QStringLiteral("discussed.hindsight"));
    auto review = *imported.review;
    if (!model::ReviewDocument::create(plain, review).document)
        return 1;
    review.comments = discussion(review, threads);
    model::sortRecords(review.comments);
    if (!model::ReviewDocument::create(discussed, review).document)
        return 1;

    // Alternated, so that both see the same machine.
    QList<double> plainTimes;
    QList<double> discussedTimes;
    for (int run = 0; run < runs; ++run) {
        plainTimes += openToPainted(plain, 1);
        discussedTimes += openToPainted(discussed, 1);
    }
    QTextStream out(stdout);
    out << QStringLiteral("Sample review; %1 threads (%2 records); platform %3")
               .arg(threads)
               .arg(review.comments.size())
               .arg(QGuiApplication::platformName())
        << Qt::endl;
    benchmarks::report(QStringLiteral("open to painted, no comments"), plainTimes);
    benchmarks::report(QStringLiteral("open to painted, %1 threads").arg(threads), discussedTimes);
    out << QStringLiteral("ratio of medians: %1 (goal: at most 1.2)")
               .arg(median(discussedTimes) / median(plainTimes), 0, 'f', 2)
        << Qt::endl;

    // Adding comments on a passage of the root causes, with the section and the dock on screen.
    app::MainWindow window;
    if (!window.openPath(discussed))
        return 1;
    window.show();
    window.sectionEditor()->showSection(int(model::SectionKey::RootCauses));
    window.commentsPanel()->setFilter(editor::CommentsPanel::Filter::All);
    QCoreApplication::processEvents();
    editor::MarkdownEdit *edit = nullptr;
    for (auto *candidate : window.sectionEditor()->findChildren<editor::MarkdownEdit *>()) {
        if (candidate->field() == model::Field::RootCauses)
            edit = candidate;
    }
    if (!edit)
        return 1;
    QList<double> addTimes;
    for (int i = 0; i < comments; ++i) {
        model::CommentRecord record;
        record.id = QUuid::createUuid();
        record.author = QStringLiteral("Ana Ruiz");
        record.text = QStringLiteral("Benchmark comment %1").arg(i);
        record.anchor.section = model::SectionKey::RootCauses;
        record.anchor.kind = model::AnchorKind::Passage;
        record.anchor.field = model::fieldName(model::Field::RootCauses);
        record.anchor.quote = edit->toPlainText().mid(20, 30);
        record.anchor.position = 20;
        QElapsedTimer timer;
        timer.start();
        model::commands::addComment(*window.document(), record);
        // Stored: the command wrote it. Painted: the editor's tint and the dock's list.
        edit->viewport()->repaint();
        window.commentsPanel()->list()->viewport()->repaint();
        addTimes.append(timer.nsecsElapsed() / 1e6);
        if (window.document()->hasPendingChanges())
            return 1;
    }
    benchmarks::report(QStringLiteral("add a comment, stored and painted (%1 threads held)").arg(threads), addTimes);
    return 0;
}
