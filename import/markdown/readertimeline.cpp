// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownreader.h"
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

bool hasWord(const QString &header, std::initializer_list<const char *> words)
{
    const auto parts = QStringView(header).split(u' ');
    return std::any_of(parts.cbegin(), parts.cend(), [&words](QStringView part) {
        return std::any_of(words.begin(), words.end(),
                           [part](const char *word) { return part == QLatin1StringView(word); });
    });
}

int columnNamed(const QStringList &headers, QList<bool> &taken, std::initializer_list<const char *> names)
{
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (taken[i])
            continue;
        for (const char *name : names) {
            if (headers[i] == QLatin1StringView(name)) {
                taken[i] = true;
                return int(i);
            }
        }
    }
    return -1;
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

TimelineEvent MarkdownReader::makeEvent(const QDateTime &time, TimePrecision precision, const QString &text) const
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

void MarkdownReader::readTimeline()
{
    for (const auto &part : std::as_const(m_parts[int(SectionKey::Timeline)])) {
        readTimelinePart(part);
        if (failed())
            return;
    }
}

void MarkdownReader::readTimelinePart(const Part &part)
{
    TimelineContext context;
    context.date = m_documentDate;
    context.zone = zoneMentioned(part.heading);
    const qsizetype before = m_review.timeline.size();
    m_timelineNoDate = false;
    QStringList leftover;

    for (int b = part.first; b < part.last && !failed() && !m_timelineNoDate; ++b) {
        const Block &block = m_blocks[b];
        const int line = m_body[block.first].number;
        switch (block.type) {
        case Block::Type::Heading: {
            const QString text = headingText(block);
            if (readDateLine(text, line, context))
                break;
            if (const auto zone = zoneStatement(text)) {
                context.zone = zone;
                break;
            }
            leftover.append(markdownOf(m_body, block.first, block.last));
            break;
        }
        case Block::Type::Paragraph: {
            QStringList kept;
            for (int i = block.first; i < block.last && !failed() && !m_timelineNoDate; ++i) {
                const QStringView text = m_body[i].text;
                if (const auto zone = zoneStatement(text)) {
                    context.zone = zone;
                    continue;
                }
                if (readDateLine(text, m_body[i].number, context))
                    continue;
                TimelineEvent event;
                const LineResult result = readEventLine(text, m_body[i].number, context, event);
                if (result == LineResult::Event)
                    m_review.timeline.append(event);
                else if (result == LineResult::NotAnEvent)
                    kept.append(text.toString());
            }
            if (!kept.isEmpty())
                leftover.append(kept.join(QLatin1Char('\n')));
            break;
        }
        case Block::Type::Table:
            if (!readTimelineTable(block, context))
                leftover.append(markdownOf(m_body, block.first, block.last));
            break;
        case Block::Type::List:
            readTimelineItems(block.items, m_body, context, leftover, 0);
            break;
        default:
            leftover.append(markdownOf(m_body, block.first, block.last));
            break;
        }
    }
    if (failed())
        return;
    if (m_timelineNoDate) {
        m_review.timeline.resize(before);
        warn(m_noDateLine, tr("the timeline's times have no date, and the document names none; the timeline was "
                              "kept as a note. Add a date line such as \"2023-03-14\" above it to import its events."));
        addNote(part.line, part.heading, markdown(part.first, part.last));
        return;
    }
    leftover.removeAll(QString());
    if (!leftover.isEmpty())
        addNote(part.line, part.heading, leftover.join(QStringLiteral("\n\n")));
}

bool MarkdownReader::readDateLine(QStringView text, int line, TimelineContext &context)
{
    QString date = unwrapped(text).toString();
    if (const auto pair = keyValueLine(date); pair && (pair->key == u"date" || pair->key == u"day"))
        date = pair->value;
    const Moment moment = readMoment(date);
    if (moment.result == Moment::Result::BadDate) {
        fail(line, tr("\"%1\" is not a date.").arg(moment.fault));
        return true;
    }
    if (moment.result != Moment::Result::Ok || !moment.date.isValid() || moment.hasTime)
        return false;
    const QStringView rest = QStringView(date).sliced(moment.length).trimmed();
    std::optional<Zone> zone;
    if (!rest.isEmpty()) {
        zone = zoneStatement(rest);
        if (!zone)
            zone = zoneFromText(rest);
        if (!zone)
            return false;
        context.zone = zone;
    }
    context.date = moment.date;
    context.lastTime = QTime();
    return true;
}

