// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeformat.h"

namespace hindsight::model {

QString formatEventTime(const QDateTime &utc, TimePrecision precision, const QTimeZone &zone)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = precision >= TimePrecision::Day ? utc.toUTC() : utc.toTimeZone(zone);
    switch (precision) {
    case TimePrecision::Millisecond:
        return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case TimePrecision::Second:
        return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case TimePrecision::Minute:
        return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case TimePrecision::Day:
        return local.toString(QStringLiteral("yyyy-MM-dd"));
    case TimePrecision::UnknownTime:
        return local.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(" --:--");
    }
    return {};
}

QTimeZone displayZone(const QString &zoneId)
{
    const auto id = zoneId.trimmed().toUtf8();
    return !id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id) ? QTimeZone(id) : QTimeZone::utc();
}

QDateTime meaningfulTime(const QDateTime &utc, TimePrecision precision)
{
    if (!utc.isValid())
        return utc;
    const QDateTime time = utc.toUTC();
    const QTime t = time.time();
    switch (precision) {
    case TimePrecision::Millisecond:
        return time;
    case TimePrecision::Second:
        return QDateTime(time.date(), QTime(t.hour(), t.minute(), t.second()), Qt::UTC);
    case TimePrecision::Minute:
        return QDateTime(time.date(), QTime(t.hour(), t.minute()), Qt::UTC);
    case TimePrecision::Day:
    case TimePrecision::UnknownTime:
        break;
    }
    return QDateTime(time.date(), QTime(0, 0), Qt::UTC);
}

} // namespace hindsight::model
