// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagecomparison.h"

#include "export/pdf/reportpreview.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace hindsight::app {

using exporting::ExportOptions;

namespace {

constexpr qreal MinZoom = 0.2;
constexpr qreal MaxZoom = 2.0;
constexpr qreal DefaultZoom = 0.5;
constexpr qreal ZoomStep = 1.25;
constexpr int Spacing = 12;

// Amber: reads as "look here" on white and on the grey of a table, and is not the red of an
// error.
QColor markColour()
{
    return QColor(0xe0, 0x9b, 0x00);
}

QString zoomKey()
{
    return QStringLiteral("export/previewZoom");
}

} // namespace

PageComparison::PageComparison(QWidget *parent)
    : QWidget(parent), m_internalTitle(new QLabel(this)), m_customerTitle(new QLabel(this)), m_legend(new QLabel(this)),
      m_scroll(new QScrollArea(this)), m_pages(new QWidget), m_grid(new QGridLayout(m_pages))
{
    m_zoom = std::clamp(QSettings().value(zoomKey(), DefaultZoom).toReal(), MinZoom, MaxZoom);
    const QColor colour = markColour();
    m_legend->setText(tr("<span style=\"background-color: %1\">&nbsp;&nbsp;&nbsp;</span>&nbsp; Not in the customer "
                         "version: sections, timeline events, actions, figures and notes it leaves out.")
                          .arg(colour.name()));
    m_legend->setWordWrap(true);
    for (auto *title : {m_internalTitle, m_customerTitle}) {
        title->setAlignment(Qt::AlignCenter);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
    }
    auto *titles = new QHBoxLayout;
    titles->addWidget(m_internalTitle, 1);
    titles->addWidget(m_customerTitle, 1);

    m_grid->setSpacing(Spacing);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    m_pages->setBackgroundRole(QPalette::Dark);
    m_pages->setAutoFillBackground(true);
    m_scroll->setWidget(m_pages);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAccessibleName(tr("Pages of the internal and the customer version"));
    m_scroll->installEventFilter(this);
    m_scroll->viewport()->installEventFilter(this);
    setFocusProxy(m_scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_legend);
    layout->addLayout(titles);
    layout->addWidget(m_scroll, 1);

    m_painter.setSingleShot(true);
    m_painter.setInterval(0);
    connect(&m_painter, &QTimer::timeout, this, &PageComparison::paintNext);
}

PageComparison::~PageComparison() = default;

void PageComparison::setReview(const model::Review &review, const ExportOptions &options)
{
    ExportOptions internal = options;
    internal.audience = ExportOptions::Audience::Internal;
    ExportOptions customer = options;
    customer.audience = ExportOptions::Audience::Customer;
    m_internal = std::make_unique<exporting::pdf::ReportPreview>(review, internal);
    m_customer = std::make_unique<exporting::pdf::ReportPreview>(review, customer);
    m_leftOut = exporting::pdf::customerLeftOutParts(review, options.redaction);
    const int internalPages = m_internal->pageCount();
    const int customerPages = m_customer->pageCount();
    m_internalTitle->setText(internalPages == 1 ? tr("Internal: 1 page") : tr("Internal: %1 pages").arg(internalPages));
    m_customerTitle->setText(customerPages == 1 ? tr("Customer version: 1 page")
                                                : tr("Customer version: %1 pages").arg(customerPages));
    rebuild();
}

int PageComparison::internalPageCount() const
{
    return m_internal ? m_internal->pageCount() : 0;
}

int PageComparison::customerPageCount() const
{
    return m_customer ? m_customer->pageCount() : 0;
}

QList<QRectF> PageComparison::leftOutBands(int page) const
{
    return m_internal ? m_internal->bands(page, m_leftOut) : QList<QRectF>{};
}

QImage PageComparison::pageImage(bool customer, int page) const
{
    return (customer ? m_customerImages : m_internalImages).value(page);
}

QSize PageComparison::pagePixels() const
{
    const QSizeF points = m_internal ? m_internal->pageSizePoints() : QSizeF(595, 842);
    return QSize(qRound(points.width() * m_zoom), qRound(points.height() * m_zoom));
}