MarkdownReader::LineResult MarkdownReader::readEventLine(QStringView text, int line, TimelineContext &context,
                                                         TimelineEvent &event)
{
    static const QRegularExpression separator(QStringLiteral(R"(^\s*(?:->|\x{2192}|[-:|,\x{2013}\x{2014}])?\s*)"));
    static constexpr QStringView openers[] = {u"**", u"__", u"`", u"*", u"_", u"["};
    const QStringView trimmed = text.trimmed();
    QStringView opener;
    for (const auto candidate : openers) {
        if (trimmed.startsWith(candidate)) {
            opener = candidate;
            break;
        }
    }
    const Moment moment = readMoment(trimmed.sliced(opener.size()));
    if (moment.result == Moment::Result::BadDate || moment.result == Moment::Result::BadTime) {
        fail(line, moment.result == Moment::Result::BadDate ? tr("\"%1\" is not a date.").arg(moment.fault)
                                                            : tr("\"%1\" is not a time of day.").arg(moment.fault));
        return LineResult::Failed;
    }
    if (moment.result != Moment::Result::Ok)
        return LineResult::NotAnEvent;
    QStringView rest = trimmed.sliced(opener.size() + moment.length);
    if (!opener.isEmpty()) {
        const QStringView closer = opener == u"[" ? QStringView(u"]") : opener;
        if (rest.startsWith(closer))
            rest = rest.sliced(closer.size());
        else if (rest.endsWith(closer))
            rest.chop(closer.size()); // "**13:05 Deploy**"
        else
            return LineResult::NotAnEvent;
    }
    rest = rest.sliced(separator.match(rest).capturedLength(0));
    if (!moment.hasTime && rest.isEmpty()) {
        context.date = moment.date;
        context.lastTime = QTime();
        return LineResult::Context;
    }
    const auto time = resolve(moment, line, context, std::nullopt);
    if (!time)
        return failed() ? LineResult::Failed : LineResult::NoDate;
    event = makeEvent(time->first, time->second, cellMarkdown(rest));
    return LineResult::Event;
}

std::optional<std::pair<QDateTime, TimePrecision>>
MarkdownReader::resolve(const Moment &moment, int line, TimelineContext &context, const std::optional<Zone> &columnZone)
{
    QDate date = moment.date;
    if (!date.isValid()) {
        date = context.date.isValid() ? context.date : fallbackDate(line);
        if (!date.isValid()) {
            m_timelineNoDate = true;
            m_noDateLine = line;
            return std::nullopt;
        }
        // A list of times of day under one date passes midnight when a time goes back by more
        // than half a day: 23:50 then 00:10.
        if (moment.hasTime && !moment.unknownTime && context.lastTime.isValid() &&
            context.lastTime.secsTo(moment.time) < -12 * 3600)
            date = date.addDays(1);
    }
    context.date = date;
    if (!moment.hasTime || moment.unknownTime) {
        context.lastTime = QTime();
        // A day is the calendar day the review wrote, whatever its zone.
        return std::pair{QDateTime(date, QTime(0, 0), Qt::UTC), moment.precision};
    }
    context.lastTime = moment.time;
    std::optional<Zone> zone = moment.zone;
    for (const std::optional<Zone> *known :
         {&columnZone, &std::as_const(context.zone), &std::as_const(m_documentZone)}) {
        if (!zone)
            zone = *known;
    }
    if (!zone) {
        zone = Zone{QStringLiteral("UTC"), 0, {}, QStringLiteral("UTC")};
        warnOnce(line, tr("the timeline names no time zone; its times were read as UTC."));
    } else if (!m_timelineZone) {
        m_timelineZone = zone;
    }
    const QDateTime utc = toUtc(date, moment.time, *zone);
    if (const auto actual = regionOffsetDiffering(*zone, utc)) {
        warnOnce(line, tr("%1 is UTC%2, but %3 was on UTC%4 at that time; the time was read as written, in UTC%2.")
                           .arg(zone->written, offsetText(zone->offsetSeconds), zone->displayId, offsetText(*actual)));
    }
    return std::pair{utc, moment.precision};
}

