// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The same review exported twice gives the same bytes, in every format and for every audience:
// exports committed to a repository of postmortems change only when the review does, and a
// build of the documents can be reproduced. Runs the real executable, as scripts do.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

const QString Sample = QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/samples/checkout-outage.json");

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {-1, {}, QStringLiteral("%1 did not finish: %2").arg(program, process.errorString())};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// Every file under a folder, by its path relative to the folder, with its bytes.
QMap<QString, QByteArray> filesUnder(const QString &folder)
{
    QMap<QString, QByteArray> files;
    const QDir root(folder);
    for (QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            files.insert(root.relativeFilePath(file.fileName()), file.readAll());
    }
    return files;
}

} // namespace

class TestDeterministicExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameReviewSameBytes_data();
    void sameReviewSameBytes();
    void pdfDateComesFromTheReview();
    void pdfDateFollowsSourceDateEpoch();
    void pdfOfAReviewWithoutTimesHasNoDate();

private:
    QProcessEnvironment environment() const;
    QString exportReview(const QString &folder, const QString &format, const QString &audience,
                         const QProcessEnvironment &environment) const;
    QString pdfInfo(const QString &pdf, const QString &field) const;

    QTemporaryDir m_dir;
    QString m_review;
};

QProcessEnvironment TestDeterministicExport::environment() const
{
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("SOURCE_DATE_EPOCH"));
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    for (const auto *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

// Exports the review into a folder of its own, under the same file name each time: the
// Markdown file names its assets folder after itself.
QString TestDeterministicExport::exportReview(const QString &folder, const QString &format, const QString &audience,
                                              const QProcessEnvironment &environment) const
{
    if (!QDir().mkpath(folder))
        return QStringLiteral("cannot create %1").arg(folder);
    const QString out = QDir(folder).filePath(QStringLiteral("review.") + format);
    const auto result = run(QStringLiteral(HINDSIGHT_EXECUTABLE),
                            {QStringLiteral("export"), m_review, QStringLiteral("--format"), format,
                             QStringLiteral("--audience"), audience, QStringLiteral("-o"), out},
                            environment);
    if (result.exitCode != 0)
        return QStringLiteral("export failed (%1): %2").arg(result.exitCode).arg(result.err);
    return {};
}

// A field of pdfinfo's report, or what poppler said about a damaged file (an xref table whose
// offsets are off, for one), which it would otherwise repair silently.
QString TestDeterministicExport::pdfInfo(const QString &pdf, const QString &field) const
{
    const auto result = run(QStringLiteral("pdfinfo"), {QStringLiteral("-isodates"), pdf}, environment());
    if (result.exitCode != 0 || !result.err.isEmpty())
        return QStringLiteral("pdfinfo failed: ") + result.err.trimmed();
    for (const auto &line : result.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(field + QLatin1Char(':')))
            return line.mid(field.size() + 1).trimmed();
    }
    return {};
}

void TestDeterministicExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(),
             "pdfinfo is missing: install poppler-utils to run this test");
    m_review = m_dir.filePath(QStringLiteral("sample.hindsight"));
    const auto imported = run(QStringLiteral(HINDSIGHT_EXECUTABLE),
                              {QStringLiteral("import"), Sample, QStringLiteral("-o"), m_review}, environment());
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

void TestDeterministicExport::sameReviewSameBytes_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("audience");
    for (const auto *format : {"json", "md", "pdf", "html"}) {
        for (const auto *audience : {"internal", "customer"}) {
            QTest::newRow(qPrintable(
                QStringLiteral("reproducible: %1 %2").arg(QLatin1StringView(format), QLatin1StringView(audience))))
                << QString::fromLatin1(format) << QString::fromLatin1(audience);
        }
    }
}

