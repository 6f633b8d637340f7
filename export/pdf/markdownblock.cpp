// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownblock.h"

#include "inlinemarkdown.h"
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
    const QTextBlockFormat format = block.blockFormat();
    return format.hasProperty(QTextFormat::BlockCodeFence) || format.hasProperty(QTextFormat::BlockCodeLanguage) ||
           format.nonBreakableLines();
}

bool isInTable(const QTextBlock &block)
{
    return QTextCursor(block).currentTable() != nullptr;
}

// Whether block continues the fenced code of previous. Qt's Markdown import makes each line of a
// fence a block and keeps only the fence's language and marker: two fences in a row are told
// apart by those, and two alike read on as one.
bool continuesCode(const QTextBlock &previous, const QTextBlock &block)
{
    if (!previous.isValid() || !block.isValid() || isInTable(previous) || isInTable(block) || !isCodeBlock(previous) ||
        !isCodeBlock(block))
        return false;
    const QTextBlockFormat before = previous.blockFormat();
    const QTextBlockFormat format = block.blockFormat();
    return before.stringProperty(QTextFormat::BlockCodeLanguage) ==
               format.stringProperty(QTextFormat::BlockCodeLanguage) &&
           before.stringProperty(QTextFormat::BlockCodeFence) == format.stringProperty(QTextFormat::BlockCodeFence);
}

// Calls change on the format of every run of text in block and writes the results back.
template <typename Change>
void changeCharFormats(QTextDocument *document, const QTextBlock &block, Change change)
{
    struct Run
    {
        int position;
        int length;
        QTextCharFormat format;
    };
    QList<Run> runs;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.isValid())
            runs.append({fragment.position(), fragment.length(), fragment.charFormat()});
    }
    QTextCursor cursor(document);
    for (auto &run : runs) {
        change(run.format);
        cursor.setPosition(run.position);
        cursor.setPosition(run.position + run.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(run.format);
    }
}

void styleTables(QTextFrame *frame, const PdfStyle &style)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            QTextTableFormat format = table->format();
            format.setBorder(style.documentPt(0.5));
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderBrush(PdfStyle::rule());
            format.setBorderCollapse(true);
            format.setCellPadding(style.documentPt(4));
            format.setCellSpacing(0);
            format.setMargin(0);
            format.setTopMargin(style.documentPt(2));
            format.setBottomMargin(style.documentPt(8));
            format.setHeaderRowCount(1);
            format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            table->setFormat(format);
            for (int column = 0; column < table->columns(); ++column) {
                QTextTableCell cell = table->cellAt(0, column);
                QTextCharFormat cellFormat = cell.format();
                cellFormat.setBackground(PdfStyle::headerFill());
                cell.setFormat(cellFormat);
            }
        }
        styleTables(child, style);
    }
}

} // namespace

MarkdownBlock::MarkdownBlock(const QString &markdown, const PdfStyle &style, QPaintDevice *device, qreal width)
    : m_document(std::make_unique<QTextDocument>()), m_width(width), m_codePadding(style.pt(5)),
      m_textColour(PdfStyle::text())
{
    m_document->documentLayout()->setPaintDevice(device);
    m_document->setDocumentMargin(0);
    m_document->setDefaultFont(style.sans(PdfStyle::BodySize));
    m_document->setIndentWidth(style.documentPt(14));
    // Long words and web addresses wrap rather than run off the page.
    QTextOption option = m_document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_document->setDefaultTextOption(option);
    m_document->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    applyStyle(style);
    highlightCode();
    m_document->setTextWidth(width);
    collectLines();
}

