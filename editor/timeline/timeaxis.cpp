// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeaxis.h"

#include <QDateTime>
#include <QLocale>

namespace hindsight::editor {

namespace {

// A guard against pathological ranges: the view never asks for more than a few hundred.
constexpr int MaxTicks = 5000;
constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

QDateTime local(qint64 msecs, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, zone);
}

QString format(qint64 msecs, const QTimeZone &zone, const QString &pattern)
{
    return QLocale().toString(local(msecs, zone), pattern);
}

// Day labels as QLocale patterns, in the catalogue: a language orders and punctuates a date its
// own way ("Di., 14. März 2023"), which the locale's names alone do not give.
QString dayPattern()
{
    //: QLocale date pattern of a day on the timeline axis: "Wed 27 Sep".
    return TimeAxis::tr("ddd d MMM");
}

QString longDayPattern()
{
    //: QLocale date pattern of the day above the timeline axis: "Tue 14 Mar 2023".
    return TimeAxis::tr("ddd d MMM yyyy");
}

QDate firstDate(qint64 start, const QTimeZone &zone)
{
    // One day early: a tick at local midnight can belong to the day before start's date when
    // the range starts just after it in UTC but just before it locally.
    return local(start, zone).date().addDays(-1);
}

} // namespace

qint64 TimeAxis::Step::approxMs() const
{
    switch (unit) {
    case Unit::Millisecond:
        return count;
    case Unit::Second:
        return count * Second;
    case Unit::Minute:
        return count * Minute;
    case Unit::Hour:
        return count * Hour;
    case Unit::Day:
        return count * Day;
    case Unit::Week:
        return count * 7 * Day;
    case Unit::Month:
        return count * qint64(30.44 * Day);
    case Unit::Year:
        return count * qint64(365.25 * Day);
    }
    return count;
}

const QList<TimeAxis::Step> &TimeAxis::steps()
{
    static const QList<Step> all{
        {Unit::Millisecond, 10},  {Unit::Millisecond, 50}, {Unit::Millisecond, 100}, {Unit::Millisecond, 250},
        {Unit::Millisecond, 500}, {Unit::Second, 1},       {Unit::Second, 5},        {Unit::Second, 15},
        {Unit::Second, 30},       {Unit::Minute, 1},       {Unit::Minute, 5},        {Unit::Minute, 15},
        {Unit::Minute, 30},       {Unit::Hour, 1},         {Unit::Hour, 3},          {Unit::Hour, 6},
        {Unit::Hour, 12},         {Unit::Day, 1},          {Unit::Day, 2},           {Unit::Week, 1},
        {Unit::Month, 1},         {Unit::Month, 3},        {Unit::Year, 1},          {Unit::Year, 5},
        {Unit::Year, 10},         {Unit::Year, 50},        {Unit::Year, 100},
    };
    return all;
}

TimeAxis::Step TimeAxis::chooseStep(qint64 spanMs, double widthPx,
                                    const std::function<double(const Step &)> &labelWidth)
{
    const auto &all = steps();
    if (widthPx <= 0 || spanMs <= 0)
        return all.first();
    for (const auto &step : all) {
        const double labels = double(spanMs) / double(step.approxMs());
        if (labels * labelWidth(step) <= widthPx)
            return step;
    }
    return all.last();
}

TimeAxis::Step TimeAxis::chooseStep(qint64 spanMs, double widthPx, double labelWidthPx)
{
    return chooseStep(spanMs, widthPx, [labelWidthPx](const Step &) { return labelWidthPx; });
}

