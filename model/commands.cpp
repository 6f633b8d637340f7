// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "names.h"
#include "reviewdocument.h"
#include "reviewfields.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace hindsight::model::commands {

namespace {

// Ids for QUndoCommand::id(): commands with the same id may merge.
enum class CommandId { ChangeField = 1, ChangeRowValue };

// What a ChangeValueCommand changes: a scalar field of the review...
struct FieldTarget
{
    static constexpr CommandId commandId = CommandId::ChangeField;
    Field field;

    QString text() const
    {
        return QCoreApplication::translate("Hindsight", "Edit %1").arg(enumLabel(sectionOfField(field)));
    }
    void write(ReviewDocument &document, const QVariant &value) const { document.setField(field, value); }
    friend bool operator==(const FieldTarget &, const FieldTarget &) = default;
};

// ...or one cell of a row, found by the row's id wherever the row has moved since.
template <typename Row>
struct CellTarget
{
    static constexpr CommandId commandId = CommandId::ChangeRowValue;
    qint64 id;
    int column;

    QString text() const
    {
        return QCoreApplication::translate("Hindsight", "Edit %1").arg(labelInSentence(RowTraits<Row>::header(column)));
    }
    void write(ReviewDocument &document, const QVariant &value) const
    {
        const int row = document.rowOf<Row>(id);
        if (row >= 0)
            document.setRowValue<Row>(row, column, value);
    }
    friend bool operator==(const CellTarget &, const CellTarget &) = default;
};

// Swaps a value in and out; consecutive changes of the same target merge, and the command
// becomes obsolete when the value ends where it started (typing a word and deleting it).
template <typename Target>
class ChangeValueCommand final : public QUndoCommand
{
public:
    ChangeValueCommand(ReviewDocument &document, Target target, QVariant old, QVariant value)
        : m_document(document), m_target(std::move(target)), m_old(std::move(old)), m_new(std::move(value)),
          m_generation(document.editGeneration())
    {
        setText(m_target.text());
    }

    void redo() override { m_target.write(m_document, m_new); }
    void undo() override { m_target.write(m_document, m_old); }
    int id() const override { return int(Target::commandId); }

    bool mergeWith(const QUndoCommand *other) override
    {
        // The cells of every row type share one id.
        const auto *next = dynamic_cast<const ChangeValueCommand *>(other);
        if (!next || !(next->m_target == m_target) || next->m_generation != m_generation)
            return false;
        m_new = next->m_new;
        setObsolete(m_new == m_old);
        return true;
    }

private:
    ReviewDocument &m_document;
    Target m_target;
    QVariant m_old;
    QVariant m_new;
    int m_generation;
};

template <typename Row>
class InsertRowCommand final : public QUndoCommand
{
public:
    InsertRowCommand(ReviewDocument &document, Row item, int row)
        : m_document(document), m_item(std::move(item)), m_row(row)
    {
        setText(RowTraits<Row>::insertText(m_item));
    }

    void redo() override { m_document.insertRow<Row>(m_row, m_item); }
    void undo() override { m_item = m_document.takeRow<Row>(m_document.rowOf<Row>(m_item.id)); }

private:
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

// The row commands for one row type; the public functions reach them through RowTypes.
template <typename Row>
struct RowCommands
{
    using Traits = RowTraits<Row>;

    static const QList<Row> &rows(const ReviewDocument &document) { return document.review().*Traits::list; }

    static qint64 insert(ReviewDocument &document, Row item, int row)
    {
        if (document.isReadOnly() || !Traits::isValid(item))
            return 0;
        const auto size = int(rows(document).size());
        if (row < 0 || row > size)
            row = size;
        item.id = document.newId();
        const auto id = item.id;
        document.undoStack()->push(new InsertRowCommand<Row>(document, std::move(item), row));
        return id;
    }

    static void remove(ReviewDocument &document, const QList<qint64> &ids)
    {
        if (document.isReadOnly() || ids.isEmpty())
            return;
        auto *macro = new QUndoCommand;
        macro->setText(Traits::removeText(int(ids.size())));
        for (const auto id : ids)
            new RemoveRowCommand<Row>(document, id, macro);
        document.undoStack()->push(macro);
    }

