// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartscale.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

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

FlagLayout layoutFlags(const QList<double> &poles, const QList<double> &widths, double minX, double maxX, double gap,
                       double offset)
{
    const qsizetype count = std::min(poles.size(), widths.size());
    const auto span = [&](qsizetype i, bool left) {
        return left ? std::pair{poles.at(i) - offset - widths.at(i), poles.at(i) - offset}
                    : std::pair{poles.at(i) + offset, poles.at(i) + offset + widths.at(i)};
    };
    FlagLayout best;
    if (count == 0)
        return best;
    if (count > 5) {
        for (qsizetype i = 0; i < count; ++i) {
            const bool left = span(i, false).second > maxX;
            best.rows.append(int(i));
            best.onLeft.append(left);
            best.spans.append(span(i, left));
        }
        best.rowCount = int(count);
        return best;
    }

    // Every choice of row and side for every label, searched depth first with the cost so far
    // as a bound: the first, greedy layout is found at once and most others are cut early.
    struct Search
    {
        const QList<double> &poles;
        std::function<std::pair<double, double>(qsizetype, bool)> span;
        qsizetype count;
        double minX;
        double maxX;
        double gap;
        QList<int> rows;
        QList<bool> onLeft;
        QList<std::pair<double, double>> spans;
        double bestCost = std::numeric_limits<double>::infinity();
        FlagLayout best;

        // What placing label i costs against the labels placed before it.
        double added(qsizetype i) const
        {
            double cost = rows[i] + (onLeft[i] ? 0.5 : 0);
            if (spans[i].first < minX || spans[i].second > maxX)
                cost += 10000;
            for (qsizetype j = 0; j < i; ++j) {
                // Two labels in one row too close; a taller pole through a lower label.
                if (rows[i] == rows[j] && spans[i].first < spans[j].second + gap &&
                    spans[j].first < spans[i].second + gap)
                    cost += 1000;
                if (rows[j] > rows[i] && poles.at(j) > spans[i].first - 2 && poles.at(j) < spans[i].second + 2)
                    cost += 100;
                if (rows[i] > rows[j] && poles.at(i) > spans[j].first - 2 && poles.at(i) < spans[j].second + 2)
                    cost += 100;
            }
            return cost;
        }

        void place(qsizetype i, double cost, int rowCount)
        {
            if (cost + 10 * rowCount >= bestCost)
                return;
            if (i == count) {
                bestCost = cost + 10 * rowCount;
                best = {rows, onLeft, spans, rowCount};
                return;
            }
            // A label opens at most one new row: rows are interchangeable until used.
            for (int row = 0; row <= rowCount && row < int(count); ++row) {
                for (const bool left : {false, true}) {
                    rows[i] = row;
                    onLeft[i] = left;
                    spans[i] = span(i, left);
                    place(i + 1, cost + added(i), std::max(rowCount, row + 1));
                }
            }
        }
    };
    Search search{poles,
                  span,
                  count,
                  minX,
                  maxX,
                  gap,
                  QList<int>(count),
                  QList<bool>(count),
                  QList<std::pair<double, double>>(count),
                  std::numeric_limits<double>::infinity(),
                  {}};
    search.place(0, 0, 0);
    return search.best;
}

} // namespace hindsight::editor::charts
