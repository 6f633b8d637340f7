// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/commands.h"
#include "model/names.h"
#include "model/reviewchecks.h"
#include "model/reviewdocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace hindsight::model;

namespace {

using Change = std::function<void(Review &)>;

QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2026, 3, 14), QTime(hour, minute), QTimeZone::utc());
}

TimelineEvent timelineEvent(qint64 id, QDateTime time, Milestone milestone, const QString &text)
{
    TimelineEvent e;
    e.id = id;
    e.time = std::move(time);
    e.milestone = milestone;
    e.text = text;
    return e;
}

ActionItem action(qint64 id, const QString &title)
{
    ActionItem item;
    item.id = id;
    item.title = title;
    item.owner = QStringLiteral("Olivia");
    item.ticket = QStringLiteral("CHK-12");
    item.due = QDate(2026, 4, 1);
    return item;
}

Figure figure(SectionKey section, FigureKind kind)
{
    Figure f;
    f.section = section;
    f.kind = kind;
    return f;
}

// A small review that follows every piece of the template's advice.
Review passingReview()
{
    Review review;
    review.authors = {{1, QStringLiteral("Katrin Meier"), QStringLiteral("Incident leader"), {}}};
    review.summary = QStringLiteral("A config change lowered the connection pool; checkout failed for 38 minutes.");
    review.impact.user = QStringLiteral("Users could not pay. No data was lost.");
    review.impact.business = QStringLiteral("About 12,000 EUR of orders.");
    review.impact.team = QStringLiteral("Two engineers paged at night.");
    review.detection.method = DetectionMethod::Alert;
    review.detection.time = at(13, 9);
    review.detection.markdown = QStringLiteral("The error-rate alert fired.");
    review.triage = QStringLiteral("Declared SEV2 at 13:12.");
    review.rootCauses = QStringLiteral("The pool went from 200 to 20.");
    review.resolution = QStringLiteral("Reverted; errors fell to zero.");
    review.shareAudience = QStringLiteral("Engineering");
    review.timeline = {timelineEvent(2, at(13, 5), Milestone::Started, QStringLiteral("Change rolled out")),
                       timelineEvent(3, at(13, 9), Milestone::Detected, QStringLiteral("Alert fired")),
                       timelineEvent(4, at(13, 30), Milestone::Mitigated, QStringLiteral("Reverted")),
                       timelineEvent(5, at(13, 43), Milestone::Resolved, QStringLiteral("Errors at zero"))};
    review.lessons = {{6, LessonKind::WentWell, QStringLiteral("Rollback took one click")},
                      {7, LessonKind::WentWrong, QStringLiteral("Nobody linked the change")},
                      {8, LessonKind::GotLucky, QStringLiteral("It was not Black Friday")}};
    review.actions = {action(9, QStringLiteral("Alert on pool saturation"))};
    review.figures = {figure(SectionKey::RootCauses, FigureKind::Image),
                      figure(SectionKey::Resolution, FigureKind::Chart)};
    return review;
}

const Check *find(const QList<Check> &checks, const QString &id)
{
    const auto it = std::find_if(checks.cbegin(), checks.cend(), [&](const Check &check) { return check.id == id; });
    return it == checks.cend() ? nullptr : &*it;
}

QString longText(int words)
{
    QStringList list;
    for (int i = 0; i < words; ++i)
        list.append(QStringLiteral("word%1").arg(i));
    return list.join(QLatin1Char(' '));
}

enum class Expect { Open, Satisfied, Dismissed };

} // namespace

Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(Expect)

class TestReviewChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passingReviewHasNoCheck();
    void emptyReviewHasEveryWholeReviewCheck();
    void checks_data();
    void checks();
    void everyActionIsNamedInItsOwnCheck();
    void neutralWordingOpensNoCheck_data();
    void neutralWordingOpensNoCheck();
    void wordingFollowsThePeopleOfTheReview();
    void dismissingIsOneUndoStepEach();
    void quoteIsOneShortLine_data();
    void quoteIsOneShortLine();
};

void TestReviewChecks::passingReviewHasNoCheck()
{
    const auto checks = ReviewChecks::run(passingReview());
    QStringList ids;
    for (const auto &check : checks)
        ids.append(check.id);
    QCOMPARE(ids, QStringList());
}

