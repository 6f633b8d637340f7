// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportclock.h"

#include "model/timeformat.h"

#include <cstdlib>

namespace hindsight::exporting::pdf {

using model::TimePrecision;

ReportClock::ReportClock(const QString &zoneId) : m_zone(zoneId.trimmed().toUtf8()), m_name(zoneId.trimmed())
{
    if (!m_zone.isValid() || m_name.isEmpty()) {
        m_zone = QTimeZone::utc();
        m_name = QStringLiteral("UTC");
    }
}

QString ReportClock::format(const QDateTime &utc, TimePrecision precision) const
{
    return model::formatEventTime(utc, precision, m_zone);
}

QString ReportClock::formatWithZone(const QDateTime &utc, TimePrecision precision) const
{
    const QString time = format(utc, precision);
    if (time.isEmpty() || precision >= TimePrecision::Day)
        return time;
    return time + u' ' + abbreviation(utc);
}

QString ReportClock::abbreviation(const QDateTime &utc) const
{
    const QString abbreviation = m_zone.abbreviation(utc);
    return abbreviation.isEmpty() ? m_name : abbreviation;
}

QString ReportClock::describe(const QDateTime &utc) const
{
    const QDateTime at = utc.isValid() ? utc : QDateTime::currentDateTimeUtc();
    const int offset = m_zone.offsetFromUtc(at);
    const QString utcOffset = QStringLiteral("UTC%1%2:%3")
                                  .arg(offset < 0 ? QChar(u'−') : QChar(u'+'))
                                  .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                                  .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    const QString shortName = abbreviation(at);
    if (m_name == u"UTC" || shortName == m_name)
        return m_name;
    if (shortName.startsWith(u"UTC") || shortName.startsWith(u'+') || shortName.startsWith(u'-'))
        return tr("%1 (%2)").arg(m_name, utcOffset);
    return tr("%1 (%2, %3)").arg(m_name, shortName, utcOffset);
}

} // namespace hindsight::exporting::pdf
