// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../model/samplereview.h"
#include "../sanitizers/sanitized.h"
#include "import/json/jsonimporter.h"
#include "import/markdown/headingsynonyms.h"
#include "import/markdown/markdownimporter.h"
#include "import/textfile.h"
#include "model/names.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <functional>

using namespace hindsight;
using namespace hindsight::importing;
using namespace hindsight::model;

using ReviewText = std::function<QString(const Review &)>;
using ReviewCount = std::function<qsizetype(const Review &)>;

namespace {

const QString fixturesDir = QStringLiteral(HINDSIGHT_TEST_DATA_DIR "/markdown/");
const QString samplePath = QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/samples/checkout-outage.json");
const QString templatePath = QStringLiteral(HINDSIGHT_TEST_DATA_DIR "/markdown/checkout-outage.md");
const QString importDocPath = QStringLiteral(HINDSIGHT_SOURCE_DIR "/docs/import.md");

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

ImportResult importFixture(const QString &name)
{
    return MarkdownImporter().read(fixturesDir + name);
}

ImportResult importText(const QString &markdown)
{
    return reviewFromMarkdown(markdown.toUtf8());
}

// A timeline under a date and a zone, so that a row tests only what it adds.
QString timeline(const QString &body)
{
    return QStringLiteral("# Outage\n\n## Timeline\n\nAll times in UTC.\n\n") + body + QLatin1Char('\n');
}

QString warningsText(const ImportResult &result)
{
    return result.warnings.join(QLatin1Char('\n'));
}

QString personText(const Person &person)
{
    return person.name + QLatin1Char('|') + person.role + QLatin1Char('|') + person.contact;
}

QString actionText(const ActionItem &action)
{
    return QStringList{action.title,
                       enumKey(action.type),
                       action.owner,
                       action.ticket,
                       QString::number(action.priority),
                       action.due.toString(Qt::ISODate),
                       enumKey(action.status),
                       enumKey(action.visibility)}
        .join(QLatin1Char('|'));
}

QString lessonsText(const Review &review)
{
    QStringList texts;
    for (const auto &lesson : review.lessons)
        texts.append(enumKey(lesson.kind) + QLatin1Char(':') + lesson.text);
    return texts.join(QLatin1Char('\n'));
}

QString notesText(const Review &review)
{
    QStringList texts;
    for (const auto &note : review.additional)
        texts.append(note.heading + QStringLiteral(" => ") + note.markdown);
    return texts.join(QLatin1Char('\n'));
}

struct DocumentedSynonym
{
    QString heading;
    QString section;
    QString part;
    bool anywhere = true;
    bool labelled = false;
};

// The synonym table of docs/import.md, between its markers.
QList<DocumentedSynonym> documentedSynonyms()
{
    QFile file(importDocPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype begin = text.indexOf(QStringLiteral("<!-- heading-synonyms:begin -->"));
    const qsizetype end = text.indexOf(QStringLiteral("<!-- heading-synonyms:end -->"));
    if (begin < 0 || end < begin)
        return {};
    QList<DocumentedSynonym> rows;
    const auto lines = QStringView(text).sliced(begin, end - begin).split(u'\n');
    for (const auto &line : lines) {
        if (!line.startsWith(u'|') || line.startsWith(u"| Heading") || line.startsWith(u"| ---"))
            continue;
        auto cells = line.split(u'|');
        if (cells.size() < 7)
            continue;
        rows.append({cells[1].trimmed().toString(), cells[2].trimmed().toString(), cells[3].trimmed().toString(),
                     cells[4].trimmed() == u"anywhere", cells[5].trimmed() == u"yes"});
    }
    return rows;
}

// The SRE book's shape: short sections as bold lines before the first heading, a status in bold
// in the actions table, milestones in bold capitals.
const char *const sreShape = R"(# Postmortem: Photo uploads failed after a quota change (incident #212)

**Date:** 2024-02-06

**Authors:** ana, rui, mei

**Status:** Complete, action items in progress

**Summary:** Photo uploads failed for 41 minutes after a storage quota was lowered by mistake.

**Impact:** About 3,900 users were affected. No data was lost.

**Root Causes:** The quota tool accepted a value in gigabytes where terabytes were meant.
It has no confirmation step.

**Trigger:** A routine quota review at 09:58.

**Resolution:** The quota was restored and queued uploads were retried.

**Detection:** The upload error-rate alert paged the on-call.

## Action Items

| Action Item | Type | Owner | Bug |
| --- | --- | --- | --- |
| Ask for confirmation on quota cuts over 50% | prevent | ana | n/a **DONE** |
| Alert on quota below usage | mitigate | rui | PHO-77 |

## Timeline

2024-02-06 (*all times UTC*)

* 09:58 Quota lowered from 40 TB to 40 GB **OUTAGE BEGINS**
* 10:02 Upload error rate alert fires
* 10:39 **OUTAGE MITIGATED** — quota restored
* 10:41 Retries drain the queue, **OUTAGE ENDS**

## Supporting information:

* Upload dashboard: https://dash.example.internal/uploads
)";

// 20 MB of postmortem: a long timeline table and long root causes, as a pasted log would make.
QByteArray largeDocument(int events, int paragraphs)
{
    QByteArray text = "---\ntitle: Large\nseverity: SEV3\n---\n\n# Large incident\n\n## Summary\n\nA long one.\n\n"
                      "## Timeline\n\n| Time (UTC) | Event |\n| --- | --- |\n";
    text.reserve(22 * 1024 * 1024);
    const QDateTime start = utc(2023, 3, 14);
    for (int i = 0; i < events; ++i) {
        const QDateTime time = start.addSecs(i);
        text += "| " + time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1() + " | Worker " +
                QByteArray::number(i % 97) + " retried the batch &amp; logged `code " + QByteArray::number(i) + "` |\n";
    }
    text += "\n## Root causes\n\n";
    for (int i = 0; i < paragraphs; ++i)
        text += "The consumer acknowledged message " + QByteArray::number(i) +
                " before processing it; **the retry path** held the lock while it slept, and the partition "
                "stalled.\n\n";
    text += "## Action items\n\n- [ ] Fix the retry path (ABC-1, owner Dana)\n";
    return text;
}

} // namespace

class tst_MarkdownImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identity();
    void fixtureCounts_data();
    void fixtureCounts();
    void fixtureEvents_data();
    void fixtureEvents();
    void fixtureFields_data();
    void fixtureFields();
    void fixtureWarnings_data();
    void fixtureWarnings();
    void documentedSynonyms_data();
    void documentedSynonyms();
    void synonymTableMatchesDocs();
    void headingForms_data();
    void headingForms();
    void times_data();
    void times();
    void zones_data();
    void zones();
    void eventMarkup_data();
    void eventMarkup();
    void fields_data();
    void fields();
    void badInput_data();
    void badInput();
    void warnings_data();
    void warnings();
    void readFile_data();
    void readFile();
    void largeFile();
    void templateRoundTrip();
    void localImagesBecomeFigures();
    void pathTraversal_data();
    void pathTraversal();
    void silentDrops_data();
    void silentDrops();
    void linesAfterFrontMatter_data();
    void linesAfterFrontMatter();
    void asGitHubReadsIt_data();
    void asGitHubReadsIt();
};

void tst_MarkdownImporter::identity()
{
    const MarkdownImporter importer;
    QCOMPARE(importer.id(), QStringLiteral("md"));
    QVERIFY(!importer.name().isEmpty());
    QCOMPARE(importer.suffixes(), (QStringList{QStringLiteral("md"), QStringLiteral("markdown")}));
}

void tst_MarkdownImporter::fixtureCounts_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<ReviewCount>("count");
    QTest::addColumn<qsizetype>("expected");
    const ReviewCount events = [](const Review &r) { return r.timeline.size(); };
    const ReviewCount actions = [](const Review &r) { return r.actions.size(); };
    const ReviewCount lessons = [](const Review &r) { return r.lessons.size(); };
    const ReviewCount notes = [](const Review &r) { return r.additional.size(); };
    const ReviewCount authors = [](const Review &r) { return r.authors.size(); };
    const ReviewCount milestones = [](const Review &r) {
        return qsizetype(std::count_if(r.timeline.cbegin(), r.timeline.cend(),
                                       [](const TimelineEvent &e) { return e.milestone != Milestone::None; }));
    };
    const auto lessonsOf = [](LessonKind kind) -> ReviewCount {
        return [kind](const Review &r) {
            return qsizetype(std::count_if(r.lessons.cbegin(), r.lessons.cend(),
                                           [kind](const Lesson &lesson) { return lesson.kind == kind; }));
        };
    };
    const QString table = QStringLiteral("table-timeline.md");
    const QString bullet = QStringLiteral("bullet-timeline.md");
    const QString seed = QStringLiteral("seed-template.md");
    const QString messy = QStringLiteral("messy.md");
    QTest::newRow("table-timeline: 7 events") << table << events << qsizetype(7);
    QTest::newRow("table-timeline: 1 milestone, (resolved)") << table << milestones << qsizetype(1);
    QTest::newRow("table-timeline: 3 actions") << table << actions << qsizetype(3);
    QTest::newRow("table-timeline: 2 flat lessons, went wrong")
        << table << lessonsOf(LessonKind::WentWrong) << qsizetype(2);
    QTest::newRow("table-timeline: 2 notes, Attendees and Stats") << table << notes << qsizetype(2);
    QTest::newRow("table-timeline: no authors") << table << authors << qsizetype(0);
    QTest::newRow("bullet-timeline: 9 events") << bullet << events << qsizetype(9);
    QTest::newRow("bullet-timeline: 4 milestones in angle brackets") << bullet << milestones << qsizetype(4);
    QTest::newRow("bullet-timeline: 3 actions from the table") << bullet << actions << qsizetype(3);
    QTest::newRow("bullet-timeline: 4 lessons") << bullet << lessons << qsizetype(4);
    QTest::newRow("bullet-timeline: 1 went well") << bullet << lessonsOf(LessonKind::WentWell) << qsizetype(1);
    QTest::newRow("bullet-timeline: 2 went wrong") << bullet << lessonsOf(LessonKind::WentWrong) << qsizetype(2);
    QTest::newRow("bullet-timeline: 1 got lucky") << bullet << lessonsOf(LessonKind::GotLucky) << qsizetype(1);
    QTest::newRow("bullet-timeline: 2 authors from the metadata line") << bullet << authors << qsizetype(2);
    QTest::newRow("bullet-timeline: 2 notes, introduction and supporting information")
        << bullet << notes << qsizetype(2);
    QTest::newRow("seed-template: 6 events") << seed << events << qsizetype(6);
    QTest::newRow("seed-template: 1 milestone from the front matter") << seed << milestones << qsizetype(1);
    QTest::newRow("seed-template: 3 actions from the task list") << seed << actions << qsizetype(3);
    QTest::newRow("seed-template: 3 lessons") << seed << lessons << qsizetype(3);
    QTest::newRow("seed-template: 2 authors") << seed << authors << qsizetype(2);
    QTest::newRow("seed-template: no notes, everything mapped") << seed << notes << qsizetype(0);
    QTest::newRow("messy: 8 events") << messy << events << qsizetype(8);
    QTest::newRow("messy: 1 milestone, (mitigated)") << messy << milestones << qsizetype(1);
    QTest::newRow("messy: 3 actions") << messy << actions << qsizetype(3);
    QTest::newRow("messy: 1 lesson from a paragraph") << messy << lessons << qsizetype(1);
    QTest::newRow("messy: 2 notes, unknown sections") << messy << notes << qsizetype(2);
}

void tst_MarkdownImporter::fixtureCounts()
{
    QFETCH(QString, fixture);
    QFETCH(ReviewCount, count);
    QFETCH(qsizetype, expected);
    const auto result = importFixture(fixture);
    QVERIFY2(result.review, qPrintable(result.error));
    QCOMPARE(count(*result.review), expected);
}

void tst_MarkdownImporter::fixtureEvents_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("index");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<TimePrecision>("precision");
    QTest::addColumn<EventKind>("kind");
    QTest::addColumn<Milestone>("milestone");
    QTest::addColumn<QString>("text");
    const QString table = QStringLiteral("table-timeline.md");
    const QString bullet = QStringLiteral("bullet-timeline.md");
    const QString seed = QStringLiteral("seed-template.md");
    const QString messy = QStringLiteral("messy.md");
    const auto M = TimePrecision::Minute;
    const auto note = EventKind::Note;
    const auto none = Milestone::None;

    QTest::newRow("table-timeline: first at 09:24Z, to the minute")
        << table << 0 << utc(2024, 10, 29, 9, 24) << M << note << none
        << QStringLiteral("Cache configuration change rolled out to every orders-api pod");
    QTest::newRow("table-timeline: alert at 09:47Z") << table << 1 << utc(2024, 10, 29, 9, 47) << M << note << none
                                                     << QStringLiteral("Latency alert for orders-api fires");
    QTest::newRow("table-timeline: acknowledges in prose sets no milestone")
        << table << 2 << utc(2024, 10, 29, 9, 51) << M << note << none
        << QStringLiteral("On-call engineer acknowledges the page and opens the API dashboard");
    QTest::newRow("table-timeline: (resolved) is a milestone, taken out of the text")
        << table << 6 << utc(2024, 10, 29, 10, 52) << M << EventKind::Resolution << Milestone::Resolved
        << QStringLiteral("Error rate and latency back to baseline");

    QTest::newRow("messy: date-only row has precision day")
        << messy << 0 << utc(2023, 1, 13) << TimePrecision::Day << note << none
        << QStringLiteral("Nightly loyalty export for the Benelux shops starts skipping batches");
    QTest::newRow("messy: --:-- row has precision unknown time")
        << messy << 1 << utc(2023, 1, 14) << TimePrecision::UnknownTime << note << none
        << QStringLiteral("Saturday: vouchers issued without the week's points");
    QTest::newRow("messy: 08:47 CET from the header is 07:47Z")
        << messy << 2 << utc(2023, 1, 16, 7, 47) << M << note << none
        << QStringLiteral("Customer service reports missing points from several shops");
    QTest::newRow("messy: stray spaces between date and time")
        << messy << 3 << utc(2023, 1, 16, 8, 3) << M << note << none
        << QStringLiteral("Investigation started by the *loyalty* team");
    QTest::newRow("messy: 09:41 CET with trailing spaces is 08:41Z")
        << messy << 4 << utc(2023, 1, 16, 8, 41) << M << note << none
        << QStringLiteral("Stalled batch found: a member record with an empty `country` field stops the export");
    QTest::newRow("messy: (mitigated) sets the milestone and kind")
        << messy << 5 << utc(2023, 1, 16, 10, 15) << M << EventKind::Mitigation << Milestone::Mitigated
        << QStringLiteral("Patched export deployed, batches replaying");
    QTest::newRow("messy: two events in the same minute, first")
        << messy << 6 << utc(2023, 1, 17, 13, 30) << M << note << none
        << QStringLiteral("All skipped batches replayed");
    QTest::newRow("messy: two events in the same minute, second kept after it")
        << messy << 7 << utc(2023, 1, 17, 13, 30) << M << note << none
        << QStringLiteral("Balances reconciled with the points ledger");

    QTest::newRow("bullet-timeline: time under the date line")
        << bullet << 0 << utc(2025, 1, 14, 6, 12) << M << note << none
        << QStringLiteral("Weekly base image rebuild publishes the slim variant");
    QTest::newRow("bullet-timeline: <START OF IMPACT> is started")
        << bullet << 2 << utc(2025, 1, 14, 6, 42) << M << note << Milestone::Started
        << QStringLiteral("First blank invoice rendered and e-mailed");
    QTest::newRow("bullet-timeline: <DETECTED> is detected, a detection")
        << bullet << 3 << utc(2025, 1, 14, 12, 32) << M << EventKind::Detection << Milestone::Detected
        << QStringLiteral("Support escalates a blank invoice to billing");
    QTest::newRow("bullet-timeline: <MITIGATED>")
        << bullet << 6 << utc(2025, 1, 14, 13, 9) << M << EventKind::Mitigation << Milestone::Mitigated
        << QStringLiteral("Renderer rolled back to the previous image");
    QTest::newRow("bullet-timeline: <RESOLVED>, last")
        << bullet << 8 << utc(2025, 1, 14, 13, 45) << M << EventKind::Resolution << Milestone::Resolved
        << QStringLiteral("All invoices rendered again and re-sent");

    QTest::newRow("seed-template: front matter started marks the 14:12 event")
        << seed << 0 << utc(2025, 3, 4, 14, 12) << M << note << Milestone::Started
        << QStringLiteral("Autoscaler removes the first relays that still carry calls");
    QTest::newRow("seed-template: Discovery: prefix")
        << seed << 3 << utc(2025, 3, 4, 14, 58) << M << EventKind::Discovery << none
        << QStringLiteral("scale-in ignores the active allocations of a relay");
    QTest::newRow("seed-template: Action: prefix") << seed << 4 << utc(2025, 3, 4, 15, 44) << M << EventKind::Action
                                                   << none << QStringLiteral("previous autoscaling policy restored");
}

