// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace hindsight::model {

// An event's time as tables, exports and reports show it: "2023-03-14 14:06" in zone, exactly
// as precise as the event says. Day-only and unknown-time events show their calendar date as
// written ("2023-03-13", "2023-03-13 --:--"), never converted into the zone.
QString formatEventTime(const QDateTime &utc, TimePrecision precision, const QTimeZone &zone);

// The review's display zone, UTC when the id is empty or unknown here.
QTimeZone displayZone(const QString &zoneId);

// The part of an event's time its precision makes meaningful, the rest set to zero (rule 9 of
// the JSON format); writer and reader both apply it, so a file never says more than the review
// knows.
QDateTime meaningfulTime(const QDateTime &utc, TimePrecision precision);

} // namespace hindsight::model
