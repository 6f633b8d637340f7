// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinestyle.h"

#include <QtMath>

#include <cmath>

namespace hindsight::editor {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QColor withAlpha(QColor color, double alpha)
{
    color.setAlphaF(float(alpha));
    return color;
}

// On a dark background the same hues, lighter, so that they keep their contrast.
QColor forTheme(const QColor &color, bool dark)
{
    if (!dark)
        return color;
    float h = 0, s = 0, l = 0, a = 0;
    color.getHslF(&h, &s, &l, &a);
    return QColor::fromHslF(h, s * 0.9f, std::max(l, 0.66f), a);
}

QPainterPath polygon(int corners, double radius, double rotation)
{
    QPolygonF points;
    for (int i = 0; i < corners; ++i) {
        const double angle = rotation + 2 * M_PI * i / corners;
        points << QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    QPainterPath path;
    path.addPolygon(points);
    path.closeSubpath();
    return path;
}

} // namespace

MarkerShape markerShape(model::EventKind kind)
{
    using model::EventKind;
    switch (kind) {
    case EventKind::Note:
        return MarkerShape::Circle;
    case EventKind::Action:
        return MarkerShape::Square;
    case EventKind::Discovery:
        return MarkerShape::Diamond;
    case EventKind::Detection:
        return MarkerShape::Star;
    case EventKind::Escalation:
        return MarkerShape::TriangleUp;
    case EventKind::Mitigation:
        return MarkerShape::Plus;
    case EventKind::Resolution:
        return MarkerShape::Hexagon;
    case EventKind::Communication:
        return MarkerShape::TriangleDown;
    }
    return MarkerShape::Circle;
}

QPainterPath markerPath(model::EventKind kind, double size)
{
    const double r = size / 2;
    QPainterPath path;
    switch (markerShape(kind)) {
    case MarkerShape::Circle:
        path.addEllipse(QPointF(0, 0), r * 0.92, r * 0.92);
        break;
    case MarkerShape::Square:
        path.addRect(QRectF(-r * 0.8, -r * 0.8, r * 1.6, r * 1.6));
        break;
    case MarkerShape::Diamond:
        path = polygon(4, r * 1.05, -M_PI / 2);
        break;
    case MarkerShape::Star: {
        QPolygonF points;
        for (int i = 0; i < 10; ++i) {
            const double radius = i % 2 == 0 ? r * 1.08 : r * 0.5;
            const double angle = -M_PI / 2 + M_PI * i / 5;
            points << QPointF(radius * std::cos(angle), radius * std::sin(angle));
        }
        path.addPolygon(points);
        path.closeSubpath();
        path.translate(0, r * 0.08);
        break;
    }
    case MarkerShape::TriangleUp:
        path = polygon(3, r * 1.1, -M_PI / 2);
        path.translate(0, r * 0.18);
        break;
    case MarkerShape::Plus: {
        const double arm = r * 0.36;
        path.addRect(QRectF(-r, -arm, 2 * r, 2 * arm));
        path.addRect(QRectF(-arm, -r, 2 * arm, 2 * r));
        path = path.simplified();
        break;
    }
    case MarkerShape::Hexagon:
        path = polygon(6, r, 0);
        break;
    case MarkerShape::TriangleDown:
        path = polygon(3, r * 1.1, M_PI / 2);
        path.translate(0, -r * 0.18);
        break;
    }
    return path;
}

QColor TimelineStyle::bubbleFill(model::EventKind kind) const
{
    return mix(base, kindColor(kind), dark ? 0.34 : 0.2);
}

QColor TimelineStyle::bubbleText(model::EventKind kind) const
{
    return dark ? mix(kindColor(kind), text, 0.55) : mix(kindColor(kind), text, 0.45);
}

TimelineStyle TimelineStyle::fromPalette(const QPalette &palette)
{
    TimelineStyle style;
    style.base = palette.color(QPalette::Base);
    style.text = palette.color(QPalette::Text);
    style.dark = style.base.lightnessF() < 0.5;
    style.stripe = mix(style.base, style.text, 0.025);
    style.gutter = palette.color(QPalette::Window);
    if (style.gutter == style.base)
        style.gutter = mix(style.base, style.text, 0.05);
    style.mutedText = mix(style.base, style.text, 0.62);
    style.grid = mix(style.base, style.text, style.dark ? 0.14 : 0.09);
    style.gridMajor = mix(style.base, style.text, style.dark ? 0.32 : 0.26);
    style.highlight = palette.color(QPalette::Highlight);
    style.highlightedText = palette.color(QPalette::HighlightedText);
    style.flag = mix(style.base, style.text, 0.8);
    style.now = forTheme(QColor(0xd0, 0x31, 0x2d), style.dark);
    style.warning = forTheme(QColor(0xc2, 0x41, 0x0c), style.dark);

    // Okabe–Ito hues, told apart by most colour-blind readers, darkened where they are too
    // light for text-coloured outlines on white.
    const std::array<QColor, 8> kinds{
        QColor(0x6b, 0x72, 0x80), // note: neutral grey
        QColor(0x00, 0x72, 0xb2), // action: blue
        QColor(0xb8, 0x4f, 0x8f), // discovery: reddish purple
        QColor(0xd9, 0x8e, 0x04), // detection: orange
        QColor(0xd5, 0x5e, 0x00), // escalation: vermilion
        QColor(0x00, 0x9e, 0x73), // mitigation: bluish green
        QColor(0x3b, 0x9a, 0xd9), // resolution: sky blue
        QColor(0x7b, 0x61, 0xc9), // communication: violet
    };
    for (size_t i = 0; i < kinds.size(); ++i)
        style.kinds[i] = forTheme(kinds[i], style.dark);

    const std::array<QColor, TimelinePhaseCount> phases{
        QColor(0xd6, 0x45, 0x45), // undetected impact
        QColor(0xe0, 0x9a, 0x1a), // detected, not yet mitigated
        QColor(0x3a, 0x9c, 0x5a), // mitigated, not yet resolved
    };
    for (size_t i = 0; i < phases.size(); ++i) {
        style.phaseBand[i] = withAlpha(phases[i], style.dark ? 0.13 : 0.085);
        style.phaseStrip[i] = withAlpha(phases[i], style.dark ? 0.42 : 0.26);
    }
    return style;
}

} // namespace hindsight::editor
