// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"
#include "model/types.h"
#include "pageflow.h"
#include "pdfstyle.h"
#include "reportbuilder.h"

#include <QPageSize>

class QPdfWriter;

namespace hindsight::exporting::pdf {

// The report laid out on pages once, for the PDF writer to paint into the file and for the
// export preview to paint into images: both get the same pages.
class ReportLayout final
{
public:
    // shown is the review as options.audience sees it (reviewForAudience()). writer is the PDF
    // writer the layout measures text on; it gets the resolution, the page size and no margins
    // here, and must outlive this object.
    ReportLayout(model::Review shown, const ExportOptions &options, QPdfWriter *writer);
    Q_DISABLE_COPY_MOVE(ReportLayout)

    const model::Review &review() const { return m_review; }
    int pageCount() const { return m_flow.pageCount(); }
    // The size of a page in device units, and in points.
    QSizeF pageSize() const { return m_page.size(); }
    QSizeF pageSizePoints() const;
    // Paints page index (the running header and footer too), in device units.
    void paintPage(QPainter &painter, int index) const;
    // Where the report's sections, rows, figures and notes landed (reportmarks.h), in device
    // units from each page's top.
    const std::vector<PageFlow::Mark> &marks() const { return m_flow.marks(); }

private:
    model::Review m_review;
    QPageSize m_pageSize;
    PdfStyle m_style;
    QRectF m_page;
    QRectF m_body;
    PageFlow m_flow;
    ReportBuilder m_builder;
};

} // namespace hindsight::exporting::pdf
