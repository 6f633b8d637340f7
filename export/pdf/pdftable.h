// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pageflow.h"
#include "styledtext.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextLayout>

#include <memory>
#include <vector>

class QPaintDevice;

namespace hindsight::exporting::pdf {

class PdfStyle;

struct TableColumn
{
    QString header;
    // Width in points: a column with maxWidth 0 takes what the others leave; the others are as
    // wide as their longest line, between minWidth and maxWidth, and wrap beyond.
    qreal minWidth = 0;
    qreal maxWidth = 0;
};

// A table that breaks between rows across pages and repeats its header row on each, with
// zebra stripes and hairlines between rows. Rows never split unless one is taller than a
// page. Every cell is laid out once, so a table of thousands of rows costs linear time.
class PdfTable final : public Flowable
{
public:
    PdfTable(const PdfStyle &style, QPaintDevice *device, QList<TableColumn> columns);
    ~PdfTable() override;

    // key, when given, tags the row for PageFlow::marks().
    void addRow(QList<StyledText> cells, const QString &key = {});
    // Lays out every cell for the given width; call once, after the last addRow(). A row taller
    // than pageHeight is split across pages from where it starts.
    void layout(qreal width, qreal pageHeight);

    qreal height() const override;
    qreal repeatedHeight() const override;
    qreal preferredBreak(qreal from, qreal limit) const override;
    qreal forcedBreak(qreal from, qreal limit) const override;
    qreal firstPieceHeight() const override;
    void paint(QPainter &painter, qreal from, qreal to) const override;
    void paintRepeated(QPainter &painter) const override;
    std::vector<Part> parts() const override;

private:
    struct Row
    {
        std::vector<std::unique_ptr<QTextLayout>> cells;
        qreal top = 0;
        qreal height = 0;
        // Where a page can end inside the row, from the top: a line's top that no line above
        // it in any cell reaches below. Found once, so that each page of a row hundreds of
        // pages tall looks up its own.
        std::vector<qreal> breaks;
    };

    void computeColumnWidths(qreal width);
    qreal layoutRow(Row &row, const QList<StyledText> &cells, const QFont &font) const;
    void findBreaks(Row &row) const;
    void paintRow(QPainter &painter, const Row &row, bool shaded, qreal from, qreal to) const;
    // The index of the row that contains y (the last row whose top is at most y).
    qsizetype rowAt(qreal y) const;

    const PdfStyle &m_style;
    QPaintDevice *m_device;
    QList<TableColumn> m_columns;
    QList<QList<StyledText>> m_cellText;
    QStringList m_keys;
    Row m_header;
    std::vector<Row> m_rows;
    std::vector<qreal> m_columnX;
    std::vector<qreal> m_columnWidth;
    qreal m_width = 0;
    qreal m_pageHeight = 0;
    qreal m_paddingX = 0;
    qreal m_paddingY = 0;
    qreal m_leading = 0;
};

} // namespace hindsight::exporting::pdf
