// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectiondelegate.h"

#include "model/reviewmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace hindsight::editor {

namespace {

constexpr int Margin = 8;
constexpr int Gap = 8;

const QColor EmptyColor(0x9a, 0xa0, 0xa6);
const QColor StartedColor(0xd9, 0x8e, 0x04);
const QColor CompleteColor(0x2e, 0x9d, 0x4f);

int glyphSize(const QFontMetrics &metrics)
{
    return metrics.height() * 9 / 10;
}

} // namespace

void SectionDelegate::paintState(QPainter *painter, const QRectF &rect, model::SectionState state,
                                 const QColor &ringColor)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const auto pen = std::max(1.5, rect.width() / 10);
    const auto ring = rect.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2);
    switch (state) {
    case model::SectionState::Empty:
        painter->setPen(QPen(ringColor.isValid() ? ringColor : EmptyColor, pen));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(ring);
        break;
    case model::SectionState::Started:
        painter->setPen(Qt::NoPen);
        painter->setBrush(StartedColor);
        painter->drawPie(ring, 90 * 16, 180 * 16);
        painter->setPen(QPen(StartedColor, pen));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(ring);
        break;
    case model::SectionState::Complete: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(CompleteColor);
        painter->drawEllipse(rect);
        const auto x = [&](qreal f) { return rect.left() + f * rect.width(); };
        const auto y = [&](qreal f) { return rect.top() + f * rect.height(); };
        QPainterPath check;
        check.moveTo(x(0.27), y(0.53));
        check.lineTo(x(0.44), y(0.69));
        check.lineTo(x(0.74), y(0.35));
        painter->setPen(QPen(Qt::white, std::max(1.5, rect.width() / 7), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(check);
        break;
    }
    }
    painter->restore();
}

void SectionDelegate::paintLock(QPainter *painter, const QRectF &rect, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const auto w = rect.width();
    const QRectF body(rect.left() + w * 0.1, rect.top() + rect.height() * 0.45, w * 0.8, rect.height() * 0.55);
    const QRectF shackle(rect.left() + w * 0.25, rect.top() + rect.height() * 0.05, w * 0.5, rect.height() * 0.75);
    painter->setPen(QPen(color, std::max(1.2, w / 8)));
    painter->setBrush(Qt::NoBrush);
    painter->drawArc(shackle, 0, 180 * 16);
    painter->drawLine(QPointF(shackle.left(), shackle.center().y()), QPointF(shackle.left(), body.top()));
    painter->drawLine(QPointF(shackle.right(), shackle.center().y()), QPointF(shackle.right(), body.top()));
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(body, w * 0.12, w * 0.12);
    painter->restore();
}

void SectionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto *widget = opt.widget;
    auto *style = widget ? widget->style() : QApplication::style();
    // The panel only: the text and glyphs are ours.
    opt.text.clear();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const auto size = glyphSize(opt.fontMetrics);
    const auto rect = opt.rect.adjusted(Margin, 0, -Margin, 0);
    const auto top = rect.top() + (rect.height() - size) / 2.0;
    const bool selected = opt.state & QStyle::State_Selected;
    const auto group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const auto textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);

    const auto state = model::SectionState(index.data(int(model::ReviewModel::Role::SectionState)).toInt());
    paintState(painter, QRectF(rect.left(), top, size, size), state, selected ? textColor : QColor());

    auto textRect = rect.adjusted(size + Gap, 0, 0, 0);
    const auto visibility = index.data(int(model::ReviewModel::Role::Visibility));
    if (visibility.isValid() && visibility.toInt() == int(model::Visibility::Internal)) {
        const auto lockSize = size * 0.8;
        auto lockColor = textColor;
        lockColor.setAlphaF(0.6f);
        paintLock(painter,
                  QRectF(rect.right() - lockSize, rect.top() + (rect.height() - lockSize) / 2.0, lockSize, lockSize),
                  lockColor);
        textRect.setRight(textRect.right() - int(lockSize) - Gap);
    }
    // Open comment threads about the section: a count on an amber badge.
    if (const int comments = index.data(int(model::ReviewModel::Role::OpenComments)).toInt(); comments > 0) {
        const QString count = QString::number(comments);
        const qreal width = std::max<qreal>(size, opt.fontMetrics.horizontalAdvance(count) + size * 0.6);
        const QRectF badge(textRect.right() - width, top, width, size);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(model::ReviewModel::commentMarkColor());
        painter->drawRoundedRect(badge, size / 2.0, size / 2.0);
        auto font = opt.font;
        font.setPointSizeF(font.pointSizeF() * 0.85);
        painter->setFont(font);
        painter->setPen(Qt::black);
        painter->drawText(badge, Qt::AlignCenter, count);
        painter->restore();
        textRect.setRight(textRect.right() - int(width) - Gap);
    }

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(textColor);
    const auto text = index.data(Qt::DisplayRole).toString();
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();

    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = opt.rect.adjusted(1, 1, -1, -1);
        focus.backgroundColor = opt.palette.color(QPalette::Highlight);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

QSize SectionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto metrics = option.fontMetrics;
    const auto size = glyphSize(metrics);
    const int width =
        2 * Margin + size + Gap + metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + Gap + size;
    return {width, std::max(metrics.height() + 14, 28)};
}

} // namespace hindsight::editor
