// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/charts/chartscale.h"

#include <QTest>

using namespace hindsight::editor::charts;

using Spans = QList<std::pair<double, double>>;

class TestChartViewScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void niceScales_data();
    void niceScales();
    void secondAxisMatchesTheFirstsGrid_data();
    void secondAxisMatchesTheFirstsGrid();
    void valueLabels_data();
    void valueLabels();
    void flagLabels_data();
    void flagLabels();
};

void TestChartViewScale::niceScales_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<double>("step");
    QTest::newRow("nominal: error rate 0.4 to 35.9 %, from zero") << 0.4 << 35.945 << 0.0 << 40.0 << 10.0;
    QTest::newRow("nominal: latency 182 to 3434 ms") << 182.0 << 3433.7 << 0.0 << 4000.0 << 1000.0;
    QTest::newRow("nominal: seconds 0.18 to 3.4") << 0.18 << 3.43 << 0.0 << 4.0 << 1.0;
    QTest::newRow("nominal: a 2.5 step") << 0.0 << 11.0 << 0.0 << 12.5 << 2.5;
    QTest::newRow("negative: below zero, no forced zero") << -7.0 << 3.0 << -8.0 << 4.0 << 2.0;
    QTest::newRow("boundary: one value") << 0.0 << 0.0 << 0.0 << 1.0 << 0.2;
}

void TestChartViewScale::niceScales()
{
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(double, step);
    const auto scale = niceScale(low, high, 5);
    QCOMPARE(scale.min, min);
    QCOMPARE(scale.max, max);
    QCOMPARE(scale.step, step);
    QCOMPARE(scale.ticks().first(), min);
    QCOMPARE(scale.ticks().last(), max);
}

void TestChartViewScale::secondAxisMatchesTheFirstsGrid_data()
{
    QTest::addColumn<double>("high");
    QTest::addColumn<int>("intervals");
    QTest::newRow("nominal: 3434 ms on a 4-interval grid") << 3433.7 << 4;
    QTest::newRow("nominal: 3.4 s on a 4-interval grid") << 3.43 << 4;
    QTest::newRow("boundary: 101 on a 5-interval grid") << 101.0 << 5;
}

void TestChartViewScale::secondAxisMatchesTheFirstsGrid()
{
    QFETCH(double, high);
    QFETCH(int, intervals);
    const auto scale = matchingScale(0, high, intervals);
    QCOMPARE(scale.intervals(), intervals);
    QVERIFY(scale.max >= high);
    QVERIFY(scale.max < high * 2.5);
}

void TestChartViewScale::valueLabels_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("step");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("label");
    QTest::newRow("unit: percent") << 20.0 << 10.0 << QStringLiteral("%") << QStringLiteral("20 %");
    QTest::newRow("unit: thousands grouped") << 1500.0 << 500.0 << QStringLiteral("ms") << QStringLiteral("1,500 ms");
    QTest::newRow("decimals: as the step needs") << 0.5 << 0.25 << QStringLiteral("s") << QStringLiteral("0.50 s");
    QTest::newRow("decimals: one for a 0.2 step") << 0.4 << 0.2 << QString() << QStringLiteral("0.4");
    QTest::newRow("zero: never -0") << -1e-17 << 0.2 << QString() << QStringLiteral("0.0");
}

void TestChartViewScale::valueLabels()
{
    QFETCH(double, value);
    QFETCH(double, step);
    QFETCH(QString, unit);
    QFETCH(QString, label);
    QCOMPARE(formatValue(value, step, unit, QLocale(QLocale::English, QLocale::UnitedStates)), label);
}

void TestChartViewScale::flagLabels_data()
{
    QTest::addColumn<QList<double>>("poles");
    QTest::addColumn<QList<double>>("widths");
    QTest::addColumn<int>("rows");
    QTest::newRow("nominal: far apart, one row") << QList<double>{100, 400, 700} << QList<double>{90, 90, 90} << 1;
    // Detected and Acknowledged 19 px apart: back to back, Detected's label left of its pole.
    QTest::newRow("nominal: the sample's milestones fit one row")
        << QList<double>{257, 478, 497, 719, 776} << QList<double>{80, 90, 110, 85, 85} << 1;
    QTest::newRow("crowded: five within 40 px, in three rows")
        << QList<double>{500, 510, 520, 530, 540} << QList<double>{80, 80, 80, 80, 80} << 3;
    QTest::newRow("edge: the last marker at the right edge flips its label")
        << QList<double>{200, 980, 995} << QList<double>{90, 90, 90} << 2;
}

void TestChartViewScale::flagLabels()
{
    QFETCH(QList<double>, poles);
    QFETCH(QList<double>, widths);
    QFETCH(int, rows);
    constexpr double minX = 10;
    constexpr double maxX = 1000;
    constexpr double gap = 8;
    const auto layout = layoutFlags(poles, widths, minX, maxX, gap, 4);
    QCOMPARE(layout.rowCount, rows);
    for (qsizetype i = 0; i < poles.size(); ++i) {
        const auto [left, right] = layout.spans.at(i);
        QVERIFY2(left >= minX && right <= maxX, qPrintable(QString::number(i)));
        QCOMPARE(right - left, widths.at(i));
        for (qsizetype j = 0; j < poles.size(); ++j) {
            if (i == j)
                continue;
            const auto [otherLeft, otherRight] = layout.spans.at(j);
            // No two labels in a row closer than the gap.
            if (layout.rows.at(i) == layout.rows.at(j))
                QVERIFY(otherLeft >= right + gap || otherRight + gap <= left);
            // No pole through a label below its own.
            if (layout.rows.at(j) > layout.rows.at(i))
                QVERIFY2(poles.at(j) < left - 2 || poles.at(j) > right + 2,
                         qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
        }
    }
}

QTEST_GUILESS_MAIN(TestChartViewScale)
#include "tst_chartviewscale.moc"
