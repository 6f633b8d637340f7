// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The headless command line as scripts use it: the real executable, no display, exit codes and a
// one-line reason on standard error.
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <sys/stat.h>

namespace {

const QString Sample = QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/samples/checkout-outage.json");

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void refusesAWindowWithoutADisplay_data();
    void refusesAWindowWithoutADisplay();
    void exportsEveryFormatForEveryAudience_data();
    void exportsEveryFormatForEveryAudience();
    void exportsFigures_data();
    void exportsFigures();
    void exportOverItsOwnReview_data();
    void exportOverItsOwnReview();
    void concurrentImportsToOnePath();
    void namedPipes_data();
    void namedPipes();
    void jsonWriteFailureMessage_data();
    void jsonWriteFailureMessage();
    void noLeftoversAfterConcurrentExports();
    void check_data();
    void check();
    void checkJson();
    void mergeComments();
    void customerExportsHoldNoDiscussion_data();
    void customerExportsHoldNoDiscussion();
    void openThreadsAppendix_data();
    void openThreadsAppendix();

private:
    // Imports the sample as a review with that identity and, when person is given, that
    // person's thread, reply, reviewer entry and sign-off, each text marked MARK-<what>-<person>.
    QString importDiscussed(const QString &name, const QString &id, const QString &person);
    QString pdfText(const QString &pdf) const;
    QProcessEnvironment environment() const;
    Result run(const QStringList &arguments, int timeoutMs = 60000) const;
    Result run(const QString &program, const QStringList &arguments, int timeoutMs = 60000) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void write(const QString &name, const QByteArray &bytes) const;

    QTemporaryDir m_dir;
    QString m_review;
};

