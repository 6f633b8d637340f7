// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QRectF>

class QPainter;

namespace hindsight::exporting {

// Draws the charts of a review for the exporters. Charts are drawn with Qt Charts, which needs
// Qt Widgets; this library never links it, so that every format runs headless. The application
// and the command line hand the editor's implementation (editor::ChartFigureRenderer) to the
// exporters through ExportOptions::figureRenderer.
class FigureRenderer
{
public:
    virtual ~FigureRenderer() = default;

    // Width over height of the box a chart is drawn in: exporters size the box by it, so that
    // a chart has the same shape in every format.
    virtual qreal chartAspectRatio() const { return 2.0; }

    // Draws chart (a figure of kind Chart) into target: its title, series, axes and legend, with
    // review's milestones and display zone. The caption is not drawn: the exporters write it
    // under the figure, numbered. review is the one being exported, as its audience sees it.
    // On a PDF painter the chart is vectors and selectable text.
    virtual void drawChart(QPainter &painter, const QRectF &target, const model::Figure &chart,
                           const model::Review &review) const = 0;
};

} // namespace hindsight::exporting
