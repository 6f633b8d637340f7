// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace hindsight::model {

// The incident's milestones, read from the timeline, and the durations between them.
struct Metrics
{
    Q_DECLARE_TR_FUNCTIONS(Metrics)

public:
    // Indexed by Milestone (None unused); invalid when no event carries the milestone. When
    // several events carry one, the earliest counts.
    std::array<QDateTime, 6> milestones;

    // Durations in milliseconds from the start of impact, empty when either end is unknown.
    std::optional<qint64> timeToDetect;      // detected − started
    std::optional<qint64> timeToAcknowledge; // acknowledged − started
    std::optional<qint64> timeToMitigate;    // mitigated − started
    std::optional<qint64> timeToResolve;     // resolved − started
    std::optional<qint64> duration;          // resolved, else now when live, − started

    // Milestones whose times contradict their order (resolved before detected), each as a
    // sentence for people. Kept as the user entered them: flagged, never reordered.
    QStringList problems;
    // Milestones that come before a milestone that should precede them.
    QList<Milestone> outOfOrder;

    QDateTime at(Milestone milestone) const { return milestones[int(milestone)]; }

    // now is the end of an unresolved incident's duration; pass an invalid time to leave
    // duration empty until the incident is resolved.
    static Metrics compute(const Review &review, const QDateTime &now = {});
};

// "4m", "1h 42m", "2d 3h", "38s": compact, for the header and tables.
QString formatDuration(qint64 milliseconds);
// "01:42:13", or "1d 01:42:13" past a day, for the live elapsed time.
QString formatElapsed(qint64 milliseconds);

} // namespace hindsight::model