QProcessEnvironment TestCommandLine::environment() const
{
    auto environment = QProcessEnvironment::systemEnvironment();
    // As on a server or in CI: no display, no platform chosen.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    // Settings and caches stay in the test's folder, even when the test runs outside CTest in a
    // desktop session.
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    for (const auto *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

Result TestCommandLine::run(const QStringList &arguments, int timeoutMs) const
{
    return run(QStringLiteral(HINDSIGHT_EXECUTABLE), arguments, timeoutMs);
}

Result TestCommandLine::run(const QString &program, const QStringList &arguments, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestCommandLine::write(const QString &name, const QByteArray &bytes) const
{
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void TestCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_review = path(QStringLiteral("sample.hindsight"));
    const auto imported = run({QStringLiteral("import"), Sample, QStringLiteral("-o"), m_review});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(imported.err, QString());
    QVERIFY(QFile::exists(m_review));

    write(QStringLiteral("empty.md"), {});
    write(QStringLiteral("binary.json"), QByteArray("\x00\x01\x02\xff\xfe", 5));
    write(QStringLiteral("impossible.md"), "# Outage\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n"
                                           "| 2023-03-14 25:61 | Something |\n");
    write(QStringLiteral("notes.hindsight"), "not a review\n");

    // The sample made to follow every piece of the template's advice, and the sample with its
    // open checks dismissed.
    QFile sample(Sample);
    QVERIFY(sample.open(QIODevice::ReadOnly));
    auto root = QJsonDocument::fromJson(sample.readAll()).object();
    auto dismissed = root;
    dismissed.insert(u"dismissedChecks", QJsonArray{QStringLiteral("resolution.verified"),
                                                    QStringLiteral("summary.tldr"), QStringLiteral("timeline.times")});
    auto sections = root.value(u"sections").toObject();
    auto summary = sections.value(u"summary").toObject();
    summary.insert(u"markdown", QStringLiteral("A pool change made checkout fail for 38 minutes."));
    sections.insert(u"summary", summary);
    auto resolution = sections.value(u"resolution").toObject();
    const QString verified =
        resolution.value(u"markdown").toString() + QStringLiteral("\n\nhttps://grafana.example.com/d/checkout");
    resolution.insert(u"markdown", verified);
    sections.insert(u"resolution", resolution);
    root.insert(u"sections", sections);
    auto timeline = root.value(u"timeline").toArray();
    for (auto event : timeline) {
        auto object = event.toObject();
        if (object.value(u"precision") == QLatin1String("day") ||
            object.value(u"precision") == QLatin1String("unknownTime"))
            object.insert(u"precision", QStringLiteral("minute"));
        event = object;
    }
    root.insert(u"timeline", timeline);
    // The complete sample with one blaming sentence in its triage.
    auto blaming = root;
    auto blamingSections = sections;
    auto triage = blamingSections.value(u"triage").toObject();
    const QString blamingTriage =
        triage.value(u"markdown").toString() + QStringLiteral("\n\nJonas forgot the runbook.");
    triage.insert(u"markdown", blamingTriage);
    blamingSections.insert(u"triage", triage);
    blaming.insert(u"sections", blamingSections);
    for (const auto &[name, object] :
         {std::pair{QStringLiteral("complete"), root}, std::pair{QStringLiteral("dismissed"), dismissed},
          std::pair{QStringLiteral("blaming"), blaming}}) {
        write(name + QStringLiteral(".json"), QJsonDocument(object).toJson());
        const auto made = run({QStringLiteral("import"), path(name + QStringLiteral(".json")), QStringLiteral("-o"),
                               path(name + QStringLiteral(".hindsight"))});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    }
}

void TestCommandLine::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const auto review = path(QStringLiteral("sample.hindsight"));
    const auto out = path(QStringLiteral("out.any"));
    QTest::newRow("nominal: version") << QStringList{QStringLiteral("--version")} << 0 << QString();
    QTest::newRow("usage: export without arguments")
        << QStringList{QStringLiteral("export")} << 2 << QStringLiteral("usage: export");
    QTest::newRow("usage: unknown format")
        << QStringList{QStringLiteral("export"), review, QStringLiteral("--format"), QStringLiteral("docx"),
                       QStringLiteral("-o"),     out}
        << 2 << QStringLiteral("unknown format");
    QTest::newRow("usage: unknown audience") << QStringList{QStringLiteral("export"),     review,
                                                            QStringLiteral("--format"),   QStringLiteral("md"),
                                                            QStringLiteral("--audience"), QStringLiteral("press"),
                                                            QStringLiteral("-o"),         out}
                                             << 2 << QStringLiteral("unknown audience");
    QTest::newRow("usage: import without output")
        << QStringList{QStringLiteral("import"), Sample} << 2 << QStringLiteral("usage: import");
    QTest::newRow("usage: unknown option") << QStringList{QStringLiteral("export"), review, QStringLiteral("--colour")}
                                           << 2 << QStringLiteral("Unknown option");
    QTest::newRow("robustness: export of a file that is not a review")
        << QStringList{QStringLiteral("export"),   path(QStringLiteral("notes.hindsight")),
                       QStringLiteral("--format"), QStringLiteral("md"),
                       QStringLiteral("-o"),       out}
        << 1 << QStringLiteral("is not a Hindsight review");
    QTest::newRow("robustness: export of a missing review")
        << QStringList{QStringLiteral("export"),   path(QStringLiteral("missing.hindsight")),
                       QStringLiteral("--format"), QStringLiteral("md"),
                       QStringLiteral("-o"),       out}
        << 1 << QStringLiteral("does not exist");
    QTest::newRow("robustness: import of an empty file")
        << QStringList{QStringLiteral("import"), path(QStringLiteral("empty.md")), QStringLiteral("-o"),
                       path(QStringLiteral("a.hindsight"))}
        << 1 << QStringLiteral("The file is empty");
    QTest::newRow("robustness: import of a binary file")
        << QStringList{QStringLiteral("import"), path(QStringLiteral("binary.json")), QStringLiteral("-o"),
                       path(QStringLiteral("b.hindsight"))}
        << 1 << QStringLiteral("binary file");
    QTest::newRow("robustness: import of a time of 25:61")
        << QStringList{QStringLiteral("import"), path(QStringLiteral("impossible.md")), QStringLiteral("-o"),
                       path(QStringLiteral("c.hindsight"))}
        << 1 << QStringLiteral("25:61");
    QTest::newRow("robustness: import over an existing review")
        << QStringList{QStringLiteral("import"), Sample, QStringLiteral("-o"), review} << 1
        << QStringLiteral("already exists");
}

void TestCommandLine::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const auto result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    if (exitCode == 1) {
        // One line, for scripts and people.
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY(result.err.startsWith(QStringLiteral("hindsight: ")));
    }
}

void TestCommandLine::refusesAWindowWithoutADisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString noDisplay = QStringLiteral("there is no display to open a window on");
    QTest::newRow("no display: no arguments") << QStringList{} << QString(QStringLiteral("cannot start: ") + noDisplay);
    QTest::newRow("no display: a review to open")
        << QStringList{m_review} << QStringLiteral("cannot open “%1”: %2").arg(m_review, noDisplay);
    QTest::newRow("no display: a review to start an incident in")
        << QStringList{QStringLiteral("--new-incident"), path(QStringLiteral("live.hindsight"))}
        << QStringLiteral("cannot open “%1”: %2").arg(path(QStringLiteral("live.hindsight")), noDisplay);
    QTest::newRow("no display: a mistyped command")
        << QStringList{QStringLiteral("exprot"), m_review}
        << QStringLiteral("“exprot” is not a command; the commands that run without a display are: export, import");
}

// Without a display and without a platform chosen, QApplication would abort the process with
// Qt's platform plugin message: scripts and people get one line and the exit code of bad usage.
void TestCommandLine::refusesAWindowWithoutADisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto result = run(arguments);
    // -1 would be a crash: an abort, a core dump.
    QVERIFY2(result.exitCode == 2, qPrintable(result.err));
    QVERIFY2(result.err.startsWith(QString(QStringLiteral("hindsight: ") + message)), qPrintable(result.err));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(result.out, QString());
    QVERIFY(!QFile::exists(path(QStringLiteral("live.hindsight"))));
}

void TestCommandLine::exportsEveryFormatForEveryAudience_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("audience");
    for (const auto *format : {"md", "pdf", "json", "html"}) {
        for (const auto *audience : {"internal", "customer"}) {
            QTest::newRow(qPrintable(
                QStringLiteral("nominal: %1 %2").arg(QLatin1StringView(format), QLatin1StringView(audience))))
                << QString::fromLatin1(format) << QString::fromLatin1(audience);
        }
    }
}

