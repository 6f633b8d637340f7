// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftable.h"

#include "pdfstyle.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include <algorithm>

namespace hindsight::exporting::pdf {

namespace {

constexpr qreal Fuzz = 0.01;

} // namespace

PdfTable::PdfTable(const PdfStyle &style, QPaintDevice *device, QList<TableColumn> columns)
    : m_style(style), m_device(device), m_columns(std::move(columns)), m_paddingX(style.pt(5)), m_paddingY(style.pt(4)),
      m_leading(style.pt(1.6))
{}

PdfTable::~PdfTable() = default;

void PdfTable::addRow(QList<StyledText> cells, const QString &key)
{
    cells.resize(m_columns.size());
    m_cellText.append(std::move(cells));
    m_keys.append(key);
}

std::vector<Flowable::Part> PdfTable::parts() const
{
    std::vector<Part> parts;
    for (size_t i = 0; i < m_rows.size() && qsizetype(i) < m_keys.size(); ++i) {
        if (!m_keys.at(qsizetype(i)).isEmpty())
            parts.push_back({m_keys.at(qsizetype(i)), m_rows[i].top, m_rows[i].top + m_rows[i].height});
    }
    return parts;
}

namespace {

// Text widths, measured once per distinct text: a table's columns repeat the same kinds, names
// and dates thousands of times, and measuring shapes the text each time.
class WidthCache
{
public:
    explicit WidthCache(const QFontMetricsF &metrics) : m_metrics(metrics) {}

    qreal operator()(QStringView text)
    {
        const QString key = text.toString();
        auto it = m_widths.constFind(key);
        if (it == m_widths.constEnd())
            it = m_widths.insert(key, m_metrics.horizontalAdvance(key));
        return *it;
    }

private:
    QFontMetricsF m_metrics;
    QHash<QString, qreal> m_widths;
};

// The widest piece a line can be broken into at spaces, or after a slash (web addresses): the
// narrowest a column can get without breaking inside a word.
qreal longestWord(WidthCache &width, QStringView text)
{
    qreal widest = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size();
        const QChar c = end ? QChar(u' ') : text.at(i);
        if (c.isSpace() || c == QChar::LineSeparator) {
            if (i > start)
                widest = std::max(widest, width(text.sliced(start, i - start)));
            start = i + 1;
        } else if (c == u'/') {
            widest = std::max(widest, width(text.sliced(start, i + 1 - start)));
            start = i + 1;
        }
    }
    return widest;
}

} // namespace

void PdfTable::computeColumnWidths(qreal width)
{
    WidthCache body(QFontMetricsF(m_style.sans(PdfStyle::TableSize), m_device));
    WidthCache header(QFontMetricsF(m_style.sans(PdfStyle::TableSize, QFont::Bold), m_device));
    const auto count = size_t(m_columns.size());
    // Columns with a maximum are as wide as their longest line; when that leaves the flexible
    // columns too little, they give way down to their longest word, never below it unless
    // nothing else fits. A little slack covers bold and code runs, which the measure misses.
    std::vector<qreal> natural(count, 0);
    std::vector<qreal> floor(count, 0);
    qreal flexMinimum = 0;
    int flexColumns = 0;
    for (size_t c = 0; c < count; ++c) {
        const TableColumn &column = m_columns.at(qsizetype(c));
        if (column.maxWidth <= 0) {
            ++flexColumns;
            flexMinimum += m_style.pt(column.minWidth);
            continue;
        }
        qreal line = header(column.header);
        qreal word = longestWord(header, column.header);
        for (const auto &row : std::as_const(m_cellText)) {
            const QString &text = row.at(qsizetype(c)).text;
            for (const auto part : QStringView(text).split(QChar::LineSeparator))
                line = std::max(line, body(part));
            word = std::max(word, longestWord(body, text));
        }
        const qreal minimum = m_style.pt(column.minWidth);
        const qreal maximum = m_style.pt(column.maxWidth);
        natural[c] = std::clamp(line * 1.04 + 2 * m_paddingX, minimum, maximum);
        floor[c] = std::clamp(word * 1.04 + 2 * m_paddingX, minimum, natural[c]);
    }
    m_columnWidth = natural;
    qreal fixed = 0;
    qreal room = 0;
    for (size_t c = 0; c < count; ++c) {
        fixed += natural[c];
        room += natural[c] - floor[c];
    }
    const qreal excess = fixed + flexMinimum - width;
    if (excess > 0) {
        const qreal share = room > 0 ? std::min(1.0, excess / room) : 0;
        fixed = 0;
        for (size_t c = 0; c < count; ++c) {
            m_columnWidth[c] -= (natural[c] - floor[c]) * share;
            fixed += m_columnWidth[c];
        }
        // Still too wide with every column at its longest word: all shrink alike.
        const qreal available = width - flexMinimum * (flexColumns > 0 ? 0.6 : 0);
        if (fixed > available && fixed > 0) {
            for (auto &columnWidth : m_columnWidth)
                columnWidth *= std::max(0.2, available / fixed);
            fixed = std::max(0.2, available / fixed) * fixed;
        }
    }
    const qreal flexWidth = flexColumns > 0 ? std::max(0.0, width - fixed) / flexColumns : 0;
    m_columnX.assign(count, 0);
    qreal x = 0;
    for (size_t c = 0; c < count; ++c) {
        if (m_columns.at(qsizetype(c)).maxWidth <= 0)
            m_columnWidth[c] = flexWidth;
        m_columnX[c] = x;
        x += m_columnWidth[c];
    }
}