void tst_MarkdownImporter::fixtureEvents()
{
    QFETCH(QString, fixture);
    QFETCH(int, index);
    QFETCH(QDateTime, time);
    QFETCH(TimePrecision, precision);
    QFETCH(EventKind, kind);
    QFETCH(Milestone, milestone);
    QFETCH(QString, text);
    const auto result = importFixture(fixture);
    QVERIFY2(result.review, qPrintable(result.error));
    QVERIFY(index < result.review->timeline.size());
    const auto &event = result.review->timeline.at(index);
    QCOMPARE(event.time, time);
    QCOMPARE(event.time.timeSpec(), Qt::UTC);
    QCOMPARE(event.precision, precision);
    QCOMPARE(event.kind, kind);
    QCOMPARE(event.milestone, milestone);
    QCOMPARE(event.text, text);
    QCOMPARE(event.source, EventSource::Imported);
    QCOMPARE(event.visibility, Visibility::Internal);
}

void tst_MarkdownImporter::fixtureFields_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<ReviewText>("field");
    QTest::addColumn<QString>("expected");
    const QString table = QStringLiteral("table-timeline.md");
    const QString bullet = QStringLiteral("bullet-timeline.md");
    const QString seed = QStringLiteral("seed-template.md");
    const QString messy = QStringLiteral("messy.md");
    const ReviewText title = [](const Review &r) -> QString { return r.title; };
    const ReviewText zone = [](const Review &r) -> QString { return r.timeZone; };
    const ReviewText notes = [](const Review &r) -> QString { return notesText(r); };
    const ReviewText lessons = [](const Review &r) -> QString { return lessonsText(r); };
    const auto action = [](int i) -> ReviewText {
        return [i](const Review &r) { return actionText(r.actions.value(i)); };
    };
    const auto author = [](int i) -> ReviewText {
        return [i](const Review &r) { return personText(r.authors.value(i)); };
    };

    QTest::newRow("messy: entities decoded in the title")
        << messy << title << QStringLiteral("Loyalty points & vouchers missing (nightly export stalled)");
    QTest::newRow("messy: the remote image stays a link in the summary")
        << messy << ReviewText([](const Review &r) -> QString { return r.summary; })
        << QStringLiteral("The nightly loyalty export stalled on a malformed member record. Points earned over a "
                          "weekend were credited only on Tuesday.\n"
                          "See <https://status.example.com/incidents/lp-0117> for the public notice.\n\n"
                          "![export lag](https://grafana.example.com/render/d-solo/loyalty?panelId=7)");
    QTest::newRow("messy: unknown sections become notes, nested list kept")
        << messy << notes
        << QStringLiteral("Questions from the shops => Notes that belong to no template section:\n\n"
                          "1. Shop managers got an e-mail each morning.\n"
                          "   - The loyalty FAQ page carried a short notice.\n"
                          "2. Customer service answered 96 tickets.\n"
                          "3. Two shops asked for a manual credit list.\n"
                          "Stats => - Category: Batch jobs\n- Time to detection: 3 days\n- Time to recovery: N/A");
    QTest::newRow("messy: contributing factors are root causes, under their heading")
        << messy << ReviewText([](const Review &r) -> QString { return r.rootCauses; })
        << QStringLiteral("### Contributing Factors\n\n- The export assumed that every member has a country.\n"
                          "- Skipped batches were logged at DEBUG level.");
    QTest::newRow("messy: ticket in parentheses pulled out")
        << messy << action(0)
        << QStringLiteral("Default a missing country to the shop's country|remediation||LOY-412|0||open|internal");
    QTest::newRow("messy: review zone from the CET header") << messy << zone << QStringLiteral("Europe/Berlin");
    QTest::newRow("messy: a lessons paragraph is one lesson")
        << messy << lessons << QStringLiteral("wentWrong:A silent skip cost us three days of points.");

    QTest::newRow("table-timeline: summary kept as written")
        << table << ReviewText([](const Review &r) -> QString { return r.summary.left(43); })
        << QStringLiteral("On Tuesday 29 October 2024 a configuration ");
    QTest::newRow("table-timeline: zone from All times in UTC") << table << zone << QStringLiteral("UTC");
    QTest::newRow("table-timeline: Attendees and Stats kept")
        << table << notes
        << QStringLiteral("Attendees => - AV, BK, LM, TS\nStats => - Category: Caching\n"
                          "- Time to detection: 23 minutes\n- Time to recovery: 88 minutes");
    QTest::newRow("table-timeline: action bullet as written")
        << table << action(1)
        << QStringLiteral(
               "Require a unit suffix for every duration in `cache/orders.yaml`.|remediation|||0||open|internal");
    QTest::newRow("table-timeline: flat lessons are what went wrong")
        << table << lessons
        << QStringLiteral("wentWrong:Reverting the change took a single command and four minutes.\n"
                          "wentWrong:Nobody looked at the cache until 40 minutes after the alert.");

    QTest::newRow("bullet-timeline: title")
        << bullet << title << QStringLiteral("Postmortem: Invoice PDFs sent blank after a base image update");
    QTest::newRow("bullet-timeline: severity from the bold line")
        << bullet << ReviewText([](const Review &r) -> QString { return severityLabel(r.severity); })
        << QStringLiteral("SEV3");
    QTest::newRow("bullet-timeline: Complete is reviewed")
        << bullet << ReviewText([](const Review &r) -> QString { return enumKey(r.status); })
        << QStringLiteral("reviewed");
    QTest::newRow("bullet-timeline: author with role") << bullet << author(0) << QStringLiteral("Ines Varga|SRE|");
    QTest::newRow("bullet-timeline: second author")
        << bullet << author(1) << QStringLiteral("Tobi Lindqvist|Billing team|");
    QTest::newRow("bullet-timeline: code block verbatim in root causes")
        << bullet
        << ReviewText([](const Review &r) -> QString { return r.rootCauses.section(QStringLiteral("```"), 1, 1); })
        << QStringLiteral("\n2025-01-14T06:42:10Z WARN  renderer font \"Inter\" not found, substituting "
                          "\"fallback-symbols\"\n2025-01-14T06:42:10Z INFO  renderer invoice=INV-2025-0113387 "
                          "pages=1 bytes=18211 ok\n");
    QTest::newRow("bullet-timeline: trigger appended to root causes under its heading")
        << bullet
        << ReviewText([](const Review &r) -> QString { return r.rootCauses.section(QStringLiteral("```\n\n"), 1); })
        << QStringLiteral("### Trigger\n\nThe invoice renderer was redeployed at 06:30 UTC on the rebuilt base image.");
    QTest::newRow("bullet-timeline: detection text")
        << bullet << ReviewText([](const Review &r) -> QString { return r.detection.markdown; })
        << QStringLiteral("A customer forwarded a blank invoice to support, who escalated it to billing at 12:32 UTC.");
    QTest::newRow("bullet-timeline: impact text is the user's")
        << bullet << ReviewText([](const Review &r) -> QString { return r.impact.user.left(43); })
        << QStringLiteral("About 7,200 invoices were e-mailed as blank");
    QTest::newRow("bullet-timeline: actions table, mitigate is remediation")
        << bullet << action(0)
        << QStringLiteral("Alert when rendered invoices contain no extractable text|remediation|Ines|BILL-2207|0||open|"
                          "internal");
    QTest::newRow("bullet-timeline: actions table, prevent is preventive")
        << bullet << action(1)
        << QStringLiteral("Fail the render when a template font is missing|preventive|Tobi|BILL-2208|0||open|internal");
    QTest::newRow("bullet-timeline: three lesson subsections")
        << bullet << lessons
        << QStringLiteral("wentWell:Rendering 7,200 invoices again from the stored orders took 25 minutes.\n"
                          "wentWrong:Nothing checked what a rendered invoice looks like; a customer found the "
                          "problem.\n"
                          "wentWrong:The renderer treats a missing font as a warning, not an error.\n"
                          "gotLucky:The month-end invoice run, ten times larger, was still two weeks away.");
    QTest::newRow("bullet-timeline: half-understood status kept, other metadata taken")
        << bullet << notes
        << QStringLiteral("Introduction => **Status:** Complete, action items in progress\n"
                          "Supporting information => - Renderer dashboard: "
                          "https://grafana.example.com/d/invoice-renderer");

    QTest::newRow("seed-template: title from the front matter")
        << seed << title << QStringLiteral("Video calls dropping after a relay autoscaling change");
    QTest::newRow("seed-template: SEV1") << seed << ReviewText([](const Review &r) -> QString {
        return severityLabel(r.severity);
    }) << QStringLiteral("SEV1");
    QTest::newRow("seed-template: in review")
        << seed << ReviewText([](const Review &r) -> QString { return enumKey(r.status); })
        << QStringLiteral("inReview");
    QTest::newRow("seed-template: author with role and contact")
        << seed << author(0) << QStringLiteral("Noor Haddad|incident leader|noor@example.com");
    QTest::newRow("seed-template: author with role")
        << seed << author(1) << QStringLiteral("Felix Brandt|real-time media team|");
    QTest::newRow("seed-template: emoji subsection user")
        << seed << ReviewText([](const Review &r) -> QString { return r.impact.user; })
        << QStringLiteral("Calls from networks that block direct connections dropped after a few seconds; calls "
                          "between\nopen networks went on as usual. No data was lost or exposed.");
    QTest::newRow("seed-template: emoji subsection business")
        << seed << ReviewText([](const Review &r) -> QString { return r.impact.business.left(30); })
        << QStringLiteral("About 1,900 paid webinars were");
    QTest::newRow("seed-template: emoji subsection team")
        << seed << ReviewText([](const Review &r) -> QString { return r.impact.team; })
        << QStringLiteral("Four engineers stayed online late into the evening; the weekly release moved to the next "
                          "day.");
    QTest::newRow("seed-template: figures from the prose") << seed << ReviewText([](const Review &r) -> QString {
        const auto &impact = r.impact;
        return QStringLiteral("%1 %2 sla=%3 lost=%4 compromised=%5 users=%6")
            .arg(impact.revenueLost.value_or(-1))
            .arg(impact.currency)
            .arg(impact.slaBreached)
            .arg(impact.dataLost)
            .arg(impact.dataCompromised)
            .arg(impact.usersAffected.has_value());
    }) << QStringLiteral("12500 EUR sla=1 lost=0 compromised=0 users=0");
    QTest::newRow("seed-template: triage")
        << seed << ReviewText([](const Review &r) -> QString { return r.triage.left(34); })
        << QStringLiteral("The on-call engineer saw that only");
    QTest::newRow("seed-template: share")
        << seed << ReviewText([](const Review &r) -> QString { return r.share; })
        << QStringLiteral("Shared with engineering on 2025-03-07; a customer version went to the three enterprise "
                          "customers.");
    QTest::newRow("seed-template: task with ticket and owner")
        << seed << action(0)
        << QStringLiteral("Scale-in waits until a relay has no active allocations|remediation|Felix|RTC-318|0||open|"
                          "internal");
    QTest::newRow("seed-template: second task")
        << seed << action(1)
        << QStringLiteral("Runbook: pin the relay fleet size during an incident|remediation|Noor|OPS-204|0||open|"
                          "internal");
    QTest::newRow("seed-template: task without owner")
        << seed << action(2)
        << QStringLiteral("Alert on relay fleet size dropping by more than a quarter in ten minutes|remediation||"
                          "RTC-319|0||open|internal");
    QTest::newRow("seed-template: zone from the table header") << seed << zone << QStringLiteral("UTC");
}

void tst_MarkdownImporter::fixtureFields()
{
    QFETCH(QString, fixture);
    QFETCH(ReviewText, field);
    QFETCH(QString, expected);
    const auto result = importFixture(fixture);
    QVERIFY2(result.review, qPrintable(result.error));
    QCOMPARE(field(*result.review), expected);
    // Markdown says nothing about visibility: nothing is public by omission.
    for (const auto key : allSections())
        QCOMPARE(result.review->visibility[int(key)], Visibility::Internal);
}

void tst_MarkdownImporter::fixtureWarnings_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("table-timeline: flat lessons")
        << QStringLiteral("table-timeline.md")
        << QStringList{QStringLiteral("Line 37: the 2 lessons under \"Lessons Learned\" do not say whether they went "
                                      "well or wrong; they were put under \"What went wrong\".")};
    QTest::newRow("bullet-timeline: half-understood status")
        << QStringLiteral("bullet-timeline.md")
        << QStringList{QStringLiteral("Line 5: the status \"Complete, action items in progress\" was read as "
                                      "\"Reviewed\"; the line was kept as text.")};
    QTest::newRow("seed-template: none") << QStringLiteral("seed-template.md") << QStringList();
    QTest::newRow("messy: flat lessons paragraph")
        << QStringLiteral("messy.md")
        << QStringList{QStringLiteral("Line 42: the lesson under \"Lessons Learned\" does not say whether it went "
                                      "well or wrong; it was put under \"What went wrong\".")};
}

void tst_MarkdownImporter::fixtureWarnings()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, expected);
    const auto result = importFixture(fixture);
    QVERIFY2(result.review, qPrintable(result.error));
    QCOMPARE(result.warnings, expected);
}

void tst_MarkdownImporter::documentedSynonyms_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("part");
    QTest::addColumn<bool>("anywhere");
    QTest::addColumn<bool>("labelled");
    const auto rows = ::documentedSynonyms();
    QVERIFY2(rows.size() > 100, "docs/import.md has no synonym table");
    for (const auto &row : rows) {
        QTest::addRow("synonym: %s", qPrintable(row.heading))
            << row.heading << row.section << row.part << row.anywhere << row.labelled;
    }
}

