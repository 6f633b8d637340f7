// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfigurerenderer.h"

#include "editor/charts/chartview.h"

namespace hindsight::editor {

qreal ChartFigureRenderer::chartAspectRatio() const
{
    // Wide enough for a legend line of three series names and an axis of six times at text
    // width, low enough that a chart and its caption take under half an A4 page.
    return 2.0;
}

void ChartFigureRenderer::drawChart(QPainter &painter, const QRectF &target, const model::Figure &chart,
                                    const model::Review &review) const
{
    MetricChart view;
    view.setData(importing::MetricData{chart.series, chart.source, {}});
    view.setReview(review);
    view.setTitle(chart.title);
    view.render(&painter, target);
}

} // namespace hindsight::editor
