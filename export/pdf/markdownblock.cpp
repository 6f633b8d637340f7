// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownblock.h"

#include "export/markdown/markdowndocumentbuilder.h"
#include "pdfstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include <algorithm>

namespace hindsight::exporting::pdf {

namespace {

constexpr qreal Fuzz = 0.01;

// How much one document of a text holds (MarkdownBlock lays out a long text as several): about
// 30 pages of prose, or 2,000 lines of code. A page looks for its lines from the start of its
// document, and Qt's layout of a document taller than 2^23 device units (700 pages at 1200 dpi)
// never ends: its heights are fixed-point numbers, and its page breaks stop short there.
constexpr qsizetype PieceCharacters = 100000;
constexpr qsizetype PieceLines = 2000;
// The height of a document's one page, short of Qt's limit.
constexpr qreal PieceHeight = 8000000;

bool isCodeBlock(const QTextBlock &block)
{
    return block.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage);
}

bool isInTable(const QTextBlock &block)
{
    return QTextCursor(block).currentTable() != nullptr;
}

} // namespace

MarkdownBlock::MarkdownBlock(const QString &markdown, const PdfStyle &style, QPaintDevice *device, qreal width)
    : m_width(width), m_codePadding(style.pt(5)), m_clipMargin(style.pt(0.1)), m_textColour(PdfStyle::text())
{
    const MarkdownDocumentStyle markdownStyle = style.markdownStyle();
    m_codeInset = style.sideMarginOnDevice(markdownStyle.codeBlock.leftMargin());
    const auto newDocument = [&style, device] {
        auto document = std::make_unique<QTextDocument>();
        // No layout while the text goes in: it is laid out once, at its width.
        document->setPageSize(QSizeF(0, 0));
        document->documentLayout()->setPaintDevice(device);
        document->setDocumentMargin(0);
        document->setDefaultFont(style.sans(PdfStyle::BodySize));
        document->setIndentWidth(style.documentPt(14));
        // Long words and web addresses wrap rather than run off the page.
        QTextOption option = document->defaultTextOption();
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        document->setDefaultTextOption(option);
        return document;
    };
    auto documents =
        MarkdownDocumentBuilder(markdownStyle).buildPieces(markdown, newDocument, {PieceCharacters, PieceLines});
    for (auto &document : documents) {
        // With a page height, a document taller than Qt's limit would go on to a second page
        // (a gap in the text) rather than be laid out forever; no piece comes near it.
        document->setPageSize(QSizeF(width, PieceHeight));
        m_pieces.push_back({std::move(document)});
    }
    collectLines(style.marginOnDevice(1));
}

void MarkdownBlock::collectLines(qreal marginScale)
{
    struct Raw
    {
        Line line;
        int unit = 0;
        int index = 0; // in its unit
        bool inTable = false;
        bool afterHeading = false;
    };
    std::vector<Raw> raw;
    std::vector<int> unitSizes;
    bool previousHeading = false;
    qreal offset = 0;
    for (size_t p = 0; p < m_pieces.size(); ++p) {
        Piece &piece = m_pieces[p];
        const auto *layout = piece.document->documentLayout();
        // The layout works lazily, block by block as they are asked for: finish it first.
        const qreal height = layout->documentSize().height();
        const QTextBlock first = piece.document->firstBlock();
        const bool continued = first.blockFormat().boolProperty(MarkdownDocumentBuilder::ContinuedBlock);
        if (p > 0 && !continued) {
            // The space the two blocks would have between them in one document.
            const QTextBlockFormat above = m_pieces[p - 1].document->lastBlock().blockFormat();
            offset += std::max(above.bottomMargin(), first.blockFormat().topMargin()) * marginScale;
        }
        piece.top = offset;
        piece.height = height;
        for (QTextBlock block = first; block.isValid(); block = block.next()) {
            const QTextLayout *text = block.layout();
            const bool inTable = isInTable(block);
            const bool codeBlock = !inTable && isCodeBlock(block);
            // Qt keeps an empty block beside a table, which is nowhere a page could end.
            const bool empty = block.text().isEmpty() && !codeBlock && !block.textList() &&
                               !block.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth);
            if (!text || text->lineCount() == 0 || empty)
                continue;
            const QRectF bounds = layout->blockBoundingRect(block);
            const qreal originY = offset + bounds.top() - text->boundingRect().top();
            // Each block is one unit for widows and orphans: a paragraph, a whole code block,
            // also when it goes on from the previous document.
            const bool goesOn = block == first && continued && !unitSizes.empty();
            if (!goesOn)
                unitSizes.push_back(0);
            QRectF codeBox;
            for (int i = 0; i < text->lineCount(); ++i) {
                const QTextLine line = text->lineAt(i);
                Raw entry;
                entry.line.top = originY + line.y();
                entry.line.bottom = entry.line.top + line.height();
                entry.unit = int(unitSizes.size()) - 1;
                entry.index = unitSizes.back()++;
                entry.inTable = inTable;
                entry.afterHeading = i == 0 && previousHeading && !goesOn;
                raw.push_back(entry);
                if (codeBlock) {
                    const qreal left = std::max(0.0, text->position().x() + line.x() - m_codeInset);
                    const QRectF lineBox(left, entry.line.top - m_codePadding, m_width - left,
                                         line.height() + 2 * m_codePadding);
                    codeBox = codeBox.isNull() ? lineBox : codeBox.united(lineBox);
                }
            }
            if (!codeBox.isNull()) {
                if (goesOn && !m_codeBoxes.empty())
                    m_codeBoxes.back() = m_codeBoxes.back().united(codeBox);
                else
                    m_codeBoxes.push_back(codeBox);
            }
            if (!inTable) {
                const qreal top = raw[raw.size() - size_t(text->lineCount())].line.top;
                // Qt 6.4 draws a block's last line even where it runs below the clip.
                const qreal drawn =
                    std::max(raw.back().line.bottom, offset + text->position().y() + text->boundingRect().bottom());
                m_blocks.push_back({top, raw.back().line.bottom, drawn, int(p), block.blockNumber()});
            }
            previousHeading = !inTable && block.blockFormat().headingLevel() > 0;
        }
        offset += height;
    }

    m_lines.reserve(raw.size());
    for (auto &entry : raw) {
        const int size = unitSizes[size_t(entry.unit)];
        if (entry.inTable)
            entry.line.breakAllowed = entry.index == 0;
        else
            entry.line.breakAllowed =
                !(size >= 2 && (entry.index == 1 || entry.index == size - 1)) && !entry.afterHeading;
        m_lines.push_back(entry.line);
    }
    std::stable_sort(m_lines.begin(), m_lines.end(), [](const Line &a, const Line &b) { return a.top < b.top; });
    qreal lowest = 0;
    for (auto &line : m_lines) {
        line.breakValid = lowest <= line.top + Fuzz;
        lowest = std::max(lowest, line.bottom);
    }
}

