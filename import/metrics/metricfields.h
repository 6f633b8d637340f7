// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>
#include <QTimeZone>

#include <limits>
#include <optional>

// What the metric readers share: times, numbers and units as exports write them. Works on
// bytes, without a QString or a QDateTime per cell, because a file can hold a million rows.
namespace hindsight::importing::metrics {

// The translation context of every metric reader message.
class MetricReader final
{
    Q_DECLARE_TR_FUNCTIONS(MetricReader)
};

enum class TimeFormat {
    None,
    IsoWithZone,
    IsoWithoutZone,
    UnixSeconds,
    UnixMilliseconds,
    UnixMicroseconds,
    UnixNanoseconds
};

struct ParsedTime
{
    TimeFormat format = TimeFormat::None;
    // Milliseconds since the epoch: UTC when the text has a zone or is a Unix time; for
    // IsoWithoutZone, the wall-clock time counted as if it were UTC (ZonelessTimes resolves it).
    qint64 msecs = 0;
};

// ISO 8601 ("2023-03-14T12:30:00Z", "2023-03-14 12:30", "…+01:00", "… UTC", a date alone) or a
// Unix time in seconds, milliseconds, microseconds or nanoseconds, told apart by magnitude
// (seconds from 1973 on; anything with 11 or more digits before the point is milliseconds
// or finer). Spaces around the text are ignored.
ParsedTime parseTime(QByteArrayView text);
// The format for people: "an ISO 8601 time with a zone", "Unix seconds".
QString describe(TimeFormat format);

// Wall-clock times read in a zone. DST changes happen on whole hours in every zone that has
// them now, so the offset is looked up once per hour of wall-clock time, not once per row.
// A time in the hour a DST change repeats is read as its first occurrence.
class ZonelessTimes final
{
public:
    explicit ZonelessTimes(const QTimeZone &zone);
    qint64 toUtc(qint64 wallMsecs);

private:
    QTimeZone m_zone;
    qint64 m_hour = std::numeric_limits<qint64>::min();
    qint64 m_offsetMs = 0;
};

// A number as exports write it: "0.465", "-1e3", "+2", "12.5%" (the sign is dropped), "NaN",
// "+Inf". With decimalComma, "0,465" too. Empty when the text is not a number; NaN and the
// infinities are returned as such, for the caller to count.
std::optional<double> parseNumber(QByteArrayView text, bool decimalComma = false);

// The unit a column header or metric name carries, and the name to show: "latency (ms)" →
// {"latency", "ms"}; "error_rate_percent" → {"error_rate_percent", "%"};
// "http_request_duration_seconds_p99" → {…, "s"}. The unit is empty when there is none.
struct NamedUnit
{
    QString name;
    QString unit;
};
NamedUnit splitUnit(const QString &header);

// A cell or value as a message quotes it: “n/a”, on one line and shortened.
QString quoted(QByteArrayView text);
QString quoted(const QString &text);

// Points from a reader, in time order (stable: equal times keep the order of the file).
void sortByTime(QList<QPointF> &points);

} // namespace hindsight::importing::metrics
