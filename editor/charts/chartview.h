// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/metrics/metricseries.h"
#include "model/types.h"

#include <QDateTime>
#include <QRectF>
#include <QTimeZone>
#include <QWidget>

#include <array>
#include <optional>
#include <utility>

QT_BEGIN_NAMESPACE
class QChartView;
class QPainter;
QT_END_NAMESPACE

namespace hindsight::editor {

class IncidentChart;

// What a metric chart shows: the series (already thinned for drawing), the milestones, the
// zone its times are read in, and its words.
struct MetricChartContent
{
    QList<importing::MetricSeries> series;
    std::array<QDateTime, 6> milestones; // by model::Milestone; invalid: no marker
    QTimeZone zone = QTimeZone::utc();
    QString title;
    QString caption;
};

// A chart of metric series over time for a review: the series as lines, the review's milestones
// as labelled vertical markers, the incident window (started → resolved) shaded, times on the
// axis in the review's display zone. This folder is the only place that uses Qt Charts (house
// style, point 11): callers see this class and MetricChartContent, never a Qt Charts type, so
// the library can be replaced without touching them.
//
// The chart is a document figure, not a themed control: it keeps light colours on a dark
// desktop theme, as it will in the PDF.
class MetricChart final : public QWidget
{
    Q_OBJECT

public:
    // Each series is thinned with decimate() to about this many columns before drawing: a
    // million rows draw as fast as a thousand, and spikes survive.
    static constexpr int DisplayBuckets = 1000;

    explicit MetricChart(QWidget *parent = nullptr);
    ~MetricChart() override;

    void setData(const importing::MetricData &data);
    const importing::MetricData &data() const { return m_data; }
    // Indexed by model::Milestone (None unused), as Metrics::milestones; invalid times and times
    // outside the data's time range draw no marker.
    void setMilestones(const std::array<QDateTime, 6> &milestones);
    // The review's milestones (Metrics::compute) and display zone.
    void setReview(const model::Review &review);
    void setTimeZone(const QTimeZone &zone);
    void setTitle(const QString &title);
    void setCaption(const QString &caption);
    const MetricChartContent &content() const { return m_content; }

    // Where things are drawn, in this widget's coordinates (for tests and tool tips).
    QRectF plotArea() const;
    // The time range the time axis spans, left edge to right edge.
    std::pair<QDateTime, QDateTime> timeRange() const;
    // The top end of a milestone's marker line; empty when the milestone draws no marker.
    std::optional<QPointF> markerPosition(model::Milestone milestone) const;
    // The shaded incident window; empty when there is no start within the time range.
    QRectF incidentWindow() const;
    // The time axis's labels, left to right.
    QStringList timeLabels() const;

    // Draws the chart into target on any painter, laid out for target's physical size (so the
    // text has the same point size on a 1200 dpi QPdfWriter as on screen). Qt Charts paints
    // through QPainter, so a PDF painter gets vectors and selectable text.
    void render(QPainter *painter, const QRectF &target) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void rebuild();
    QPointF toWidget(const QPointF &chartPoint) const;

    importing::MetricData m_data;
    MetricChartContent m_content;
    QChartView *m_view = nullptr;
    IncidentChart *m_chart = nullptr;
};

} // namespace hindsight::editor
