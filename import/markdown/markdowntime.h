// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTime>

#include <optional>

// Times and time zones as postmortems write them. Private to the Markdown import.
namespace hindsight::importing::mdimport {

// A zone a document names. Abbreviations and offsets are fixed offsets, as written: "CET" is
// always UTC+01:00, even in July (people who mean summer time write CEST). Region names
// ("Europe/Berlin") follow their daylight saving rules.
struct Zone
{
    QString written;       // "CET", "+01:00", "UTC+1", "Europe/Berlin"
    int offsetSeconds = 0; // for a fixed zone
    QByteArray regionId;   // for a region zone: its IANA id
    // The IANA zone the review shows times in: the abbreviation's region ("Europe/Berlin" for
    // CET), "Etc/GMT-1" for +01:00, "UTC" when no IANA zone has the offset.
    QString displayId;
    bool isRegion() const { return !regionId.isEmpty(); }
};

// A zone written on its own: "UTC", "Z", "CET", "+01:00", "UTC+1", "GMT-05:30", "Europe/Berlin".
std::optional<Zone> zoneFromText(QStringView text);
// The first zone named anywhere in text: a column header "Time (CET)", a heading, a sentence.
std::optional<Zone> zoneMentioned(QStringView text);
// The zone of a whole line such as "All times in UTC." or "(times are CET)", or nullopt when
// the line says more than that.
std::optional<Zone> zoneStatement(QStringView line);

// The UTC instant of a wall-clock time in a zone.
QDateTime toUtc(const QDate &date, const QTime &time, const Zone &zone);
// The offset a zone's display region really had at an instant, when it differs from the fixed
// offset the zone was read with ("CET" in July: the region was on UTC+02:00).
std::optional<int> regionOffsetDiffering(const Zone &zone, const QDateTime &utc);
QString offsetText(int seconds); // "+01:00"

// A date and or time at the start of a text.
struct Moment
{
    enum class Result { None, Ok, BadDate, BadTime };
    Result result = Result::None;
    QDate date;           // invalid when none was written
    bool hasTime = false; // a time of day was written (or an unknown one)
    bool unknownTime = false;
    QTime time;
    model::TimePrecision precision = model::TimePrecision::Minute;
    std::optional<Zone> zone; // when written after the time
    qsizetype length = 0;     // characters read
    QString fault;            // the text at fault, with BadDate and BadTime
};

// Reads "2023-03-14T13:05:00Z", "2023-03-14 13:05", "14 March 2023 13:05 CET", "Tue, 14 Mar
// 2023", "13:05", "13:05:59.5", "1:05 pm", "--:--", "??:??", "2022-11-19 unknown". A pattern
// that looks like a time or a date but cannot be one ("25:61", "2023-02-30") is BadTime or
// BadDate.
Moment readMoment(QStringView text);
// A date on its own: "2023-03-14", "14 March 2023", "March 14, 2023".
std::optional<QDate> dateFromText(QStringView text);
// The first date written anywhere in text, for a timeline that writes only times of day.
std::optional<QDate> dateMentioned(QStringView text);

} // namespace hindsight::importing::mdimport