TimeAxis::Step TimeAxis::minorStep(const Step &step)
{
    switch (step.unit) {
    case Unit::Millisecond:
        switch (step.count) {
        case 50:
        case 100:
            return {Unit::Millisecond, 10};
        case 250:
            return {Unit::Millisecond, 50};
        case 500:
            return {Unit::Millisecond, 100};
        }
        return {Unit::Millisecond, 0};
    case Unit::Second:
        switch (step.count) {
        case 1:
            return {Unit::Millisecond, 250};
        case 5:
            return {Unit::Second, 1};
        }
        return {Unit::Second, 5};
    case Unit::Minute:
        switch (step.count) {
        case 1:
            return {Unit::Second, 15};
        case 5:
            return {Unit::Minute, 1};
        }
        return {Unit::Minute, 5};
    case Unit::Hour:
        switch (step.count) {
        case 1:
            return {Unit::Minute, 15};
        case 12:
            return {Unit::Hour, 3};
        }
        return {Unit::Hour, 1};
    case Unit::Day:
        return step.count == 1 ? Step{Unit::Hour, 6} : Step{Unit::Day, 1};
    case Unit::Week:
        return {Unit::Day, 1};
    case Unit::Month:
        return step.count == 1 ? Step{Unit::Week, 1} : Step{Unit::Month, 1};
    case Unit::Year:
        switch (step.count) {
        case 1:
            return {Unit::Month, 3};
        case 5:
        case 10:
            return {Unit::Year, 1};
        case 50:
            return {Unit::Year, 10};
        }
        return {Unit::Year, 50};
    }
    return {step.unit, 0};
}

QList<qint64> TimeAxis::tickTimes(qint64 start, qint64 end, const Step &step, const QTimeZone &zone)
{
    QList<qint64> times;
    if (step.count <= 0 || end < start)
        return times;
    auto add = [&](const QDateTime &dt) {
        if (!dt.isValid()) // a wall-clock time skipped by a DST change
            return;
        const qint64 t = dt.toMSecsSinceEpoch();
        if (t >= start && t <= end && (times.isEmpty() || t > times.last()) && times.size() < MaxTicks)
            times.append(t);
    };
    const QDate last = local(end, zone).date();

    switch (step.unit) {
    case Unit::Millisecond:
    case Unit::Second:
    case Unit::Minute:
    case Unit::Hour:
        if (step.unit != Unit::Hour || step.count == 1) {
            // Every one of these steps divides an hour, and zone offsets and DST changes move
            // by whole quarter hours, so stepping in absolute time from one aligned tick stays
            // on round wall-clock times on both sides of a DST change.
            const qint64 stepMs = step.approxMs();
            const qint64 offset = qint64(zone.offsetFromUtc(local(start, QTimeZone::utc()))) * Second;
            qint64 t = floorDiv(start + offset, stepMs) * stepMs - offset;
            while (t < start)
                t += stepMs;
            for (; t <= end && times.size() < MaxTicks; t += stepMs)
                times.append(t);
            break;
        }
        // 3, 6 and 12 hours follow the wall clock: 00:00, 03:00, 06:00 on a DST change day too.
        for (QDate date = firstDate(start, zone); date <= last && times.size() < MaxTicks; date = date.addDays(1)) {
            for (int hour = 0; hour < 24; hour += step.count)
                add(QDateTime(date, QTime(hour, 0), zone));
        }
        break;
    case Unit::Day:
    case Unit::Week:
        for (QDate date = firstDate(start, zone); date <= last && times.size() < MaxTicks; date = date.addDays(1)) {
            const bool wanted =
                step.unit == Unit::Week ? date.dayOfWeek() == Qt::Monday : date.toJulianDay() % step.count == 0;
            if (wanted)
                add(date.startOfDay(zone));
        }
        break;
    case Unit::Month: {
        const QDate first = firstDate(start, zone);
        for (QDate date(first.year(), first.month(), 1); date <= last && times.size() < MaxTicks;
             date = date.addMonths(1)) {
            if ((date.year() * 12 + date.month() - 1) % step.count == 0)
                add(date.startOfDay(zone));
        }
        break;
    }
    case Unit::Year:
        for (int year = firstDate(start, zone).year(); year <= last.year() && times.size() < MaxTicks; ++year) {
            if (year % step.count == 0)
                add(QDate(year, 1, 1).startOfDay(zone));
        }
        break;
    }
    return times;
}

