// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinescene.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QRect>
#include <QString>

namespace hindsight::editor {

class TimelineTracker;

// The timeline's tooltips, as rich text: an event (time to its precision in the display zone,
// kind, milestone, the text elided to about 200 characters), a bubble (its count, its time span and
// its first events), a milestone flag, a phase, the follow hint, the axis.
class TimelineToolTip final
{
    Q_DECLARE_TR_FUNCTIONS(TimelineToolTip)

public:
    // Empty when nothing at pos has a tooltip; area is where the text stays valid.
    static QString text(const TimelineScene &scene, const TimelineTracker &tracker, const QPointF &pos, QRect *area);
    static QString forEvents(const TimelineTracker &tracker, const QList<qint64> &ids);
};

} // namespace hindsight::editor
