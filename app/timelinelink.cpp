// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelink.h"

#include "editor/sections/sectioneditor.h"
#include "editor/timeline/timelineview.h"
#include "editor/widgets/rowtable.h"
#include "editor/widgets/sectionrowsproxy.h"
#include "model/reviewdocument.h"
#include "model/reviewmodel.h"

#include <QItemSelectionModel>
#include <QScopedValueRollback>
#include <QTableView>
#include <QTimer>

namespace hindsight::app {

using model::ReviewModel;

TimelineLink::TimelineLink(editor::TimelineView *timeline, editor::SectionEditor *sections, QObject *parent)
    : QObject(parent), m_timeline(timeline), m_sections(sections)
{
    connect(m_timeline, &editor::TimelineView::eventsSelected, this, &TimelineLink::timelineSelectionChanged);
    connect(m_timeline, &editor::TimelineView::eventActivated, this, &TimelineLink::activate);
}

void TimelineLink::attach()
{
    if (m_table && m_table->view()->selectionModel())
        m_table->view()->selectionModel()->disconnect(this);
    m_table = m_sections->findChild<editor::RowTable *>(QStringLiteral("timeline"));
    if (!m_table)
        return;
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TimelineLink::tableSelectionChanged);
}

void TimelineLink::reveal(qint64 id)
{
    auto *document = m_sections->document();
    if (!m_table || !document)
        return;
    // Through the model rather than a search of the table's rows: one lookup, whatever the
    // length of the timeline.
    const int row = document->rowOf<model::TimelineEvent>(id);
    const auto parent = document->model()->parentForType(model::RowTraits<model::TimelineEvent>::typeIndex);
    const QPersistentModelIndex index = m_table->proxy()->mapFromSource(document->model()->index(row, 0, parent));
    // After the table has laid out the new row: its scroll range does not include it yet.
    QTimer::singleShot(0, m_table, [table = m_table, index] {
        if (table && index.isValid())
            table->view()->scrollTo(index);
    });
}

void TimelineLink::tableSelectionChanged()
{
    if (m_syncing || !m_table)
        return;
    QScopedValueRollback guard(m_syncing, true);
    QList<qint64> ids;
    for (const auto &row : m_table->view()->selectionModel()->selectedRows())
        ids.append(row.data(int(ReviewModel::Role::RowId)).toLongLong());
    m_timeline->setSelectedEvents(ids);
    if (!ids.isEmpty())
        m_timeline->ensureVisible(ids.first());
}

void TimelineLink::timelineSelectionChanged(const QList<qint64> &ids)
{
    if (m_syncing || !m_table)
        return;
    QScopedValueRollback guard(m_syncing, true);
    auto *view = m_table->view();
    auto *proxy = m_table->proxy();
    const auto root = view->rootIndex();
    QItemSelection selection;
    QModelIndex first;
    for (int row = 0; row < proxy->rowCount(root); ++row) {
        const auto index = proxy->index(row, 0, root);
        if (ids.contains(index.data(int(ReviewModel::Role::RowId)).toLongLong())) {
            selection.select(index, index);
            if (!first.isValid())
                first = index;
        }
    }
    view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        view->scrollTo(first);
    }
}

void TimelineLink::activate(qint64 id)
{
    m_sections->showSection(int(model::SectionKey::Timeline));
    timelineSelectionChanged({id});
    if (m_table)
        m_table->view()->setFocus(Qt::OtherFocusReason);
}

} // namespace hindsight::app
