// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewmodel.h"

#include "commands.h"
#include "metrics.h"
#include "names.h"
#include "reviewdocument.h"
#include "reviewfields.h"
#include "rows.h"
#include "timeformat.h"

#include <QLocale>

namespace hindsight::model {

namespace {

constexpr int TopLevelRows = SectionCount + 2;

// Top-level rows that hold rows, and the type they hold.
int typeIndexOfTopRow(int row)
{
    if (row == ReviewModel::AdditionalNotesRow)
        return RowTraits<AdditionalNote>::typeIndex;
    if (row == ReviewModel::FiguresRow)
        return RowTraits<Figure>::typeIndex;
    switch (SectionKey(row)) {
    case SectionKey::Authors:
        return RowTraits<Person>::typeIndex;
    case SectionKey::Timeline:
        return RowTraits<TimelineEvent>::typeIndex;
    case SectionKey::Lessons:
        return RowTraits<Lesson>::typeIndex;
    case SectionKey::Actions:
        return RowTraits<ActionItem>::typeIndex;
    default:
        return -1;
    }
}

int topRowOfType(int typeIndex)
{
    for (int row = 0; row < TopLevelRows; ++row) {
        if (typeIndexOfTopRow(row) == typeIndex)
            return row;
    }
    return -1;
}

QString labelOfEnumColumn(int typeIndex, int column, int value)
{
    return visitRowType(typeIndex, [&](auto *tag) -> QString {
        using Row = std::remove_pointer_t<decltype(tag)>;
        using Traits = RowTraits<Row>;
        if constexpr (std::is_same_v<Row, TimelineEvent>) {
            switch (column) {
            case Traits::Kind:
                return enumLabel(EventKind(value));
            case Traits::Milestone:
                return value ? enumLabel(Milestone(value)) : QString();
            case Traits::Visibility:
                return enumLabel(Visibility(value));
            case Traits::Precision:
                return enumLabel(TimePrecision(value));
            case Traits::Source:
                return enumLabel(EventSource(value));
            }
        } else if constexpr (std::is_same_v<Row, ActionItem>) {
            switch (column) {
            case Traits::Type:
                return enumLabel(ActionType(value));
            case Traits::Priority:
                return priorityLabel(value);
            case Traits::Status:
                return enumLabel(ActionStatus(value));
            case Traits::Visibility:
                return enumLabel(Visibility(value));
            }
        } else if constexpr (std::is_same_v<Row, Lesson>) {
            if (column == Traits::Kind)
                return enumLabel(LessonKind(value));
        } else if constexpr (std::is_same_v<Row, AdditionalNote>) {
            if (column == Traits::Visibility)
                return enumLabel(Visibility(value));
        } else if constexpr (std::is_same_v<Row, Figure>) {
            switch (column) {
            case Traits::Section:
                return enumLabel(SectionKey(value));
            case Traits::Kind:
                return enumLabel(FigureKind(value));
            case Traits::Visibility:
                return enumLabel(Visibility(value));
            }
        }
        return QString::number(value);
    });
}

} // namespace

ReviewModel::ReviewModel(ReviewDocument *document) : m_document(document), m_start(document->incidentStart())
{
    timeZoneChanged();
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
    return visitRowType(typeIndex, [this](auto *tag) {
        using Row = std::remove_pointer_t<decltype(tag)>;
        return int((m_document->review().*RowTraits<Row>::list).size());
    });
}

int ReviewModel::columnCount(const QModelIndex &parent) const
{
    const int typeIndex = typeIndexOf(parent);
    if (typeIndex < 0)
        return 1;
    return visitRowType(typeIndex, [](auto *tag) {
        using Row = std::remove_pointer_t<decltype(tag)>;
        if constexpr (std::is_same_v<Row, TimelineEvent>)
            return TimelineRelativeColumn + 1;
        else
            return int(RowTraits<Row>::ColumnCount);
    });
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
    }
    return {};
}

QVariant ReviewModel::rowData(int typeIndex, int row, int column, int role) const
{
    return visitRowType(typeIndex, [&](auto *tag) -> QVariant {
        using Row = std::remove_pointer_t<decltype(tag)>;
        const auto &list = m_document->review().*RowTraits<Row>::list;
        if (row < 0 || row >= list.size())
            return {};
        const Row &item = list.at(row);
        if (role == int(Role::RowId))
            return item.id;
        if constexpr (std::is_same_v<Row, TimelineEvent>) {
            if (column == TimelineRelativeColumn)
                return relativeTime(item, role);
        }
        const auto value = RowTraits<Row>::value(item, column);
        if (role == Qt::EditRole)
            return value;
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        if constexpr (std::is_same_v<Row, TimelineEvent>) {
            if (column == RowTraits<Row>::Time)
                return formatTime(item.time, item.precision);
        }
        switch (value.typeId()) {
        case QMetaType::Int:
            return labelOfEnumColumn(typeIndex, column, value.toInt());
        case QMetaType::QDate:
            return value.toDate().toString(Qt::ISODate);
        default:
            return value;
        }
    });
}

QVariant ReviewModel::relativeTime(const TimelineEvent &event, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const auto start = m_document->incidentStart();
    if (!start.isValid() || event.precision >= TimePrecision::Day)
        return role == Qt::EditRole ? QVariant() : QVariant(QString());
    const auto offset = start.msecsTo(event.time);
    if (role == Qt::EditRole)
        return offset;
    return QString(QStringLiteral("T") + (offset < 0 ? QString() : QStringLiteral("+")) + formatElapsed(offset));
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
        const int column = typeIndex == RowTraits<TimelineEvent>::typeIndex ? int(RowTraits<TimelineEvent>::Visibility)
                           : typeIndex == RowTraits<ActionItem>::typeIndex  ? int(RowTraits<ActionItem>::Visibility)
                           : typeIndex == RowTraits<AdditionalNote>::typeIndex
                               ? int(RowTraits<AdditionalNote>::Visibility)
                           : typeIndex == RowTraits<Figure>::typeIndex ? int(RowTraits<Figure>::Visibility)
                                                                       : -1;
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
        typeIndex == RowTraits<TimelineEvent>::typeIndex &&
        (index.column() == RowTraits<TimelineEvent>::Source || index.column() == TimelineRelativeColumn);
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
    if (typeIndex == RowTraits<TimelineEvent>::typeIndex && column == RowTraits<TimelineEvent>::Time) {
        const auto relative = index(row, TimelineRelativeColumn, parent);
        Q_EMIT dataChanged(relative, relative, {Qt::DisplayRole, Qt::EditRole});
    }
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

void ReviewModel::timeZoneChanged()
{
    m_zone = model::displayZone(m_document->review().timeZone);
    const auto timeline = parentForType(RowTraits<TimelineEvent>::typeIndex);
    const int rows = rowCount(timeline);
    if (rows > 0)
        Q_EMIT dataChanged(index(0, 0, timeline), index(rows - 1, 0, timeline));
}

} // namespace hindsight::model
