// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../model/samplereview.h"
#include "editor/charts/chartview.h"
#include "editor/figures/chartimportdialog.h"
#include "editor/widgets/timezonecombobox.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hindsight;
using editor::ChartImportDialog;

namespace {

const QString fixtures = QStringLiteral(HINDSIGHT_TEST_DATA_DIR "/metrics/");

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const auto path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

bool shown(const ChartImportDialog &dialog, const QString &name)
{
    const auto *label = dialog.findChild<QLabel *>(name);
    return label && label->isVisible();
}

QString text(const ChartImportDialog &dialog, const QString &name)
{
    const auto *label = dialog.findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

} // namespace

class TestChartImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsFixture_data();
    void loadsFixture();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void zoneAppliesToZonelessTimes();
    void warningsAreListed();
    void titleFollowsFileUntilTyped();
    void startsWithoutFile();
    void lookAtDialog();
};

void TestChartImportDialog::loadsFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("series");
    QTest::addColumn<QString>("title");
    QTest::newRow("nominal: a CSV with one value column")
        << QStringLiteral("orders-api-errors.csv") << 1 << QStringLiteral("Orders api errors");
    QTest::newRow("nominal: a Grafana panel export")
        << QStringLiteral("grafana-panel-export.csv") << 2 << QStringLiteral("Grafana panel export");
    QTest::newRow("nominal: a Prometheus query_range answer")
        << QStringLiteral("prometheus-query-range.json") << 2 << QStringLiteral("Prometheus query range");
}

void TestChartImportDialog::loadsFixture()
{
    QFETCH(QString, file);
    QFETCH(int, series);
    QFETCH(QString, title);
    const auto review = tests::fullReview();
    ChartImportDialog dialog(review);
    dialog.show();
    QVERIFY(!dialog.okButton()->isEnabled());

    dialog.setFile(fixtures + file);
    QVERIFY2(dialog.error().isEmpty(), qPrintable(dialog.error()));
    QVERIFY(dialog.data());
    QCOMPARE(dialog.data()->series.size(), series);
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(!shown(dialog, QStringLiteral("error")));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("title"))->text(), title);
    QVERIFY(text(dialog, QStringLiteral("summary")).startsWith(QStringLiteral("%1 series").arg(series)));

    // The preview is the chart the review will show: its data, its milestones.
    auto *preview = dialog.preview();
    QVERIFY(preview->isVisible());
    QCOMPARE(preview->data().series, dialog.data()->series);
    QCOMPARE(preview->content().title, title);
    QCOMPARE(preview->content().zone, QTimeZone("Europe/Berlin"));
    QVERIFY(preview->content().milestones[int(model::Milestone::Started)].isValid());

    const auto figure = dialog.figure();
    QCOMPARE(figure.kind, model::FigureKind::Chart);
    QCOMPARE(figure.title, title);
    QCOMPARE(figure.source, file);
    // Full resolution: the chart thins for drawing, the figure keeps every point.
    QCOMPARE(figure.series, dialog.data()->series);
    QVERIFY(figure.image.isEmpty());
}

void TestChartImportDialog::refusesBrokenFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("robustness: no time column")
        << QStringLiteral("broken.csv") << QByteArray("host,errors\nweb-1,3\nweb-2,5\n");
    QTest::newRow("robustness: mixed time formats")
        << QStringLiteral("mixed.csv")
        << QByteArray("time,errors\n2023-03-14T12:30:00Z,1\n1678797060,2\n2023-03-14 12:32:00,3\n");
    QTest::newRow("robustness: JSON that is not a Prometheus answer")
        << QStringLiteral("other.json") << QByteArray("{\"hello\": \"world\"}");
    QTest::newRow("robustness: an instant query answer")
        << QStringLiteral("instant.json")
        << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}");
    QTest::newRow("robustness: an empty file") << QStringLiteral("empty.csv") << QByteArray();
}

void TestChartImportDialog::refusesBrokenFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChartImportDialog dialog(tests::fullReview());
    dialog.show();

    // A good file first: a broken one afterwards must not leave its chart behind.
    dialog.setFile(fixtures + QStringLiteral("orders-api-errors.csv"));
    QVERIFY(dialog.okButton()->isEnabled());
    dialog.setFile(write(dir, name, content));

    QVERIFY(!dialog.data());
    QVERIFY(!dialog.error().isEmpty());
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(shown(dialog, QStringLiteral("error")));
    QCOMPARE(text(dialog, QStringLiteral("error")), dialog.error());
    QVERIFY(!dialog.preview()->isVisible());
    QVERIFY(!shown(dialog, QStringLiteral("warnings")));
}

