// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows.h"
#include "types.h"

#include <QList>
#include <QVariant>

#include <utility>

// Every edit of a review, as an undo command pushed on the document's stack. Nothing here
// changes a read-only document. Removed rows are owned by their command on the undo stack, so
// undo brings them back whole, with their ids.
namespace hindsight::model {
class ReviewDocument;
}

namespace hindsight::model::commands {

// Consecutive changes of the same field merge into one undo step (typing a paragraph).
void setField(ReviewDocument &document, Field field, const QVariant &value);

// Dismisses a review check (ReviewChecks) by its id, or restores it; one undo step each.
void setCheckDismissed(ReviewDocument &document, const QString &id, bool dismissed);

// Adds a record of the discussion (a comment, a reply, an edit, a resolution, a deletion), with
// a new id and the current time when it has none; one undo step, stored at once.
void addComment(ReviewDocument &document, CommentRecord record);
// Records a reviewer's verdict; one undo step, stored at once.
void signOff(ReviewDocument &document, SignOff signOff);
// Adds records that another copy of the review made (commentmerge.h), as one undo step named
// text; records already held are skipped.
void addRecords(ReviewDocument &document, const QList<CommentRecord> &records, const QList<SignOff> &signOffs,
                const QString &text);

// The row commands take the row type at run time, as an AnyRow value or as a type index
// (RowTraits<Row>::typeIndex, which the item model has), so that one implementation serves every
// type of RowTypes with no list of instantiations. The templates below are their typed forms.

// Inserts item at row (appends when row is -1) with a new id; returns that id (0 when the
// document is read-only or the row is not valid, such as an event without a time).
qint64 insertAnyRow(ReviewDocument &document, AnyRow item, int row = -1);
// Inserts a blank row (RowTraits<Row>::blank()).
qint64 insertRowOfType(ReviewDocument &document, int typeIndex, int row);
void removeRowsOfType(ReviewDocument &document, int typeIndex, const QList<qint64> &ids);
// Consecutive changes of the same cell merge into one undo step. A value the column does not
// accept (RowTraits<Row>::accepts()) changes nothing.
void setRowValueOfType(ReviewDocument &document, int typeIndex, qint64 id, int column, const QVariant &value);
// Replaces a whole row at once (one undo step).
void replaceAnyRow(ReviewDocument &document, const AnyRow &item);
// Moves the row with id to position to in its list (one undo step); the id stays.
void moveRowOfType(ReviewDocument &document, int typeIndex, qint64 id, int to);

template <typename Row>
qint64 insertRow(ReviewDocument &document, Row item, int row = -1)
{
    return insertAnyRow(document, AnyRow(std::move(item)), row);
}

template <typename Row>
void removeRows(ReviewDocument &document, const QList<qint64> &ids)
{
    removeRowsOfType(document, RowTraits<Row>::typeIndex, ids);
}

template <typename Row>
void setRowValue(ReviewDocument &document, qint64 id, int column, const QVariant &value)
{
    setRowValueOfType(document, RowTraits<Row>::typeIndex, id, column, value);
}

template <typename Row>
void replaceRow(ReviewDocument &document, const Row &item)
{
    replaceAnyRow(document, AnyRow(item));
}

template <typename Row>
void moveRow(ReviewDocument &document, qint64 id, int to)
{
    moveRowOfType(document, RowTraits<Row>::typeIndex, id, to);
}

} // namespace hindsight::model::commands
