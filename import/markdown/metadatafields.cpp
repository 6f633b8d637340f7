// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatafields.h"

#include "import/markdown/eventmarkup.h"
#include "import/markdown/readercontext.h"
#include "model/names.h"

#include <algorithm>

namespace hindsight::importing::mdimport {

using namespace model;

namespace {

struct MetaName
{
    const char *name; // as normalizedHeading() gives it
    MetaKey key;
    Milestone milestone = Milestone::None;
};

// "Priority" is the incident's priority where teams say P1 for their worst incidents: it is read
// as the severity.
constexpr MetaName metaNames[] = {
    {"title", MetaKey::Title},
    {"incident title", MetaKey::Title},
    {"severity", MetaKey::Severity},
    {"sev", MetaKey::Severity},
    {"incident severity", MetaKey::Severity},
    {"severity level", MetaKey::Severity},
    {"priority", MetaKey::Severity},
    {"incident priority", MetaKey::Severity},
    {"status", MetaKey::Status},
    {"state", MetaKey::Status},
    {"postmortem status", MetaKey::Status},
    {"document status", MetaKey::Status},
    {"review status", MetaKey::Status},
    {"date", MetaKey::Date},
    {"incident date", MetaKey::Date},
    {"date of incident", MetaKey::Date},
    {"day", MetaKey::Date},
    {"author", MetaKey::Authors},
    {"authors", MetaKey::Authors},
    {"owner", MetaKey::Authors},
    {"owners", MetaKey::Authors},
    {"postmortem owner", MetaKey::Authors},
    {"postmortem owners", MetaKey::Authors},
    {"written by", MetaKey::Authors},
    {"prepared by", MetaKey::Authors},
    {"time zone", MetaKey::TimeZone},
    {"timezone", MetaKey::TimeZone},
    {"tz", MetaKey::TimeZone},
    {"started", MetaKey::Milestone, Milestone::Started},
    {"start", MetaKey::Milestone, Milestone::Started},
    {"impact start", MetaKey::Milestone, Milestone::Started},
    {"impact started", MetaKey::Milestone, Milestone::Started},
    {"start of impact", MetaKey::Milestone, Milestone::Started},
    {"detected", MetaKey::Milestone, Milestone::Detected},
    {"acknowledged", MetaKey::Milestone, Milestone::Acknowledged},
    {"mitigated", MetaKey::Milestone, Milestone::Mitigated},
    {"resolved", MetaKey::Milestone, Milestone::Resolved},
    {"end of impact", MetaKey::Milestone, Milestone::Resolved},
    {"impact ended", MetaKey::Milestone, Milestone::Resolved},
};

const MetaName *metaName(QStringView key)
{
    for (const auto &name : metaNames) {
        if (key == QLatin1StringView(name.name))
            return &name;
    }
    return nullptr;
}

} // namespace

std::optional<MetaKey> metaKey(QStringView key)
{
    const MetaName *name = metaName(key);
    return name ? std::optional<MetaKey>(name->key) : std::nullopt;
}

std::optional<Moment> MetadataFields::readMomentAt(const QString &text, int line)
{
    const Moment moment = readMoment(text);
    if (moment.result == Moment::Result::BadDate || moment.result == Moment::Result::BadTime) {
        m_context.fail(line, moment.result == Moment::Result::BadDate
                                 ? tr("\"%1\" is not a date.").arg(moment.fault)
                                 : tr("\"%1\" is not a time of day.").arg(moment.fault));
        return std::nullopt;
    }
    return moment;
}

bool MetadataFields::apply(const KeyValue &pair, int line, bool fromFrontMatter)
{
    const MetaName *name = metaName(pair.key);
    if (!name)
        return false;
    const QString text = pair.value.trimmed();
    auto &review = m_context.review;
    switch (name->key) {
    case MetaKey::Title: {
        const QString &title = text;
        if (fromFrontMatter) {
            review.title = title;
            m_context.titleFromFrontMatter = !title.isEmpty();
            return true;
        }
        if (review.title.isEmpty()) {
            review.title = title;
            return true;
        }
        return normalizedHeading(title) == normalizedHeading(review.title);
    }
    case MetaKey::Severity: {
        bool complete = false;
        const auto severity = severityFrom(text, &complete);
        if (!severity) {
            m_context.warn(line, tr("\"%1\" is not a severity (SEV1 to SEV5); it was kept as text.").arg(text));
            return false;
        }
        review.severity = *severity;
        return complete;
    }
    case MetaKey::Status: {
        bool complete = false;
        const auto status = statusFrom(text, &complete);
        if (!status) {
            m_context.warn(
                line,
                tr("\"%1\" is not a review status; the review is a draft and the line was kept as text.").arg(text));
            return false;
        }
        review.status = *status;
        m_context.statusFound = true;
        if (!complete)
            m_context.warn(
                line,
                tr("the status \"%1\" was read as \"%2\"; the line was kept as text.").arg(text, enumLabel(*status)));
        return complete;
    }
    case MetaKey::Date: {
        const auto moment = readMomentAt(text, line);
        if (!moment)
            return false;
        if (moment->result != Moment::Result::Ok || !moment->date.isValid())
            return false;
        if (!m_context.documentDate.isValid())
            m_context.documentDate = moment->date;
        return !moment->hasTime && moment->length == text.size();
    }
    case MetaKey::Authors: {
        const auto people = peopleFrom(pair.markdown.isEmpty() ? text : pair.markdown);
        for (const auto &person : people)
            m_context.addPerson(person);
        return !people.isEmpty();
    }
    case MetaKey::TimeZone: {
        const auto zone = zoneFromText(text);
        if (!zone) {
            m_context.warn(
                line, tr("\"%1\" is not a time zone Hindsight knows; times without a zone are read as UTC.").arg(text));
            return false;
        }
        m_context.documentZone = zone;
        review.timeZone = zone->displayId;
        m_context.timeZoneExplicit = true;
        return true;
    }
    case MetaKey::Milestone: {
        const auto moment = readMomentAt(text, line);
        if (!moment)
            return false;
        const QDate date = moment->date.isValid() ? moment->date : m_context.documentDate;
        if (moment->result != Moment::Result::Ok || !date.isValid())
            return false;
        const Zone zone =
            moment->zone.value_or(m_context.documentZone.value_or(Zone{QStringLiteral("UTC"), 0, {}, {}}));
        const bool timed = moment->hasTime && !moment->unknownTime;
        const QDateTime time = timed ? toUtc(date, moment->time, zone) : QDateTime(date, QTime(0, 0), Qt::UTC);
        m_context.milestoneTimes.append({name->milestone, time, moment->precision, line});
        return moment->length == text.size();
    }
    }
    return false;
}

// The front matter's "started:" and "resolved:" times mark the timeline's event at that time, or
// become events of their own.
void MetadataFields::applyMilestoneTimes()
{
    auto &timeline = m_context.review.timeline;
    // Named fields rather than a structured binding: clang before 16, which the fuzz targets are
    // built with, cannot capture a binding in a lambda.
    for (const auto &entry : std::as_const(m_context.milestoneTimes)) {
        const auto milestone = entry.milestone;
        const auto &time = entry.time;
        const auto marked = std::find_if(timeline.cbegin(), timeline.cend(),
                                         [&](const TimelineEvent &e) { return e.milestone == milestone; });
        if (marked != timeline.cend()) {
            if (marked->time != time)
                m_context.warn(
                    entry.line,
                    tr("the timeline marks \"%1\" at another time; the timeline's was kept.").arg(enumKey(milestone)));
            continue;
        }
        const auto same = std::find_if(timeline.begin(), timeline.end(), [&](const TimelineEvent &e) {
            return e.time == time && e.milestone == Milestone::None;
        });
        if (same != timeline.end()) {
            same->milestone = milestone;
            continue;
        }
        TimelineEvent event = importedEvent(time, entry.precision, enumLabel(milestone));
        event.kind = eventMarkup(QLatin1Char('#') + enumKey(milestone)).kind;
        event.milestone = milestone;
        timeline.append(event);
    }
}

} // namespace hindsight::importing::mdimport
