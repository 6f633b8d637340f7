// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comments.h"

#include "names.h"
#include "reviewfields.h"
#include "rows.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cstdlib>
#include <numeric>

namespace hindsight::model {

namespace {

template <typename Record>
bool before(const Record &a, const Record &b)
{
    if (a.time != b.time)
        return a.time < b.time;
    return a.id.toString() < b.id.toString();
}

template <typename Record>
void sortById(QList<Record> &records)
{
    // Records read from a file come in order already; a list that is not is sorted by
    // position, without moving the records about until their places are known.
    if (!std::is_sorted(records.cbegin(), records.cend(), before<Record>)) {
        QList<qsizetype> order(records.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](qsizetype a, qsizetype b) { return before(records.at(a), records.at(b)); });
        QList<Record> sorted;
        sorted.reserve(records.size());
        for (const auto index : order)
            sorted.append(records.at(index));
        records = std::move(sorted);
    }
    QSet<QUuid> seen;
    seen.reserve(records.size());
    records.erase(std::remove_if(records.begin(), records.end(),
                                 [&seen](const Record &record) {
                                     if (seen.contains(record.id))
                                         return true;
                                     seen.insert(record.id);
                                     return false;
                                 }),
                  records.end());
}

// The nearest of the occurrences of needle in text to position, from index on.
int nearest(const QString &text, const QString &needle, int position)
{
    int best = -1;
    qint64 bestDistance = 0;
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        const qint64 distance = std::abs(qint64(at) - position);
        if (best < 0 || distance < bestDistance) {
            best = int(at);
            bestDistance = distance;
        } else if (at > position) {
            break; // further on, every occurrence is further away
        }
    }
    return best;
}

template <typename Row>
bool holdsRow(const Review &review, const CommentAnchor &anchor)
{
    if (anchor.rowTable != QLatin1StringView(RowTraits<Row>::sqlTable))
        return false;
    const auto &list = review.*RowTraits<Row>::list;
    return std::any_of(list.cbegin(), list.cend(), [&](const Row &row) { return row.id == anchor.rowId; });
}

} // namespace

bool recordBefore(const CommentRecord &a, const CommentRecord &b)
{
    return before(a, b);
}

bool recordBefore(const SignOff &a, const SignOff &b)
{
    return before(a, b);
}

void sortRecords(QList<CommentRecord> &records)
{
    sortById(records);
}

void sortRecords(QList<SignOff> &signOffs)
{
    sortById(signOffs);
}

bool CommentThread::involves(const QString &person) const
{
    return first.author == person ||
           std::any_of(replies.cbegin(), replies.cend(), [&](const Comment &reply) { return reply.author == person; });
}

QList<CommentThread> commentThreads(const QList<CommentRecord> &unsorted)
{
    QList<CommentRecord> records = unsorted;
    if (!std::is_sorted(records.cbegin(), records.cend(), before<CommentRecord>))
        sortRecords(records);

    QList<CommentThread> threads;
    QHash<QUuid, int> threadAt;              // a thread's first comment → its index
    QHash<QUuid, QPair<int, int>> commentAt; // a comment → (thread, reply or -1 for the first)
    threads.reserve(records.size());
    threadAt.reserve(records.size());
    commentAt.reserve(records.size());
    // Threads first, then replies, then changes: a reply written on a machine whose clock was
    // behind still finds its thread.
    for (const auto &record : records) {
        if (record.change != CommentChange::Post || !record.target.isNull())
            continue;
        CommentThread thread;
        thread.anchor = record.anchor;
        thread.first = {record.id, record.author, record.time, record.text, {}};
        threadAt.insert(record.id, int(threads.size()));
        commentAt.insert(record.id, {int(threads.size()), -1});
        threads.append(std::move(thread));
    }
    for (const auto &record : records) {
        if (record.change != CommentChange::Post || record.target.isNull())
            continue;
        const auto it = threadAt.constFind(record.target);
        if (it == threadAt.cend())
            continue;
        auto &replies = threads[*it].replies;
        commentAt.insert(record.id, {*it, int(replies.size())});
        replies.append({record.id, record.author, record.time, record.text, {}});
    }
    QSet<QUuid> deleted;
    for (const auto &record : records) {
        switch (record.change) {
        case CommentChange::Post:
            break;
        case CommentChange::Edit:
            if (const auto it = commentAt.constFind(record.target); it != commentAt.cend()) {
                auto &thread = threads[it->first];
                Comment &comment = it->second < 0 ? thread.first : thread.replies[it->second];
                comment.markdown = record.text;
                comment.edited = record.time;
            }
            break;
        case CommentChange::Resolve:
            if (const auto it = threadAt.constFind(record.target); it != threadAt.cend())
                threads[*it].resolution = Resolution{record.author, record.time, record.text};
            break;
        case CommentChange::Reopen:
            if (const auto it = threadAt.constFind(record.target); it != threadAt.cend())
                threads[*it].resolution.reset();
            break;
        case CommentChange::Delete:
            deleted.insert(record.target);
            break;
        }
    }
    if (deleted.isEmpty())
        return threads;
    QList<CommentThread> kept;
    kept.reserve(threads.size());
    for (auto &thread : threads) {
        if (deleted.contains(thread.first.id))
            continue;
        thread.replies.removeIf([&](const Comment &reply) { return deleted.contains(reply.id); });
        kept.append(std::move(thread));
    }
    return kept;
}