    static void setValue(ReviewDocument &document, qint64 id, int column, const QVariant &value)
    {
        if (document.isReadOnly())
            return;
        const int row = document.rowOf<Row>(id);
        if (row < 0)
            return;
        auto old = Traits::value(rows(document).at(row), column);
        if (old == value || !Traits::accepts(column, value))
            return;
        document.undoStack()->push(
            new ChangeValueCommand<CellTarget<Row>>(document, CellTarget<Row>{id, column}, std::move(old), value));
    }

    static void replace(ReviewDocument &document, const Row &item)
    {
        const int row = document.rowOf<Row>(item.id);
        if (document.isReadOnly() || row < 0 || rows(document).at(row) == item)
            return;
        document.undoStack()->beginMacro(QCoreApplication::translate("Hindsight", "Edit row"));
        for (int column = 0; column < Traits::ColumnCount; ++column)
            setValue(document, item.id, column, Traits::value(item, column));
        document.undoStack()->endMacro();
    }

    static void move(ReviewDocument &document, qint64 id, int to)
    {
        const int from = document.rowOf<Row>(id);
        const auto size = int(rows(document).size());
        if (document.isReadOnly() || from < 0 || to < 0 || to >= size || to == from)
            return;
        document.undoStack()->push(new MoveRowCommand<Row>(document, id, from, to));
    }
};

// Dismisses or restores one review check. Never merges: each dismissal is its own undo step,
// even two in a row.
class DismissCheckCommand final : public QUndoCommand
{
public:
    DismissCheckCommand(ReviewDocument &document, QString id, bool dismissed)
        : m_document(document), m_id(std::move(id)), m_dismissed(dismissed)
    {
        setText(dismissed ? QCoreApplication::translate("Hindsight", "Dismiss check")
                          : QCoreApplication::translate("Hindsight", "Restore check"));
    }

    void redo() override { apply(m_dismissed); }
    void undo() override { apply(!m_dismissed); }

private:
    void apply(bool dismissed)
    {
        auto ids = m_document.review().dismissedChecks;
        if (dismissed)
            ids.append(m_id);
        else
            ids.removeAll(m_id);
        m_document.setField(Field::DismissedChecks, ids.join(QLatin1Char('\n')));
    }

    ReviewDocument &m_document;
    QString m_id;
    bool m_dismissed;
};

// Adds records of the discussion; undo takes them back. A command made for one review does
// nothing once the document has become another (Save as new review), and leaves the stack.
class AddRecordsCommand final : public QUndoCommand
{
public:
    AddRecordsCommand(ReviewDocument &document, QList<CommentRecord> records, QList<SignOff> signOffs,
                      const QString &text)
        : m_document(document), m_review(document.review().id), m_records(std::move(records)),
          m_signOffs(std::move(signOffs))
    {
        setText(text);
    }

    void redo() override
    {
        if (isForThisReview())
            m_document.addRecords(m_records, m_signOffs);
    }
    void undo() override
    {
        if (!isForThisReview())
            return;
        QSet<QUuid> ids;
        for (const auto &record : std::as_const(m_records))
            ids.insert(record.id);
        for (const auto &signOff : std::as_const(m_signOffs))
            ids.insert(signOff.id);
        m_document.removeRecords(ids);
    }

private:
    bool isForThisReview()
    {
        if (m_document.review().id == m_review)
            return true;
        setObsolete(true);
        return false;
    }

