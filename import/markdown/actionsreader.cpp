// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionsreader.h"

#include "import/markdown/actiontext.h"
#include "import/markdown/readercontext.h"
#include "import/markdown/readervalues.h"

#include <algorithm>

namespace hindsight::importing::mdimport {

using namespace model;

void ActionsReader::read()
{
    for (const auto &part : std::as_const(m_context.parts[int(SectionKey::Actions)])) {
        QStringList leftover;
        ActionType type = ActionType::Remediation;
        for (int b = part.first; b < part.last && !m_context.failed(); ++b) {
            cmark_node *block = m_context.block(b);
            const auto kind = cmark_node_get_type(block);
            if (MarkdownTree::typeName(block) == u"table") {
                readTable(block, type);
            } else if (kind == CMARK_NODE_LIST) {
                readItems(block, type, 0, leftover);
            } else if (const auto named =
                           kind == CMARK_NODE_HEADING ? actionTypeFrom(m_context.headingText(block)) : std::nullopt) {
                // "### Preventive" sets the type of the actions below it.
                type = *named;
            } else {
                leftover.append(m_context.blockMarkdown(b));
            }
        }
        leftover.removeAll(QString());
        if (!leftover.isEmpty())
            m_context.addNote(part.line, part.heading, leftover.join(QStringLiteral("\n\n")));
    }
}

void ActionsReader::readTable(cmark_node *table, ActionType type)
{
    const MarkdownSource &source = m_context.source();
    const auto header = source.headerCells(table);
    const QStringList headers = normalizedHeaders(header);
    QList<bool> taken(headers.size(), false);
    int title = takeColumn(headers, taken,
                           {"title", "action", "action item", "action items", "item", "task", "description", "what",
                            "summary", "todo", "to do", "follow up", "remediation", "name"});
    const int owner =
        takeColumn(headers, taken, {"owner", "owners", "assignee", "assigned to", "who", "responsible", "dri"});
    const int ticket = takeColumn(headers, taken,
                                  {"ticket", "tickets", "issue", "issues", "bug", "bugs", "link", "links", "jira",
                                   "tracking", "tracker", "key", "reference", "ref", "url", "id", "pr"});
    const int priority = takeColumn(headers, taken, {"priority", "prio", "pri", "p"});
    const int due = takeColumn(headers, taken,
                               {"due", "due date", "deadline", "by", "target", "target date", "eta", "when", "date"});
    const int status = takeColumn(headers, taken, {"status", "state", "done", "progress"});
    const int kind = takeColumn(headers, taken, {"type", "kind", "category", "class"});
    const int visibility = takeColumn(headers, taken, {"visibility", "audience", "public"});
    if (title < 0) {
        title = int(taken.indexOf(false));
        if (title >= 0)
            taken[title] = true;
    }

    for (const auto &row : source.rows(table)) {
        const auto cells = m_context.rowCells(row, headers.size());
        QStringList written;
        QStringList plain;
        for (const auto &cell : cells) {
            written.append(source.cellWritten(cell));
            plain.append(source.cellPlain(cell));
        }
        if (std::all_of(written.cbegin(), written.cend(), [](const QString &cell) { return cell.isEmpty(); }))
            continue;
        ActionItem action;
        action.type = type;
        QStringList extra;
        QString titleText = title >= 0 ? source.cellMarkdown(cells[title]) : QString();
        QString ticketText = ticket >= 0 ? written[ticket] : QString();
        std::optional<ActionStatus> boldStatus = takeBoldStatus(titleText);
        if (const auto found = takeBoldStatus(ticketText))
            boldStatus = found;
        if (boldStatus && (status < 0 || plain[status].isEmpty()))
            action.status = *boldStatus;
        const auto keep = [&](int index) {
            extra.append(plainText(header[index]) + QStringLiteral(": ") + written[index]);
        };
        action.title = titleText;
        if (owner >= 0)
            action.owner = ownerFrom(written[owner]);
        if (ticket >= 0)
            action.ticket = ticketFrom(ticketText);
        if (priority >= 0 && !plain[priority].isEmpty()) {
            if (const auto value = priorityFrom(plain[priority]))
                action.priority = *value;
            else
                keep(priority);
        }
        if (due >= 0 && !plain[due].isEmpty()) {
            const Moment moment = readMoment(plain[due]);
            if (moment.result == Moment::Result::BadDate) {
                m_context.fail(row.line, tr("\"%1\" is not a date.").arg(moment.fault));
                return;
            }
            if (const auto date = dateFromText(plain[due]))
                action.due = *date;
            else
                keep(due);
        }
        if (status >= 0 && !plain[status].isEmpty()) {
            if (const auto value = actionStatusFrom(plain[status]))
                action.status = *value;
            else
                keep(status);
        }
        if (kind >= 0 && !plain[kind].isEmpty()) {
            if (const auto value = actionTypeFrom(plain[kind]))
                action.type = *value;
            else
                keep(kind);
        }
        if (visibility >= 0 && !plain[visibility].isEmpty()) {
            if (const auto value = visibilityFrom(plain[visibility]))
                action.visibility = *value;
            else
                keep(visibility);
        }
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (!taken[i] && !written[i].isEmpty())
                keep(int(i));
        }
        if (!extra.isEmpty()) {
            m_context.warn(row.line,
                           tr("the action's %1 was kept in its title.").arg(extra.join(QStringLiteral("; "))));
            action.title = joinedNonEmpty(
                {action.title, QStringLiteral("(") + extra.join(QStringLiteral("; ")) + QStringLiteral(")")}, u" ");
        }
        m_context.review.actions.append(action);
    }
}

void ActionsReader::readItems(cmark_node *list, ActionType type, int depth, QStringList &leftover)
{
    const MarkdownSource &source = m_context.source();
    for (const auto &item : source.items(list)) {
        ActionItem action = actionFromText(item.paragraph ? source.decoded(item.paragraph) : QString());
        if (action.type == ActionType::Remediation)
            action.type = type;
        if (item.checked)
            action.status = *item.checked ? ActionStatus::Done : ActionStatus::Open;
        m_context.review.actions.append(action);
        if (item.body.isEmpty())
            continue;
        // Nested items are actions of their own; anything else is kept as text.
        constexpr int maxDepth = 8;
        if (depth >= maxDepth) {
            leftover.append(source.body(item, m_context.consumed));
            continue;
        }
        for (auto *block : item.body) {
            if (cmark_node_get_type(block) == CMARK_NODE_LIST)
                readItems(block, type, depth + 1, leftover);
            else
                leftover.append(m_context.nodeMarkdown(block, source.contentColumn(item)));
        }
    }
}

} // namespace hindsight::importing::mdimport
