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
    : m_document(std::make_unique<QTextDocument>()), m_width(width), m_codePadding(style.pt(5)),
      m_clipMargin(style.pt(0.1)), m_textColour(PdfStyle::text())
{
    const MarkdownDocumentStyle markdownStyle = style.markdownStyle();
    m_codeInset = style.sideMarginOnDevice(markdownStyle.codeBlock.leftMargin());
    m_document->documentLayout()->setPaintDevice(device);
    m_document->setDocumentMargin(0);
    m_document->setDefaultFont(style.sans(PdfStyle::BodySize));
    m_document->setIndentWidth(style.documentPt(14));
    // Long words and web addresses wrap rather than run off the page.
    QTextOption option = m_document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_document->setDefaultTextOption(option);
    MarkdownDocumentBuilder(markdownStyle).build(markdown, m_document.get());
    m_document->setTextWidth(width);
    collectLines();
}

void MarkdownBlock::collectLines()
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
    const auto *layout = m_document->documentLayout();
    // The layout works lazily, block by block as they are asked for: finish it first.
    layout->documentSize();
    bool previousHeading = false;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *text = block.layout();
        const bool inTable = isInTable(block);
        const bool codeBlock = !inTable && isCodeBlock(block);
        // Qt keeps an empty block beside a table, which is nowhere a page could end.
        const bool empty = block.text().isEmpty() && !codeBlock && !block.textList() &&
                           !block.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth);
        if (!text || text->lineCount() == 0 || empty)
            continue;
        const QRectF bounds = layout->blockBoundingRect(block);
        const qreal originY = bounds.top() - text->boundingRect().top();
        // Each block is one unit for widows and orphans: a paragraph, a whole code block.
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
            entry.afterHeading = i == 0 && previousHeading;
            raw.push_back(entry);
            if (codeBlock) {
                const qreal left = std::max(0.0, text->position().x() + line.x() - m_codeInset);
                const QRectF lineBox(left, entry.line.top - m_codePadding, m_width - left,
                                     line.height() + 2 * m_codePadding);
                codeBox = codeBox.isNull() ? lineBox : codeBox.united(lineBox);
            }
        }
        if (!codeBox.isNull())
            m_codeBoxes.push_back(codeBox);
        if (!inTable)
            m_blocks.push_back(
                {raw[raw.size() - size_t(text->lineCount())].line.top, raw.back().line.bottom, block.blockNumber()});
        previousHeading = !inTable && block.blockFormat().headingLevel() > 0;
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
    return m_document->documentLayout()->documentSize().height();
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
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(PdfStyle::codeFill());
    for (const auto &box : m_codeBoxes) {
        if (box.bottom() > from && box.top() < to)
            painter.drawRoundedRect(box, m_codePadding * 0.6, m_codePadding * 0.6);
    }
    painter.restore();
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, m_textColour);
    // Only lines inside the page's part are drawn, so no text is in the PDF twice (hidden by
    // the clip, but still found by search and copy). Qt 6.4 draws a block's last line above the
    // clip as well: the block that the part starts in the middle of is drawn here, line by line,
    // and the document's drawing starts below it.
    qreal top = from + m_clipMargin;
    for (const auto &span : m_blocks) {
        if (span.top >= from - Fuzz || span.bottom <= from + Fuzz)
            continue;
        const QTextLayout *layout = m_document->findBlockByNumber(span.number).layout();
        painter.save();
        painter.setPen(m_textColour);
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const qreal lineTop = layout->position().y() + line.y();
            if (lineTop >= from - Fuzz && lineTop < to - Fuzz)
                line.draw(&painter, layout->position());
        }
        painter.restore();
        const qreal bottom = std::max(span.bottom, layout->position().y() + layout->boundingRect().bottom());
        top = std::max(top, bottom + m_clipMargin);
    }
    if (top >= to - m_clipMargin)
        return;
    context.clip = QRectF(-m_width, top, 3 * m_width, to - m_clipMargin - top);
    m_document->documentLayout()->draw(&painter, context);
}

} // namespace hindsight::exporting::pdf
