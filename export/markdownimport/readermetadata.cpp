// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownreader.h"

#include "model/names.h"

#include <QRegularExpression>

namespace hindsight::exporting::mdimport {

using namespace model;

namespace {

enum class MetaKey { Title, Severity, Status, Date, Authors, TimeZone, Milestone };

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

// A YAML scalar without its quotes and a trailing comment.
QString unquoted(QStringView value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"')) {
        QString text;
        const QStringView inner = value.sliced(1, value.size() - 2);
        for (qsizetype i = 0; i < inner.size(); ++i) {
            if (inner[i] != u'\\' || i + 1 >= inner.size()) {
                text.append(inner[i]);
                continue;
            }
            const QChar next = inner[++i];
            if (next == u'n')
                text.append(u'\n');
            else if (next == u't')
                text.append(u'\t');
            else if (next == u'u' && i + 4 < inner.size()) {
                text.append(QChar(inner.sliced(i + 1, 4).toUShort(nullptr, 16)));
                i += 4;
            } else
                text.append(next);
        }
        return text;
    }
    if (value.size() >= 2 && value.startsWith(u'\'') && value.endsWith(u'\''))
        return value.sliced(1, value.size() - 2).toString().replace(QStringLiteral("''"), QStringLiteral("'"));
    if (const qsizetype comment = value.indexOf(QStringLiteral(" #")); comment >= 0)
        value = value.first(comment).trimmed();
    return value.toString();
}

} // namespace

int MarkdownReader::readFrontMatter()
{
    if (m_lines.isEmpty() || m_lines.first().text.trimmed() != u"---")
        return 0;
    int end = 1;
    while (end < m_lines.size() && m_lines[end].text.trimmed() != u"---" && m_lines[end].text.trimmed() != u"...")
        ++end;
    // Without its closing line, "---" is a thematic break, not front matter.
    if (end >= m_lines.size())
        return 0;

    static const QRegularExpression entry(QStringLiteral(R"(^([^\s:#-][^:]*?)\s*:(?:\s+(.*?))?\s*$)"));
    QStringList unknown;
    int i = 1;
    while (i < end) {
        const QStringView line = m_lines[i].text;
        if (isBlank(line) || line.trimmed().startsWith(u'#')) {
            ++i;
            continue;
        }
        const auto match = entry.match(line);
        if (!match.hasMatch() || indentation(line) > 0) {
            unknown.append(line.toString());
            ++i;
            continue;
        }
        // The entry's own lines: a block list ("- Priya Raman") or a nested mapping.
        int next = i + 1;
        QStringList items;
        bool mapping = false;
        while (next < end && (isBlank(m_lines[next].text) || indentation(m_lines[next].text) > 0 ||
                              m_lines[next].text.startsWith(u"- "))) {
            const QStringView item = m_lines[next].text.trimmed();
            if (item.startsWith(u"- ") || item == u"-")
                items.append(unquoted(item.sliced(1)));
            else if (!item.isEmpty() && !items.isEmpty())
                items.last() += QLatin1Char('\n') + item;
            else if (!item.isEmpty())
                mapping = true;
            ++next;
        }
        const QString value = match.captured(2);
        if (value.startsWith(u'[') && value.endsWith(u']')) {
            for (const auto &item : QStringView(value).sliced(1, value.size() - 2).split(u',', Qt::SkipEmptyParts))
                items.append(unquoted(item));
        }
        const QString key = normalizedHeading(match.capturedView(1));
        const MetaName *name = metaName(key);
        bool understood = false;
        if (name && name->key == MetaKey::Authors && !items.isEmpty()) {
            for (const auto &item : std::as_const(items)) {
                // "- name: Priya Raman" with "role:" and "contact:" below it, or one line per person.
                Person person;
                bool fields = false;
                for (const auto &field : QStringView(item).split(u'\n')) {
                    const auto pair = keyValueLine(field);
                    if (!pair)
                        continue;
                    fields = true;
                    if (pair->key == u"name")
                        person.name = pair->value;
                    else if (pair->key == u"role")
                        person.role = pair->value;
                    else if (pair->key == u"contact" || pair->key == u"email")
                        person.contact = pair->value;
                }
                addPerson(fields ? person : personFrom(item));
            }
            understood = true;
        } else if (name && items.isEmpty() && !mapping) {
            understood = applyMetadata(key, unquoted(value), m_lines[i].number, true);
            if (failed())
                return 0;
        }
        if (!understood) {
            for (int k = i; k < next; ++k)
                unknown.append(m_lines[k].text.toString());
        }
        i = next;
    }
    while (!unknown.isEmpty() && unknown.last().trimmed().isEmpty())
        unknown.removeLast();
    if (!unknown.isEmpty())
        addNote(1, tr("Front matter"),
                QStringLiteral("```yaml\n") + unknown.join(QLatin1Char('\n')) + QStringLiteral("\n```"));
    return end + 1;
}