void TestCommandLine::exportsEveryFormatForEveryAudience()
{
    QFETCH(QString, format);
    QFETCH(QString, audience);
    const auto out = path(QStringLiteral("export-%1-%2.%1").arg(format, audience));
    const auto result = run({QStringLiteral("export"), m_review, QStringLiteral("--format"), format,
                             QStringLiteral("--audience"), audience, QStringLiteral("-o"), out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.err, QString());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto bytes = file.readAll();
    QVERIFY(bytes.size() > 1000);
    if (format == QLatin1String("pdf")) {
        QVERIFY(bytes.startsWith("%PDF-"));
        return;
    }
    if (format == QLatin1String("html")) {
        QVERIFY(bytes.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        QVERIFY(bytes.contains(audience == QLatin1String("customer") ? "<p class=\"audience customer\">"
                                                                     : "<p class=\"audience internal\">"));
    }
    // The sample names an internal database host only in internal events.
    QCOMPARE(bytes.contains("db-prod-3.internal"), audience == QLatin1String("internal"));
}

void TestCommandLine::exportsFigures_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("audience");
    // The sample has a public chart and an internal screenshot, both in Root causes.
    QTest::addColumn<QStringList>("captions");
    const QString chart = QStringLiteral("Figure 1: The pool change at 13:05");
    const QString screenshot = QStringLiteral("Figure 2: SHOW POOLS on pgbouncer-prod-1");
    QTest::newRow("figures: Markdown, internal")
        << QStringLiteral("md") << QStringLiteral("internal") << QStringList{chart, screenshot};
    QTest::newRow("figures: Markdown, customer")
        << QStringLiteral("md") << QStringLiteral("customer") << QStringList{chart};
    QTest::newRow("figures: PDF, internal")
        << QStringLiteral("pdf") << QStringLiteral("internal") << QStringList{chart, screenshot};
    QTest::newRow("figures: PDF, customer")
        << QStringLiteral("pdf") << QStringLiteral("customer") << QStringList{chart};
    QTest::newRow("figures: HTML, internal")
        << QStringLiteral("html") << QStringLiteral("internal") << QStringList{chart, screenshot};
    QTest::newRow("figures: HTML, customer")
        << QStringLiteral("html") << QStringLiteral("customer") << QStringList{chart};
}

// The chart is drawn by Qt Charts widgets, so the headless command runs a QApplication on the
// offscreen platform: still no display.
void TestCommandLine::exportsFigures()
{
    QFETCH(QString, format);
    QFETCH(QString, audience);
    QFETCH(QStringList, captions);
    const auto out = path(QStringLiteral("with figures %1.%2").arg(audience, format));
    // What the folder holds, to see what an export adds beside its file.
    const auto entries = [this] {
        return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    };
    const QStringList before = entries();
    const auto result = run({QStringLiteral("export"), m_review, QStringLiteral("--format"), format,
                             QStringLiteral("--audience"), audience, QStringLiteral("-o"), out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.err, QString());

    QString text;
    if (format == QLatin1String("pdf")) {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext is missing: install poppler-utils to run this test");
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        // The chart's title and legend are text in the PDF: the chart was drawn, as vectors.
        QVERIFY2(text.contains(QStringLiteral("Checkout errors and latency")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("checkout-api 5xx")));
    } else if (format == QLatin1String("html")) {
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        text = QString::fromUtf8(file.readAll());
        // One file: every figure inside it as a PNG, nothing beside it.
        static const QRegularExpression image(QStringLiteral("<img src=\"data:image/png;base64,([^\"]+)\""));
        QList<QByteArray> images;
        for (auto it = image.globalMatch(text); it.hasNext();)
            images.append(QByteArray::fromBase64(it.next().captured(1).toLatin1()));
        QCOMPARE(images.size(), captions.size());
        for (const auto &png : std::as_const(images))
            QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        // The chart as the Markdown export draws it, 1600 × 800 pixels.
        QCOMPARE(qFromBigEndian<quint32>(images.first().constData() + 16), quint32(1600));
        QCOMPARE(qFromBigEndian<quint32>(images.first().constData() + 20), quint32(800));
        QStringList expected = before;
        if (!expected.contains(QFileInfo(out).fileName()))
            expected.append(QFileInfo(out).fileName());
        QStringList after = entries();
        expected.sort();
        after.sort();
        QCOMPARE(after, expected);
        text = text.simplified();
    } else {
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        text = QString::fromUtf8(file.readAll());
        static const QRegularExpression link(QStringLiteral(R"(!\[(?:[^\]\\]|\\.)*\]\(([^)\s]*)\))"));
        QStringList files;
        for (auto it = link.globalMatch(text); it.hasNext();) {
            const QString target = it.next().captured(1);
            QVERIFY2(target.startsWith(QStringLiteral("with%20figures%20") + audience + QStringLiteral(".assets/")),
                     qPrintable(target));
            const QString asset = QDir(m_dir.path()).filePath(QUrl::fromPercentEncoding(target.toUtf8()));
            QVERIFY2(QFileInfo(asset).isFile(), qPrintable(asset));
            files.append(asset);
        }
        QCOMPARE(files.size(), captions.size());
        QCOMPARE(QDir(path(QStringLiteral("with figures %1.assets").arg(audience)))
                     .entryList(QDir::Files | QDir::NoDotAndDotDot)
                     .size(),
                 captions.size());
        // The chart as a PNG of 1600 × 800 pixels: its header says so.
        QFile chart(files.first());
        QVERIFY(chart.open(QIODevice::ReadOnly));
        const QByteArray header = chart.read(24);
        QVERIFY(header.startsWith("\x89PNG\r\n\x1a\n"));
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 16), quint32(1600));
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 20), quint32(800));
        text = text.simplified();
    }
    for (const auto &caption : captions)
        QVERIFY2(text.contains(caption), qPrintable(caption));
    if (captions.size() == 1)
        QVERIFY(!text.contains(QStringLiteral("SHOW POOLS")));
}

