// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewmodel.h"

#include "commands.h"
#include "comments.h"
#include "names.h"
#include "reviewdocument.h"
#include "reviewfields.h"
#include "rows.h"
#include "timeformat.h"

#include <QLocale>

#include <algorithm>
#include <array>

namespace hindsight::model {

namespace {

constexpr int TopLevelRows = SectionCount + 3;

// The row type under each top-level row, or -1, as the row types' traits place them.
constexpr auto TypeOfTopRow = [] {
    std::array<int, TopLevelRows> types{};
    types.fill(-1);
    forEachRowType([&]<typename Row>() { types[RowTraits<Row>::topLevelRow] = RowTraits<Row>::typeIndex; });
    return types;
}();
static_assert(std::count_if(TypeOfTopRow.cbegin(), TypeOfTopRow.cend(), [](int type) { return type >= 0; }) ==
                  RowTypeCount,
              "every row type has a top-level row of its own");

int typeIndexOfTopRow(int row)
{
    return row >= 0 && row < TopLevelRows ? TypeOfTopRow[row] : -1;
}

int topRowOfType(int typeIndex)
{
    for (int row = 0; row < TopLevelRows; ++row) {
        if (TypeOfTopRow[row] == typeIndex)
            return row;
    }
    return -1;
}

} // namespace

ReviewModel::ReviewModel(ReviewDocument *document) : m_document(document), m_start(document->incidentStart())
{
    timeZoneChanged();
    commentsChanged();
}

QColor ReviewModel::commentMarkColor()
{
    return {0xf2, 0xb7, 0x05};
}

QModelIndex ReviewModel::sectionIndex(SectionKey key) const
{
    return createIndex(int(key), 0, quintptr(0));
}

QModelIndex ReviewModel::additionalNotesIndex() const
{
    return createIndex(AdditionalNotesRow, 0, quintptr(0));
}

QModelIndex ReviewModel::parentForType(int typeIndex) const
{
    const int row = topRowOfType(typeIndex);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int ReviewModel::typeIndexOf(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.internalId() != 0 || parent.column() != 0)
        return -1;
    return typeIndexOfTopRow(parent.row());
}

QString ReviewModel::formatTime(const QDateTime &utc, TimePrecision precision) const
{
    return formatEventTime(utc, precision, m_zone);
}

QModelIndex ReviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ReviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ReviewModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return TopLevelRows;
    const int typeIndex = typeIndexOf(parent);
    if (typeIndex < 0)
        return 0;
    return visitRowType(typeIndex,
                        [this]<typename Row>() { return int((m_document->review().*RowTraits<Row>::list).size()); });
}

int ReviewModel::columnCount(const QModelIndex &parent) const
{
    const int typeIndex = typeIndexOf(parent);
    if (typeIndex < 0)
        return 1;
    return visitRowType(
        typeIndex, []<typename Row>() { return RowTraits<Row>::ColumnCount + RowTraits<Row>::derivedColumnCount; });
}

QVariant ReviewModel::sectionData(int row, int role) const
{
    const auto &review = m_document->review();
    if (row == AdditionalNotesRow) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("Additional notes");
        case Qt::ToolTipRole:
            return tr("Additional notes: %n note(s) that belong to no template section", nullptr,
                      int(review.additional.size()));
        case int(Role::SectionState):
            return int(review.additional.isEmpty() ? SectionState::Empty : SectionState::Complete);
        }
        return {};
    }
    if (row == FiguresRow) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("Figures");
        case Qt::ToolTipRole:
            return tr("%n image(s) and chart(s) shown in the sections", nullptr, int(review.figures.size()));
        case int(Role::SectionState):
            return int(review.figures.isEmpty() ? SectionState::Empty : SectionState::Complete);
        }
        return {};
    }
    if (row == ReviewersRow) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("Reviewers");
        case Qt::ToolTipRole:
            return tr("%n reviewer(s) asked to sign the review off", nullptr, int(review.reviewers.size()));
        case int(Role::SectionState):
            return int(review.reviewers.isEmpty() ? SectionState::Empty : SectionState::Complete);
        }
        return {};
    }
    const auto key = SectionKey(row);
    switch (role) {
    case Qt::DisplayRole:
        return enumLabel(key);
    case Qt::ToolTipRole:
        return tr("%1: %2, %3")
            .arg(enumLabel(key), enumLabel(sectionState(review, key)).toLower(),
                 enumLabel(review.visibility[row]).toLower());
    case int(Role::SectionKey):
        return row;
    case int(Role::SectionState):
        return int(sectionState(review, key));
    case int(Role::Visibility):
        return int(review.visibility[row]);
    case int(Role::OpenComments):
        return m_openThreads[row];
    }
    return {};
}