void PageComparison::rebuild()
{
    const int keep = currentPage();
    qDeleteAll(m_internalLabels);
    qDeleteAll(m_customerLabels);
    m_internalLabels.clear();
    m_customerLabels.clear();
    m_internalImages.clear();
    m_customerImages.clear();
    m_queue.clear();
    const int rows = std::max(internalPageCount(), customerPageCount());
    const QSize size = pagePixels();
    for (int row = 0; row < rows; ++row) {
        for (const bool customer : {false, true}) {
            if (row >= (customer ? customerPageCount() : internalPageCount()))
                continue;
            auto *label = new QLabel(m_pages);
            label->setFixedSize(size);
            label->setAutoFillBackground(true);
            label->setBackgroundRole(QPalette::Midlight);
            label->setAccessibleName(customer ? tr("Customer version, page %1").arg(row + 1)
                                              : tr("Internal, page %1").arg(row + 1));
            m_grid->addWidget(label, row, customer ? 1 : 0, Qt::AlignHCenter | Qt::AlignTop);
            (customer ? m_customerLabels : m_internalLabels).append(label);
            (customer ? m_customerImages : m_internalImages).append(QImage());
            m_queue.append({customer, row});
        }
    }
    m_grid->setRowStretch(rows, 1);
    m_pages->adjustSize();
    if (keep > 0)
        showPage(keep);
    m_painter.start();
}

void PageComparison::paintNext()
{
    if (m_queue.isEmpty())
        return;
    const Page page = m_queue.takeFirst();
    const auto &preview = page.customer ? *m_customer : *m_internal;
    QImage image = preview.render(page.index, m_zoom, devicePixelRatioF());
    if (!page.customer) {
        // Logical coordinates: the image has its device pixel ratio.
        QPainter painter(&image);
        QColor tint = markColour();
        tint.setAlpha(48);
        for (const auto &band : leftOutBands(page.index)) {
            const QRectF rect(band.left() * m_zoom, band.top() * m_zoom, band.width() * m_zoom, band.height() * m_zoom);
            painter.fillRect(rect, tint);
            painter.fillRect(QRectF(rect.left(), rect.top(), std::max(4.0, 10 * m_zoom), rect.height()), markColour());
        }
    }
    (page.customer ? m_customerImages : m_internalImages)[page.index] = image;
    (page.customer ? m_customerLabels : m_internalLabels).at(page.index)->setPixmap(QPixmap::fromImage(image));
    if (m_queue.isEmpty())
        Q_EMIT completed();
    else
        m_painter.start();
}

void PageComparison::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    QSettings().setValue(zoomKey(), m_zoom);
    if (m_internal)
        rebuild();
}

void PageComparison::showPage(int index)
{
    const int rowHeight = pagePixels().height() + Spacing;
    const int rows = std::max(internalPageCount(), customerPageCount());
    index = std::clamp(index, 0, std::max(0, rows - 1));
    m_scroll->verticalScrollBar()->setValue(m_grid->contentsMargins().top() + index * rowHeight);
}

int PageComparison::currentPage() const
{
    const int rowHeight = pagePixels().height() + Spacing;
    return (m_scroll->verticalScrollBar()->value() + rowHeight / 3) / rowHeight;
}

void PageComparison::keyPressEvent(QKeyEvent *event)
{
    if (!eventFilter(m_scroll, event))
        QWidget::keyPressEvent(event);
}

bool PageComparison::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && watched == m_scroll) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool control = key->modifiers() & Qt::ControlModifier;
        switch (key->key()) {
        case Qt::Key_PageDown:
            showPage(currentPage() + 1);
            return true;
        case Qt::Key_PageUp:
            showPage(currentPage() - 1);
            return true;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            if (control) {
                setZoom(m_zoom * ZoomStep);
                return true;
            }
            break;
        case Qt::Key_Minus:
            if (control) {
                setZoom(m_zoom / ZoomStep);
                return true;
            }
            break;
        case Qt::Key_0:
            if (control) {
                setZoom(DefaultZoom);
                return true;
            }
            break;
        default:
            break;
        }
    }
    if (event->type() == QEvent::Wheel && watched == m_scroll->viewport()) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            const int steps = wheel->angleDelta().y() / 120;
            if (steps != 0)
                setZoom(m_zoom * std::pow(ZoomStep, steps));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hindsight::app
