// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// Time series from observability exports (a CSV file as dashboards write it, a Prometheus
// query_range answer), read for the charts of a review. Qt Core only: runs headless.
namespace hindsight::importing {

// The series type is the model's: a chart stores the series it was made from.
using MetricSeries = model::MetricSeries;

struct MetricData
{
    QList<MetricSeries> series;
    QString source; // the file name, or a description of the paste
    // What the reader left out or assumed, for people: one sentence each.
    QStringList warnings;
    friend bool operator==(const MetricData &, const MetricData &) = default;
};

struct MetricImport
{
    std::optional<MetricData> data;
    // Set when data is empty: one line for people that names the line, column or field at fault.
    QString error;
};

// A CSV (or semicolon- or tab-separated) file with one time column and one or more value
// columns. The time column is found by its header (time, timestamp, date, ts, …) or else by
// its content; times are ISO 8601 with or without a zone, "YYYY-MM-DD HH:MM[:SS]", or Unix
// seconds or milliseconds (told apart by magnitude). Times without a zone are read in
// zoneForZonelessTimes. A file must keep to one time format. Rows that are empty, and values
// that are not numbers, are left out with a warning; a file where no value is a number fails.
MetricImport parseMetricsCsv(const QByteArray &data, const QTimeZone &zoneForZonelessTimes);

// A Prometheus HTTP API answer to /api/v1/query_range (resultType "matrix"). Series are named
// in Prometheus's own notation, __name__{label="value",…}; "NaN" and "±Inf" samples are left
// out with a warning. Instant-query answers (vector, scalar) are refused with a message that
// says so.
MetricImport parsePrometheusJson(const QByteArray &data);

// Reads the file and picks the reader by suffix (.json, .csv, .tsv, .txt), else by content.
// zone applies to CSV times without a zone. Files over TextFile::MaxBytes are refused unread.
MetricImport importMetricsFile(const QString &path, const QTimeZone &zone);

// The points to draw in about `buckets` columns: the first and last points, and the lowest and
// highest point of every bucket of equal time, in time order, so that spikes survive. At most
// 2 × buckets + 2 points; points is returned unchanged when it is no longer than that. One pass,
// no allocation beyond the result. points must be in time order.
QList<QPointF> decimate(const QList<QPointF> &points, int buckets);

} // namespace hindsight::importing
