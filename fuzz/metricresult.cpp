// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricresult.h"

#include "fuzzapplication.h"

#include <algorithm>
#include <cmath>

namespace hindsight::fuzz {

namespace {

bool finite(const QPointF &point)
{
    return std::isfinite(point.x()) && std::isfinite(point.y());
}

bool earlier(const QPointF &a, const QPointF &b)
{
    return a.x() < b.x();
}

} // namespace

void checkMetricImport(const importing::MetricImport &result, int buckets)
{
    if (!result.data) {
        if (result.error.trimmed().isEmpty())
            fail("a refused input gets a message");
        if (result.error.contains(QLatin1Char('\n')) || result.error.contains(QLatin1Char('\r')))
            fail("the message is one line", result.error.toUtf8());
        return;
    }
    if (!result.error.isEmpty())
        fail("series that were read have no error", result.error.toUtf8());
    for (const auto &series : result.data->series) {
        const auto &points = series.points;
        if (!std::all_of(points.cbegin(), points.cend(), finite))
            fail("no point is NaN or infinite", series.name.toUtf8());
        if (!std::is_sorted(points.cbegin(), points.cend(), earlier))
            fail("points are in time order", series.name.toUtf8());

        const auto drawn = importing::decimate(points, buckets);
        if (drawn.size() > std::max(points.size(), 2 * qsizetype(buckets) + 2))
            fail("decimate() keeps at most 2 x buckets + 2 points");
        if (!points.isEmpty() && (drawn.isEmpty() || drawn.first() != points.first() || drawn.last() != points.last()))
            fail("decimate() keeps the first and the last point");
        if (!std::is_sorted(drawn.cbegin(), drawn.cend(), earlier))
            fail("decimate() keeps time order");
    }
}

} // namespace hindsight::fuzz