// Every synonym docs/import.md lists maps as the table says, and only where it says.
void tst_MarkdownImporter::documentedSynonyms()
{
    QFETCH(QString, heading);
    QFETCH(QString, section);
    QFETCH(QString, part);
    QFETCH(bool, anywhere);
    QFETCH(bool, labelled);
    const auto key = enumFromKey<SectionKey>(section);
    QVERIFY2(key, qPrintable(section));
    const auto expectedPart = mdimport::partFromKey(part);
    QVERIFY2(expectedPart, qPrintable(part));

    const auto inSection = mdimport::subheadingMeaning(heading, *key);
    QVERIFY(inSection);
    QCOMPARE(inSection->section, *key);
    QCOMPARE(inSection->part, *expectedPart);
    QCOMPARE(inSection->labelled, labelled);

    const auto top = mdimport::headingMeaning(heading);
    QCOMPARE(top.has_value(), anywhere);
    if (anywhere) {
        QCOMPARE(top->section, *key);
        QCOMPARE(top->part, *expectedPart);
    }

    // And in a document: the heading's text lands in its section.
    const QString level = anywhere ? QStringLiteral("## ") : QStringLiteral("### ");
    const QString parent = anywhere ? QString() : QStringLiteral("## ") + sectionHeading(*key) + QStringLiteral("\n\n");
    const auto result = importText(QStringLiteral("# T\n\n") + parent + level + heading +
                                   QStringLiteral("\n\n- 2023-03-14 13:05 UTC Proof\n"));
    QVERIFY2(result.review, qPrintable(result.error));
    QVERIFY2(result.review->additional.isEmpty(), qPrintable(notesText(*result.review)));
}

void tst_MarkdownImporter::synonymTableMatchesDocs()
{
    const auto documented = ::documentedSynonyms();
    const auto code = mdimport::headingSynonyms();
    QCOMPARE(documented.size(), qsizetype(code.size()));
    for (const auto &synonym : code) {
        const QString heading = QString::fromUtf8(synonym.heading);
        const auto found = std::find_if(documented.cbegin(), documented.cend(),
                                        [&](const DocumentedSynonym &row) { return row.heading == heading; });
        QVERIFY2(found != documented.cend(), qPrintable(heading + QStringLiteral(" is not in docs/import.md")));
        QCOMPARE(found->section, enumKey(synonym.section));
        QCOMPARE(found->part, mdimport::partKey(synonym.part));
        QCOMPARE(found->anywhere, synonym.scope == mdimport::HeadingScope::Anywhere);
        QCOMPARE(found->labelled, synonym.labelled);
    }
    // Two synonyms that normalize alike would make one of them dead.
    QSet<QString> seen;
    for (const auto &synonym : code) {
        const QString key = QString::number(int(synonym.scope)) + QLatin1Char('/') +
                            mdimport::normalizedHeading(QString::fromUtf8(synonym.heading));
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
    }
}

void tst_MarkdownImporter::headingForms_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("section"); // empty: names no section
    QTest::newRow("emoji: 🐛 Root causes") << QStringLiteral("🐛 Root causes") << QStringLiteral("rootCauses");
    QTest::newRow("emoji with joiner: 👩‍🎓 Lessons learned")
        << QStringLiteral("👩‍🎓 Lessons learned") << QStringLiteral("lessons");
    QTest::newRow("emoji with variation selector: ⏱️ Timeline")
        << QStringLiteral("⏱️ Timeline") << QStringLiteral("timeline");
    QTest::newRow("case: ROOT CAUSE ANALYSIS") << QStringLiteral("ROOT CAUSE ANALYSIS") << QStringLiteral("rootCauses");
    QTest::newRow("case: Contributing Factors")
        << QStringLiteral("Contributing Factors") << QStringLiteral("rootCauses");
    QTest::newRow("punctuation: Root cause(s):") << QStringLiteral("Root cause(s):") << QStringLiteral("rootCauses");
    QTest::newRow("punctuation: TL;DR") << QStringLiteral("TL;DR") << QStringLiteral("summary");
    QTest::newRow("punctuation: Follow-ups") << QStringLiteral("Follow-ups") << QStringLiteral("actions");
    QTest::newRow("ampersand: Actions & issues") << QStringLiteral("Actions & issues") << QStringLiteral("actions");
    QTest::newRow("apostrophe: What didn’t go well")
        << QStringLiteral("What didn’t go well") << QStringLiteral("lessons");
    QTest::newRow("numbering: 2. Timeline") << QStringLiteral("2. Timeline") << QStringLiteral("timeline");
    QTest::newRow("numbering: 5 Whys keeps its number") << QStringLiteral("5 Whys") << QStringLiteral("rootCauses");
    QTest::newRow("emphasis: **Impact**") << QStringLiteral("**Impact**") << QStringLiteral("impact");
    QTest::newRow("parenthesis: Timeline (all times UTC)")
        << QStringLiteral("Timeline (all times UTC)") << QStringLiteral("timeline");
    QTest::newRow("exact: What happened is the summary")
        << QStringLiteral("What happened") << QStringLiteral("summary");
    QTest::newRow("exact: What happened next names nothing") << QStringLiteral("What happened next") << QString();
    QTest::newRow("unknown: Attendees") << QStringLiteral("Attendees") << QString();
    QTest::newRow("unknown: Stats") << QStringLiteral("Stats") << QString();
    QTest::newRow("in its section only: User at the top") << QStringLiteral("User") << QString();
}

void tst_MarkdownImporter::headingForms()
{
    QFETCH(QString, heading);
    QFETCH(QString, section);
    const auto meaning = mdimport::headingMeaning(heading);
    QCOMPARE(meaning ? enumKey(meaning->section) : QString(), section);
}

void tst_MarkdownImporter::times_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<int>("index");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<TimePrecision>("precision");
    QTest::addColumn<QString>("text");
    const auto M = TimePrecision::Minute;
    const QDateTime t1305 = utc(2023, 3, 14, 13, 5);
    const QString deploy = QStringLiteral("Deploy");

    QTest::newRow("list: HH:MM under a date line")
        << timeline(QStringLiteral("2023-03-14\n\n- 13:05 Deploy")) << 0 << t1305 << M << deploy;
    QTest::newRow("list: bold time") << timeline(QStringLiteral("2023-03-14\n\n- **13:05** Deploy")) << 0 << t1305 << M
                                     << deploy;
    QTest::newRow("list: code time and dash")
        << timeline(QStringLiteral("2023-03-14\n\n- `13:05` - Deploy")) << 0 << t1305 << M << deploy;
    QTest::newRow("list: bracketed time")
        << timeline(QStringLiteral("2023-03-14\n\n- [13:05] Deploy")) << 0 << t1305 << M << deploy;
    QTest::newRow("list: date, time, zone and colon")
        << timeline(QStringLiteral("- 2023-03-14 13:05 UTC: Deploy")) << 0 << t1305 << M << deploy;
    QTest::newRow("list: ISO 8601 with Z, to the second")
        << timeline(QStringLiteral("- 2023-03-14T13:05:00Z Deploy")) << 0 << t1305 << TimePrecision::Second << deploy;
    QTest::newRow("list: ISO 8601 offset")
        << timeline(QStringLiteral("- 2023-03-14T14:05+01:00 Deploy")) << 0 << t1305 << M << deploy;
    QTest::newRow("list: HH:MM:SS is to the second") << timeline(QStringLiteral("2023-03-14\n\n- 13:05:59 Deploy")) << 0
                                                     << utc(2023, 3, 14, 13, 5, 59) << TimePrecision::Second << deploy;
    QTest::newRow("list: fraction is to the millisecond")
        << timeline(QStringLiteral("2023-03-14\n\n- 13:05:59.25 Deploy")) << 0 << utc(2023, 3, 14, 13, 5, 59, 250)
        << TimePrecision::Millisecond << deploy;
    QTest::newRow("list: 12-hour clock") << timeline(QStringLiteral("2023-03-14\n\n- 1:05 pm Deploy")) << 0 << t1305
                                         << M << deploy;
    QTest::newRow("list: 12 am is midnight")
        << timeline(QStringLiteral("2023-03-14\n\n- 12:05 am Deploy")) << 0 << utc(2023, 3, 14, 0, 5) << M << deploy;
    QTest::newRow("list: date in words, time after at")
        << timeline(QStringLiteral("- March 14, 2023 at 1:05 pm - Deploy")) << 0 << t1305 << M << deploy;
    QTest::newRow("date line: heading in words")
        << timeline(QStringLiteral("### Tuesday, 14 March 2023\n\n- 13:05 Deploy")) << 0 << t1305 << M << deploy;
    QTest::newRow("date line: bold") << timeline(QStringLiteral("**2023-03-14**\n\n- 13:05 Deploy")) << 0 << t1305 << M
                                     << deploy;
    QTest::newRow("date line: Date: key")
        << timeline(QStringLiteral("Date: 2023-03-14\n\n- 13:05 Deploy")) << 0 << t1305 << M << deploy;
    QTest::newRow("date line: metadata before the first section")
        << QStringLiteral("# Outage\n\n**Date:** 2023-03-14\n\n## Timeline\n\n- 13:05 UTC Deploy\n") << 0 << t1305 << M
        << deploy;
    QTest::newRow("date line: a list item with times nested under it")
        << timeline(QStringLiteral("- 2023-03-14\n  - 13:05 Deploy")) << 0 << t1305 << M << deploy;
    QTest::newRow("date line: the row before gives the date")
        << timeline(QStringLiteral("- 2023-03-14 12:00 Start\n- 13:05 Deploy")) << 1 << t1305 << M << deploy;
    QTest::newRow("date only: precision day")
        << timeline(QStringLiteral("- 2023-03-14 Change opened")) << 0 << utc(2023, 3, 14) << TimePrecision::Day
        << QStringLiteral("Change opened");
    QTest::newRow("unknown time: ??:??") << timeline(QStringLiteral("- 2023-03-15 ??:?? Apology sent")) << 0
                                         << utc(2023, 3, 15) << TimePrecision::UnknownTime
                                         << QStringLiteral("Apology sent");
    QTest::newRow("unknown time: the word unknown after a date")
        << timeline(QStringLiteral("| Time | Event |\n| --- | --- |\n| 2023-03-15 unknown | Apology sent |")) << 0
        << utc(2023, 3, 15) << TimePrecision::UnknownTime << QStringLiteral("Apology sent");
    QTest::newRow("unknown time: --:-- on the current date")
        << timeline(QStringLiteral("2023-03-15\n\n- --:-- Apology sent")) << 0 << utc(2023, 3, 15)
        << TimePrecision::UnknownTime << QStringLiteral("Apology sent");
    QTest::newRow("midnight: 23:50 then 00:10 is the next day")
        << timeline(QStringLiteral("2023-03-14\n\n- 23:50 Late\n- 00:10 Later")) << 1 << utc(2023, 3, 15, 0, 10) << M
        << QStringLiteral("Later");
    QTest::newRow("order: a slightly earlier time stays on the day")
        << timeline(QStringLiteral("2023-03-14\n\n- 13:10 Later\n- 13:05 Deploy")) << 0 << t1305 << M << deploy;
    QTest::newRow("table: separate date and time columns")
        << timeline(QStringLiteral("| Date | Time | What |\n| --- | --- | --- |\n| 2023-03-14 | 13:05 | Deploy |")) << 0
        << t1305 << M << deploy;
    QTest::newRow("table: time-only rows after a dated row")
        << timeline(QStringLiteral("| When | Event |\n|---|---|\n| 2023-03-14 12:00 | Start |\n| 13:05 | Deploy |"))
        << 1 << t1305 << M << deploy;
    QTest::newRow("table: no time header, a first column of times")
        << timeline(QStringLiteral("| At | Description |\n|---|---|\n| 2023-03-14 13:05 | Deploy |")) << 0 << t1305 << M
        << deploy;
    QTest::newRow("table: bold time cell")
        << timeline(QStringLiteral("| Time | Event |\n|---|---|\n| **2023-03-14 13:05** | Deploy |")) << 0 << t1305 << M
        << deploy;
    QTest::newRow("table: <br> is a line break")
        << timeline(QStringLiteral("| Time | Event |\n|---|---|\n| 2023-03-14 13:05 | Deploy<br>second line |")) << 0
        << t1305 << M << QStringLiteral("Deploy\nsecond line");
    QTest::newRow("table: pipe escaped in a cell")
        << timeline(QStringLiteral("| Time | Event |\n|---|---|\n| 2023-03-14 13:05 | Deploy \\| rollout |")) << 0
        << t1305 << M << QStringLiteral("Deploy | rollout");
    QTest::newRow("table: other columns kept in the text")
        << timeline(QStringLiteral("| Time | Event | Region |\n|---|---|---|\n| 2023-03-14 13:05 | Deploy | EU |")) << 0
        << t1305 << M << QStringLiteral("Deploy (Region: EU)");
    QTest::newRow("table: a cell that is not a time keeps the row")
        << timeline(QStringLiteral("| Time | Event |\n|---|---|\n| 2023-03-14 13:05 | Deploy |\n| later | Apology |"))
        << 0 << utc(2023, 3, 14) << TimePrecision::UnknownTime << QStringLiteral("later — Apology");
    QTest::newRow("paragraph: lines that start with a time")
        << timeline(QStringLiteral("2023-03-14 13:05 Deploy\n2023-03-14 13:41 Alert")) << 0 << t1305 << M << deploy;
    QTest::newRow("fallback: the date the summary names")
        << QStringLiteral("# Outage\n\n## Summary\n\nOn Tuesday 14 March 2023 checkout failed.\n\n## Timeline\n\n"
                          "- 13:05 UTC Deploy\n")
        << 0 << t1305 << M << deploy;
    QTest::newRow("nested: items under an event stay in its text")
        << timeline(QStringLiteral("2023-03-14\n\n- 13:05 Deploy\n  - canary first\n  - then all")) << 0 << t1305 << M
        << QStringLiteral("Deploy\n- canary first\n- then all");
    QTest::newRow("entities: decoded in the event text, &lt; kept")
        << timeline(QStringLiteral("- 2023-03-14 13:05 R&amp;D said &quot;go&quot; &mdash; &lt;b&gt; `&amp;`")) << 0
        << t1305 << M << QStringLiteral("R&D said \"go\" — &lt;b&gt; `&amp;`");
    QTest::newRow("order: sorted by time, equal times keep their order")
        << timeline(QStringLiteral("- 2023-03-14 13:10 B\n- 2023-03-14 13:05 Deploy\n- 2023-03-14 13:05 A")) << 1
        << t1305 << M << QStringLiteral("A");
}

void tst_MarkdownImporter::times()
{
    QFETCH(QString, markdown);
    QFETCH(int, index);
    QFETCH(QDateTime, time);
    QFETCH(TimePrecision, precision);
    QFETCH(QString, text);
    const auto result = importText(markdown);
    QVERIFY2(result.review, qPrintable(result.error));
    const auto &events = result.review->timeline;
    QVERIFY2(index < events.size(), qPrintable(notesText(*result.review) + warningsText(result)));
    QCOMPARE(events.at(index).time, time);
    QCOMPARE(events.at(index).precision, precision);
    QCOMPARE(events.at(index).text, text);
}

