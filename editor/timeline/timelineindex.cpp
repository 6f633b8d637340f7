// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineindex.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <cmath>

namespace hindsight::editor {

namespace {

constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

bool before(const TimelineEntry &a, const TimelineEntry &b)
{
    return a.at != b.at ? a.at < b.at : a.id < b.id;
}

} // namespace

std::optional<TimelineEntry> TimelineIndex::entryFor(const model::TimelineEvent &event, const QTimeZone &zone)
{
    if (!event.time.isValid())
        return std::nullopt;
    TimelineEntry entry;
    entry.id = event.id;
    entry.kind = event.kind;
    entry.milestone = event.milestone;
    entry.precision = event.precision;
    entry.internal = event.visibility == model::Visibility::Internal;
    if (entry.isDayOnly()) {
        // A day-only time is the date as written (stored at 00:00 UTC, as the table shows it),
        // standing for that whole day in the display zone.
        const QDate date = event.time.toUTC().date();
        entry.from = date.startOfDay(zone).toMSecsSinceEpoch();
        entry.to = date.addDays(1).startOfDay(zone).toMSecsSinceEpoch();
        entry.at = entry.from + (entry.to - entry.from) / 2;
    } else {
        entry.at = entry.from = entry.to = event.time.toMSecsSinceEpoch();
    }
    return entry;
}

void TimelineIndex::reset(const QList<model::TimelineEvent> &events, const QTimeZone &zone)
{
    clear();
    m_entries.reserve(size_t(events.size()));
    for (const auto &event : events) {
        if (m_keys.contains(event.id))
            continue;
        if (const auto entry = entryFor(event, zone)) {
            m_entries.push_back(*entry);
            m_keys.insert(entry->id, entry->at);
            if (entry->milestone != model::Milestone::None)
                m_milestoneIds.insert(entry->id);
            if (entry->lane() == UnknownTimeLane)
                ++m_unknownCount;
        }
    }
    std::sort(m_entries.begin(), m_entries.end(), before);
}

void TimelineIndex::clear()
{
    m_entries.clear();
    m_keys.clear();
    m_milestoneIds.clear();
    m_unknownCount = 0;
}

void TimelineIndex::upsert(const model::TimelineEvent &event, const QTimeZone &zone)
{
    const auto entry = entryFor(event, zone);
    if (const auto *old = find(event.id); old && entry) {
        const qsizetype i = indexOf(event.id);
        // Most edits (text, visibility) keep the time: the entry stays where it is.
        if (old->at == entry->at) {
            const bool wasUnknown = old->lane() == UnknownTimeLane;
            m_entries[size_t(i)] = *entry;
            m_unknownCount += int(entry->lane() == UnknownTimeLane) - int(wasUnknown);
            if (entry->milestone != model::Milestone::None)
                m_milestoneIds.insert(entry->id);
            else
                m_milestoneIds.remove(entry->id);
            return;
        }
    }
    remove(event.id);
    if (entry)
        insertEntry(*entry);
}

void TimelineIndex::insertEntry(const TimelineEntry &entry)
{
    const auto it = std::upper_bound(m_entries.begin(), m_entries.end(), entry, before);
    m_entries.insert(it, entry);
    m_keys.insert(entry.id, entry.at);
    if (entry.milestone != model::Milestone::None)
        m_milestoneIds.insert(entry.id);
    if (entry.lane() == UnknownTimeLane)
        ++m_unknownCount;
}

bool TimelineIndex::remove(qint64 id)
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return false;
    if (m_entries[size_t(i)].lane() == UnknownTimeLane)
        --m_unknownCount;
    m_entries.erase(m_entries.begin() + i);
    m_keys.remove(id);
    m_milestoneIds.remove(id);
    return true;
}

qsizetype TimelineIndex::indexOf(qint64 id) const
{
    const auto key = m_keys.constFind(id);
    if (key == m_keys.cend())
        return -1;
    TimelineEntry probe;
    probe.at = *key;
    probe.id = id;
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), probe, before);
    return it != m_entries.end() && it->id == id ? qsizetype(it - m_entries.begin()) : -1;
}

const TimelineEntry *TimelineIndex::find(qint64 id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? nullptr : &m_entries[size_t(i)];
}

qsizetype TimelineIndex::lowerBound(qint64 msecs) const
{
    return std::partition_point(m_entries.begin(), m_entries.end(),
                                [msecs](const TimelineEntry &e) { return e.at < msecs; }) -
           m_entries.begin();
}

qsizetype TimelineIndex::upperBound(qint64 msecs) const
{
    return std::partition_point(m_entries.begin(), m_entries.end(),
                                [msecs](const TimelineEntry &e) { return e.at <= msecs; }) -
           m_entries.begin();
}

