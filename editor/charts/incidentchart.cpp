// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentchart.h"

#include "model/names.h"

#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGuiApplication>
#include <QPainter>
#include <QSet>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace hindsight::editor {

using model::Milestone;

namespace {

// Calm, print-friendly colours that stay apart for most readers with a colour vision
// deficiency; the incident window is a faint warm wash behind everything.
namespace colours {
const QColor background(0xFF, 0xFF, 0xFF);
const QColor text(0x24, 0x29, 0x2F);
const QColor muted(0x5C, 0x66, 0x70);
const QColor grid(0xE6, 0xE9, 0xED);
const QColor axis(0xA9, 0xB1, 0xBA);
const QColor marker(0x52, 0x5C, 0x66);
const QColor window(0xD9, 0x48, 0x3B, 0x22);
const std::array<QColor, 6> series{QColor(0x2F, 0x6D, 0xB5), QColor(0xE0, 0x7B, 0x39), QColor(0x2A, 0x9D, 0x8F),
                                   QColor(0x8A, 0x5F, 0xB0), QColor(0xB5, 0x4A, 0x55), QColor(0x6B, 0x73, 0x7C)};
} // namespace colours

constexpr double Edge = 12;     // space around the chart, px
constexpr double LabelGap = 10; // between milestone labels in one row
constexpr double PoleGap = 4;   // between a pole and its label
constexpr int ValueIntervals = 5;

// Fonts in pixels, not points: a point size would be resolved against the painter's device, so
// text drawn into a 1200 dpi PDF through the scene's scaling would come out 12.5 times too big.
QFont chartFont(double scale, bool bold = false)
{
    QFont font = QGuiApplication::font();
    const double points = font.pointSizeF() > 0 ? font.pointSizeF() : 9;
    font.setPixelSize(std::max(6, int(std::lround(points * scale * 96.0 / 72.0))));
    font.setBold(bold);
    return font;
}

QString timeText(qint64 msecs, const QTimeZone &zone, bool withDate)
{
    const auto time = QDateTime::fromMSecsSinceEpoch(msecs, zone);
    //: QLocale pattern of a time with its day under a chart: "14 Mar 13:05".
    return QLocale().toString(time, withDate ? IncidentChart::tr("d MMM HH:mm") : QStringLiteral("HH:mm"));
}

// "Tue 14 Mar 2023 · Europe/Berlin (UTC+01:00)": what the tick labels leave out.
QString timeAxisTitle(qint64 start, qint64 end, const QTimeZone &zone)
{
    const auto first = QDateTime::fromMSecsSinceEpoch(start, zone);
    const auto last = QDateTime::fromMSecsSinceEpoch(end, zone);
    const QLocale locale;
    //: QLocale date pattern of the day under a chart's time axis: "Tue 14 Mar 2023".
    const QString pattern = IncidentChart::tr("ddd d MMM yyyy");
    QString days = locale.toString(first.date(), pattern);
    if (last.date() != first.date())
        days += QStringLiteral(" – ") + locale.toString(last.date(), pattern);
    const QString zoneName = zone == QTimeZone::utc()
                                 ? QStringLiteral("UTC")
                                 : QString::fromUtf8(zone.id()) + QStringLiteral(" (") +
                                       zone.displayName(first, QTimeZone::OffsetName) + QLatin1Char(')');
    return days + QStringLiteral(" · ") + zoneName;
}

void styleAxis(QAbstractAxis *axis, const QColor &labels)
{
    axis->setLabelsFont(chartFont(0.9));
    axis->setLabelsColor(labels);
    axis->setLinePenColor(colours::axis);
    axis->setGridLineColor(colours::grid);
    axis->setTitleFont(chartFont(0.9));
    axis->setTitleBrush(colours::muted);
    axis->setMinorGridLineVisible(false);
}

void hideFromLegend(QLegend *legend, QAbstractSeries *series)
{
    for (auto *marker : legend->markers(series))
        marker->setVisible(false);
}

} // namespace