void MarkdownReader::readPreamble(int firstBlock, int lastBlock)
{
    const auto apply = [this](QStringView text, int line) {
        if (const auto zone = zoneStatement(text)) {
            if (!m_timeZoneExplicit)
                m_documentZone = zone;
            return true;
        }
        const auto pair = keyValueLine(text);
        return pair && applyMetadata(pair->key, pair->value, line, false);
    };
    for (int b = firstBlock; b < lastBlock && !failed(); ++b) {
        const Block &block = m_blocks[b];
        if (b == m_titleBlock)
            continue;
        if (block.type == Block::Type::Paragraph) {
            for (int i = block.first; i < block.last; ++i) {
                if (apply(m_body[i].text, m_body[i].number))
                    m_consumed.insert(m_body[i].number);
            }
        } else if (block.type == Block::Type::List) {
            for (const auto &item : block.items) {
                if (item.last - item.first == 1 && apply(m_body[item.first].text, item.line))
                    m_consumed.insert(item.line);
            }
        } else if (block.type == Block::Type::Table && block.header.size() == 2) {
            // | Severity | SEV2 |: a table of key and value, its header often the first pair.
            bool all = applyMetadata(normalizedHeading(block.header[0]), plainText(block.header[1]),
                                     m_body[block.first].number, false);
            for (const auto &row : block.rows) {
                if (row.cells.size() == 2)
                    all = applyMetadata(normalizedHeading(row.cells[0]), plainText(row.cells[1]), row.line, false) &&
                          all;
                else
                    all = false;
            }
            if (all) {
                for (int i = block.first; i < block.last; ++i)
                    m_consumed.insert(m_body[i].number);
            }
        }
    }
}

