// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinepainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace hindsight::editor {

namespace {

QColor withAlpha(QColor color, double alpha)
{
    color.setAlphaF(float(alpha));
    return color;
}

// A crisp one-pixel vertical line at x.
double pixel(double x)
{
    return std::floor(x) + 0.5;
}

} // namespace

void TimelinePainter::invalidate()
{
    m_sprites.clear();
    m_texts.clear();
}

const QPixmap &TimelinePainter::sprite(model::EventKind kind, bool hollow, const TimelineStyle &style, double size,
                                       qreal dpr)
{
    if (size != m_spriteSize || dpr != m_spriteRatio) {
        m_sprites.clear();
        m_spriteSize = size;
        m_spriteRatio = dpr;
    }
    const int key = int(kind) * 2 + int(hollow);
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return *it;
    const double extent = size + 4;
    QPixmap pixmap(QSize(int(std::ceil(extent * dpr)), int(std::ceil(extent * dpr))));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(extent / 2, extent / 2);
    const QColor color = style.kindColor(kind);
    if (hollow) {
        p.setPen(QPen(color, 1.6));
        p.setBrush(style.base);
        p.drawPath(markerPath(kind, size - 1.5));
    } else {
        p.setPen(QPen(style.dark ? color.lighter(125) : color.darker(135), 1));
        p.setBrush(color);
        p.drawPath(markerPath(kind, size));
    }
    p.end();
    return *m_sprites.insert(key, pixmap);
}

const QStaticText &TimelinePainter::staticText(const QString &text)
{
    auto it = m_texts.find(text);
    if (it != m_texts.end())
        return *it;
    if (m_texts.size() > 4000)
        m_texts.clear();
    QStaticText staticText(text);
    staticText.setTextFormat(Qt::PlainText);
    staticText.setPerformanceHint(QStaticText::AggressiveCaching);
    staticText.prepare(QTransform(), m_countFont);
    return *m_texts.insert(text, staticText);
}

void TimelinePainter::paint(QPainter &painter, const TimelineScene &scene, const TimelineStyle &style,
                            const QFont &font, const State &state)
{
    if (font != m_font) {
        m_font = font;
        m_countFont = font;
        m_countFont.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.85 : 8);
        m_countFont.setWeight(QFont::DemiBold);
        m_texts.clear();
    }
    painter.save();
    painter.setFont(font);
    paintBackground(painter, scene, style);
    painter.save();
    painter.setClipRect(QRectF(scene.lanes.left(), 0, scene.lanes.width(), scene.bounds.height()));
    paintEvents(painter, scene, style, state);
    paintFlags(painter, scene, style);
    paintAxis(painter, scene, style);
    painter.restore();
    paintGutter(painter, scene, style);
    paintOverlays(painter, scene, style, state);
    painter.restore();
}

void TimelinePainter::paintBackground(QPainter &painter, const TimelineScene &scene, const TimelineStyle &style)
{
    painter.fillRect(scene.bounds, style.base);
    for (int lane = 1; lane < scene.laneCount; lane += 2)
        painter.fillRect(scene.laneRect(lane), style.stripe);

    // Phases: a strip that names them, and a faint band down through the lanes.
    for (const auto &phase : scene.phases) {
        const auto index = size_t(phase.phase);
        painter.fillRect(phase.strip, style.phaseStrip[index]);
        painter.fillRect(QRectF(phase.strip.left(), scene.flagRows.top(), phase.strip.width(),
                                scene.lanes.bottom() - scene.flagRows.top()),
                         style.phaseBand[index]);
    }

    // The future, in live mode: nothing can be there yet.
    if (scene.now && *scene.now < scene.end) {
        const double from = std::max(scene.xOf(*scene.now), scene.lanes.left());
        painter.fillRect(
            QRectF(from, scene.flagRows.top(), scene.lanes.right() - from, scene.lanes.bottom() - scene.flagRows.top()),
            withAlpha(style.text, style.dark ? 0.06 : 0.035));
    }

    // Grid: one line per labelled tick, stronger at day (or month) boundaries.
    QVarLengthArray<QLineF, 64> minor;
    QVarLengthArray<QLineF, 64> major;
    for (const auto &tick : scene.ticks) {
        const double x = pixel(scene.xOf(tick.msecs));
        if (x < scene.lanes.left() || x > scene.lanes.right())
            continue;
        (tick.major ? major : minor).append(QLineF(x, scene.lanes.top(), x, scene.axis.top()));
    }
    painter.setPen(QPen(style.grid, 1));
    painter.drawLines(minor.constData(), int(minor.size()));
    painter.setPen(QPen(style.gridMajor, 1));
    painter.drawLines(major.constData(), int(major.size()));
}

