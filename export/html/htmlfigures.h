// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QByteArray>
#include <QSize>
#include <QString>

namespace hindsight::exporting {
class FigureRenderer;
}

namespace hindsight::exporting::html {

// A figure's picture as the page holds it.
struct PageImage
{
    QByteArray bytes;
    QString mimeType; // "image/png", "image/jpeg"
    QSize size;       // in CSS pixels; invalid when the bytes do not say
};

// The picture of figure, which review (as its audience sees it) shows. An image in PNG or JPEG
// keeps its bytes (the customer version's have no metadata left, see customerView()); one in
// any other format is converted to PNG, which every browser and mail client shows, or kept as
// given when this build cannot read it. A chart is drawn by renderer as the Markdown export
// draws it (markdownChartImage()): a PNG at twice its size. Empty bytes when a chart has no
// renderer or cannot be encoded.
PageImage pageImage(const model::Figure &figure, const model::Review &review, const FigureRenderer *renderer);

} // namespace hindsight::exporting::html
