// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace hindsight::model {

// What copies of a review sent to reviewers bring back: their comments, replies, resolutions
// and sign-offs, never their edits of the review itself. Only copies of the same review (the
// same identity) are read. Records are kept by their ids, so merging is idempotent and the
// order of the copies does not matter.
class DiscussionMerge final
{
    Q_DECLARE_TR_FUNCTIONS(DiscussionMerge)

public:
    // Reads each copy (read-only, never changed) and gathers the records into does not hold.
    static DiscussionMerge gather(const Review &into, const QStringList &copies);

    // Records to add, new to the review and each once, however many copies held them.
    QList<CommentRecord> records;
    QList<SignOff> signOffs;
    // One line for each copy that was refused (another review, not a review, newer, damaged).
    QStringList refused;
    int copiesRead = 0;

    bool isEmpty() const { return records.isEmpty() && signOffs.isEmpty(); }
    // What the merge adds, for people: "2 comments, 1 reply and 1 sign-off from 2 copies", or
    // that there was nothing new.
    QString summary() const;
};

} // namespace hindsight::model