// A milestone's name in bold and its time in grey, above the plot: "Detected 14:41".
class MilestoneLabel final : public QGraphicsItem
{
public:
    MilestoneLabel(const QString &name, const QString &time, QGraphicsItem *parent)
        : QGraphicsItem(parent), m_name(name), m_time(time), m_bold(chartFont(0.95, true)), m_regular(chartFont(0.95))
    {
        const QFontMetricsF bold(m_bold);
        const QFontMetricsF regular(m_regular);
        m_nameWidth = bold.horizontalAdvance(m_name);
        m_size = QSizeF(m_nameWidth + regular.horizontalAdvance(QLatin1Char(' ') + m_time),
                        std::max(bold.height(), regular.height()));
        m_ascent = std::max(bold.ascent(), regular.ascent());
    }

    QRectF boundingRect() const override { return {QPointF(), m_size}; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setFont(m_bold);
        painter->setPen(colours::text);
        painter->drawText(QPointF(0, m_ascent), m_name);
        painter->setFont(m_regular);
        painter->setPen(colours::muted);
        painter->drawText(QPointF(m_nameWidth, m_ascent), QLatin1Char(' ') + m_time);
    }

private:
    QString m_name;
    QString m_time;
    QFont m_bold;
    QFont m_regular;
    double m_nameWidth = 0;
    double m_ascent = 0;
    QSizeF m_size;
};

IncidentChart::IncidentChart(const MetricChartContent &content, QGraphicsItem *parent)
    : QChart(parent), m_content(content)
{
    if (!m_content.zone.isValid())
        m_content.zone = QTimeZone::utc();
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setBackgroundBrush(colours::background);
    setBackgroundPen(Qt::NoPen);
    setDropShadowEnabled(false);
    setPlotAreaBackgroundVisible(false);
    layout()->setContentsMargins(0, 0, 0, 0);
    setMargins(QMargins(int(Edge), int(Edge), int(Edge), int(Edge)));
    legend()->setAlignment(Qt::AlignBottom);
    legend()->setFont(chartFont(0.95));
    legend()->setLabelColor(colours::text);
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    // The time range: the data's, else the milestones', else the hour around now.
    bool any = false;
    for (const auto &series : std::as_const(m_content.series)) {
        if (series.points.isEmpty())
            continue;
        const auto first = qint64(series.points.first().x());
        const auto last = qint64(series.points.last().x());
        m_start = any ? std::min(m_start, first) : first;
        m_end = any ? std::max(m_end, last) : last;
        any = true;
    }
    if (!any) {
        for (const auto &time : m_content.milestones) {
            if (!time.isValid())
                continue;
            m_start = any ? std::min(m_start, time.toMSecsSinceEpoch()) : time.toMSecsSinceEpoch();
            m_end = any ? std::max(m_end, time.toMSecsSinceEpoch()) : time.toMSecsSinceEpoch();
            any = true;
        }
        if (!any)
            m_start = m_end = QDateTime::currentMSecsSinceEpoch();
    }
    if (m_end <= m_start) {
        m_start -= 30 * 60 * 1000;
        m_end += 30 * 60 * 1000;
    }

    m_timeAxis = new QCategoryAxis(this);
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_timeAxis->setRange(double(m_start), double(m_end));
    m_timeAxis->setTitleText(timeAxisTitle(m_start, m_end, m_content.zone));
    styleAxis(m_timeAxis, colours::muted);
    addAxis(m_timeAxis, Qt::AlignBottom);
    buildValueAxes();
    buildWindow();
    buildMarkers();
    buildLines();

    m_title = new QGraphicsTextItem(this);
    m_title->setPlainText(m_content.title);
    m_title->setFont(chartFont(1.3, true));
    m_title->setDefaultTextColor(colours::text);
    m_title->document()->setDocumentMargin(0);
    m_title->setVisible(!m_content.title.isEmpty());
    m_caption = new QGraphicsTextItem(this);
    m_caption->setPlainText(m_content.caption);
    m_caption->setFont(chartFont(0.9));
    m_caption->setDefaultTextColor(colours::muted);
    m_caption->document()->setDocumentMargin(0);
    m_caption->setVisible(!m_content.caption.isEmpty());

    updateTimeTicks(std::max(200.0, size().width() - 140));
    QObject::connect(this, &QChart::plotAreaChanged, this, [this] { relayout(); });
}