void MarkdownBlock::applyStyle(const PdfStyle &style)
{
    const QFont code = style.mono(PdfStyle::CodeSize);
    const InlineFormats inlineFormats = style.inlineFormats(PdfStyle::BodySize);
    QTextCursor cursor(m_document.get());
    bool first = true;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        const bool inTable = isInTable(block);
        const bool codeBlock = !inTable && isCodeBlock(block);
        const int heading = format.headingLevel();
        const int quoteLevel = format.intProperty(QTextFormat::BlockQuoteLevel);
        if (inTable) {
            format.setTopMargin(0);
            format.setBottomMargin(0);
            format.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        } else if (codeBlock) {
            format.setNonBreakableLines(false);
            format.setLeftMargin(format.leftMargin() + style.documentPt(8));
            format.setRightMargin(style.documentPt(8));
            format.setTopMargin(continuesCode(block.previous(), block) ? 0 : style.documentPt(5 + 4));
            format.setBottomMargin(continuesCode(block, block.next()) ? 0 : style.documentPt(5 + 8));
            format.setLineHeight(122, QTextBlockFormat::ProportionalHeight);
        } else if (heading > 0) {
            format.setTopMargin(style.documentPt(heading <= 2 ? 12 : 10));
            format.setBottomMargin(style.documentPt(4));
            format.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        } else {
            const QTextList *list = block.textList();
            const bool lastItem = list && (!block.next().isValid() || block.next().textList() != list);
            format.setTopMargin(0);
            format.setBottomMargin(style.documentPt(list && !lastItem ? 3 : 7));
            format.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
            if (quoteLevel > 0)
                format.setLeftMargin(style.documentPt(14) * quoteLevel);
        }
        if (first)
            format.setTopMargin(0);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);

        const qreal headingSize = heading == 1 ? 13 : heading == 2 ? 12 : heading == 3 ? 11 : PdfStyle::BodySize;
        changeCharFormats(m_document.get(), block, [&](QTextCharFormat &chars) {
            if (codeBlock) {
                chars.setFontFamilies(code.families());
                chars.setFontPointSize(PdfStyle::CodeSize);
                chars.setFontFixedPitch(true);
                chars.clearBackground();
            } else if (chars.fontFixedPitch() ||
                       chars.fontFamilies().toStringList().contains(QStringLiteral("monospace"))) {
                chars.merge(inlineFormats.code);
            }
            if (heading > 0) {
                chars.clearProperty(QTextFormat::FontSizeAdjustment);
                chars.setFontPointSize(headingSize);
                chars.setFontWeight(QFont::Bold);
            }
            if (inTable)
                chars.setFontPointSize(PdfStyle::TableSize);
            if (quoteLevel > 0)
                chars.setForeground(PdfStyle::muted());
            if (chars.isAnchor()) {
                const QString target = linkTarget(chars.anchorHref());
                chars.setFontUnderline(false);
                if (target.isEmpty()) {
                    chars.setAnchor(false);
                    chars.clearProperty(QTextFormat::AnchorHref);
                    chars.clearForeground();
                } else {
                    chars.setAnchorHref(target);
                    chars.setForeground(PdfStyle::link());
                }
            }
        });
        first = false;
    }
    styleTables(m_document->rootFrame(), style);
}

void MarkdownBlock::highlightCode()
{
    struct CodeLine
    {
        int position;     // in the document
        qsizetype offset; // in the fence's code
        qsizetype length;
    };
    QString code;
    QString infoString;
    QList<CodeLine> lines;
    QTextCursor cursor(m_document.get());
    const auto flush = [&] {
        if (lines.isEmpty())
            return;
        // The whole fence at once, so that a grammar carries what spans lines (a string, a block
        // comment) from line to line. Each range is applied line by line: one line of the code
        // is one block of the document, and the '\n' between them is not in the document.
        for (const auto &range : PdfStyle::codeFormats(code, infoString)) {
            for (const auto &line : std::as_const(lines)) {
                const qsizetype start = std::max<qsizetype>(range.start, line.offset);
                const qsizetype end = std::min<qsizetype>(range.start + range.length, line.offset + line.length);
                if (start >= end)
                    continue;
                cursor.setPosition(line.position + int(start - line.offset));
                cursor.setPosition(line.position + int(end - line.offset), QTextCursor::KeepAnchor);
                cursor.mergeCharFormat(range.format);
            }
        }
        code.clear();
        lines.clear();
    };
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        if (!continuesCode(block.previous(), block))
            flush();
        if (isInTable(block) || !isCodeBlock(block))
            continue;
        if (lines.isEmpty())
            infoString = block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage);
        else
            code += u'\n';
        const QString text = block.text();
        lines.append({block.position(), code.size(), text.size()});
        code += text;
    }
    flush();
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
    QRectF codeBox;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *text = block.layout();
        const bool inTable = isInTable(block);
        const bool codeBlock = !inTable && isCodeBlock(block);
        // Fenced code is one block per line: the whole fence is one box, and one unit for widows
        // and orphans.
        const bool continuesFence = codeBlock && continuesCode(block.previous(), block);
        if (!continuesFence && !codeBox.isNull()) {
            m_codeBoxes.push_back(codeBox);
            codeBox = {};
        }
        const QRectF bounds = layout->blockBoundingRect(block);
        if (!text || text->lineCount() == 0)
            continue;
        const qreal originY = bounds.top() - text->boundingRect().top();
        if (!continuesFence)
            unitSizes.push_back(0);
        for (int i = 0; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            Raw entry;
            entry.line.top = originY + line.y();
            entry.line.bottom = entry.line.top + line.height();
            entry.unit = int(unitSizes.size()) - 1;
            entry.index = unitSizes.back()++;
            entry.inTable = inTable;
            entry.afterHeading = i == 0 && previousHeading && !continuesFence;
            raw.push_back(entry);
            if (codeBlock) {
                const QRectF lineBox(0, entry.line.top - m_codePadding, m_width, line.height() + 2 * m_codePadding);
                codeBox = codeBox.isNull() ? lineBox : codeBox.united(lineBox);
            }
        }
        previousHeading = !inTable && block.blockFormat().headingLevel() > 0;
    }
    if (!codeBox.isNull())
        m_codeBoxes.push_back(codeBox);

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
    // the clip, but still found by search and copy).
    context.clip = QRectF(-m_width, from + Fuzz, 3 * m_width, to - from - 2 * Fuzz);
    m_document->documentLayout()->draw(&painter, context);
}

} // namespace hindsight::exporting::pdf