void TestChartImportDialog::zoneAppliesToZonelessTimes()
{
    ChartImportDialog dialog(tests::fullReview());
    // The review's zone is the default.
    QCOMPARE(dialog.zone(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(dialog.findChild<editor::TimeZoneComboBox *>(QStringLiteral("zone"))->currentText(),
             QStringLiteral("Europe/Berlin"));
    dialog.setFile(fixtures + QStringLiteral("grafana-panel-export.csv"));
    const auto berlin = dialog.data()->series.at(0).points.at(0).x();
    // "2024-10-29 09:00:00" in Berlin (UTC+1 since the clocks went back on 27 October) is 08:00 UTC.
    QCOMPARE(qint64(berlin), QDateTime(QDate(2024, 10, 29), QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch());

    dialog.setZone(QStringLiteral("UTC"));
    QCOMPARE(dialog.zone(), QStringLiteral("UTC"));
    QCOMPARE(dialog.data()->series.at(0).points.at(0).x() - berlin, 3'600'000.0);

    // Times that carry a zone do not move.
    dialog.setFile(fixtures + QStringLiteral("orders-api-errors.csv"));
    const auto zoned = dialog.data()->series.at(0).points.at(0).x();
    dialog.setZone(QStringLiteral("America/New_York"));
    QCOMPARE(dialog.data()->series.at(0).points.at(0).x(), zoned);
}

void TestChartImportDialog::warningsAreListed()
{
    QTemporaryDir dir;
    ChartImportDialog dialog(tests::fullReview());
    dialog.show();
    dialog.setFile(write(dir, QStringLiteral("gaps.csv"),
                         QByteArray("time,errors\n2023-03-14T12:30:00Z,1\n2023-03-14T12:31:00Z,n/a\n"
                                    "2023-03-14T12:32:00Z,3\n")));
    QVERIFY2(dialog.error().isEmpty(), qPrintable(dialog.error()));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(!dialog.warnings().isEmpty());
    QVERIFY(shown(dialog, QStringLiteral("warnings")));
    for (const auto &warning : dialog.warnings())
        QVERIFY(text(dialog, QStringLiteral("warnings")).contains(warning));
}

void TestChartImportDialog::titleFollowsFileUntilTyped()
{
    QCOMPARE(ChartImportDialog::titleFromFileName(QStringLiteral("/tmp/checkout_p99-latency.csv")),
             QStringLiteral("Checkout p99 latency"));
    ChartImportDialog dialog(tests::fullReview());
    dialog.show();
    dialog.setFile(fixtures + QStringLiteral("orders-api-errors.csv"));
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("title"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Errors"));
    QCOMPARE(dialog.preview()->content().title, QStringLiteral("Errors"));
    dialog.setFile(fixtures + QStringLiteral("grafana-panel-export.csv"));
    QCOMPARE(title->text(), QStringLiteral("Errors"));
    QCOMPARE(dialog.figure().title, QStringLiteral("Errors"));
    QCOMPARE(dialog.figure().source, QStringLiteral("grafana-panel-export.csv"));
}

void TestChartImportDialog::startsWithoutFile()
{
    model::Review review; // no zone set: UTC
    ChartImportDialog dialog(review);
    dialog.show();
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.data());
    QVERIFY(dialog.error().isEmpty());
    QVERIFY(!shown(dialog, QStringLiteral("error")));
    QVERIFY(!dialog.preview()->isVisible());
    QCOMPARE(dialog.zone(), QStringLiteral("UTC"));
}

// The dialog as a person sees it, on a good file and on a broken one. With
// HINDSIGHT_SCREENSHOT_DIR set, both are saved there.
void TestChartImportDialog::lookAtDialog()
{
    QTemporaryDir dir;
    const auto review = tests::fullReview();
    ChartImportDialog dialog(review);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setFile(fixtures + QStringLiteral("grafana-panel-export.csv"));
    QCoreApplication::processEvents();
    // The labels of the form are not cut off.
    for (const auto *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && !label->wordWrap())
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
    }
    const auto directory = qEnvironmentVariable("HINDSIGHT_SCREENSHOT_DIR");
    if (!directory.isEmpty())
        QVERIFY(dialog.grab().save(directory + QStringLiteral("/chart-dialog.png")));

    dialog.setFile(write(dir, QStringLiteral("no-time.csv"), QByteArray("host,errors\nweb-1,3\n")));
    QCoreApplication::processEvents();
    if (!directory.isEmpty())
        QVERIFY(dialog.grab().save(directory + QStringLiteral("/chart-dialog-error.png")));
}

QTEST_MAIN(TestChartImportDialog)
#include "tst_chartimportdialog.moc"
