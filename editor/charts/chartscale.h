// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <utility>

// The arithmetic of the metric chart's layout, apart from any chart library: round value
// scales, value labels with units, and rows for milestone labels that would overlap.
namespace hindsight::editor::charts {

struct ValueScale
{
    double min = 0;
    double max = 1;
    double step = 1;
    int intervals() const;
    QList<double> ticks() const;
};

// Round numbers (1, 2, 2.5, 5 × 10ⁿ) over [low, high] in about `intervals` steps. Zero is the
// floor when no value is negative, so that a rise reads at its true size.
ValueScale niceScale(double low, double high, int intervals = 5);
// Exactly `intervals` steps of the smallest round size that covers [low, high]: a second axis
// whose ticks fall on the first axis's grid lines.
ValueScale matchingScale(double low, double high, int intervals);

// "20 %", "1,500 ms", "0.25 s", "3": as many decimals as the step needs.
QString formatValue(double value, double step, const QString &unit, const QLocale &locale = {});

// Rows (from 0) for labels given as [left, right] spans in the order of their anchors, so that
// labels in one row keep `gap` apart: each label takes the first row where it fits. Past
// maxRows, a label goes to the row whose last label ends first.
QList<int> stackRows(const QList<std::pair<double, double>> &spans, double gap, int maxRows);

} // namespace hindsight::editor::charts
