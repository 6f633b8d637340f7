// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readervalues.h"

#include "import/markdown/headingsynonyms.h"
#include "import/markdown/markdownsource.h"
#include "model/names.h"

#include <QRegularExpression>

#include <algorithm>

namespace hindsight::importing::mdimport {

using namespace model;

namespace {

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

// Names as plain text, but for the brackets around an e-mail address: "Priya
// <priya@example.com>" says where the contact is.
QString peopleText(QStringView markdown)
{
    static const QRegularExpression address(QStringLiteral(R"(<([^<>\s]+@[^<>\s]+)>)"));
    QString text = markdown.toString();
    if (text.contains(u'<'))
        text.replace(address, QStringLiteral("\\<\\1\\>"));
    return plainTextOf(text);
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

bool isOneOf(QStringView value, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(),
                       [value](const char *name) { return value == QLatin1StringView(name); });
}

QString joinedNonEmpty(const QStringList &parts, QStringView separator)
{
    QString joined;
    for (const auto &part : parts) {
        if (part.isEmpty())
            continue;
        if (!joined.isEmpty())
            joined.append(separator);
        joined.append(part);
    }
    return joined;
}

std::optional<int> severityFrom(QStringView text, bool *complete)
{
    static const QRegularExpression numbered(
        QStringLiteral(R"(^\s*(?:sev(?:erity)?|s|p|priority|level)?\s*[-_:]?\s*([0-5])(?!\d)\s*(.*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView trimmed = text.trimmed();
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

QList<Person> peopleFrom(QStringView markdown)
{
    static const QRegularExpression conjunction(QStringLiteral(R"(\s+(?:and|&)\s+)"));
    const QString text = peopleText(markdown);
    const QStringList pieces = text.contains(u';') ? splitOutside(text, u';') : splitOutside(text, u',');
    QList<Person> people;
    for (const auto &piece : pieces) {
        for (const auto &name : piece.split(conjunction, Qt::SkipEmptyParts)) {
            const Person person = personFromName(name.trimmed());
            if (!person.name.isEmpty())
                people.append(person);
        }
    }
    return people;
}

Person personFrom(QStringView markdown)
{
    QStringList fields = splitOutside(peopleText(markdown), u',');
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

std::optional<KeyValue> keyValue(const QString &plain, QStringView written)
{
    const qsizetype colon = plain.indexOf(u':');
    if (colon <= 0 || colon > 40)
        return std::nullopt;
    const QStringView rest = QStringView(plain).sliced(colon + 1);
    if (!rest.isEmpty() && !rest[0].isSpace())
        return std::nullopt;
    const QString key = plain.first(colon).trimmed();
    if (key.isEmpty() || !key[0].isLetter() || key.contains(u'`') || key.contains(u'['))
        return std::nullopt;
    QString markdown = rest.trimmed().toString();
    if (const qsizetype writtenColon = written.indexOf(u':'); writtenColon >= 0) {
        // "**Severity:** SEV2": the emphasis closes after the colon.
        QStringView after = written.sliced(writtenColon + 1);
        if (after.startsWith(u"**") || after.startsWith(u"__"))
            after = after.sliced(2);
        markdown = after.trimmed().toString();
    }
    return KeyValue{normalizedHeading(key), rest.trimmed().toString(), key, markdown};
}

QStringList normalizedHeaders(const QList<cmark_node *> &cells)
{
    QStringList headers;
    for (auto *cell : cells)
        headers.append(normalizedHeading(plainText(cell)));
    return headers;
}

int takeColumn(const QStringList &headers, QList<bool> &taken, std::initializer_list<const char *> names)
{
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (!taken[i] && isOneOf(headers[i], names)) {
            taken[i] = true;
            return int(i);
        }
    }
    return -1;
}

} // namespace hindsight::importing::mdimport