IncidentChart::~IncidentChart() = default;

void IncidentChart::buildValueAxes()
{
    // One axis per unit, two at most: the first unit on the left, every other on the right.
    QStringList units;
    for (const auto &series : std::as_const(m_content.series)) {
        if (!series.points.isEmpty() && !units.contains(series.unit))
            units.append(series.unit);
    }
    const auto extent = [this](bool left, const QString &leftUnit) {
        double low = 0;
        double high = 0;
        bool any = false;
        for (const auto &series : std::as_const(m_content.series)) {
            if (series.points.isEmpty() || (series.unit == leftUnit) != left)
                continue;
            for (const auto &point : series.points) {
                low = any ? std::min(low, point.y()) : point.y();
                high = any ? std::max(high, point.y()) : point.y();
                any = true;
            }
        }
        return std::pair{low, high};
    };
    const QString leftUnit = units.value(0);
    const auto [leftLow, leftHigh] = extent(true, leftUnit);
    m_leftScale = charts::niceScale(leftLow, leftHigh, ValueIntervals);
    std::optional<charts::ValueScale> rightScale;
    if (units.size() > 1) {
        const auto [rightLow, rightHigh] = extent(false, leftUnit);
        rightScale = charts::matchingScale(rightLow, rightHigh, m_leftScale.intervals());
    }

    // On two axes, each axis's labels take the colour of its line when it has only one.
    QList<int> onLeft;
    QList<int> onRight;
    for (int i = 0; i < m_content.series.size(); ++i)
        (m_content.series.at(i).unit == leftUnit ? onLeft : onRight).append(i);
    const auto makeAxis = [this](const charts::ValueScale &scale, const QString &unit, const QColor &labels) {
        auto *axis = new QCategoryAxis(this);
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setStartValue(scale.min - scale.step * 1e-3);
        for (const double tick : scale.ticks())
            axis->append(charts::formatValue(tick, scale.step, unit), tick);
        axis->setRange(scale.min, scale.max);
        styleAxis(axis, labels);
        return axis;
    };
    const auto seriesColour = [](int index) { return colours::series[size_t(index) % colours::series.size()]; };
    m_leftAxis = makeAxis(m_leftScale, leftUnit,
                          rightScale && onLeft.size() == 1 ? seriesColour(onLeft.first()) : colours::muted);
    addAxis(m_leftAxis, Qt::AlignLeft);
    if (rightScale) {
        m_rightAxis = makeAxis(*rightScale, units.value(1) == units.last() ? units.value(1) : QString(),
                               onRight.size() == 1 ? seriesColour(onRight.first()) : colours::muted);
        m_rightAxis->setGridLineVisible(false);
        addAxis(m_rightAxis, Qt::AlignRight);
    }
    m_leftUnit = leftUnit;
}

void IncidentChart::buildWindow()
{
    // Added first, so that it lies beneath the markers and the lines.
    const QDateTime started = m_content.milestones[int(Milestone::Started)];
    const QDateTime resolved = m_content.milestones[int(Milestone::Resolved)];
    if (started.isValid() && started.toMSecsSinceEpoch() <= m_end) {
        const qint64 from = std::max(started.toMSecsSinceEpoch(), m_start);
        const qint64 to = resolved.isValid() ? std::min(resolved.toMSecsSinceEpoch(), m_end) : m_end;
        if (to > from) {
            auto *upper = new QLineSeries(this);
            auto *lower = new QLineSeries(this);
            upper->append({QPointF(double(from), m_leftScale.max), QPointF(double(to), m_leftScale.max)});
            lower->append({QPointF(double(from), m_leftScale.min), QPointF(double(to), m_leftScale.min)});
            m_window = new QAreaSeries(upper, lower);
            m_window->setName(tr("Incident"));
            m_window->setBrush(colours::window);
            m_window->setPen(Qt::NoPen);
            addSeries(m_window);
            m_window->attachAxis(m_timeAxis);
            m_window->attachAxis(m_leftAxis);
            hideFromLegend(legend(), m_window);
            m_windowSpan = {from, to};
        }
    }
}

