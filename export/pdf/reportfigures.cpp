// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "captionedfigure.h"
#include "export/figurerenderer.h"
#include "model/figures.h"
#include "reportbuilder.h"
#include "reportmarks.h"

#include <QImage>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

// The figures after a section's text: images no larger than they are, charts as vectors at the
// text's width, each with its numbered caption under it on the same page.
namespace hindsight::exporting::pdf {

using namespace model;

namespace {

// An image's pixel is a CSS pixel (1/96 inch), the size a browser shows the Markdown export's
// copy at: a screenshot never comes out larger than it was on screen.
constexpr qreal PointsPerPixel = 72.0 / 96.0;
// Enough for print. A larger image is scaled down before it is embedded, so that a 5K
// screenshot shown at text width does not make a report of many megabytes.
constexpr qreal MaxEmbeddedDpi = 300;
// A tall image (a phone screenshot, a long log) leaves room for its caption and some text.
constexpr qreal MaxHeightShare = 0.6;
constexpr qreal CaptionSize = 8.5;

} // namespace

ReportBuilder::Pieces ReportBuilder::figurePieces(SectionKey key) const
{
    Pieces pieces;
    for (const auto &[number, figure] : m_figures.inSection(key)) {
        pieces.push_back(figure.kind == FigureKind::Chart ? chartFigure(figure, number) : imageFigure(figure, number));
        pieces.back().mark = marks::figure(figure.id);
    }
    return pieces;
}

ReportBuilder::Piece ReportBuilder::imageFigure(const Figure &figure, int number) const
{
    const qreal width = m_flow.width();
    QImage image = QImage::fromData(figure.image);
    if (image.isNull()) {
        // The review's images were checked when they came in; this build may still lack the
        // format's plug-in (WebP). The report says so where the image would be.
        const ImageInfo info = FigureImages::inspect(figure.image, figure.source);
        const QString message = info.isValid() ? tr("This image cannot be shown.") : info.error;
        const QFont font = m_style.sans(PdfStyle::SmallSize, QFont::Normal, true);
        const TextBox box =
            layoutText(plain(message, font, PdfStyle::muted()), font, width - m_style.pt(16), 1.2, Qt::AlignHCenter);
        const qreal padding = m_style.pt(8);
        return figureBlock(
            box.height + 2 * padding,
            [box, padding, this](QPainter &painter, const QRectF &area) {
                painter.setPen(QPen(PdfStyle::rule(), m_style.pt(0.6)));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(area);
                box.layout->draw(&painter, QPointF(area.left() + padding, area.top() + padding));
            },
            number, figure);
    }

    const QSizeF natural = QSizeF(image.size()) * m_style.pt(PointsPerPixel);
    const qreal scale =
        std::min({1.0, width / natural.width(), m_flow.pageHeight() * MaxHeightShare / natural.height()});
    const QSizeF shown = natural * scale;
    const QSize printed(int(std::ceil(shown.width() / m_style.pt(72) * MaxEmbeddedDpi)),
                        int(std::ceil(shown.height() / m_style.pt(72) * MaxEmbeddedDpi)));
    if (image.width() > printed.width() && image.height() > printed.height())
        image = image.scaled(printed, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);

    const qreal border = m_style.pt(0.5);
    return figureBlock(
        shown.height(),
        [image, shown, border](QPainter &painter, const QRectF &area) {
            const QRectF target(area.left() + (area.width() - shown.width()) / 2, area.top(), shown.width(),
                                shown.height());
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            // Screenshots are mostly text: JPEG, the PDF engine's default, blurs it.
            painter.setRenderHint(QPainter::LosslessImageRendering);
            painter.drawImage(target, image);
            // A hairline frame, so that a screenshot's white edge does not melt into the page.
            painter.setPen(QPen(PdfStyle::rule(), border));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(target);
        },
        number, figure);
}

ReportBuilder::Piece ReportBuilder::chartFigure(const Figure &figure, int number) const
{
    const qreal width = m_flow.width();
    // PdfExporter refuses a review with charts when there is no renderer; the box stays empty
    // if one is used without it all the same.
    const auto renderer = m_options.figureRenderer;
    const qreal aspect = renderer ? std::max(0.5, renderer->chartAspectRatio()) : 2.0;
    const qreal height = std::min(width / aspect, m_flow.pageHeight() * MaxHeightShare);
    return figureBlock(
        height,
        [renderer, figure, this](QPainter &painter, const QRectF &area) {
            if (renderer)
                renderer->drawChart(painter, area, figure, m_review);
        },
        number, figure);
}

ReportBuilder::Piece ReportBuilder::figureBlock(qreal height, std::function<void(QPainter &, const QRectF &)> paint,
                                                int number, const Figure &figure) const
{
    const qreal width = m_flow.width();
    const QFont font = m_style.sans(CaptionSize);
    const QFont bold = m_style.sans(CaptionSize, QFont::Bold);
    const QString label = DocumentFigures::numberLabel(number);
    const QString full = DocumentFigures::caption(number, figure.caption);
    // "Figure 3:" in bold and the caption after it, as the words of one paragraph.
    qsizetype boldEnd = full.startsWith(label) ? label.size() : 0;
    if (boldEnd > 0 && boldEnd < full.size() && full.at(boldEnd) == u':')
        ++boldEnd;
    StyledText text;
    text.append(full.left(boldEnd), m_style.charFormat(bold, PdfStyle::text()));
    text.append(full.mid(boldEnd), m_style.charFormat(font, PdfStyle::muted()));
    // Marked like an internal timeline row: the section is in the customer version, this
    // figure is not (an internal section's heading says so for all of it).
    if (!customer() && figure.visibility == Visibility::Internal &&
        m_review.visibility[int(figure.section)] == Visibility::Public)
        text.append(QStringLiteral(" · ") + tr("Internal"),
                    m_style.charFormat(m_style.sans(CaptionSize, QFont::Normal, true), PdfStyle::muted()));
    TextBox box = layoutText(text, font, width, 1.2);
    // A one-line caption is centred under the figure, a longer one reads better set left.
    if (box.layout->lineCount() == 1)
        box = layoutText(text, font, width, 1.2, Qt::AlignHCenter);

    const qreal gap = m_style.pt(6);
    const qreal space = m_style.pt(8);
    Piece piece;
    piece.spaceBefore = m_style.pt(10);
    piece.height = height + gap + box.height + space;
    if (piece.height > m_flow.pageHeight()) {
        // A caption that runs over pages goes on after its figure, line by line.
        piece.flowable = std::make_shared<CaptionedFigure>(
            height,
            [paint = std::move(paint), width, height](QPainter &painter) {
                paint(painter, QRectF(0, 0, width, height));
            },
            gap, box.layout, box.height, space);
        return piece;
    }
    // One block: the caption can never be parted from its figure by a page break.
    piece.paint = [paint = std::move(paint), box, width, height, gap](QPainter &painter) {
        painter.save();
        paint(painter, QRectF(0, 0, width, height));
        painter.restore();
        box.layout->draw(&painter, QPointF(0, height + gap));
    };
    return piece;
}

} // namespace hindsight::exporting::pdf
