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

// Where labels go that hang like flags from vertical markers above a plot: each label in a row
// (0 nearest the plot) and on one side of its pole, which stands at the marker and rises to the
// top of its label's row. The layout keeps every label inside [minX, maxX], keeps labels in one
// row `gap` apart, lets no pole cross another label, and then uses as few rows as it can,
// preferring labels on the right of their poles. Up to five labels (the milestones) are placed
// by weighing every choice; more are stacked one per row.
struct FlagLayout
{
    QList<int> rows;
    QList<bool> onLeft;                     // the label's right edge at the pole, instead of its left edge
    QList<std::pair<double, double>> spans; // left and right edge of each label
    int rowCount = 0;
};
FlagLayout layoutFlags(const QList<double> &poles, const QList<double> &widths, double minX, double maxX, double gap,
                       double offset);

} // namespace hindsight::editor::charts