QVariant ReviewModel::rowData(int typeIndex, int row, int column, int role) const
{
    return visitRowType(typeIndex, [&]<typename Row>() -> QVariant {
        using Traits = RowTraits<Row>;
        const auto &list = m_document->review().*Traits::list;
        if (row < 0 || row >= list.size())
            return {};
        const Row &item = list.at(row);
        if (role == int(Role::RowId))
            return item.id;
        if (role == int(Role::OpenComments) || (role == Qt::DecorationRole && column == 0)) {
            const int open = m_openThreadsOnRows.value(QString::fromLatin1(Traits::sqlTable)).value(item.id);
            if (role == int(Role::OpenComments))
                return open;
            return open > 0 ? QVariant(commentMarkColor()) : QVariant();
        }
        const RowContext context{*m_document, m_zone};
        if (column >= Traits::ColumnCount)
            return Traits::derivedValue(item, column, role, context);
        const auto value = Traits::value(item, column);
        if (role == Qt::EditRole)
            return value;
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        return Traits::displayValue(item, column, value, context);
    });
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return sectionData(index.row(), role);
    const int typeIndex = typeIndexOfTopRow(int(index.internalId() - 1));
    if (role == int(Role::Visibility)) {
        // Rows that carry a visibility answer for it whatever the column.
        const int column =
            visitRowType(typeIndex, []<typename Row>() { return int(RowTraits<Row>::visibilityColumn); });
        return column < 0 ? QVariant() : rowData(typeIndex, index.row(), column, Qt::EditRole);
    }
    return rowData(typeIndex, index.row(), index.column(), role);
}

bool ReviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || m_document->isReadOnly())
        return false;
    if (index.internalId() == 0) {
        if (role != int(Role::Visibility) || index.row() >= SectionCount)
            return false;
        commands::setField(*m_document, visibilityField(SectionKey(index.row())), value);
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const int typeIndex = typeIndexOfTopRow(int(index.internalId() - 1));
    const auto id = data(index, int(Role::RowId)).toLongLong();
    if (data(index, Qt::EditRole) == value)
        return true;
    commands::setRowValueOfType(*m_document, typeIndex, id, index.column(), value);
    return true;
}

Qt::ItemFlags ReviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    auto flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == 0)
        return flags;
    const int typeIndex = typeIndexOfTopRow(int(index.internalId() - 1));
    const bool readOnlyColumn =
        visitRowType(typeIndex, [&]<typename Row>() { return RowTraits<Row>::isReadOnly(index.column()); });
    if (!m_document->isReadOnly() && !readOnlyColumn)
        flags |= Qt::ItemIsEditable;
    return flags | Qt::ItemNeverHasChildren;
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Section") : QVariant();
}

bool ReviewModel::insertRows(int row, int count, const QModelIndex &parent)
{
    const int typeIndex = typeIndexOf(parent);
    if (typeIndex < 0 || count < 1 || row < 0 || row > rowCount(parent) || m_document->isReadOnly())
        return false;
    m_document->undoStack()->beginMacro(tr("Add rows"));
    for (int i = 0; i < count; ++i)
        commands::insertRowOfType(*m_document, typeIndex, row + i);
    m_document->undoStack()->endMacro();
    return true;
}

