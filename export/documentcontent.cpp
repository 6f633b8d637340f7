// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentcontent.h"

#include "export/audience.h"
#include "model/names.h"
#include "model/timeformat.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace hindsight::exporting {

using namespace model;

namespace {

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

QString offsetName(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

DocumentContent::DocumentContent(const Review &review, ExportOptions::Audience audience)
    : m_review(review), m_customer(audience == ExportOptions::Audience::Customer), m_timeline(review.timeline)
{
    const QByteArray id = review.timeZone.toUtf8();
    if (!review.timeZone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id)) {
        m_zone = QTimeZone(id);
        m_zoneName = review.timeZone;
    } else {
        m_zone = QTimeZone::utc();
        m_zoneName = QStringLiteral("UTC");
    }
    std::stable_sort(m_timeline.begin(), m_timeline.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.time < b.time; });
}

QStringList DocumentContent::timelineOffsets() const
{
    QStringList offsets;
    for (const auto &event : m_timeline) {
        if (!event.time.isValid())
            continue;
        const QString offset = offsetName(m_zone.offsetFromUtc(event.time));
        if (!offsets.contains(offset))
            offsets.append(offset);
    }
    return offsets;
}

bool DocumentContent::isEmpty(SectionKey key) const
{
    const auto &r = m_review;
    switch (key) {
    case SectionKey::Authors:
        return r.authors.isEmpty();
    case SectionKey::Summary:
        return isBlank(r.summary);
    case SectionKey::Impact:
        return isBlank(r.impact.user) && isBlank(r.impact.business) && isBlank(r.impact.team) &&
               !r.impact.usersAffected && !r.impact.revenueLost && !r.impact.slaBreached && !r.impact.dataLost &&
               !r.impact.dataCompromised;
    case SectionKey::Detection:
        return r.detection.method == DetectionMethod::Unset && !r.detection.time.isValid() &&
               isBlank(r.detection.markdown);
    case SectionKey::Triage:
        return isBlank(r.triage) && severityLabel(r.severity).isEmpty();
    case SectionKey::RootCauses:
        return isBlank(r.rootCauses);
    case SectionKey::Resolution:
        return isBlank(r.resolution);
    case SectionKey::Timeline:
        return r.timeline.isEmpty();
    case SectionKey::Lessons:
        return std::all_of(r.lessons.cbegin(), r.lessons.cend(),
                           [](const Lesson &lesson) { return isBlank(lesson.text); });
    case SectionKey::Actions:
        return r.actions.isEmpty();
    case SectionKey::Share:
        return isBlank(r.shareAudience) && isBlank(r.share);
    }
    return true;
}

bool DocumentContent::shows(ImpactPart part) const
{
    return !m_customer || isInCustomerVersion(m_review, part);
}

QList<ImpactFigure> DocumentContent::impactFigures(const QLocale &numbers) const
{
    const Impact &impact = m_review.impact;
    QString users;
    if (impact.usersAffected)
        users = numbers.toString(qlonglong(*impact.usersAffected));
    QString revenue;
    if (impact.revenueLost) {
        const double value = *impact.revenueLost;
        revenue = numbers.toString(value, 'f', value == std::floor(value) ? 0 : 2);
        if (!isBlank(impact.currency))
            revenue += QLatin1Char(' ') + impact.currency.simplified();
    }
    QList<ImpactFigure> figures{
        {ImpactPart::UsersAffected, tr("Users affected"), users},
        {ImpactPart::RevenueLost, tr("Revenue lost"), revenue},
        {ImpactPart::SlaBreached, tr("SLA breached"), {}, impact.slaBreached},
        {ImpactPart::DataLost, tr("Data lost"), {}, impact.dataLost},
        {ImpactPart::DataCompromised, tr("Data compromised"), {}, impact.dataCompromised},
    };
    figures.removeIf([this](const ImpactFigure &figure) { return !shows(figure.part); });
    return figures;
}

QList<ImpactDimension> DocumentContent::impactDimensions() const
{
    const Impact &impact = m_review.impact;
    QList<ImpactDimension> dimensions{
        {ImpactPart::User, QStringLiteral("🚶"), tr("User"), impact.user},
        {ImpactPart::Business, QStringLiteral("💼"), tr("Business"), impact.business},
        {ImpactPart::Team, QStringLiteral("⚽"), tr("Team"), impact.team},
    };
    dimensions.removeIf([this](const ImpactDimension &dimension) { return !shows(dimension.part); });
    return dimensions;
}

const TimelineEvent *DocumentContent::milestoneEvent(Milestone milestone) const
{
    const TimelineEvent *found = nullptr;
    for (const auto &event : m_timeline) {
        if (event.milestone == milestone && event.time.isValid() && (!found || event.time < found->time))
            found = &event;
    }
    return found;
}

QString DocumentContent::dateTime(const QDateTime &time, TimePrecision precision) const
{
    return formatEventTime(time, precision, m_zone);
}

QString DocumentContent::dateTimeWithZone(const QDateTime &time, TimePrecision precision) const
{
    return dateTime(time, precision) + QStringLiteral(" (") + m_zoneName + QLatin1Char(')');
}

QString DocumentContent::isoUtc(const QDateTime &time, TimePrecision precision)
{
    const QDateTime utc = time.toUTC();
    switch (precision) {
    case TimePrecision::Day:
    case TimePrecision::UnknownTime:
        return utc.date().toString(Qt::ISODate);
    case TimePrecision::Millisecond:
        return utc.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
    case TimePrecision::Second:
    case TimePrecision::Minute:
        break;
    }
    return utc.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QUrl DocumentContent::ticketUrl(const QString &ticket)
{
    const QUrl url(ticket.trimmed(), QUrl::StrictMode);
    const bool web = url.isValid() && !url.host().isEmpty() &&
                     (url.scheme() == QLatin1StringView("https") || url.scheme() == QLatin1StringView("http"));
    return web ? url : QUrl();
}

QString DocumentContent::ticketLabel(const QUrl &url)
{
    static const QRegularExpression number(QStringLiteral("^\\d+$"));
    const QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return url.host();
    const QString &last = segments.last();
    return number.match(last).hasMatch() ? QString(QLatin1Char('#') + last) : last;
}

} // namespace hindsight::exporting