void TestReviewChecks::emptyReviewHasEveryWholeReviewCheck()
{
    QStringList ids;
    QList<int> sections;
    for (const auto &check : ReviewChecks::run(Review())) {
        ids.append(check.id);
        sections.append(int(check.location.section));
        QVERIFY2(!check.title.isEmpty() && !check.text.isEmpty(), qPrintable(check.id));
    }
    const QStringList expected{QStringLiteral("authors.listed"),      QStringLiteral("summary.written"),
                               QStringLiteral("impact.user"),         QStringLiteral("impact.business"),
                               QStringLiteral("impact.team"),         QStringLiteral("impact.data"),
                               QStringLiteral("detection.how"),       QStringLiteral("detection.when"),
                               QStringLiteral("triage.written"),      QStringLiteral("rootCauses.evidence"),
                               QStringLiteral("resolution.verified"), QStringLiteral("timeline.milestones"),
                               QStringLiteral("lessons.wentWell"),    QStringLiteral("lessons.wentWrong"),
                               QStringLiteral("lessons.gotLucky"),    QStringLiteral("actions.listed"),
                               QStringLiteral("share.audience")};
    QCOMPARE(ids, expected);
    QVERIFY(std::is_sorted(sections.cbegin(), sections.cend()));
}

void TestReviewChecks::checks_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("id");
    QTest::addColumn<Expect>("expect");
    QTest::addColumn<int>("section");
    QTest::addColumn<QString>("quoted"); // a part of the text the check must quote, when open

    const auto dismissed = [](Change change, const QString &id) {
        return Change([change, id](Review &review) {
            change(review);
            review.dismissedChecks.append(id);
        });
    };
    const auto row = [&](const char *name, const Change &change, const QString &id, Expect expect, SectionKey section,
                         const QString &quoted = {}) {
        QTest::newRow(name) << change << id << expect << int(section) << quoted;
        if (expect == Expect::Open) {
            const QByteArray dismissedName =
                QByteArray("dismissed: ") + QByteArray(name).mid(QByteArray(name).indexOf(':') + 2);
            QTest::newRow(dismissedName.constData())
                << dismissed(change, id) << id << Expect::Dismissed << int(section) << QString();
        }
    };

    const auto authors = QStringLiteral("authors.listed");
    row(
        "open: no author", [](Review &r) { r.authors.clear(); }, authors, Expect::Open, SectionKey::Authors);

    const auto written = QStringLiteral("summary.written");
    row(
        "open: summary blank", [](Review &r) { r.summary = QStringLiteral(" \n "); }, written, Expect::Open,
        SectionKey::Summary);
    const auto tldr = QStringLiteral("summary.tldr");
    row(
        "open: summary over the word limit",
        [](Review &r) { r.summary = longText(ReviewChecks::SummaryWordLimit + 1); }, tldr, Expect::Open,
        SectionKey::Summary, QStringLiteral("word0 word1"));
    row(
        "satisfied: summary at the word limit", [](Review &r) { r.summary = longText(ReviewChecks::SummaryWordLimit); },
        tldr, Expect::Satisfied, SectionKey::Summary);

    row(
        "open: user impact blank",
        [](Review &r) {
            r.impact.user.clear();
            r.impact.dataLost = true;
        },
        QStringLiteral("impact.user"), Expect::Open, SectionKey::Impact);
    row(
        "open: business impact blank", [](Review &r) { r.impact.business.clear(); }, QStringLiteral("impact.business"),
        Expect::Open, SectionKey::Impact);
    row(
        "open: team impact blank", [](Review &r) { r.impact.team.clear(); }, QStringLiteral("impact.team"),
        Expect::Open, SectionKey::Impact);
    const auto data = QStringLiteral("impact.data");
    row(
        "open: user impact silent on data", [](Review &r) { r.impact.user = QStringLiteral("Users could not pay."); },
        data, Expect::Open, SectionKey::Impact, QStringLiteral("“Users could not pay.”"));
    row(
        "satisfied: data lost ticked",
        [](Review &r) {
            r.impact.user = QStringLiteral("Users could not pay.");
            r.impact.dataLost = true;
        },
        data, Expect::Satisfied, SectionKey::Impact);
    row(
        "satisfied: data compromised ticked",
        [](Review &r) {
            r.impact.user.clear();
            r.impact.dataCompromised = true;
        },
        data, Expect::Satisfied, SectionKey::Impact);
    row(
        "satisfied: German text answers on data",
        [](Review &r) { r.impact.user = QStringLiteral("Keine Daten gingen verloren."); }, data, Expect::Satisfied,
        SectionKey::Impact);
    row(
        "open: 'database' is not an answer on data",
        [](Review &r) { r.impact.user = QStringLiteral("The database was slow."); }, data, Expect::Open,
        SectionKey::Impact, QStringLiteral("database"));

    const auto how = QStringLiteral("detection.how");
    row(
        "open: detection method unset", [](Review &r) { r.detection.method = DetectionMethod::Unset; }, how,
        Expect::Open, SectionKey::Detection);
    row(
        "open: detection text blank", [](Review &r) { r.detection.markdown.clear(); }, how, Expect::Open,
        SectionKey::Detection, QStringLiteral("Alert"));
    row(
        "open: detection time unset", [](Review &r) { r.detection.time = {}; }, QStringLiteral("detection.when"),
        Expect::Open, SectionKey::Detection);
    row(
        "open: triage blank", [](Review &r) { r.triage.clear(); }, QStringLiteral("triage.written"), Expect::Open,
        SectionKey::Triage);

    const auto evidence = QStringLiteral("rootCauses.evidence");
    row(
        "open: root causes without figure or link", [](Review &r) { r.figures.removeFirst(); }, evidence, Expect::Open,
        SectionKey::RootCauses, QStringLiteral("The pool went from 200 to 20."));
    row(
        "open: a figure in another section is no evidence",
        [](Review &r) { r.figures.first().section = SectionKey::Impact; }, evidence, Expect::Open,
        SectionKey::RootCauses);
    row(
        "satisfied: root causes with a chart", [](Review &r) { r.figures.first().kind = FigureKind::Chart; }, evidence,
        Expect::Satisfied, SectionKey::RootCauses);
    row(
        "satisfied: root causes link a dashboard",
        [](Review &r) {
            r.figures.removeFirst();
            r.rootCauses += QStringLiteral(" See https://grafana.example.com/d/pool.");
        },
        evidence, Expect::Satisfied, SectionKey::RootCauses);
    row(
        "satisfied: root causes show a screenshot in Markdown",
        [](Review &r) {
            r.figures.removeFirst();
            r.rootCauses += QStringLiteral("\n\n![pool](pool.png)");
        },
        evidence, Expect::Satisfied, SectionKey::RootCauses);

    const auto verified = QStringLiteral("resolution.verified");
    row(
        "open: resolution without chart", [](Review &r) { r.figures.removeLast(); }, verified, Expect::Open,
        SectionKey::Resolution, QStringLiteral("Reverted; errors fell to zero."));
    row(
        "open: resolution blank though charted", [](Review &r) { r.resolution.clear(); }, verified, Expect::Open,
        SectionKey::Resolution);

    const auto times = QStringLiteral("timeline.times");
    row(
        "open: event with an unknown time",
        [](Review &r) {
            auto e = timelineEvent(20, at(0, 0), Milestone::None, QStringLiteral("Customers told"));
            e.precision = TimePrecision::UnknownTime;
            r.timeline.append(e);
        },
        times, Expect::Open, SectionKey::Timeline, QStringLiteral("“Customers told”"));
    row(
        "open: event with a date only",
        [](Review &r) {
            auto e = timelineEvent(20, at(0, 0), Milestone::None, QStringLiteral("Post-incident review"));
            e.precision = TimePrecision::Day;
            r.timeline.append(e);
        },
        times, Expect::Open, SectionKey::Timeline, QStringLiteral("2026-03-14"));
    row(
        "satisfied: minute precision has a time",
        [](Review &r) { r.timeline.first().precision = TimePrecision::Minute; }, times, Expect::Satisfied,
        SectionKey::Timeline);
    const auto milestones = QStringLiteral("timeline.milestones");
    row(
        "open: no mitigated milestone", [](Review &r) { r.timeline[2].milestone = Milestone::None; }, milestones,
        Expect::Open, SectionKey::Timeline, labelInSentence(enumLabel(Milestone::Mitigated)));
    row(
        "open: empty timeline", [](Review &r) { r.timeline.clear(); }, milestones, Expect::Open, SectionKey::Timeline);
    row(
        "satisfied: acknowledged is not required", [](Review &) {}, milestones, Expect::Satisfied,
        SectionKey::Timeline);
    const auto order = QStringLiteral("timeline.order");
    row(
        "open: resolved before detected", [](Review &r) { r.timeline[3].time = at(13, 7); }, order, Expect::Open,
        SectionKey::Timeline, enumLabel(Milestone::Resolved));
    row(
        "satisfied: same minute is in order", [](Review &r) { r.timeline[1].time = at(13, 5); }, order,
        Expect::Satisfied, SectionKey::Timeline);

    row(
        "open: nothing went well", [](Review &r) { r.lessons.removeFirst(); }, QStringLiteral("lessons.wentWell"),
        Expect::Open, SectionKey::Lessons);
    row(
        "open: nothing went wrong", [](Review &r) { r.lessons[1].text = QStringLiteral("  "); },
        QStringLiteral("lessons.wentWrong"), Expect::Open, SectionKey::Lessons);
    row(
        "open: no luck", [](Review &r) { r.lessons.removeLast(); }, QStringLiteral("lessons.gotLucky"), Expect::Open,
        SectionKey::Lessons);

    row(
        "open: no action", [](Review &r) { r.actions.clear(); }, QStringLiteral("actions.listed"), Expect::Open,
        SectionKey::Actions);
    const auto complete = ReviewChecks::rowCheckId(QStringLiteral("action.complete"), 9);
    row(
        "open: action without owner", [](Review &r) { r.actions.first().owner.clear(); }, complete, Expect::Open,
        SectionKey::Actions, QStringLiteral("“Alert on pool saturation”"));
    row(
        "open: action without ticket", [](Review &r) { r.actions.first().ticket.clear(); }, complete, Expect::Open,
        SectionKey::Actions, ReviewChecks::tr("a ticket"));
    row(
        "open: action without due date", [](Review &r) { r.actions.first().due = {}; }, complete, Expect::Open,
        SectionKey::Actions, ReviewChecks::tr("a due date"));
    row(
        "satisfied: a dropped action needs nothing",
        [](Review &r) {
            r.actions.first() =
                ActionItem{9, QStringLiteral("Rewrite the pool"), {}, {}, {}, 0, {}, ActionStatus::WontDo};
        },
        complete, Expect::Satisfied, SectionKey::Actions);

    row(
        "open: audience blank", [](Review &r) { r.shareAudience.clear(); }, QStringLiteral("share.audience"),
        Expect::Open, SectionKey::Share);

    // Blameless wording: one check per phrase, named by where it is and the phrase itself.
    const auto blame = [](Field field, const char *phrase) -> QString {
        return QStringLiteral("wording.blame:") + fieldName(field) + QLatin1Char(':') + QString::fromUtf8(phrase);
    };
    const auto rowBlame = [](const char *kind, qint64 id, const char *phrase) -> QString {
        return ReviewChecks::rowCheckId(QStringLiteral("wording.blame.") + QLatin1String(kind), id) + QLatin1Char(':') +
               QString::fromUtf8(phrase);
    };
    row(
        "open: English blame verb after an author's first name in the triage",
        [](Review &r) { r.triage = QStringLiteral("Declared SEV2 at 13:12.\n\nKatrin forgot to page the DBA."); },
        blame(Field::Triage, "Katrin forgot"), Expect::Open, SectionKey::Triage, QStringLiteral("“Katrin forgot”"));
    row(
        "open: English blame word in the team impact",
        [](Review &r) { r.impact.team = QStringLiteral("Two engineers paged at night after a careless deploy."); },
        blame(Field::ImpactTeam, "careless"), Expect::Open, SectionKey::Impact, QStringLiteral("“careless”"));
    row(
        "open: German blame word in the root causes",
        [](Review &r) { r.rootCauses = QStringLiteral("Die Ursache war menschliches Versagen."); },
        blame(Field::RootCauses, "menschliches Versagen"), Expect::Open, SectionKey::RootCauses,
        QStringLiteral("menschliches Versagen"));
    row(
        "open: German blame verb after an action owner in the summary",
        [](Review &r) { r.summary = QStringLiteral("Olivia vergaß den Pool zu prüfen."); },
        blame(Field::Summary, "Olivia vergaß"), Expect::Open, SectionKey::Summary, QStringLiteral("Olivia vergaß"));
    row(
        "open: a phrase with wide spaces is written with single spaces in the id",
        [](Review &r) { r.resolution = QStringLiteral("Reverted; errors fell to zero. Human \t error, not tooling."); },
        blame(Field::Resolution, "Human error"), Expect::Open, SectionKey::Resolution, QString());
    row(
        "open: blame verb in a timeline event",
        [](Review &r) { r.timeline[1].text = QStringLiteral("Katrin missed the alert"); },
        rowBlame("event", 3, "Katrin missed"), Expect::Open, SectionKey::Timeline,
        QStringLiteral("“Katrin missed the alert”"));
    row(
        "open: German blame word in a lesson",
        [](Review &r) { r.lessons[1].text = QStringLiteral("Schlampige Übergabe an die Bereitschaft"); },
        rowBlame("lesson", 7, "Schlampige"), Expect::Open, SectionKey::Lessons, QStringLiteral("Schlampige"));
    row(
        "open: blame word in an action title",
        [](Review &r) { r.actions.first().title = QStringLiteral("Train Olivia out of operator error"); },
        rowBlame("action", 9, "operator error"), Expect::Open, SectionKey::Actions, QStringLiteral("operator error"));
    row(
        "open: blame in an additional note",
        [](Review &r) {
            r.additional.append(
                {40, QStringLiteral("Chat log"), QStringLiteral("It was his fault."), Visibility::Internal});
        },
        rowBlame("note", 40, "his fault"), Expect::Open, SectionKey::Share, QStringLiteral("“Chat log”"));
    row(
        "satisfied: a name in a neutral sentence",
        [](Review &r) { r.triage = QStringLiteral("Katrin restarted the pool; Olivia hat den Check ergänzt."); },
        blame(Field::Triage, "Katrin restarted"), Expect::Satisfied, SectionKey::Triage);
    row(
        "satisfied: a fenced log is quoted, not written",
        [](Review &r) { r.rootCauses += QStringLiteral("\n\n```log\nERROR human error flag set\n```"); },
        blame(Field::RootCauses, "human error"), Expect::Satisfied, SectionKey::RootCauses);
}

