// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pageflow.h"

#include <functional>
#include <memory>

class QTextLayout;

namespace hindsight::exporting::pdf {

// A figure with a caption too long to share one page with it: the figure, then the caption's
// lines, which go on over the following pages. A page ends between two lines of the caption,
// and between the figure and the caption only when nothing else fits.
class CaptionedFigure final : public Flowable
{
public:
    using PaintFigure = std::function<void(QPainter &)>;

    // paintFigure draws the figure in (0, 0, width, figureHeight); the caption's lines start
    // gap below it, and space follows them.
    CaptionedFigure(qreal figureHeight, PaintFigure paintFigure, qreal gap, std::shared_ptr<const QTextLayout> caption,
                    qreal captionHeight, qreal space);

    qreal height() const override;
    qreal preferredBreak(qreal from, qreal limit) const override;
    qreal forcedBreak(qreal from, qreal limit) const override;
    qreal firstPieceHeight() const override;
    void paint(QPainter &painter, qreal from, qreal to) const override;

private:
    qreal lineTop(int line) const;
    // The last caption line from first on whose top lies in (from, limit], or -1.
    int lastLineIn(qreal from, qreal limit, int first) const;

    qreal m_figureHeight;
    PaintFigure m_paintFigure;
    qreal m_captionTop;
    std::shared_ptr<const QTextLayout> m_caption;
    qreal m_height;
};

} // namespace hindsight::exporting::pdf