    ReviewDocument &m_document;
    QUuid m_review;
    QList<CommentRecord> m_records;
    QList<SignOff> m_signOffs;
};

QString recordText(const CommentRecord &record)
{
    switch (record.change) {
    case CommentChange::Post:
        return record.target.isNull() ? QCoreApplication::translate("Hindsight", "Add comment")
                                      : QCoreApplication::translate("Hindsight", "Reply");
    case CommentChange::Edit:
        return QCoreApplication::translate("Hindsight", "Edit comment");
    case CommentChange::Resolve:
        return QCoreApplication::translate("Hindsight", "Resolve thread");
    case CommentChange::Reopen:
        return QCoreApplication::translate("Hindsight", "Reopen thread");
    case CommentChange::Delete:
        return QCoreApplication::translate("Hindsight", "Delete comment");
    }
    return {};
}

// Now, or just after the latest record the review holds: a record made after another on this
// machine is read after it, even within one millisecond or when the clock went back.
template <typename Record>
QDateTime nextTime(const QList<Record> &records)
{
    QDateTime time = QDateTime::currentDateTimeUtc();
    for (const auto &record : records) {
        if (record.time >= time)
            time = record.time.addMSecs(1);
    }
    return time;
}

} // namespace

void addComment(ReviewDocument &document, CommentRecord record)
{
    if (document.isReadOnly())
        return;
    if (record.id.isNull())
        record.id = QUuid::createUuid();
    if (!record.time.isValid())
        record.time = nextTime(document.review().comments);
    const QString text = recordText(record);
    document.undoStack()->push(new AddRecordsCommand(document, {record}, {}, text));
}

void signOff(ReviewDocument &document, SignOff signOff)
{
    if (document.isReadOnly())
        return;
    if (signOff.id.isNull())
        signOff.id = QUuid::createUuid();
    if (!signOff.time.isValid())
        signOff.time = nextTime(document.review().signOffs);
    const QString text = signOff.verdict == Verdict::Approved
                             ? QCoreApplication::translate("Hindsight", "Approve as %1").arg(signOff.reviewer)
                             : QCoreApplication::translate("Hindsight", "Request changes as %1").arg(signOff.reviewer);
    document.undoStack()->push(new AddRecordsCommand(document, {}, {signOff}, text));
}

void addRecords(ReviewDocument &document, const QList<CommentRecord> &records, const QList<SignOff> &signOffs,
                const QString &text)
{
    if (document.isReadOnly() || (records.isEmpty() && signOffs.isEmpty()))
        return;
    document.undoStack()->push(new AddRecordsCommand(document, records, signOffs, text));
}

void setCheckDismissed(ReviewDocument &document, const QString &id, bool dismissed)
{
    if (document.isReadOnly() || id.isEmpty() || id.contains(QLatin1Char('\n')) ||
        document.review().dismissedChecks.contains(id) == dismissed)
        return;
    document.undoStack()->push(new DismissCheckCommand(document, id, dismissed));
}

void setField(ReviewDocument &document, Field field, const QVariant &value)
{
    if (document.isReadOnly())
        return;
    auto old = fieldValue(document.review(), field);
    if (old == value)
        return;
    document.undoStack()->push(
        new ChangeValueCommand<FieldTarget>(document, FieldTarget{field}, std::move(old), value));
}

qint64 insertAnyRow(ReviewDocument &document, AnyRow item, int row)
{
    return std::visit(
        [&]<typename Row>(Row &value) { return RowCommands<Row>::insert(document, std::move(value), row); }, item);
}

qint64 insertRowOfType(ReviewDocument &document, int typeIndex, int row)
{
    return visitRowType(
        typeIndex, [&]<typename Row>() { return RowCommands<Row>::insert(document, RowTraits<Row>::blank(), row); });
}

void removeRowsOfType(ReviewDocument &document, int typeIndex, const QList<qint64> &ids)
{
    visitRowType(typeIndex, [&]<typename Row>() { RowCommands<Row>::remove(document, ids); });
}

void setRowValueOfType(ReviewDocument &document, int typeIndex, qint64 id, int column, const QVariant &value)
{
    visitRowType(typeIndex, [&]<typename Row>() { RowCommands<Row>::setValue(document, id, column, value); });
}

void replaceAnyRow(ReviewDocument &document, const AnyRow &item)
{
    std::visit([&]<typename Row>(const Row &value) { RowCommands<Row>::replace(document, value); }, item);
}

void moveRowOfType(ReviewDocument &document, int typeIndex, qint64 id, int to)
{
    visitRowType(typeIndex, [&]<typename Row>() { RowCommands<Row>::move(document, id, to); });
}

} // namespace hindsight::model::commands
