// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricssummary.h"

#include "model/metrics.h"
#include "model/names.h"
#include "model/reviewdocument.h"
#include "model/rows.h"

namespace hindsight::editor {

using model::Milestone;

MetricsSummary::MetricsSummary(model::ReviewDocument &document, Figures figures, QWidget *parent)
    : QLabel(parent), m_document(&document), m_figures(figures)
{
    setObjectName(figures == Figures::Detection ? QStringLiteral("detectionMetrics")
                                                : QStringLiteral("resolutionMetrics"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(&document, &model::ReviewDocument::rowsChanged, this, [this](int typeIndex) {
        if (typeIndex == model::RowTraits<model::TimelineEvent>::typeIndex)
            refresh();
    });
    refresh();
}

void MetricsSummary::refresh()
{
    if (!m_document)
        return;
    const auto metrics = model::Metrics::compute(m_document->review());
    const auto zone = m_document->model()->displayZone();
    auto figure = [](const std::optional<qint64> &duration) {
        return duration ? model::formatDuration(*duration) : tr("not known yet");
    };
    auto when = [&](Milestone milestone) {
        const auto time = metrics.at(milestone);
        return time.isValid() ? time.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                              : tr("no “%1” event in the timeline").arg(model::enumLabel(milestone).toLower());
    };
    QStringList lines;
    if (m_figures == Figures::Detection) {
        lines << tr("<b>Time to detect:</b> %1 (detected %2)")
                     .arg(figure(metrics.timeToDetect), when(Milestone::Detected))
              << tr("<b>Time to acknowledge:</b> %1 (acknowledged %2)")
                     .arg(figure(metrics.timeToAcknowledge), when(Milestone::Acknowledged));
    } else {
        lines << tr("<b>Time to mitigate:</b> %1 (mitigated %2)")
                     .arg(figure(metrics.timeToMitigate), when(Milestone::Mitigated))
              << tr("<b>Time to resolve:</b> %1 (resolved %2)")
                     .arg(figure(metrics.timeToResolve), when(Milestone::Resolved))
              << tr("<b>Duration:</b> %1").arg(figure(metrics.duration));
    }
    if (!metrics.at(Milestone::Started).isValid())
        lines << tr("Mark the event where the impact began as “Started” in the timeline to measure these.");
    for (const auto &problem : metrics.problems)
        lines << QStringLiteral("<span style=\"color:#b3261e\">⚠ %1</span>").arg(problem.toHtmlEscaped());
    setText(lines.join(QStringLiteral("<br>")));
}

} // namespace hindsight::editor
