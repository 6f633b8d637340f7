// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlfigures.h"

#include "export/figurerenderer.h"
#include "export/markdown/markdownexporter.h"
#include "model/figures.h"

#include <QBuffer>
#include <QImage>

namespace hindsight::exporting::html {

using namespace model;

namespace {

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return bytes;
}

} // namespace

PageImage pageImage(const Figure &figure, const Review &review, const FigureRenderer *renderer)
{
    if (figure.kind == FigureKind::Chart) {
        if (!renderer)
            return {};
        const QImage chart = markdownChartImage(*renderer, figure, review);
        return {png(chart), QStringLiteral("image/png"), (QSizeF(chart.size()) / chart.devicePixelRatio()).toSize()};
    }
    const ImageInfo info = FigureImages::inspect(figure.image);
    if (info.format == "png")
        return {figure.image, QStringLiteral("image/png"), info.size};
    if (info.format == "jpeg")
        return {figure.image, QStringLiteral("image/jpeg"), info.size};
    const QImage image = QImage::fromData(figure.image);
    if (!image.isNull()) {
        if (QByteArray converted = png(image); !converted.isEmpty())
            return {converted, QStringLiteral("image/png"), image.size()};
    }
    // Still inside the page: a browser that reads the format shows it, and nothing is fetched.
    QString type = QStringLiteral("application/octet-stream");
    if (info.format == "svg")
        type = QStringLiteral("image/svg+xml");
    else if (!info.format.isEmpty())
        type = QStringLiteral("image/") + QString::fromLatin1(info.format);
    return {figure.image, type, info.size};
}

} // namespace hindsight::exporting::html
