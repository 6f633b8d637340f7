// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

// The team's discussion of a review as people see it: threads of comments, read from the
// append-only records a review keeps (CommentRecord), and the reviewers' verdicts (SignOff).
namespace hindsight::model {

// The order records are kept and read in: by time, then by id, so that every copy of a review
// reads the same records the same way.
bool recordBefore(const CommentRecord &a, const CommentRecord &b);
bool recordBefore(const SignOff &a, const SignOff &b);
// Puts records into that order and drops repeated ids (the first stays).
void sortRecords(QList<CommentRecord> &records);
void sortRecords(QList<SignOff> &signOffs);

struct Comment
{
    QUuid id;
    QString author;
    QDateTime time;
    QString markdown;
    QDateTime edited; // invalid when never edited
};

struct Resolution
{
    QString by;
    QDateTime time;
    QString decision; // may be empty
};

struct CommentThread
{
    CommentAnchor anchor;
    Comment first;
    QList<Comment> replies; // in time order
    std::optional<Resolution> resolution;

    QUuid id() const { return first.id; }
    bool isResolved() const { return resolution.has_value(); }
    // Whether someone took part in it: wrote a comment or a reply.
    bool involves(const QString &person) const;
};

// The threads the records make, in the order they were started. A thread whose first comment
// was deleted is gone; a reply, edit or resolution of something no record posted is ignored.
QList<CommentThread> commentThreads(const QList<CommentRecord> &records);

// The Markdown field a passage anchor names, or nullopt when the name is no Markdown field.
std::optional<Field> passageField(const CommentAnchor &anchor);

// Where a passage is in the current text of its field.
struct PassagePlace
{
    int start = -1;
    int length = 0;
    bool found() const { return start >= 0; }
};

// Finds a commented passage again after edits: the quote itself nearest to where it was, or
// else, when it was edited inside, its first and last words a quote's length apart. Not found
// when the passage was removed.
PassagePlace locatePassage(const QString &text, const QString &quote, int position);

// Where a thread's anchor is now, for a passage in its field's text; not found when the
// passage, the row or the field is gone.
PassagePlace locateAnchor(const Review &review, const CommentAnchor &anchor);
// Whether a thread still has its place: a passage or row that was removed does not, though the
// thread stays, marked as such.
bool anchorExists(const Review &review, const CommentAnchor &anchor);

// A reviewer's latest verdict, or nullopt when they have given none.
std::optional<SignOff> latestVerdict(const QList<SignOff> &signOffs, const QString &reviewer);

// Texts about the discussion, for people.
class DiscussionText final
{
    Q_DECLARE_TR_FUNCTIONS(DiscussionText)

public:
    // What a thread is about, as its list shows it: "“every request went…”", "text that was
    // removed: “…”", "the action “Add a warm-up”", "a row that was removed", "the section".
    static QString anchorLabel(const Review &review, const CommentAnchor &anchor);
    // The first line of a comment's Markdown, shortened to about length characters.
    static QString excerpt(const QString &markdown, int length = 80);
};

// What to settle before a review is published: open threads, reviewers who have not approved
// and actions without an owner or a ticket. Each item is one line for people.
class PublishReadiness final
{
    Q_DECLARE_TR_FUNCTIONS(PublishReadiness)

public:
    static QStringList openItems(const Review &review);
};

} // namespace hindsight::model
