// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentmerge.h"

#include "comments.h"
#include "reviewfile.h"

#include <QDir>
#include <QSet>

namespace hindsight::model {

namespace {

QString quoted(const QString &path)
{
    return QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path));
}

QString titleOf(const Review &review)
{
    return review.title.trimmed().isEmpty() ? DiscussionMerge::tr("an untitled review")
                                            : QStringLiteral("“%1”").arg(review.title.trimmed());
}

// "1 comment", "3 comments": English has no plural forms without a translation, so both
// forms are texts of their own.
QString counted(int count, const QString &one, const QString &many)
{
    return count == 1 ? one : many.arg(count);
}

} // namespace

DiscussionMerge DiscussionMerge::gather(const Review &into, const QStringList &copies)
{
    DiscussionMerge merge;
    QSet<QUuid> held;
    for (const auto &record : into.comments)
        held.insert(record.id);
    for (const auto &signOff : into.signOffs)
        held.insert(signOff.id);
    for (const auto &path : copies) {
        const auto opened = ReviewFile::open(path, ReviewFile::Mode::ReadOnly);
        if (!opened.file) {
            merge.refused.append(opened.error);
            continue;
        }
        const Review &copy = opened.review;
        if (copy.id.isNull()) {
            merge.refused.append(tr("%1 was saved by an older version of Hindsight, before reviews had an identity, "
                                    "so it cannot be told to be a copy of this review.")
                                     .arg(quoted(path)));
            continue;
        }
        if (copy.id != into.id) {
            merge.refused.append(
                tr("%1 is another review (%2), not a copy of this one.").arg(quoted(path), titleOf(copy)));
            continue;
        }
        ++merge.copiesRead;
        for (const auto &record : copy.comments) {
            if (!held.contains(record.id)) {
                held.insert(record.id);
                merge.records.append(record);
            }
        }
        for (const auto &signOff : copy.signOffs) {
            if (!held.contains(signOff.id)) {
                held.insert(signOff.id);
                merge.signOffs.append(signOff);
            }
        }
    }
    sortRecords(merge.records);
    sortRecords(merge.signOffs);
    return merge;
}

QString DiscussionMerge::summary() const
{
    int threads = 0;
    int replies = 0;
    int resolutions = 0;
    int changes = 0;
    for (const auto &record : records) {
        switch (record.change) {
        case CommentChange::Post:
            ++(record.target.isNull() ? threads : replies);
            break;
        case CommentChange::Resolve:
        case CommentChange::Reopen:
            ++resolutions;
            break;
        case CommentChange::Edit:
        case CommentChange::Delete:
            ++changes;
            break;
        }
    }
    QStringList parts;
    if (threads)
        parts.append(counted(threads, tr("1 comment"), tr("%1 comments")));
    if (replies)
        parts.append(counted(replies, tr("1 reply"), tr("%1 replies")));
    if (resolutions)
        parts.append(counted(resolutions, tr("1 resolution"), tr("%1 resolutions")));
    if (changes)
        parts.append(counted(changes, tr("1 change of a comment"), tr("%1 changes of comments")));
    if (!signOffs.isEmpty())
        parts.append(counted(int(signOffs.size()), tr("1 sign-off"), tr("%1 sign-offs")));
    const QString from = counted(copiesRead, tr("from 1 copy"), tr("from %1 copies"));
    if (parts.isEmpty())
        return tr("Nothing new %1: the review already holds all of their comments.").arg(from);
    QString list = parts.takeLast();
    if (!parts.isEmpty())
        list = tr("%1 and %2", "a list of things merged").arg(parts.join(QStringLiteral(", ")), list);
    return tr("Merged %1 %2.", "“Merged 2 comments and 1 reply from 2 copies.”").arg(list, from);
}

} // namespace hindsight::model
