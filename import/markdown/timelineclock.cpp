// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineclock.h"

#include "import/markdown/readercontext.h"

namespace hindsight::importing::mdimport {

using namespace model;

std::optional<std::pair<QDateTime, TimePrecision>> TimelineClock::resolve(const Moment &moment, int line,
                                                                          TimelinePosition &position,
                                                                          const std::optional<Zone> &columnZone)
{
    QDate date = moment.date;
    if (!date.isValid()) {
        date = position.date.isValid() ? position.date : fallbackDate(line);
        if (!date.isValid()) {
            m_noDate = true;
            m_noDateLine = line;
            return std::nullopt;
        }
        // A list of times of day under one date passes midnight when a time goes back by more
        // than half a day: 23:50 then 00:10.
        if (moment.hasTime && !moment.unknownTime && position.lastTime.isValid() &&
            position.lastTime.secsTo(moment.time) < -12 * 3600)
            date = date.addDays(1);
    }
    position.date = date;
    if (!moment.hasTime || moment.unknownTime) {
        position.lastTime = QTime();
        // A day is the calendar day the review wrote, whatever its zone.
        return std::pair{QDateTime(date, QTime(0, 0), Qt::UTC), moment.precision};
    }
    position.lastTime = moment.time;
    std::optional<Zone> zone = moment.zone;
    for (const std::optional<Zone> *known :
         {&columnZone, &std::as_const(position.zone), &std::as_const(m_context.documentZone)}) {
        if (!zone)
            zone = *known;
    }
    if (!zone) {
        zone = Zone{QStringLiteral("UTC"), 0, {}, QStringLiteral("UTC")};
        m_context.warnOnce(line, tr("the timeline names no time zone; its times were read as UTC."));
    } else if (!m_context.timelineZone) {
        m_context.timelineZone = zone;
    }
    const QDateTime utc = toUtc(date, moment.time, *zone);
    if (const auto actual = regionOffsetDiffering(*zone, utc)) {
        m_context.warnOnce(
            line, tr("%1 is UTC%2, but %3 was on UTC%4 at that time; the time was read as written, in UTC%2.")
                      .arg(zone->written, offsetText(zone->offsetSeconds), zone->displayId, offsetText(*actual)));
    }
    return std::pair{utc, moment.precision};
}

QDate TimelineClock::fallbackDate(int line)
{
    if (!m_fallbackSearched) {
        m_fallbackSearched = true;
        const MarkdownSource &source = m_context.source();
        // Reviews often give the date only in the title or the first paragraphs.
        QList<std::pair<int, int>> ranges{{0, m_context.preambleEnd}};
        for (const auto &part : std::as_const(m_context.parts[int(SectionKey::Summary)]))
            ranges.append({part.first, part.last});
        std::optional<std::pair<QDate, int>> found;
        if (const auto date = dateMentioned(m_context.review.title)) {
            found = {*date, m_context.titleBlock >= 0 ? m_context.line(m_context.block(m_context.titleBlock))
                                                      : source.firstLine()};
        }
        for (const auto &[first, last] : std::as_const(ranges)) {
            for (int b = first; b < last && !found; ++b) {
                cmark_node *block = m_context.block(b);
                for (int i = source.startLine(block), end = source.endLine(block); i <= end && !found; ++i) {
                    if (const auto date = dateMentioned(source.text(i)))
                        found = {*date, i};
                }
            }
        }
        if (found) {
            m_fallbackDate = found->first;
            m_context.warn(line, tr("the timeline gives times without a date; they were taken to be on %1, the "
                                    "first date the document names (line %2).")
                                     .arg(found->first.toString(Qt::ISODate))
                                     .arg(found->second));
        }
    }
    return m_fallbackDate.value_or(QDate());
}

} // namespace hindsight::importing::mdimport
