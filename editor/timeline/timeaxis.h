// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace hindsight::editor {

// The ticks and labels of a time axis, in a display zone: steps from milliseconds to years,
// placed on round wall-clock times of that zone (so a +05:30 zone gets ticks at 10:00, not
// 10:30, and a DST change day reads 01:00, 03:00). No widgets: the view measures the labels.
class TimeAxis final
{
    Q_DECLARE_TR_FUNCTIONS(TimeAxis)

public:
    enum class Unit { Millisecond, Second, Minute, Hour, Day, Week, Month, Year };

    struct Step
    {
        Unit unit = Unit::Second;
        int count = 1;
        // The nominal length (a month is 30.44 days); enough to choose and compare steps.
        qint64 approxMs() const;
        friend bool operator==(const Step &, const Step &) = default;
    };

    struct Tick
    {
        qint64 msecs = 0; // UTC, since the epoch
        QString label;
        // A boundary of the next larger calendar unit (midnight for sub-day steps, the first of a
        // month for day steps), drawn stronger.
        bool major = false;
        friend bool operator==(const Tick &, const Tick &) = default;
    };

    // A label for the second axis row: the date (or month, or year) that the ticks' labels leave
    // out. The first one is for the start of the range, then one per boundary inside it.
    struct Context
    {
        qint64 msecs = 0;
        QString label;
    };

    // Every step the axis uses, smallest first: 10 ms … 500 ms, 1 s, 5 s, 15 s, 30 s, 1 min, 5 min,
    // 15 min, 30 min, 1 h, 3 h, 6 h, 12 h, 1 day, 2 days, 1 week, 1 month, 3 months, 1 year …
    static const QList<Step> &steps();

    // The smallest step whose labels fit: each label takes labelWidth(step) pixels, spacing
    // included.
    static Step chooseStep(qint64 spanMs, double widthPx, const std::function<double(const Step &)> &labelWidth);
    static Step chooseStep(qint64 spanMs, double widthPx, double labelWidthPx);
    // The unlabelled ticks between labelled ones (15 min between hours); count 0 when none.
    static Step minorStep(const Step &step);

    // The ticks in [start, end], in time order; tickTimes() without labels.
    static QList<qint64> tickTimes(qint64 start, qint64 end, const Step &step, const QTimeZone &zone);
    static QList<Tick> ticks(qint64 start, qint64 end, const Step &step, const QTimeZone &zone);
    static QList<Context> contexts(qint64 start, qint64 end, const Step &step, const QTimeZone &zone);

    static QString label(qint64 msecs, const Step &step, const QTimeZone &zone);
    // The widest label a step makes, for measuring.
    static QString sampleLabel(const Step &step);
    // "5 min", "1 h", "2 days": the step for people (the view's accessible description).
    static QString describe(const Step &step);
};

} // namespace hindsight::editor
