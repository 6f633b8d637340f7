// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventmarkup.h"

#include "import/markdown/headingsynonyms.h"
#include "model/names.h"
#include "model/noteparser.h"

#include <QRegularExpression>

namespace hindsight::importing::mdimport {

using namespace model;

namespace {

// Milestone tags in brackets may say more than the milestone's name: "<START OF IMPACT>".
const QString milestoneWords =
    QStringLiteral(R"((?:start(?:ed)?|start of impact|impact (?:start(?:ed|s)?|beg[ai]ns?)|beginning of impact|)"
                   R"(incident start(?:ed)?|detected|incident detected|acknowledged|ack(?:ed)?|mitigated|)"
                   R"(impact mitigated|resolved|incident resolved|end of impact|impact end(?:ed|s)?|recovered|)"
                   R"(outage (?:begins|began|starts|started)|outage mitigated|outage (?:ends|ended|over|resolved)))");

Milestone milestoneOfWords(QStringView words)
{
    const QString lower = words.toString().toLower();
    if (lower.contains(u"start") || lower.contains(u"begin") || lower.contains(u"began"))
        return Milestone::Started;
    if (lower.contains(u"detect"))
        return Milestone::Detected;
    if (lower.startsWith(u"ack"))
        return Milestone::Acknowledged;
    if (lower.contains(u"mitigat"))
        return Milestone::Mitigated;
    if (lower.contains(u"resolv") || lower.contains(u"end") || lower.contains(u"recover") || lower.contains(u"over"))
        return Milestone::Resolved;
    return Milestone::None;
}

} // namespace

std::optional<EventKind> eventKindFrom(QStringView text)
{
    const QString value = normalizedHeading(text);
    for (const auto kind : enumValues<EventKind>()) {
        if (value == normalizedHeading(enumKey(kind)) || value == normalizedHeading(enumLabel(kind)))
            return kind;
    }
    if (value == u"comms" || value == u"update" || value == u"status update")
        return EventKind::Communication;
    if (value == u"alert")
        return EventKind::Detection;
    if (value == u"page" || value == u"escalate")
        return EventKind::Escalation;
    if (value == u"finding")
        return EventKind::Discovery;
    return std::nullopt;
}

std::optional<Milestone> milestoneFrom(QStringView text)
{
    static const QRegularExpression words(QStringLiteral("^") + milestoneWords + QStringLiteral("$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QString value = normalizedHeading(text);
    if (value.isEmpty() || value == u"none" || value == u"no")
        return Milestone::None;
    for (const auto milestone : enumValues<Milestone>()) {
        if (milestone != Milestone::None &&
            (value == normalizedHeading(enumKey(milestone)) || value == normalizedHeading(enumLabel(milestone))))
            return milestone;
    }
    if (words.match(value).hasMatch())
        return milestoneOfWords(value);
    return std::nullopt;
}

EventMarkup eventMarkup(const QString &input)
{
    static const QRegularExpression prefix(
        QStringLiteral(R"(^(action|discovery|detection|escalation|mitigation|resolution|communication|note)\s*:\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(
        QStringLiteral(R"(\s*(?:(?<![^\s])#(started|detected|acknowledged|mitigated|resolved)\b|<\s*()") +
            milestoneWords + QStringLiteral(R"()\s*>|\[\s*()") + milestoneWords + QStringLiteral(R"()\s*\]|\(\s*()") +
            milestoneWords + QStringLiteral(R"()\s*\)|\*\*\s*()") + milestoneWords + QStringLiteral(R"()\s*\*\*))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression spaces(QStringLiteral("[ \\t]{2,}"));

    EventMarkup markup;
    QString text = input.trimmed();
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'!' && !text.startsWith(u"!["))
            markup.kind = EventKind::Action;
        else if (first == u'?' && !text.startsWith(u"??"))
            markup.kind = EventKind::Discovery;
        else if (first == u'>')
            markup.kind = EventKind::Communication;
        markup.explicitKind = first == u'!' || first == u'?' || first == u'>';
        if (markup.explicitKind && markup.kind == EventKind::Note)
            markup.explicitKind = false;
        if (markup.explicitKind)
            text = text.sliced(1).trimmed();
    }
    if (!markup.explicitKind) {
        if (const auto match = prefix.match(text); match.hasMatch()) {
            markup.kind = eventKindFrom(match.capturedView(1)).value_or(EventKind::Note);
            markup.explicitKind = true;
            text.remove(0, match.capturedLength(0));
        }
    }
    if (const auto match = tag.match(text); match.hasMatch()) {
        for (int group = 1; group <= 5; ++group) {
            if (match.hasCaptured(group)) {
                markup.milestone = milestoneOfWords(match.capturedView(group));
                break;
            }
        }
        static const QRegularExpression dangling(
            QStringLiteral(R"(^[\s:|,\x{2013}\x{2014}-]+|[\s:|,\x{2013}\x{2014}-]+$)"));
        text.replace(match.capturedStart(0), match.capturedLength(0), QStringLiteral(" "));
        text.replace(spaces, QStringLiteral(" "));
        // "**OUTAGE BEGINS** — Search melts down": the dash went with the tag.
        text.remove(dangling);
    }
    if (!markup.explicitKind)
        markup.kind = kindOfMilestone(markup.milestone);
    markup.text = text;
    return markup;
}

TimelineEvent importedEvent(const QDateTime &time, TimePrecision precision, const QString &text)
{
    const EventMarkup markup = eventMarkup(text);
    TimelineEvent event;
    event.time = time;
    event.precision = precision;
    event.kind = markup.kind;
    event.text = markup.text;
    event.milestone = markup.milestone;
    event.visibility = Visibility::Internal;
    event.source = EventSource::Imported;
    return event;
}

} // namespace hindsight::importing::mdimport
