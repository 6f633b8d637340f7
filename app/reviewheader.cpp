// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewheader.h"

#include "model/metrics.h"
#include "model/names.h"
#include "model/reviewdocument.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>

namespace hindsight::app {

using namespace model;

namespace {

// Severity colours go from alarm (SEV1) to calm (SEV5); text stays readable on each.
QString severityStyle(int severity)
{
    static const char *colours[] = {"#8a8a8a", "#b3261e", "#d9480f", "#e8a317", "#2f7d32", "#1c6aa6"};
    return QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; padding: 2px 8px; "
                          "font-weight: bold; }")
        .arg(QLatin1StringView(colours[std::clamp(severity, 0, 5)]));
}

} // namespace

ReviewHeader::ReviewHeader(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_severity(new QLabel(this)), m_status(new QLabel(this)),
      m_started(new QLabel(this)), m_elapsed(new QLabel(this)), m_metrics(new QLabel(this)),
      m_warning(new QLabel(this)), m_checks(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(12);
    auto titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->installEventFilter(this);
    m_status->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 4px; "
                                           "padding: 1px 8px; }"));
    m_started->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title, 1);
    layout->addWidget(m_severity);
    layout->addWidget(m_status);
    layout->addWidget(m_started);
    auto elapsedFont = QFont(QStringLiteral("monospace"));
    elapsedFont.setStyleHint(QFont::Monospace);
    elapsedFont.setBold(true);
    elapsedFont.setPointSizeF(titleFont.pointSizeF());
    m_elapsed->setFont(elapsedFont);
    m_elapsed->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_elapsed->setToolTip(tr("Time since the incident started"));
    m_elapsed->hide();
    layout->addWidget(m_elapsed);
    layout->addWidget(m_metrics);
    m_warning->setText(QStringLiteral("⚠"));
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
    m_warning->hide();
    layout->addWidget(m_warning);
    m_checks->setObjectName(QStringLiteral("checksSummary"));
    m_checks->setTextFormat(Qt::RichText);
    m_checks->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_checks->setToolTip(tr("Show the checks of this review"));
    m_checks->hide();
    connect(m_checks, &QLabel::linkActivated, this, &ReviewHeader::checksRequested);
    layout->addWidget(m_checks);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ReviewHeader::tick);
    setDocument(nullptr);
}

void ReviewHeader::setDocument(ReviewDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document) {
        connect(m_document, &ReviewDocument::fieldChanged, this, &ReviewHeader::refresh);
        connect(m_document, &ReviewDocument::rowsChanged, this, &ReviewHeader::refresh);
    }
    refresh();
}

void ReviewHeader::refresh()
{
    if (!m_document) {
        setTitle(tr("No review open"));
        m_severity->hide();
        m_status->hide();
        m_started->clear();
        m_metrics->clear();
        m_warning->hide();
        m_elapsed->hide();
        return;
    }
    const auto &review = m_document->review();
    setTitle(review.title.isEmpty() ? tr("Untitled review") : review.title);
    m_severity->setVisible(true);
    m_severity->setText(review.severity ? severityLabel(review.severity) : tr("No severity"));
    m_severity->setStyleSheet(severityStyle(review.severity));
    m_status->setVisible(true);
    m_status->setText(enumLabel(review.status));
    const auto start = m_document->incidentStart();
    if (start.isValid()) {
        const auto zone = m_document->model()->displayZone();
        const auto local = start.toTimeZone(zone);
        m_started->setText(tr("started %1 %2")
                               .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                    zone == QTimeZone::utc() ? QStringLiteral("UTC") : local.timeZoneAbbreviation()));
    } else {
        m_started->setText(tr("no start time yet"));
    }
    const auto metrics = model::Metrics::compute(review);
    m_metrics->setText(metricsText());
    m_warning->setVisible(!metrics.problems.isEmpty());
    m_warning->setToolTip(tr("Milestones out of order:\n%1").arg(metrics.problems.join(QLatin1Char('\n'))));
    tick();
}

void ReviewHeader::setTitle(const QString &title)
{
    m_fullTitle = title;
    m_title->setToolTip(title);
    elideTitle();
}

void ReviewHeader::elideTitle()
{
    // A long title beside the docks ends in "…" rather than being cut off mid-word.
    m_title->setText(m_title->fontMetrics().elidedText(m_fullTitle, Qt::ElideRight, m_title->width()));
}

bool ReviewHeader::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_title && event->type() == QEvent::Resize)
        elideTitle();
    return QWidget::eventFilter(watched, event);
}

void ReviewHeader::setLive(bool live)
{
    m_live = live;
    if (live)
        m_ticker.start();
    else
        m_ticker.stop();
    tick();
}

QString ReviewHeader::elapsedText() const
{
    if (!m_document)
        return {};
    const auto start = m_document->incidentStart();
    if (!start.isValid())
        return {};
    const auto resolved = m_document->milestoneTime(Milestone::Resolved);
    const auto end = resolved.isValid() ? resolved : now();
    return QStringLiteral("T+") + model::formatElapsed(start.msecsTo(end));
}

QString ReviewHeader::metricsText() const
{
    if (!m_document)
        return {};
    const auto metrics = model::Metrics::compute(m_document->review());
    auto figure = [](const std::optional<qint64> &duration) {
        return duration ? model::formatDuration(*duration) : QStringLiteral("–");
    };
    return tr("TTD %1 · TTM %2 · TTR %3")
        .arg(figure(metrics.timeToDetect), figure(metrics.timeToMitigate), figure(metrics.timeToResolve));
}

void ReviewHeader::setOpenChecks(int count)
{
    if (count < 0) {
        m_checks->hide();
        m_checks->clear();
        return;
    }
    const QString text = count == 0   ? tr("No checks open")
                         : count == 1 ? tr("1 check open")
                                      : tr("%1 checks open").arg(count);
    m_checks->setText(QStringLiteral("<a href=\"checks\">%1</a>").arg(text.toHtmlEscaped()));
    m_checks->show();
}

QString ReviewHeader::checksText() const
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return m_checks->isHidden() ? QString() : m_checks->text().remove(tags);
}

void ReviewHeader::tick()
{
    const auto text = m_live ? elapsedText() : QString();
    m_elapsed->setText(text);
    m_elapsed->setVisible(!text.isEmpty());
}

} // namespace hindsight::app
