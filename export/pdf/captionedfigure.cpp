// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "captionedfigure.h"

#include <QPainter>
#include <QTextLayout>

namespace hindsight::exporting::pdf {

namespace {

constexpr qreal Fuzz = 0.01;

} // namespace

CaptionedFigure::CaptionedFigure(qreal figureHeight, PaintFigure paintFigure, qreal gap,
                                 std::shared_ptr<const QTextLayout> caption, qreal captionHeight, qreal space)
    : m_figureHeight(figureHeight), m_paintFigure(std::move(paintFigure)), m_captionTop(figureHeight + gap),
      m_caption(std::move(caption)), m_height(m_captionTop + captionHeight + space)
{}

qreal CaptionedFigure::height() const
{
    return m_height;
}

qreal CaptionedFigure::lineTop(int line) const
{
    return m_captionTop + m_caption->lineAt(line).y();
}

int CaptionedFigure::lastLineIn(qreal from, qreal limit, int first) const
{
    // Lines are in order of height: the first line below limit, then one back.
    int low = first;
    int high = m_caption->lineCount();
    while (low < high) {
        const int middle = (low + high) / 2;
        if (lineTop(middle) <= limit + Fuzz)
            low = middle + 1;
        else
            high = middle;
    }
    const int line = low - 1;
    return line >= first && lineTop(line) > from + Fuzz ? line : -1;
}

qreal CaptionedFigure::preferredBreak(qreal from, qreal limit) const
{
    const int line = lastLineIn(from, limit, 1);
    return line < 0 ? from : lineTop(line);
}

qreal CaptionedFigure::forcedBreak(qreal from, qreal limit) const
{
    const int line = lastLineIn(from, limit, 0);
    return line < 0 ? limit : lineTop(line);
}

qreal CaptionedFigure::firstPieceHeight() const
{
    return m_caption->lineCount() > 1 ? lineTop(1) : m_height;
}

void CaptionedFigure::paint(QPainter &painter, qreal from, qreal to) const
{
    if (from < m_figureHeight) {
        painter.save();
        m_paintFigure(painter);
        painter.restore();
    }
    // Only the lines of this page's part, found without going through those before it.
    const int first = lastLineIn(-1, from - 2 * Fuzz, 0) + 1;
    for (int i = first; i < m_caption->lineCount() && lineTop(i) < to - Fuzz; ++i)
        m_caption->lineAt(i).draw(&painter, QPointF(0, m_captionTop));
}

} // namespace hindsight::exporting::pdf
