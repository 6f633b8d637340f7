// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinescene.h"

#include "model/names.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace hindsight::editor {

namespace {

constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

QString countText(int count)
{
    if (count < 1000)
        return QString::number(count);
    if (count < 10000)
        return QString::number(count / 1000.0, 'f', 1) + QLatin1Char('k');
    return QString::number(count / 1000) + QLatin1Char('k');
}

void placeItems(TimelineScene &s, const TimelineSceneInput &in, const QFontMetricsF &fm)
{
    // Buckets wide enough for a three-digit count.
    const double digit = fm.horizontalAdvance(QLatin1Char('0')) * 0.9; // counts use a smaller font
    const double bucket = std::max(s.markerSize * 2, std::ceil(digit * 3 + s.markerSize * 0.8 + 2));
    const double minGap = s.markerSize + 3;
    const double margin = s.markerSize * 2;
    const auto clusters = clusterEntries(*in.index, s.start, s.pxPerMs, -margin - bucket,
                                         s.lanes.width() + margin + bucket, bucket, minGap);
    s.items.reserve(clusters.clusters.size());
    s.memberIds.reserve(clusters.members.size());
    for (const auto &cluster : clusters.clusters) {
        TimelineScene::Item item;
        item.lane = cluster.lane;
        item.count = cluster.count;
        item.memberBegin = qsizetype(s.memberIds.size());
        for (int i = 0; i < cluster.count; ++i) {
            const auto &entry = in.index->at(clusters.members[size_t(cluster.memberBegin + i)]);
            s.memberIds.push_back(entry.id);
            if (in.selection && in.selection->contains(entry.id))
                item.selected = true;
        }
        const auto &first = in.index->at(clusters.members[size_t(cluster.memberBegin)]);
        item.kind = first.kind;
        item.x = s.lanes.left() + (cluster.x0 + cluster.x1) / 2;
        const double y = s.laneCenter(cluster.lane);
        if (cluster.count == 1) {
            item.internal = first.internal;
            const double size = s.markerSize + 2;
            item.rect = QRectF(item.x - size / 2, y - size / 2, size, size);
        } else {
            item.countText = countText(cluster.count);
            // Over its events, wide enough for the count, and inside its buckets so that
            // bubbles in a crowded lane tile instead of piling up.
            const double slotLeft = s.lanes.left() + cluster.slot0 + 1;
            const double slotRight = s.lanes.left() + cluster.slot1 - 1;
            const double width = std::min(
                std::max(cluster.x1 - cluster.x0 + s.markerSize, digit * item.countText.size() + s.markerSize * 0.8),
                slotRight - slotLeft);
            double left = item.x - width / 2;
            left = std::clamp(left, slotLeft, slotRight - width);
            const double height = s.markerSize + 4;
            item.rect = QRectF(left, y - height / 2, width, height);
        }
        s.items.push_back(std::move(item));
    }
    std::stable_sort(s.items.begin(), s.items.end(), [](const auto &a, const auto &b) { return a.lane < b.lane; });

    // Day-only events: the day they stand for, even when their midday marker is out of view.
    std::array<qint64, KindLaneCount + 1> lastDay;
    lastDay.fill(std::numeric_limits<qint64>::min());
    const qsizetype end = in.index->upperBound(s.end + DayMs);
    for (qsizetype i = in.index->lowerBound(s.start - DayMs); i < end; ++i) {
        const auto &entry = in.index->at(i);
        if (!entry.isDayOnly() || entry.to < s.start || entry.from > s.end)
            continue;
        auto &last = lastDay[size_t(entry.lane())];
        if (last == entry.from)
            continue;
        last = entry.from;
        s.daySpans.push_back({entry.lane(), entry.kind, s.xOf(entry.from), s.xOf(entry.to)});
    }
}

void placeFlags(TimelineScene &s, const TimelineSceneInput &in, const QFontMetricsF &fm)
{
    if (!in.milestones)
        return;
    const auto pattern = s.step.approxMs() < 60 * 1000 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    for (const auto milestone : {model::Milestone::Started, model::Milestone::Detected, model::Milestone::Acknowledged,
                                 model::Milestone::Mitigated, model::Milestone::Resolved}) {
        const auto time = in.milestones->at(milestone);
        if (!time.isValid())
            continue;
        TimelineScene::Flag flag;
        flag.milestone = milestone;
        flag.at = time.toMSecsSinceEpoch();
        flag.x = s.xOf(flag.at);
        if (flag.x < s.lanes.left() - 0.5 || flag.x > s.lanes.right() + 0.5)
            continue;
        flag.outOfOrder = in.milestones->outOfOrder.contains(milestone);
        flag.label = model::enumLabel(milestone) + QLatin1Char(' ') +
                     QLocale().toString(time.toTimeZone(in.zone), pattern) +
                     (flag.outOfOrder ? QStringLiteral(" ⚠") : QString());
        s.flags.append(flag);
    }
    std::sort(s.flags.begin(), s.flags.end(), [](const auto &a, const auto &b) { return a.x < b.x; });

    // Each label takes the first place where it overlaps no other label: right of its pole, else
    // left of it, in the first row, else the second; failing that, the same without the time.
    std::array<QList<std::pair<double, double>>, 2> taken;
    auto fits = [&](int row, double x0, double x1) {
        if (x0 < s.lanes.left() || x1 > s.lanes.right())
            return false;
        for (const auto &[left, right] : taken[size_t(row)]) {
            if (x0 < right + 4 && x1 > left - 4)
                return false;
        }
        return true;
    };
    for (auto &flag : s.flags) {
        const QString shortLabel =
            model::enumLabel(flag.milestone) + (flag.outOfOrder ? QStringLiteral(" ⚠") : QString());
        for (const QString &label : {flag.label, shortLabel}) {
            const double width = std::ceil(fm.horizontalAdvance(label)) + 10;
            for (const double x0 : {flag.x, flag.x - width}) {
                for (int row = 0; row < 2 && flag.row < 0; ++row) {
                    if (fits(row, x0, x0 + width)) {
                        flag.row = row;
                        flag.label = label;
                        flag.labelRect = QRectF(x0, s.flagRows.top() + row * s.rowHeight + 1, width, s.rowHeight - 2);
                        taken[size_t(row)].append({x0, x0 + width});
                    }
                }
            }
            if (flag.row >= 0)
                break;
        }
    }
}

void placePhases(TimelineScene &s, const TimelineSceneInput &in)
{
    if (!in.milestones)
        return;
    using model::Milestone;
    struct Bounds
    {
        TimelinePhase phase;
        Milestone from;
        Milestone to;
    };
    const std::array<Bounds, TimelinePhaseCount> all{
        {{TimelinePhase::Undetected, Milestone::Started, Milestone::Detected},
         {TimelinePhase::Mitigating, Milestone::Detected, Milestone::Mitigated},
         {TimelinePhase::Recovering, Milestone::Mitigated, Milestone::Resolved}}};
    for (size_t i = 0; i < all.size(); ++i) {
        const auto from = in.milestones->at(all[i].from);
        if (!from.isValid())
            continue;
        TimelineScene::Phase phase;
        phase.phase = all[i].phase;
        phase.from = from.toMSecsSinceEpoch();
        if (const auto to = in.milestones->at(all[i].to); to.isValid()) {
            phase.to = to.toMSecsSinceEpoch();
        } else {
            // Only a live incident has a phase going on now, and only when no later milestone
            // says otherwise.
            bool later = false;
            for (size_t j = i + 1; j < all.size(); ++j)
                later = later || in.milestones->at(all[j].to).isValid();
            if (!in.now || later)
                continue;
            phase.to = *in.now;
            phase.open = true;
        }
        if (phase.to <= phase.from) // out of order: the flags say so
            continue;
        const double x0 = std::max(s.xOf(phase.from), s.lanes.left());
        const double x1 = std::min(s.xOf(phase.to), s.lanes.right());
        if (x1 <= x0)
            continue;
        phase.strip = QRectF(x0, s.phaseRow.top(), x1 - x0, s.phaseRow.height());
        phase.label = TimelineScene::phaseName(phase.phase) + QStringLiteral(" · ") +
                      model::formatDuration(phase.to - phase.from);
        s.phases.append(phase);
    }
}

} // namespace