void IncidentChart::buildLines()
{
    // Last, so that they lie on top of the window and the markers.
    for (int i = 0; i < m_content.series.size(); ++i) {
        const auto &data = m_content.series.at(i);
        auto *line = new QLineSeries(this);
        const bool right = m_rightAxis && data.unit != m_leftUnit;
        line->setName(right ? tr("%1 (right axis)").arg(data.name) : data.name);
        QPen pen(colours::series[size_t(i) % colours::series.size()], 2);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        line->setPen(pen);
        line->replace(data.points);
        addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(right ? m_rightAxis : m_leftAxis);
        m_lines.append(line);
    }
}

void IncidentChart::buildMarkers()
{
    const bool severalDays = QDateTime::fromMSecsSinceEpoch(m_start, m_content.zone).date() !=
                             QDateTime::fromMSecsSinceEpoch(m_end, m_content.zone).date();
    for (const auto milestone : {Milestone::Started, Milestone::Detected, Milestone::Acknowledged, Milestone::Mitigated,
                                 Milestone::Resolved}) {
        const QDateTime time = m_content.milestones[int(milestone)];
        if (!time.isValid() || time.toMSecsSinceEpoch() < m_start || time.toMSecsSinceEpoch() > m_end)
            continue;
        Marker marker;
        marker.milestone = milestone;
        marker.msecs = time.toMSecsSinceEpoch();
        marker.line = new QLineSeries(this);
        marker.line->setName(model::enumLabel(milestone));
        marker.line->append(
            {QPointF(double(marker.msecs), m_leftScale.min), QPointF(double(marker.msecs), m_leftScale.max)});
        QPen pen(colours::marker, 1.2);
        pen.setDashPattern({4, 3});
        marker.line->setPen(pen);
        addSeries(marker.line);
        marker.line->attachAxis(m_timeAxis);
        marker.line->attachAxis(m_leftAxis);
        hideFromLegend(legend(), marker.line);
        marker.label =
            new MilestoneLabel(model::enumLabel(milestone), timeText(marker.msecs, m_content.zone, severalDays), this);
        marker.connector = new QGraphicsLineItem(this);
        marker.connector->setPen(QPen(colours::marker, 1));
        m_markers.append(marker);
    }
}

void IncidentChart::updateTimeTicks(double plotWidth)
{
    const QFontMetricsF metrics(m_timeAxis->labelsFont());
    const auto step = TimeAxis::chooseStep(m_end - m_start, plotWidth, [&metrics](const TimeAxis::Step &candidate) {
        return metrics.horizontalAdvance(TimeAxis::sampleLabel(candidate)) + 28;
    });
    if (m_step && *m_step == step)
        return;
    m_step = step;
    for (const auto &label : m_timeAxis->categoriesLabels())
        m_timeAxis->remove(label);
    m_timeAxis->setStartValue(double(m_start) - 1);
    // QCategoryAxis wants unique labels; "06:00" on two days gets an invisible difference.
    QSet<QString> used;
    for (const auto &tick : TimeAxis::ticks(m_start, m_end, step, m_content.zone)) {
        if (double(tick.msecs) <= m_timeAxis->startValue())
            continue;
        QString label = tick.label;
        // Midnight between times of day names the day, so that a range of days reads.
        if (tick.major && step.approxMs() < 24 * 3600 * 1000LL)
            //: QLocale date pattern of a day on a chart's time axis: "14 Mar".
            label = QLocale().toString(QDateTime::fromMSecsSinceEpoch(tick.msecs, m_content.zone).date(), tr("d MMM"));
        while (used.contains(label))
            label += QChar(0x200B);
        used.insert(label);
        m_timeAxis->append(label, double(tick.msecs));
    }
    m_timeAxis->setRange(double(m_start), double(m_end));
}

