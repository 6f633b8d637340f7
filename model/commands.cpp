// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "names.h"
#include "reviewdocument.h"
#include "reviewfields.h"
#include "rows.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace hindsight::model::commands {

namespace {

// Ids for QUndoCommand::id(): commands with the same id may merge.
enum class CommandId { ChangeField = 1, ChangeRowValue };

// Swaps a value in and out; consecutive changes of the same target merge, and the command
// becomes obsolete when the value ends where it started (typing a word and deleting it).
class ChangeFieldCommand final : public QUndoCommand
{
public:
    ChangeFieldCommand(ReviewDocument &document, Field field, QVariant value)
        : m_document(document), m_field(field), m_old(fieldValue(document.review(), field)), m_new(std::move(value)),
          m_generation(document.editGeneration())
    {
        setText(QCoreApplication::translate("Hindsight", "Edit %1").arg(enumLabel(sectionOfField(field))));
    }

    void redo() override { m_document.setField(m_field, m_new); }
    void undo() override { m_document.setField(m_field, m_old); }
    int id() const override { return int(CommandId::ChangeField); }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ChangeFieldCommand *>(other);
        if (next->m_field != m_field || next->m_generation != m_generation)
            return false;
        m_new = next->m_new;
        setObsolete(m_new == m_old);
        return true;
    }

private:
    ReviewDocument &m_document;
    Field m_field;
    QVariant m_old;
    QVariant m_new;
    int m_generation;
};

template <typename Row>
class ChangeRowValueCommand final : public QUndoCommand
{
public:
    ChangeRowValueCommand(ReviewDocument &document, qint64 id, int column, QVariant value, QVariant old)
        : m_document(document), m_id(id), m_column(column), m_old(std::move(old)), m_new(std::move(value)),
          m_generation(document.editGeneration())
    {
        setText(
            QCoreApplication::translate("Hindsight", "Edit %1").arg(labelInSentence(RowTraits<Row>::header(column))));
    }

    void redo() override { apply(m_new); }
    void undo() override { apply(m_old); }
    int id() const override { return int(CommandId::ChangeRowValue); }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const ChangeRowValueCommand<Row> *>(other);
        if (!next || next->m_id != m_id || next->m_column != m_column || next->m_generation != m_generation)
            return false;
        m_new = next->m_new;
        setObsolete(m_new == m_old);
        return true;
    }

private:
    void apply(const QVariant &value)
    {
        const int row = m_document.rowOf<Row>(m_id);
        if (row >= 0)
            m_document.setRowValue<Row>(row, m_column, value);
    }

    ReviewDocument &m_document;
    qint64 m_id;
    int m_column;
    QVariant m_old;
    QVariant m_new;
    int m_generation;
};

template <typename Row>
class InsertRowCommand final : public QUndoCommand
{
public:
    InsertRowCommand(ReviewDocument &document, Row item, int row, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent), m_document(document), m_item(std::move(item)), m_row(row)
    {
        if constexpr (std::is_same_v<Row, Figure>) {
            setText((m_item.kind == FigureKind::Chart ? QCoreApplication::translate("Hindsight", "Add chart to %1")
                                                      : QCoreApplication::translate("Hindsight", "Add image to %1"))
                        .arg(labelInSentence(enumLabel(m_item.section))));
        } else {
            setText(QCoreApplication::translate("Hindsight", "Add to %1").arg(sectionLabel()));
        }
    }

    void redo() override { m_document.insertRow<Row>(m_row, m_item); }
    void undo() override { m_item = m_document.takeRow<Row>(m_document.rowOf<Row>(m_item.id)); }

private:
    static QString sectionLabel()
    {
        if constexpr (std::is_same_v<Row, AdditionalNote>)
            return QCoreApplication::translate("Hindsight", "additional notes");
        else if constexpr (std::is_same_v<Row, Figure>)
            return {};
        else
            return labelInSentence(enumLabel(RowTraits<Row>::section));
    }

    ReviewDocument &m_document;
    Row m_item;
    int m_row;
};

// Owns the removed row while it is on the undo stack.
template <typename Row>
class RemoveRowCommand final : public QUndoCommand
{
public:
    RemoveRowCommand(ReviewDocument &document, qint64 id, QUndoCommand *parent)
        : QUndoCommand(parent), m_document(document), m_id(id)
    {}

    void redo() override
    {
        m_row = m_document.rowOf<Row>(m_id);
        if (m_row >= 0)
            m_item = m_document.takeRow<Row>(m_row);
    }
    void undo() override
    {
        if (m_row >= 0)
            m_document.insertRow<Row>(m_row, m_item);
    }

private:
    ReviewDocument &m_document;
    qint64 m_id;
    int m_row = -1;
    Row m_item;
};

// Moves a row to another position in its list, keeping its id.
template <typename Row>
class MoveRowCommand final : public QUndoCommand
{
public:
    MoveRowCommand(ReviewDocument &document, qint64 id, int from, int to)
        : m_document(document), m_id(id), m_from(from), m_to(to)
    {
        setText(QCoreApplication::translate("Hindsight", "Move row"));
    }

    void redo() override { move(m_to); }
    void undo() override { move(m_from); }

private:
    void move(int to)
    {
        const int row = m_document.rowOf<Row>(m_id);
        if (row >= 0 && row != to)
            m_document.insertRow<Row>(to, m_document.takeRow<Row>(row));
    }