// Defect: "export R.hindsight --format pdf -o R.hindsight" replaced the review with a PDF and
// exited 0. An export refuses any Hindsight review and anything that is not a regular file. (A
// named pipe stands for devices too: the old code replaced /dev/null itself with a file.)
void TestCommandLine::exportOverItsOwnReview_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("message");

    const QString own = QStringLiteral("own");
    for (const char *format : {"pdf", "md", "json"}) {
        QTest::addRow("its own review as %s", format)
            << QString::fromLatin1(format) << own << QStringLiteral("it is a Hindsight review");
    }
    QTest::newRow("another review") << QStringLiteral("pdf") << QStringLiteral("other")
                                    << QStringLiteral("it is a Hindsight review");
    QTest::newRow("a named pipe") << QStringLiteral("md") << QStringLiteral("fifo")
                                  << QStringLiteral("it is not a regular file");
    QTest::newRow("a folder") << QStringLiteral("pdf") << QStringLiteral("folder") << QStringLiteral("it is a folder");
}

void TestCommandLine::exportOverItsOwnReview()
{
    QFETCH(QString, format);
    QFETCH(QString, output);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString review = dir.filePath(QStringLiteral("R.hindsight"));
    QVERIFY(QFile::copy(m_review, review));
    const QString other = dir.filePath(QStringLiteral("other.hindsight"));
    QVERIFY(QFile::copy(m_review, other));
    QString target = output;
    if (output == u"own")
        target = review;
    else if (output == u"other")
        target = other;
    else if (output == u"fifo")
        QVERIFY(makeFifo(target = dir.filePath(QStringLiteral("out.md"))));
    else if (output == u"folder")
        QVERIFY(QDir(dir.path()).mkdir(target = QStringLiteral("out.pdf")) && (target = dir.filePath(target), true));
    const QByteArray reviewBefore = fileHash(review);
    const QByteArray otherBefore = fileHash(other);

    const auto result = run(
        {QStringLiteral("export"), review, QStringLiteral("--format"), format, QStringLiteral("-o"), target}, 20000);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(fileHash(review), reviewBefore);
    QCOMPARE(fileHash(other), otherBefore);
    // Both are still reviews that export.
    const auto again = run({QStringLiteral("export"), target == other ? other : review, QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("-o"), dir.filePath(QStringLiteral("check.json"))});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
}

// Defect: two imports to the same new -o path at once: in 18 of 100 rounds one exited 0 and no
// review existed afterwards. Exactly one wins; the other says the file exists.
void TestCommandLine::concurrentImportsToOnePath()
{
    constexpr int rounds = 12;
    for (int round = 0; round < rounds; ++round) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("race.hindsight"));
        QList<QProcess *> processes;
        for (int i = 0; i < 2; ++i) {
            auto *process = new QProcess(this);
            process->setProcessEnvironment(environment());
            processes.append(process);
        }
        for (auto *process : processes)
            process->start(QStringLiteral(HINDSIGHT_EXECUTABLE),
                           {QStringLiteral("import"), Sample, QStringLiteral("-o"), out});
        int winners = 0;
        QStringList refusals;
        for (auto *process : processes) {
            QVERIFY(process->waitForFinished(60000));
            if (process->exitCode() == 0)
                ++winners;
            else
                refusals.append(QString::fromUtf8(process->readAllStandardError()));
            delete process;
        }
        QVERIFY2(winners == 1, qPrintable(QStringLiteral("round %1: %2 winners; %3")
                                              .arg(round)
                                              .arg(winners)
                                              .arg(refusals.join(QLatin1Char(' ')))));
        QVERIFY2(refusals.first().contains(QStringLiteral("already exists")), qPrintable(refusals.first()));
        // The winner's review is there, whole.
        const auto check = run({QStringLiteral("export"), out, QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("-o"), dir.filePath(QStringLiteral("check.json"))});
        QVERIFY2(check.exitCode == 0, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(check.err)));
    }
}

// Defect: a named pipe as the input, the review or a Markdown image blocked forever. Only
// regular files are opened; each run is bounded here, so the old behaviour fails instead of
// hanging the suite.
void TestCommandLine::namedPipes_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("Markdown input") << QStringLiteral("input.md") << 1 << QStringLiteral("not a regular file");
    QTest::newRow("JSON input") << QStringLiteral("input.json") << 1 << QStringLiteral("not a regular file");
    QTest::newRow("review to export") << QStringLiteral("review") << 1 << QStringLiteral("not a regular file");
    QTest::newRow("image of a Markdown file") << QStringLiteral("image") << 0 << QStringLiteral("not a regular file");
}