bool MarkdownReader::applyMetadata(QStringView key, QStringView value, int line, bool fromFrontMatter)
{
    const MetaName *name = metaName(key);
    if (!name)
        return false;
    const QString text = value.trimmed().toString();
    switch (name->key) {
    case MetaKey::Title: {
        const QString title = plainText(text);
        if (fromFrontMatter) {
            m_review.title = title;
            m_titleFromFrontMatter = !title.isEmpty();
            return true;
        }
        if (m_review.title.isEmpty()) {
            m_review.title = title;
            return true;
        }
        return normalizedHeading(title) == normalizedHeading(m_review.title);
    }
    case MetaKey::Severity: {
        bool complete = false;
        const auto severity = severityFrom(text, &complete);
        if (!severity) {
            warn(line, tr("\"%1\" is not a severity (SEV1 to SEV5); it was kept as text.").arg(text));
            return false;
        }
        m_review.severity = *severity;
        return complete;
    }
    case MetaKey::Status: {
        bool complete = false;
        const auto status = statusFrom(text, &complete);
        if (!status) {
            warn(line, tr("\"%1\" is not a review status; the review is a draft and the line was kept as text.")
                           .arg(text));
            return false;
        }
        m_review.status = *status;
        if (!complete)
            warn(line, tr("the status \"%1\" was read as \"%2\"; the line was kept as text.")
                           .arg(text, enumLabel(*status)));
        return complete;
    }
    case MetaKey::Date: {
        const Moment moment = readMoment(text);
        if (moment.result == Moment::Result::BadDate || moment.result == Moment::Result::BadTime) {
            fail(line, moment.result == Moment::Result::BadDate ? tr("\"%1\" is not a date.").arg(moment.fault)
                                                                : tr("\"%1\" is not a time of day.").arg(moment.fault));
            return false;
        }
        if (moment.result != Moment::Result::Ok || !moment.date.isValid())
            return false;
        if (!m_documentDate.isValid())
            m_documentDate = moment.date;
        return !moment.hasTime && moment.length == text.size();
    }
    case MetaKey::Authors:
        for (const auto &person : peopleFrom(text))
            addPerson(person);
        return true;
    case MetaKey::TimeZone: {
        const auto zone = zoneFromText(text);
        if (!zone) {
            warn(line, tr("\"%1\" is not a time zone Hindsight knows; times without a zone are read as UTC.")
                           .arg(text));
            return false;
        }
        m_documentZone = zone;
        m_review.timeZone = zone->displayId;
        m_timeZoneExplicit = true;
        return true;
    }
    case MetaKey::Milestone: {
        const Moment moment = readMoment(text);
        if (moment.result == Moment::Result::BadDate || moment.result == Moment::Result::BadTime) {
            fail(line, moment.result == Moment::Result::BadDate ? tr("\"%1\" is not a date.").arg(moment.fault)
                                                                : tr("\"%1\" is not a time of day.").arg(moment.fault));
            return false;
        }
        const QDate date = moment.date.isValid() ? moment.date : m_documentDate;
        if (moment.result != Moment::Result::Ok || !date.isValid())
            return false;
        const Zone zone = moment.zone.value_or(m_documentZone.value_or(Zone{QStringLiteral("UTC"), 0, {}, {}}));
        const bool timed = moment.hasTime && !moment.unknownTime;
        const QDateTime time = timed ? toUtc(date, moment.time, zone) : QDateTime(date, QTime(0, 0), Qt::UTC);
        m_milestoneTimes.append({name->milestone, time, moment.precision, line});
        return moment.length == text.size();
    }
    }
    return false;
}

void MarkdownReader::addPerson(const Person &person)
{
    if (person.name.isEmpty())
        return;
    for (auto &known : m_review.authors) {
        if (known.name.compare(person.name, Qt::CaseInsensitive) == 0) {
            if (known.role.isEmpty())
                known.role = person.role;
            if (known.contact.isEmpty())
                known.contact = person.contact;
            return;
        }
    }
    m_review.authors.append(person);
}

// The front matter's "started:" and "resolved:" times mark the timeline's event at that time, or
// become events of their own.
void MarkdownReader::applyMilestoneTimes()
{
    auto &timeline = m_review.timeline;
    for (const auto &[milestone, time, precision, line] : std::as_const(m_milestoneTimes)) {
        const auto marked = std::find_if(timeline.cbegin(), timeline.cend(),
                                         [&](const TimelineEvent &e) { return e.milestone == milestone; });
        if (marked != timeline.cend()) {
            if (marked->time != time)
                warn(line, tr("the timeline marks \"%1\" at another time; the timeline's was kept.")
                               .arg(enumKey(milestone)));
            continue;
        }
        const auto same = std::find_if(timeline.begin(), timeline.end(), [&](const TimelineEvent &e) {
            return e.time == time && e.milestone == Milestone::None;
        });
        if (same != timeline.end()) {
            same->milestone = milestone;
            continue;
        }
        TimelineEvent event = makeEvent(time, precision, enumLabel(milestone));
        event.kind = eventMarkup(QLatin1Char('#') + enumKey(milestone)).kind;
        event.milestone = milestone;
        timeline.append(event);
    }
}

} // namespace hindsight::exporting::mdimport
