// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinescene.h"
#include "timelinestyle.h"

#include <QFont>
#include <QHash>
#include <QPixmap>
#include <QStaticText>

class QPainter;

namespace hindsight::editor {

// Paints a TimelineScene. Markers come from pixmaps rendered once per kind, and count bubbles
// from cached static texts, so a frame with thousands of events costs a few hundred blits and
// no text layout.
class TimelinePainter final
{
public:
    struct State
    {
        int hoveredItem = -1;
        qint64 currentId = 0; // the keyboard's current event: a guide line marks it
        bool focused = false;
    };

    void paint(QPainter &painter, const TimelineScene &scene, const TimelineStyle &style, const QFont &font,
               const State &state);
    // Drops the cached pixmaps and texts (palette, font or screen changed).
    void invalidate();

private:
    const QPixmap &sprite(model::EventKind kind, bool hollow, const TimelineStyle &style, double size, qreal dpr);
    const QStaticText &staticText(const QString &text);

    void paintBackground(QPainter &painter, const TimelineScene &scene, const TimelineStyle &style);
    void paintEvents(QPainter &painter, const TimelineScene &scene, const TimelineStyle &style, const State &state);
    void paintFlags(QPainter &painter, const TimelineScene &scene, const TimelineStyle &style);
    void paintAxis(QPainter &painter, const TimelineScene &scene, const TimelineStyle &style);
    void paintGutter(QPainter &painter, const TimelineScene &scene, const TimelineStyle &style);
    void paintOverlays(QPainter &painter, const TimelineScene &scene, const TimelineStyle &style, const State &state);

    QHash<int, QPixmap> m_sprites;
    double m_spriteSize = 0;
    qreal m_spriteRatio = 0;
    QHash<QString, QStaticText> m_texts;
    QFont m_font;
    QFont m_countFont;
};

} // namespace hindsight::editor
