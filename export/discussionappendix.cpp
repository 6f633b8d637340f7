// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discussionappendix.h"

#include "model/comments.h"
#include "model/names.h"

namespace hindsight::exporting {

namespace {

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// A comment's Markdown inside the appendix: its headings can no longer outrank the appendix's.
QString quoted(const QString &markdown)
{
    QStringList lines = markdown.trimmed().split(QLatin1Char('\n'));
    for (auto &line : lines)
        line = line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString DiscussionAppendix::title()
{
    return tr("Open comment threads");
}

QString DiscussionAppendix::markdown(const model::Review &review)
{
    QStringList parts;
    for (const auto &thread : model::commentThreads(review.comments)) {
        if (thread.isResolved())
            continue;
        parts.append(QStringLiteral("### ") + tr("%1: on %2")
                                                  .arg(model::enumLabel(thread.anchor.section),
                                                       model::DiscussionText::anchorLabel(review, thread.anchor)));
        const auto comment = [&](const model::Comment &c) {
            parts.append(tr("**%1**, %2:").arg(c.author.trimmed().isEmpty() ? tr("Someone") : c.author, stamp(c.time)));
            parts.append(quoted(c.markdown));
        };
        comment(thread.first);
        for (const auto &reply : thread.replies)
            comment(reply);
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace hindsight::exporting