void tst_MarkdownImporter::zones_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("timeZone");
    const QString table = QStringLiteral("# Outage\n\n## Timeline\n\n| %1 | Event |\n| --- | --- |\n| %2 | Deploy |\n");
    const QString list = QStringLiteral("# Outage\n\n## Timeline\n\n%1\n\n- %2 Deploy\n");
    const QDateTime t1305 = utc(2023, 3, 14, 13, 5);
    QTest::newRow("header: Time (UTC)") << table.arg(QStringLiteral("Time (UTC)"), QStringLiteral("2023-03-14 13:05"))
                                        << t1305 << QStringLiteral("UTC");
    QTest::newRow("header: 14:05 CET is 13:05Z")
        << table.arg(QStringLiteral("Time (CET)"), QStringLiteral("2023-03-14 14:05")) << t1305
        << QStringLiteral("Europe/Berlin");
    QTest::newRow("header: CEST in summer")
        << table.arg(QStringLiteral("Time (CEST)"), QStringLiteral("2023-07-01 15:05")) << utc(2023, 7, 1, 13, 5)
        << QStringLiteral("Europe/Berlin");
    QTest::newRow("header: CET in summer is still +01:00, as written")
        << table.arg(QStringLiteral("Time (CET)"), QStringLiteral("2023-07-01 14:05")) << utc(2023, 7, 1, 13, 5)
        << QStringLiteral("Europe/Berlin");
    QTest::newRow("header: Date and Time in CET")
        << table.arg(QStringLiteral("Date and Time in CET"), QStringLiteral("2023-03-14 14:05")) << t1305
        << QStringLiteral("Europe/Berlin");
    QTest::newRow("header: offset UTC+01:00")
        << table.arg(QStringLiteral("Time (UTC+01:00)"), QStringLiteral("2023-03-14 14:05")) << t1305
        << QStringLiteral("Etc/GMT-1");
    QTest::newRow("header: region name follows its rules")
        << table.arg(QStringLiteral("Time (Europe/Warsaw)"), QStringLiteral("2023-07-01 15:05"))
        << utc(2023, 7, 1, 13, 5) << QStringLiteral("Europe/Warsaw");
    QTest::newRow("line: All times in Europe/Berlin (UTC+01:00).")
        << list.arg(QStringLiteral("All times in Europe/Berlin (UTC+01:00)."), QStringLiteral("2023-07-01 15:05"))
        << utc(2023, 7, 1, 13, 5) << QStringLiteral("Europe/Berlin");
    QTest::newRow("time: zone in parentheses")
        << list.arg(QString(), QStringLiteral("2023-03-14 14:05 (CET)")) << t1305 << QStringLiteral("Europe/Berlin");
    QTest::newRow("line: All times in UTC.")
        << list.arg(QStringLiteral("All times in UTC."), QStringLiteral("2023-03-14 13:05")) << t1305
        << QStringLiteral("UTC");
    QTest::newRow("line: Times are in CET")
        << list.arg(QStringLiteral("Times are in CET"), QStringLiteral("2023-03-14 14:05")) << t1305
        << QStringLiteral("Europe/Berlin");
    QTest::newRow("line: (all times PST)")
        << list.arg(QStringLiteral("2023-03-14 (all times PST)"), QStringLiteral("05:05")) << t1305
        << QStringLiteral("America/Los_Angeles");
    QTest::newRow("time: 13:05Z") << list.arg(QString(), QStringLiteral("2023-03-14 13:05Z")) << t1305
                                  << QStringLiteral("UTC");
    QTest::newRow("time: GMT") << list.arg(QString(), QStringLiteral("2023-03-14 13:05 GMT")) << t1305
                               << QStringLiteral("UTC");
    QTest::newRow("time: EST") << list.arg(QString(), QStringLiteral("2023-03-14 08:05 EST")) << t1305
                               << QStringLiteral("America/New_York");
    QTest::newRow("time: EDT") << list.arg(QString(), QStringLiteral("2023-03-14 09:05 EDT")) << t1305
                               << QStringLiteral("America/New_York");
    QTest::newRow("time: CDT") << list.arg(QString(), QStringLiteral("2023-03-14 08:05 CDT")) << t1305
                               << QStringLiteral("America/Chicago");
    QTest::newRow("time: MST") << list.arg(QString(), QStringLiteral("2023-03-14 06:05 MST")) << t1305
                               << QStringLiteral("America/Denver");
    QTest::newRow("time: PDT") << list.arg(QString(), QStringLiteral("2023-03-14 06:05 PDT")) << t1305
                               << QStringLiteral("America/Los_Angeles");
    QTest::newRow("time: IST is India") << list.arg(QString(), QStringLiteral("2023-03-14 18:35 IST")) << t1305
                                        << QStringLiteral("Asia/Kolkata");
    QTest::newRow("time: JST") << list.arg(QString(), QStringLiteral("2023-03-14 22:05 JST")) << t1305
                               << QStringLiteral("Asia/Tokyo");
    QTest::newRow("time: AEDT") << list.arg(QString(), QStringLiteral("2023-03-15 00:05 AEDT")) << t1305
                                << QStringLiteral("Australia/Sydney");
    QTest::newRow("time: EET") << list.arg(QString(), QStringLiteral("2023-03-14 15:05 EET")) << t1305
                               << QStringLiteral("Europe/Helsinki");
    QTest::newRow("time: WET") << list.arg(QString(), QStringLiteral("2023-03-14 13:05 WET")) << t1305
                               << QStringLiteral("Europe/Lisbon");
    QTest::newRow("time: BST") << list.arg(QString(), QStringLiteral("2023-07-01 14:05 BST")) << utc(2023, 7, 1, 13, 5)
                               << QStringLiteral("Europe/London");
    QTest::newRow("time: UTC+1") << list.arg(QString(), QStringLiteral("2023-03-14 14:05 UTC+1")) << t1305
                                 << QStringLiteral("Etc/GMT-1");
    QTest::newRow("time: its own zone beats the line's")
        << list.arg(QStringLiteral("All times in CET."), QStringLiteral("2023-03-14 13:05 UTC")) << t1305
        << QStringLiteral("UTC");
    QTest::newRow("heading: Timeline (UTC)")
        << QStringLiteral("# Outage\n\n## Timeline (UTC)\n\n- 2023-03-14 13:05 Deploy\n") << t1305
        << QStringLiteral("UTC");
    QTest::newRow("front matter: region zone for times without one")
        << QStringLiteral("---\ntimeZone: Europe/Berlin\n---\n\n# Outage\n\n## Timeline\n\n- 2023-07-01 15:05 Deploy\n")
        << utc(2023, 7, 1, 13, 5) << QStringLiteral("Europe/Berlin");
    QTest::newRow("front matter: zone shown, header zone read")
        << QStringLiteral("---\ntimeZone: Europe/Berlin\n---\n\n# Outage\n\n## Timeline\n\n| Time (UTC) | Event |\n"
                          "| --- | --- |\n| 2023-03-14 13:05 | Deploy |\n")
        << t1305 << QStringLiteral("Europe/Berlin");
    QTest::newRow("metadata: Time zone line")
        << QStringLiteral("# Outage\n\nTime zone: America/Sao_Paulo\n\n## Timeline\n\n- 2023-03-14 10:05 Deploy\n")
        << t1305 << QStringLiteral("America/Sao_Paulo");
}

void tst_MarkdownImporter::zones()
{
    QFETCH(QString, markdown);
    QFETCH(QDateTime, time);
    QFETCH(QString, timeZone);
    const auto result = importText(markdown);
    QVERIFY2(result.review, qPrintable(result.error));
    QCOMPARE(result.review->timeline.size(), qsizetype(1));
    QCOMPARE(result.review->timeline.first().time, time);
    QCOMPARE(result.review->timeZone, timeZone);
    QVERIFY2(!warningsText(result).contains(QStringLiteral("no time zone")), qPrintable(warningsText(result)));
}

void tst_MarkdownImporter::eventMarkup_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<EventKind>("kind");
    QTest::addColumn<Milestone>("milestone");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain: a note") << QStringLiteral("Something") << EventKind::Note << Milestone::None
                                   << QStringLiteral("Something");
    QTest::newRow("conservative: Incident declared sets nothing")
        << QStringLiteral("Incident declared, impact resolved soon") << EventKind::Note << Milestone::None
        << QStringLiteral("Incident declared, impact resolved soon");
    QTest::newRow("prefix: Action:") << QStringLiteral("Action: restart") << EventKind::Action << Milestone::None
                                     << QStringLiteral("restart");
    QTest::newRow("prefix: Discovery:") << QStringLiteral("Discovery: pool full") << EventKind::Discovery
                                        << Milestone::None << QStringLiteral("pool full");
    QTest::newRow("prefix: communication:") << QStringLiteral("communication: status page") << EventKind::Communication
                                            << Milestone::None << QStringLiteral("status page");
    QTest::newRow("prefix: ! action") << QStringLiteral("! restart") << EventKind::Action << Milestone::None
                                      << QStringLiteral("restart");
    QTest::newRow("prefix: ? discovery") << QStringLiteral("? pool full") << EventKind::Discovery << Milestone::None
                                         << QStringLiteral("pool full");
    QTest::newRow("prefix: > communication") << QStringLiteral("> status page") << EventKind::Communication
                                             << Milestone::None << QStringLiteral("status page");
    QTest::newRow("tag: #detected") << QStringLiteral("Alert fires #detected") << EventKind::Detection
                                    << Milestone::Detected << QStringLiteral("Alert fires");
    QTest::newRow("tag: <detected>") << QStringLiteral("<detected> Alert fires") << EventKind::Detection
                                     << Milestone::Detected << QStringLiteral("Alert fires");
    QTest::newRow("tag: [mitigated]") << QStringLiteral("Rollback [mitigated] done") << EventKind::Mitigation
                                      << Milestone::Mitigated << QStringLiteral("Rollback done");
    QTest::newRow("tag: (resolved)") << QStringLiteral("Back to normal (resolved)") << EventKind::Resolution
                                     << Milestone::Resolved << QStringLiteral("Back to normal");
    QTest::newRow("tag: <START OF IMPACT>") << QStringLiteral("Errors rise <START OF IMPACT>") << EventKind::Note
                                            << Milestone::Started << QStringLiteral("Errors rise");
    QTest::newRow("tag: [ack]") << QStringLiteral("Page taken [ack]") << EventKind::Escalation
                                << Milestone::Acknowledged << QStringLiteral("Page taken");
    QTest::newRow("tag: <END OF IMPACT> is resolved")
        << QStringLiteral("Quiet <END OF IMPACT>") << EventKind::Resolution << Milestone::Resolved
        << QStringLiteral("Quiet");
    QTest::newRow("tag and prefix: the prefix's kind wins")
        << QStringLiteral("Action: rollback #mitigated") << EventKind::Action << Milestone::Mitigated
        << QStringLiteral("rollback");
    QTest::newRow("not a tag: words around it") << QStringLiteral("Fix (resolved later)") << EventKind::Note
                                                << Milestone::None << QStringLiteral("Fix (resolved later)");
    QTest::newRow("not a tag: an autolink") << QStringLiteral("See <https://status.example.com>") << EventKind::Note
                                            << Milestone::None << QStringLiteral("See <https://status.example.com>");
    QTest::newRow("not a prefix: an image")
        << QStringLiteral("![graph](g.png)") << EventKind::Note << Milestone::None << QStringLiteral("![graph](g.png)");
}

void tst_MarkdownImporter::eventMarkup()
{
    QFETCH(QString, entry);
    QFETCH(EventKind, kind);
    QFETCH(Milestone, milestone);
    QFETCH(QString, text);
    const auto result = importText(timeline(QStringLiteral("- 2023-03-14 13:05 ") + entry));
    QVERIFY2(result.review, qPrintable(result.error));
    QCOMPARE(result.review->timeline.size(), qsizetype(1));
    const auto &event = result.review->timeline.first();
    QCOMPARE(event.kind, kind);
    QCOMPARE(event.milestone, milestone);
    QCOMPARE(event.text, text);
}