qreal MarkdownBlock::height() const
{
    return m_pieces.empty() ? 0 : m_pieces.back().top + m_pieces.back().height;
}

qsizetype MarkdownBlock::lastLineAtOrAbove(qreal y) const
{
    const auto it = std::upper_bound(m_lines.begin(), m_lines.end(), y + Fuzz,
                                     [](qreal value, const Line &line) { return value < line.top; });
    return qsizetype(it - m_lines.begin()) - 1;
}

qreal MarkdownBlock::preferredBreak(qreal from, qreal limit) const
{
    for (qsizetype i = lastLineAtOrAbove(limit); i >= 0 && m_lines[size_t(i)].top > from + Fuzz; --i) {
        const Line &line = m_lines[size_t(i)];
        if (line.breakAllowed && line.breakValid)
            return line.top;
    }
    return from;
}

qreal MarkdownBlock::forcedBreak(qreal from, qreal limit) const
{
    for (qsizetype i = lastLineAtOrAbove(limit); i >= 0 && m_lines[size_t(i)].top > from + Fuzz; --i) {
        if (m_lines[size_t(i)].breakValid)
            return m_lines[size_t(i)].top;
    }
    return limit;
}

qreal MarkdownBlock::firstPieceHeight() const
{
    if (m_lines.empty())
        return height();
    for (const auto &line : m_lines) {
        if (line.top > m_lines.front().top + Fuzz && line.breakAllowed && line.breakValid)
            return line.top;
    }
    return height();
}

void MarkdownBlock::paint(QPainter &painter, qreal from, qreal to) const
{
    // Each page looks up only what it shows: a text of thousands of pages is painted in time
    // that grows with its length, not with its square.
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(PdfStyle::codeFill());
    auto box = std::partition_point(m_codeBoxes.begin(), m_codeBoxes.end(),
                                    [from](const QRectF &candidate) { return candidate.bottom() <= from; });
    for (; box != m_codeBoxes.end() && box->top() < to; ++box)
        painter.drawRoundedRect(*box, m_codePadding * 0.6, m_codePadding * 0.6);
    painter.restore();
    auto piece = std::partition_point(m_pieces.begin(), m_pieces.end(), [from](const Piece &candidate) {
        return candidate.top + candidate.height <= from;
    });
    for (; piece != m_pieces.end() && piece->top < to; ++piece)
        paintPiece(painter, int(piece - m_pieces.begin()), from, to);
}

void MarkdownBlock::paintPiece(QPainter &painter, int index, qreal from, qreal to) const
{
    const Piece &piece = m_pieces[size_t(index)];
    painter.save();
    painter.translate(0, piece.top);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, m_textColour);
    // Only lines inside the page's part are drawn, so no text is in the PDF twice (hidden by
    // the clip, but still found by search and copy). Qt 6.4 draws a block's last line above the
    // clip as well: the block that the part starts in the middle of is drawn here, line by line,
    // and the document's drawing starts below it.
    qreal top = from - piece.top + m_clipMargin;
    auto span = std::partition_point(m_blocks.begin(), m_blocks.end(),
                                     [from](const BlockSpan &candidate) { return candidate.bottom <= from + Fuzz; });
    for (; span != m_blocks.end() && span->top < from - Fuzz; ++span) {
        if (span->piece != index)
            continue;
        const QTextLayout *layout = piece.document->findBlockByNumber(span->number).layout();
        const qreal localFrom = from - piece.top;
        const qreal localTo = to - piece.top;
        painter.save();
        painter.setPen(m_textColour);
        // The first line at or below the part's top; the lines are in order of height.
        int first = 0;
        int last = layout->lineCount();
        while (first < last) {
            const int middle = (first + last) / 2;
            if (layout->position().y() + layout->lineAt(middle).y() < localFrom - Fuzz)
                first = middle + 1;
            else
                last = middle;
        }
        for (int i = first; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            if (layout->position().y() + line.y() >= localTo - Fuzz)
                break;
            line.draw(&painter, layout->position());
        }
        painter.restore();
        top = std::max(top, span->drawnBottom - piece.top + m_clipMargin);
    }
    const qreal bottom = to - piece.top - m_clipMargin;
    if (top < bottom) {
        context.clip = QRectF(-m_width, top, 3 * m_width, bottom - top);
        piece.document->documentLayout()->draw(&painter, context);
    }
    painter.restore();
}

} // namespace hindsight::exporting::pdf
