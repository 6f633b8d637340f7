// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownreader.h"
#include "model/names.h"

#include <QRegularExpression>

namespace hindsight::importing::mdimport {

using namespace model;

namespace {

bool isOneOf(QStringView value, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(),
                       [value](const char *name) { return value == QLatin1StringView(name); });
}

// The first column not taken yet whose header is one of names.
int column(const QStringList &headers, QList<bool> &taken, std::initializer_list<const char *> names)
{
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (!taken[i] && isOneOf(headers[i], names)) {
            taken[i] = true;
            return int(i);
        }
    }
    return -1;
}

QStringList normalizedHeaders(const QStringList &header)
{
    QStringList headers;
    for (const auto &cell : header)
        headers.append(normalizedHeading(plainText(cell)));
    return headers;
}

// Splits at separator outside parentheses, brackets and angle brackets.
QStringList splitOutside(QStringView text, QChar separator)
{
    QStringList parts;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'(' || c == u'[' || c == u'<')
            ++depth;
        else if ((c == u')' || c == u']' || c == u'>') && depth > 0)
            --depth;
        else if (c == separator && depth == 0) {
            parts.append(text.sliced(start, i - start).trimmed().toString());
            start = i + 1;
        }
    }
    parts.append(text.sliced(start).trimmed().toString());
    parts.removeAll(QString());
    return parts;
}

bool looksLikeContact(QStringView text)
{
    static const QRegularExpression phone(QStringLiteral(R"(^\+?[\d\s()./-]{6,}$)"));
    return text.contains(u'@') || text.startsWith(u"http://") || text.startsWith(u"https://") ||
           text.startsWith(u"mailto:") || text.startsWith(u"tel:") || phone.match(text).hasMatch();
}

// "Dana Whitfield (SRE)", "Priya <priya@example.com>", "Leo Marchetti — Search team".
Person personFromName(QString name, Person person = {})
{
    static const QRegularExpression parenthesis(QStringLiteral(R"(^(.*?)\s*\(([^()]*)\)\s*$)"));
    static const QRegularExpression angle(QStringLiteral(R"(^(.*?)\s*<([^<>]+)>\s*$)"));
    static const QRegularExpression dash(QStringLiteral(R"(^(.+?)\s+[\x{2014}\x{2013}-]\s+(.+)$)"));
    if (const auto match = angle.match(name); match.hasMatch()) {
        if (person.contact.isEmpty())
            person.contact = match.captured(2).trimmed();
        name = match.captured(1);
    }
    if (const auto match = parenthesis.match(name); match.hasMatch() && !match.capturedView(1).isEmpty()) {
        const QString inner = match.captured(2).trimmed();
        if (looksLikeContact(inner) && person.contact.isEmpty())
            person.contact = inner;
        else
            person.role = person.role.isEmpty() ? inner : inner + QStringLiteral(", ") + person.role;
        name = match.captured(1);
    }
    if (const auto match = dash.match(name); match.hasMatch() && person.role.isEmpty()) {
        person.role = match.captured(2).trimmed();
        name = match.captured(1);
    }
    person.name = name.trimmed();
    return person;
}

bool isTicketKey(QStringView text)
{
    static const QRegularExpression key(QStringLiteral(R"(^[A-Z][A-Z0-9]{1,9}-\d+$)"));
    return key.match(text).hasMatch();
}

// "CHK-12", "https://…", "[CHK-12](https://…)": a link gives its address, which holds the key
// and is what the Markdown export writes for a ticket given as an address.
QString ticketFrom(QStringView text)
{
    static const QRegularExpression link(QStringLiteral(R"(^\[([^\]]*)\]\(\s*<?([^)\s>]+)>?\s*\)$)"));
    const QStringView trimmed = unwrapped(text);
    if (const auto match = link.match(trimmed); match.hasMatch())
        return match.captured(2);
    QString plain = plainText(trimmed);
    if (plain.startsWith(u'<') && plain.endsWith(u'>'))
        plain = plain.sliced(1, plain.size() - 2);
    // "n/a", "none", "-": no ticket.
    const QString words = normalizedHeading(plain);
    if (words.isEmpty() || words == u"n a" || words == u"na" || words == u"none")
        return {};
    return plain;
}

