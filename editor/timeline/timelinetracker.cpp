// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinetracker.h"

#include "model/reviewdocument.h"
#include "model/reviewmodel.h"
#include "model/rows.h"

namespace hindsight::editor {

namespace {

// Changes to more rows than this at once rebuild the index (a sort) instead of moving entries
// one at a time.
constexpr int RebuildThreshold = 64;

} // namespace

TimelineTracker::TimelineTracker(QObject *parent) : QObject(parent) {}

void TimelineTracker::setDocument(model::ReviewDocument *document)
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    if (document) {
        auto *model = document->model();
        m_connections << connect(model, &QAbstractItemModel::rowsInserted, this,
                                 [this](const QModelIndex &parent, int first, int last) {
                                     if (isTimelineParent(parent))
                                         rowsInserted(first, last);
                                 })
                      << connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                                 [this](const QModelIndex &parent, int first, int last) {
                                     if (isTimelineParent(parent))
                                         rowsAboutToBeRemoved(first, last);
                                 })
                      << connect(model, &QAbstractItemModel::dataChanged, this,
                                 [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                                     // Columns past the stored ones are derived for display (the
                                     // time since the start changes on every insert): they move
                                     // nothing here.
                                     if (isTimelineParent(topLeft.parent()) &&
                                         topLeft.column() < model::RowTraits<model::TimelineEvent>::ColumnCount)
                                         rowsChanged(topLeft.row(), bottomRight.row());
                                 })
                      << connect(model, &QAbstractItemModel::modelReset, this, &TimelineTracker::rebuild)
                      << connect(model, &QAbstractItemModel::layoutChanged, this, &TimelineTracker::rebuild)
                      << connect(model, &QAbstractItemModel::rowsMoved, this, &TimelineTracker::rebuild)
                      << connect(document, &model::ReviewDocument::fieldChanged, this,
                                 [this](model::Field field) {
                                     // The model announces a new zone through its rows; an empty
                                     // timeline still needs its axis in the new zone.
                                     if (field == model::Field::TimeZone && m_document &&
                                         m_document->model()->displayZone() != m_zone)
                                         rebuild();
                                 })
                      << connect(document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    rebuild();
}

bool TimelineTracker::isTimelineParent(const QModelIndex &parent) const
{
    return m_document && parent.model() == m_document->model() &&
           m_document->model()->typeIndexOf(parent) == model::RowTraits<model::TimelineEvent>::typeIndex;
}

void TimelineTracker::rebuild()
{
    ++m_rebuilds;
    if (m_document) {
        m_zone = m_document->model()->displayZone();
        m_index.reset(m_document->review().timeline, m_zone);
    } else {
        m_zone = QTimeZone::utc();
        m_index.clear();
    }
    finish();
}

void TimelineTracker::rowsInserted(int first, int last)
{
    if (last - first >= RebuildThreshold)
        return rebuild();
    const auto &events = m_document->review().timeline;
    for (int row = first; row <= last && row < events.size(); ++row)
        m_index.upsert(events.at(row), m_zone);
    finish();
}

void TimelineTracker::rowsAboutToBeRemoved(int first, int last)
{
    // The rows are still there: read their ids now.
    const auto &events = m_document->review().timeline;
    QList<qint64> removed;
    for (int row = first; row <= last && row < events.size(); ++row) {
        m_index.remove(events.at(row).id);
        removed.append(events.at(row).id);
    }
    finish(removed);
}

void TimelineTracker::rowsChanged(int first, int last)
{
    if (m_document->model()->displayZone() != m_zone || last - first >= RebuildThreshold)
        return rebuild();
    const auto &events = m_document->review().timeline;
    for (int row = first; row <= last && row < events.size(); ++row)
        m_index.upsert(events.at(row), m_zone);
    finish();
}

void TimelineTracker::finish(const QList<qint64> &removedIds)
{
    // Metrics over the milestone events only: a handful, whatever the size of the timeline.
    model::Review milestones;
    for (const auto &entry : m_index.milestoneEntries()) {
        model::TimelineEvent event;
        event.id = entry.id;
        event.time = QDateTime::fromMSecsSinceEpoch(entry.at, QTimeZone::utc());
        event.milestone = entry.milestone;
        milestones.timeline.append(event);
    }
    m_milestones = model::Metrics::compute(milestones);
    Q_EMIT changed(removedIds);
}

} // namespace hindsight::editor
