// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actiontext.h"

#include "import/markdown/headingsynonyms.h"
#include "import/markdown/markdownsource.h"
#include "import/markdown/markdowntime.h"
#include "import/markdown/readervalues.h"

#include <QRegularExpression>

namespace hindsight::importing::mdimport {

using namespace model;

namespace {

bool isTicketKey(QStringView text)
{
    static const QRegularExpression key(QStringLiteral(R"(^[A-Z][A-Z0-9]{1,9}-\d+$)"));
    return key.match(text).hasMatch();
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
        action.ticket = ticketFrom(text.toString());
        return true;
    }
    QRegularExpressionMatch match;
    if ((match = owner.match(text)).hasMatch() || (match = handle.match(text)).hasMatch()) {
        if (!action.owner.isEmpty())
            return false;
        action.owner = ownerFrom(match.captured(1));
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

} // namespace

// "CHK-12", "https://…", "[CHK-12](https://…)": a link gives its address, which holds the key
// and is what the Markdown export writes for a ticket given as an address.
QString ticketFrom(const QString &markdown)
{
    if (const auto target = linkTargetOf(markdown))
        return *target;
    QString plain = plainTextOf(markdown);
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

QString ownerFrom(const QString &markdown)
{
    QString owner = plainTextOf(markdown);
    if (owner.startsWith(u'@'))
        owner.remove(0, 1);
    return owner;
}

ActionItem actionFromText(const QString &markdown)
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
    QString title = QString(markdown).replace(u'\n', u' ');
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
            action.owner = ownerFrom(match.captured(1));
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
