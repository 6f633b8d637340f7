// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QTimeZone>

#include <optional>
#include <utility>
#include <vector>

namespace hindsight::editor {

// The lanes: one per event kind, in EventKind order, then a strip for events whose time of day
// is unknown.
inline constexpr int KindLaneCount = 8;
inline constexpr int UnknownTimeLane = KindLaneCount;

// A timeline event as the view places it. Times are milliseconds since the epoch, UTC.
struct TimelineEntry
{
    qint64 at = 0;   // the sort key and where the marker goes; midday for a day-only event
    qint64 from = 0; // the span the time stands for: the whole day for a day-only event,
    qint64 to = 0;   // else from == to == at
    qint64 id = 0;
    model::EventKind kind = model::EventKind::Note;
    model::Milestone milestone = model::Milestone::None;
    model::TimePrecision precision = model::TimePrecision::Second;
    bool internal = false;

    bool isDayOnly() const { return precision >= model::TimePrecision::Day; }
    int lane() const { return precision == model::TimePrecision::UnknownTime ? UnknownTimeLane : int(kind); }
};

// The timeline's events sorted by time (then id), kept up to date one event at a time so that a
// live note costs a binary search and a short move, not a rebuild of 10,000 entries.
class TimelineIndex final
{
public:
    // nullopt for an event that has no valid time yet (a row just added in the table).
    static std::optional<TimelineEntry> entryFor(const model::TimelineEvent &event, const QTimeZone &zone);

    void reset(const QList<model::TimelineEvent> &events, const QTimeZone &zone);
    void clear();
    // Puts the event in its place, replacing the entry with its id; drops it when its time is
    // invalid.
    void upsert(const model::TimelineEvent &event, const QTimeZone &zone);
    bool remove(qint64 id);

    qsizetype size() const { return qsizetype(m_entries.size()); }
    bool isEmpty() const { return m_entries.empty(); }
    const TimelineEntry &at(qsizetype i) const { return m_entries[size_t(i)]; }
    qsizetype indexOf(qint64 id) const; // the position in time order, -1 when absent
    const TimelineEntry *find(qint64 id) const;
    qsizetype lowerBound(qint64 msecs) const; // the first entry at or after msecs
    qsizetype upperBound(qint64 msecs) const; // the first entry after msecs
    // From the earliest entry's start to the latest entry's end.
    std::optional<std::pair<qint64, qint64>> extent() const;
    bool hasUnknownTimes() const { return m_unknownCount > 0; }
    // The entries that carry a milestone (few), in time order.
    QList<TimelineEntry> milestoneEntries() const;

private:
    void insertEntry(const TimelineEntry &entry);

    std::vector<TimelineEntry> m_entries;
    QHash<qint64, qint64> m_keys; // id → at, to find an entry by binary search
    QSet<qint64> m_milestoneIds;
    int m_unknownCount = 0;
};

// Events that would fall within a few pixels of each other in a lane, drawn as one item: a marker
// for one event, a count bubble for more.
struct TimelineCluster
{
    int lane = 0;
    qsizetype memberBegin = 0; // into TimelineClusters::members
    int count = 0;
    double x0 = 0; // the first and the last member's x
    double x1 = 0;
    // The buckets the cluster covers, from the left edge of the first to the right edge of the
    // last: a bubble drawn inside them never overlaps another lane item's bubble.
    double slot0 = 0;
    double slot1 = 0;
};

struct TimelineClusters
{
    std::vector<TimelineCluster> clusters;
    std::vector<qsizetype> members; // positions in the index, each cluster's in time order
};

// Clusters the entries whose marker x lies in [xMin, xMax], where x = (at − origin) × pxPerMs.
// Entries share a cluster when they fall in the same bucketPx-wide bucket of a grid fixed to the
// timeline (so clusters do not change while panning). Neighbouring clusters merge when together
// they are no wider than a bucket, and a lone event closer than minGapPx to its neighbour joins
// it, so no two items touch.
TimelineClusters clusterEntries(const TimelineIndex &index, qint64 origin, double pxPerMs, double xMin, double xMax,
                                double bucketPx, double minGapPx);

} // namespace hindsight::editor