std::optional<Field> passageField(const CommentAnchor &anchor)
{
    static const QList<Field> markdownFields = {Field::Summary,    Field::ImpactUser, Field::ImpactBusiness,
                                                Field::ImpactTeam, Field::Detection,  Field::Triage,
                                                Field::RootCauses, Field::Resolution, Field::Share};
    const auto field = fieldFromName(anchor.field);
    if (!field || !markdownFields.contains(*field))
        return std::nullopt;
    return field;
}

PassagePlace locatePassage(const QString &text, const QString &quote, int position)
{
    if (quote.isEmpty() || text.isEmpty())
        return {};
    if (const int at = nearest(text, quote, position); at >= 0)
        return {at, int(quote.size())};
    // Edited inside: its first and last fifth, in order, about a quote's length apart.
    constexpr int shortest = 12;
    if (quote.size() < shortest)
        return {};
    const int edge = int(std::clamp<qsizetype>(quote.size() / 5, 4, 40));
    const QString head = quote.left(edge);
    const QString tail = quote.right(edge);
    const qsizetype longest = quote.size() * 2 + 40;
    const qsizetype shortestSpan = quote.size() / 2;
    PassagePlace best;
    qint64 bestDistance = 0;
    for (qsizetype at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
        const qsizetype end = text.indexOf(tail, at + edge);
        if (end < 0)
            break; // no tail after this head, so none after a later one
        const qsizetype span = end + edge - at;
        if (span < shortestSpan || span > longest)
            continue;
        const qint64 distance = std::abs(qint64(at) - position);
        if (!best.found() || distance < bestDistance) {
            best = {int(at), int(span)};
            bestDistance = distance;
        }
    }
    return best;
}

PassagePlace locateAnchor(const Review &review, const CommentAnchor &anchor)
{
    if (anchor.kind != AnchorKind::Passage)
        return {};
    const auto field = passageField(anchor);
    if (!field)
        return {};
    return locatePassage(fieldValue(review, *field).toString(), anchor.quote, anchor.position);
}

bool anchorExists(const Review &review, const CommentAnchor &anchor)
{
    switch (anchor.kind) {
    case AnchorKind::Section:
        return true;
    case AnchorKind::Passage:
        return locateAnchor(review, anchor).found();
    case AnchorKind::Row: {
        bool found = false;
        forEachRowType([&]<typename Row>() { found = found || holdsRow<Row>(review, anchor); });
        return found;
    }
    }
    return false;
}

std::optional<SignOff> latestVerdict(const QList<SignOff> &signOffs, const QString &reviewer)
{
    std::optional<SignOff> latest;
    for (const auto &signOff : signOffs) {
        if (signOff.reviewer == reviewer && (!latest || before(*latest, signOff)))
            latest = signOff;
    }
    return latest;
}

