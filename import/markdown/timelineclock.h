// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/markdown/markdowntime.h"
#include "model/types.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTime>

#include <optional>
#include <utility>

// Private to the Markdown import.
namespace hindsight::importing::mdimport {

class ReaderContext;

// Where a timeline is while it is read: its current date and zone, and the last time of day,
// to see it pass midnight.
struct TimelinePosition
{
    QDate date;
    std::optional<Zone> zone;
    QTime lastTime;
};

// Turns the times a timeline writes into UTC instants: a time without a date is on the
// timeline's current date, or the first date the document names; a time without a zone is in
// the column's, the timeline's or the document's zone, or UTC, with a warning.
class TimelineClock final
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReader)

public:
    explicit TimelineClock(ReaderContext &context) : m_context(context) {}

    // nullopt when the time has no date and the document names none: see noDate().
    std::optional<std::pair<QDateTime, model::TimePrecision>>
    resolve(const Moment &moment, int line, TimelinePosition &position, const std::optional<Zone> &columnZone);
    // A time without a date was met, in a document that names no date, at noDateLine().
    bool noDate() const { return m_noDate; }
    int noDateLine() const { return m_noDateLine; }
    void clearNoDate() { m_noDate = false; }

private:
    QDate fallbackDate(int line);

    ReaderContext &m_context;
    std::optional<QDate> m_fallbackDate;
    bool m_fallbackSearched = false;
    bool m_noDate = false;
    int m_noDateLine = 0;
};

} // namespace hindsight::importing::mdimport
