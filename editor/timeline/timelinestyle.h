// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QColor>
#include <QPainterPath>
#include <QPalette>

#include <array>

namespace hindsight::editor {

// The phases between milestones, drawn as bands.
enum class TimelinePhase { Undetected, Mitigating, Recovering };
inline constexpr int TimelinePhaseCount = 3;

// Each kind has a colour and a shape, so that the timeline reads without colour too (printed
// in grey, or by someone who does not tell orange from green).
enum class MarkerShape { Circle, Square, Diamond, Star, TriangleUp, Plus, Hexagon, TriangleDown };

MarkerShape markerShape(model::EventKind kind);
// The marker's outline, centred on (0, 0) and fitting a size × size square.
QPainterPath markerPath(model::EventKind kind, double size);

// The colours of the timeline, taken from the widget's palette where it has one (background,
// text, grid, selection) and made to read on light and dark themes where it has none (kinds,
// phases, the now line).
struct TimelineStyle
{
    bool dark = false;
    QColor base;   // the lanes' background
    QColor stripe; // every other lane
    QColor gutter; // the lane labels' column
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor gridMajor;
    QColor highlight;
    QColor highlightedText;
    QColor now;
    QColor flag;
    QColor warning;
    std::array<QColor, 8> kinds;                       // by EventKind
    std::array<QColor, TimelinePhaseCount> phaseBand;  // faint, across the lanes
    std::array<QColor, TimelinePhaseCount> phaseStrip; // stronger, in the header strip

    QColor kindColor(model::EventKind kind) const { return kinds[size_t(kind)]; }
    // Count bubbles are a pale tint of their kind with the count in a deep shade of it: calm
    // where hundreds of them tile a crowded lane, and quieter than single markers.
    QColor bubbleFill(model::EventKind kind) const;
    QColor bubbleText(model::EventKind kind) const;

    static TimelineStyle fromPalette(const QPalette &palette);
};

} // namespace hindsight::editor
