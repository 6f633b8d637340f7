// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewchecks.h"

#include "metrics.h"
#include "names.h"

#include <QRegularExpression>

#include <algorithm>

namespace hindsight::model {

namespace {

bool blank(const QString &text)
{
    return text.trimmed().isEmpty();
}

bool hasFigure(const Review &review, SectionKey section)
{
    return std::any_of(review.figures.cbegin(), review.figures.cend(),
                       [section](const Figure &figure) { return figure.section == section; });
}

// A picture or a link in Markdown: "![graph](…)", "https://grafana…".
bool hasImageOrLink(const QString &markdown)
{
    return markdown.contains(QLatin1String("![")) || markdown.contains(QLatin1String("http://")) ||
           markdown.contains(QLatin1String("https://"));
}

int wordCount(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

class Findings
{
public:
    explicit Findings(QList<Check> &checks) : m_checks(checks) {}

    void add(const QString &id, const QString &title, const QString &text, SectionKey section,
             std::optional<Field> field = std::nullopt, qint64 rowId = 0)
    {
        m_checks.append(Check{id, title, text, CheckLocation{section, field, rowId}, false});
    }

private:
    QList<Check> &m_checks;
};

void authorsAndSummary(const Review &review, Findings &out)
{
    if (review.authors.isEmpty())
        out.add(QStringLiteral("authors.listed"), ReviewChecks::tr("No authors"),
                ReviewChecks::tr("Nobody is listed as an author: readers need to know whom to ask."),
                SectionKey::Authors);
    if (blank(review.summary)) {
        out.add(QStringLiteral("summary.written"), ReviewChecks::tr("No summary"),
                ReviewChecks::tr("There is no summary: many readers read only the TL;DR."), SectionKey::Summary,
                Field::Summary);
    } else if (const int words = wordCount(review.summary); words > ReviewChecks::SummaryWordLimit) {
        out.add(QStringLiteral("summary.tldr"), ReviewChecks::tr("Summary too long for a TL;DR"),
                ReviewChecks::tr("The summary %1 has %2 words; a TL;DR is read in half a minute: keep it to %3.")
                    .arg(ReviewChecks::quote(review.summary))
                    .arg(words)
                    .arg(ReviewChecks::SummaryWordLimit),
                SectionKey::Summary, Field::Summary);
    }
}

void impact(const Review &review, Findings &out)
{
    const auto &impact = review.impact;
    if (blank(impact.user))
        out.add(QStringLiteral("impact.user"), ReviewChecks::tr("User impact not described"),
                ReviewChecks::tr("The impact on users is not described: could they do what they came to do?"),
                SectionKey::Impact, Field::ImpactUser);
    if (blank(impact.business))
        out.add(
            QStringLiteral("impact.business"), ReviewChecks::tr("Business impact not described"),
            ReviewChecks::tr("The impact on the business is not described: was money lost, was an agreement breached?"),
            SectionKey::Impact, Field::ImpactBusiness);
    if (blank(impact.team))
        out.add(QStringLiteral("impact.team"), ReviewChecks::tr("Team impact not described"),
                ReviewChecks::tr("The impact on the team is not described: was anyone woken at night, was a sprint "
                                 "interrupted?"),
                SectionKey::Impact, Field::ImpactTeam);
    // Two ticks cannot tell "no data lost" from "not asked": the text may answer instead.
    static const QRegularExpression data(QStringLiteral("\\b(data|daten)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (!impact.dataLost && !impact.dataCompromised && !data.match(impact.user).hasMatch()) {
        const QString answer =
            ReviewChecks::tr("tick “Data lost” or “Data compromised”, or say in the user impact that no "
                             "data was.");
        out.add(QStringLiteral("impact.data"), ReviewChecks::tr("Data loss not answered"),
                blank(impact.user)
                    ? ReviewChecks::tr("Nothing says whether data was lost or compromised: %1").arg(answer)
                    : ReviewChecks::tr("The user impact %1 does not say whether data was lost or compromised: %2")
                          .arg(ReviewChecks::quote(impact.user), answer),
                SectionKey::Impact, Field::ImpactUser);
    }
}

void detectionAndTriage(const Review &review, Findings &out)
{
    const auto &detection = review.detection;
    if (detection.method == DetectionMethod::Unset)
        out.add(QStringLiteral("detection.how"), ReviewChecks::tr("Detection method not set"),
                ReviewChecks::tr("How the team became aware is not set: an alert, a dashboard, a customer report?"),
                SectionKey::Detection, Field::DetectionMethod);
    else if (blank(detection.markdown))
        out.add(
            QStringLiteral("detection.how"), ReviewChecks::tr("Detection not described"),
            ReviewChecks::tr("The detection method is “%1”, but nothing says what happened: which alert, who noticed?")
                .arg(enumLabel(detection.method)),
            SectionKey::Detection, Field::Detection);
    if (!detection.time.isValid())
        out.add(QStringLiteral("detection.when"), ReviewChecks::tr("Detection time not set"),
                ReviewChecks::tr("When the team became aware is not set."), SectionKey::Detection,
                Field::DetectionTime);
    if (blank(review.triage))
        out.add(QStringLiteral("triage.written"), ReviewChecks::tr("Triage not written"),
                ReviewChecks::tr("Nothing says how the responders assessed the severity and whom they called in."),
                SectionKey::Triage, Field::Triage);
}

void causesAndResolution(const Review &review, Findings &out)
{
    if (!hasFigure(review, SectionKey::RootCauses) && !hasImageOrLink(review.rootCauses)) {
        out.add(QStringLiteral("rootCauses.evidence"), ReviewChecks::tr("Root causes without evidence"),
                blank(review.rootCauses)
                    ? ReviewChecks::tr(
                          "The root causes are not written yet; back them with a chart, a screenshot or a link to "
                          "a dashboard.")
                    : ReviewChecks::tr(
                          "Nothing backs %1: add a chart or a screenshot, or link to the dashboard that shows it.")
                          .arg(ReviewChecks::quote(review.rootCauses)),
                SectionKey::RootCauses, Field::RootCauses);
    }
    const bool chart = hasFigure(review, SectionKey::Resolution) || hasImageOrLink(review.resolution);
    if (blank(review.resolution)) {
        out.add(QStringLiteral("resolution.verified"), ReviewChecks::tr("Resolution not verified"),
                ReviewChecks::tr("Nothing says what brought the system back and how the team made sure all was well."),
                SectionKey::Resolution, Field::Resolution);
    } else if (!chart) {
        out.add(QStringLiteral("resolution.verified"), ReviewChecks::tr("Resolution not verified"),
                ReviewChecks::tr("%1 shows no chart: add the one that showed the team all was well again.")
                    .arg(ReviewChecks::quote(review.resolution)),
                SectionKey::Resolution, Field::Resolution);
    }
}

void timeline(const Review &review, Findings &out)
{
    int untimed = 0;
    const TimelineEvent *first = nullptr;
    for (const auto &event : review.timeline) {
        if (event.precision == TimePrecision::Day || event.precision == TimePrecision::UnknownTime) {
            if (untimed++ == 0)
                first = &event;
        }
    }
    if (first) {
        out.add(QStringLiteral("timeline.times"), ReviewChecks::tr("Events without a time"),
                ReviewChecks::tr("Events without a time of day: %1; the first is %2 on %3.")
                    .arg(untimed)
                    .arg(ReviewChecks::quote(first->text), first->time.date().toString(Qt::ISODate)),
                SectionKey::Timeline, std::nullopt, first->id);
    }

    const auto metrics = Metrics::compute(review);
    QStringList missing;
    for (const auto milestone : {Milestone::Started, Milestone::Detected, Milestone::Mitigated, Milestone::Resolved}) {
        if (!metrics.at(milestone).isValid())
            missing.append(labelInSentence(enumLabel(milestone)));
    }
    if (!missing.isEmpty())
        out.add(QStringLiteral("timeline.milestones"), ReviewChecks::tr("Milestones missing"),
                ReviewChecks::tr("No event is marked %1: the time to detect, mitigate and resolve come from them.")
                    .arg(missing.join(QStringLiteral(", "))),
                SectionKey::Timeline);
    if (!metrics.outOfOrder.isEmpty()) {
        // Points at the event that carries the first milestone out of order.
        const auto milestone = metrics.outOfOrder.first();
        const auto at = metrics.at(milestone);
        const auto event = std::find_if(review.timeline.cbegin(), review.timeline.cend(), [&](const TimelineEvent &e) {
            return e.milestone == milestone && e.time == at;
        });
        out.add(QStringLiteral("timeline.order"), ReviewChecks::tr("Milestones out of order"),
                metrics.problems.join(QLatin1Char(' ')), SectionKey::Timeline, std::nullopt,
                event == review.timeline.cend() ? 0 : event->id);
    }
}

void lessons(const Review &review, Findings &out)
{
    for (const auto kind : enumValues<LessonKind>()) {
        const bool any = std::any_of(review.lessons.cbegin(), review.lessons.cend(), [kind](const Lesson &lesson) {
            return lesson.kind == kind && !blank(lesson.text);
        });
        if (!any)
            out.add(QStringLiteral("lessons.") + enumKey(kind),
                    ReviewChecks::tr("No lesson under “%1”").arg(enumLabel(kind)),
                    ReviewChecks::tr("The list “%1” is empty: each of the three lists teaches something.")
                        .arg(enumLabel(kind)),
                    SectionKey::Lessons);
    }
}

void actions(const Review &review, Findings &out)
{
    if (review.actions.isEmpty()) {
        out.add(QStringLiteral("actions.listed"), ReviewChecks::tr("No actions"),
                ReviewChecks::tr("No action is listed: what will keep this from happening again?"),
                SectionKey::Actions);
        return;
    }
    for (const auto &action : review.actions) {
        // A dropped action needs no owner, ticket or date.
        if (action.status == ActionStatus::WontDo)
            continue;
        QStringList lacks;
        if (blank(action.owner))
            lacks.append(ReviewChecks::tr("an owner"));
        if (blank(action.ticket))
            lacks.append(ReviewChecks::tr("a ticket"));
        if (!action.due.isValid())
            lacks.append(ReviewChecks::tr("a due date"));
        if (lacks.isEmpty())
            continue;
        const QString name =
            blank(action.title) ? ReviewChecks::tr("An untitled action") : ReviewChecks::quote(action.title);
        out.add(ReviewChecks::rowCheckId(QStringLiteral("action.complete"), action.id),
                ReviewChecks::tr("Action incomplete"),
                ReviewChecks::tr("%1 lacks %2.").arg(name, lacks.join(QStringLiteral(", "))), SectionKey::Actions,
                std::nullopt, action.id);
    }
}

void share(const Review &review, Findings &out)
{
    if (blank(review.shareAudience))
        out.add(
            QStringLiteral("share.audience"), ReviewChecks::tr("Audience not named"),
            ReviewChecks::tr("Nothing says who the review goes to: the whole company, the teams involved, customers?"),
            SectionKey::Share, Field::ShareAudience);
}

// The kinds of checks, each appending what it finds. A further kind of check (blameless wording,
// say) is one more function here: the results are put in section order afterwards.
using Checker = void (*)(const Review &, Findings &);
constexpr Checker checkers[] = {
    &authorsAndSummary, &impact, &detectionAndTriage, &causesAndResolution, &timeline, &lessons, &actions, &share};

} // namespace

QList<Check> ReviewChecks::run(const Review &review)
{
    QList<Check> checks;
    Findings findings(checks);
    for (const auto checker : checkers)
        checker(review, findings);
    std::stable_sort(checks.begin(), checks.end(),
                     [](const Check &a, const Check &b) { return int(a.location.section) < int(b.location.section); });
    if (!review.dismissedChecks.isEmpty()) {
        for (auto &check : checks)
            check.dismissed =
                std::binary_search(review.dismissedChecks.cbegin(), review.dismissedChecks.cend(), check.id);
    }
    return checks;
}

QList<Check> ReviewChecks::open(const Review &review)
{
    auto checks = run(review);
    checks.removeIf([](const Check &check) { return check.dismissed; });
    return checks;
}

QString ReviewChecks::rowCheckId(const QString &base, qint64 rowId)
{
    return base + QLatin1Char('#') + QString::number(rowId);
}

QString ReviewChecks::quote(const QString &text)
{
    // The first line with text, as one line: enough to recognise it.
    QString line;
    for (const auto &candidate : QStringView(text).split(QLatin1Char('\n'))) {
        if (!candidate.trimmed().isEmpty()) {
            line = candidate.toString().simplified();
            break;
        }
    }
    if (line.size() > QuoteLength) {
        int cut = QuoteLength;
        // Never between the two halves of a surrogate pair.
        if (line.at(cut - 1).isHighSurrogate())
            --cut;
        line = line.left(cut).trimmed() + QStringLiteral("…");
    }
    return tr("“%1”", "a text quoted in a check's reason").arg(line);
}

} // namespace hindsight::model
