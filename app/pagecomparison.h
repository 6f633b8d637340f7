// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"
#include "model/types.h"

#include <QList>
#include <QRectF>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <memory>

class QGridLayout;
class QLabel;
class QScrollArea;

namespace hindsight::exporting::pdf {
class ReportPreview;
}

namespace hindsight::app {

// The PDF report's internal and customer versions side by side, page by page, scrolled
// together, with what the customer version leaves out marked on the internal pages: a tinted
// band and a bar in the margin where a section, an event, an action, a figure or a note is not
// in the customer version (pdf::customerLeftOutParts()). Pages are laid out by the PDF writer's
// layout, then painted one at a time as the event loop turns, so the dialog stays responsive.
// Page Up and Page Down move by a page, Ctrl with +, - and 0 (or the wheel) zoom.
class PageComparison final : public QWidget
{
    Q_OBJECT

public:
    explicit PageComparison(QWidget *parent = nullptr);
    ~PageComparison() override;

    // options give the page size, the emoji and the customer version's redaction; the
    // audience is ignored, both are shown.
    void setReview(const model::Review &review, const exporting::ExportOptions &options);

    int internalPageCount() const;
    int customerPageCount() const;
    // Whether every page is painted.
    bool isComplete() const { return m_queue.isEmpty() && m_internal; }
    // The marked bands of an internal page, in points from its top-left corner.
    QList<QRectF> leftOutBands(int page) const;
    // The image shown for a page; null while it is not painted yet.
    QImage pageImage(bool customer, int page) const;

    // Pixels per point at a device pixel ratio of 1.
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    // Scrolls so that page row index is at the top.
    void showPage(int index);
    int currentPage() const;

Q_SIGNALS:
    void completed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Page
    {
        bool customer = false;
        int index = 0;
    };
    void rebuild();
    void paintNext();
    QSize pagePixels() const;

    std::unique_ptr<exporting::pdf::ReportPreview> m_internal;
    std::unique_ptr<exporting::pdf::ReportPreview> m_customer;
    QStringList m_leftOut;
    QLabel *m_internalTitle;
    QLabel *m_customerTitle;
    QLabel *m_legend;
    QScrollArea *m_scroll;
    QWidget *m_pages;
    QGridLayout *m_grid;
    QList<QLabel *> m_internalLabels;
    QList<QLabel *> m_customerLabels;
    QList<QImage> m_internalImages;
    QList<QImage> m_customerImages;
    QList<Page> m_queue;
    QTimer m_painter;
    qreal m_zoom = 0.5;
};

} // namespace hindsight::app