void TimelinePainter::paintEvents(QPainter &painter, const TimelineScene &scene, const TimelineStyle &style,
                                  const State &state)
{
    const double size = scene.markerSize;
    const qreal dpr = painter.device()->devicePixelRatioF();

    // Day-only events: a bar across the day, with end caps, behind the midday marker.
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const auto &span : scene.daySpans) {
        const QColor color = style.kindColor(span.kind);
        const double y = scene.laneCenter(span.lane);
        const double x0 = std::max(span.x0, scene.lanes.left() - 2);
        const double x1 = std::min(span.x1, scene.lanes.right() + 2);
        painter.fillRect(QRectF(x0, y - size * 0.28, x1 - x0, size * 0.56), withAlpha(color, 0.2));
        painter.setPen(QPen(withAlpha(color, 0.75), 1));
        const double cap = size * 0.55;
        painter.drawLine(QLineF(pixel(span.x0), y - cap, pixel(span.x0), y + cap));
        painter.drawLine(QLineF(pixel(span.x1) - 1, y - cap, pixel(span.x1) - 1, y + cap));
    }

    // The current event's guide line, so that the eye finds it across lanes and on the axis.
    if (state.currentId != 0) {
        for (const auto &item : scene.items) {
            if (item.count == 1 && scene.memberIds[size_t(item.memberBegin)] == state.currentId) {
                painter.setPen(QPen(withAlpha(style.highlight, 0.55), 1));
                painter.drawLine(QLineF(pixel(item.x), scene.flagRows.top(), pixel(item.x), scene.axis.top() + 4));
                break;
            }
        }
    }

    // Milestone poles, under the markers.
    for (const auto &flag : scene.flags) {
        painter.setPen(QPen(flag.outOfOrder ? style.warning : style.flag, 1.5));
        const double top = flag.row >= 0 ? flag.labelRect.top() : scene.flagRows.top();
        painter.drawLine(QLineF(flag.x, top, flag.x, scene.lanes.bottom()));
    }

    // Count bubbles, lane by lane, one brush per lane.
    painter.setRenderHint(QPainter::Antialiasing, true);
    int brushLane = -1;
    model::EventKind brushKind{};
    for (const auto &item : scene.items) {
        if (item.count == 1)
            continue;
        const bool mixed = item.lane == UnknownTimeLane;
        if (item.lane != brushLane || (mixed && item.kind != brushKind)) {
            painter.setBrush(style.bubbleFill(item.kind));
            painter.setPen(QPen(style.kindColor(item.kind), 1));
            brushLane = item.lane;
            brushKind = item.kind;
        }
        const QRectF rect = item.rect.adjusted(0.5, 0.5, -0.5, -0.5);
        const double radius = rect.height() / 2;
        painter.drawRoundedRect(rect, radius, radius);
    }
    painter.setFont(m_countFont);
    brushLane = -1;
    for (const auto &item : scene.items) {
        if (item.count == 1)
            continue;
        if (item.lane != brushLane || item.kind != brushKind) {
            painter.setPen(style.bubbleText(item.kind));
            brushLane = item.lane;
            brushKind = item.kind;
        }
        const auto &text = staticText(item.countText);
        const QSizeF textSize = text.size();
        painter.drawStaticText(
            QPointF(item.rect.center().x() - textSize.width() / 2, item.rect.center().y() - textSize.height() / 2),
            text);
    }

    // Single events: one pixmap each.
    const double extent = size + 4;
    for (const auto &item : scene.items) {
        if (item.count != 1)
            continue;
        const QPointF topLeft(std::round((item.x - extent / 2) * dpr) / dpr,
                              std::round((scene.laneCenter(item.lane) - extent / 2) * dpr) / dpr);
        painter.drawPixmap(topLeft, sprite(item.kind, item.internal, style, size, dpr));
    }

    // Selection and hover rings.
    painter.setBrush(Qt::NoBrush);
    auto ring = [&](const TimelineScene::Item &item, const QPen &pen) {
        painter.setPen(pen);
        if (item.count == 1) {
            painter.drawEllipse(QPointF(item.x, scene.laneCenter(item.lane)), size * 0.85, size * 0.85);
        } else {
            const QRectF rect = item.rect.adjusted(-2.5, -2.5, 2.5, 2.5);
            painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
        }
    };
    for (const auto &item : scene.items) {
        if (item.selected)
            ring(item, QPen(style.highlight, 2.2));
    }
    if (state.hoveredItem >= 0 && state.hoveredItem < int(scene.items.size()))
        ring(scene.items[size_t(state.hoveredItem)], QPen(withAlpha(style.text, 0.45), 1.2));

    // Now.
    if (scene.nowX) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(style.now, 2));
        painter.drawLine(QLineF(*scene.nowX, scene.phaseRow.top(), *scene.nowX, scene.axis.top() + 6));
    }
}

