// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace hindsight::exporting::pdf {

// Times as the report prints them: in the review's display zone, to the precision the review
// knows them. Stored times are UTC.
class ReportClock final
{
    Q_DECLARE_TR_FUNCTIONS(ReportClock)

public:
    // An unknown zone name falls back to UTC, and zoneName() then says UTC.
    explicit ReportClock(const QString &zoneId);

    // "2023-03-14 14:41", "2023-03-14 14:41:05.250", or "2023-03-15 --:--"; a day-only time
    // is the date as written, never shifted into the zone.
    QString format(const QDateTime &utc, model::TimePrecision precision) const;
    // format() followed by the zone's abbreviation for that instant: "2023-03-14 14:41 CET".
    QString formatWithZone(const QDateTime &utc, model::TimePrecision precision) const;
    // The zone's abbreviation at an instant ("CET", "UTC"), or the zone name when the zone has
    // none.
    QString abbreviation(const QDateTime &utc) const;
    // "Europe/Berlin (CET, UTC+01:00)": the zone at the given instant, for the sentence that
    // says which zone the times are in.
    QString describe(const QDateTime &utc) const;

    QString zoneName() const { return m_name; }

private:
    QTimeZone m_zone;
    QString m_name;
};

} // namespace hindsight::exporting::pdf