    ReviewDocument &m_document;
    qint64 m_id;
    int m_from;
    int m_to;
};

} // namespace

void setField(ReviewDocument &document, Field field, const QVariant &value)
{
    if (document.isReadOnly() || fieldValue(document.review(), field) == value)
        return;
    document.undoStack()->push(new ChangeFieldCommand(document, field, value));
}

template <typename Row>
qint64 insertRow(ReviewDocument &document, Row item, int row)
{
    if (document.isReadOnly())
        return 0;
    if constexpr (std::is_same_v<Row, TimelineEvent>) {
        if (!item.time.isValid())
            return 0; // an event without a time cannot be placed on the timeline
    }
    const auto size = int((document.review().*RowTraits<Row>::list).size());
    if (row < 0 || row > size)
        row = size;
    item.id = document.newId();
    const auto id = item.id;
    document.undoStack()->push(new InsertRowCommand<Row>(document, std::move(item), row));
    return id;
}

template <typename Row>
void removeRows(ReviewDocument &document, const QList<qint64> &ids)
{
    if (document.isReadOnly() || ids.isEmpty())
        return;
    auto *macro = new QUndoCommand;
    if constexpr (std::is_same_v<Row, Figure>)
        macro->setText(QCoreApplication::translate("Hindsight", "Remove %n figure(s)", nullptr, int(ids.size())));
    else
        macro->setText(QCoreApplication::translate("Hindsight", "Delete %n row(s)", nullptr, int(ids.size())));
    for (const auto id : ids)
        new RemoveRowCommand<Row>(document, id, macro);
    document.undoStack()->push(macro);
}

template <typename Row>
void moveRow(ReviewDocument &document, qint64 id, int to)
{
    const int from = document.rowOf<Row>(id);
    const auto size = int((document.review().*RowTraits<Row>::list).size());
    if (document.isReadOnly() || from < 0 || to < 0 || to >= size || to == from)
        return;
    document.undoStack()->push(new MoveRowCommand<Row>(document, id, from, to));
}

template <typename Row>
void setRowValue(ReviewDocument &document, qint64 id, int column, const QVariant &value)
{
    if (document.isReadOnly())
        return;
    const int row = document.rowOf<Row>(id);
    if (row < 0)
        return;
    auto old = RowTraits<Row>::value((document.review().*RowTraits<Row>::list).at(row), column);
    if (old == value)
        return;
    if constexpr (std::is_same_v<Row, TimelineEvent>) {
        if (column == RowTraits<Row>::Time && !value.toDateTime().isValid())
            return;
    }
    document.undoStack()->push(new ChangeRowValueCommand<Row>(document, id, column, value, std::move(old)));
}

template <typename Row>
void replaceRow(ReviewDocument &document, const Row &item)
{
    const int row = document.rowOf<Row>(item.id);
    if (document.isReadOnly() || row < 0)
        return;
    const Row &current = (document.review().*RowTraits<Row>::list).at(row);
    if (current == item)
        return;
    document.undoStack()->beginMacro(QCoreApplication::translate("Hindsight", "Edit row"));
    for (int column = 0; column < RowTraits<Row>::ColumnCount; ++column)
        setRowValue<Row>(document, item.id, column, RowTraits<Row>::value(item, column));
    document.undoStack()->endMacro();
}

qint64 insertRowOfType(ReviewDocument &document, int typeIndex, int row)
{
    return visitRowType(typeIndex, [&](auto *tag) {
        using Row = std::remove_pointer_t<decltype(tag)>;
        Row item;
        if constexpr (std::is_same_v<Row, TimelineEvent>) {
            // A row typed in the table starts at the current second.
            const auto now = QDateTime::currentDateTimeUtc();
            item.time = now.addMSecs(-now.time().msec());
        }
        return insertRow<Row>(document, item, row);
    });
}

void removeRowsOfType(ReviewDocument &document, int typeIndex, const QList<qint64> &ids)
{
    visitRowType(typeIndex, [&](auto *tag) {
        using Row = std::remove_pointer_t<decltype(tag)>;
        removeRows<Row>(document, ids);
    });
}

void setRowValueOfType(ReviewDocument &document, int typeIndex, qint64 id, int column, const QVariant &value)
{
    visitRowType(typeIndex, [&](auto *tag) {
        using Row = std::remove_pointer_t<decltype(tag)>;
        setRowValue<Row>(document, id, column, value);
    });
}

#define HINDSIGHT_INSTANTIATE(Row)                                                                                     \
    template qint64 insertRow<Row>(ReviewDocument &, Row, int);                                                        \
    template void removeRows<Row>(ReviewDocument &, const QList<qint64> &);                                            \
    template void setRowValue<Row>(ReviewDocument &, qint64, int, const QVariant &);                                   \
    template void replaceRow<Row>(ReviewDocument &, const Row &);                                                      \
    template void moveRow<Row>(ReviewDocument &, qint64, int);
HINDSIGHT_INSTANTIATE(Person)
HINDSIGHT_INSTANTIATE(TimelineEvent)
HINDSIGHT_INSTANTIATE(Lesson)
HINDSIGHT_INSTANTIATE(ActionItem)
HINDSIGHT_INSTANTIATE(AdditionalNote)
HINDSIGHT_INSTANTIATE(Figure)
#undef HINDSIGHT_INSTANTIATE

} // namespace hindsight::model::commands