qreal PdfTable::layoutRow(Row &row, const QList<StyledText> &cells, const QFont &font) const
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    qreal tallest = 0;
    row.cells.clear();
    row.cells.reserve(size_t(cells.size()));
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const StyledText cell = breakableLongWords(cells.at(c));
        auto layout = std::make_unique<QTextLayout>(cell.text, font, m_device);
        layout->setTextOption(option);
        layout->setFormats(cell.formats);
        layout->setCacheEnabled(true);
        const qreal lineWidth = std::max(m_columnWidth[size_t(c)] - 2 * m_paddingX, m_style.pt(4));
        qreal y = 0;
        layout->beginLayout();
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(lineWidth);
            line.setPosition(QPointF(0, y));
            y += line.height() + m_leading;
        }
        layout->endLayout();
        tallest = std::max(tallest, y - m_leading);
        row.cells.push_back(std::move(layout));
    }
    return tallest + 2 * m_paddingY;
}

void PdfTable::layout(qreal width, qreal pageHeight)
{
    m_width = width;
    m_pageHeight = pageHeight;
    computeColumnWidths(width);
    QList<StyledText> headers;
    const QTextCharFormat headerFormat =
        m_style.charFormat(m_style.sans(PdfStyle::TableSize, QFont::Bold), PdfStyle::text());
    for (const auto &column : std::as_const(m_columns))
        headers.append({column.header, {{0, int(column.header.size()), headerFormat}}});
    m_header.top = 0;
    m_header.height = layoutRow(m_header, headers, m_style.sans(PdfStyle::TableSize, QFont::Bold));

    const QFont body = m_style.sans(PdfStyle::TableSize);
    m_rows.clear();
    m_rows.resize(size_t(m_cellText.size()));
    qreal y = m_header.height;
    for (qsizetype r = 0; r < m_cellText.size(); ++r) {
        Row &row = m_rows[size_t(r)];
        row.top = y;
        row.height = layoutRow(row, m_cellText.at(r), body);
        findBreaks(row);
        y += row.height;
    }
    m_cellText.clear();
}

qreal PdfTable::height() const
{
    return m_rows.empty() ? m_header.height : m_rows.back().top + m_rows.back().height;
}

qreal PdfTable::repeatedHeight() const
{
    return m_header.height;
}

qsizetype PdfTable::rowAt(qreal y) const
{
    const auto it = std::upper_bound(m_rows.begin(), m_rows.end(), y + Fuzz,
                                     [](qreal value, const Row &row) { return value < row.top; });
    return qsizetype(it - m_rows.begin()) - 1;
}

qreal PdfTable::preferredBreak(qreal from, qreal limit) const
{
    // The page ends below the last row that fits whole.
    const qsizetype index = rowAt(limit);
    if (index < 0)
        return from;
    const Row &row = m_rows[size_t(index)];
    // A row no page can hold starts where it is, rather than after a mostly empty page.
    if (row.top + row.height > limit + Fuzz && row.height > m_pageHeight - m_header.height)
        return forcedBreak(from, limit);
    qreal end = row.top + row.height <= limit + Fuzz ? row.top + row.height : row.top;
    // Not the last row alone on the next page, when this page can spare one.
    const auto last = m_rows.size() - 1;
    if (m_rows.size() >= 4 && std::abs(end - m_rows[last].top) < Fuzz && m_rows[last - 1].top > from + Fuzz &&
        m_rows[last - 2].top > from + Fuzz)
        end = m_rows[last - 1].top;
    // Never a header row alone at the foot of a page.
    return end > from + Fuzz && end > m_header.height + Fuzz ? end : from;
}

