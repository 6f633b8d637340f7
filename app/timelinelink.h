// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QTableView;

namespace hindsight::editor {
class RowTable;
class SectionEditor;
class TimelineView;
} // namespace hindsight::editor

namespace hindsight::app {

// Keeps the timeline widget and the timeline table showing one selection: they are two views of
// the same events, so selecting in one selects in the other.
class TimelineLink final : public QObject
{
    Q_OBJECT

public:
    TimelineLink(editor::TimelineView *timeline, editor::SectionEditor *sections, QObject *parent = nullptr);

    // Finds the timeline table again; call after the editor built its pages for a document.
    void attach();
    // Scrolls the table to an event without selecting it: a live note just taken is in view
    // in the table as it is on the timeline, however long the table has grown.
    void reveal(qint64 id);

private:
    void tableSelectionChanged();
    void timelineSelectionChanged(const QList<qint64> &ids);
    void activate(qint64 id);

    editor::TimelineView *m_timeline;
    editor::SectionEditor *m_sections;
    QPointer<editor::RowTable> m_table;
    bool m_syncing = false;
};

} // namespace hindsight::app
