// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs the real application as a separate process, feeds it live notes and kills it with
// SIGKILL at random moments, many times over. Every note the application acknowledged (its input
// cleared) must be in the file afterwards, and the file must open cleanly every time.
#include "model/reviewfile.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight::model;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedNotesSurviveSigkill();
};

void TestCrashSafety::acknowledgedNotesSurviveSigkill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto file = dir.filePath(QStringLiteral("incident.hindsight"));

    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // The application's settings and untitled reviews stay in the test's folder, even when the
    // test runs outside CTest in a desktop session.
    environment.insert(QStringLiteral("HOME"), dir.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), dir.filePath(QStringLiteral("state")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());

    // A fixed seed: a failure can be replayed; the moments still vary from run to run of the app.
    QRandomGenerator random(20261124);
    constexpr int Runs = 30;
    QStringList acknowledged;
    int killedWhileWriting = 0;

    for (int run = 0; run < Runs; ++run) {
        QProcess app;
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(HINDSIGHT_EXECUTABLE),
                  {QStringLiteral("--new-incident"), file, QStringLiteral("--notes-from-stdin")});
        QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));

        QStringList sent;
        int answered = 0;
        QByteArray output;
        auto readAnswers = [&] {
            output += app.readAllStandardOutput();
            for (auto end = output.indexOf('\n'); end >= 0; end = output.indexOf('\n')) {
                const auto line = output.left(end);
                output.remove(0, end + 1);
                if (answered >= sent.size())
                    continue;
                if (line.startsWith("ok "))
                    acknowledged.append(sent.at(answered));
                ++answered;
            }
        };

        const int killAfter = random.bounded(50, 900);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < killAfter) {
            // Keep a few notes in flight so that the kill often lands in the middle of a write.
            if (sent.size() - answered < 3) {
                const auto text = QStringLiteral("run %1 note %2 ✓").arg(run).arg(sent.size());
                sent.append(text);
                app.write(text.toUtf8() + '\n');
            }
            app.waitForReadyRead(2);
            readAnswers();
        }
        if (sent.size() > answered)
            ++killedWhileWriting;
        app.kill(); // SIGKILL: no chance to flush or close anything
        QVERIFY(app.waitForFinished(10000));
        readAnswers();

        const auto opened = ReviewFile::open(file);
        QVERIFY2(opened.file, qPrintable(QStringLiteral("run %1: %2").arg(run).arg(opened.error)));
        QSet<QString> inFile;
        for (const auto &event : opened.review.timeline)
            inFile.insert(event.text);
        for (const auto &text : std::as_const(acknowledged))
            QVERIFY2(inFile.contains(text), qPrintable(QStringLiteral("run %1 lost “%2”").arg(run).arg(text)));
    }
    qInfo("%lld notes acknowledged over %d kills, %d of them with notes in flight",
          static_cast<long long>(acknowledged.size()), Runs, killedWhileWriting);
    // The test proves nothing unless notes were really taken and kills really hit writes.
    QVERIFY(acknowledged.size() >= 50);
    QVERIFY(killedWhileWriting >= 5);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