std::optional<std::pair<qint64, qint64>> TimelineIndex::extent() const
{
    if (m_entries.empty())
        return std::nullopt;
    // A day-only entry's span reaches at most about half a day (and a DST hour) beyond its key.
    qint64 first = m_entries.front().from;
    for (auto it = m_entries.begin(); it != m_entries.end() && it->at < m_entries.front().at + DayMs; ++it)
        first = std::min(first, it->from);
    qint64 last = m_entries.back().to;
    for (auto it = m_entries.rbegin(); it != m_entries.rend() && it->at > m_entries.back().at - DayMs; ++it)
        last = std::max(last, it->to);
    return std::pair{first, last};
}

QList<TimelineEntry> TimelineIndex::milestoneEntries() const
{
    QList<TimelineEntry> result;
    for (const qint64 id : m_milestoneIds) {
        if (const auto *entry = find(id))
            result.append(*entry);
    }
    std::sort(result.begin(), result.end(), before);
    return result;
}

TimelineClusters clusterEntries(const TimelineIndex &index, qint64 origin, double pxPerMs, double xMin, double xMax,
                                double bucketPx, double minGapPx)
{
    TimelineClusters result;
    if (index.isEmpty() || pxPerMs <= 0 || xMax < xMin || bucketPx <= 0)
        return result;
    const qsizetype begin = index.lowerBound(origin + qint64(std::floor(xMin / pxPerMs)));
    const qsizetype end = index.upperBound(origin + qint64(std::ceil(xMax / pxPerMs)));
    if (begin >= end)
        return result;

    struct Building
    {
        TimelineCluster cluster;
        qint64 bucket = 0;
        int alias = -1; // the cluster this one merged into, or itself
    };
    std::vector<Building> building;
    std::vector<int> clusterOf(size_t(end - begin));
    struct LaneState
    {
        int open = -1;
        int closed = -1; // the last finished cluster, always one that did not merge away
    };
    std::array<LaneState, KindLaneCount + 1> lanes;
    const double originPx = double(origin) * pxPerMs;

    auto close = [&](LaneState &lane) {
        const int c = lane.open;
        if (c < 0)
            return;
        lane.open = -1;
        const int p = lane.closed;
        if (p >= 0) {
            auto &current = building[size_t(c)].cluster;
            auto &previous = building[size_t(p)].cluster;
            // A tight group split by a bucket boundary is one group; a lone event too close to its
            // neighbour joins it.
            const double span = current.x1 - previous.x0;
            const bool lone = current.count == 1 || previous.count == 1;
            const bool group = current.count > 1 || previous.count > 1;
            if ((group && span <= bucketPx) || (lone && current.x0 - previous.x1 < minGapPx && span <= 2 * bucketPx)) {
                previous.count += current.count;
                previous.x1 = current.x1;
                previous.slot1 = current.slot1;
                building[size_t(c)].alias = p;
                return;
            }
        }
        lane.closed = c;
    };

    for (qsizetype i = begin; i < end; ++i) {
        const auto &entry = index.at(i);
        auto &lane = lanes[size_t(entry.lane())];
        const double x = double(entry.at - origin) * pxPerMs;
        const auto bucket = qint64(std::floor(double(entry.at) * pxPerMs / bucketPx));
        if (lane.open >= 0 && building[size_t(lane.open)].bucket == bucket) {
            auto &cluster = building[size_t(lane.open)].cluster;
            ++cluster.count;
            cluster.x1 = x;
        } else {
            close(lane);
            lane.open = int(building.size());
            const double slot0 = double(bucket) * bucketPx - originPx;
            building.push_back({{entry.lane(), 0, 1, x, x, slot0, slot0 + bucketPx}, bucket, lane.open});
        }
        clusterOf[size_t(i - begin)] = lane.open;
    }
    for (auto &lane : lanes)
        close(lane);

    // Lay the members out cluster by cluster, each in time order.
    std::vector<qsizetype> offsets(building.size(), -1);
    qsizetype next = 0;
    for (size_t c = 0; c < building.size(); ++c) {
        if (building[c].alias != int(c))
            continue;
        offsets[c] = next;
        building[c].cluster.memberBegin = next;
        next += building[c].cluster.count;
        result.clusters.push_back(building[c].cluster);
    }
    result.members.resize(size_t(next));
    std::vector<qsizetype> filled(building.size(), 0);
    for (qsizetype i = begin; i < end; ++i) {
        int c = clusterOf[size_t(i - begin)];
        c = building[size_t(c)].alias;
        result.members[size_t(offsets[size_t(c)] + filled[size_t(c)]++)] = i;
    }
    return result;
}

} // namespace hindsight::editor
