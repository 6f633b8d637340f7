// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

#include "names.h"

namespace hindsight::model {

namespace {

constexpr std::array<Milestone, 5> order{Milestone::Started, Milestone::Detected, Milestone::Acknowledged,
                                         Milestone::Mitigated, Milestone::Resolved};

std::optional<qint64> between(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return std::nullopt;
    return from.msecsTo(to);
}

} // namespace

Metrics Metrics::compute(const Review &review, const QDateTime &now)
{
    Metrics metrics;
    for (const auto &event : review.timeline) {
        if (event.milestone == Milestone::None || !event.time.isValid())
            continue;
        auto &slot = metrics.milestones[int(event.milestone)];
        if (!slot.isValid() || event.time < slot)
            slot = event.time;
    }
    const auto started = metrics.at(Milestone::Started);
    metrics.timeToDetect = between(started, metrics.at(Milestone::Detected));
    metrics.timeToAcknowledge = between(started, metrics.at(Milestone::Acknowledged));
    metrics.timeToMitigate = between(started, metrics.at(Milestone::Mitigated));
    metrics.timeToResolve = between(started, metrics.at(Milestone::Resolved));
    metrics.duration = metrics.timeToResolve ? metrics.timeToResolve : between(started, now);

    // Each milestone must not come before any milestone earlier in the order.
    for (size_t i = 1; i < order.size(); ++i) {
        const auto later = metrics.at(order[i]);
        if (!later.isValid())
            continue;
        for (size_t j = 0; j < i; ++j) {
            const auto earlier = metrics.at(order[j]);
            if (earlier.isValid() && later < earlier) {
                metrics.outOfOrder.append(order[i]);
                metrics.problems.append(tr("“%1” (%2) comes before “%3” (%4).")
                                            .arg(enumLabel(order[i]), later.toString(Qt::ISODate), enumLabel(order[j]),
                                                 earlier.toString(Qt::ISODate)));
                break;
            }
        }
    }
    return metrics;
}

QString formatDuration(qint64 milliseconds)
{
    const bool negative = milliseconds < 0;
    qint64 seconds = std::abs(milliseconds) / 1000;
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    seconds %= 60;
    QString text;
    if (days > 0)
        text = QStringLiteral("%1d %2h").arg(days).arg(hours);
    else if (hours > 0)
        text = QStringLiteral("%1h %2m").arg(hours).arg(minutes);
    else if (minutes > 0)
        text = QStringLiteral("%1m").arg(minutes);
    else
        text = QStringLiteral("%1s").arg(seconds);
    return negative ? QStringLiteral("−") + text : text;
}

QString formatElapsed(qint64 milliseconds)
{
    const bool negative = milliseconds < 0;
    qint64 seconds = std::abs(milliseconds) / 1000;
    const qint64 days = seconds / 86400;
    seconds %= 86400;
    auto text = QStringLiteral("%1:%2:%3")
                    .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                    .arg(seconds % 3600 / 60, 2, 10, QLatin1Char('0'))
                    .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (days > 0)
        text = QStringLiteral("%1d ").arg(days) + text;
    return negative ? QStringLiteral("−") + text : text;
}

} // namespace hindsight::model
