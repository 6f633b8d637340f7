// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinereader.h"

#include "import/markdown/eventmarkup.h"
#include "import/markdown/readercontext.h"
#include "import/markdown/readervalues.h"
#include "import/markdown/timelinetablereader.h"

#include <QRegularExpression>

namespace hindsight::importing::mdimport {

using namespace model;

void TimelineReader::read()
{
    for (const auto &part : std::as_const(m_context.parts[int(SectionKey::Timeline)])) {
        readPart(part);
        if (m_context.failed())
            return;
    }
}

bool TimelineReader::stopped() const
{
    return m_context.failed() || m_clock.noDate();
}

void TimelineReader::readPart(const Part &part)
{
    TimelinePosition position;
    position.date = m_context.documentDate;
    position.zone = zoneMentioned(part.heading);
    auto &timeline = m_context.review.timeline;
    const qsizetype before = timeline.size();
    m_clock.clearNoDate();
    QStringList leftover;

    for (int b = part.first; b < part.last && !stopped(); ++b) {
        cmark_node *block = m_context.block(b);
        const auto type = cmark_node_get_type(block);
        if (type == CMARK_NODE_HEADING) {
            const QString text = m_context.headingText(block);
            if (readDateLine(text, m_context.line(block), position))
                continue;
            if (const auto zone = zoneStatement(text)) {
                position.zone = zone;
                continue;
            }
            leftover.append(m_context.blockMarkdown(b));
        } else if (type == CMARK_NODE_PARAGRAPH) {
            readParagraph(block, position, leftover);
        } else if (MarkdownTree::typeName(block) == u"table") {
            if (!TimelineTableReader(m_context, m_clock).read(block, position))
                leftover.append(m_context.blockMarkdown(b));
        } else if (type == CMARK_NODE_LIST) {
            readItems(block, 0, position, leftover, 0);
        } else {
            leftover.append(m_context.blockMarkdown(b));
        }
    }
    if (m_context.failed())
        return;
    if (m_clock.noDate()) {
        timeline.resize(before);
        m_context.warn(m_clock.noDateLine(),
                       tr("the timeline's times have no date, and the document names none; the timeline was "
                          "kept as a note. Add a date line such as \"2023-03-14\" above it to import its events."));
        m_context.addNote(part.line, part.heading, m_context.markdown(part.first, part.last));
        return;
    }
    leftover.removeAll(QString());
    if (!leftover.isEmpty())
        m_context.addNote(part.line, part.heading, leftover.join(QStringLiteral("\n\n")));
}

// Each line a date line, a zone line or an event.
void TimelineReader::readParagraph(cmark_node *paragraph, TimelinePosition &position, QStringList &leftover)
{
    const MarkdownSource &source = m_context.source();
    const QStringList markdown = source.decodedLines(paragraph);
    const int first = source.startLine(paragraph);
    QStringList kept;
    for (const auto &line : source.textLines(paragraph)) {
        if (stopped())
            break;
        if (const auto zone = zoneStatement(line.plain)) {
            position.zone = zone;
            continue;
        }
        if (readDateLine(line.plain, line.number, position))
            continue;
        TimelineEvent event;
        const LineResult result =
            readEventLine(markdown.value(line.number - first, line.written), line.number, position, event);
        if (result == LineResult::Event)
            m_context.review.timeline.append(event);
        else if (result == LineResult::NotAnEvent)
            kept.append(line.written);
    }
    if (!kept.isEmpty())
        leftover.append(kept.join(QLatin1Char('\n')));
}

void TimelineReader::readItems(cmark_node *list, int dedent, TimelinePosition &position, QStringList &leftover,
                               int depth)
{
    constexpr int maxDepth = 8;
    const MarkdownSource &source = m_context.source();
    for (const auto &item : source.items(list)) {
        TimelineEvent event;
        const QString text = item.paragraph ? source.decoded(item.paragraph) : QString();
        switch (readEventLine(text, item.line, position, event)) {
        case LineResult::Failed:
        case LineResult::NoDate:
            return;
        case LineResult::Event:
            if (!item.body.isEmpty())
                event.text = joinedNonEmpty({event.text, source.body(item)}, u"\n");
            m_context.review.timeline.append(event);
            break;
        case LineResult::Context:
            if (item.body.isEmpty())
                break;
            if (depth >= maxDepth) {
                leftover.append(source.body(item));
                break;
            }
            for (auto *block : item.body) {
                if (cmark_node_get_type(block) == CMARK_NODE_LIST)
                    readItems(block, source.contentColumn(item), position, leftover, depth + 1);
                else
                    leftover.append(m_context.nodeMarkdown(block, source.contentColumn(item)));
                if (stopped())
                    return;
            }
            break;
        case LineResult::NotAnEvent:
            m_context.warn(item.line, tr("a timeline entry without a time was kept in a note."));
            leftover.append(m_context.nodeMarkdown(item.node, dedent));
            break;
        }
    }
}

bool TimelineReader::readDateLine(const QString &plain, int line, TimelinePosition &position)
{
    QString date = plain;
    if (const auto pair = keyValue(date); pair && (pair->key == u"date" || pair->key == u"day"))
        date = pair->value;
    const Moment moment = readMoment(date);
    if (moment.result == Moment::Result::BadDate) {
        m_context.fail(line, tr("\"%1\" is not a date.").arg(moment.fault));
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
        position.zone = zone;
    }
    position.date = moment.date;
    position.lastTime = QTime();
    return true;
}

// "13:05 Deploy", "**13:05** Deploy", "`13:05` - Deploy", "[13:05] Deploy", "2023-03-14 13:05
// UTC: Deploy"; a date alone is a date line.
TimelineReader::LineResult TimelineReader::readEventLine(QStringView markdown, int line, TimelinePosition &position,
                                                         TimelineEvent &event)
{
    static const QRegularExpression separator(QStringLiteral(R"(^\s*(?:->|\x{2192}|[-:|,\x{2013}\x{2014}])?\s*)"));
    static constexpr QStringView openers[] = {u"**", u"__", u"`", u"*", u"_", u"["};
    const QStringView trimmed = markdown.trimmed();
    QStringView opener;
    for (const auto candidate : openers) {
        if (trimmed.startsWith(candidate)) {
            opener = candidate;
            break;
        }
    }
    const Moment moment = readMoment(trimmed.sliced(opener.size()));
    if (moment.result == Moment::Result::BadDate || moment.result == Moment::Result::BadTime) {
        m_context.fail(line, moment.result == Moment::Result::BadDate
                                 ? tr("\"%1\" is not a date.").arg(moment.fault)
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
        position.date = moment.date;
        position.lastTime = QTime();
        return LineResult::Context;
    }
    const auto time = m_clock.resolve(moment, line, position, std::nullopt);
    if (!time)
        return m_context.failed() ? LineResult::Failed : LineResult::NoDate;
    event = importedEvent(time->first, time->second, rest.trimmed().toString());
    return LineResult::Event;
}

} // namespace hindsight::importing::mdimport
