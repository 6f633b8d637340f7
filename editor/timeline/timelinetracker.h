// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/metrics.h"
#include "timelineindex.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

class QModelIndex;

namespace hindsight::model {
class ReviewDocument;
}

namespace hindsight::editor {

// Keeps a TimelineIndex of a document's timeline in step with its model, one row at a time:
// rowsInserted, rowsAboutToBeRemoved and dataChanged update the index in O(log n) plus a short
// move; a reset, a layout change, a new display zone or a change to many rows at once rebuilds it.
// Also keeps the milestones, from the few events that carry one.
class TimelineTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineTracker)

public:
    explicit TimelineTracker(QObject *parent = nullptr);

    void setDocument(model::ReviewDocument *document);
    model::ReviewDocument *document() const { return m_document; }

    const TimelineIndex &index() const { return m_index; }
    // Milestone times and order problems (durations unset: the view computes what it shows).
    const model::Metrics &milestones() const { return m_milestones; }
    QTimeZone zone() const { return m_zone; }
    // How many times the index was built from scratch: tests check that a note does not.
    int rebuildCount() const { return m_rebuilds; }

Q_SIGNALS:
    // The index changed; removedIds lists the events that left the timeline.
    void changed(const QList<qint64> &removedIds);

private:
    void rebuild();
    void rowsInserted(int first, int last);
    void rowsAboutToBeRemoved(int first, int last);
    void rowsChanged(int first, int last);
    void finish(const QList<qint64> &removedIds = {});
    bool isTimelineParent(const QModelIndex &parent) const;

    QPointer<model::ReviewDocument> m_document;
    QList<QMetaObject::Connection> m_connections;
    TimelineIndex m_index;
    QTimeZone m_zone = QTimeZone::utc();
    model::Metrics m_milestones;
    int m_rebuilds = 0;
};

} // namespace hindsight::editor
