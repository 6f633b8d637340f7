// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowtable.h"

#include "model/commands.h"
#include "model/reviewdocument.h"
#include "model/reviewmodel.h"
#include "sectionrowsproxy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace hindsight::editor {

namespace {

constexpr auto RowId = int(model::ReviewModel::Role::RowId);

} // namespace

RowTable::RowTable(model::ReviewDocument &document, int typeIndex, QWidget *parent)
    : QWidget(parent), m_document(document), m_typeIndex(typeIndex),
      m_proxy(new SectionRowsProxy(document.model(), typeIndex, this)), m_view(new QTableView(this)),
      m_add(new QPushButton(tr("&Add"), this)), m_remove(new QPushButton(tr("&Remove"), this))
{
    m_view->setModel(m_proxy);
    m_view->setRootIndex(m_proxy->rowsRoot());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // Tab leaves the table; inside a cell editor it still moves to the next cell.
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    // Wide tables (the timeline) let people hide the columns they do not need.
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &RowTable::showColumnMenu);

    m_factory = [this] { return model::commands::insertRowOfType(m_document, m_typeIndex, -1); };

    // Widget shortcuts: they act on the table only, never while a cell editor has the focus.
    auto *insert = new QShortcut(QKeySequence(Qt::Key_Insert), m_view, this, &RowTable::addRow, Qt::WidgetShortcut);
    auto *remove = new QShortcut(QKeySequence::Delete, m_view, this, &RowTable::removeSelectedRows, Qt::WidgetShortcut);
    connect(m_add, &QPushButton::clicked, this, &RowTable::addRow);
    connect(m_remove, &QPushButton::clicked, this, &RowTable::removeSelectedRows);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    const bool editable = !document.isReadOnly();
    m_add->setEnabled(editable);
    insert->setEnabled(editable);
    remove->setEnabled(editable);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RowTable::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &RowTable::updateButtons);
    updateButtons();
}

void RowTable::setButtonTexts(const QString &add, const QString &remove)
{
    m_add->setText(add);
    m_remove->setText(remove);
}

void RowTable::setRowFactory(std::function<qint64()> factory)
{
    m_factory = std::move(factory);
}

void RowTable::setEditColumn(int column)
{
    m_editColumn = column;
}

void RowTable::fitColumn(int column, const QStringList &samples)
{
    const auto metrics = m_view->fontMetrics();
    int width = m_view->horizontalHeader()->fontMetrics().horizontalAdvance(
        m_proxy->headerData(column, Qt::Horizontal).toString());
    for (const auto &sample : samples)
        width = std::max(width, metrics.horizontalAdvance(sample));
    // Room for the cell margins and a combo box's arrow.
    m_view->setColumnWidth(column, width + 30);
}

void RowTable::setStretchColumn(int column)
{
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

QModelIndex RowTable::indexOfId(qint64 id, int column) const
{
    const auto root = m_view->rootIndex();
    for (int row = 0, rows = m_proxy->rowCount(root); row < rows; ++row) {
        const auto index = m_proxy->index(row, column, root);
        if (index.data(RowId).toLongLong() == id)
            return index;
    }
    return {};
}

QSize RowTable::sizeHint() const
{
    return {QWidget::sizeHint().width(),
            minimumSizeHint().height() + m_view->verticalHeader()->defaultSectionSize() * 3};
}

void RowTable::addRow()
{
    if (m_document.isReadOnly())
        return;
    const auto id = m_factory();
    const auto index = indexOfId(id, std::max(0, m_editColumn));
    if (!index.isValid())
        return;
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    if (m_editColumn >= 0)
        m_view->edit(index);
    Q_EMIT rowAdded(index);
}

void RowTable::removeSelectedRows()
{
    if (m_document.isReadOnly())
        return;
    std::set<int> rows;
    for (const auto &index : m_view->selectionModel()->selectedIndexes())
        rows.insert(index.row());
    if (rows.empty() && m_view->currentIndex().isValid())
        rows.insert(m_view->currentIndex().row());
    if (rows.empty())
        return;
    const auto root = m_view->rootIndex();
    QList<qint64> ids;
    for (const int row : rows)
        ids.append(m_proxy->index(row, 0, root).data(RowId).toLongLong());
    model::commands::removeRowsOfType(m_document, m_typeIndex, ids);

    // Keep a row selected so that Delete can be pressed again.
    const int remaining = m_proxy->rowCount(root);
    if (remaining > 0) {
        const int row = std::min(*rows.begin(), remaining - 1);
        const auto column = std::max(0, m_view->currentIndex().column());
        m_view->setCurrentIndex(m_proxy->index(row, column, root));
    }
}

void RowTable::showColumnMenu(const QPoint &position)
{
    QMenu menu;
    auto *header = m_view->horizontalHeader();
    for (int column = 0, columns = m_proxy->columnCount(m_view->rootIndex()); column < columns; ++column) {
        auto *action = menu.addAction(m_proxy->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column stays: a table without columns cannot be got back.
        action->setEnabled(header->isSectionHidden(column) || header->count() - header->hiddenSectionCount() > 1);
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { m_view->setColumnHidden(column, !shown); });
    }
    menu.exec(header->mapToGlobal(position));
}

void RowTable::updateButtons()
{
    const bool hasRow = m_view->currentIndex().isValid() || m_view->selectionModel()->hasSelection();
    m_remove->setEnabled(!m_document.isReadOnly() && hasRow);
}

} // namespace hindsight::editor