void TestCommandLine::namedPipes()
{
    QFETCH(QString, what);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList arguments;
    if (what == u"review") {
        const QString fifo = dir.filePath(QStringLiteral("pipe.hindsight"));
        QVERIFY(makeFifo(fifo));
        arguments = {QStringLiteral("export"),   fifo,
                     QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("-o"),       dir.filePath(QStringLiteral("out.json"))};
    } else if (what == u"image") {
        QVERIFY(makeFifo(dir.filePath(QStringLiteral("shot.png"))));
        QFile markdown(dir.filePath(QStringLiteral("outage.md")));
        QVERIFY(markdown.open(QIODevice::WriteOnly));
        markdown.write("# Outage\n\n## Root causes\n\nThe pool ran dry.\n\n![Pool](shot.png)\n");
        markdown.close();
        arguments = {QStringLiteral("import"), markdown.fileName(), QStringLiteral("-o"),
                     dir.filePath(QStringLiteral("out.hindsight"))};
    } else {
        const QString fifo = dir.filePath(what);
        QVERIFY(makeFifo(fifo));
        arguments = {QStringLiteral("import"), fifo, QStringLiteral("-o"),
                     dir.filePath(QStringLiteral("out.hindsight"))};
    }
    const auto result = run(arguments, 20000);
    QVERIFY2(result.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1: %2").arg(result.exitCode).arg(result.err)));
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

// Defect: an export that could not be written said "Unknown error" (a write that stopped part-way,
// as on a full disk). Every failure says why, in a sentence. A file size limit stands in for a
// full disk: the write stops part-way the same, for any user and without a disk to fill.
void TestCommandLine::jsonWriteFailureMessage_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("output");
    QTest::addColumn<bool>("limited");
    QTest::addColumn<QString>("message");

    QTest::newRow("JSON, disk full") << QStringLiteral("json") << QStringLiteral("out.json") << true
                                     << QStringLiteral("File too large.");
    QTest::newRow("JSON, folder missing") << QStringLiteral("json") << QStringLiteral("missing/out.json") << false
                                          << QStringLiteral("the folder %1 does not exist.");
    QTest::newRow("JSON, a file in place of the folder") << QStringLiteral("json") << QStringLiteral("file/out.json")
                                                         << false << QStringLiteral("%1 is a file, not a folder.");
    QTest::newRow("PDF, disk full") << QStringLiteral("pdf") << QStringLiteral("out.pdf") << true
                                    << QStringLiteral("File too large.");
    QTest::newRow("Markdown, disk full") << QStringLiteral("md") << QStringLiteral("out.md") << true
                                         << QStringLiteral("File too large.");
    QTest::newRow("HTML, disk full") << QStringLiteral("html") << QStringLiteral("out.html") << true
                                     << QStringLiteral("File too large.");
}

void TestCommandLine::jsonWriteFailureMessage()
{
    QFETCH(QString, format);
    QFETCH(QString, output);
    QFETCH(bool, limited);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString out = dir.filePath(output);
    const QStringList arguments{QStringLiteral("export"), m_review, QStringLiteral("--format"), format,
                                QStringLiteral("-o"),     out};
    // The limit makes a write past 4 KiB fail with EFBIG; ignoring SIGXFSZ keeps the process alive
    // to say so, as a full disk would.
    const auto result =
        limited ? run(QStringLiteral("/bin/sh"),
                      QStringList{QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 8; exec \"$0\" \"$@\""),
                                  QStringLiteral(HINDSIGHT_EXECUTABLE)} +
                          arguments)
                : run(arguments);
    QVERIFY2(result.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(result.exitCode).arg(result.err)));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(!result.err.contains(QStringLiteral("Unknown error")), qPrintable(result.err));
    const QString expected =
        message.contains(QStringLiteral("%1")) ? message.arg(QFileInfo(out).absolutePath()) : message;
    QVERIFY2(result.err.startsWith(QStringLiteral("hindsight: Cannot write %1: ").arg(out)), qPrintable(result.err));
    QVERIFY2(result.err.trimmed().endsWith(expected), qPrintable(result.err));
    // Nothing is left half-written.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("file")});
}

