// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pageflow.h"

#include <QColor>
#include <QString>
#include <QTextDocument>

#include <memory>
#include <vector>

class QPaintDevice;

namespace hindsight::exporting::pdf {

class PdfStyle;

// A Markdown text laid out in the report's style by MarkdownDocumentBuilder (paragraphs, lists,
// emphasis, links, code spans, fenced code highlighted in its language on a light background,
// tables, quotes) and split between lines when it runs over a page, keeping paragraphs from
// leaving a single line behind.
class MarkdownBlock final : public Flowable
{
public:
    MarkdownBlock(const QString &markdown, const PdfStyle &style, QPaintDevice *device, qreal width);

    qreal height() const override;
    qreal preferredBreak(qreal from, qreal limit) const override;
    qreal forcedBreak(qreal from, qreal limit) const override;
    qreal firstPieceHeight() const override;
    void paint(QPainter &painter, qreal from, qreal to) const override;

private:
    struct Line
    {
        qreal top = 0;
        qreal bottom = 0;
        bool breakAllowed = true; // a page may end just above this line
        bool breakValid = true;   // no other line crosses this line's top
    };

    void collectLines();
    // The index of the last line whose top is at most y, or -1.
    qsizetype lastLineAtOrAbove(qreal y) const;

    std::unique_ptr<QTextDocument> m_document;
    std::vector<Line> m_lines; // by top
    // Where each block outside tables lies, by top.
    struct BlockSpan
    {
        qreal top = 0;
        qreal bottom = 0;
        int number = 0;
    };
    std::vector<BlockSpan> m_blocks;
    std::vector<QRectF> m_codeBoxes;
    qreal m_width = 0;
    qreal m_codePadding = 0;
    qreal m_codeInset = 0; // from the box's left edge to the code
    qreal m_clipMargin = 0;
    QColor m_textColour;
};

} // namespace hindsight::exporting::pdf