QRectF TimelineScene::laneRect(int lane) const
{
    return QRectF(lanes.left(), lanes.top() + lane * laneHeight, lanes.width(), laneHeight);
}

QList<qint64> TimelineScene::ids(const Item &item) const
{
    QList<qint64> result;
    result.reserve(item.count);
    for (int i = 0; i < item.count; ++i)
        result.append(memberIds[size_t(item.memberBegin + i)]);
    return result;
}

int TimelineScene::itemAt(const QPointF &pos) const
{
    if (!lanes.contains(pos) || laneHeight <= 0)
        return -1;
    const int lane = int((pos.y() - lanes.top()) / laneHeight);
    int best = -1;
    double bestDistance = 0;
    for (size_t i = 0; i < items.size(); ++i) {
        const auto &item = items[i];
        if (item.lane != lane || !item.rect.adjusted(-3, -3, 3, 3).contains(pos))
            continue;
        const double distance = std::abs(item.x - pos.x());
        if (best < 0 || distance < bestDistance) {
            best = int(i);
            bestDistance = distance;
        }
    }
    return best;
}

const TimelineScene::Flag *TimelineScene::flagAt(const QPointF &pos) const
{
    for (const auto &flag : flags) {
        if (flag.row >= 0 && flag.labelRect.contains(pos))
            return &flag;
    }
    if (pos.y() < flagRows.top() || pos.y() > lanes.bottom())
        return nullptr;
    for (const auto &flag : flags) {
        if (std::abs(flag.x - pos.x()) <= 3)
            return &flag;
    }
    return nullptr;
}

