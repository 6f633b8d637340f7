// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"
#include "model/types.h"

#include <QBuffer>
#include <QImage>
#include <QList>
#include <QPdfWriter>
#include <QRectF>
#include <QStringList>

#include <memory>

namespace hindsight::exporting::pdf {

class ReportLayout;

// One version of the PDF report as images, for a preview: laid out by the PDF writer's own
// layout (ReportLayout), so it has the same pages as the file, and painted one page at a time
// into images, so that a preview can show the first pages while it paints the rest. Needs a
// QGuiApplication, like the PDF writer.
class ReportPreview final
{
public:
    // The version for options.audience; the customer version is redacted by options.redaction.
    ReportPreview(const model::Review &review, const ExportOptions &options);
    ~ReportPreview();
    Q_DISABLE_COPY_MOVE(ReportPreview)

    int pageCount() const;
    QSizeF pageSizePoints() const;
    // Page index at pixelsPerPoint (1.0 is 72 dpi), white, with the device pixel ratio set.
    QImage render(int index, qreal pixelsPerPoint, qreal devicePixelRatio = 1.0) const;
    // The bands of page index that hold the parts keys name (reportmarks.h), in points from
    // the page's top-left corner and across the page's full width.
    QList<QRectF> bands(int index, const QStringList &keys) const;

private:
    QBuffer m_buffer;
    QPdfWriter m_writer;
    std::unique_ptr<ReportLayout> m_layout;
};

// What the customer version of review leaves out, as the keys of the internal report's parts
// (reportmarks.h): the internal sections and notes; in public sections, the events, actions
// and figures that the customer version does not have. Found by comparing the review with its
// customer version (customerView()) part by part and row by row, never by pixels. Rows are
// named by their place in the review's lists ("event:3" is the third event), as ReportPreview
// marks them. Redacted words are not parts: they are counted in customerOmissions().
QStringList customerLeftOutParts(const model::Review &review, const RedactionRules &rules);

} // namespace hindsight::exporting::pdf
