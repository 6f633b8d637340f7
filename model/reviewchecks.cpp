// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewchecks.h"

#include "blamelessscan.h"
#include "highlight/codefencetracker.h"
#include "metrics.h"
#include "names.h"

#include <QHash>
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
    void add(Check check) { m_checks.append(std::move(check)); }

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

// The blameless scanner for a review's people, kept while they stay the same: building one
// compiles its expressions, which takes far longer than a scan. It also remembers the rows' texts
// in which it found nothing: between two keystrokes only the text being typed changes, and a long
// timeline is not scanned again for it (benchmarks/bench_checks.cpp).
class WordingScanner
{
public:
    const BlamelessScanner &scannerFor(const Review &review)
    {
        QStringList names = BlamelessScanner::peopleNames(review);
        if (!m_scanner || names != m_names) {
            m_names = std::move(names);
            m_scanner.emplace(m_names);
            m_clean.clear();
        }
        // Every version of a row typed into stays in the set: start afresh before it outgrows the
        // review.
        const qsizetype rows = review.timeline.size() + review.lessons.size() + review.actions.size();
        if (m_clean.size() > 2 * rows + 1024)
            m_clean.clear();
        return *m_scanner;
    }

    QList<BlameFinding> scanRow(const QString &text)
    {
        if (text.isEmpty())
            return {};
        if (const auto it = m_clean.constFind(text.constData()); it != m_clean.cend() && it->size() == text.size())
            return {};
        auto findings = m_scanner->scan(text);
        if (findings.isEmpty())
            m_clean.insert(text.constData(), text);
        return findings;
    }

private:
    QStringList m_names;
    std::optional<BlamelessScanner> m_scanner;
    // Clean texts by where their characters are, which is cheaper than hashing and comparing
    // them: the review's rows share their text with the copy kept here, and a shared text is
    // copied before it is changed, so the characters at a kept address never change.
    QHash<const QChar *, QString> m_clean;
};

// Where blaming wording was found: the id's part before the phrase, and the check's place.
struct WordingPlace
{
    QString idBase; // "wording.blame:summary.markdown", "wording.blame.event#12"
    QString where;  // "Team impact", "Timeline event “Katrin forgot the…”"; empty when the section says it
    CheckLocation location;
};

// What the editor underlines in a Markdown text: the findings line by line, leaving out fenced
// code blocks, which quote logs and code as they were, and lines too long to be prose.
QList<BlameFinding> scanMarkdown(const BlamelessScanner &scanner, const QString &text)
{
    QList<BlameFinding> findings;
    highlight::CodeFenceTracker fences;
    int state = -1;
    for (const auto line : QStringView(text).split(QLatin1Char('\n'))) {
        const auto kind = fences.classify(state, line);
        state = kind.state;
        if (kind.kind == highlight::CodeFenceTracker::Line::Kind::Text &&
            line.size() <= BlamelessScanner::MaxMarkdownLine)
            findings += scanner.scan(line.toString());
    }
    return findings;
}

void addFindings(const QList<BlameFinding> &findings, const WordingPlace &place, Findings &out)
{
    QStringList seen;
    for (const auto &finding : findings) {
        // One line, as dismissals are stored one a line; the same phrase twice is one check.
        const QString phrase = finding.phrase.simplified();
        if (seen.contains(phrase))
            continue;
        seen.append(phrase);
        const QString text = place.where.isEmpty()
                                 ? finding.suggestion
                                 : ReviewChecks::tr("%1: %2", "where blaming wording is, and what to write instead")
                                       .arg(place.where, finding.suggestion);
        out.add(Check{place.idBase + QLatin1Char(':') + phrase, ReviewChecks::tr("Blaming wording"), text,
                      place.location, false});
    }
}

