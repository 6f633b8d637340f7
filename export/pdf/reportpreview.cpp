// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpreview.h"

#include "export/audience.h"
#include "model/names.h"
#include "reportlayout.h"
#include "reportmarks.h"

#include <QPainter>
#include <QSet>

namespace hindsight::exporting::pdf {

using namespace model;

namespace {

// The review with its rows numbered by their place in it, the same way for the preview's layout
// and for the comparison with the customer version: a review that was never stored (an import)
// has no ids yet, and the marks need one for each row. Nothing prints ids.
Review numbered(Review review)
{
    const auto number = [](auto &rows) {
        qint64 id = 0;
        for (auto &row : rows)
            row.id = ++id;
    };
    number(review.timeline);
    number(review.actions);
    number(review.figures);
    number(review.additional);
    return review;
}

} // namespace

ReportPreview::ReportPreview(const Review &review, const ExportOptions &options) : m_writer(&m_buffer)
{
    m_buffer.open(QIODevice::WriteOnly);
    m_layout = std::make_unique<ReportLayout>(reviewForAudience(numbered(review), options), options, &m_writer);
}

ReportPreview::~ReportPreview() = default;

int ReportPreview::pageCount() const
{
    return m_layout->pageCount();
}

QSizeF ReportPreview::pageSizePoints() const
{
    return m_layout->pageSizePoints();
}

QImage ReportPreview::render(int index, qreal pixelsPerPoint, qreal devicePixelRatio) const
{
    const QSizeF points = pageSizePoints();
    const qreal scale = pixelsPerPoint * devicePixelRatio;
    QImage image(QSize(qRound(points.width() * scale), qRound(points.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    // The layout's fonts have sizes in points that resolve against the device: with the PDF
    // writer's resolution the image sizes them as the writer did, and the painter scales down.
    const int dotsPerMeter = qRound(m_writer.resolution() / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        const qreal toPixels = image.width() / m_layout->pageSize().width();
        painter.scale(toPixels, toPixels);
        m_layout->paintPage(painter, index);
    }
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}

QList<QRectF> ReportPreview::bands(int index, const QStringList &keys) const
{
    const QSet<QString> wanted(keys.cbegin(), keys.cend());
    const qreal toPoints = pageSizePoints().width() / m_layout->pageSize().width();
    QList<QRectF> bands;
    for (const auto &mark : m_layout->marks()) {
        if (mark.page == index && wanted.contains(mark.key))
            bands.append(QRectF(0, mark.top * toPoints, pageSizePoints().width(), (mark.bottom - mark.top) * toPoints));
    }
    return bands;
}

QStringList customerLeftOutParts(const Review &original, const RedactionRules &rules)
{
    const Review review = numbered(original);
    const Review customer = customerView(review, rules);
    const auto isPublic = [&review](SectionKey key) { return review.visibility[int(key)] == Visibility::Public; };
    QStringList keys;
    for (const auto key : allSections()) {
        if (!isPublic(key))
            keys.append(marks::section(key));
    }
    // Each part of a public Impact section that the customer version empties.
    if (isPublic(SectionKey::Impact)) {
        for (const auto part : enumValues<ImpactPart>()) {
            if (!isInCustomerVersion(review, part))
                keys.append(marks::impactPart(part));
        }
    }
    const auto ids = [](const auto &rows) {
        QSet<qint64> set;
        for (const auto &row : rows)
            set.insert(row.id);
        return set;
    };
    if (isPublic(SectionKey::Timeline)) {
        const auto kept = ids(customer.timeline);
        for (const auto &event : review.timeline) {
            if (!kept.contains(event.id))
                keys.append(marks::event(event.id));
        }
    }
    if (isPublic(SectionKey::Actions)) {
        const auto kept = ids(customer.actions);
        for (const auto &action : review.actions) {
            if (!kept.contains(action.id))
                keys.append(marks::action(action.id));
        }
    }
    const auto keptFigures = ids(customer.figures);
    for (const auto &figure : review.figures) {
        if (isPublic(figure.section) && !keptFigures.contains(figure.id))
            keys.append(marks::figure(figure.id));
    }
    const auto keptNotes = ids(customer.additional);
    for (const auto &note : review.additional) {
        if (!keptNotes.contains(note.id))
            keys.append(marks::note(note.id));
    }
    return keys;
}

} // namespace hindsight::exporting::pdf