void tst_MarkdownImporter::fields_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<ReviewText>("field");
    QTest::addColumn<QString>("expected");
    const ReviewText severity = [](const Review &r) -> QString { return severityLabel(r.severity); };
    const ReviewText status = [](const Review &r) -> QString { return enumKey(r.status); };
    const ReviewText title = [](const Review &r) -> QString { return r.title; };
    const ReviewText summary = [](const Review &r) -> QString { return r.summary; };
    const ReviewText notes = [](const Review &r) -> QString { return notesText(r); };
    const ReviewText lessons = [](const Review &r) -> QString { return lessonsText(r); };
    const ReviewText authors = [](const Review &r) -> QString {
        QStringList people;
        for (const auto &person : r.authors)
            people.append(personText(person));
        return people.join(QLatin1Char('\n'));
    };
    const ReviewText actions = [](const Review &r) -> QString {
        QStringList texts;
        for (const auto &action : r.actions)
            texts.append(actionText(action));
        return texts.join(QLatin1Char('\n'));
    };
    const ReviewText events = [](const Review &r) -> QString {
        QStringList texts;
        for (const auto &event : r.timeline)
            texts.append(event.time.toString(Qt::ISODate) + QLatin1Char(' ') + event.text);
        return texts.join(QLatin1Char('\n'));
    };
    const ReviewText figures = [](const Review &r) -> QString {
        const auto &impact = r.impact;
        return QStringLiteral("users=%1 revenue=%2 %3 sla=%4 lost=%5 compromised=%6")
            .arg(impact.usersAffected ? QString::number(*impact.usersAffected) : QStringLiteral("-"))
            .arg(impact.revenueLost ? QString::number(*impact.revenueLost) : QStringLiteral("-"))
            .arg(impact.currency)
            .arg(impact.slaBreached)
            .arg(impact.dataLost)
            .arg(impact.dataCompromised);
    };
    const ReviewText impact = [](const Review &r) -> QString {
        return r.impact.user + QStringLiteral(" / ") + r.impact.business + QStringLiteral(" / ") + r.impact.team;
    };
    const auto doc = [](const char *body) -> QString {
        return QStringLiteral("# Outage\n\n") + QString::fromUtf8(body);
    };

    // Metadata.
    QTest::newRow("severity: **Severity:** SEV2")
        << doc("**Severity:** SEV2\n\n## Summary\n\nx") << severity << QStringLiteral("SEV2");
    QTest::newRow("severity: Sev 2") << doc("Severity: Sev 2\n\n## Summary\n\nx") << severity << QStringLiteral("SEV2");
    QTest::newRow("severity: sev-4 in a list")
        << doc("- Severity: sev-4\n\n## Summary\n\nx") << severity << QStringLiteral("SEV4");
    QTest::newRow("severity: P1 is SEV1")
        << doc("Severity: P1\n\n## Summary\n\nx") << severity << QStringLiteral("SEV1");
    QTest::newRow("severity: Priority: P2 is SEV2")
        << doc("**Priority**: P2\n\n## Summary\n\nx") << severity << QStringLiteral("SEV2");
    QTest::newRow("severity: SEV0 is SEV1")
        << doc("Severity: SEV0\n\n## Summary\n\nx") << severity << QStringLiteral("SEV1");
    QTest::newRow("severity: critical is SEV1")
        << doc("Severity: Critical\n\n## Summary\n\nx") << severity << QStringLiteral("SEV1");
    QTest::newRow("severity: front matter number")
        << QStringLiteral("---\nseverity: 3\n---\n# T\n\n## Summary\n\nx") << severity << QStringLiteral("SEV3");
    QTest::newRow("severity: a metadata table")
        << doc("| Field | Value |\n| --- | --- |\n| Severity | SEV2 |\n| Status | Draft |\n\n## Summary\n\nx")
        << severity << QStringLiteral("SEV2");
    QTest::newRow("status: In review") << doc("Status: In review\n\n## Summary\n\nx") << status
                                       << QStringLiteral("inReview");
    QTest::newRow("status: Published") << doc("**Status:** Published\n\n## Summary\n\nx") << status
                                       << QStringLiteral("published");
    QTest::newRow("status: Draft") << doc("Status: draft\n\n## Summary\n\nx") << status << QStringLiteral("draft");
    QTest::newRow("status: none is a draft") << doc("## Summary\n\nx") << status << QStringLiteral("draft");
    QTest::newRow("title: front matter wins")
        << QStringLiteral("---\ntitle: 'It''s down'\n---\n\n# Other\n\n## Summary\n\nx") << title
        << QStringLiteral("It's down");
    QTest::newRow("title: the H1 that differs is kept as a note")
        << QStringLiteral("---\ntitle: \"Down \\\"hard\\\"\"\n---\n\n# Other\n\ntext\n\n## Summary\n\nx") << notes
        << QStringLiteral("Other => text");
    QTest::newRow("title: setext heading") << QStringLiteral("Checkout down\n=============\n\nSummary\n-------\n\nx")
                                           << title << QStringLiteral("Checkout down");
    QTest::newRow("title: entities decoded") << QStringLiteral("# A &lt;b&gt; &#39;x&#39; &#x2014; &mdash; &ndash; "
                                                               "&nbsp;&quot;&copy; &bogus; `&amp;`\n\n## Summary\n\nx")
                                             << title << QStringLiteral("A <b> 'x' — — – \u00A0\"© &bogus; `&amp;`");
    QTest::newRow("authors: metadata line with roles and and")
        << doc("Authors: Dana Whitfield (SRE), Leo Marchetti — Search team and Priya <priya@example.com>\n\n"
               "## Summary\n\nx")
        << authors << QStringLiteral("Dana Whitfield|SRE|\nLeo Marchetti|Search team|\nPriya||priya@example.com");
    QTest::newRow("authors: a list under a bold Authors line")
        << doc("**Authors:**\n- Dana Whitfield, SRE\n- Leo (search)\n\n## Summary\n\nx") << authors
        << QStringLiteral("Dana Whitfield|SRE|\nLeo|search|");
    QTest::newRow("robustness: byte order mark and CRLF line endings")
        << QStringLiteral("\uFEFF# Outage\r\n\r\n**Severity:** SEV2\r\n\r\n## Summary\r\n\r\nline one\r\nline two\r\n")
        << ReviewText([](const Review &r) -> QString {
               return r.title + QLatin1Char('|') + severityLabel(r.severity) + QLatin1Char('|') + r.summary +
                      QLatin1Char('|') + notesText(r);
           })
        << QStringLiteral("Outage|SEV2|line one\nline two|");
    QTest::newRow("authors: front matter list, merged with the section")
        << QStringLiteral(
               "---\nauthors:\n  - Priya Raman (incident leader)\n  - name: \"Tomasz Nowak\"\n    role: identity\n"
               "---\n# T\n\n## Authors\n\n- Priya Raman, incident leader, priya@example.com\n")
        << authors << QStringLiteral("Priya Raman|incident leader|priya@example.com\nTomasz Nowak|identity|");
    QTest::newRow("authors: a table")
        << doc("## Authors\n\n| Name | Team | E-mail | Slack |\n|---|---|---|---|\n| Ana | SRE | ana@x.org | @ana |")
        << authors << QStringLiteral("Ana|SRE, Slack: @ana|ana@x.org");
    QTest::newRow("front matter: unknown keys kept as YAML")
        << QStringLiteral("---\ntitle: T\ntags: [db, checkout]\nservice: checkout\n---\n\n## Summary\n\nx") << notes
        << QStringLiteral("Front matter => ```yaml\ntags: [db, checkout]\nservice: checkout\n```");
    QTest::newRow("front matter: a description is the summary")
        << QStringLiteral("---\ntitle: T\ndescription: \"Checkout failed: pool too small\"\n---\n\n## Impact\n\nu")
        << summary << QStringLiteral("Checkout failed: pool too small");
    QTest::newRow("front matter: the export's derived keys are not kept")
        << QStringLiteral("---\ntitle: T\naudience: internal\ntime-to-detect: \"35m\"\ngenerated-by: \"Hindsight\"\n"
                          "owner-team: db\n---\n\n## Summary\n\nx")
        << notes << QStringLiteral("Front matter => ```yaml\nowner-team: db\n```");
    QTest::newRow("metadata: the export's line of key figures")
        << doc("**SEV2** · Reviewed · Started 2023-03-14 14:06 (Europe/Berlin) · Detected after 35m · Internal\n\n"
               "## Summary\n\nx")
        << ReviewText([severity, status, notes](const Review &r) -> QString {
               return severity(r) + QLatin1Char('|') + status(r) + QLatin1Char('|') + notes(r);
           })
        << QStringLiteral("SEV2|reviewed|");
    QTest::newRow("triage: a severity line sets the severity")
        << doc("## Triage\n\n- **Severity:** SEV2\n\nPaged the DB on-call.")
        << ReviewText([severity](const Review &r) -> QString { return severity(r) + QLatin1Char('|') + r.triage; })
        << QStringLiteral("SEV2|Paged the DB on-call.");
    QTest::newRow("front matter: milestone time adds an event when none matches")
        << QStringLiteral("---\nresolved: 2023-03-14T14:28:00Z\n---\n# T\n\n## Timeline\n\n- 2023-03-14 13:05 UTC Go\n")
        << events << QStringLiteral("2023-03-14T13:05:00Z Go\n2023-03-14T14:28:00Z Resolved");

    // Sections and notes.
    QTest::newRow("notes: text before the first section is the introduction")
        << doc("Written in a hurry.\n\n**Severity:** SEV2\n\n## Summary\n\nx") << notes
        << QStringLiteral("Introduction => Written in a hurry.");
    QTest::newRow("notes: unknown heading keeps its subheadings")
        << doc("## Appendix\n\n### Logs\n\nsome\n\n## Summary\n\nx") << notes
        << QStringLiteral("Appendix => ### Logs\n\nsome");
    QTest::newRow("notes: a known heading under an unknown one starts its section")
        << doc("## Incident details\n\nabout\n\n### Summary\n\nx") << summary << QStringLiteral("x");
    QTest::newRow("sections: duplicate summaries merge under their heading")
        << doc("## Summary\n\nfirst\n\n## Root causes\n\ny\n\n## TL;DR\n\nsecond") << summary
        << QStringLiteral("first\n\n### TL;DR\n\nsecond");
    QTest::newRow("sections: a labelled heading keeps it")
        << doc("## Background\n\nold system") << summary << QStringLiteral("### Background\n\nold system");
    QTest::newRow("sections: a synonym subheading stays in its section")
        << doc("## Root causes\n\n### What happened\n\nthe pool\n\n### Why\n\nno review")
        << ReviewText([](const Review &r) -> QString { return r.rootCauses; })
        << QStringLiteral("### What happened\n\nthe pool\n\n### Why\n\nno review");
    QTest::newRow("sections: a timeline subheading starts the timeline")
        << doc("## Summary\n\nx\n\n### Timeline\n\n- 2023-03-14 13:05 UTC Go") << events
        << QStringLiteral("2023-03-14T13:05:00Z Go");
    QTest::newRow("sections: duplicate timelines merge in time order")
        << doc("## Timeline\n\n- 2023-03-14 13:10 UTC B\n\n## Summary\n\nx\n\n## Chronology\n\n- 2023-03-14 13:05 UTC "
               "A")
        << events << QStringLiteral("2023-03-14T13:05:00Z A\n2023-03-14T13:10:00Z B");
    QTest::newRow("sections: placeholder of an empty section")
        << doc("## Summary\n\n_Nothing recorded._") << summary << QString();
    QTest::newRow("code: a fence hides headings and tables")
        << doc("## Summary\n\n```sh\n# not a heading\n| a | b |\n|---|---|\n## Timeline\n```\nafter") << summary
        << QStringLiteral("```sh\n# not a heading\n| a | b |\n|---|---|\n## Timeline\n```\nafter");
    QTest::newRow("code: a tilde fence, unclosed, runs to the end")
        << doc("## Summary\n\n~~~\n## Timeline\n- 25:61 nope") << summary
        << QStringLiteral("~~~\n## Timeline\n- 25:61 nope");
    QTest::newRow("code: indented code kept") << doc("## Summary\n\ntext\n\n    # code\n    | x |") << summary
                                              << QStringLiteral("text\n\n    # code\n    | x |");
    QTest::newRow("text: entities kept in section Markdown")
        << doc("## Summary\n\nR&amp;D &lt;3") << summary << QStringLiteral("R&amp;D &lt;3");
    QTest::newRow("timeline: a paragraph without time is kept in a note")
        << timeline(QStringLiteral("Times are approximate, from chat logs.\n\n- 2023-03-14 13:05 Go")) << notes
        << QStringLiteral("Timeline => Times are approximate, from chat logs.");
    QTest::newRow("timeline: a table without time column is kept in a note")
        << timeline(QStringLiteral("| Who | Role |\n|---|---|\n| Ana | IC |")) << notes
        << QStringLiteral("Timeline => | Who | Role |\n|---|---|\n| Ana | IC |");
    QTest::newRow("timeline: no date anywhere keeps the timeline as a note")
        << doc("## Timeline\n\n- 13:05 Deploy\n- 13:41 Alert") << notes
        << QStringLiteral("Timeline => - 13:05 Deploy\n- 13:41 Alert");
    QTest::newRow("timeline: author, kind, milestone and visibility columns")
        << timeline(QStringLiteral("| Time | Who | Kind | Milestone | Visibility | Event |\n|---|---|---|---|---|---|\n"
                                   "| 2023-03-14 13:05 | Ana | Escalation | Acknowledged | Public | Paged |"))
        << ReviewText([](const Review &r) -> QString {
               const auto &e = r.timeline.value(0);
               return QStringList{e.author, enumKey(e.kind), enumKey(e.milestone), enumKey(e.visibility), e.text}.join(
                   QLatin1Char('|'));
           })
        << QStringLiteral("Ana|escalation|acknowledged|public|Paged");

    // Impact.
    QTest::newRow("impact: without subsections it is the user's")
        << doc("## Impact\n\nCheckout failed.") << impact << QStringLiteral("Checkout failed. /  / ");
    QTest::newRow("impact: subsections by synonyms")
        << doc("## Impact\n\nintro\n\n### Customers\n\nu\n\n### Revenue\n\nb\n\n### Responders\n\nt") << impact
        << QStringLiteral("intro\n\nu / b / t");
    QTest::newRow("impact: unknown subsection stays in the user's text")
        << doc("## Impact\n\n### Duration\n\n2 h") << impact << QStringLiteral("### Duration\n\n2 h /  / ");
    QTest::newRow("impact: Customer impact at the top is the user's")
        << doc("## Customer impact\n\nu\n\n## Business impact\n\nb") << impact << QStringLiteral("u / b / ");
    QTest::newRow("impact: figure lines taken out of the text")
        << doc("## Impact\n\n- **Users affected:** 8,430\n- Revenue lost: €41.8k\n- SLA breached: yes\n"
               "- Data lost: no\n- Data compromised: yes\n- Checkout failed.")
        << ReviewText(
               [figures](const Review &r) -> QString { return figures(r) + QStringLiteral(" | ") + r.impact.user; })
        << QStringLiteral("users=8430 revenue=41800 EUR sla=1 lost=0 compromised=1 | - Checkout failed.");
    QTest::newRow("impact: figures subsection")
        << doc("## Impact\n\n### Figures\n\n| Users affected | 1.2k users |\n|---|---|\n\nRevenue lost: 5,000.50 USD")
        << ReviewText([figures](const Review &r) -> QString { return figures(r); })
        << QStringLiteral("users=1200 revenue=5000.5 USD sla=0 lost=0 compromised=0");
    QTest::newRow("impact: figures from sentences")
        << doc("## Impact\n\n12,000 users were affected. Customer data was exposed. The SLA was breached.") << figures
        << QStringLiteral("users=12000 revenue=-  sla=1 lost=0 compromised=1");
    QTest::newRow("impact: negated sentences set nothing")
        << doc("## Impact\n\nNo data was lost. The SLA was not breached.") << figures
        << QStringLiteral("users=- revenue=-  sla=0 lost=0 compromised=0");

    // Detection and share.
    QTest::newRow("detection: time with its zone in parentheses")
        << doc("## Detection\n\n- **Method:** Alert\n- **Detected:** 2023-03-14 14:41 (Europe/Berlin)\n\nPaged.")
        << ReviewText([](const Review &r) -> QString {
               return r.detection.time.toString(Qt::ISODate) + QLatin1Char(' ') + r.detection.markdown;
           })
        << QStringLiteral("2023-03-14T13:41:00Z Paged.");
    QTest::newRow("detection: method and time lines")
        << doc("## Detection\n\n**Method:** Alerting\n**Time:** 2023-03-14 13:41 UTC\n\nThe alert paged.")
        << ReviewText([](const Review &r) -> QString {
               return enumKey(r.detection.method) + QLatin1Char(' ') + r.detection.time.toString(Qt::ISODate) +
                      QLatin1Char(' ') + r.detection.markdown;
           })
        << QStringLiteral("alert 2023-03-14T13:41:00Z The alert paged.");
    QTest::newRow("share: audience line")
        << doc("## Share it\n\n**Audience:** Engineering; customers\n\nSent on Monday.")
        << ReviewText([](const Review &r) -> QString { return r.shareAudience + QStringLiteral(" / ") + r.share; })
        << QStringLiteral("Engineering; customers / Sent on Monday.");

    // Lessons.
    QTest::newRow("lessons: top-level what went well")
        << doc("## What went well\n\n- fast rollback\n\n## What went wrong\n\n- no alert") << lessons
        << QStringLiteral("wentWell:fast rollback\nwentWrong:no alert");
    QTest::newRow("lessons: subsections with emoji, nested items kept")
        << doc("## Lessons learned\n\n### 👍 Things that went well\n\n- fast\n  - really\n\n### 🤞 Luck\n\n1. "
               "weekday")
        << lessons << QStringLiteral("wentWell:fast\n- really\ngotLucky:weekday");
    QTest::newRow("lessons: bold labels work as subheadings")
        << doc("## Lessons learned\n\n**What went well**\n\n- fast\n\n**Where we got lucky:**\n- quiet day\n\n"
               "**What went wrong:** no alert")
        << lessons << QStringLiteral("wentWell:fast\ngotLucky:quiet day\nwentWrong:no alert");
    QTest::newRow("lessons: unknown subsection kept in a note")
        << doc("## Lessons learned\n\n### What went well\n\n- fast\n\n### Process\n\n- more reviews") << notes
        << QStringLiteral("Lessons learned => ### Process\n\n- more reviews");

    // Actions.
    QTest::newRow("actions: table columns by synonyms")
        << doc("## Follow-ups\n\n| Item | Assignee | Issue | Prio | Deadline | State | Kind | Visibility |\n"
               "|---|---|---|---|---|---|---|---|\n"
               "| Add alert | @dana | [CHK-1](https://jira/CHK-1) | P1 | 2023-03-21 | In progress | Preventive | "
               "public |\n"
               "| Docs | Leo | https://x.org/2 | low | | Won't do | process | |")
        << actions
        << QStringLiteral("Add alert|preventive|dana|https://jira/CHK-1|1|2023-03-21|inProgress|public\n"
                          "Docs|process|Leo|https://x.org/2|4||wontDo|internal");
    QTest::newRow("actions: task list states")
        << doc("## Action items\n\n- [x] Done thing\n- [ ] Open thing\n- Plain thing") << actions
        << QStringLiteral("Done thing|remediation|||0||done|internal\nOpen thing|remediation|||0||open|internal\n"
                          "Plain thing|remediation|||0||open|internal");
    QTest::newRow("actions: everything in parentheses")
        << doc("## Action items\n\n- Fix retries (ABC-1, owner Tomasz Nowak, due 2025-06-01, P2, see thread)")
        << actions
        << QStringLiteral("Fix retries (see thread)|remediation|Tomasz Nowak|ABC-1|2|2025-06-01|open|internal");
    QTest::newRow("actions: handle in parentheses") << doc("## Action items\n\n- [ ] Fix it (@dana)") << actions
                                                    << QStringLiteral("Fix it|remediation|dana||0||open|internal");
    QTest::newRow("actions: trailing owner") << doc("## Action items\n\n- Fix it — owner: Dana Whitfield") << actions
                                             << QStringLiteral("Fix it|remediation|Dana Whitfield||0||open|internal");
    QTest::newRow("actions: trailing handle") << doc("## Action items\n\n- Fix it - @dana") << actions
                                              << QStringLiteral("Fix it|remediation|dana||0||open|internal");
    QTest::newRow("actions: leading ticket key") << doc("## Action items\n\n- ABC-12: Fix it") << actions
                                                 << QStringLiteral("Fix it|remediation||ABC-12|0||open|internal");
    QTest::newRow("actions: nested items are actions, subheading sets the type")
        << doc("## Action items\n\n### Preventive\n\n- Epic\n  - [x] Part one\n\n### Process\n\n- Train") << actions
        << QStringLiteral("Epic|preventive|||0||open|internal\nPart one|preventive|||0||done|internal\n"
                          "Train|process|||0||open|internal");
    QTest::newRow("actions: a value that cannot be read stays in the title")
        << doc("## Action items\n\n| Action | Priority | Team |\n|---|---|---|\n| Fix | soon | DB |") << actions
        << QStringLiteral("Fix (Priority: soon; Team: DB)|remediation|||0||open|internal");
    QTest::newRow("actions: a paragraph is kept in a note")
        << doc("## Action items\n\nTracked in the epic.\n\n- Fix") << notes
        << QStringLiteral("Action items => Tracked in the epic.");

    // The SRE book's shape.
    const QString sre = QString::fromUtf8(sreShape);
    QTest::newRow("sre shape: summary on a bold line") << sre << summary
                                                       << QStringLiteral("Photo uploads failed for 41 minutes after a "
                                                                         "storage quota was lowered by mistake.");
    QTest::newRow("sre shape: impact on a bold line, figure from its sentence")
        << sre
        << ReviewText([figures](const Review &r) -> QString { return r.impact.user + QLatin1Char('|') + figures(r); })
        << QStringLiteral("About 3,900 users were affected. No data was lost.|users=3900 revenue=-  sla=0 lost=0 "
                          "compromised=0");
    QTest::newRow("sre shape: root causes over two lines, trigger under its heading")
        << sre << ReviewText([](const Review &r) -> QString { return r.rootCauses; })
        << QStringLiteral("The quota tool accepted a value in gigabytes where terabytes were meant.\nIt has no "
                          "confirmation step.\n\n### Trigger\n\nA routine quota review at 09:58.");
    QTest::newRow("sre shape: resolution and detection")
        << sre
        << ReviewText([](const Review &r) -> QString { return r.resolution + QLatin1Char('|') + r.detection.markdown; })
        << QStringLiteral("The quota was restored and queued uploads were retried.|The upload error-rate alert paged "
                          "the on-call.");
    QTest::newRow("sre shape: bold DONE and n/a in the bug column")
        << sre << actions
        << QStringLiteral("Ask for confirmation on quota cuts over 50%|preventive|ana||0||done|internal\n"
                          "Alert on quota below usage|remediation|rui|PHO-77|0||open|internal");
    QTest::newRow("sre shape: milestones in bold capitals")
        << sre << ReviewText([](const Review &r) -> QString {
               QStringList texts;
               for (const auto &e : r.timeline)
                   texts.append(e.time.toString(Qt::ISODate) + QLatin1Char(' ') + enumKey(e.milestone) +
                                QLatin1Char(' ') + e.text);
               return texts.join(QLatin1Char('\n'));
           })
        << QStringLiteral("2024-02-06T09:58:00Z started Quota lowered from 40 TB to 40 GB\n"
                          "2024-02-06T10:02:00Z  Upload error rate alert fires\n"
                          "2024-02-06T10:39:00Z mitigated quota restored\n"
                          "2024-02-06T10:41:00Z resolved Retries drain the queue");
    QTest::newRow("sre shape: authors, and what maps nowhere")
        << sre
        << ReviewText([authors, notes](const Review &r) -> QString { return authors(r) + QLatin1Char('|') + notes(r); })
        << QStringLiteral("ana||\nrui||\nmei|||Introduction => **Status:** Complete, action items in progress\n"
                          "Supporting information: => * Upload dashboard: https://dash.example.internal/uploads");

    // No structure.
    QTest::newRow("no structure: everything in the summary")
        << QStringLiteral("Severity: SEV2\n\nWe had an outage.\n\n### Notes\n\nIt was bad.") << summary
        << QStringLiteral("We had an outage.\n\n### Notes\n\nIt was bad.");
}

