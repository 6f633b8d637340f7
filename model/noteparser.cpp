// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteparser.h"

#include "names.h"

#include <QRegularExpression>

namespace hindsight::model {

EventKind kindOfMilestone(Milestone milestone)
{
    switch (milestone) {
    case Milestone::Detected:
        return EventKind::Detection;
    case Milestone::Acknowledged:
        return EventKind::Escalation;
    case Milestone::Mitigated:
        return EventKind::Mitigation;
    case Milestone::Resolved:
        return EventKind::Resolution;
    default:
        return EventKind::Note;
    }
}

ParsedNote parseNote(const QString &input)
{
    ParsedNote note;
    QString text = input.trimmed();
    bool explicitKind = false;
    if (text.startsWith(QLatin1Char('\\'))) {
        text.remove(0, 1);
    } else if (!text.isEmpty()) {
        switch (text.front().unicode()) {
        case '!':
            note.kind = EventKind::Action;
            explicitKind = true;
            break;
        case '?':
            note.kind = EventKind::Discovery;
            explicitKind = true;
            break;
        case '>':
            note.kind = EventKind::Communication;
            explicitKind = true;
            break;
        }
        if (explicitKind)
            text.remove(0, 1);
    }

    // The first milestone tag counts; it is taken out of the text, other hashtags stay.
    static const QRegularExpression tag(
        QStringLiteral(R"((^|\s)#(started|detected|acknowledged|mitigated|resolved)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = tag.match(text);
    if (match.hasMatch()) {
        note.milestone = enumFromKey<Milestone>(match.captured(2).toLower()).value_or(Milestone::None);
        text.remove(match.capturedStart(0), match.capturedLength(0));
        if (!explicitKind)
            note.kind = kindOfMilestone(note.milestone);
    }
    static const QRegularExpression spaces(QStringLiteral("[ \\t]{2,}"));
    note.text = text.replace(spaces, QStringLiteral(" ")).trimmed();
    return note;
}

} // namespace hindsight::model
