// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartview.h"

#include "editor/charts/incidentchart.h"
#include "model/metrics.h"

#include <QGraphicsScene>
#include <QPaintDevice>
#include <QPainter>
#include <QtCharts/QChartView>
#include <QVBoxLayout>

#include <cmath>

namespace hindsight::editor {

MetricChart::MetricChart(QWidget *parent) : QWidget(parent), m_view(new QChartView(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    rebuild();
}

MetricChart::~MetricChart() = default;

void MetricChart::setData(const importing::MetricData &data)
{
    m_data = data;
    m_content.series.clear();
    for (const auto &series : data.series) {
        auto shown = series;
        shown.points = importing::decimate(series.points, DisplayBuckets);
        m_content.series.append(std::move(shown));
    }
    rebuild();
}

void MetricChart::setMilestones(const std::array<QDateTime, 6> &milestones)
{
    m_content.milestones = milestones;
    rebuild();
}

void MetricChart::setReview(const model::Review &review)
{
    const QTimeZone zone(review.timeZone.toUtf8());
    m_content.zone = zone.isValid() ? zone : QTimeZone::utc();
    m_content.milestones = model::Metrics::compute(review).milestones;
    rebuild();
}

void MetricChart::setTimeZone(const QTimeZone &zone)
{
    m_content.zone = zone.isValid() ? zone : QTimeZone::utc();
    rebuild();
}

void MetricChart::setTitle(const QString &title)
{
    m_content.title = title;
    rebuild();
}

void MetricChart::setCaption(const QString &caption)
{
    m_content.caption = caption;
    rebuild();
}

void MetricChart::rebuild()
{
    // Building anew is cheap (the series are thinned) and keeps the chart a pure function of
    // its content: the view and render() draw the same thing.
    auto *chart = new IncidentChart(m_content);
    // setChart() lets go of the view's chart without deleting it: the one built last time, or
    // the first time the empty chart that QChartView makes for itself.
    QChart *previous = m_view->chart();
    m_view->setChart(chart);
    delete previous;
    m_chart = chart;
    m_chart->settle();
}

QPointF MetricChart::toWidget(const QPointF &chartPoint) const
{
    const QPointF inView = m_view->viewportTransform().map(m_chart->mapToScene(chartPoint));
    return inView + QPointF(m_view->viewport()->mapTo(this, QPoint(0, 0)));
}

QRectF MetricChart::plotArea() const
{
    const QRectF plot = m_chart->plotArea();
    return QRectF(toWidget(plot.topLeft()), toWidget(plot.bottomRight()));
}

std::pair<QDateTime, QDateTime> MetricChart::timeRange() const
{
    const auto [start, end] = m_chart->timeRange();
    return {QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc()),
            QDateTime::fromMSecsSinceEpoch(end, QTimeZone::utc())};
}

std::optional<QPointF> MetricChart::markerPosition(model::Milestone milestone) const
{
    const auto top = m_chart->markerTop(milestone);
    if (!top)
        return std::nullopt;
    return toWidget(*top);
}

QRectF MetricChart::incidentWindow() const
{
    const QRectF window = m_chart->incidentWindow();
    if (window.isNull())
        return {};
    return QRectF(toWidget(window.topLeft()), toWidget(window.bottomRight()));
}

QStringList MetricChart::timeLabels() const
{
    return m_chart->timeLabels();
}

void MetricChart::render(QPainter *painter, const QRectF &target) const
{
    if (!painter || target.isEmpty())
        return;
    // Lay out at the size target has at 96 dpi, the resolution the chart's pixel fonts assume,
    // then scale into target: the same proportions on a screen, an image or a PDF page.
    const QPaintDevice *device = painter->device();
    const double dpi = device ? device->logicalDpiX() : 96.0;
    const QTransform transform = painter->worldTransform();
    const double deviceScale = std::sqrt(std::abs(transform.determinant()));
    const QSizeF layoutSize = target.size() * (deviceScale > 0 ? deviceScale : 1.0) * 96.0 / dpi;

    QGraphicsScene scene;
    auto *chart = new IncidentChart(m_content);
    scene.addItem(chart);
    chart->resize(layoutSize);
    chart->settle();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    scene.render(painter, target, QRectF(QPointF(0, 0), layoutSize), Qt::IgnoreAspectRatio);
    painter->restore();
}

QSize MetricChart::sizeHint() const
{
    return {900, 380};
}

QSize MetricChart::minimumSizeHint() const
{
    return {320, 200};
}

} // namespace hindsight::editor