const TimelineScene::Phase *TimelineScene::phaseAt(const QPointF &pos) const
{
    for (const auto &phase : phases) {
        if (phase.strip.contains(pos))
            return &phase;
    }
    return nullptr;
}

QString TimelineScene::phaseName(TimelinePhase phase)
{
    switch (phase) {
    case TimelinePhase::Undetected:
        return tr("Undetected");
    case TimelinePhase::Mitigating:
        return tr("Mitigating");
    case TimelinePhase::Recovering:
        return tr("Recovering");
    }
    return {};
}

TimelineScene buildTimelineScene(const TimelineSceneInput &in)
{
    TimelineScene s;
    const QFontMetricsF fm(in.font);
    const double lineHeight = std::ceil(fm.height());
    s.rowHeight = lineHeight + 4;
    s.markerSize = std::clamp(std::round(lineHeight * 0.62), 8.0, 16.0);
    s.live = in.now.has_value();
    s.following = s.live && in.following;

    const bool unknownTimes = in.index && in.index->hasUnknownTimes();
    s.laneCount = unknownTimes ? KindLaneCount + 1 : KindLaneCount;
    for (int kind = 0; kind < KindLaneCount; ++kind)
        s.laneLabels.append(model::enumLabel(model::EventKind(kind)));
    if (unknownTimes)
        s.laneLabels.append(TimelineScene::tr("Time unknown"));
    double labelWidth = 0;
    for (const auto &label : std::as_const(s.laneLabels))
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(label));

    const double width = in.size.width();
    const double height = in.size.height();
    const double gutter = std::ceil(labelWidth + s.markerSize + 24);
    const double axisHeight = 2 * lineHeight + 10;
    s.bounds = QRectF(QPointF(0, 0), in.size);
    s.gutter = QRectF(0, 0, gutter, height);
    s.phaseRow = QRectF(gutter, 0, std::max(0.0, width - gutter), s.rowHeight);
    s.flagRows = QRectF(gutter, s.phaseRow.bottom(), s.phaseRow.width(), 2 * s.rowHeight);
    s.axis = QRectF(gutter, std::max(s.flagRows.bottom(), height - axisHeight), s.phaseRow.width(), axisHeight);
    s.lanes =
        QRectF(gutter, s.flagRows.bottom(), s.phaseRow.width(), std::max(0.0, s.axis.top() - s.flagRows.bottom()));
    s.laneHeight = s.lanes.height() / s.laneCount;

    const double span = std::max(in.span, 1.0);
    s.start = in.start;
    s.end = in.start + qint64(std::ceil(span));
    s.pxPerMs = std::max(s.lanes.width(), 1.0) / span;

    s.step = TimeAxis::chooseStep(s.end - s.start, s.lanes.width(), [&fm](const TimeAxis::Step &step) {
        return fm.horizontalAdvance(TimeAxis::sampleLabel(step)) + 16;
    });
    s.ticks = TimeAxis::ticks(s.start, s.end, s.step, in.zone);
    if (const auto minor = TimeAxis::minorStep(s.step); minor.count > 0)
        s.minorTicks = TimeAxis::tickTimes(s.start, s.end, minor, in.zone);
    s.contexts = TimeAxis::contexts(s.start, s.end, s.step, in.zone);
    s.zoneLabel = in.zone.abbreviation(QDateTime::fromMSecsSinceEpoch(s.start, QTimeZone::utc()));

    if (in.index && s.lanes.width() > 0 && s.lanes.height() > 0)
        placeItems(s, in, fm);
    placeFlags(s, in, fm);
    placePhases(s, in);

    if (in.now) {
        s.now = in.now;
        const double x = s.xOf(*in.now);
        if (x >= s.lanes.left() - 1 && x <= s.lanes.right() + 1) {
            s.nowX = x;
            const double chip = std::ceil(fm.horizontalAdvance(TimelineScene::tr("now"))) + 10;
            const double left =
                std::clamp(x - chip / 2, s.lanes.left(), std::max(s.lanes.left(), s.lanes.right() - chip));
            s.nowChip = QRectF(left, s.axis.top() + 5, chip, lineHeight + 2);
        }
        s.hintText = s.following ? TimelineScene::tr("Following now") : TimelineScene::tr("Press End to follow now");
        const double hintWidth = std::ceil(fm.horizontalAdvance(s.hintText)) + s.markerSize + 16;
        s.hintRect =
            QRectF(s.phaseRow.right() - hintWidth - 4, s.phaseRow.top() + 1, hintWidth, s.phaseRow.height() - 2);
    }

    if (!in.hasDocument)
        s.emptyText = TimelineScene::tr("No review open");
    else if (!in.index || in.index->isEmpty())
        s.emptyText = s.live ? TimelineScene::tr("No events yet: the notes you add appear here")
                             : TimelineScene::tr("No events in the timeline yet");
    return s;
}

} // namespace hindsight::editor