void wording(const Review &review, Findings &out)
{
    // One for each thread: the checks run in the editor and from the command line.
    thread_local WordingScanner rows;
    const BlamelessScanner &scanner = rows.scannerFor(review);
    const QString blame = QStringLiteral("wording.blame");
    const auto field = [&](const QString &text, Field key, SectionKey section, const QString &where) {
        const auto findings = key == Field::ShareAudience ? scanner.scan(text) : scanMarkdown(scanner, text);
        if (!findings.isEmpty())
            addFindings(findings, {blame + QLatin1Char(':') + fieldName(key), where, CheckLocation{section, key, 0}},
                        out);
    };
    // The section names the place of its text; the Impact section has three, Share a line more.
    const auto sectionField = [&](const QString &text, Field key, SectionKey section) {
        field(text, key, section, {});
    };
    sectionField(review.summary, Field::Summary, SectionKey::Summary);
    field(review.impact.user, Field::ImpactUser, SectionKey::Impact, enumLabel(ImpactPart::User));
    field(review.impact.business, Field::ImpactBusiness, SectionKey::Impact, enumLabel(ImpactPart::Business));
    field(review.impact.team, Field::ImpactTeam, SectionKey::Impact, enumLabel(ImpactPart::Team));
    sectionField(review.detection.markdown, Field::Detection, SectionKey::Detection);
    sectionField(review.triage, Field::Triage, SectionKey::Triage);
    sectionField(review.rootCauses, Field::RootCauses, SectionKey::RootCauses);
    sectionField(review.resolution, Field::Resolution, SectionKey::Resolution);
    field(review.shareAudience, Field::ShareAudience, SectionKey::Share, ReviewChecks::tr("Who it goes to"));
    sectionField(review.share, Field::Share, SectionKey::Share);

    // A row's place is written only when it has a finding: quoting every row would cost more
    // than scanning it.
    const auto rowPlace = [&blame](const char *kind, qint64 id, SectionKey section, const QString &where) {
        return WordingPlace{ReviewChecks::rowCheckId(blame + QLatin1Char('.') + QLatin1String(kind), id), where,
                            CheckLocation{section, std::nullopt, id}};
    };
    for (const auto &event : review.timeline) {
        if (const auto findings = rows.scanRow(event.text); !findings.isEmpty())
            addFindings(findings,
                        rowPlace("event", event.id, SectionKey::Timeline,
                                 ReviewChecks::tr("Timeline event %1").arg(ReviewChecks::quote(event.text))),
                        out);
    }
    for (const auto &lesson : review.lessons) {
        if (const auto findings = rows.scanRow(lesson.text); !findings.isEmpty())
            addFindings(findings,
                        rowPlace("lesson", lesson.id, SectionKey::Lessons,
                                 ReviewChecks::tr("Lesson %1").arg(ReviewChecks::quote(lesson.text))),
                        out);
    }
    for (const auto &action : review.actions) {
        if (const auto findings = rows.scanRow(action.title); !findings.isEmpty())
            addFindings(findings,
                        rowPlace("action", action.id, SectionKey::Actions,
                                 ReviewChecks::tr("Action %1").arg(ReviewChecks::quote(action.title))),
                        out);
    }
    for (const auto &note : review.additional) {
        if (const auto findings = scanMarkdown(scanner, note.markdown); !findings.isEmpty()) {
            const QString where = blank(note.heading)
                                      ? ReviewChecks::tr("Additional note")
                                      : ReviewChecks::tr("Note %1").arg(ReviewChecks::quote(note.heading));
            auto place = rowPlace("note", note.id, SectionKey::Share, where);
            place.location.additionalNote = true;
            addFindings(findings, place, out);
        }
    }
}

// The kinds of checks, each appending what it finds: the results are put in section order
// afterwards.
using Checker = void (*)(const Review &, Findings &);
constexpr Checker checkers[] = {&authorsAndSummary,
                                &impact,
                                &detectionAndTriage,
                                &causesAndResolution,
                                &timeline,
                                &lessons,
                                &actions,
                                &share,
                                &wording};

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

QString ReviewChecks::placeLabel(const CheckLocation &location)
{
    return location.additionalNote ? tr("Additional notes") : enumLabel(location.section);
}

QString ReviewChecks::placeKey(const CheckLocation &location)
{
    return location.additionalNote ? QStringLiteral("additional") : enumKey(location.section);
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