void TestReviewChecks::checks()
{
    QFETCH(Change, change);
    QFETCH(QString, id);
    QFETCH(Expect, expect);
    QFETCH(int, section);
    QFETCH(QString, quoted);

    auto review = passingReview();
    change(review);
    std::sort(review.dismissedChecks.begin(), review.dismissedChecks.end());
    const auto all = ReviewChecks::run(review);
    const auto open = ReviewChecks::open(review);
    const auto *found = find(all, id);
    switch (expect) {
    case Expect::Satisfied:
        QVERIFY2(!found, qPrintable(found ? found->text : QString()));
        return;
    case Expect::Dismissed:
        QVERIFY(found);
        QVERIFY(found->dismissed);
        QVERIFY(!find(open, id));
        return;
    case Expect::Open:
        QVERIFY(found);
        QVERIFY(!found->dismissed);
        QVERIFY(find(open, id));
        QCOMPARE(int(found->location.section), section);
        QVERIFY(!found->title.isEmpty());
        QVERIFY2(found->text.contains(quoted), qPrintable(found->text));
        // Only this check opens: the change breaks one piece of advice.
        QCOMPARE(all.size(), 1);
        return;
    }
}

void TestReviewChecks::everyActionIsNamedInItsOwnCheck()
{
    auto review = passingReview();
    auto second = action(10, QStringLiteral("Document the pool size"));
    second.owner.clear();
    auto third = action(11, QStringLiteral("Load-test checkout"));
    third.ticket.clear();
    third.due = {};
    review.actions.append({second, third});
    const auto checks = ReviewChecks::open(review);
    QCOMPARE(checks.size(), 2);
    QCOMPARE(checks.at(0).id, QStringLiteral("action.complete#10"));
    QCOMPARE(checks.at(0).location.rowId, 10);
    QVERIFY(checks.at(0).text.contains(QStringLiteral("Document the pool size")));
    QCOMPARE(checks.at(1).id, QStringLiteral("action.complete#11"));
    QCOMPARE(checks.at(1).location.rowId, 11);
    QVERIFY(checks.at(1).text.contains(QStringLiteral("Load-test checkout")));
}

