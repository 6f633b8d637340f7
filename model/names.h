// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

// Stable names for every enum (used by storage and the JSON format; never translated) and the
// labels shown to people (translated).
namespace hindsight::model {

template <typename E>
struct EnumEntry
{
    E value;
    const char *key;
    const char *label;
};

template <typename E>
struct EnumInfo;

#define HINDSIGHT_ENUM_INFO(Enum, ...)                                                                                 \
    template <>                                                                                                        \
    struct EnumInfo<Enum>                                                                                              \
    {                                                                                                                  \
        static constexpr EnumEntry<Enum> entries[] = {__VA_ARGS__};                                                    \
    };

HINDSIGHT_ENUM_INFO(SectionKey, {SectionKey::Authors, "authors", QT_TRANSLATE_NOOP("Hindsight", "Authors")},
                    {SectionKey::Summary, "summary", QT_TRANSLATE_NOOP("Hindsight", "Summary")},
                    {SectionKey::Impact, "impact", QT_TRANSLATE_NOOP("Hindsight", "Impact")},
                    {SectionKey::Detection, "detection", QT_TRANSLATE_NOOP("Hindsight", "Detection")},
                    {SectionKey::Triage, "triage", QT_TRANSLATE_NOOP("Hindsight", "Triage")},
                    {SectionKey::RootCauses, "rootCauses", QT_TRANSLATE_NOOP("Hindsight", "Root causes")},
                    {SectionKey::Resolution, "resolution", QT_TRANSLATE_NOOP("Hindsight", "Resolution")},
                    {SectionKey::Timeline, "timeline", QT_TRANSLATE_NOOP("Hindsight", "Timeline")},
                    {SectionKey::Lessons, "lessons", QT_TRANSLATE_NOOP("Hindsight", "Lessons learned")},
                    {SectionKey::Actions, "actions", QT_TRANSLATE_NOOP("Hindsight", "Actions and issues")},
                    {SectionKey::Share, "share", QT_TRANSLATE_NOOP("Hindsight", "Share it")})
HINDSIGHT_ENUM_INFO(Visibility, {Visibility::Internal, "internal", QT_TRANSLATE_NOOP("Hindsight", "Internal")},
                    {Visibility::Public, "public", QT_TRANSLATE_NOOP("Hindsight", "Public")})
HINDSIGHT_ENUM_INFO(ImpactPart, {ImpactPart::User, "user", QT_TRANSLATE_NOOP("Hindsight", "User impact")},
                    {ImpactPart::Business, "business", QT_TRANSLATE_NOOP("Hindsight", "Business impact")},
                    {ImpactPart::Team, "team", QT_TRANSLATE_NOOP("Hindsight", "Team impact")},
                    {ImpactPart::UsersAffected, "usersAffected", QT_TRANSLATE_NOOP("Hindsight", "Users affected")},
                    {ImpactPart::RevenueLost, "revenueLost", QT_TRANSLATE_NOOP("Hindsight", "Revenue lost")},
                    {ImpactPart::SlaBreached, "slaBreached", QT_TRANSLATE_NOOP("Hindsight", "SLA breached")},
                    {ImpactPart::DataLost, "dataLost", QT_TRANSLATE_NOOP("Hindsight", "Data lost")},
                    {ImpactPart::DataCompromised, "dataCompromised",
                     QT_TRANSLATE_NOOP("Hindsight", "Data compromised")})
HINDSIGHT_ENUM_INFO(Status, {Status::Draft, "draft", QT_TRANSLATE_NOOP("Hindsight", "Draft")},
                    {Status::InReview, "inReview", QT_TRANSLATE_NOOP("Hindsight", "In review")},
                    {Status::Reviewed, "reviewed", QT_TRANSLATE_NOOP("Hindsight", "Reviewed")},
                    {Status::Published, "published", QT_TRANSLATE_NOOP("Hindsight", "Published")})
HINDSIGHT_ENUM_INFO(Milestone, {Milestone::None, "", QT_TRANSLATE_NOOP("Hindsight", "None")},
                    {Milestone::Started, "started", QT_TRANSLATE_NOOP("Hindsight", "Started")},
                    {Milestone::Detected, "detected", QT_TRANSLATE_NOOP("Hindsight", "Detected")},
                    {Milestone::Acknowledged, "acknowledged", QT_TRANSLATE_NOOP("Hindsight", "Acknowledged")},
                    {Milestone::Mitigated, "mitigated", QT_TRANSLATE_NOOP("Hindsight", "Mitigated")},
                    {Milestone::Resolved, "resolved", QT_TRANSLATE_NOOP("Hindsight", "Resolved")})
HINDSIGHT_ENUM_INFO(EventKind, {EventKind::Note, "note", QT_TRANSLATE_NOOP("Hindsight", "Note")},
                    {EventKind::Action, "action", QT_TRANSLATE_NOOP("Hindsight", "Action")},
                    {EventKind::Discovery, "discovery", QT_TRANSLATE_NOOP("Hindsight", "Discovery")},
                    {EventKind::Detection, "detection", QT_TRANSLATE_NOOP("Hindsight", "Detection")},
                    {EventKind::Escalation, "escalation", QT_TRANSLATE_NOOP("Hindsight", "Escalation")},
                    {EventKind::Mitigation, "mitigation", QT_TRANSLATE_NOOP("Hindsight", "Mitigation")},
                    {EventKind::Resolution, "resolution", QT_TRANSLATE_NOOP("Hindsight", "Resolution")},
                    {EventKind::Communication, "communication", QT_TRANSLATE_NOOP("Hindsight", "Communication")})
HINDSIGHT_ENUM_INFO(TimePrecision,
                    {TimePrecision::Millisecond, "millisecond", QT_TRANSLATE_NOOP("Hindsight", "Millisecond")},
                    {TimePrecision::Second, "second", QT_TRANSLATE_NOOP("Hindsight", "Second")},
                    {TimePrecision::Minute, "minute", QT_TRANSLATE_NOOP("Hindsight", "Minute")},
                    {TimePrecision::Day, "day", QT_TRANSLATE_NOOP("Hindsight", "Day only")},
                    {TimePrecision::UnknownTime, "unknownTime", QT_TRANSLATE_NOOP("Hindsight", "Unknown time")})
HINDSIGHT_ENUM_INFO(EventSource, {EventSource::LiveNote, "liveNote", QT_TRANSLATE_NOOP("Hindsight", "Live note")},
                    {EventSource::Table, "table", QT_TRANSLATE_NOOP("Hindsight", "Typed in the table")},
                    {EventSource::Imported, "imported", QT_TRANSLATE_NOOP("Hindsight", "Imported")})
HINDSIGHT_ENUM_INFO(DetectionMethod, {DetectionMethod::Unset, "", QT_TRANSLATE_NOOP("Hindsight", "Not set")},
                    {DetectionMethod::Alert, "alert", QT_TRANSLATE_NOOP("Hindsight", "Alert")},
                    {DetectionMethod::Dashboard, "dashboard", QT_TRANSLATE_NOOP("Hindsight", "Monitoring dashboard")},
                    {DetectionMethod::CustomerReport, "customerReport",
                     QT_TRANSLATE_NOOP("Hindsight", "Customer report")},
                    {DetectionMethod::EmployeeReport, "employeeReport",
                     QT_TRANSLATE_NOOP("Hindsight", "Employee report")},
                    {DetectionMethod::AutomatedTest, "automatedTest", QT_TRANSLATE_NOOP("Hindsight", "Automated test")},
                    {DetectionMethod::Other, "other", QT_TRANSLATE_NOOP("Hindsight", "Other")})
HINDSIGHT_ENUM_INFO(ActionType, {ActionType::Remediation, "remediation", QT_TRANSLATE_NOOP("Hindsight", "Remediation")},
                    {ActionType::Preventive, "preventive", QT_TRANSLATE_NOOP("Hindsight", "Preventive")},
                    {ActionType::Process, "process", QT_TRANSLATE_NOOP("Hindsight", "Process")})
HINDSIGHT_ENUM_INFO(ActionStatus, {ActionStatus::Open, "open", QT_TRANSLATE_NOOP("Hindsight", "Open")},
                    {ActionStatus::InProgress, "inProgress", QT_TRANSLATE_NOOP("Hindsight", "In progress")},
                    {ActionStatus::Done, "done", QT_TRANSLATE_NOOP("Hindsight", "Done")},
                    {ActionStatus::WontDo, "wontDo", QT_TRANSLATE_NOOP("Hindsight", "Won't do")})
HINDSIGHT_ENUM_INFO(LessonKind, {LessonKind::WentWell, "wentWell", QT_TRANSLATE_NOOP("Hindsight", "What went well")},
                    {LessonKind::WentWrong, "wentWrong", QT_TRANSLATE_NOOP("Hindsight", "What went wrong")},
                    {LessonKind::GotLucky, "gotLucky", QT_TRANSLATE_NOOP("Hindsight", "Where we got lucky")})
HINDSIGHT_ENUM_INFO(SectionState, {SectionState::Empty, "empty", QT_TRANSLATE_NOOP("Hindsight", "Empty")},
                    {SectionState::Started, "started", QT_TRANSLATE_NOOP("Hindsight", "Started")},
                    {SectionState::Complete, "complete", QT_TRANSLATE_NOOP("Hindsight", "Complete")})
HINDSIGHT_ENUM_INFO(FigureKind, {FigureKind::Image, "image", QT_TRANSLATE_NOOP("Hindsight", "Image")},
                    {FigureKind::Chart, "chart", QT_TRANSLATE_NOOP("Hindsight", "Chart")})
HINDSIGHT_ENUM_INFO(AnchorKind, {AnchorKind::Section, "section", QT_TRANSLATE_NOOP("Hindsight", "Section")},
                    {AnchorKind::Passage, "passage", QT_TRANSLATE_NOOP("Hindsight", "Passage")},
                    {AnchorKind::Row, "row", QT_TRANSLATE_NOOP("Hindsight", "Row")})
HINDSIGHT_ENUM_INFO(CommentChange, {CommentChange::Post, "post", QT_TRANSLATE_NOOP("Hindsight", "Comment")},
                    {CommentChange::Edit, "edit", QT_TRANSLATE_NOOP("Hindsight", "Edit")},
                    {CommentChange::Resolve, "resolve", QT_TRANSLATE_NOOP("Hindsight", "Resolve")},
                    {CommentChange::Reopen, "reopen", QT_TRANSLATE_NOOP("Hindsight", "Reopen")},
                    {CommentChange::Delete, "delete", QT_TRANSLATE_NOOP("Hindsight", "Delete")})
HINDSIGHT_ENUM_INFO(Verdict, {Verdict::Approved, "approved", QT_TRANSLATE_NOOP("Hindsight", "Approved")},
                    {Verdict::ChangesRequested, "changesRequested",
                     QT_TRANSLATE_NOOP("Hindsight", "Changes requested")})

#undef HINDSIGHT_ENUM_INFO

// The stable name of a value, as storage and the JSON format write it.
template <typename E>
QString enumKey(E value)
{
    for (const auto &entry : EnumInfo<E>::entries) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

template <typename E>
std::optional<E> enumFromKey(QStringView key)
{
    for (const auto &entry : EnumInfo<E>::entries) {
        if (key == QLatin1StringView(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

// The label shown to people, in their language.
template <typename E>
QString enumLabel(E value)
{
    for (const auto &entry : EnumInfo<E>::entries) {
        if (entry.value == value)
            return QCoreApplication::translate("Hindsight", entry.label);
    }
    return {};
}

template <typename E>
QList<E> enumValues()
{
    QList<E> values;
    for (const auto &entry : EnumInfo<E>::entries)
        values.append(entry.value);
    return values;
}

// The template's emoji for a section heading ("🔥" for Impact).
QString sectionEmoji(SectionKey key);
// "🔥 Impact", or "Impact" without the emoji.
// A section's or column's name inside a sentence ("Edit root causes"): lower-cased in English,
// as written in languages that keep the capitals there (German nouns). The translation decides,
// as Qt's own QT_LAYOUT_DIRECTION does for the writing direction.
QString labelInSentence(const QString &label);
QString sectionHeading(SectionKey key, bool withEmoji = true);
QList<SectionKey> allSections();

QString severityLabel(int severity); // "SEV2", or an empty string when unset
QString priorityLabel(int priority); // "P1", or an empty string when unset

// The storage name of a scalar field ("impact.user").
QString fieldName(Field field);
std::optional<Field> fieldFromName(QStringView name);
Field visibilityField(SectionKey key);
Field visibilityField(ImpactPart part);
// The section a field belongs to, for section states and change notifications.
SectionKey sectionOfField(Field field);

} // namespace hindsight::model