void tst_MarkdownImporter::fields()
{
    QFETCH(QString, markdown);
    QFETCH(ReviewText, field);
    QFETCH(QString, expected);
    const auto result = importText(markdown);
    QVERIFY2(result.review, qPrintable(result.error));
    QCOMPARE(field(*result.review), expected);
}

void tst_MarkdownImporter::badInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    QTest::newRow("robustness: empty file") << QByteArray() << QStringLiteral("The file is empty.");
    QTest::newRow("robustness: only white space")
        << QByteArray(" \n\t\n") << QStringLiteral("The file holds only white space.");
    QTest::newRow("robustness: binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                        << QStringLiteral(
                                               "This is a binary file, not a text file (a zero byte at offset 8).");
    QTest::newRow("robustness: UTF-16") << QByteArray("\xFF\xFE#\0 \0T\0", 8)
                                        << QStringLiteral("The file is UTF-16 text; save it as UTF-8 and try again.");
    QTest::newRow("robustness: invalid UTF-8")
        << QByteArray("# T\n\n\xC3(")
        << QStringLiteral("Line 3, column 1: byte 0xc3 is not UTF-8; the file must be UTF-8 text.");
    QTest::newRow("time: 25:61 in a list names its line")
        << timeline(QStringLiteral("2023-03-14\n\n- 13:05 Deploy\n- 25:61 Impossible")).toUtf8()
        << QStringLiteral("Line 10: \"25:61\" is not a time of day.");
    QTest::newRow("time: 24:00 in a table")
        << timeline(QStringLiteral("| Time | Event |\n|---|---|\n| 2023-03-14 24:00 | Midnight? |")).toUtf8()
        << QStringLiteral("Line 9: \"24:00\" is not a time of day.");
    QTest::newRow("time: 13:75 in a paragraph line") << timeline(QStringLiteral("2023-03-14 13:75 Deploy")).toUtf8()
                                                     << QStringLiteral("Line 7: \"13:75\" is not a time of day.");
    QTest::newRow("time: 13:00 pm") << timeline(QStringLiteral("2023-03-14\n\n- 13:00 pm Deploy")).toUtf8()
                                    << QStringLiteral("Line 9: \"13:00\" is not a time of day.");
    QTest::newRow("date: 2023-02-30 in a table")
        << timeline(QStringLiteral("| Time | Event |\n|---|---|\n| 2023-02-30 13:05 | Deploy |")).toUtf8()
        << QStringLiteral("Line 9: \"2023-02-30\" is not a date.");
    QTest::newRow("date: 31 April 2023 as a date heading")
        << timeline(QStringLiteral("### 31 April 2023\n\n- 13:05 Deploy")).toUtf8()
        << QStringLiteral("Line 7: \"31 April 2023\" is not a date.");
    QTest::newRow("date: the metadata date") << QByteArray("# T\n\n**Date:** 2023-13-01\n\n## Summary\n\nx")
                                             << QStringLiteral("Line 3: \"2023-13-01\" is not a date.");
    QTest::newRow("date: a due date") << QByteArray(
                                             "# T\n\n## Actions\n\n| Action | Due |\n|---|---|\n| Fix | 2023-02-29 |")
                                      << QStringLiteral("Line 7: \"2023-02-29\" is not a date.");
    QTest::newRow("time: the front matter's started") << QByteArray("---\nstarted: 2023-03-14T25:00:00Z\n---\n# T\n")
                                                      << QStringLiteral("Line 2: \"25:00:00\" is not a time of day.");
}

void tst_MarkdownImporter::badInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const auto result = reviewFromMarkdown(data);
    QVERIFY(!result.review);
    QCOMPARE(result.error, error);
    QVERIFY(!result.error.contains(QLatin1Char('\n')));
}

void tst_MarkdownImporter::warnings_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<int>("events");
    QTest::newRow("table: missing cells kept empty, naming the line")
        << timeline(QStringLiteral("| Time | Event | Who |\n|---|---|---|\n| 2023-03-14 13:05 | Deploy |"))
        << QStringLiteral("Line 9: the table row has 2 of 3 cells; the missing ones were left empty.") << 1;
    QTest::newRow("table: a row with only a time is kept")
        << timeline(QStringLiteral("| Time | Event |\n|---|---|\n| 2023-03-14 13:05 |"))
        << QStringLiteral("Line 9: the table row has 1 of 2 cells; the missing ones were left empty.") << 1;
    QTest::newRow("table: extra cells added to the last")
        << timeline(QStringLiteral("| Time | Event |\n|---|---|\n| 2023-03-14 13:05 | Deploy | EU |"))
        << QStringLiteral("Line 9: the table row has 3 cells but its header 2; the extra ones were added to the last.")
        << 1;
    QTest::newRow("table: a row without time keeps an unknown time")
        << timeline(QStringLiteral("| Time | Event |\n|---|---|\n| 2023-03-14 13:05 | Deploy |\n|  | Later |"))
        << QStringLiteral("Line 10: the event has no time; it was kept with an unknown time on 2023-03-14.") << 2;
    QTest::newRow("list: an entry without time is kept in a note")
        << timeline(QStringLiteral("- 2023-03-14 13:05 Deploy\n- Then a pause"))
        << QStringLiteral("Line 8: a timeline entry without a time was kept in a note.") << 1;
    QTest::newRow("zone: none named") << QStringLiteral("# T\n\n## Timeline\n\n- 2023-03-14 13:05 Deploy\n")
                                      << QStringLiteral(
                                             "Line 5: the timeline names no time zone; its times were read as UTC.")
                                      << 1;
    QTest::newRow("zone: CET in summer")
        << QStringLiteral("# T\n\n## Timeline\n\n- 2023-07-01 14:05 CET Deploy\n")
        << QStringLiteral("Line 5: CET is UTC+01:00, but Europe/Berlin was on UTC+02:00 at that time; the time was "
                          "read as written, in UTC+01:00.")
        << 1;
    QTest::newRow("date: taken from the summary")
        << QStringLiteral("# T\n\n## Summary\n\nOn 14 March 2023 it broke.\n\n## Timeline\n\n- 13:05 UTC Deploy\n")
        << QStringLiteral("Line 9: the timeline gives times without a date; they were taken to be on 2023-03-14, the "
                          "first date the document names (line 5).")
        << 1;
    QTest::newRow("date: none at all")
        << QStringLiteral("# T\n\n## Timeline\n\n- 13:05 UTC Deploy\n")
        << QStringLiteral("Line 5: the timeline's times have no date, and the document names none; the timeline was "
                          "kept as a note. Add a date line such as \"2023-03-14\" above it to import its events.")
        << 0;
    QTest::newRow("structure: none recognised")
        << QStringLiteral("We had an outage.\n\nIt was bad.")
        << QStringLiteral("No heading names a section of the review template; the whole text was put in the summary.")
        << 0;
    QTest::newRow("structure: no title")
        << QStringLiteral("## Summary\n\nx")
        << QStringLiteral("The document has no title (a first-level heading such as \"# Checkout outage\"); the review "
                          "is untitled.")
        << 0;
    QTest::newRow("milestones: out of order")
        << timeline(QStringLiteral("- 2023-03-14 13:05 Fixed #resolved\n- 2023-03-14 13:10 Broke #started"))
        << QStringLiteral("The milestone \"resolved\" comes before \"started\" in time; the metrics will be flagged.")
        << 2;
    QTest::newRow("milestones: twice")
        << timeline(QStringLiteral("- 2023-03-14 13:05 A #detected\n- 2023-03-14 13:10 B #detected"))
        << QStringLiteral("The milestone \"detected\" is set on 2 events; the earliest one counts.") << 2;
    QTest::newRow("metadata: severity not understood")
        << QStringLiteral("# T\n\nSeverity: bad-ish\n\n## Summary\n\nx")
        << QStringLiteral("Line 3: \"bad-ish\" is not a severity (SEV1 to SEV5); it was kept as text.") << 0;
    QTest::newRow("images: a local image stays a link")
        << QStringLiteral("# T\n\n## Summary\n\n![chart](img/chart.png) and ![remote](https://x.org/a.png)")
        << QStringLiteral("Line 5: the image \"img/chart.png\" is kept as a link; image files are not imported.") << 0;
}

void tst_MarkdownImporter::warnings()
{
    QFETCH(QString, markdown);
    QFETCH(QString, warning);
    QFETCH(int, events);
    const auto result = importText(markdown);
    QVERIFY2(result.review, qPrintable(result.error));
    QVERIFY2(result.warnings.contains(warning), qPrintable(warningsText(result)));
    QCOMPARE(result.review->timeline.size(), qsizetype(events));
}

void tst_MarkdownImporter::readFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("content"); // null: a folder; "huge": over the size limit
    QTest::addColumn<QString>("error");   // empty: imports
    QTest::newRow("file: a fixture") << QStringLiteral("p.md") << QStringLiteral("# T\n\n## Summary\n\nx") << QString();
    QTest::newRow("file: missing") << QStringLiteral("missing.md") << QStringLiteral("-")
                                   << QStringLiteral("%1 does not exist.");
    QTest::newRow("file: a folder") << QStringLiteral("folder.md") << QString()
                                    << QStringLiteral("%1 is a folder, not a file.");
    QTest::newRow("file: over the size limit, not read")
        << QStringLiteral("huge.md") << QStringLiteral("huge")
        << QStringLiteral("%1 is too large (64.0 MB); files over 64 MB "
                          "are not read.");
}

void tst_MarkdownImporter::readFile()
{
    QFETCH(QString, name);
    QFETCH(QString, content);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    if (content.isNull()) {
        QVERIFY(QDir(dir.path()).mkdir(name));
    } else if (content == u"huge") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(TextFile::MaxBytes + 1)); // sparse: nothing is written
    } else if (content != u"-") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content.toUtf8());
    }
    const auto result = MarkdownImporter().read(path);
    if (error.isEmpty()) {
        QVERIFY2(result.review, qPrintable(result.error));
        QCOMPARE(result.review->summary, QStringLiteral("x"));
    } else {
        QVERIFY(!result.review);
        QCOMPARE(result.error, error.arg(path));
    }
}