void TestReviewChecks::neutralWordingOpensNoCheck_data()
{
    QTest::addColumn<Change>("change");
    QTest::newRow("English: a name with a neutral verb") << Change(
        [](Review &r) { r.triage = QStringLiteral("Katrin Meier restarted the pool and Olivia watched the graphs."); });
    QTest::newRow("German: a name with a neutral verb")
        << Change([](Review &r) { r.summary = QStringLiteral("Katrin hat den Pool neu gestartet."); });
    QTest::newRow("English: a blame verb after a thing")
        << Change([](Review &r) { r.timeline[1].text = QStringLiteral("The 10 % alert missed the slow rise"); });
    QTest::newRow("English: a fault that is no one's")
        << Change([](Review &r) { r.lessons[0].text = QStringLiteral("Fault tolerance held after a page fault"); });
    QTest::newRow("a name that is nobody in the review")
        << Change([](Review &r) { r.triage = QStringLiteral("Jonas forgot to page the DBA."); });
}

void TestReviewChecks::neutralWordingOpensNoCheck()
{
    QFETCH(Change, change);
    auto review = passingReview();
    change(review);
    const auto checks = ReviewChecks::run(review);
    QVERIFY2(checks.isEmpty(), qPrintable(checks.isEmpty() ? QString() : checks.first().text));
}

