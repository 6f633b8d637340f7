// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QTimeZone>

namespace hindsight::tests {

// A review with every field of every section set to something other than its default, for
// round trips that must lose nothing.
inline model::Review fullReview()
{
    using namespace model;
    Review review;
    review.title = QStringLiteral("Checkout API returning 502 | after pool change");
    review.severity = 2;
    review.status = Status::InReview;
    review.timeZone = QStringLiteral("Europe/Berlin");
    review.summary = QStringLiteral("A **config** change lowered the pool.\n\n- one\n- two");
    review.impact.user = QStringLiteral("Users could not pay. Ünïcödé ✓");
    review.impact.business = QStringLiteral("Revenue lost: about 12,000 EUR.");
    review.impact.team = QStringLiteral("Two engineers paged at night.");
    review.impact.usersAffected = 48211;
    review.impact.revenueLost = 12000.5;
    review.impact.currency = QStringLiteral("EUR");
    review.impact.slaBreached = true;
    review.impact.dataLost = true;
    review.impact.dataCompromised = true;
    review.detection.method = DetectionMethod::CustomerReport;
    review.detection.time = QDateTime(QDate(2023, 3, 14), QTime(13, 41, 7, 250), QTimeZone::utc());
    review.detection.markdown = QStringLiteral("The error-rate alert fired.");
    review.triage = QStringLiteral("Declared SEV2 at 14:03.");
    review.rootCauses = QStringLiteral("```yaml\npool: 20\n```");
    review.resolution = QStringLiteral("Reverted the change.");
    review.shareAudience = QStringLiteral("Engineering, two enterprise customers");
    review.share = QStringLiteral("Shared on 2023-03-17.");
    for (auto &visibility : review.visibility)
        visibility = visibility == Visibility::Public ? Visibility::Internal : Visibility::Public;

    review.authors = {
        {0, QStringLiteral("Katrin Meier"), QStringLiteral("Incident leader"), QStringLiteral("km@example.com")},
        {0, QStringLiteral("Jonas Vogel"), QStringLiteral("On call"), QStringLiteral("@jonas")}};
    TimelineEvent started;
    started.time = QDateTime(QDate(2023, 3, 14), QTime(13, 5, 0, 123), QTimeZone::utc());
    started.precision = TimePrecision::Millisecond;
    started.kind = EventKind::Action;
    started.text = QStringLiteral("Change | rolled out\nsecond line");
    started.author = QStringLiteral("deploy-bot");
    started.visibility = Visibility::Internal;
    started.milestone = Milestone::Started;
    started.source = EventSource::Imported;
    TimelineEvent dayOnly;
    dayOnly.time = QDateTime(QDate(2023, 3, 15), QTime(0, 0), QTimeZone::utc());
    dayOnly.precision = TimePrecision::Day;
    dayOnly.kind = EventKind::Communication;
    dayOnly.text = QStringLiteral("Customers told");
    dayOnly.milestone = Milestone::Resolved;
    dayOnly.source = EventSource::LiveNote;
    review.timeline = {started, dayOnly};
    review.lessons = {{0, LessonKind::WentWell, QStringLiteral("Rollback took one click")},
                      {0, LessonKind::WentWrong, QStringLiteral("Nobody linked the change")},
                      {0, LessonKind::GotLucky, QStringLiteral("It was not Black Friday")}};
    ActionItem action;
    action.title = QStringLiteral("Alert on pool saturation");
    action.type = ActionType::Preventive;
    action.owner = QStringLiteral("Olivia");
    action.ticket = QStringLiteral("https://tracker.example.com/CHK-1236");
    action.priority = 1;
    action.due = QDate(2023, 4, 1);
    action.status = ActionStatus::InProgress;
    action.visibility = Visibility::Internal;
    review.actions = {action};
    review.additional = {{0, QStringLiteral("Glossary"), QStringLiteral("*Pool*: connections"), Visibility::Public}};
    return review;
}

} // namespace hindsight::tests