// Defect: two exports at once could leave -wal and -shm beside the review. A reader makes no file
// beside a review that no one edits, so that no interleaving can leave one: checked while the
// exports run too.
void TestCommandLine::noLeftoversAfterConcurrentExports()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString review = dir.filePath(QStringLiteral("R.hindsight"));
    QVERIFY(QFile::copy(m_review, review));
    const auto sideFiles = [&] {
        QStringList found;
        for (const auto *suffix : {"-wal", "-shm", "-journal"}) {
            if (QFileInfo::exists(review + QLatin1String(suffix)))
                found.append(QLatin1String(suffix));
        }
        return found;
    };
    constexpr int rounds = 20;
    for (int round = 0; round < rounds; ++round) {
        QProcess first;
        QProcess second;
        const QStringList formats{QStringLiteral("md"), QStringLiteral("pdf")};
        int i = round;
        for (auto *process : {&first, &second}) {
            const QString format = formats.at(i++ % 2);
            process->setProcessEnvironment(environment());
            process->start(QStringLiteral(HINDSIGHT_EXECUTABLE),
                           {QStringLiteral("export"), review, QStringLiteral("--format"), format, QStringLiteral("-o"),
                            dir.filePath(QStringLiteral("out-%1.%2").arg(process == &first ? 1 : 2).arg(format))});
        }
        QStringList seen;
        const QDeadlineTimer deadline(60000);
        while ((first.state() != QProcess::NotRunning || second.state() != QProcess::NotRunning) &&
               !deadline.hasExpired()) {
            seen += sideFiles();
            first.waitForFinished(2);
            second.waitForFinished(2);
        }
        for (auto *process : {&first, &second}) {
            QCOMPARE(process->state(), QProcess::NotRunning);
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                     process->readAllStandardError().constData());
        }
        seen.removeDuplicates();
        QVERIFY2(seen.isEmpty(), qPrintable(QStringLiteral("round %1: %2 beside the review while the exports ran")
                                                .arg(round)
                                                .arg(seen.join(QStringLiteral(", ")))));
        QVERIFY2(sideFiles().isEmpty(), qPrintable(QStringLiteral("round %1: %2 left beside the review")
                                                       .arg(round)
                                                       .arg(sideFiles().join(QStringLiteral(", ")))));
    }
}

void TestCommandLine::check_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("lines"); // of standard output
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");
    const auto check = QStringLiteral("check");
    QTest::newRow("nominal: no check open")
        << QStringList{check, path(QStringLiteral("complete.hindsight"))} << 0 << 0 << QString() << QString();
    QTest::newRow("nominal: checks open, one line each")
        << QStringList{check, path(QStringLiteral("sample.hindsight"))} << 1 << 3
        << QStringLiteral("Summary: Summary too long for a TL;DR — The summary “On **Tuesday") << QString();
    QTest::newRow("nominal: blaming wording is a check, quoting the phrase")
        << QStringList{check, path(QStringLiteral("blaming.hindsight"))} << 1 << 1
        << QStringLiteral("Triage: Blaming wording — “Jonas forgot” pins the failure on Jonas.") << QString();
    QTest::newRow("dismissed: every open check dismissed")
        << QStringList{check, path(QStringLiteral("dismissed.hindsight"))} << 0 << 0 << QString() << QString();
    QTest::newRow("usage: no review") << QStringList{check} << 2 << 0 << QString() << QStringLiteral("usage: check");
    QTest::newRow("usage: two reviews") << QStringList{check, path(QStringLiteral("sample.hindsight")),
                                                       path(QStringLiteral("complete.hindsight"))}
                                        << 2 << 0 << QString() << QStringLiteral("usage: check");
    QTest::newRow("usage: unknown option")
        << QStringList{check, path(QStringLiteral("sample.hindsight")), QStringLiteral("--fix")} << 2 << 0 << QString()
        << QStringLiteral("Unknown option");
    QTest::newRow("robustness: a file that is not a review")
        << QStringList{check, path(QStringLiteral("notes.hindsight"))} << 1 << 0 << QString()
        << QStringLiteral("is not a Hindsight review");
    QTest::newRow("robustness: a missing review") << QStringList{check, path(QStringLiteral("missing.hindsight"))} << 1
                                                  << 0 << QString() << QStringLiteral("does not exist");
}

void TestCommandLine::check()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(int, lines);
    QFETCH(QString, out);
    QFETCH(QString, err);
    const auto file = arguments.value(1);
    const auto before = fileHash(file);
    const auto result = run(arguments);
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.out + result.err));
    QCOMPARE(result.out.count(QLatin1Char('\n')), lines);
    QVERIFY2(result.out.contains(out), qPrintable(result.out));
    if (err.isEmpty()) {
        QCOMPARE(result.err, QString());
    } else {
        QVERIFY2(result.err.contains(err), qPrintable(result.err));
        if (exitCode == 1)
            QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    }
    // Checking never changes the review.
    QCOMPARE(fileHash(file), before);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
}

