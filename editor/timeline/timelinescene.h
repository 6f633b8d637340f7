// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/metrics.h"
#include "timeaxis.h"
#include "timelineindex.h"
#include "timelinestyle.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace hindsight::editor {

// What the view shows, and where: built from the index for one visible range and size, then
// painted and hit-tested. Building it needs fonts but no widget, so tests can check the layout.
struct TimelineSceneInput
{
    QSizeF size;
    QFont font;
    const TimelineIndex *index = nullptr;
    bool hasDocument = false;
    qint64 start = 0; // ms since the epoch, UTC
    double span = 0;  // ms
    QTimeZone zone = QTimeZone::utc();
    const model::Metrics *milestones = nullptr;
    std::optional<qint64> now; // set in live mode only
    bool following = false;
    const QSet<qint64> *selection = nullptr;
};

struct TimelineScene
{
    Q_DECLARE_TR_FUNCTIONS(TimelineScene)

public:
    // Geometry, in widget pixels, top to bottom: the phase strip, two rows of milestone flags,
    // the lanes, the axis (tick labels, then dates). The gutter on the left holds lane labels.
    QRectF bounds;
    QRectF gutter;
    QRectF phaseRow;
    QRectF flagRows;
    QRectF lanes;
    QRectF axis;
    double rowHeight = 0;
    double laneHeight = 0;
    double markerSize = 10;
    int laneCount = KindLaneCount;
    QStringList laneLabels;

    qint64 start = 0;
    qint64 end = 0;
    double pxPerMs = 0;

    double xOf(qint64 msecs) const { return lanes.left() + double(msecs - start) * pxPerMs; }
    qint64 timeAt(double x) const { return start + qint64((x - lanes.left()) / pxPerMs); }
    QRectF laneRect(int lane) const;
    double laneCenter(int lane) const { return laneRect(lane).center().y(); }

    // One marker (count 1) or count bubble, in lane order.
    struct Item
    {
        int lane = 0;
        model::EventKind kind = model::EventKind::Note; // the first member's
        int count = 0;
        qsizetype memberBegin = 0; // into memberIds
        double x = 0;
        QRectF rect;
        bool internal = false; // a single internal event: drawn hollow
        bool selected = false;
        QString countText;
    };
    std::vector<Item> items;
    std::vector<qint64> memberIds;
    QList<qint64> ids(const Item &item) const;

    // The day a day-only event stands for.
    struct DaySpan
    {
        int lane = 0;
        model::EventKind kind = model::EventKind::Note;
        double x0 = 0;
        double x1 = 0;
    };
    std::vector<DaySpan> daySpans;

    struct Flag
    {
        model::Milestone milestone = model::Milestone::None;
        qint64 at = 0;
        double x = 0;
        int row = -1; // the flag row holding its label; -1 when there was no room for it
        QRectF labelRect;
        QString label;
        bool outOfOrder = false;
    };
    QList<Flag> flags;

    struct Phase
    {
        TimelinePhase phase = TimelinePhase::Undetected;
        qint64 from = 0;
        qint64 to = 0;
        bool open = false; // still going: it ends now
        QRectF strip;      // in the phase row, clipped to the lanes
        QString label;
    };
    QList<Phase> phases;

    TimeAxis::Step step;
    QList<TimeAxis::Tick> ticks;
    QList<qint64> minorTicks;
    QList<TimeAxis::Context> contexts;
    QString zoneLabel;

    std::optional<qint64> now;  // live only
    std::optional<double> nowX; // when now is in view
    QRectF nowChip;             // the "now" label on the axis
    bool live = false;
    bool following = false;
    QRectF hintRect; // "Following now" / "Press End to follow now", live only
    QString hintText;
    QString emptyText;

    // The item under pos (the nearest when several are close), -1 when none.
    int itemAt(const QPointF &pos) const;
    const Flag *flagAt(const QPointF &pos) const;
    const Phase *phaseAt(const QPointF &pos) const;

    static QString phaseName(TimelinePhase phase);
};

TimelineScene buildTimelineScene(const TimelineSceneInput &input);

} // namespace hindsight::editor