namespace {

// The text a row is known by: an event's or a lesson's text, an action's title, a figure's title
// or caption; empty when the row is gone.
template <typename Row>
std::optional<QString> rowText(const Review &review, const CommentAnchor &anchor)
{
    if (anchor.rowTable != QLatin1StringView(RowTraits<Row>::sqlTable))
        return std::nullopt;
    const auto &list = review.*RowTraits<Row>::list;
    for (const auto &row : list) {
        if (row.id != anchor.rowId)
            continue;
        if constexpr (std::is_same_v<Row, TimelineEvent> || std::is_same_v<Row, Lesson>)
            return row.text;
        else if constexpr (std::is_same_v<Row, ActionItem>)
            return row.title;
        else if constexpr (std::is_same_v<Row, Figure>)
            return row.title.isEmpty() ? row.caption : row.title;
        else if constexpr (std::is_same_v<Row, AdditionalNote>)
            return row.heading;
        else
            return row.name;
    }
    return QString();
}

} // namespace

QString DiscussionText::excerpt(const QString &markdown, int length)
{
    // The words without the marks of emphasis and code, as a list line shows them.
    QString line = markdown.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
    line.remove(QStringLiteral("**")).remove(QStringLiteral("__")).remove(QLatin1Char('`'));
    return line.size() > length ? line.left(length - 1) + QChar(0x2026) : line;
}

QString DiscussionText::anchorLabel(const Review &review, const CommentAnchor &anchor)
{
    switch (anchor.kind) {
    case AnchorKind::Section:
        return tr("the section");
    case AnchorKind::Passage: {
        const QString quote = excerpt(anchor.quote, 40);
        return locateAnchor(review, anchor).found() ? tr("“%1”").arg(quote)
                                                    : tr("text that was removed: “%1”").arg(quote);
    }
    case AnchorKind::Row: {
        std::optional<QString> text;
        QString noun;
        forEachRowType([&]<typename Row>() {
            if (!text)
                text = rowText<Row>(review, anchor);
        });
        if (anchor.rowTable == u"event")
            noun = tr("the event “%1”");
        else if (anchor.rowTable == u"action")
            noun = tr("the action “%1”");
        else if (anchor.rowTable == u"lesson")
            noun = tr("the lesson “%1”");
        else if (anchor.rowTable == u"figure")
            noun = tr("the figure “%1”");
        else
            noun = tr("the row “%1”");
        if (!text || !anchorExists(review, anchor))
            return tr("a row that was removed");
        return noun.arg(excerpt(*text, 40));
    }
    }
    return {};
}

QStringList PublishReadiness::openItems(const Review &review)
{
    QStringList items;
    const auto threads = commentThreads(review.comments);
    const auto open = std::count_if(threads.cbegin(), threads.cend(),
                                    [](const CommentThread &thread) { return !thread.isResolved(); });
    if (open > 0)
        items.append(open == 1 ? tr("1 comment thread still open") : tr("%1 comment threads still open").arg(open));
    for (const auto &reviewer : review.reviewers) {
        const QString name = reviewer.name.trimmed().isEmpty() ? tr("A reviewer without a name") : reviewer.name;
        const auto verdict = latestVerdict(review.signOffs, reviewer.name);
        if (!verdict)
            items.append(tr("%1 has not signed off").arg(name));
        else if (verdict->verdict == Verdict::ChangesRequested)
            items.append(tr("%1 requested changes").arg(name));
    }
    for (const auto &action : review.actions) {
        if (action.status == ActionStatus::WontDo)
            continue;
        const QString title = action.title.trimmed().isEmpty() ? tr("An action without a title")
                                                               : tr("The action “%1”").arg(action.title.trimmed());
        if (action.owner.trimmed().isEmpty() && action.ticket.trimmed().isEmpty())
            items.append(tr("%1 has no owner and no ticket").arg(title));
        else if (action.owner.trimmed().isEmpty())
            items.append(tr("%1 has no owner").arg(title));
        else if (action.ticket.trimmed().isEmpty())
            items.append(tr("%1 has no ticket").arg(title));
    }
    return items;
}

} // namespace hindsight::model