QDate MarkdownReader::fallbackDate(int line)
{
    if (!m_fallbackSearched) {
        m_fallbackSearched = true;
        // Reviews often give the date only in the title or the first paragraphs.
        QList<std::pair<int, int>> ranges{{0, m_preambleEnd}};
        for (const auto &part : std::as_const(m_parts[int(SectionKey::Summary)]))
            ranges.append({part.first, part.last});
        std::optional<std::pair<QDate, int>> found;
        if (const auto date = dateMentioned(m_review.title))
            found = {*date, m_titleBlock >= 0 ? m_body[m_blocks[m_titleBlock].first].number : 1};
        for (const auto &[first, last] : std::as_const(ranges)) {
            for (int b = first; b < last && !found; ++b) {
                for (int i = m_blocks[b].first; i < m_blocks[b].last && !found; ++i) {
                    if (const auto date = dateMentioned(m_body[i].text))
                        found = {*date, m_body[i].number};
                }
            }
        }
        if (found) {
            m_fallbackDate = found->first;
            warn(line, tr("the timeline gives times without a date; they were taken to be on %1, the first date the "
                          "document names (line %2).")
                           .arg(found->first.toString(Qt::ISODate))
                           .arg(found->second));
        }
    }
    return m_fallbackDate.value_or(QDate());
}

bool MarkdownReader::readTimelineTable(const Block &table, TimelineContext &context)
{
    QStringList headers;
    for (const auto &cell : table.header)
        headers.append(normalizedHeading(plainText(cell)));
    QList<bool> taken(headers.size(), false);
    int timeColumn = -1;
    for (qsizetype i = 0; i < headers.size() && timeColumn < 0; ++i) {
        if (hasWord(headers[i], {"time", "timestamp", "when", "clock", "datetime", "hour"}))
            timeColumn = int(i);
    }
    if (timeColumn >= 0)
        taken[timeColumn] = true;
    int dateColumn = columnNamed(headers, taken, {"date", "day"});
    if (timeColumn < 0) {
        std::swap(timeColumn, dateColumn);
        // No header says time: a first column of times will do.
        if (timeColumn < 0 && !table.rows.isEmpty() && !table.rows.first().cells.isEmpty() &&
            readMoment(unwrapped(table.rows.first().cells.first())).result == Moment::Result::Ok) {
            timeColumn = 0;
            taken[0] = true;
        }
        if (timeColumn < 0)
            return false;
    }
    const int kindColumn = columnNamed(headers, taken, {"kind", "type", "category", "event type"});
    const int milestoneColumn = columnNamed(headers, taken, {"milestone", "milestones", "tag", "tags", "phase"});
    const int authorColumn =
        columnNamed(headers, taken,
                    {"author", "who", "by", "person", "owner", "actor", "responder", "posted by", "reporter", "name"});
    const int visibilityColumn = columnNamed(headers, taken, {"visibility", "audience", "public", "visible to"});
    int textColumn = columnNamed(headers, taken,
                                 {"event", "events", "description", "what", "what happened", "details", "detail",
                                  "text", "summary", "note", "notes", "action", "activity", "message", "update",
                                  "comment", "comments", "entry", "log"});
    if (textColumn < 0) {
        textColumn = int(taken.indexOf(false));
        if (textColumn >= 0)
            taken[textColumn] = true;
    }
    std::optional<Zone> columnZone = zoneMentioned(table.header[timeColumn]);
    if (!columnZone && dateColumn >= 0)
        columnZone = zoneMentioned(table.header[dateColumn]);

    for (const auto &row : table.rows) {
        const QStringList cells = rowCells(row, table.header.size());
        if (std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) { return cell.isEmpty(); }))
            continue;
        QString when = unwrapped(cells[timeColumn]).toString();
        if (when.startsWith(u'~') || when.startsWith(u'≈'))
            when = when.sliced(1).trimmed();
        if (dateColumn >= 0 && !cells[dateColumn].isEmpty() && !readMoment(when).date.isValid())
            when = joinedNonEmpty({unwrapped(cells[dateColumn]).toString(), when}, u" ");
        QString text = textColumn >= 0 ? cellMarkdown(cells[textColumn]) : QString();

        const Moment moment = readMoment(when);
        if (moment.result == Moment::Result::BadDate || moment.result == Moment::Result::BadTime) {
            fail(row.line, moment.result == Moment::Result::BadDate
                               ? tr("\"%1\" is not a date.").arg(moment.fault)
                               : tr("\"%1\" is not a time of day.").arg(moment.fault));
            return true;
        }
        std::optional<std::pair<QDateTime, TimePrecision>> time;
        if (moment.result == Moment::Result::Ok && moment.length == when.size()) {
            time = resolve(moment, row.line, context, columnZone);
        } else {
            // Kept, on the day the timeline is at, with an unknown time: nothing is dropped.
            Moment unknown;
            unknown.result = Moment::Result::Ok;
            unknown.hasTime = true;
            unknown.unknownTime = true;
            unknown.precision = TimePrecision::UnknownTime;
            if (moment.result == Moment::Result::Ok)
                unknown.date = moment.date;
            time = resolve(unknown, row.line, context, columnZone);
            if (time && when.isEmpty()) {
                warn(row.line, tr("the event has no time; it was kept with an unknown time on %1.")
                                   .arg(time->first.date().toString(Qt::ISODate)));
            } else if (time) {
                warn(row.line, tr("\"%1\" is not a time; the event was kept with an unknown time on %2, and the "
                                  "time as written in its text.")
                                   .arg(when, time->first.date().toString(Qt::ISODate)));
                text = joinedNonEmpty({when, text}, u" — ");
            }
        }
        if (!time)
            return true;

        TimelineEvent event = makeEvent(time->first, time->second, text);
        QStringList extra;
        const auto keep = [&](int index) {
            extra.append(plainText(table.header[index]) + QStringLiteral(": ") + cells[index]);
        };
        if (kindColumn >= 0 && !cells[kindColumn].isEmpty()) {
            if (const auto kind = eventKindFrom(cells[kindColumn]))
                event.kind = *kind;
            else
                keep(kindColumn);
        }
        if (milestoneColumn >= 0 && !cells[milestoneColumn].isEmpty()) {
            if (const auto milestone = milestoneFrom(cells[milestoneColumn])) {
                event.milestone = *milestone;
                if (kindColumn < 0 && !eventMarkup(text).explicitKind)
                    event.kind = kindOfMilestone(*milestone);
            } else {
                keep(milestoneColumn);
            }
        }
        if (authorColumn >= 0)
            event.author = plainText(cells[authorColumn]);
        if (visibilityColumn >= 0 && !cells[visibilityColumn].isEmpty()) {
            if (const auto visibility = visibilityFrom(cells[visibilityColumn]))
                event.visibility = *visibility;
            else
                keep(visibilityColumn);
        }
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (!taken[i] && int(i) != timeColumn && int(i) != dateColumn && !cells[i].isEmpty())
                keep(int(i));
        }
        if (!extra.isEmpty())
            event.text = joinedNonEmpty(
                {event.text, QLatin1Char('(') + extra.join(QStringLiteral("; ")) + QLatin1Char(')')}, u" ");
        m_review.timeline.append(event);
    }
    return true;
}

