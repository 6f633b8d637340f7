// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlayout.h"

#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace hindsight::exporting::pdf {

namespace {

// Page margins in points: generous, with room for the running header and footer and for the
// headings' emoji hanging to the left of the text.
constexpr qreal MarginSide = 58;
constexpr qreal MarginTop = 74;
constexpr qreal MarginBottom = 68;

// Text and vector graphics are positioned to 1/1200 inch, so glyph advances keep their design
// spacing; the resolution does not rasterise anything.
constexpr int Resolution = 1200;

const QPaintDevice *prepared(QPdfWriter *device, const QPageSize &pageSize)
{
    device->setResolution(Resolution);
    device->setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(), QPageLayout::Point));
    return device;
}

} // namespace

ReportLayout::ReportLayout(model::Review shown, const ExportOptions &options, QPdfWriter *writer)
    : m_review(std::move(shown)), m_pageSize(options.pageSize), m_style(prepared(writer, m_pageSize)),
      m_page(0, 0, m_style.pt(m_pageSize.size(QPageSize::Point).width()),
             m_style.pt(m_pageSize.size(QPageSize::Point).height())),
      m_body(m_page.adjusted(m_style.pt(MarginSide), m_style.pt(MarginTop), -m_style.pt(MarginSide),
                             -m_style.pt(MarginBottom))),
      m_flow(m_body), m_builder(m_review, options, m_style, writer, m_flow)
{
    m_builder.build();
}

QSizeF ReportLayout::pageSizePoints() const
{
    return m_pageSize.size(QPageSize::Point);
}

void ReportLayout::paintPage(QPainter &painter, int index) const
{
    m_builder.paintPageFrame(painter, m_body, index, pageCount());
    m_flow.paintPage(painter, index);
}

} // namespace hindsight::exporting::pdf
