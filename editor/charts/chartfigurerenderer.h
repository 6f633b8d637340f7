// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/figurerenderer.h"

namespace hindsight::editor {

// The exporters' charts, drawn by MetricChart: the same chart as the editor shows, with the
// review's milestones and display zone as they are at export time. Needs a QApplication
// (MetricChart is a widget); the headless command line starts one on the offscreen platform.
class ChartFigureRenderer final : public exporting::FigureRenderer
{
public:
    qreal chartAspectRatio() const override;
    void drawChart(QPainter &painter, const QRectF &target, const model::Figure &chart,
                   const model::Review &review) const override;
};

} // namespace hindsight::editor
