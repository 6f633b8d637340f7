// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QList>
#include <QVariant>

// Every edit of a review, as an undo command pushed on the document's stack. Nothing here
// changes a read-only document. Removed rows are owned by their command on the undo stack, so
// undo brings them back whole, with their ids.
namespace hindsight::model {
class ReviewDocument;
}

namespace hindsight::model::commands {

// Consecutive changes of the same field merge into one undo step (typing a paragraph).
void setField(ReviewDocument &document, Field field, const QVariant &value);

// Inserts item at row (appends when row is -1) with a new id; returns that id (0 when the
// document is read-only).
template <typename Row>
qint64 insertRow(ReviewDocument &document, Row item, int row = -1);

template <typename Row>
void removeRows(ReviewDocument &document, const QList<qint64> &ids);

// Consecutive changes of the same cell merge into one undo step.
template <typename Row>
void setRowValue(ReviewDocument &document, qint64 id, int column, const QVariant &value);

// Replaces a whole row at once (one undo step).
template <typename Row>
void replaceRow(ReviewDocument &document, const Row &item);

// Moves the row with id to position to in its list (one undo step); the id stays.
template <typename Row>
void moveRow(ReviewDocument &document, qint64 id, int to);

// Type-erased forms for the item model, which knows rows by type index.
qint64 insertRowOfType(ReviewDocument &document, int typeIndex, int row);
void removeRowsOfType(ReviewDocument &document, int typeIndex, const QList<qint64> &ids);
void setRowValueOfType(ReviewDocument &document, int typeIndex, qint64 id, int column, const QVariant &value);

} // namespace hindsight::model::commands
