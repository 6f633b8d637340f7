// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "names.h"

namespace hindsight::model {

namespace {

struct FieldEntry
{
    Field field;
    const char *name;
    SectionKey section;
};

constexpr FieldEntry fieldEntries[] = {
    {Field::Title, "title", SectionKey::Summary},
    {Field::Severity, "severity", SectionKey::Triage},
    {Field::Status, "status", SectionKey::Share},
    {Field::TimeZone, "timeZone", SectionKey::Timeline},
    {Field::Summary, "summary.markdown", SectionKey::Summary},
    {Field::ImpactUser, "impact.user", SectionKey::Impact},
    {Field::ImpactBusiness, "impact.business", SectionKey::Impact},
    {Field::ImpactTeam, "impact.team", SectionKey::Impact},
    {Field::UsersAffected, "impact.usersAffected", SectionKey::Impact},
    {Field::RevenueLost, "impact.revenueLost", SectionKey::Impact},
    {Field::RevenueCurrency, "impact.currency", SectionKey::Impact},
    {Field::SlaBreached, "impact.slaBreached", SectionKey::Impact},
    {Field::DataLost, "impact.dataLost", SectionKey::Impact},
    {Field::DataCompromised, "impact.dataCompromised", SectionKey::Impact},
    {Field::DetectionMethod, "detection.method", SectionKey::Detection},
    {Field::DetectionTime, "detection.time", SectionKey::Detection},
    {Field::Detection, "detection.markdown", SectionKey::Detection},
    {Field::Triage, "triage.markdown", SectionKey::Triage},
    {Field::RootCauses, "rootCauses.markdown", SectionKey::RootCauses},
    {Field::Resolution, "resolution.markdown", SectionKey::Resolution},
    {Field::ShareAudience, "share.audience", SectionKey::Share},
    {Field::Share, "share.markdown", SectionKey::Share},
    {Field::VisibilityAuthors, "authors.visibility", SectionKey::Authors},
    {Field::VisibilitySummary, "summary.visibility", SectionKey::Summary},
    {Field::VisibilityImpact, "impact.visibility", SectionKey::Impact},
    {Field::VisibilityDetection, "detection.visibility", SectionKey::Detection},
    {Field::VisibilityTriage, "triage.visibility", SectionKey::Triage},
    {Field::VisibilityRootCauses, "rootCauses.visibility", SectionKey::RootCauses},
    {Field::VisibilityResolution, "resolution.visibility", SectionKey::Resolution},
    {Field::VisibilityTimeline, "timeline.visibility", SectionKey::Timeline},
    {Field::VisibilityLessons, "lessons.visibility", SectionKey::Lessons},
    {Field::VisibilityActions, "actions.visibility", SectionKey::Actions},
    {Field::VisibilityShare, "share.visibility", SectionKey::Share},
    {Field::VisibilityImpactUser, "impact.user.visibility", SectionKey::Impact},
    {Field::VisibilityImpactBusiness, "impact.business.visibility", SectionKey::Impact},
    {Field::VisibilityImpactTeam, "impact.team.visibility", SectionKey::Impact},
    {Field::VisibilityUsersAffected, "impact.usersAffected.visibility", SectionKey::Impact},
    {Field::VisibilityRevenueLost, "impact.revenueLost.visibility", SectionKey::Impact},
    {Field::VisibilitySlaBreached, "impact.slaBreached.visibility", SectionKey::Impact},
    {Field::VisibilityDataLost, "impact.dataLost.visibility", SectionKey::Impact},
    {Field::VisibilityDataCompromised, "impact.dataCompromised.visibility", SectionKey::Impact},
    {Field::DismissedChecks, "checks.dismissed", SectionKey::Share},
    {Field::ReviewId, "review.id", SectionKey::Share},
};
static_assert(std::size(fieldEntries) == FieldCount);

} // namespace

QString sectionEmoji(SectionKey key)
{
    switch (key) {
    case SectionKey::Authors:
        return QStringLiteral("✍️");
    case SectionKey::Summary:
        return QStringLiteral("🗞️");
    case SectionKey::Impact:
        return QStringLiteral("🔥");
    case SectionKey::Detection:
        return QStringLiteral("🚨");
    case SectionKey::Triage:
        return QStringLiteral("🔍");
    case SectionKey::RootCauses:
        return QStringLiteral("🐛");
    case SectionKey::Resolution:
        return QStringLiteral("🧯");
    case SectionKey::Timeline:
        return QStringLiteral("⏱️");
    case SectionKey::Lessons:
        return QStringLiteral("👩‍🎓");
    case SectionKey::Actions:
        return QStringLiteral("⏭️");
    case SectionKey::Share:
        return QStringLiteral("👐");
    }
    return {};
}

QString labelInSentence(const QString &label)
{
    const QString rule = QCoreApplication::translate(
        "Hindsight", "LABELS_IN_SENTENCE_LOWER_CASE",
        "Translate as LABELS_IN_SENTENCE_AS_WRITTEN when the names of sections and columns keep their capital "
        "letters inside a sentence (as German nouns do); keep it as it is when they are written in lower case.");
    return rule == u"LABELS_IN_SENTENCE_AS_WRITTEN" ? label : label.toLower();
}

QString sectionHeading(SectionKey key, bool withEmoji)
{
    return withEmoji ? sectionEmoji(key) + QLatin1Char(' ') + enumLabel(key) : enumLabel(key);
}

QList<SectionKey> allSections()
{
    return enumValues<SectionKey>();
}

QString severityLabel(int severity)
{
    return severity >= 1 && severity <= 5 ? QStringLiteral("SEV%1").arg(severity) : QString();
}

QString priorityLabel(int priority)
{
    return priority >= 1 && priority <= 4 ? QStringLiteral("P%1").arg(priority) : QString();
}

QString fieldName(Field field)
{
    return QString::fromLatin1(fieldEntries[int(field)].name);
}

std::optional<Field> fieldFromName(QStringView name)
{
    for (const auto &entry : fieldEntries) {
        if (name == QLatin1StringView(entry.name))
            return entry.field;
    }
    return std::nullopt;
}

Field visibilityField(SectionKey key)
{
    return Field(int(Field::VisibilityAuthors) + int(key));
}

Field visibilityField(ImpactPart part)
{
    return Field(int(Field::VisibilityImpactUser) + int(part));
}

SectionKey sectionOfField(Field field)
{
    return fieldEntries[int(field)].section;
}

} // namespace hindsight::model