QList<TimeAxis::Tick> TimeAxis::ticks(qint64 start, qint64 end, const Step &step, const QTimeZone &zone)
{
    QList<Tick> result;
    const auto times = tickTimes(start, end, step, zone);
    result.reserve(times.size());
    for (const qint64 t : times) {
        const auto dt = local(t, zone);
        bool major = false;
        switch (step.unit) {
        case Unit::Millisecond:
        case Unit::Second:
        case Unit::Minute:
        case Unit::Hour:
            major = dt == dt.date().startOfDay(zone);
            break;
        case Unit::Day:
        case Unit::Week:
            major = dt.date().day() == 1;
            break;
        case Unit::Month:
            major = dt.date().month() == 1;
            break;
        case Unit::Year:
            major = dt.date().year() % (step.count * 10) == 0;
            break;
        }
        result.append({t, label(t, step, zone), major});
    }
    return result;
}

QList<TimeAxis::Context> TimeAxis::contexts(qint64 start, qint64 end, const Step &step, const QTimeZone &zone)
{
    Step boundary;
    QString pattern;
    switch (step.unit) {
    case Unit::Millisecond:
    case Unit::Second:
    case Unit::Minute:
    case Unit::Hour:
        boundary = {Unit::Day, 1};
        pattern = longDayPattern();
        break;
    case Unit::Day:
    case Unit::Week:
        boundary = {Unit::Month, 1};
        pattern = QStringLiteral("MMMM yyyy");
        break;
    case Unit::Month:
        boundary = {Unit::Year, 1};
        pattern = QStringLiteral("yyyy");
        break;
    case Unit::Year:
        return {};
    }
    QList<Context> result{{start, format(start, zone, pattern)}};
    for (const qint64 t : tickTimes(start + 1, end, boundary, zone))
        result.append({t, format(t, zone, pattern)});
    return result;
}

QString TimeAxis::label(qint64 msecs, const Step &step, const QTimeZone &zone)
{
    switch (step.unit) {
    case Unit::Millisecond:
        return format(msecs, zone, QStringLiteral("HH:mm:ss.zzz"));
    case Unit::Second:
        return format(msecs, zone, QStringLiteral("HH:mm:ss"));
    case Unit::Minute:
    case Unit::Hour:
        return format(msecs, zone, QStringLiteral("HH:mm"));
    case Unit::Day:
    case Unit::Week:
        return format(msecs, zone, dayPattern());
    case Unit::Month:
        return format(msecs, zone, QStringLiteral("MMM"));
    case Unit::Year:
        return format(msecs, zone, QStringLiteral("yyyy"));
    }
    return {};
}

QString TimeAxis::sampleLabel(const Step &step)
{
    switch (step.unit) {
    case Unit::Millisecond:
        return QStringLiteral("00:00:00.000");
    case Unit::Second:
        return QStringLiteral("00:00:00");
    case Unit::Minute:
    case Unit::Hour:
        return QStringLiteral("00:00");
    case Unit::Day:
    case Unit::Week:
        // A Wednesday in September: the longest short names in most languages.
        return QLocale().toString(QDate(2000, 9, 27), dayPattern());
    case Unit::Month:
        return QLocale().toString(QDate(2000, 9, 27), QStringLiteral("MMM"));
    case Unit::Year:
        return QStringLiteral("0000");
    }
    return {};
}

QString TimeAxis::describe(const Step &step)
{
    switch (step.unit) {
    case Unit::Millisecond:
        return tr("%n ms", nullptr, step.count);
    case Unit::Second:
        return tr("%n s", nullptr, step.count);
    case Unit::Minute:
        return tr("%n min", nullptr, step.count);
    case Unit::Hour:
        return tr("%n h", nullptr, step.count);
    case Unit::Day:
        return tr("%n day(s)", nullptr, step.count);
    case Unit::Week:
        return tr("%n week(s)", nullptr, step.count);
    case Unit::Month:
        return tr("%n month(s)", nullptr, step.count);
    case Unit::Year:
        return tr("%n year(s)", nullptr, step.count);
    }
    return {};
}

} // namespace hindsight::editor