void TestCommandLine::checkJson()
{
    const auto sample = path(QStringLiteral("sample.hindsight"));
    const auto before = fileHash(sample);
    const auto result = run({QStringLiteral("check"), sample, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err, QString());
    QJsonParseError error;
    const auto root = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(root.value(u"open").toInt(), 3);
    const auto checks = root.value(u"checks").toArray();
    QStringList ids;
    for (const auto &value : checks) {
        const auto check = value.toObject();
        ids.append(check.value(u"id").toString());
        QVERIFY(!check.value(u"title").toString().isEmpty());
        QVERIFY(!check.value(u"text").toString().isEmpty());
    }
    QCOMPARE(ids, QStringList({QStringLiteral("summary.tldr"), QStringLiteral("resolution.verified"),
                               QStringLiteral("timeline.times")}));
    const auto summary = checks.at(0).toObject();
    QCOMPARE(summary.value(u"section").toString(), QStringLiteral("summary"));
    QCOMPARE(summary.value(u"field").toString(), QStringLiteral("summary.markdown"));
    QVERIFY(summary.value(u"text").toString().contains(QStringLiteral("“On **Tuesday 14 March 2023**")));
    QVERIFY(!summary.contains(u"row"));
    const auto times = checks.at(2).toObject();
    QCOMPARE(times.value(u"section").toString(), QStringLiteral("timeline"));
    QVERIFY(times.value(u"row").toInteger() > 0);
    QCOMPARE(fileHash(sample), before);

    const auto complete =
        run({QStringLiteral("check"), path(QStringLiteral("complete.hindsight")), QStringLiteral("--json")});
    QCOMPARE(complete.exitCode, 0);
    const auto empty = QJsonDocument::fromJson(complete.out.toUtf8()).object();
    QCOMPARE(empty.value(u"open").toInt(), 0);
    QVERIFY(empty.value(u"checks").isArray());
    QVERIFY(empty.value(u"checks").toArray().isEmpty());
}

QString TestCommandLine::importDiscussed(const QString &name, const QString &id, const QString &person)
{
    QFile sample(Sample);
    if (!sample.open(QIODevice::ReadOnly))
        return {};
    auto root = QJsonDocument::fromJson(sample.readAll()).object();
    root.insert(u"id", id);
    if (!person.isEmpty()) {
        const auto mark = [&](const QString &what) { return QStringLiteral("MARK-%1-%2").arg(what, person); };
        const auto uuid = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };
        const QJsonObject reply{{QStringLiteral("id"), uuid()},
                                {QStringLiteral("author"), QStringLiteral("Dana")},
                                {QStringLiteral("time"), QStringLiteral("2026-03-02T10:05:00Z")},
                                {QStringLiteral("markdown"), mark(QStringLiteral("reply"))}};
        const QJsonObject thread{
            {QStringLiteral("id"), uuid()},
            {QStringLiteral("author"), person},
            {QStringLiteral("time"), QStringLiteral("2026-03-02T10:00:00Z")},
            {QStringLiteral("markdown"), mark(QStringLiteral("comment"))},
            {QStringLiteral("anchor"), QJsonObject{{QStringLiteral("section"), QStringLiteral("summary")},
                                                   {QStringLiteral("kind"), QStringLiteral("passage")},
                                                   {QStringLiteral("field"), QStringLiteral("summary.markdown")},
                                                   {QStringLiteral("quote"), QStringLiteral("checkout")},
                                                   {QStringLiteral("position"), 0}}},
            {QStringLiteral("replies"), QJsonArray{reply}},
            {QStringLiteral("resolved"), QJsonObject{{QStringLiteral("by"), person},
                                                     {QStringLiteral("time"), QStringLiteral("2026-03-02T11:00:00Z")},
                                                     {QStringLiteral("decision"), mark(QStringLiteral("decision"))}}}};
        // And one still open, on the section.
        const QJsonObject open{
            {QStringLiteral("id"), uuid()},
            {QStringLiteral("author"), person},
            {QStringLiteral("time"), QStringLiteral("2026-03-02T10:30:00Z")},
            {QStringLiteral("markdown"), mark(QStringLiteral("open"))},
            {QStringLiteral("anchor"), QJsonObject{{QStringLiteral("section"), QStringLiteral("rootCauses")}}},
            {QStringLiteral("replies"), QJsonArray{}},
            {QStringLiteral("resolved"), QJsonValue::Null}};
        root.insert(u"comments", QJsonArray{thread, open});
        root.insert(u"reviewers", QJsonArray{QJsonObject{{QStringLiteral("name"), mark(QStringLiteral("reviewer"))},
                                                         {QStringLiteral("role"), QStringLiteral("SRE")}}});
        root.insert(u"signOffs",
                    QJsonArray{QJsonObject{{QStringLiteral("id"), uuid()},
                                           {QStringLiteral("reviewer"), person},
                                           {QStringLiteral("verdict"), QStringLiteral("changesRequested")},
                                           {QStringLiteral("time"), QStringLiteral("2026-03-02T12:00:00Z")},
                                           {QStringLiteral("markdown"), mark(QStringLiteral("verdict"))}}});
    }
    write(name + QStringLiteral(".json"), QJsonDocument(root).toJson());
    const auto review = path(name + QStringLiteral(".hindsight"));
    const auto imported =
        run({QStringLiteral("import"), path(name + QStringLiteral(".json")), QStringLiteral("-o"), review});
    return imported.exitCode == 0 ? review : QString();
}

QString TestCommandLine::pdfText(const QString &pdf) const
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(60000))
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