void PdfTable::findBreaks(Row &row) const
{
    std::vector<std::pair<qreal, qreal>> lines;
    for (const auto &cell : row.cells) {
        for (int i = 0; i < cell->lineCount(); ++i) {
            const QTextLine line = cell->lineAt(i);
            const qreal top = row.top + m_paddingY + line.y();
            lines.emplace_back(top, top + line.height());
        }
    }
    // Sorted by top, a line's top is a clean place to end the page when no line above it reaches
    // below it.
    std::sort(lines.begin(), lines.end());
    row.breaks.clear();
    qreal lowest = 0;
    for (const auto &[top, bottom] : lines) {
        if (lowest <= top + Fuzz)
            row.breaks.push_back(top);
        lowest = std::max(lowest, bottom);
    }
}

qreal PdfTable::forcedBreak(qreal from, qreal limit) const
{
    const qsizetype index = rowAt(limit);
    if (index < 0)
        return limit;
    // A row taller than a page: end the page between two lines, if every cell allows it there.
    const auto &breaks = m_rows[size_t(index)].breaks;
    const auto after = std::upper_bound(breaks.begin(), breaks.end(), limit + Fuzz);
    if (after == breaks.begin() || *(after - 1) <= from + Fuzz)
        return limit;
    return *(after - 1);
}

qreal PdfTable::firstPieceHeight() const
{
    // The header with two rows, so that a table never starts with one lonely row at the foot
    // of a page.
    qreal height = m_header.height;
    for (size_t r = 0; r < std::min<size_t>(2, m_rows.size()); ++r)
        height += m_rows[r].height;
    return height;
}

void PdfTable::paintRow(QPainter &painter, const Row &row, bool shaded, qreal from, qreal to) const
{
    const bool isHeader = &row == &m_header;
    const QRectF box(0, row.top, m_width, row.height);
    if (isHeader)
        painter.fillRect(box, PdfStyle::headerFill());
    else if (shaded)
        painter.fillRect(box, PdfStyle::zebraFill());
    painter.setPen(PdfStyle::text());
    const bool whole = row.top >= from - Fuzz && row.top + row.height <= to + Fuzz;
    for (size_t c = 0; c < row.cells.size(); ++c) {
        const QPointF origin(m_columnX[c] + m_paddingX, row.top + m_paddingY);
        const QTextLayout &layout = *row.cells[c];
        if (whole) {
            layout.draw(&painter, origin);
            continue;
        }
        // The lines of this page's part of a row that runs over pages, found without going
        // through those of the pages before.
        int first = 0;
        int last = layout.lineCount();
        while (first < last) {
            const int middle = (first + last) / 2;
            if (origin.y() + layout.lineAt(middle).y() < from - Fuzz)
                first = middle + 1;
            else
                last = middle;
        }
        for (int i = first; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            const qreal top = origin.y() + line.y();
            if (top > to + Fuzz)
                break;
            if (top + line.height() <= to + Fuzz)
                line.draw(&painter, origin);
        }
    }
    const qreal bottom = row.top + row.height;
    painter.setPen(QPen(isHeader ? PdfStyle::faint() : PdfStyle::rule(), m_style.pt(isHeader ? 0.7 : 0.35)));
    painter.drawLine(QPointF(0, bottom), QPointF(m_width, bottom));
}

void PdfTable::paint(QPainter &painter, qreal from, qreal to) const
{
    painter.save();
    if (from < m_header.height - Fuzz)
        paintRow(painter, m_header, false, from, to);
    for (auto r = std::max(qsizetype(0), rowAt(from)); r < qsizetype(m_rows.size()); ++r) {
        const Row &row = m_rows[size_t(r)];
        if (row.top >= to - Fuzz)
            break;
        if (row.top + row.height > from + Fuzz)
            paintRow(painter, row, r % 2 == 1, from, to);
    }
    painter.restore();
}

void PdfTable::paintRepeated(QPainter &painter) const
{
    painter.save();
    paintRow(painter, m_header, false, 0, m_header.height);
    painter.restore();
}

} // namespace hindsight::exporting::pdf