void TestReviewChecks::wordingFollowsThePeopleOfTheReview()
{
    auto review = passingReview();
    review.triage = QStringLiteral("Jonas forgot to page the DBA.");
    QVERIFY(ReviewChecks::run(review).isEmpty());
    // Jonas becomes one of the review's people: the same sentence now blames him.
    review.timeline[0].author = QStringLiteral("Jonas Vogel");
    auto checks = ReviewChecks::run(review);
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks.first().id,
             QStringLiteral("wording.blame:") + fieldName(Field::Triage) + QStringLiteral(":Jonas forgot"));
    QCOMPARE(checks.first().location.field, std::optional<Field>(Field::Triage));
    review.timeline[0].author.clear();
    QVERIFY(ReviewChecks::run(review).isEmpty());
}

void TestReviewChecks::dismissingIsOneUndoStepEach()
{
    auto review = passingReview();
    review.authors.clear();
    review.shareAudience.clear();
    ReviewDocument document(review);
    QSignalSpy changed(&document, &ReviewDocument::fieldChanged);
    commands::setCheckDismissed(document, QStringLiteral("share.audience"), true);
    commands::setCheckDismissed(document, QStringLiteral("authors.listed"), true);
    QCOMPARE(document.review().dismissedChecks,
             QStringList({QStringLiteral("authors.listed"), QStringLiteral("share.audience")}));
    QVERIFY(ReviewChecks::open(document.review()).isEmpty());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.first().first().value<Field>(), Field::DismissedChecks);
    QCOMPARE(document.undoStack()->count(), 2);

    // Dismissing twice changes nothing.
    commands::setCheckDismissed(document, QStringLiteral("authors.listed"), true);
    QCOMPARE(document.undoStack()->count(), 2);

    document.undoStack()->undo();
    QCOMPARE(document.review().dismissedChecks, QStringList{QStringLiteral("share.audience")});
    QCOMPARE(ReviewChecks::open(document.review()).size(), 1);
    document.undoStack()->undo();
    QVERIFY(document.review().dismissedChecks.isEmpty());
    document.undoStack()->redo();
    commands::setCheckDismissed(document, QStringLiteral("share.audience"), false);
    QVERIFY(document.review().dismissedChecks.isEmpty());
    document.undoStack()->undo();
    QCOMPARE(document.review().dismissedChecks, QStringList{QStringLiteral("share.audience")});
}

void TestReviewChecks::quoteIsOneShortLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");
    QTest::newRow("nominal: short text kept") << QStringLiteral("Pool too small") << QStringLiteral("“Pool too small”");
    QTest::newRow("nominal: first line with text")
        << QStringLiteral("\n  \nFirst line\nsecond") << QStringLiteral("“First line”");
    QTest::newRow("nominal: long line shortened")
        << QString(70, QLatin1Char('a')) << QStringLiteral("“") + QString(60, QLatin1Char('a')) + QStringLiteral("…”");
    QTest::newRow("robustness: surrogate pair at the cut kept whole")
        << QString(59, QLatin1Char('a')) + QStringLiteral("😀 tail and more text")
        << QStringLiteral("“") + QString(59, QLatin1Char('a')) + QStringLiteral("…”");
}

void TestReviewChecks::quoteIsOneShortLine()
{
    QFETCH(QString, text);
    QFETCH(QString, quote);
    QCOMPARE(ReviewChecks::quote(text), quote);
}

QTEST_GUILESS_MAIN(TestReviewChecks)
#include "tst_reviewchecks.moc"
