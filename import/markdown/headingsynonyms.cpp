// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headingsynonyms.h"

#include <QHash>
#include <QRegularExpression>

namespace hindsight::importing::mdimport {

using model::SectionKey;

namespace {

constexpr auto Anywhere = HeadingScope::Anywhere;
constexpr auto InSection = HeadingScope::InSection;
constexpr bool Labelled = true;

// Matching is exact after normalizedHeading(): "What happened" is the summary, "What happened
// next" names no section and becomes an additional note.
constexpr HeadingSynonym synonyms[] = {
    {"Authors", SectionKey::Authors, HeadingPart::Whole, Anywhere, false},
    {"Author", SectionKey::Authors, HeadingPart::Whole, Anywhere, false},
    {"Owners", SectionKey::Authors, HeadingPart::Whole, Anywhere, false},
    {"Owner", SectionKey::Authors, HeadingPart::Whole, Anywhere, false},
    {"Postmortem owners", SectionKey::Authors, HeadingPart::Whole, Anywhere, false},
    {"Postmortem owner", SectionKey::Authors, HeadingPart::Whole, Anywhere, false},
    {"Written by", SectionKey::Authors, HeadingPart::Whole, Anywhere, false},
    {"Prepared by", SectionKey::Authors, HeadingPart::Whole, Anywhere, false},
    {"Contributors", SectionKey::Authors, HeadingPart::Whole, Anywhere, false},

    {"Summary", SectionKey::Summary, HeadingPart::Whole, Anywhere, false},
    {"TL;DR", SectionKey::Summary, HeadingPart::Whole, Anywhere, false},
    {"TLDR", SectionKey::Summary, HeadingPart::Whole, Anywhere, false},
    {"Overview", SectionKey::Summary, HeadingPart::Whole, Anywhere, false},
    {"Executive summary", SectionKey::Summary, HeadingPart::Whole, Anywhere, false},
    {"Incident summary", SectionKey::Summary, HeadingPart::Whole, Anywhere, false},
    {"Issue summary", SectionKey::Summary, HeadingPart::Whole, Anywhere, false},
    {"What happened", SectionKey::Summary, HeadingPart::Whole, Anywhere, false},
    {"Description", SectionKey::Summary, HeadingPart::Whole, Anywhere, false},
    {"Incident description", SectionKey::Summary, HeadingPart::Whole, Anywhere, false},
    {"Abstract", SectionKey::Summary, HeadingPart::Whole, Anywhere, false},
    {"Synopsis", SectionKey::Summary, HeadingPart::Whole, Anywhere, false},
    {"Background", SectionKey::Summary, HeadingPart::Whole, Anywhere, Labelled},
    {"Context", SectionKey::Summary, HeadingPart::Whole, Anywhere, Labelled},

    {"Impact", SectionKey::Impact, HeadingPart::Whole, Anywhere, false},
    {"Impacts", SectionKey::Impact, HeadingPart::Whole, Anywhere, false},
    {"Incident impact", SectionKey::Impact, HeadingPart::Whole, Anywhere, false},
    {"Impact assessment", SectionKey::Impact, HeadingPart::Whole, Anywhere, false},
    {"Customer impact", SectionKey::Impact, HeadingPart::ImpactUser, Anywhere, false},
    {"User impact", SectionKey::Impact, HeadingPart::ImpactUser, Anywhere, false},
    {"Impact on users", SectionKey::Impact, HeadingPart::ImpactUser, Anywhere, false},
    {"Business impact", SectionKey::Impact, HeadingPart::ImpactBusiness, Anywhere, false},
    {"Financial impact", SectionKey::Impact, HeadingPart::ImpactBusiness, Anywhere, false},
    {"Revenue impact", SectionKey::Impact, HeadingPart::ImpactBusiness, Anywhere, false},
    {"Team impact", SectionKey::Impact, HeadingPart::ImpactTeam, Anywhere, false},
    {"Impact on the team", SectionKey::Impact, HeadingPart::ImpactTeam, Anywhere, false},
    {"User", SectionKey::Impact, HeadingPart::ImpactUser, InSection, false},
    {"Users", SectionKey::Impact, HeadingPart::ImpactUser, InSection, false},
    {"Customer", SectionKey::Impact, HeadingPart::ImpactUser, InSection, false},
    {"Customers", SectionKey::Impact, HeadingPart::ImpactUser, InSection, false},
    {"End users", SectionKey::Impact, HeadingPart::ImpactUser, InSection, false},
    {"Business", SectionKey::Impact, HeadingPart::ImpactBusiness, InSection, false},
    {"Revenue", SectionKey::Impact, HeadingPart::ImpactBusiness, InSection, false},
    {"Money", SectionKey::Impact, HeadingPart::ImpactBusiness, InSection, false},
    {"Team", SectionKey::Impact, HeadingPart::ImpactTeam, InSection, false},
    {"Teams", SectionKey::Impact, HeadingPart::ImpactTeam, InSection, false},
    {"Responders", SectionKey::Impact, HeadingPart::ImpactTeam, InSection, false},
    {"Figures", SectionKey::Impact, HeadingPart::ImpactFigures, InSection, false},
    {"Key figures", SectionKey::Impact, HeadingPart::ImpactFigures, InSection, false},
    {"In numbers", SectionKey::Impact, HeadingPart::ImpactFigures, InSection, false},
    {"Numbers", SectionKey::Impact, HeadingPart::ImpactFigures, InSection, false},

    {"Detection", SectionKey::Detection, HeadingPart::Whole, Anywhere, false},
    {"How we found out", SectionKey::Detection, HeadingPart::Whole, Anywhere, false},
    {"How it was detected", SectionKey::Detection, HeadingPart::Whole, Anywhere, false},
    {"How was it detected", SectionKey::Detection, HeadingPart::Whole, Anywhere, false},
    {"How we detected it", SectionKey::Detection, HeadingPart::Whole, Anywhere, false},
    {"Discovery", SectionKey::Detection, HeadingPart::Whole, Anywhere, false},
    {"Alerting", SectionKey::Detection, HeadingPart::Whole, Anywhere, Labelled},

    {"Triage", SectionKey::Triage, HeadingPart::Whole, Anywhere, false},
    {"Response", SectionKey::Triage, HeadingPart::Whole, Anywhere, false},
    {"Incident response", SectionKey::Triage, HeadingPart::Whole, Anywhere, false},
    {"Initial response", SectionKey::Triage, HeadingPart::Whole, Anywhere, false},
    {"Escalation", SectionKey::Triage, HeadingPart::Whole, Anywhere, Labelled},

    {"Root causes", SectionKey::RootCauses, HeadingPart::Whole, Anywhere, false},
    {"Root cause", SectionKey::RootCauses, HeadingPart::Whole, Anywhere, false},
    {"Root cause analysis", SectionKey::RootCauses, HeadingPart::Whole, Anywhere, false},
    {"RCA", SectionKey::RootCauses, HeadingPart::Whole, Anywhere, false},
    {"Causes", SectionKey::RootCauses, HeadingPart::Whole, Anywhere, false},
    {"Cause", SectionKey::RootCauses, HeadingPart::Whole, Anywhere, false},
    {"Why it happened", SectionKey::RootCauses, HeadingPart::Whole, Anywhere, false},
    {"Analysis", SectionKey::RootCauses, HeadingPart::Whole, Anywhere, false},
    {"Technical analysis", SectionKey::RootCauses, HeadingPart::Whole, Anywhere, false},
    {"Investigation", SectionKey::RootCauses, HeadingPart::Whole, Anywhere, Labelled},
    {"Contributing factors", SectionKey::RootCauses, HeadingPart::Whole, Anywhere, Labelled},
    {"Contributing factor", SectionKey::RootCauses, HeadingPart::Whole, Anywhere, Labelled},
    {"Trigger", SectionKey::RootCauses, HeadingPart::Whole, Anywhere, Labelled},
    {"Triggers", SectionKey::RootCauses, HeadingPart::Whole, Anywhere, Labelled},
    {"5 whys", SectionKey::RootCauses, HeadingPart::Whole, Anywhere, Labelled},
    {"Five whys", SectionKey::RootCauses, HeadingPart::Whole, Anywhere, Labelled},

    {"Resolution", SectionKey::Resolution, HeadingPart::Whole, Anywhere, false},
    {"Resolution and recovery", SectionKey::Resolution, HeadingPart::Whole, Anywhere, false},
    {"Mitigation and resolution", SectionKey::Resolution, HeadingPart::Whole, Anywhere, false},
    {"How it was fixed", SectionKey::Resolution, HeadingPart::Whole, Anywhere, false},
    {"How we fixed it", SectionKey::Resolution, HeadingPart::Whole, Anywhere, false},
    {"Recovery", SectionKey::Resolution, HeadingPart::Whole, Anywhere, Labelled},
    {"Mitigation", SectionKey::Resolution, HeadingPart::Whole, Anywhere, Labelled},
    {"Workaround", SectionKey::Resolution, HeadingPart::Whole, Anywhere, Labelled},

    {"Timeline", SectionKey::Timeline, HeadingPart::Whole, Anywhere, false},
    {"Chronology", SectionKey::Timeline, HeadingPart::Whole, Anywhere, false},
    {"Incident timeline", SectionKey::Timeline, HeadingPart::Whole, Anywhere, false},
    {"Detailed timeline", SectionKey::Timeline, HeadingPart::Whole, Anywhere, false},
    {"Timeline of events", SectionKey::Timeline, HeadingPart::Whole, Anywhere, false},
    {"Sequence of events", SectionKey::Timeline, HeadingPart::Whole, Anywhere, false},
    {"Incident log", SectionKey::Timeline, HeadingPart::Whole, Anywhere, false},
    {"Event log", SectionKey::Timeline, HeadingPart::Whole, Anywhere, false},
    {"Events", SectionKey::Timeline, HeadingPart::Whole, Anywhere, false},

    {"Lessons learned", SectionKey::Lessons, HeadingPart::Whole, Anywhere, false},
    {"Lessons learnt", SectionKey::Lessons, HeadingPart::Whole, Anywhere, false},
    {"Lessons", SectionKey::Lessons, HeadingPart::Whole, Anywhere, false},
    {"Learnings", SectionKey::Lessons, HeadingPart::Whole, Anywhere, false},
    {"Key learnings", SectionKey::Lessons, HeadingPart::Whole, Anywhere, false},
    {"Takeaways", SectionKey::Lessons, HeadingPart::Whole, Anywhere, false},
    {"Key takeaways", SectionKey::Lessons, HeadingPart::Whole, Anywhere, false},
    {"Retrospective", SectionKey::Lessons, HeadingPart::Whole, Anywhere, false},
    {"What went well", SectionKey::Lessons, HeadingPart::WentWell, Anywhere, false},
    {"Went well", SectionKey::Lessons, HeadingPart::WentWell, Anywhere, false},
    {"Things that went well", SectionKey::Lessons, HeadingPart::WentWell, Anywhere, false},
    {"What went right", SectionKey::Lessons, HeadingPart::WentWell, Anywhere, false},
    {"What worked", SectionKey::Lessons, HeadingPart::WentWell, Anywhere, false},
    {"What worked well", SectionKey::Lessons, HeadingPart::WentWell, Anywhere, false},
    {"What went wrong", SectionKey::Lessons, HeadingPart::WentWrong, Anywhere, false},
    {"Went wrong", SectionKey::Lessons, HeadingPart::WentWrong, Anywhere, false},
    {"Things that went wrong", SectionKey::Lessons, HeadingPart::WentWrong, Anywhere, false},
    {"What went badly", SectionKey::Lessons, HeadingPart::WentWrong, Anywhere, false},
    {"What didn't go well", SectionKey::Lessons, HeadingPart::WentWrong, Anywhere, false},
    {"What did not go well", SectionKey::Lessons, HeadingPart::WentWrong, Anywhere, false},
    {"What didn't work", SectionKey::Lessons, HeadingPart::WentWrong, Anywhere, false},
    {"What could have gone better", SectionKey::Lessons, HeadingPart::WentWrong, Anywhere, false},
    {"What could be improved", SectionKey::Lessons, HeadingPart::WentWrong, Anywhere, false},
    {"Where we got lucky", SectionKey::Lessons, HeadingPart::GotLucky, Anywhere, false},
    {"Where we were lucky", SectionKey::Lessons, HeadingPart::GotLucky, Anywhere, false},
    {"We got lucky", SectionKey::Lessons, HeadingPart::GotLucky, Anywhere, false},
    {"Got lucky", SectionKey::Lessons, HeadingPart::GotLucky, Anywhere, false},
    {"Lucky", SectionKey::Lessons, HeadingPart::GotLucky, Anywhere, false},
    {"Luck", SectionKey::Lessons, HeadingPart::GotLucky, Anywhere, false},

    {"Actions and issues", SectionKey::Actions, HeadingPart::Whole, Anywhere, false},
    {"Action items", SectionKey::Actions, HeadingPart::Whole, Anywhere, false},
    {"Actions", SectionKey::Actions, HeadingPart::Whole, Anywhere, false},
    {"Action plan", SectionKey::Actions, HeadingPart::Whole, Anywhere, false},
    {"Follow-ups", SectionKey::Actions, HeadingPart::Whole, Anywhere, false},
    {"Followups", SectionKey::Actions, HeadingPart::Whole, Anywhere, false},
    {"Follow-up actions", SectionKey::Actions, HeadingPart::Whole, Anywhere, false},
    {"Follow-up items", SectionKey::Actions, HeadingPart::Whole, Anywhere, false},
    {"Next steps", SectionKey::Actions, HeadingPart::Whole, Anywhere, false},
    {"Corrective actions", SectionKey::Actions, HeadingPart::Whole, Anywhere, false},
    {"Preventive actions", SectionKey::Actions, HeadingPart::Whole, Anywhere, false},
    {"Corrective and preventive actions", SectionKey::Actions, HeadingPart::Whole, Anywhere, false},
    {"Remediation items", SectionKey::Actions, HeadingPart::Whole, Anywhere, false},
    {"Remediation actions", SectionKey::Actions, HeadingPart::Whole, Anywhere, false},
    {"Tasks", SectionKey::Actions, HeadingPart::Whole, Anywhere, false},
    {"To do", SectionKey::Actions, HeadingPart::Whole, Anywhere, false},
    {"Todo", SectionKey::Actions, HeadingPart::Whole, Anywhere, false},

    {"Share it", SectionKey::Share, HeadingPart::Whole, Anywhere, false},
    {"Share", SectionKey::Share, HeadingPart::Whole, Anywhere, false},
    {"Sharing", SectionKey::Share, HeadingPart::Whole, Anywhere, false},
    {"Distribution", SectionKey::Share, HeadingPart::Whole, Anywhere, false},
    {"Audience", SectionKey::Share, HeadingPart::Whole, Anywhere, false},
    {"Shared with", SectionKey::Share, HeadingPart::Whole, Anywhere, false},
};

constexpr std::pair<HeadingPart, const char *> partKeys[] = {
    {HeadingPart::Whole, ""},
    {HeadingPart::ImpactUser, "user"},
    {HeadingPart::ImpactBusiness, "business"},
    {HeadingPart::ImpactTeam, "team"},
    {HeadingPart::ImpactFigures, "figures"},
    {HeadingPart::WentWell, "wentWell"},
    {HeadingPart::WentWrong, "wentWrong"},
    {HeadingPart::GotLucky, "gotLucky"},
};

struct Index
{
    QHash<QString, const HeadingSynonym *> anywhere;
    // Keyed by section and normalized heading.
    QHash<std::pair<int, QString>, const HeadingSynonym *> inSection;
};

const Index &index()
{
    static const Index built = [] {
        Index result;
        for (const auto &synonym : synonyms) {
            const QString key = normalizedHeading(QString::fromUtf8(synonym.heading));
            if (synonym.scope == HeadingScope::Anywhere)
                result.anywhere.insert(key, &synonym);
            else
                result.inSection.insert({int(synonym.section), key}, &synonym);
        }
        return result;
    }();
    return built;
}

HeadingMeaning meaningOf(const HeadingSynonym &synonym)
{
    return {synonym.section, synonym.part, synonym.labelled};
}

} // namespace

std::span<const HeadingSynonym> headingSynonyms()
{
    return synonyms;
}

QString normalizedHeading(QStringView heading)
{
    // "2.", "3)", "1.2." and "IV." number sections; "5 Whys" keeps its number.
    static const QRegularExpression numbering(QStringLiteral(R"(^\s*(?:\d+(?:\.\d+)*[.):]|[IVXivx]+[.)])\s+)"));
    static const QRegularExpression parenthesis(QStringLiteral(R"(\s*\([^()]*\)[\s:.]*$)"));
    QString text = heading.toString();
    text.remove(numbering);
    const QString withoutParenthesis = QString(text).remove(parenthesis);
    // A heading that is all parenthesis keeps it.
    if (!withoutParenthesis.trimmed().isEmpty())
        text = withoutParenthesis;

    QString normalized;
    normalized.reserve(text.size());
    bool space = false;
    for (const QChar c : std::as_const(text)) {
        if (c.isLetterOrNumber()) {
            if (space && !normalized.isEmpty())
                normalized.append(QLatin1Char(' '));
            space = false;
            normalized.append(c.toLower());
        } else if (c == u'\'' || c == u'\u2019') {
            // "didn't" and "didn’t" are one word.
        } else if (c == u'&') {
            if (!normalized.isEmpty())
                normalized.append(QStringLiteral(" and"));
            space = true;
        } else {
            space = true;
        }
    }
    return normalized;
}

QString partKey(HeadingPart part)
{
    for (const auto &[value, key] : partKeys) {
        if (value == part)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<HeadingPart> partFromKey(QStringView key)
{
    for (const auto &[value, name] : partKeys) {
        if (key == QLatin1StringView(name))
            return value;
    }
    return std::nullopt;
}

std::optional<HeadingMeaning> headingMeaning(QStringView heading)
{
    const auto found = index().anywhere.constFind(normalizedHeading(heading));
    if (found == index().anywhere.cend())
        return std::nullopt;
    return meaningOf(**found);
}

std::optional<HeadingMeaning> subheadingMeaning(QStringView heading, SectionKey section)
{
    const QString key = normalizedHeading(heading);
    const auto own = index().inSection.constFind({int(section), key});
    if (own != index().inSection.cend())
        return meaningOf(**own);
    const auto found = index().anywhere.constFind(key);
    if (found == index().anywhere.cend())
        return std::nullopt;
    return meaningOf(**found);
}

} // namespace hindsight::importing::mdimport
