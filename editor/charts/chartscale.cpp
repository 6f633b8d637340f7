// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartscale.h"

#include <algorithm>
#include <cmath>

namespace hindsight::editor::charts {

namespace {

// The round step at or above raw: 1, 2, 2.5 or 5 times a power of ten.
double roundStep(double raw)
{
    if (!(raw > 0) || !std::isfinite(raw))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * magnitude >= raw * (1 - 1e-9))
            return factor * magnitude;
    }
    return 10 * magnitude;
}

// The next round step after step.
double nextStep(double step)
{
    return roundStep(step * 1.0001);
}

} // namespace

int ValueScale::intervals() const
{
    return step > 0 ? int(std::lround((max - min) / step)) : 0;
}

QList<double> ValueScale::ticks() const
{
    QList<double> values;
    const int count = intervals();
    for (int i = 0; i <= count; ++i)
        values.append(min + i * step);
    return values;
}

ValueScale niceScale(double low, double high, int intervals)
{
    if (low > high)
        std::swap(low, high);
    if (low >= 0)
        low = 0;
    if (high - low <= 0) // one value, or all zero
        high = low + (low == 0 ? 1 : std::abs(low));
    intervals = std::max(intervals, 1);
    const double step = roundStep((high - low) / intervals);
    const double min = std::floor(low / step) * step;
    const double max = std::ceil(high / step) * step;
    return {min, max, step};
}

ValueScale matchingScale(double low, double high, int intervals)
{
    ValueScale scale = niceScale(low, high, intervals);
    intervals = std::max(intervals, 1);
    double step = roundStep((scale.max - scale.min) / intervals);
    for (int guard = 0; guard < 40; ++guard, step = nextStep(step)) {
        const double min = std::floor(scale.min / step) * step;
        if (min + intervals * step >= high - step * 1e-9)
            return {min, min + intervals * step, step};
    }
    return scale;
}

QString formatValue(double value, double step, const QString &unit, const QLocale &locale)
{
    int decimals = 0;
    if (step > 0 && step < 1) {
        decimals = int(std::ceil(-std::log10(step) - 1e-9));
        // 2.5, 0.25: one more digit than the power of ten says.
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) > 1e-6)
            ++decimals;
    }
    if (std::abs(value) < step * 1e-9)
        value = 0; // no "-0"
    const QString number = locale.toString(value, 'f', decimals);
    if (unit.isEmpty())
        return number;
    return number + QLatin1Char(' ') + unit;
}

QList<int> stackRows(const QList<std::pair<double, double>> &spans, double gap, int maxRows)
{
    QList<int> rows;
    QList<double> rowEnds;
    for (const auto &[left, right] : spans) {
        int row = -1;
        for (int r = 0; r < rowEnds.size(); ++r) {
            if (left >= rowEnds.at(r) + gap) {
                row = r;
                break;
            }
        }
        if (row < 0 && rowEnds.size() < std::max(maxRows, 1)) {
            row = int(rowEnds.size());
            rowEnds.append(right);
        } else if (row < 0) {
            row = int(std::min_element(rowEnds.cbegin(), rowEnds.cend()) - rowEnds.cbegin());
        }
        rowEnds[row] = std::max(rowEnds.at(row), right);
        rows.append(row);
    }
    return rows;
}

} // namespace hindsight::editor::charts