void MarkdownReader::readTimelineItems(const QList<ListItem> &items, const Lines &lines, TimelineContext &context,
                                       QStringList &leftover, int depth)
{
    constexpr int maxDepth = 8;
    for (const auto &item : items) {
        TimelineEvent event;
        const LineResult result = readEventLine(item.text, item.line, context, event);
        switch (result) {
        case LineResult::Failed:
        case LineResult::NoDate:
            return;
        case LineResult::Event:
            if (!item.body.isEmpty())
                event.text = joinedNonEmpty({event.text, joinLines(item.body, 0, int(item.body.size()))}, u"\n");
            m_review.timeline.append(event);
            break;
        case LineResult::Context:
            if (item.body.isEmpty())
                break;
            if (depth >= maxDepth) {
                leftover.append(joinLines(item.body, 0, int(item.body.size())));
                break;
            }
            for (const auto &block : parseBlocks(item.body)) {
                if (block.type == Block::Type::List)
                    readTimelineItems(block.items, item.body, context, leftover, depth + 1);
                else
                    leftover.append(markdownOf(item.body, block.first, block.last));
                if (failed() || m_timelineNoDate)
                    return;
            }
            break;
        case LineResult::NotAnEvent:
            warn(item.line, tr("a timeline entry without a time was kept in a note."));
            leftover.append(markdownOf(lines, item.first, item.last));
            break;
        }
    }
}

} // namespace hindsight::importing::mdimport