bool ReviewModel::removeRows(int row, int count, const QModelIndex &parent)
{
    const int typeIndex = typeIndexOf(parent);
    if (typeIndex < 0 || count < 1 || row < 0 || row + count > rowCount(parent) || m_document->isReadOnly())
        return false;
    QList<qint64> ids;
    for (int i = row; i < row + count; ++i)
        ids.append(index(i, 0, parent).data(int(Role::RowId)).toLongLong());
    commands::removeRowsOfType(*m_document, typeIndex, ids);
    return true;
}

void ReviewModel::beginInsert(int typeIndex, int row)
{
    beginInsertRows(parentForType(typeIndex), row, row);
}

void ReviewModel::endInsert()
{
    endInsertRows();
    relativeTimesChanged();
}

void ReviewModel::beginRemove(int typeIndex, int row)
{
    beginRemoveRows(parentForType(typeIndex), row, row);
}

void ReviewModel::endRemove()
{
    endRemoveRows();
    relativeTimesChanged();
}

void ReviewModel::rowChanged(int typeIndex, int row, int column)
{
    const auto parent = parentForType(typeIndex);
    const auto cell = index(row, column, parent);
    Q_EMIT dataChanged(cell, cell);
    visitRowType(typeIndex, [&]<typename Row>() {
        using Traits = RowTraits<Row>;
        const auto &from = Traits::derivedFrom;
        if (std::find(from.cbegin(), from.cend(), column) != from.cend()) {
            Q_EMIT dataChanged(index(row, Traits::ColumnCount, parent),
                               index(row, Traits::ColumnCount + Traits::derivedColumnCount - 1, parent),
                               {Qt::DisplayRole, Qt::EditRole});
        }
    });
    relativeTimesChanged();
}

void ReviewModel::relativeTimesChanged()
{
    // Relative times move only when the start does; a live note at the end moves nothing, so
    // views of 10,000 events are not told to look at all of them for each note.
    const auto start = m_document->incidentStart();
    if (start == m_start)
        return;
    m_start = start;
    const auto parent = parentForType(RowTraits<TimelineEvent>::typeIndex);
    const int rows = rowCount(parent);
    if (rows > 0) {
        Q_EMIT dataChanged(index(0, TimelineRelativeColumn, parent), index(rows - 1, TimelineRelativeColumn, parent),
                           {Qt::DisplayRole, Qt::EditRole});
    }
}

void ReviewModel::sectionChanged(std::optional<SectionKey> key)
{
    const auto top = key ? sectionIndex(*key) : additionalNotesIndex();
    Q_EMIT dataChanged(top, top);
}

void ReviewModel::commentsChanged()
{
    m_openThreads.fill(0);
    m_openThreadsOnRows.clear();
    for (const auto &thread : m_document->threads()) {
        if (thread.isResolved())
            continue;
        const auto &anchor = thread.anchor;
        if (int(anchor.section) >= 0 && int(anchor.section) < SectionCount)
            ++m_openThreads[int(anchor.section)];
        if (anchor.kind == AnchorKind::Row)
            ++m_openThreadsOnRows[anchor.rowTable][anchor.rowId];
    }
    Q_EMIT dataChanged(index(0, 0), index(SectionCount - 1, 0), {int(Role::OpenComments)});
    // Rows of every table may have gained or lost a mark.
    forEachRowType([&]<typename Row>() {
        const auto parent = parentForType(RowTraits<Row>::typeIndex);
        const int rows = rowCount(parent);
        if (rows > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, 0, parent),
                               {Qt::DecorationRole, int(Role::OpenComments)});
    });
}

void ReviewModel::timeZoneChanged()
{
    m_zone = model::displayZone(m_document->review().timeZone);
    const auto timeline = parentForType(RowTraits<TimelineEvent>::typeIndex);
    const int rows = rowCount(timeline);
    if (rows > 0)
        Q_EMIT dataChanged(index(0, 0, timeline), index(rows - 1, 0, timeline));
}

} // namespace hindsight::model