// "Fix the playbook **DONE**": a status in bold at the end, taken out of text.
std::optional<ActionStatus> takeBoldStatus(QString &text)
{
    static const QRegularExpression bold(
        QStringLiteral(R"(\s*\*\*\s*(done|to ?do|in progress|won'?t ?(?:fix|do)|wontfix|closed|fixed|open|)"
                       R"(cancell?ed)\s*\*\*\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = bold.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const auto status = actionStatusFrom(match.capturedView(1));
    if (status)
        text.truncate(match.capturedStart(0));
    return status;
}

QString ownerFrom(QStringView text)
{
    QString owner = plainText(text);
    if (owner.startsWith(u'@'))
        owner.remove(0, 1);
    return owner;
}

// One piece of "(IDP-412, owner Tomasz, due 2025-06-01)"; false when it says something else.
bool applyInline(QStringView piece, ActionItem &action)
{
    static const QRegularExpression url(QStringLiteral(R"(^https?://\S+$)"));
    static const QRegularExpression link(QStringLiteral(R"(^\[[^\]]+\]\(\S+\)$)"));
    static const QRegularExpression owner(
        QStringLiteral(R"(^(?:owners?|assignee|assigned to|owned by|dri)\s*:?\s+(.+)$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression handle(QStringLiteral(R"(^@([\w.-]+)$)"));
    static const QRegularExpression due(QStringLiteral(R"(^(?:due(?: date)?|deadline|by)\s*:?\s+(.+)$)"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression priority(QStringLiteral(R"(^(?:P[0-4]|priority\s*:?\s*\S+)$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression typed(QStringLiteral(R"(^type\s*:?\s*(.+)$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression status(QStringLiteral(R"(^status\s*:?\s*(.+)$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QStringView text = piece.trimmed();
    if ((isTicketKey(text) || url.match(text).hasMatch() || link.match(text).hasMatch()) && action.ticket.isEmpty()) {
        action.ticket = ticketFrom(text);
        return true;
    }
    QRegularExpressionMatch match;
    if ((match = owner.match(text)).hasMatch() || (match = handle.match(text)).hasMatch()) {
        if (!action.owner.isEmpty())
            return false;
        action.owner = ownerFrom(match.capturedView(1));
        return true;
    }
    if ((match = due.match(text)).hasMatch()) {
        const auto date = dateFromText(match.capturedView(1));
        if (date)
            action.due = *date;
        return date.has_value();
    }
    if (priority.match(text).hasMatch()) {
        const auto value = priorityFrom(text);
        if (value)
            action.priority = *value;
        return value.has_value();
    }
    if ((match = typed.match(text)).hasMatch()) {
        const auto value = actionTypeFrom(match.capturedView(1));
        if (value)
            action.type = *value;
        return value.has_value();
    }
    if ((match = status.match(text)).hasMatch()) {
        const auto value = actionStatusFrom(match.capturedView(1));
        if (value)
            action.status = *value;
        return value.has_value();
    }
    return false;
}

template <typename E>
std::optional<E> fromKeyOrLabel(QStringView value)
{
    for (const auto candidate : enumValues<E>()) {
        if (!enumKey(candidate).isEmpty() &&
            (value == normalizedHeading(enumKey(candidate)) || value == normalizedHeading(enumLabel(candidate))))
            return candidate;
    }
    return std::nullopt;
}

} // namespace

std::optional<int> severityFrom(QStringView text, bool *complete)
{
    static const QRegularExpression numbered(
        QStringLiteral(R"(^\s*(?:sev(?:erity)?|s|p|priority|level)?\s*[-_:]?\s*([0-5])(?!\d)\s*(.*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView trimmed = unwrapped(text);
    if (const auto match = numbered.match(trimmed); match.hasMatch()) {
        if (complete)
            *complete = match.capturedView(2).isEmpty();
        // SEV0 and P0, the worst incidents, are SEV1: the worst Hindsight knows.
        return qMax(1, match.capturedView(1).toInt());
    }
    const QString words = normalizedHeading(trimmed);
    const QString first = words.section(QLatin1Char(' '), 0, 0);
    std::optional<int> severity;
    if (isOneOf(first, {"critical", "blocker", "highest"}))
        severity = 1;
    else if (isOneOf(first, {"major", "high"}))
        severity = 2;
    else if (isOneOf(first, {"medium", "moderate"}))
        severity = 3;
    else if (isOneOf(first, {"minor", "low"}))
        severity = 4;
    else if (isOneOf(first, {"lowest", "trivial", "cosmetic"}))
        severity = 5;
    if (complete)
        *complete = severity && words == first;
    return severity;
}

std::optional<Status> statusFrom(QStringView text, bool *complete)
{
    static constexpr std::pair<const char *, Status> phrases[] = {
        {"ready for review", Status::InReview},
        {"awaiting review", Status::InReview},
        {"work in progress", Status::Draft},
        {"under review", Status::InReview},
        {"in progress", Status::Draft},
        {"in review", Status::InReview},
        {"inreview", Status::InReview},
        {"published", Status::Published},
        {"completed", Status::Reviewed},
        {"complete", Status::Reviewed},
        {"reviewed", Status::Reviewed},
        {"approved", Status::Reviewed},
        {"review", Status::InReview},
        {"public", Status::Published},
        {"shared", Status::Published},
        {"draft", Status::Draft},
        {"final", Status::Reviewed},
        {"closed", Status::Reviewed},
        {"done", Status::Reviewed},
        {"open", Status::Draft},
        {"wip", Status::Draft},
    };
    const QString words = normalizedHeading(text);
    for (const auto &[phrase, status] : phrases) {
        const QLatin1StringView name(phrase);
        if (words == name || words.startsWith(name + QLatin1Char(' '))) {
            if (complete)
                *complete = words == name;
            return status;
        }
    }
    return std::nullopt;
}

QList<Person> peopleFrom(QStringView text)
{
    static const QRegularExpression conjunction(QStringLiteral(R"(\s+(?:and|&)\s+)"));
    const QStringList pieces = text.contains(u';') ? splitOutside(text, u';') : splitOutside(text, u',');
    QList<Person> people;
    for (const auto &piece : pieces) {
        for (const auto &name : piece.split(conjunction, Qt::SkipEmptyParts)) {
            const Person person = personFromName(plainText(name));
            if (!person.name.isEmpty())
                people.append(person);
        }
    }
    return people;
}

Person personFrom(QStringView text)
{
    QStringList fields = splitOutside(plainText(text), u',');
    if (fields.isEmpty())
        return {};
    Person person;
    if (fields.size() > 1 && looksLikeContact(fields.last()))
        person.contact = fields.takeLast();
    const QString name = fields.takeFirst();
    person.role = fields.join(QStringLiteral(", "));
    return personFromName(name, person);
}

std::optional<int> priorityFrom(QStringView text)
{
    static const QRegularExpression numbered(QStringLiteral(R"(^(?:priority\s*:?\s*)?p?\s*([0-9])$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QString value = normalizedHeading(text);
    if (const auto match = numbered.match(value); match.hasMatch())
        return qBound(1, match.capturedView(1).toInt(), 4);
    if (isOneOf(value, {"critical", "urgent", "highest", "blocker"}))
        return 1;
    if (value == u"high")
        return 2;
    if (isOneOf(value, {"medium", "normal", "moderate"}))
        return 3;
    if (isOneOf(value, {"low", "lowest", "minor", "trivial"}))
        return 4;
    return std::nullopt;
}

std::optional<ActionStatus> actionStatusFrom(QStringView text)
{
    const QString value = normalizedHeading(text);
    const QStringView raw = text.trimmed();
    if (raw == u"✅" || raw == u"✔" || raw == u"✔️" || raw == u"☑" || raw == u"[x]" || raw == u"[X]")
        return ActionStatus::Done;
    if (raw == u"❌" || raw == u"✖" || raw == u"[ ]")
        return raw == u"[ ]" ? ActionStatus::Open : ActionStatus::WontDo;
    if (const auto known = fromKeyOrLabel<ActionStatus>(value))
        return known;
    if (isOneOf(value, {"todo", "to do", "not started", "new", "planned", "backlog", "pending", "open"}))
        return ActionStatus::Open;
    if (isOneOf(value, {"in progress", "inprogress", "doing", "started", "wip", "ongoing", "in review", "active"}))
        return ActionStatus::InProgress;
    if (isOneOf(value, {"done", "closed", "complete", "completed", "fixed", "resolved", "finished", "merged", "shipped",
                        "yes", "x"}))
        return ActionStatus::Done;
    if (isOneOf(value, {"wont do", "wontdo", "wontfix", "wont fix", "cancelled", "canceled", "rejected", "declined",
                        "obsolete", "dropped"}))
        return ActionStatus::WontDo;
    return std::nullopt;
}

std::optional<ActionType> actionTypeFrom(QStringView text)
{
    const QString value = normalizedHeading(text);
    if (const auto known = fromKeyOrLabel<ActionType>(value))
        return known;
    if (isOneOf(value, {"remediate", "repair", "fix", "bug", "bugfix", "mitigate", "mitigation", "corrective",
                        "correct", "remediation actions", "remediation items"}))
        return ActionType::Remediation;
    if (isOneOf(value, {"preventative", "prevent", "prevention", "detect", "detection", "monitoring", "alerting",
                        "hardening", "improvement", "preventive actions", "prevention items"}))
        return ActionType::Preventive;
    if (isOneOf(value, {"documentation", "docs", "training", "runbook", "policy", "communication", "process items",
                        "process changes"}))
        return ActionType::Process;
    return std::nullopt;
}

std::optional<Visibility> visibilityFrom(QStringView text)
{
    const QString value = normalizedHeading(text);
    if (isOneOf(value, {"public", "customer", "customers", "external", "yes"}))
        return Visibility::Public;
    if (isOneOf(value, {"internal", "private", "no", ""}))
        return Visibility::Internal;
    return std::nullopt;
}

QStringList MarkdownReader::rowCells(const TableRow &row, qsizetype columns)
{
    QStringList cells = row.cells;
    if (cells.size() < columns) {
        warn(row.line,
             tr("the table row has %1 of %2 cells; the missing ones were left empty.").arg(cells.size()).arg(columns));
        while (cells.size() < columns)
            cells.append(QString());
    } else if (cells.size() > columns && columns > 0) {
        warn(row.line, tr("the table row has %1 cells but its header %2; the extra ones were added to the last.")
                           .arg(cells.size())
                           .arg(columns));
        QStringList merged = cells.mid(columns - 1);
        merged.removeAll(QString());
        cells = cells.first(columns);
        cells.last() = merged.join(QStringLiteral(" | "));
    }
    return cells;
}

void MarkdownReader::readAuthors()
{
    for (const auto &part : std::as_const(m_parts[int(SectionKey::Authors)])) {
        QStringList leftover;
        for (int b = part.first; b < part.last; ++b) {
            const Block &block = m_blocks[b];
            if (block.type == Block::Type::List) {
                for (const auto &item : block.items) {
                    addPerson(personFrom(QString(item.text).replace(u'\n', u' ')));
                    if (!item.body.isEmpty())
                        leftover.append(markdownOf(m_body, item.first, item.last));
                }
            } else if (block.type == Block::Type::Table) {
                const QStringList headers = normalizedHeaders(block.header);
                QList<bool> taken(headers.size(), false);
                const int name = column(headers, taken, {"name", "author", "person", "who"});
                const int role = column(headers, taken, {"role", "title", "team", "position", "function"});
                const int contact = column(headers, taken, {"contact", "email", "e mail", "mail", "handle", "slack"});
                for (const auto &row : block.rows) {
                    const QStringList cells = rowCells(row, block.header.size());
                    Person person;
                    person.name = plainText(cells.value(name < 0 ? 0 : name));
                    person.role = role < 0 ? QString() : plainText(cells[role]);
                    person.contact = contact < 0 ? QString() : plainText(cells[contact]);
                    for (qsizetype i = 0; i < cells.size(); ++i) {
                        if (!taken[i] && i != (name < 0 ? 0 : name) && !cells[i].isEmpty())
                            person.role = joinedNonEmpty(
                                {person.role, plainText(block.header[i]) + QStringLiteral(": ") + plainText(cells[i])},
                                u", ");
                    }
                    addPerson(person);
                }
            } else if (block.type == Block::Type::Paragraph) {
                for (int i = block.first; i < block.last; ++i) {
                    for (const auto &person : peopleFrom(m_body[i].text))
                        addPerson(person);
                }
            } else {
                leftover.append(markdownOf(m_body, block.first, block.last));
            }
        }
        leftover.removeAll(QString());
        if (!leftover.isEmpty())
            addNote(part.line, part.heading, leftover.join(QStringLiteral("\n\n")));
    }
}

void MarkdownReader::readLessons()
{
    for (const auto &part : std::as_const(m_parts[int(SectionKey::Lessons)])) {
        const auto kindOf = [](HeadingPart headingPart) -> std::optional<LessonKind> {
            switch (headingPart) {
            case HeadingPart::WentWell:
                return LessonKind::WentWell;
            case HeadingPart::WentWrong:
                return LessonKind::WentWrong;
            case HeadingPart::GotLucky:
                return LessonKind::GotLucky;
            default:
                return std::nullopt;
            }
        };
        std::optional<LessonKind> kind = kindOf(part.meaning.part);
        bool unknownSubsection = false;
        int defaulted = 0;
        QStringList leftover;
        const auto add = [&](const QString &text) {
            if (text.isEmpty())
                return;
            if (!kind)
                ++defaulted;
            m_review.lessons.append({0, kind.value_or(LessonKind::WentWrong), text});
        };
        for (int b = part.first; b < part.last; ++b) {
            const Block &block = m_blocks[b];
            if (block.type == Block::Type::Heading) {
                const auto sub = subheadingMeaning(headingText(block), SectionKey::Lessons);
                unknownSubsection = !sub || sub->section != SectionKey::Lessons;
                if (!unknownSubsection) {
                    kind = sub->part == HeadingPart::Whole ? kindOf(part.meaning.part) : kindOf(sub->part);
                    continue;
                }
            }
            // "**What went well:**" on a line of its own works as a subheading, and with text after
            // it as a lesson of that kind.
            if (block.type == Block::Type::Paragraph && block.last - block.first == 1) {
                const QStringView line = m_body[block.first].text;
                const auto pair = keyValueLine(line);
                const QString label = pair ? pair->key : unwrapped(line).toString();
                const auto sub = subheadingMeaning(label, SectionKey::Lessons);
                if (sub && sub->section == SectionKey::Lessons && sub->part != HeadingPart::Whole &&
                    (pair || unwrapped(line).size() < line.trimmed().size())) {
                    kind = kindOf(sub->part);
                    unknownSubsection = false;
                    if (pair && !pair->value.isEmpty())
                        add(decodeEntities(pair->value, true));
                    continue;
                }
            }
            if (unknownSubsection || (block.type != Block::Type::List && block.type != Block::Type::Paragraph)) {
                leftover.append(markdownOf(m_body, block.first, block.last));
            } else if (block.type == Block::Type::List) {
                for (const auto &item : block.items) {
                    const QString body = joinLines(item.body, 0, int(item.body.size()));
                    add(joinedNonEmpty({decodeEntities(item.text, true), body}, u"\n"));
                }
            } else {
                add(decodeEntities(markdownOf(m_body, block.first, block.last), true));
            }
        }
        if (defaulted == 1)
            warn(part.line, tr("the lesson under \"%1\" does not say whether it went well or wrong; it was put under "
                               "\"What went wrong\".")
                                .arg(part.heading));
        else if (defaulted > 1)
            warn(part.line, tr("the %1 lessons under \"%2\" do not say whether they went well or wrong; they were "
                               "put under \"What went wrong\".")
                                .arg(defaulted)
                                .arg(part.heading));
        leftover.removeAll(QString());
        if (!leftover.isEmpty())
            addNote(part.line, part.heading, leftover.join(QStringLiteral("\n\n")));
    }
}

void MarkdownReader::readActions()
{
    for (const auto &part : std::as_const(m_parts[int(SectionKey::Actions)])) {
        QStringList leftover;
        ActionType type = ActionType::Remediation;
        for (int b = part.first; b < part.last && !failed(); ++b) {
            const Block &block = m_blocks[b];
            if (block.type == Block::Type::Table) {
                readActionTable(block, type);
            } else if (block.type == Block::Type::List) {
                readActionItems(block.items, type, 0, leftover);
            } else if (block.type == Block::Type::Heading && actionTypeFrom(headingText(block))) {
                // "### Preventive" sets the type of the actions below it.
                type = *actionTypeFrom(headingText(block));
            } else {
                leftover.append(markdownOf(m_body, block.first, block.last));
            }
        }
        leftover.removeAll(QString());
        if (!leftover.isEmpty())
            addNote(part.line, part.heading, leftover.join(QStringLiteral("\n\n")));
    }
}

void MarkdownReader::readActionTable(const Block &table, ActionType type)
{
    const QStringList headers = normalizedHeaders(table.header);
    QList<bool> taken(headers.size(), false);
    int title = column(headers, taken,
                       {"title", "action", "action item", "action items", "item", "task", "description", "what",
                        "summary", "todo", "to do", "follow up", "remediation", "name"});
    const int owner =
        column(headers, taken, {"owner", "owners", "assignee", "assigned to", "who", "responsible", "dri"});
    const int ticket = column(headers, taken,
                              {"ticket", "tickets", "issue", "issues", "bug", "bugs", "link", "links", "jira",
                               "tracking", "tracker", "key", "reference", "ref", "url", "id", "pr"});
    const int priority = column(headers, taken, {"priority", "prio", "pri", "p"});
    const int due =
        column(headers, taken, {"due", "due date", "deadline", "by", "target", "target date", "eta", "when", "date"});
    const int status = column(headers, taken, {"status", "state", "done", "progress"});
    const int kind = column(headers, taken, {"type", "kind", "category", "class"});
    const int visibility = column(headers, taken, {"visibility", "audience", "public"});
    if (title < 0) {
        title = int(taken.indexOf(false));
        if (title >= 0)
            taken[title] = true;
    }

    for (const auto &row : table.rows) {
        const QStringList cells = rowCells(row, table.header.size());
        if (std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) { return cell.isEmpty(); }))
            continue;
        ActionItem action;
        action.type = type;
        QStringList extra;
        QStringList written = cells;
        std::optional<ActionStatus> boldStatus;
        for (const int index : {title, ticket}) {
            if (index >= 0) {
                if (const auto found = takeBoldStatus(written[index]))
                    boldStatus = found;
            }
        }
        if (boldStatus && (status < 0 || cells[status].isEmpty()))
            action.status = *boldStatus;
        const auto keep = [&](int index) {
            extra.append(plainText(table.header[index]) + QStringLiteral(": ") + cells[index]);
        };
        if (title >= 0)
            action.title = cellMarkdown(written[title]);
        if (owner >= 0)
            action.owner = ownerFrom(cells[owner]);
        if (ticket >= 0)
            action.ticket = ticketFrom(written[ticket]);
        if (priority >= 0 && !cells[priority].isEmpty()) {
            if (const auto value = priorityFrom(cells[priority]))
                action.priority = *value;
            else
                keep(priority);
        }
        if (due >= 0 && !cells[due].isEmpty()) {
            const Moment moment = readMoment(unwrapped(cells[due]));
            if (moment.result == Moment::Result::BadDate) {
                fail(row.line, tr("\"%1\" is not a date.").arg(moment.fault));
                return;
            }
            if (const auto date = dateFromText(cells[due]))
                action.due = *date;
            else
                keep(due);
        }
        if (status >= 0 && !cells[status].isEmpty()) {
            if (const auto value = actionStatusFrom(cells[status]))
                action.status = *value;
            else
                keep(status);
        }
        if (kind >= 0 && !cells[kind].isEmpty()) {
            if (const auto value = actionTypeFrom(cells[kind]))
                action.type = *value;
            else
                keep(kind);
        }
        if (visibility >= 0 && !cells[visibility].isEmpty()) {
            if (const auto value = visibilityFrom(cells[visibility]))
                action.visibility = *value;
            else
                keep(visibility);
        }
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (!taken[i] && !cells[i].isEmpty())
                keep(int(i));
        }
        if (!extra.isEmpty()) {
            warn(row.line, tr("the action's %1 was kept in its title.").arg(extra.join(QStringLiteral("; "))));
            action.title = joinedNonEmpty(
                {action.title, QStringLiteral("(") + extra.join(QStringLiteral("; ")) + QStringLiteral(")")}, u" ");
        }
        m_review.actions.append(action);
    }
}

void MarkdownReader::readActionItems(const QList<ListItem> &items, ActionType type, int depth, QStringList &leftover)
{
    for (const auto &item : items) {
        ActionItem action = actionFromText(item.text);
        if (action.type == ActionType::Remediation)
            action.type = type;
        if (item.checked)
            action.status = *item.checked ? ActionStatus::Done : ActionStatus::Open;
        m_review.actions.append(action);
        if (item.body.isEmpty())
            continue;
        // Nested items are actions of their own; anything else is kept as text.
        constexpr int maxDepth = 8;
        if (depth >= maxDepth) {
            leftover.append(joinLines(item.body, 0, int(item.body.size())));
            continue;
        }
        const auto blocks = parseBlocks(item.body);
        for (const auto &block : blocks) {
            if (block.type == Block::Type::List)
                readActionItems(block.items, type, depth + 1, leftover);
            else
                leftover.append(markdownOf(item.body, block.first, block.last));
        }
    }
}

ActionItem MarkdownReader::actionFromText(const QString &text) const
{
    static const QRegularExpression leadingKey(QStringLiteral(
        R"(^\[?([A-Z][A-Z0-9]{1,9}-\d+)\]?\s*[:\x{2014}\x{2013}-]\s+|^\[([A-Z][A-Z0-9]{1,9}-\d+)\]\s+)"));
    static const QRegularExpression group(QStringLiteral(R"(\s*\(([^()]*)\))"));
    static const QRegularExpression pieceSeparator(QStringLiteral(R"(\s*[,;]\s*)"));
    static const QRegularExpression trailingOwner(
        QStringLiteral(R"((?:\s+[\x{2014}\x{2013}-]\s+|[,;]\s*|\s+)(?:owners?|assignee|assigned to|owned by)\s*:?\s+)"
                       R"(([^,;()]+?)\s*\.?$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression trailingHandle(QStringLiteral(R"(\s+(?:[\x{2014}\x{2013}-]\s+)?@([\w.-]+)\s*$)"));
    static const QRegularExpression spaces(QStringLiteral(" {2,}"));

    ActionItem action;
    QString title = cellMarkdown(QString(text).replace(u'\n', u' '));
    if (const auto status = takeBoldStatus(title))
        action.status = *status;
    if (const auto match = leadingKey.match(title); match.hasMatch()) {
        action.ticket = match.hasCaptured(1) ? match.captured(1) : match.captured(2);
        title.remove(0, match.capturedLength(0));
    }
    // The last few parentheses hold what people add after a title; each one replaced copies it.
    constexpr qsizetype maxGroups = 8;
    QList<QRegularExpressionMatch> groups;
    auto matches = group.globalMatch(title);
    while (matches.hasNext()) {
        groups.prepend(matches.next());
        if (groups.size() > maxGroups)
            groups.removeLast();
    }
    for (const auto &match : std::as_const(groups)) {
        const QStringList pieces = match.captured(1).split(pieceSeparator, Qt::SkipEmptyParts);
        QStringList kept;
        for (const auto &piece : pieces) {
            if (!applyInline(piece, action))
                kept.append(piece);
        }
        if (kept.size() == pieces.size())
            continue;
        const QString replacement =
            kept.isEmpty() ? QString() : QStringLiteral(" (") + kept.join(QStringLiteral(", ")) + QLatin1Char(')');
        title.replace(match.capturedStart(0), match.capturedLength(0), replacement);
    }
    if (action.owner.isEmpty()) {
        if (const auto match = trailingOwner.match(title); match.hasMatch()) {
            action.owner = ownerFrom(match.capturedView(1));
            title.truncate(match.capturedStart(0));
        } else if (const auto handle = trailingHandle.match(title); handle.hasMatch()) {
            action.owner = handle.captured(1);
            title.truncate(handle.capturedStart(0));
        }
    }
    action.title = title.replace(spaces, QStringLiteral(" ")).trimmed();
    return action;
}

} // namespace hindsight::importing::mdimport