// Three reviewers' copies of one review, merged by the command: what they said comes in, once,
// and a copy of another review is refused with the review unchanged.
void TestCommandLine::mergeComments()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto review = importDiscussed(QStringLiteral("team"), id, {});
    QVERIFY(!review.isEmpty());
    QStringList copies;
    for (const auto &person : {QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Cleo")}) {
        copies.append(importDiscussed(QStringLiteral("copy-") + person, id, person));
        QVERIFY(!copies.last().isEmpty());
    }
    const auto other = importDiscussed(QStringLiteral("other"), QUuid::createUuid().toString(QUuid::WithoutBraces),
                                       QStringLiteral("Eve"));
    QVERIFY(!other.isEmpty());

    const QString merge = QStringLiteral("merge-comments");
    auto result = run({merge, review});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("usage: merge-comments REVIEW COPY")), qPrintable(result.err));

    const auto before = fileHash(review);
    result = run({merge, review, copies.at(0), other});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("is another review")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("nothing was merged")), qPrintable(result.err));
    QCOMPARE(fileHash(review), before);
    result = run({merge, review, path(QStringLiteral("notes.hindsight"))});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(fileHash(review), before);

    result = run(QStringList{merge, review} + copies);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out.trimmed(),
             QStringLiteral("Merged 6 comments, 3 replies, 3 resolutions and 3 sign-offs from 3 copies."));
    result = run({merge, review, copies.at(1)});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(),
             QStringLiteral("Nothing new from 1 copy: the review already holds all of their comments."));

    // The merged review's JSON carries the threads; each reviewer's copy keeps its own.
    const auto json = path(QStringLiteral("merged.json"));
    result = run({QStringLiteral("export"), review, QStringLiteral("--format"), QStringLiteral("json"),
                  QStringLiteral("-o"), json});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(u"id").toString(), id);
    const auto threads = root.value(u"comments").toArray();
    QCOMPARE(threads.size(), 6);
    QStringList authors;
    for (const auto &value : threads) {
        const auto thread = value.toObject();
        if (thread.value(u"resolved").isNull())
            continue; // the open one on the section
        authors.append(thread.value(u"author").toString());
        QCOMPARE(thread.value(u"replies").toArray().size(), 1);
        QCOMPARE(thread.value(u"anchor").toObject().value(u"kind").toString(), QStringLiteral("passage"));
    }
    authors.sort();
    QCOMPARE(authors, QStringList({QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Cleo")}));
    QCOMPARE(root.value(u"signOffs").toArray().size(), 3);
    // Reviewers are the author's list, not merged from the copies.
    QVERIFY(!root.contains(u"reviewers"));
}

void TestCommandLine::customerExportsHoldNoDiscussion_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("nominal: Markdown") << QStringLiteral("md");
    QTest::newRow("nominal: PDF") << QStringLiteral("pdf");
    QTest::newRow("nominal: HTML") << QStringLiteral("html");
    QTest::newRow("nominal: JSON") << QStringLiteral("json");
}

void TestCommandLine::customerExportsHoldNoDiscussion()
{
    QFETCH(QString, format);
    const auto review = importDiscussed(QStringLiteral("discussed-") + format,
                                        QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("Ana"));
    QVERIFY(!review.isEmpty());
    for (const auto &audience : {QStringLiteral("internal"), QStringLiteral("customer")}) {
        const auto out = path(QStringLiteral("discussed-%1.%2").arg(audience, format));
        const auto result = run({QStringLiteral("export"), review, QStringLiteral("--format"), format,
                                 QStringLiteral("--audience"), audience, QStringLiteral("-o"), out});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QString text;
        if (format == u"pdf") {
            text = pdfText(out);
        } else {
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            text = QString::fromUtf8(file.readAll());
        }
        QVERIFY(text.contains(QStringLiteral("Checkout")));
        // Without --open-threads, no export but the JSON lists the threads.
        if (format != u"json")
            QVERIFY2(!text.contains(QStringLiteral("MARK-open-Ana")), qPrintable(format));
        if (audience == u"customer") {
            QVERIFY2(!text.contains(QStringLiteral("MARK-")), qPrintable(format));
            QVERIFY(!text.contains(QStringLiteral("Dana")));
        } else if (format == u"json") {
            // The internal JSON is the whole review, discussion included.
            for (const auto &what : {QStringLiteral("comment"), QStringLiteral("reply"), QStringLiteral("decision"),
                                     QStringLiteral("reviewer"), QStringLiteral("verdict")})
                QVERIFY2(text.contains(QStringLiteral("MARK-%1-Ana").arg(what)), qPrintable(what));
        }
    }
}

void TestCommandLine::openThreadsAppendix_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("nominal: Markdown") << QStringLiteral("md");
    QTest::newRow("nominal: PDF") << QStringLiteral("pdf");
}

// --open-threads ends the internal export with the open threads, and only those; the customer
// version ignores it.
void TestCommandLine::openThreadsAppendix()
{
    QFETCH(QString, format);
    const auto review = importDiscussed(QStringLiteral("appendix-") + format,
                                        QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("Ana"));
    QVERIFY(!review.isEmpty());
    for (const auto &audience : {QStringLiteral("internal"), QStringLiteral("customer")}) {
        const auto out = path(QStringLiteral("appendix-%1.%2").arg(audience, format));
        const auto result =
            run({QStringLiteral("export"), review, QStringLiteral("--format"), format, QStringLiteral("--audience"),
                 audience, QStringLiteral("--open-threads"), QStringLiteral("-o"), out});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QString text;
        if (format == u"pdf") {
            text = pdfText(out);
        } else {
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            text = QString::fromUtf8(file.readAll());
        }
        const bool internal = audience == u"internal";
        QCOMPARE(text.contains(QStringLiteral("Open comment threads")), internal);
        QCOMPARE(text.contains(QStringLiteral("MARK-open-Ana")), internal);
        // The resolved thread is no longer open.
        QVERIFY(!text.contains(QStringLiteral("MARK-comment-Ana")));
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