void TestDeterministicExport::sameReviewSameBytes()
{
    QFETCH(QString, format);
    QFETCH(QString, audience);
    const QString first = m_dir.filePath(QStringLiteral("first-%1-%2").arg(format, audience));
    const QString second = m_dir.filePath(QStringLiteral("second-%1-%2").arg(format, audience));
    QString error = exportReview(first, format, audience, environment());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The clock moves on between the two: a time of export written anywhere shows up as a
    // difference (PDF dates have a resolution of one second).
    QThread::msleep(1100);
    error = exportReview(second, format, audience, environment());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const auto before = filesUnder(first);
    const auto after = filesUnder(second);
    QCOMPARE(after.keys(), before.keys());
    // The Markdown export brings its figures in an assets folder beside it.
    if (format == QLatin1String("md"))
        QVERIFY2(before.size() > 1, qPrintable(before.keys().join(QStringLiteral(", "))));
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key() + QStringLiteral(" differs")));
    }
}

// The sample's timeline ends with the apology to customers on 15 March 2023, a date without a
// time; the customer version keeps that event.
void TestDeterministicExport::pdfDateComesFromTheReview()
{
    for (const auto *audience : {"internal", "customer"}) {
        const QString folder = m_dir.filePath(QStringLiteral("dated-") + QLatin1StringView(audience));
        const QString error = exportReview(folder, QStringLiteral("pdf"), QLatin1StringView(audience), environment());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString pdf = QDir(folder).filePath(QStringLiteral("review.pdf"));
        QCOMPARE(pdfInfo(pdf, QStringLiteral("CreationDate")), QStringLiteral("2023-03-15T00:00:00Z"));
        QCOMPARE(pdfInfo(pdf, QStringLiteral("ModDate")), QStringLiteral("2023-03-15T00:00:00Z"));
    }
}

// SOURCE_DATE_EPOCH is how reproducible builds fix the time a tool writes into its output.
void TestDeterministicExport::pdfDateFollowsSourceDateEpoch()
{
    auto environment = this->environment();
    environment.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1700000000"));
    const QString folder = m_dir.filePath(QStringLiteral("epoch"));
    QString error = exportReview(folder, QStringLiteral("pdf"), QStringLiteral("internal"), environment);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString pdf = QDir(folder).filePath(QStringLiteral("review.pdf"));
    QCOMPARE(pdfInfo(pdf, QStringLiteral("CreationDate")), QStringLiteral("2023-11-14T22:13:20Z"));

    // Only the date changes with it: the same epoch gives the same bytes again.
    const QString again = m_dir.filePath(QStringLiteral("epoch-again"));
    QThread::msleep(1100);
    error = exportReview(again, QStringLiteral("pdf"), QStringLiteral("internal"), environment);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(filesUnder(folder) == filesUnder(again));
}

// Nothing on the review says when: the PDF says nothing either, rather than a made-up date.
void TestDeterministicExport::pdfOfAReviewWithoutTimesHasNoDate()
{
    const QString markdown = m_dir.filePath(QStringLiteral("no-times.md"));
    QFile file(markdown);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# Outage\n\n## Summary\n\nThe login page failed for some users.\n");
    file.close();
    const QString review = m_dir.filePath(QStringLiteral("no-times.hindsight"));
    const auto imported = run(QStringLiteral(HINDSIGHT_EXECUTABLE),
                              {QStringLiteral("import"), markdown, QStringLiteral("-o"), review}, environment());
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QString pdf = m_dir.filePath(QStringLiteral("no-times.pdf"));
    const auto exported = run(QStringLiteral(HINDSIGHT_EXECUTABLE),
                              {QStringLiteral("export"), review, QStringLiteral("--format"), QStringLiteral("pdf"),
                               QStringLiteral("-o"), pdf},
                              environment());
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(pdfInfo(pdf, QStringLiteral("Title")), QStringLiteral("Outage"));
    QCOMPARE(pdfInfo(pdf, QStringLiteral("CreationDate")), QString());
    QCOMPARE(pdfInfo(pdf, QStringLiteral("ModDate")), QString());
}

QTEST_GUILESS_MAIN(TestDeterministicExport)
#include "tst_deterministicexport.moc"
