// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricseries.h"

#include "import/textfile.h"

#include <QFileInfo>

#include <algorithm>

namespace hindsight::importing {

MetricImport importMetricsFile(const QString &path, const QTimeZone &zone)
{
    const auto read = TextFile::read(path);
    if (!read.error.isEmpty())
        return {std::nullopt, read.error};
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool json = suffix == u"json";
    if (suffix != u"json" && suffix != u"csv" && suffix != u"tsv" && suffix != u"txt") {
        const QByteArray start = TextFile::withoutByteOrderMark(read.data.left(4096)).trimmed();
        json = start.startsWith('{') || start.startsWith('[');
    }
    MetricImport result = json ? parsePrometheusJson(read.data) : parseMetricsCsv(read.data, zone);
    if (result.data)
        result.data->source = QFileInfo(path).fileName();
    return result;
}

QList<QPointF> decimate(const QList<QPointF> &points, int buckets)
{
    const qsizetype count = points.size();
    if (buckets < 1 || count <= 2 * qsizetype(buckets) + 2)
        return points;
    const double first = points.first().x();
    const double span = points.last().x() - first;
    const double scale = span > 0 ? buckets / span : 0;
    const auto bucketOf = [&](const QPointF &point) { return std::min(buckets - 1, int((point.x() - first) * scale)); };

    QList<QPointF> result;
    result.reserve(2 * buckets + 2);
    result.append(points.first());
    const qsizetype last = count - 1;
    qsizetype i = 1;
    while (i < last) {
        const int bucket = bucketOf(points.at(i));
        qsizetype lowest = i;
        qsizetype highest = i;
        qsizetype j = i + 1;
        for (; j < last && bucketOf(points.at(j)) == bucket; ++j) {
            if (points.at(j).y() < points.at(lowest).y())
                lowest = j;
            if (points.at(j).y() > points.at(highest).y())
                highest = j;
        }
        // In time order, so that the line goes through both.
        result.append(points.at(std::min(lowest, highest)));
        if (lowest != highest)
            result.append(points.at(std::max(lowest, highest)));
        i = j;
    }
    result.append(points.last());
    return result;
}

} // namespace hindsight::importing
