// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blamelessdelegate.h"

#include "editor/widgets/blamelessmarks.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolTip>

#include <memory>

namespace hindsight::editor {

namespace {

// The cell's text laid out as the style draws it: in its text rectangle, wrapped at words when
// the view wraps, the lines centred vertically.
struct CellText
{
    QString text;
    std::unique_ptr<QTextLayout> layout;
    QPointF origin;
};

CellText layOut(const QStyleOptionViewItem &item)
{
    const QWidget *widget = item.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // The style draws the text this far inside its rectangle (QCommonStyle's item text margin).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget).adjusted(margin, 0, -margin, 0);
    CellText cell;
    cell.text = item.text;
    cell.text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    cell.layout = std::make_unique<QTextLayout>(cell.text, item.font);
    QTextOption option;
    option.setWrapMode((item.features & QStyleOptionViewItem::WrapText) ? QTextOption::WordWrap
                                                                        : QTextOption::ManualWrap);
    cell.layout->setTextOption(option);
    cell.layout->beginLayout();
    qreal height = 0;
    for (auto line = cell.layout->createLine(); line.isValid(); line = cell.layout->createLine()) {
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    cell.layout->endLayout();
    const qreal top = (item.displayAlignment & Qt::AlignTop) ? rect.top() : rect.top() + (rect.height() - height) / 2;
    cell.origin = QPointF(rect.left(), top);
    return cell;
}

} // namespace

BlamelessDelegate::BlamelessDelegate(model::ReviewDocument *document, QAbstractItemView *view)
    : QStyledItemDelegate(view), m_marks(BlamelessMarks::of(document))
{
    connect(m_marks, &BlamelessMarks::changed, view, [view] { view->viewport()->update(); });
}

void BlamelessDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    if (!m_marks || item.text.isEmpty())
        return;
    const auto findings = m_marks->scan(item.text);
    if (findings.isEmpty())
        return;
    const CellText cell = layOut(item);
    painter->save();
    painter->setClipRect(option.rect);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(BlamelessMarks::underlineColor(), 1));
    constexpr qreal amplitude = 1.5;
    for (int i = 0; i < cell.layout->lineCount(); ++i) {
        const QTextLine line = cell.layout->lineAt(i);
        const auto lineStart = qsizetype(line.textStart());
        const auto lineEnd = lineStart + line.textLength();
        const qreal y = cell.origin.y() + line.y() + line.ascent() + 2;
        for (const auto &finding : findings) {
            const auto start = std::max(finding.start, lineStart);
            const auto end = std::min(finding.start + finding.length, lineEnd);
            if (start >= end)
                continue;
            const qreal left = cell.origin.x() + line.cursorToX(int(start));
            const qreal right = cell.origin.x() + line.cursorToX(int(end));
            QPainterPath wave(QPointF(left, y));
            bool up = true;
            for (qreal x = left + 2; x <= right; x += 2, up = !up)
                wave.lineTo(x, y + (up ? -amplitude : amplitude));
            painter->drawPath(wave);
        }
    }
    painter->restore();
}

QString BlamelessDelegate::toolTipAt(const QPoint &position, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    if (!m_marks || item.text.isEmpty())
        return {};
    const CellText cell = layOut(item);
    const QPointF inLayout = QPointF(position) - cell.origin;
    for (int i = 0; i < cell.layout->lineCount(); ++i) {
        const QTextLine line = cell.layout->lineAt(i);
        if (inLayout.y() < line.y() || inLayout.y() >= line.y() + line.height())
            continue;
        if (inLayout.x() < 0 || inLayout.x() >= line.naturalTextWidth())
            return {};
        // xToCursor() rounds to the nearer edge: the character under the mouse is on the left
        // of the returned position when the mouse is left of it.
        auto character = qsizetype(line.xToCursor(inLayout.x()));
        if (inLayout.x() < line.cursorToX(int(character)) && character > 0)
            --character;
        return BlamelessMarks::toolTip(m_marks->scanner().findingsAt(cell.text, character));
    }
    return {};
}

bool BlamelessDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip) {
        const QString text = toolTipAt(event->pos(), option, index);
        if (!text.isEmpty()) {
            QToolTip::showText(event->globalPos(), BlamelessMarks::richToolTip(text), view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace hindsight::editor