// Speed is not asserted here; the time is printed so that it can be followed. A tenth of it
// under the sanitizers (tests::sanitizerScale).
void tst_MarkdownImporter::largeFile()
{
    constexpr int scale = tests::sanitizerScale;
    const int events = 200000 / scale;
    const int paragraphs = 75000 / scale;
    const QByteArray data = largeDocument(events, paragraphs);
    QVERIFY(data.size() > 20 * 1000 * 1000 / scale);
    QVERIFY(data.size() < TextFile::MaxBytes);
    QElapsedTimer timer;
    timer.start();
    const auto result = reviewFromMarkdown(data);
    const qint64 elapsed = timer.elapsed();
    qInfo("Imported %.1f MB of Markdown (%d events) in %lld ms", double(data.size()) / (1000 * 1000), events, elapsed);
    QVERIFY2(result.review, qPrintable(result.error));
    const auto &review = *result.review;
    QCOMPARE(review.timeline.size(), qsizetype(events));
    QCOMPARE(review.timeline.last().time, utc(2023, 3, 14).addSecs(events - 1));
    QCOMPARE(review.timeline.first().precision, TimePrecision::Second);
    QCOMPARE(review.timeline.first().text, QStringLiteral("Worker 0 retried the batch & logged `code 0`"));
    QVERIFY(review.rootCauses.startsWith(QStringLiteral("The consumer acknowledged message 0 ")));
    QVERIFY(review.rootCauses.endsWith(QStringLiteral("message ") + QString::number(paragraphs - 1) +
                                       QStringLiteral(" before processing it; **the retry path** held "
                                                      "the lock while it slept, and the partition stalled.")));
    QCOMPARE(review.actions.size(), qsizetype(1));
    QCOMPARE(review.actions.first().owner, QStringLiteral("Dana"));
    QCOMPARE(review.severity, 3);
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
}

// A Markdown review in the template's shape, written by hand from the bundled sample: every field
// the sample has comes back, except what Markdown cannot say (visibility of sections and notes,
// where an event came from).
void tst_MarkdownImporter::templateRoundTrip()
{
    const auto expectedResult = JsonImporter().read(samplePath);
    QVERIFY2(expectedResult.review, qPrintable(expectedResult.error));
    Review expected = *expectedResult.review;
    expected.visibility.fill(Visibility::Internal);
    for (auto &event : expected.timeline)
        event.source = EventSource::Imported;
    for (auto &note : expected.additional)
        note.visibility = Visibility::Internal;
    // The hand-written file shows no images: localImagesBecomeFigures covers those.
    expected.figures.clear();

    const auto result = MarkdownImporter().read(templatePath);
    QVERIFY2(result.review, qPrintable(result.error));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
    const Review &actual = *result.review;

    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.severity, expected.severity);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.timeZone, expected.timeZone);
    QCOMPARE(actual.summary, expected.summary);
    QCOMPARE(actual.impact.user, expected.impact.user);
    QCOMPARE(actual.impact.business, expected.impact.business);
    QCOMPARE(actual.impact.team, expected.impact.team);
    QCOMPARE(actual.impact.usersAffected, expected.impact.usersAffected);
    QCOMPARE(actual.impact.revenueLost, expected.impact.revenueLost);
    QCOMPARE(actual.impact.currency, expected.impact.currency);
    QVERIFY(actual.impact == expected.impact);
    QCOMPARE(actual.detection.method, expected.detection.method);
    QCOMPARE(actual.detection.time, expected.detection.time);
    QCOMPARE(actual.detection.markdown, expected.detection.markdown);
    QCOMPARE(actual.triage, expected.triage);
    QCOMPARE(actual.rootCauses, expected.rootCauses);
    QCOMPARE(actual.resolution, expected.resolution);
    QCOMPARE(actual.shareAudience, expected.shareAudience);
    QCOMPARE(actual.share, expected.share);
    QCOMPARE(actual.authors.size(), expected.authors.size());
    for (qsizetype i = 0; i < expected.authors.size(); ++i)
        QCOMPARE(personText(actual.authors.at(i)), personText(expected.authors.at(i)));
    QCOMPARE(actual.timeline.size(), expected.timeline.size());
    for (qsizetype i = 0; i < expected.timeline.size(); ++i) {
        const auto &a = actual.timeline.at(i);
        const auto &e = expected.timeline.at(i);
        QCOMPARE(a.time, e.time);
        QCOMPARE(a.precision, e.precision);
        QCOMPARE(a.kind, e.kind);
        QCOMPARE(a.text, e.text);
        QCOMPARE(a.author, e.author);
        QCOMPARE(a.visibility, e.visibility);
        QCOMPARE(a.milestone, e.milestone);
        QVERIFY(a == e);
    }
    QCOMPARE(lessonsText(actual), lessonsText(expected));
    QCOMPARE(actual.actions.size(), expected.actions.size());
    for (qsizetype i = 0; i < expected.actions.size(); ++i)
        QCOMPARE(actionText(actual.actions.at(i)), actionText(expected.actions.at(i)));
    QCOMPARE(notesText(actual), notesText(expected));
    QVERIFY(actual == expected);
}

void tst_MarkdownImporter::localImagesBecomeFigures()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("post assets")));
    const QByteArray png = hindsight::tests::screenshotPng(320, 200);
    const QByteArray jpeg = [] {
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkRed);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG");
        return bytes;
    }();
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write(QStringLiteral("post assets/pool chart.png"), png);
    write(QStringLiteral("post assets/alert.jpg"), jpeg);
    write(QStringLiteral("post assets/notes.png"), QByteArray("these are notes, not a picture"));
    write(QStringLiteral("post.md"), QByteArray(R"(# Pool outage

## Root causes

The pool was too small.

![Pool saturation](post%20assets/pool%20chart.png)

*Figure 1: Pool saturation on the \*database\* dashboard \[p99\]*

The vendor's diagram ![inline](post%20assets/alert.jpg) stays in the sentence.

![From the web](https://grafana.example.com/render/panel.png)

```
![not an image line](post%20assets/alert.jpg)
```

## Detection

![The alert as it paged](<post assets/alert.jpg>)

![Missing](post%20assets/gone.png)

![Broken](post%20assets/notes.png)
)"));

    const auto result = MarkdownImporter().read(dir.filePath(QStringLiteral("post.md")));
    QVERIFY2(result.review, qPrintable(result.error));
    const auto &review = *result.review;
    QCOMPARE(review.figures.size(), 2);
    // In template order: Detection before Root causes.
    QCOMPARE(review.figures.at(0).section, SectionKey::Detection);
    QCOMPARE(review.figures.at(0).caption, QStringLiteral("The alert as it paged"));
    QCOMPARE(review.figures.at(0).image, jpeg);
    QCOMPARE(review.figures.at(1).section, SectionKey::RootCauses);
    QCOMPARE(review.figures.at(1).caption, QStringLiteral("Pool saturation on the *database* dashboard [p99]"));
    QCOMPARE(review.figures.at(1).source, QStringLiteral("pool chart.png"));
    QCOMPARE(review.figures.at(1).image, png);
    QCOMPARE(review.figures.at(1).visibility, Visibility::Internal);

    // What became a figure left the text; the rest stayed as written.
    QVERIFY(!review.rootCauses.contains(QStringLiteral("pool%20chart.png")));
    QVERIFY(!review.rootCauses.contains(QStringLiteral("Figure 1")));
    QVERIFY(review.rootCauses.contains(QStringLiteral("![inline](post%20assets/alert.jpg) stays")));
    QVERIFY(review.rootCauses.contains(QStringLiteral("https://grafana.example.com/render/panel.png")));
    QVERIFY(review.rootCauses.contains(QStringLiteral("![not an image line]")));
    QVERIFY(review.detection.markdown.contains(QStringLiteral("post%20assets/gone.png")));
    QVERIFY(review.detection.markdown.contains(QStringLiteral("post%20assets/notes.png")));
    QVERIFY(!review.detection.markdown.contains(QStringLiteral("alert.jpg")));

    const auto joined = result.warnings.join(QLatin1Char('\n'));
    QVERIFY2(joined.contains(QStringLiteral("post assets/gone.png in Detection was not found")), qPrintable(joined));
    QVERIFY2(joined.contains(QStringLiteral("“notes.png” is not an image")), qPrintable(joined));
    QVERIFY2(joined.contains(QStringLiteral("post assets/alert.jpg in Root causes stays a link")), qPrintable(joined));
    // The images that became figures are not reported as links.
    QVERIFY2(!joined.contains(QStringLiteral("pool chart.png")), qPrintable(joined));
    QVERIFY2(result.warnings.size() == 3, qPrintable(joined));

    // From a paste there is no folder: the text keeps every image as a link.
    QFile file(dir.filePath(QStringLiteral("post.md")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto pasted = MarkdownImporter().parse(file.readAll());
    QVERIFY(pasted.review);
    QVERIFY(pasted.review->figures.isEmpty());
}

// A Markdown file from elsewhere names the images it shows; only those in its folder (or a
// folder below it, as `assets/pool.png`) are read into the review, also after following
// symbolic links. The folder tree, built per row:
//   private.png                 outside: must never be read
//   doc/post.md                 the imported file
//   doc/beside.png, doc/assets/chart.png
//   doc/inside-link.png  -> beside.png
//   doc/outside-link.png -> ../private.png
//   doc/linked-out       -> ..            (a folder link that leads out)
//   alias                -> doc           (the same folder, reached through a link)
void tst_MarkdownImporter::pathTraversal_data()
{
    QTest::addColumn<QString>("opened");  // the Markdown file's path, in the temporary folder
    QTest::addColumn<QString>("target");  // as the Markdown writes it; {private} is private.png's absolute path
    QTest::addColumn<QString>("warning"); // empty: the image becomes a figure
    const QString outside = QStringLiteral(
        "The image %1 in Root causes lies outside the folder of the Markdown file; it stays a link: only images in "
        "that folder and the folders below it are read.");
    const QString throughLink = QStringLiteral(
        "The image %1 in Root causes leads through a symbolic link to a file outside the folder of the Markdown "
        "file; it stays a link: only images in that folder and the folders below it are read.");
    const QString post = QStringLiteral("doc/post.md");

    QTest::newRow("traversal: ../private.png")
        << post << QStringLiteral("../private.png") << outside.arg(QStringLiteral("../private.png"));
    QTest::newRow("traversal: ..%2Fprivate.png, decoded first")
        << post << QStringLiteral("..%2Fprivate.png") << outside.arg(QStringLiteral("../private.png"));
    QTest::newRow("traversal: into a subfolder and out twice")
        << post << QStringLiteral("assets/..%2F..%2Fprivate.png")
        << outside.arg(QStringLiteral("assets/../../private.png"));
    QTest::newRow("traversal: an absolute path") << post << QStringLiteral("{private}") << outside;
    QTest::newRow("traversal: an absolute path, percent-encoded") << post << QStringLiteral("%2F{private}") << outside;
    QTest::newRow("traversal: outside and missing, not told apart")
        << post << QStringLiteral("../gone.png") << outside.arg(QStringLiteral("../gone.png"));
    QTest::newRow("traversal: a symbolic link to a file outside")
        << post << QStringLiteral("outside-link.png") << throughLink.arg(QStringLiteral("outside-link.png"));
    QTest::newRow("traversal: a symbolic link to a folder outside")
        << post << QStringLiteral("linked-out/private.png")
        << throughLink.arg(QStringLiteral("linked-out/private.png"));
    QTest::newRow("robustness: a zero byte names no file")
        << post << QStringLiteral("beside.png%00.txt")
        << QStringLiteral("The image beside.png%00.txt in Root causes was not found beside the file; it stays a link.");
    QTest::newRow("allowed: beside the file") << post << QStringLiteral("beside.png") << QString();
    QTest::newRow("allowed: in a subfolder, as docs/import.md shows")
        << post << QStringLiteral("assets/chart.png") << QString();
    QTest::newRow("allowed: into a subfolder and back") << post << QStringLiteral("assets/../beside.png") << QString();
    QTest::newRow("allowed: a symbolic link to a file inside")
        << post << QStringLiteral("inside-link.png") << QString();
    QTest::newRow("allowed: the file opened through a linked folder")
        << QStringLiteral("alias/post.md") << QStringLiteral("assets/chart.png") << QString();
}

void tst_MarkdownImporter::pathTraversal()
{
    QFETCH(QString, opened);
    QFETCH(QString, target);
    QFETCH(QString, warning);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("doc/assets")));
    const QByteArray inside = hindsight::tests::screenshotPng(32, 20, Qt::darkGreen);
    const QByteArray secret = hindsight::tests::screenshotPng(32, 20, Qt::red);
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    };
    write(QStringLiteral("private.png"), secret);
    write(QStringLiteral("doc/beside.png"), inside);
    write(QStringLiteral("doc/assets/chart.png"), inside);
    QVERIFY(QFile::link(QStringLiteral("beside.png"), dir.filePath(QStringLiteral("doc/inside-link.png"))));
    QVERIFY(QFile::link(QStringLiteral("../private.png"), dir.filePath(QStringLiteral("doc/outside-link.png"))));
    QVERIFY(QFile::link(QStringLiteral(".."), dir.filePath(QStringLiteral("doc/linked-out"))));
    QVERIFY(QFile::link(QStringLiteral("doc"), dir.filePath(QStringLiteral("alias"))));
    const QString privatePath = dir.filePath(QStringLiteral("private.png"));
    target.replace(QStringLiteral("{private}"), privatePath);
    if (warning.contains(u"%1"))
        warning = warning.arg(QUrl::fromPercentEncoding(target.toUtf8()));
    write(
        QStringLiteral("doc/post.md"),
        QStringLiteral("# Outage\n\n## Root causes\n\nThe pool was too small.\n\n![Pool](%1)\n").arg(target).toUtf8());

    const auto result = MarkdownImporter().read(dir.filePath(opened));
    QVERIFY2(result.review, qPrintable(result.error));
    const auto &review = *result.review;
    if (warning.isEmpty()) {
        QCOMPARE(review.figures.size(), 1);
        QCOMPARE(review.figures.first().image, inside);
        QVERIFY2(result.warnings.isEmpty(), qPrintable(warningsText(result)));
        return;
    }
    // Nothing from outside is in the review: the image stays a link, and the report says why.
    QVERIFY(review.figures.isEmpty());
    QVERIFY2(review.rootCauses.contains(QStringLiteral("![Pool](%1)").arg(target)), qPrintable(review.rootCauses));
    QCOMPARE(result.warnings, QStringList{warning});
}