void TimelinePainter::paintFlags(QPainter &painter, const TimelineScene &scene, const TimelineStyle &style)
{
    painter.setRenderHint(QPainter::Antialiasing, false);
    // A flag with no room for its label gets a small pennant (its tooltip names it), under the
    // labels of the others.
    for (const auto &flag : scene.flags) {
        if (flag.row < 0)
            painter.fillRect(QRectF(flag.x, scene.lanes.top() - 6, 6, 5), flag.outOfOrder ? style.warning : style.flag);
    }
    for (const auto &flag : scene.flags) {
        if (flag.row < 0)
            continue;
        const QColor color = flag.outOfOrder ? style.warning : style.flag;
        painter.fillRect(flag.labelRect, color);
        painter.setPen(style.base);
        painter.drawText(flag.labelRect.adjusted(5, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, flag.label);
    }

    // Phase names, inside their strips when they fit.
    const QFontMetricsF fm(painter.font());
    for (const auto &phase : scene.phases) {
        QRectF rect = phase.strip.adjusted(6, 0, -6, 0);
        if (scene.hintRect.isValid() && rect.right() > scene.hintRect.left() - 4)
            rect.setRight(scene.hintRect.left() - 4);
        if (rect.width() < fm.horizontalAdvance(QStringLiteral("Mmm…")))
            continue;
        painter.setPen(style.text);
        painter.drawText(rect, Qt::AlignVCenter | Qt::AlignLeft,
                         fm.elidedText(phase.label, Qt::ElideRight, rect.width()));
    }
}

void TimelinePainter::paintAxis(QPainter &painter, const TimelineScene &scene, const TimelineStyle &style)
{
    const QFontMetricsF fm(painter.font());
    const QRectF axis = scene.axis;
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(axis, style.base);
    painter.setPen(QPen(style.gridMajor, 1));
    painter.drawLine(QLineF(axis.left(), pixel(axis.top()), axis.right(), pixel(axis.top())));

    QVarLengthArray<QLineF, 128> marks;
    for (const qint64 t : scene.minorTicks) {
        const double x = pixel(scene.xOf(t));
        marks.append(QLineF(x, axis.top(), x, axis.top() + 3));
    }
    for (const auto &tick : scene.ticks) {
        const double x = pixel(scene.xOf(tick.msecs));
        marks.append(QLineF(x, axis.top(), x, axis.top() + (tick.major ? 8 : 6)));
    }
    painter.drawLines(marks.constData(), int(marks.size()));

    painter.setPen(style.text);
    const double labelBaseline = axis.top() + 6 + fm.ascent();
    for (const auto &tick : scene.ticks) {
        const double x = scene.xOf(tick.msecs) + 3;
        // The now chip sits on the axis: labels under it would peek out around it.
        if (scene.nowChip.isValid() && x < scene.nowChip.right() + 3 &&
            x + fm.horizontalAdvance(tick.label) > scene.nowChip.left() - 3)
            continue;
        painter.drawText(QPointF(x, labelBaseline), tick.label);
    }

    // The date row: each label sticks to the left edge until the next one pushes it out.
    painter.setPen(style.mutedText);
    const double dateBaseline = labelBaseline + fm.height() + 1;
    for (qsizetype i = 0; i < scene.contexts.size(); ++i) {
        const auto &context = scene.contexts.at(i);
        const double width = fm.horizontalAdvance(context.label);
        double x = i == 0 ? axis.left() + 3 : scene.xOf(context.msecs) + 3;
        if (i + 1 < scene.contexts.size())
            x = std::min(x, scene.xOf(scene.contexts.at(i + 1).msecs) - width - 12);
        if (i == 0 && x < axis.left()) // being pushed out by the next day: gone rather than cut
            continue;
        if (i > 0) {
            painter.setPen(QPen(style.gridMajor, 1));
            const double tx = pixel(scene.xOf(context.msecs));
            painter.drawLine(QLineF(tx, dateBaseline - fm.ascent(), tx, dateBaseline + fm.descent()));
            painter.setPen(style.mutedText);
        }
        painter.drawText(QPointF(x, dateBaseline), context.label);
    }
}

void TimelinePainter::paintGutter(QPainter &painter, const TimelineScene &scene, const TimelineStyle &style)
{
    const QFontMetricsF fm(painter.font());
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(scene.gutter, style.gutter);
    painter.setPen(QPen(style.gridMajor, 1));
    painter.drawLine(
        QLineF(pixel(scene.gutter.right()) - 1, 0, pixel(scene.gutter.right()) - 1, scene.bounds.height()));

    const double left = scene.gutter.left() + 8;
    const double size = scene.markerSize;
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (int lane = 0; lane < scene.laneCount; ++lane) {
        const double y = scene.laneCenter(lane);
        if (lane < KindLaneCount) {
            const auto kind = model::EventKind(lane);
            const QColor color = style.kindColor(kind);
            painter.setPen(QPen(style.dark ? color.lighter(125) : color.darker(135), 1));
            painter.setBrush(color);
            painter.drawPath(markerPath(kind, size).translated(left + size / 2, y));
        } else {
            painter.setPen(QPen(style.mutedText, 1.2, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(QPointF(left + size / 2, y), size / 2, size / 2);
        }
        painter.setPen(lane < KindLaneCount ? style.text : style.mutedText);
        const QRectF labelRect(left + size + 6, y - scene.laneHeight / 2, scene.gutter.width() - size - 18,
                               scene.laneHeight);
        painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                         fm.elidedText(scene.laneLabels.value(lane), Qt::ElideRight, labelRect.width()));
    }

    painter.setPen(style.mutedText);
    const QRectF milestones(left, scene.flagRows.top(), scene.gutter.width() - 14, scene.rowHeight);
    painter.drawText(milestones, Qt::AlignVCenter | Qt::AlignLeft,
                     fm.elidedText(TimelineScene::tr("Milestones"), Qt::ElideRight, milestones.width()));
    const QRectF zone(left, scene.axis.top() + 6, scene.gutter.width() - 14, fm.height());
    painter.drawText(zone, Qt::AlignTop | Qt::AlignLeft, fm.elidedText(scene.zoneLabel, Qt::ElideRight, zone.width()));
}

void TimelinePainter::paintOverlays(QPainter &painter, const TimelineScene &scene, const TimelineStyle &style,
                                    const State &state)
{
    const QFontMetricsF fm(painter.font());
    painter.setRenderHint(QPainter::Antialiasing, true);

    if (scene.nowChip.isValid()) {
        const QString text = TimelineScene::tr("now");
        const QRectF chip = scene.nowChip;
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.now);
        painter.drawRoundedRect(chip, 3, 3);
        painter.setPen(Qt::white);
        painter.drawText(chip, Qt::AlignCenter, text);
    }

    if (!scene.hintText.isEmpty()) {
        const QRectF chip = scene.hintRect;
        painter.setPen(QPen(scene.following ? style.grid : style.highlight, 1));
        painter.setBrush(style.base);
        painter.drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), chip.height() / 2, chip.height() / 2);
        const double dot = scene.markerSize * 0.55;
        const QPointF center(chip.left() + 8 + dot / 2, chip.center().y());
        painter.setPen(Qt::NoPen);
        painter.setBrush(scene.following ? style.now : style.mutedText);
        painter.drawEllipse(center, dot / 2, dot / 2);
        painter.setPen(scene.following ? style.text : style.highlight);
        painter.drawText(chip.adjusted(dot + 12, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, scene.hintText);
    }

    if (!scene.emptyText.isEmpty()) {
        painter.setPen(style.mutedText);
        painter.drawText(scene.lanes, Qt::AlignCenter, scene.emptyText);
    }

    if (state.focused) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(style.highlight, 2));
        painter.drawRect(scene.bounds.adjusted(1, 1, -1, -1));
    }
}

} // namespace hindsight::editor
