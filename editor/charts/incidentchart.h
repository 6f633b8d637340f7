// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/charts/chartscale.h"
#include "editor/charts/chartview.h"
#include "editor/timeline/timeaxis.h"

#include <QtCharts/QChart>

#include <array>
#include <optional>
#include <utility>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QCategoryAxis;
class QGraphicsLineItem;
class QGraphicsTextItem;
class QLineSeries;
QT_END_NAMESPACE

namespace hindsight::editor {

class MilestoneLabel;

// The Qt Charts chart behind MetricChart: built once from a MetricChartContent, then laid out
// again whenever its plot area changes. Only MetricChart uses it.
//
// Times: QDateTimeAxis formats its labels in the process's local zone and spaces its ticks
// evenly from the range's start, so "12:37, 12:52, …" in whatever zone the machine has. The
// time axis is therefore a QCategoryAxis over milliseconds since the epoch (the data's own
// values, never shifted), whose labels this class writes with TimeAxis: round wall-clock
// times in the review's display zone, right across DST changes.
class IncidentChart final : public QChart
{
    Q_OBJECT

public:
    explicit IncidentChart(const MetricChartContent &content, QGraphicsItem *parent = nullptr);
    ~IncidentChart() override;

    // Lays out the time axis's ticks, the title, the milestone labels and the caption for the
    // current plot area. Returns whether it changed the margins, which moves the plot area again.
    bool relayout();
    // Lays the chart out at its current size now, without waiting for the event loop.
    void settle();

    // In chart coordinates.
    std::pair<qint64, qint64> timeRange() const { return {m_start, m_end}; }
    std::optional<QPointF> markerTop(model::Milestone milestone) const;
    QRectF incidentWindow() const;
    QStringList timeLabels() const;

private:
    struct Marker
    {
        model::Milestone milestone = model::Milestone::None;
        qint64 msecs = 0;
        QLineSeries *line = nullptr;
        MilestoneLabel *label = nullptr;
        QGraphicsLineItem *connector = nullptr;
    };

    void buildValueAxes();
    void buildWindow();
    void buildMarkers();
    void buildLines();
    void updateTimeTicks(double plotWidth);
    QPointF position(double msecs, double value, QAbstractSeries *series) const;

    MetricChartContent m_content;
    qint64 m_start = 0;
    qint64 m_end = 1;
    charts::ValueScale m_leftScale;
    QString m_leftUnit;
    QCategoryAxis *m_timeAxis = nullptr;
    QCategoryAxis *m_leftAxis = nullptr;
    QCategoryAxis *m_rightAxis = nullptr;
    QList<QLineSeries *> m_lines;
    QAreaSeries *m_window = nullptr;
    std::array<qint64, 2> m_windowSpan{};
    QList<Marker> m_markers;
    QGraphicsTextItem *m_title = nullptr;
    QGraphicsTextItem *m_caption = nullptr;
    std::optional<TimeAxis::Step> m_step;
    bool m_inRelayout = false;
};

} // namespace hindsight::editor
