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
// leaving a single line behind. A long text is laid out as several documents one below the
// other (MarkdownDocumentBuilder::buildPieces()), so that the time it takes grows with its
// length and no faster, and Qt's layout never meets its limit of height.
class MarkdownBlock final : public Flowable
{
public:
    MarkdownBlock(const QString &markdown, const PdfStyle &style, QPaintDevice *device, qreal width);

    qreal height() const override;
    qreal preferredBreak(qreal from, qreal limit) const override;
    qreal forcedBreak(qreal from, qreal limit) const override;
    qreal firstPieceHeight() const override;
    void paint(QPainter &painter, qreal from, qreal to) const override;

    // How many documents the text is laid out as.
    int documentCount() const { return int(m_pieces.size()); }

private:
    struct Line
    {
        qreal top = 0;
        qreal bottom = 0;
        bool breakAllowed = true; // a page may end just above this line
        bool breakValid = true;   // no other line crosses this line's top
    };
    // One of the documents, and where its top lies in the whole.
    struct Piece
    {
        std::unique_ptr<QTextDocument> document;
        qreal top = 0;
        qreal height = 0;
    };
    // Where each block outside tables lies, by top.
    struct BlockSpan
    {
        qreal top = 0;
        qreal bottom = 0;
        qreal drawnBottom = 0; // of what Qt draws of it
        int piece = 0;
        int number = 0;
    };

    void collectLines(qreal marginScale);
    // The index of the last line whose top is at most y, or -1.
    qsizetype lastLineAtOrAbove(qreal y) const;
    void paintPiece(QPainter &painter, int index, qreal from, qreal to) const;

    std::vector<Piece> m_pieces; // top to bottom
    std::vector<Line> m_lines;   // by top
    std::vector<BlockSpan> m_blocks;
    std::vector<QRectF> m_codeBoxes; // top to bottom
    qreal m_width = 0;
    qreal m_codePadding = 0;
    qreal m_codeInset = 0; // from the box's left edge to the code
    qreal m_clipMargin = 0;
    QColor m_textColour;
};

} // namespace hindsight::exporting::pdf
