// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "model/names.h"

#include <algorithm>

namespace hindsight::importing {

using namespace model;

QStringList milestoneWarnings(const QList<TimelineEvent> &timeline)
{
    QStringList warnings;
    QList<std::pair<Milestone, QDateTime>> firsts;
    for (const auto milestone : enumValues<Milestone>()) {
        if (milestone == Milestone::None)
            continue;
        const auto carries = [milestone](const TimelineEvent &e) { return e.milestone == milestone; };
        const auto count = std::count_if(timeline.cbegin(), timeline.cend(), carries);
        if (count > 1)
            warnings.append(
                Importer::tr("The milestone \"%1\" is set on %n events; the earliest one counts.", nullptr, int(count))
                    .arg(enumKey(milestone)));
        const auto first = std::find_if(timeline.cbegin(), timeline.cend(), carries);
        if (first != timeline.cend())
            firsts.append({milestone, first->time});
    }
    for (qsizetype i = 1; i < firsts.size(); ++i) {
        if (firsts.at(i).second < firsts.at(i - 1).second)
            warnings.append(
                Importer::tr("The milestone \"%1\" comes before \"%2\" in time; the metrics will be flagged.")
                    .arg(enumKey(firsts.at(i).first), enumKey(firsts.at(i - 1).first)));
    }
    return warnings;
}

} // namespace hindsight::importing