bool IncidentChart::relayout()
{
    if (m_inRelayout)
        return false;
    m_inRelayout = true;
    const QRectF plot = plotArea();
    const double width = size().width();
    if (plot.width() > 40) // not yet laid out: keep the ticks chosen for the estimated width
        updateTimeTicks(plot.width());

    // Milestone labels above the plot, hanging like flags from their markers' poles.
    QList<double> poles;
    QList<double> widths;
    for (const auto &marker : std::as_const(m_markers)) {
        poles.append(position(double(marker.msecs), m_leftScale.max, marker.line).x());
        widths.append(marker.label->boundingRect().width());
    }
    const auto flags = charts::layoutFlags(poles, widths, Edge, width - Edge, LabelGap, PoleGap);
    const int rowCount = flags.rowCount;
    const double rowHeight = m_markers.isEmpty() ? 0 : m_markers.first().label->boundingRect().height() + 4;

    // A long title or caption wraps rather than running off the figure.
    m_title->setTextWidth(std::max(50.0, width - 2 * Edge));
    const double titleHeight = m_title->isVisible() ? m_title->boundingRect().height() + 8 : 0;
    m_caption->setTextWidth(std::max(50.0, width - 2 * Edge));
    const double captionHeight = m_caption->isVisible() ? m_caption->boundingRect().height() + 6 : 0;
    const QMargins wanted(int(Edge), int(std::ceil(Edge + titleHeight + rowCount * rowHeight + (rowCount ? 8 : 0))),
                          int(Edge), int(std::ceil(Edge / 2 + captionHeight)));
    const bool marginsChanged = wanted != margins();

    m_title->setPos(Edge, Edge);
    m_caption->setPos(Edge, size().height() - Edge / 2 - captionHeight + 2);
    for (qsizetype i = 0; i < m_markers.size(); ++i) {
        const auto &marker = m_markers.at(i);
        // Row 0 sits just above the plot; later rows stack upwards.
        const double y = plot.top() - 6 - (flags.rows.at(i) + 1) * rowHeight;
        marker.label->setPos(flags.spans.at(i).first, y + 1);
        marker.connector->setLine(poles.at(i), y, poles.at(i), plot.top());
    }
    if (marginsChanged)
        setMargins(wanted);
    m_inRelayout = false;
    return marginsChanged;
}

void IncidentChart::settle()
{
    for (int pass = 0; pass < 4; ++pass) {
        layout()->activate();
        if (!relayout())
            break;
    }
    layout()->activate();
    relayout();
}

QPointF IncidentChart::position(double msecs, double value, QAbstractSeries *series) const
{
    return const_cast<IncidentChart *>(this)->mapToPosition(QPointF(msecs, value), series);
}

std::optional<QPointF> IncidentChart::markerTop(Milestone milestone) const
{
    for (const auto &marker : m_markers) {
        if (marker.milestone == milestone)
            return position(double(marker.msecs), m_leftScale.max, marker.line);
    }
    return std::nullopt;
}

QRectF IncidentChart::incidentWindow() const
{
    if (!m_window)
        return {};
    return QRectF(position(double(m_windowSpan[0]), m_leftScale.max, m_window),
                  position(double(m_windowSpan[1]), m_leftScale.min, m_window))
        .normalized();
}

QStringList IncidentChart::timeLabels() const
{
    QStringList labels = m_timeAxis->categoriesLabels();
    for (auto &label : labels)
        label.remove(QChar(0x200B));
    return labels;
}

} // namespace hindsight::editor