// What GitHub shows must come into the review, or be kept and named in the import's report.
void tst_MarkdownImporter::silentDrops_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<ReviewText>("field");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("message"); // one of the warnings, or the error; empty: none is checked
    const ReviewText events = [](const Review &r) -> QString {
        QStringList texts;
        for (const auto &event : r.timeline)
            texts.append(event.time.toString(Qt::ISODate) + QLatin1Char(' ') + event.text);
        return texts.join(QLatin1Char('\n'));
    };
    const ReviewText authorsAndNotes = [](const Review &r) -> QString {
        QStringList people;
        for (const auto &person : r.authors)
            people.append(personText(person));
        return people.join(QLatin1Char('\n')) + QStringLiteral("\n--\n") + notesText(r);
    };
    const auto frontMatter = [](const char *yaml) -> QString {
        return QStringLiteral("---\ntitle: T\n") + QString::fromUtf8(yaml) + QStringLiteral("---\n\n## Summary\n\nx\n");
    };
    const QString kept = QStringLiteral("the entry was kept as written in the note \"Front matter\".");

    // GitHub makes a table's first row its header, also when it is the first event.
    QTest::newRow("timeline table: first row is data, which GitHub makes the header")
        << timeline(QStringLiteral("2023-03-14\n\n| 13:05 | Deploy started |\n| --- | --- |\n| 13:10 | Errors rise |"))
        << events << QStringLiteral("2023-03-14T13:05:00Z Deploy started\n2023-03-14T13:10:00Z Errors rise")
        << QString();
    QTest::newRow("timeline table: its only row is the header")
        << timeline(QStringLiteral("| 2023-03-14 13:05 | Deploy started |\n| --- | --- |")) << events
        << QStringLiteral("2023-03-14T13:05:00Z Deploy started") << QString();
    QTest::newRow("timeline table: first row is data, right under a line of text")
        << timeline(QStringLiteral("2023-03-14\n| 13:05 | Deploy started |\n| --- | --- |\n| 13:10 | Errors rise |"))
        << events << QStringLiteral("2023-03-14T13:05:00Z Deploy started\n2023-03-14T13:10:00Z Errors rise")
        << QString();
    QTest::newRow("timeline table: the other cells of a data header are kept without a column name")
        << timeline(QStringLiteral("2023-03-14\n\n| 13:05 | Deploy started | Dana |\n| --- | --- | --- |\n"
                                   "| 13:10 | Errors rise | Leo |"))
        << events
        << QStringLiteral("2023-03-14T13:05:00Z Deploy started (Dana)\n2023-03-14T13:10:00Z Errors rise (Leo)")
        << QString();
    QTest::newRow("timeline table: an impossible time in a data header refuses, naming its line")
        << timeline(QStringLiteral("2023-03-14\n| 25:61 | Deploy started |\n| --- | --- |\n| 13:10 | Errors rise |"))
        << events << QString() << QStringLiteral("Line 8: \"25:61\" is not a time of day.");
    QTest::newRow("timeline table: a date over empty cells labels the rows, is no event")
        << timeline(QStringLiteral("2023-03-14\n\n| 2023-03-14 | |\n| --- | --- |\n| 13:05 | Deploy started |"))
        << events << QStringLiteral("2023-03-14T13:05:00Z Deploy started") << QString();
    QTest::newRow("timeline table: a header of column names is no event")
        << timeline(QStringLiteral("2023-03-14\n\n| Time | Event |\n| --- | --- |\n| 13:05 | Deploy started |"))
        << events << QStringLiteral("2023-03-14T13:05:00Z Deploy started") << QString();
    QTest::newRow("timeline table: a date over a column named Event is no event")
        << timeline(QStringLiteral("2023-03-14\n\n| 2023-03-14 | Event |\n| --- | --- |\n| 13:05 | Deploy started |"))
        << events << QStringLiteral("2023-03-14T13:05:00Z Deploy started") << QString();

    // A person in front matter has more keys than a review keeps (handles, links, avatars).
    QTest::newRow("front matter: an author's unknown key, then more authors")
        << frontMatter("authors:\n  - name: Priya Raman\n    github: priya-r\n    role: incident leader\n"
                       "  - name: Leo Marchetti\n    contact: leo@example.com\n")
        << authorsAndNotes
        << QStringLiteral("Priya Raman|incident leader|\nLeo Marchetti||leo@example.com\n--\nFront matter => ```yaml\n"
                          "authors:\n  - name: Priya Raman\n    github: priya-r\n    role: incident leader\n```")
        << QStringLiteral("Line 5: the author Priya Raman in the front matter has keys that are not understood "
                          "(github); ") +
               kept;
    QTest::newRow("front matter: a list under an unknown key, then a role and more authors")
        << frontMatter("authors:\n  - name: Priya Raman\n    links:\n      - https://example.com/priya\n"
                       "      - https://example.com/pr\n    role: incident leader\n  - Leo Marchetti (search)\n")
        << authorsAndNotes
        << QStringLiteral("Priya Raman|incident leader|\nLeo Marchetti|search|\n--\nFront matter => ```yaml\n"
                          "authors:\n  - name: Priya Raman\n    links:\n      - https://example.com/priya\n"
                          "      - https://example.com/pr\n    role: incident leader\n```")
        << QStringLiteral("Line 5: the author Priya Raman in the front matter has keys that are not understood "
                          "(links); ") +
               kept;
    QTest::newRow("front matter: an author without a name is kept, the next one read")
        << frontMatter("authors:\n  - github: priya-r\n    role: SRE\n  - name: Leo Marchetti\n") << authorsAndNotes
        << QStringLiteral("Leo Marchetti||\n--\nFront matter => ```yaml\nauthors:\n  - github: priya-r\n"
                          "    role: SRE\n```")
        << QStringLiteral("Line 4: an author in the front matter has no name; ") + kept;
    QTest::newRow("front matter: an author's team and email, as an authors table names them")
        << frontMatter("authors:\n  - name: Priya Raman\n    team: Checkout\n    email: priya@example.com\n")
        << authorsAndNotes << QStringLiteral("Priya Raman|Checkout|priya@example.com\n--\n") << QString();
    QTest::newRow("front matter: a second key for the role is kept")
        << frontMatter("authors:\n- name: Priya Raman\n  role: SRE\n  team: Checkout\n") << authorsAndNotes
        << QStringLiteral("Priya Raman|SRE|\n--\nFront matter => ```yaml\nauthors:\n- name: Priya Raman\n  role: SRE\n"
                          "  team: Checkout\n```")
        << QStringLiteral("Line 6: the author Priya Raman in the front matter has keys that are not understood "
                          "(team); ") +
               kept;
    QTest::newRow("front matter: an author as a flow mapping")
        << frontMatter("authors:\n  - {name: Priya Raman, role: SRE, github: priya-r}\n") << authorsAndNotes
        << QStringLiteral("Priya Raman|SRE|\n--\nFront matter => ```yaml\nauthors:\n"
                          "  - {name: Priya Raman, role: SRE, github: priya-r}\n```")
        << QStringLiteral("Line 4: the author Priya Raman in the front matter has keys that are not understood "
                          "(github); ") +
               kept;
    QTest::newRow("front matter: authors grouped under keys are kept as YAML")
        << frontMatter("authors:\n  primary:\n    - Priya Raman\n") << authorsAndNotes
        << QStringLiteral("\n--\nFront matter => ```yaml\nauthors:\n  primary:\n    - Priya Raman\n```") << QString();
}

void tst_MarkdownImporter::silentDrops()
{
    QFETCH(QString, markdown);
    QFETCH(ReviewText, field);
    QFETCH(QString, expected);
    QFETCH(QString, message);
    const auto result = importText(markdown);
    if (!result.review) {
        QCOMPARE(result.error, message);
        return;
    }
    QVERIFY2(!expected.isNull(), qPrintable(QStringLiteral("imported, though it should fail: ") + message));
    QVERIFY2(message.isEmpty() || result.warnings.contains(message), qPrintable(warningsText(result)));
    QCOMPARE(field(*result.review), expected);
}

// Front matter is no Markdown: it is read first and the Markdown after it, but messages name the
// lines of the file.
void tst_MarkdownImporter::linesAfterFrontMatter_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("message"); // the error, or one of the warnings
    QTest::newRow("error: a time in a list")
        << QStringLiteral("---\ntitle: T\nseverity: SEV2\n---\n# T\n\n## Timeline\n\n2023-03-14\n\n- 13:05 Deploy\n"
                          "- 25:61 Impossible\n")
        << QStringLiteral("Line 12: \"25:61\" is not a time of day.");
    QTest::newRow("error: a date in a table row")
        << QStringLiteral("---\ntitle: T\n---\n# T\n\n## Timeline\n\n| Time | Event |\n|---|---|\n"
                          "| 2023-02-30 13:05 | Deploy |\n")
        << QStringLiteral("Line 10: \"2023-02-30\" is not a date.");
    QTest::newRow("warning: a table row")
        << QStringLiteral("---\ntitle: T\n---\n# T\n\n## Timeline\n\nAll times in UTC.\n\n| Time | Event | Who |\n"
                          "|---|---|---|\n| 2023-03-14 13:05 | Deploy |\n")
        << QStringLiteral("Line 12: the table row has 2 of 3 cells; the missing ones were left empty.");
    QTest::newRow("warning: a metadata line")
        << QStringLiteral("---\ntitle: T\n---\n\nSeverity: bad-ish\n\n## Summary\n\nx")
        << QStringLiteral("Line 5: \"bad-ish\" is not a severity (SEV1 to SEV5); it was kept as text.");
    QTest::newRow("warning: the line a date was taken from")
        << QStringLiteral("---\nseverity: SEV2\n---\n# T\n\n## Summary\n\nOn 14 March 2023 it broke.\n\n## Timeline\n\n"
                          "- 13:05 UTC Deploy\n")
        << QStringLiteral("Line 12: the timeline gives times without a date; they were taken to be on 2023-03-14, the "
                          "first date the document names (line 8).");
    QTest::newRow("warning: a local image")
        << QStringLiteral("---\ntitle: T\n---\n## Summary\n\n![chart](img/chart.png)\n")
        << QStringLiteral("Line 6: the image \"img/chart.png\" is kept as a link; image files are not imported.");
}

void tst_MarkdownImporter::linesAfterFrontMatter()
{
    QFETCH(QString, markdown);
    QFETCH(QString, message);
    const auto result = importText(markdown);
    if (result.review)
        QVERIFY2(result.warnings.contains(message), qPrintable(warningsText(result)));
    else
        QCOMPARE(result.error, message);
}

// What cmark-gfm reads as GitHub renders it, and the places where its positions need care.
void tst_MarkdownImporter::asGitHubReadsIt_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<ReviewText>("field");
    QTest::addColumn<QString>("expected");
    const ReviewText events = [](const Review &r) -> QString {
        QStringList texts;
        for (const auto &e : r.timeline)
            texts.append(e.time.toString(Qt::ISODate) + QLatin1Char(' ') + e.text);
        return texts.join(QLatin1Char('\n'));
    };
    const ReviewText eventsAndNotes = [events](const Review &r) -> QString {
        return events(r) + QStringLiteral(" | ") + notesText(r);
    };
    const ReviewText actions = [](const Review &r) -> QString {
        QStringList texts;
        for (const auto &action : r.actions)
            texts.append(actionText(action));
        return texts.join(QLatin1Char('\n'));
    };
    QTest::newRow("setext: headings underlined name the title and sections")
        << QStringLiteral("Outage\n======\n\nRoot causes\n-----------\n\nThe pool.\n")
        << ReviewText([](const Review &r) -> QString { return r.title + QLatin1Char('|') + r.rootCauses; })
        << QStringLiteral("Outage|The pool.");
    QTest::newRow("setext: text right under an underlined heading")
        << QStringLiteral("Outage\n======\n\nRoot causes\n-----------\nThe pool.\n\nResolution\n----------\nMore.\n")
        << ReviewText([](const Review &r) -> QString { return r.rootCauses + QLatin1Char('|') + r.resolution; })
        << QStringLiteral("The pool.|More.");
    QTest::newRow("CRLF: a timeline table")
        << QStringLiteral("# T\r\n\r\n## Timeline\r\n\r\n| Time (UTC) | Event |\r\n|---|---|\r\n"
                          "| 2023-03-14 13:05 | Deploy &amp; wait |\r\n")
        << events << QStringLiteral("2023-03-14T13:05:00Z Deploy & wait");
    QTest::newRow("table: right under a paragraph, which is kept")
        << timeline(
               QStringLiteral("Times are approximate.\n| Time | Event |\n|---|---|\n| 2023-03-14 13:05 | Deploy |"))
        << eventsAndNotes << QStringLiteral("2023-03-14T13:05:00Z Deploy | Timeline => Times are approximate.");
    QTest::newRow("table: entities decoded in an event, &lt; kept")
        << timeline(
               QStringLiteral("| Time | Event |\n|---|---|\n| 2023-03-14 13:05 | R&amp;D &lt;b&gt; &quot;go&quot; |"))
        << events << QStringLiteral("2023-03-14T13:05:00Z R&D &lt;b&gt; \"go\"");
    QTest::newRow("table: a pipe in a code span")
        << timeline(QStringLiteral("| Time | Event |\n|---|---|\n| 2023-03-14 13:05 | ran `a \\| b` |")) << events
        << QStringLiteral("2023-03-14T13:05:00Z ran `a | b`");
    QTest::newRow("list: an event's lazy line, entities decoded")
        << timeline(QStringLiteral("- 2023-03-14 13:05 Deploy &amp; wait\ncontinued &amp; done")) << events
        << QStringLiteral("2023-03-14T13:05:00Z Deploy & wait\ncontinued & done");
    QTest::newRow("list: a <br> in an event is a line break")
        << timeline(QStringLiteral("- 2023-03-14 13:05 Deploy<br>then wait")) << events
        << QStringLiteral("2023-03-14T13:05:00Z Deploy\nthen wait");
    QTest::newRow("text: a link reference definition stays with its section")
        << QStringLiteral("# T\n\n## Root causes\n\nSee [the PR][1].\n\n[1]: https://x.org/pr/1\n\n## Resolution\n\nx")
        << ReviewText([](const Review &r) -> QString { return r.rootCauses; })
        << QStringLiteral("See [the PR][1].\n\n[1]: https://x.org/pr/1");
    QTest::newRow("text: an HTML comment stays")
        << QStringLiteral("# T\n\n## Summary\n\n<!-- draft -->\nx")
        << ReviewText([](const Review &r) -> QString { return r.summary; }) << QStringLiteral("<!-- draft -->\nx");
    QTest::newRow("actions: a capital X is done, a numbered list works too")
        << QStringLiteral("# T\n\n## Action items\n\n- [X] Done thing\n\n1. Fix it\n2. Train") << actions
        << QStringLiteral("Done thing|remediation|||0||done|internal\nFix it|remediation|||0||open|internal\n"
                          "Train|remediation|||0||open|internal");
    QTest::newRow("authors: names in emphasis, a contact in brackets")
        << QStringLiteral("# T\n\nAuthors: **Dana Whitfield (SRE)**, Priya &lt;priya@example.com&gt;, Leo "
                          "<leo@example.com>\n\n## Authors\n\n- **Ana Lima, incident leader**\n")
        << ReviewText([](const Review &r) -> QString {
               QStringList people;
               for (const auto &person : r.authors)
                   people.append(personText(person));
               return people.join(QLatin1Char('\n'));
           })
        << QStringLiteral("Dana Whitfield|SRE|\nPriya||priya@example.com\nLeo||leo@example.com\n"
                          "Ana Lima|incident leader|");
    QTest::newRow("code: an indented list is code, no events")
        << timeline(QStringLiteral("    - 2023-03-14 13:05 Deploy")) << eventsAndNotes
        << QStringLiteral(" | Timeline =>     - 2023-03-14 13:05 Deploy");
}

void tst_MarkdownImporter::asGitHubReadsIt()
{
    QFETCH(QString, markdown);
    QFETCH(ReviewText, field);
    QFETCH(QString, expected);
    const auto result = importText(markdown);
    QVERIFY2(result.review, qPrintable(result.error));
    QCOMPARE(field(*result.review), expected);
}

QTEST_GUILESS_MAIN(tst_MarkdownImporter)
#include "tst_markdownimporter.moc"
