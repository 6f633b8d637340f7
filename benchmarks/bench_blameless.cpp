// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// How long the blameless scan takes: on 1 MB of prose with a few blaming phrases in it, on 1 MB
// of prose with none, on 1 MB without a space, and on one paragraph, which is what the editor
// scans again for a keystroke (it scans block by block). With the sample review's five people
// and with 500.
//
//     bench_blameless [runs, default 20]
#include "benchmarkutil.h"
#include "model/blamelessscan.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace hindsight;

namespace {

QString repeated(const QString &piece, qsizetype size)
{
    QString text;
    text.reserve(size + piece.size());
    while (text.size() < size)
        text += piece;
    text.truncate(size);
    return text;
}

void measure(const QString &label, const model::BlamelessScanner &scanner, const QString &text, int runs)
{
    QList<double> samples;
    qsizetype found = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        found = scanner.scan(text).size();
        samples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    benchmarks::report(label + QStringLiteral(" (%1 findings)").arg(found), samples);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20;
    const QString paragraph = QStringLiteral(
        "With 20 server connections instead of up to 200, checkout requests started queueing in the pooler as "
        "soon as the rollout finished at 13:05 UTC. Katrin restarted the pool and Jonas noticed the alert. "
        "The 10 % error-rate alert missed the 32-minute slow rise; Rafael forgot the dashboard annotation. "
        "Der Pooler schloss die Verbindungen, und Olivia hat den Schritt leider übersehen: menschliches "
        "Versagen, hieß es im Chat, doch es war kein fahrlässiger Fehler.\n");
    const QStringList five{QStringLiteral("Katrin Meier"), QStringLiteral("Rafael Torres"),
                           QStringLiteral("Jonas Vogel"), QStringLiteral("Olivia Schmitt"),
                           QStringLiteral("Priya Raman")};
    QStringList many = five;
    for (int i = 0; i < 495; ++i)
        many.append(QStringLiteral("Person%1 Surname%2").arg(i).arg(i * 7));

    QElapsedTimer build;
    build.start();
    const model::BlamelessScanner fewNames(five);
    const double buildFew = double(build.nsecsElapsed()) / 1e6;
    build.restart();
    const model::BlamelessScanner manyNames(many);
    const double buildMany = double(build.nsecsElapsed()) / 1e6;
    QTextStream(stdout) << QStringLiteral("building the scanner: %1 ms with 5 names, %2 ms with 500 names")
                               .arg(buildFew, 0, 'f', 2)
                               .arg(buildMany, 0, 'f', 2)
                        << Qt::endl;

    const QString prose = repeated(paragraph, 1'000'000);
    const QString neutral = repeated(QStringLiteral("Katrin restarted the pool and Jonas noticed the alert; the 10 % "
                                                    "error-rate alert missed the slow rise. Der Pooler schloss die "
                                                    "Verbindungen, und Olivia startete den Dienst neu.\n"),
                                     1'000'000);
    const QString unbroken = repeated(QStringLiteral("a3F9xQ7b"), 1'000'000);
    measure(QStringLiteral("1 MB of prose, 5 names"), fewNames, prose, runs);
    measure(QStringLiteral("1 MB of prose, 500 names"), manyNames, prose, runs);
    measure(QStringLiteral("1 MB of prose without blame, 5 names"), fewNames, neutral, runs);
    measure(QStringLiteral("1 MB without a space, 5 names"), fewNames, unbroken, runs);
    measure(QStringLiteral("one paragraph (%1 characters), 5 names").arg(paragraph.size()), fewNames, paragraph,
            runs * 50);
    return 0;
}
