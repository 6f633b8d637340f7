// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewdamage.h"

#include "figures.h"
#include "names.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace hindsight::model {

namespace {

template <typename E>
bool isKnown(E value)
{
    // Called for every value of every row: no list is made for it.
    const auto &entries = EnumInfo<E>::entries;
    return std::any_of(std::begin(entries), std::end(entries),
                       [value](const auto &entry) { return entry.value == value; });
}

// The years the ISO 8601 text of the JSON and Markdown formats can hold.
bool isWritable(const QDate &date)
{
    return !date.isValid() || (date.year() >= 1 && date.year() <= 9999);
}

bool isWritable(const QDateTime &time)
{
    return !time.isValid() || isWritable(time.toUTC().date());
}

} // namespace

QString ReviewDamage::find(const Review &review)
{
    auto unknown = [](const QString &where, const QString &what, int value) {
        return tr("%1 has an unknown %2 (%3)").arg(where, what).arg(value);
    };
    if (!isKnown(review.status))
        return unknown(tr("the review"), tr("status"), int(review.status));
    if (review.severity < 0 || review.severity > 5)
        return tr("the review has a severity of %1, outside 1 to 5").arg(review.severity);
    for (int i = 0; i < SectionCount; ++i) {
        if (!isKnown(review.visibility[i]))
            return unknown(tr("section %1").arg(i + 1), tr("visibility"), int(review.visibility[i]));
    }
    for (const auto part : enumValues<ImpactPart>()) {
        if (!isKnown(review.impact.visibility[int(part)]))
            return unknown(tr("the impact's “%1”").arg(enumLabel(part)), tr("visibility"),
                           int(review.impact.visibility[int(part)]));
    }
    if (!isKnown(review.detection.method))
        return unknown(tr("the detection"), tr("method"), int(review.detection.method));
    if (!isWritable(review.detection.time))
        return tr("the detection has an impossible time");
    if (review.impact.revenueLost && !std::isfinite(*review.impact.revenueLost))
        return tr("the revenue lost is not a number");
    if (review.impact.usersAffected && *review.impact.usersAffected < 0)
        return tr("the number of users affected is negative");

    for (qsizetype i = 0; i < review.timeline.size(); ++i) {
        const auto &event = review.timeline.at(i);
        const QString where = tr("timeline event %1").arg(i + 1);
        if (!isKnown(event.kind))
            return unknown(where, tr("kind"), int(event.kind));
        if (!isKnown(event.milestone))
            return unknown(where, tr("milestone"), int(event.milestone));
        if (!isKnown(event.visibility))
            return unknown(where, tr("visibility"), int(event.visibility));
        if (!isKnown(event.precision))
            return unknown(where, tr("precision"), int(event.precision));
        if (!isKnown(event.source))
            return unknown(where, tr("source"), int(event.source));
        if (!isWritable(event.time))
            return tr("%1 has an impossible time").arg(where);
    }
    for (qsizetype i = 0; i < review.lessons.size(); ++i) {
        if (!isKnown(review.lessons.at(i).kind))
            return unknown(tr("lesson %1").arg(i + 1), tr("kind"), int(review.lessons.at(i).kind));
    }
    for (qsizetype i = 0; i < review.actions.size(); ++i) {
        const auto &action = review.actions.at(i);
        const QString where = tr("action %1").arg(i + 1);
        if (!isKnown(action.type))
            return unknown(where, tr("type"), int(action.type));
        if (!isKnown(action.status))
            return unknown(where, tr("status"), int(action.status));
        if (!isKnown(action.visibility))
            return unknown(where, tr("visibility"), int(action.visibility));
        if (!isWritable(action.due))
            return tr("%1 has an impossible due date").arg(where);
    }
    for (qsizetype i = 0; i < review.additional.size(); ++i) {
        if (!isKnown(review.additional.at(i).visibility)) {
            return unknown(tr("additional note %1").arg(i + 1), tr("visibility"),
                           int(review.additional.at(i).visibility));
        }
    }
    for (qsizetype i = 0; i < review.figures.size(); ++i) {
        const auto &figure = review.figures.at(i);
        const QString where = tr("figure %1").arg(i + 1);
        if (!isKnown(figure.section))
            return unknown(where, tr("section"), int(figure.section));
        if (!isKnown(figure.kind))
            return unknown(where, tr("kind"), int(figure.kind));
        if (!isKnown(figure.visibility))
            return unknown(where, tr("visibility"), int(figure.visibility));
        if (figure.kind == FigureKind::Image) {
            if (const auto info = FigureImages::inspect(figure.image); !info.isValid())
                return tr("%1: %2").arg(where, info.error);
        }
        for (const auto &series : figure.series) {
            for (const auto &point : series.points) {
                if (!std::isfinite(point.y()) || !std::isfinite(point.x()))
                    return tr("%1 has a chart point that is not a number").arg(where);
            }
        }
    }
    // The discussion: records that name nothing, or have no id or time to be ordered by, would
    // merge and read differently in every copy.
    for (qsizetype i = 0; i < review.comments.size(); ++i) {
        const auto &record = review.comments.at(i);
        const QString where = tr("comment record %1").arg(i + 1);
        if (record.id.isNull())
            return tr("%1 has no id").arg(where);
        if (!record.time.isValid() || !isWritable(record.time))
            return tr("%1 has an impossible time").arg(where);
        if (!isKnown(record.change))
            return unknown(where, tr("change"), int(record.change));
        if (!isKnown(record.anchor.section))
            return unknown(where, tr("section"), int(record.anchor.section));
        if (!isKnown(record.anchor.kind))
            return unknown(where, tr("anchor"), int(record.anchor.kind));
        if (record.change != CommentChange::Post && record.target.isNull())
            return tr("%1 changes no comment").arg(where);
    }
    for (qsizetype i = 0; i < review.signOffs.size(); ++i) {
        const auto &signOff = review.signOffs.at(i);
        const QString where = tr("sign-off %1").arg(i + 1);
        if (signOff.id.isNull())
            return tr("%1 has no id").arg(where);
        if (!signOff.time.isValid() || !isWritable(signOff.time))
            return tr("%1 has an impossible time").arg(where);
        if (!isKnown(signOff.verdict))
            return unknown(where, tr("verdict"), int(signOff.verdict));
    }
    return {};
}

} // namespace hindsight::model
