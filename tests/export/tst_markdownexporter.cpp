// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../model/olderformats.h"
#include "../model/samplereview.h"
#include "export/audience.h"
#include "export/json/jsonformat.h"
#include "export/markdown/markdownexporter.h"
#include "import/json/jsonimporter.h"
#include "model/names.h"
#include "model/reviewdocument.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <functional>
#include <memory>

using namespace hindsight;
using namespace hindsight::exporting;
using namespace hindsight::importing;
using namespace hindsight::model;

namespace {

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::utc());
}

TimelineEvent makeEvent(const QDateTime &time, TimePrecision precision, const QString &text,
                        Milestone milestone = Milestone::None)
{
    TimelineEvent e;
    e.time = time;
    e.precision = precision;
    e.kind = EventKind::Action;
    e.text = text;
    e.author = QStringLiteral("Zoë Ødegård");
    e.visibility = Visibility::Public;
    e.milestone = milestone;
    return e;
}

Review withoutCharts(Review review)
{
    review.figures.removeIf([](const Figure &figure) { return figure.kind == FigureKind::Chart; });
    return review;
}

// Every field set, every section public, awkward text in the places that are plain text.
Review fullReview()
{
    Review review;
    review.title = QStringLiteral("Zahlungsausfall: \"quoted\" | piped # not a comment");
    review.severity = 3;
    review.status = Status::InReview;
    review.timeZone = QStringLiteral("UTC");
    review.visibility.fill(Visibility::Public);
    review.summary = QStringLiteral("Payments failed.\n\nSecond paragraph with `code`.");
    review.impact = {QStringLiteral("Users could not pay."),
                     QStringLiteral("- lost **12,000.50 USD**"),
                     QStringLiteral("Two engineers paged at 03:00."),
                     qint64(123456789012),
                     1234.56,
                     QStringLiteral("USD"),
                     true,
                     true,
                     true};
    review.impact.visibility.fill(Visibility::Public);
    review.detection = {DetectionMethod::CustomerReport, utc(2024, 2, 29, 22, 5),
                        QStringLiteral("A customer wrote in.")};
    review.triage = QStringLiteral("1. Declared SEV3\n2. Paged DB on-call");
    review.rootCauses = QStringLiteral("```yaml\npool: 20 # was 200\n```");
    review.resolution = QStringLiteral("Reverted.");
    review.shareAudience = QStringLiteral("Engineering; partners");
    review.share = QStringLiteral("Shared on 2024-03-02.");
    review.authors = {
        {0, QStringLiteral("Priya Raman"), QStringLiteral("Incident leader"), QStringLiteral("priya@example.com")},
        {0, QStringLiteral("李娜"), QStringLiteral("On-call, \"DB\" team"), QStringLiteral("@lina")}};
    review.timeline = {
        makeEvent(utc(2024, 2, 28), TimePrecision::Day, QStringLiteral("Change opened")),
        makeEvent(utc(2024, 2, 29, 22, 1, 2, 345), TimePrecision::Millisecond, QStringLiteral("Deploy"),
                  Milestone::Started),
        makeEvent(utc(2024, 2, 29, 22, 5, 7), TimePrecision::Second, QStringLiteral("Alert fired"),
                  Milestone::Detected),
        makeEvent(utc(2024, 2, 29, 22, 30), TimePrecision::Minute, QStringLiteral("Reverted"), Milestone::Mitigated),
        makeEvent(utc(2024, 2, 29, 23, 0), TimePrecision::Minute, QStringLiteral("Resolved"), Milestone::Resolved),
        makeEvent(utc(2024, 3, 1), TimePrecision::UnknownTime, QStringLiteral("Apology sent")),
    };
    review.lessons = {{0, LessonKind::WentWell, QStringLiteral("Alert was fast")},
                      {0, LessonKind::WentWell, QStringLiteral("Revert | rehearsed\nand quick")},
                      {0, LessonKind::WentWrong, QStringLiteral("No owner review")},
                      {0, LessonKind::GotLucky, QStringLiteral("Not release day 🍀")}};
    review.actions = {
        {0, QStringLiteral("Alert on pool saturation"), ActionType::Preventive, QStringLiteral("Tomasz Nowak"),
         QStringLiteral("CHK-1234"), 1, QDate(2024, 3, 15), ActionStatus::InProgress, Visibility::Public},
        {0, QStringLiteral("Refund | vouchers"), ActionType::Remediation, QStringLiteral("Tomasz Nowak"),
         QStringLiteral("https://tracker.example.com/browse/CHK-1?x=1&y=(2)|3"), 4, QDate(), ActionStatus::Done,
         Visibility::Public},
        {0, QStringLiteral("Code owners"), ActionType::Process, QString(), QStringLiteral("javascript:alert(1)"), 0,
         QDate(2025, 1, 1), ActionStatus::WontDo, Visibility::Public},
    };
    review.additional = {
        {0, QStringLiteral("Glossary"), QStringLiteral("- **PgBouncer**: a pooler"), Visibility::Public}};
    return review;
}

ExportOptions options(ExportOptions::Audience audience = ExportOptions::Audience::Internal, bool emoji = true)
{
    ExportOptions result;
    result.audience = audience;
    result.emoji = emoji;
    return result;
}

const auto customer = ExportOptions::Audience::Customer;

// GitHub strips front matter before rendering; so do the tests, or cmark would read its
// closing "---" as a setext underline.
QByteArray body(const QByteArray &markdown)
{
    if (!markdown.startsWith("---\n"))
        return markdown;
    const auto end = markdown.indexOf("\n---\n", 4);
    return end < 0 ? markdown : markdown.mid(end + 5);
}

QStringList frontMatterLines(const QByteArray &markdown)
{
    if (!markdown.startsWith("---\n"))
        return {};
    const auto end = markdown.indexOf("\n---\n", 4);
    return QString::fromUtf8(markdown.mid(4, end - 4)).split(QLatin1Char('\n'));
}

// The value of a YAML double-quoted scalar, or the plain scalar as it is.
QString yamlValue(const QString &raw)
{
    if (!raw.startsWith(QLatin1Char('"')))
        return raw;
    QString value;
    for (qsizetype i = 1; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == u'"')
            return i + 1 == raw.size() ? value : QStringLiteral("<text after the closing quote>");
        if (c != u'\\') {
            value += c;
            continue;
        }
        const QChar next = raw.at(++i);
        switch (next.unicode()) {
        case u'n':
            value += QLatin1Char('\n');
            break;
        case u't':
            value += QLatin1Char('\t');
            break;
        case u'r':
            value += QLatin1Char('\r');
            break;
        case u'u':
            value += QChar(raw.mid(i + 1, 4).toUShort(nullptr, 16));
            i += 4;
            break;
        default:
            value += next;
        }
    }
    return QStringLiteral("<no closing quote>");
}

struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
using Document = std::unique_ptr<cmark_node, NodeDeleter>;

// Parsed as GitHub does: cmark-gfm with GitHub's extensions.
Document parse(const QByteArray &markdown)
{
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    for (const char *name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"})
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
    cmark_parser_feed(parser, markdown.constData(), size_t(markdown.size()));
    Document document(cmark_parser_finish(parser));
    cmark_parser_free(parser);
    return document;
}

QString typeOf(cmark_node *node)
{
    return QString::fromLatin1(cmark_node_get_type_string(node));
}

QList<cmark_node *> childNodes(cmark_node *node)
{
    QList<cmark_node *> result;
    for (auto *child = cmark_node_first_child(node); child; child = cmark_node_next(child))
        result.append(child);
    return result;
}

void walk(cmark_node *node, const std::function<void(cmark_node *)> &visit)
{
    visit(node);
    for (auto *child : childNodes(node))
        walk(child, visit);
}

// What a reader sees of a node: its text, code as its content, line breaks (and <br>) as "\n".
QString shown(cmark_node *node)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_HTML_BLOCK:
        return QString::fromUtf8(cmark_node_get_literal(node));
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
        return QStringLiteral("\n");
    case CMARK_NODE_HTML_INLINE: {
        const QString html = QString::fromUtf8(cmark_node_get_literal(node));
        return html == u"<br>" ? QStringLiteral("\n") : html;
    }
    default:
        break;
    }
    QString text;
    const auto nodes = childNodes(node);
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (i > 0 && cmark_node_get_type(nodes.at(i)) == CMARK_NODE_PARAGRAPH)
            text += QStringLiteral("\n\n");
        text += shown(nodes.at(i));
    }
    return text;
}

// What text shows on its own, as a Markdown paragraph.
QString shownAlone(const QString &markdown)
{
    const auto document = parse(markdown.toUtf8());
    return shown(document.get());
}

bool contains(cmark_node *node, const QString &type)
{
    bool found = false;
    walk(node, [&](cmark_node *n) { found = found || typeOf(n) == type; });
    return found;
}

QList<cmark_node *> nodesOfType(cmark_node *root, const QString &type)
{
    QList<cmark_node *> result;
    walk(root, [&](cmark_node *n) {
        if (typeOf(n) == type)
            result.append(n);
    });
    return result;
}

QStringList headings(cmark_node *root, int level)
{
    QStringList result;
    for (auto *heading : nodesOfType(root, QStringLiteral("heading"))) {
        if (cmark_node_get_heading_level(heading) == level)
            result.append(shown(heading));
    }
    return result;
}

// The table that follows the level-2 heading text, as rows of cells (header row first).
QList<QList<cmark_node *>> table(cmark_node *root, const QString &heading)
{
    bool inSection = false;
    for (auto *block : childNodes(root)) {
        if (typeOf(block) == u"heading" && cmark_node_get_heading_level(block) == 2)
            inSection = shown(block) == heading;
        if (inSection && typeOf(block) == u"table") {
            QList<QList<cmark_node *>> rows;
            for (auto *row : childNodes(block))
                rows.append(childNodes(row));
            return rows;
        }
    }
    return {};
}

// The top-level blocks under a level-2 heading.
QList<cmark_node *> sectionBlocks(cmark_node *root, const QString &heading)
{
    QList<cmark_node *> blocks;
    bool inSection = false;
    for (auto *block : childNodes(root)) {
        if (typeOf(block) == u"heading" && cmark_node_get_heading_level(block) <= 2) {
            inSection = shown(block) == heading;
            continue;
        }
        if (inSection)
            blocks.append(block);
    }
    return blocks;
}

QStringList cellTexts(const QList<cmark_node *> &row)
{
    QStringList texts;
    for (auto *cell : row)
        texts.append(shown(cell));
    return texts;
}

QStringList templateHeadings(bool emoji)
{
    QStringList result;
    for (const auto key : allSections())
        result.append(sectionHeading(key, emoji));
    return result;
}

QString heading(SectionKey key)
{
    return sectionHeading(key, true);
}

} // namespace

class tst_MarkdownExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatTwoReviewKeepsItsCustomerText_data();
    void formatTwoReviewKeepsItsCustomerText();
    void newReviewCustomerLeavesOutBusinessTeamRevenue();
    void headingsInOrder_data();
    void headingsInOrder();
    void subsectionHeadings_data();
    void subsectionHeadings();
    void emptySections();
    void timelineRows_data();
    void timelineRows();
    void timelineTimes_data();
    void timelineTimes();
    void zoneLine_data();
    void zoneLine();
    void eventCell_data();
    void eventCell();
    void plainCells();
    void actionsTable_data();
    void actionsTable();
    void lessonsAreListItems_data();
    void lessonsAreListItems();
    void impactFigures_data();
    void impactFigures();
    void captionAsAltText_data();
    void captionAsAltText();
    void frontMatter_data();
    void frontMatter();
    void frontMatterTitle_data();
    void frontMatterTitle();
    void sectionTextStructure_data();
    void sectionTextStructure();
    void textKeptAsWritten_data();
    void textKeptAsWritten();
    void customerVersion();
    void exporter();
    void refusesInvalidPattern();
};

void tst_MarkdownExporter::headingsInOrder_data()
{
    QTest::addColumn<Review>("review");
    QTest::addColumn<ExportOptions>("options");
    QTest::addColumn<QStringList>("expected");

    const QStringList withEmoji = templateHeadings(true);
    QTest::newRow("template: sample, internal, emoji")
        << tests::sampleReview() << options() << (withEmoji + QStringList{QStringLiteral("Glossary")});
    QTest::newRow("template: sample, internal, no emoji")
        << tests::sampleReview() << options(ExportOptions::Audience::Internal, false)
        << (templateHeadings(false) + QStringList{QStringLiteral("Glossary")});
    QTest::newRow("template: sample, customer leaves out authors, triage, share")
        << tests::sampleReview() << options(customer)
        << QStringList{heading(SectionKey::Summary),    heading(SectionKey::Impact),     heading(SectionKey::Detection),
                       heading(SectionKey::RootCauses), heading(SectionKey::Resolution), heading(SectionKey::Timeline),
                       heading(SectionKey::Lessons),    heading(SectionKey::Actions),    QStringLiteral("Glossary")};
    QTest::newRow("template: empty review, internal, every heading") << Review() << options() << withEmoji;
    QTest::newRow("template: empty review, customer, no section") << Review() << options(customer) << QStringList();
    QTest::newRow("template: every section public, customer, every heading")
        << fullReview() << options(customer) << (withEmoji + QStringList{QStringLiteral("Glossary")});
    QTest::newRow("template: emoji off, customer")
        << fullReview() << options(customer, false)
        << (templateHeadings(false) + QStringList{QStringLiteral("Glossary")});
}

void tst_MarkdownExporter::headingsInOrder()
{
    QFETCH(Review, review);
    QFETCH(ExportOptions, options);
    QFETCH(QStringList, expected);
    const auto document = parse(body(reviewToMarkdown(review, options)));
    QCOMPARE(headings(document.get(), 2), expected);
    const QStringList titles = headings(document.get(), 1);
    QCOMPARE(titles.size(), 1);
    QCOMPARE(titles.first(), review.title.isEmpty() ? QStringLiteral("Untitled review") : review.title);
}

void tst_MarkdownExporter::subsectionHeadings_data()
{
    QTest::addColumn<Review>("review");
    QTest::addColumn<ExportOptions>("options");
    QTest::addColumn<QStringList>("expected");
    const QStringList withEmoji{QStringLiteral("🚶 User"),
                                QStringLiteral("💼 Business"),
                                QStringLiteral("⚽ Team"),
                                QStringLiteral("👍 What went well"),
                                QStringLiteral("👎 What went wrong"),
                                QStringLiteral("🤞 Where we got lucky")};
    const QStringList plain{
        QStringLiteral("User"),           QStringLiteral("Business"),        QStringLiteral("Team"),
        QStringLiteral("What went well"), QStringLiteral("What went wrong"), QStringLiteral("Where we got lucky")};
    // The sample's root causes have two "###" headings of their own, between Impact and Lessons.
    QStringList sampleWithEmoji = withEmoji;
    sampleWithEmoji.insert(3, QStringLiteral("What happened"));
    sampleWithEmoji.insert(4, QStringLiteral("Why it was possible"));
    QTest::newRow("subsections: sample, emoji") << tests::sampleReview() << options() << sampleWithEmoji;
    QTest::newRow("subsections: emoji off")
        << fullReview() << options(ExportOptions::Audience::Internal, false) << plain;
    QTest::newRow("subsections: empty review keeps them") << Review() << options() << withEmoji;
    Review someEmpty = fullReview();
    someEmpty.impact.team.clear();
    someEmpty.lessons.removeIf([](const Lesson &lesson) { return lesson.kind == LessonKind::WentWrong; });
    QTest::newRow("subsections: customer leaves out empty ones")
        << someEmpty << options(customer)
        << QStringList{withEmoji.at(0), withEmoji.at(1), withEmoji.at(3), withEmoji.at(5)};
}

void tst_MarkdownExporter::subsectionHeadings()
{
    QFETCH(Review, review);
    QFETCH(ExportOptions, options);
    QFETCH(QStringList, expected);
    const auto document = parse(body(reviewToMarkdown(review, options)));
    QCOMPARE(headings(document.get(), 3), expected);
}

void tst_MarkdownExporter::emptySections()
{
    const auto document = parse(body(reviewToMarkdown(Review())));
    for (const auto key : allSections()) {
        const auto blocks = sectionBlocks(document.get(), heading(key));
        QVERIFY2(!blocks.isEmpty(), qPrintable(heading(key)));
        const QString text = shown(blocks.first());
        if (key == SectionKey::Impact || key == SectionKey::Lessons) {
            // The subsections stay, each with the note.
            QCOMPARE(typeOf(blocks.first()), QStringLiteral("heading"));
            QCOMPARE(shown(blocks.at(1)), QStringLiteral("Nothing recorded."));
            continue;
        }
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(text, QStringLiteral("Nothing recorded."));
        QVERIFY(contains(blocks.first(), QStringLiteral("emph")));
    }
}

void tst_MarkdownExporter::timelineRows_data()
{
    QTest::addColumn<Review>("review");
    QTest::addColumn<ExportOptions>("options");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::newRow("timeline: sample, internal, 30 events") << tests::sampleReview() << options() << 30 << 5;
    QTest::newRow("timeline: sample, customer, 25 public events, no author column")
        << tests::sampleReview() << options(customer) << 25 << 4;
    ExportOptions namesShown = options(customer);
    namesShown.redaction.peopleNames = false;
    QTest::newRow("timeline: customer without name redaction keeps authors")
        << tests::sampleReview() << namesShown << 25 << 5;
    QTest::newRow("timeline: hand-built, 6 events") << fullReview() << options() << 6 << 5;
    Review many = fullReview();
    for (int i = 0; i < 200; ++i)
        many.timeline.append(makeEvent(utc(2024, 3, 2).addSecs(i * 60), TimePrecision::Minute,
                                       QStringLiteral("row %1 | with pipe\nand line").arg(i)));
    QTest::newRow("timeline: 206 events with pipes and line breaks") << many << options() << 206 << 5;
}

void tst_MarkdownExporter::timelineRows()
{
    QFETCH(Review, review);
    QFETCH(ExportOptions, options);
    QFETCH(int, rows);
    QFETCH(int, columns);
    const auto document = parse(body(reviewToMarkdown(review, options)));
    const auto timeline = table(document.get(), heading(SectionKey::Timeline));
    QCOMPARE(timeline.size(), rows + 1);
    for (qsizetype i = 0; i < timeline.size(); ++i)
        QVERIFY2(timeline.at(i).size() == columns, qPrintable(QStringLiteral("row %1").arg(i)));
    const QStringList header = cellTexts(timeline.first());
    QCOMPARE(header.at(1), QStringLiteral("Kind"));
    QCOMPARE(header.at(2), QStringLiteral("Milestone"));
    QCOMPARE(header.at(3), QStringLiteral("Event"));
    if (columns == 5)
        QCOMPARE(header.at(4), QStringLiteral("Author"));
    // The date on every row.
    static const QRegularExpression date(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2}(\\.\\d{3})?)?| --:--)?$"));
    for (qsizetype i = 1; i < timeline.size(); ++i) {
        const QString time = shown(timeline.at(i).first());
        QVERIFY2(date.match(time).hasMatch(), qPrintable(time));
    }
}

void tst_MarkdownExporter::timelineTimes_data()
{
    QTest::addColumn<Review>("review");
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("expected");
    const Review s = tests::sampleReview();
    QTest::newRow("precision: day-only row shows the date only")
        << s << 0 << QStringList{QStringLiteral("2023-03-13"), QStringLiteral("Note"), QString()};
    QTest::newRow("precision: minute row in Berlin time, with its milestone")
        << s << 3 << QStringList{QStringLiteral("2023-03-14 14:06"), QStringLiteral("Note"), QStringLiteral("Started")};
    QTest::newRow("precision: unknown time shows --:--")
        << s << 29 << QStringList{QStringLiteral("2023-03-15 --:--"), QStringLiteral("Communication"), QString()};
    const Review full = fullReview();
    QTest::newRow("precision: milliseconds")
        << full << 1
        << QStringList{QStringLiteral("2024-02-29 22:01:02.345"), QStringLiteral("Action"), QStringLiteral("Started")};
    QTest::newRow("precision: seconds") << full << 2
                                        << QStringList{QStringLiteral("2024-02-29 22:05:07"), QStringLiteral("Action"),
                                                       QStringLiteral("Detected")};
    Review late = full;
    late.timeZone = QStringLiteral("Asia/Tokyo");
    QTest::newRow("zone: a UTC evening is the next day in Tokyo")
        << late << 4
        << QStringList{QStringLiteral("2024-03-01 08:00"), QStringLiteral("Action"), QStringLiteral("Resolved")};
    QTest::newRow("zone: day-only dates are not converted")
        << late << 0 << QStringList{QStringLiteral("2024-02-28"), QStringLiteral("Action"), QString()};
    Review unordered = full;
    std::reverse(unordered.timeline.begin(), unordered.timeline.end());
    QTest::newRow("order: rows in time order whatever the review's order")
        << unordered << 0 << QStringList{QStringLiteral("2024-02-28"), QStringLiteral("Action"), QString()};
}

void tst_MarkdownExporter::timelineTimes()
{
    QFETCH(Review, review);
    QFETCH(int, row);
    QFETCH(QStringList, expected);
    const auto document = parse(body(reviewToMarkdown(review)));
    const auto timeline = table(document.get(), heading(SectionKey::Timeline));
    QVERIFY(timeline.size() > row + 1);
    QCOMPARE(cellTexts(timeline.at(row + 1)).mid(0, 3), expected);
}

void tst_MarkdownExporter::zoneLine_data()
{
    QTest::addColumn<Review>("review");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("line");
    QTest::newRow("zone: sample in Berlin winter time")
        << tests::sampleReview() << QStringLiteral("Time (Europe/Berlin)")
        << QStringLiteral("All times in Europe/Berlin (UTC+01:00).");
    QTest::newRow("zone: UTC") << fullReview() << QStringLiteral("Time (UTC)") << QStringLiteral("All times in UTC.");
    Review dst = fullReview();
    dst.timeZone = QStringLiteral("Europe/Berlin");
    dst.timeline = {makeEvent(utc(2023, 3, 25, 12), TimePrecision::Minute, QStringLiteral("before")),
                    makeEvent(utc(2023, 3, 26, 12), TimePrecision::Minute, QStringLiteral("after"))};
    QTest::newRow("zone: across the change to summer time, both offsets")
        << dst << QStringLiteral("Time (Europe/Berlin)")
        << QStringLiteral("All times in Europe/Berlin (UTC+01:00, UTC+02:00).");
    Review india = fullReview();
    india.timeZone = QStringLiteral("Asia/Kolkata");
    QTest::newRow("zone: half-hour offset")
        << india << QStringLiteral("Time (Asia/Kolkata)") << QStringLiteral("All times in Asia/Kolkata (UTC+05:30).");
    Review unknown = fullReview();
    unknown.timeZone = QStringLiteral("Mars/Olympus_Mons");
    QTest::newRow("zone: unknown zone shown in UTC, and says so")
        << unknown << QStringLiteral("Time (UTC)") << QStringLiteral("All times in UTC.");
}

void tst_MarkdownExporter::zoneLine()
{
    QFETCH(Review, review);
    QFETCH(QString, header);
    QFETCH(QString, line);
    const auto document = parse(body(reviewToMarkdown(review)));
    const auto blocks = sectionBlocks(document.get(), heading(SectionKey::Timeline));
    QVERIFY(blocks.size() >= 2);
    QCOMPARE(typeOf(blocks.at(0)), QStringLiteral("paragraph"));
    QCOMPARE(shown(blocks.at(0)), line);
    QCOMPARE(typeOf(blocks.at(1)), QStringLiteral("table"));
    QCOMPARE(shown(childNodes(childNodes(blocks.at(1)).first()).first()), header);
}

void tst_MarkdownExporter::eventCell_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("node"); // a node the cell must hold, or empty

    const auto same = [](const char *name, const QString &text) { QTest::newRow(name) << text << text << QString(); };
    same("robustness: pipe in event text", QStringLiteral("a | b || c |"));
    same("robustness: pipes at both ends", QStringLiteral("| leading and trailing |"));
    same("robustness: newline becomes a line break", QStringLiteral("first\nsecond"));
    same("robustness: blank line kept as two breaks", QStringLiteral("first\n\nsecond"));
    same("robustness: backslashes before letters", QStringLiteral("C:\\temp\\new folder\\"));
    same("robustness: script tag shows as text", QStringLiteral("<script>alert('x')</script>"));
    same("robustness: html comment shows as text", QStringLiteral("<!-- not hidden -->"));
    same("robustness: entities show as typed", QStringLiteral("AT&amp;T &lt;b&gt; &#169;"));
    same("robustness: leading hash", QStringLiteral("# not a heading"));
    same("robustness: leading dash", QStringLiteral("- not a list"));
    same("robustness: leading quote", QStringLiteral("> not a quote"));
    same("robustness: leading ordered marker", QStringLiteral("1. not a list"));
    same("robustness: leading plus", QStringLiteral("+ not a list"));
    same("robustness: leading asterisk and space", QStringLiteral("* not a list"));
    same("robustness: dashes only", QStringLiteral("---"));
    same("robustness: equals only", QStringLiteral("==="));
    same("robustness: lone asterisks", QStringLiteral("2 * 3 * 4 = 24"));
    same("robustness: unmatched backtick", QStringLiteral("it`s"));
    same("robustness: unicode", QStringLiteral("Zoë 支付失败 🔥 שלום ✓"));
    same("robustness: empty text", QString());
    QTest::newRow("robustness: CRLF line ending")
        << QStringLiteral("first\r\nsecond") << QStringLiteral("first\nsecond") << QString();
    QTest::newRow("robustness: escaped pipe is one pipe")
        << QStringLiteral("a \\| b") << QStringLiteral("a | b") << QString();
    QTest::newRow("robustness: pipe inside backticks")
        << QStringLiteral("run `a | b` now") << QStringLiteral("run a | b now") << QStringLiteral("code");
    QTest::newRow("robustness: backtick inside a double-backtick span")
        << QStringLiteral("``a ` b``") << QStringLiteral("a ` b") << QStringLiteral("code");
    QTest::newRow("robustness: markup in code stays literal")
        << QStringLiteral("`<b> & *x*`") << QStringLiteral("<b> & *x*") << QStringLiteral("code");
    QTest::newRow("markdown: emphasis kept")
        << QStringLiteral("**3 %** and *Pi Day*") << QStringLiteral("3 % and Pi Day") << QStringLiteral("strong");
    QTest::newRow("markdown: user's escapes kept")
        << QStringLiteral("\\*not emphasis\\*") << QStringLiteral("*not emphasis*") << QString();
    QTest::newRow("markdown: autolink kept")
        << QStringLiteral("see <https://status.example.com/incidents/42>")
        << QStringLiteral("see https://status.example.com/incidents/42") << QStringLiteral("link");
    QTest::newRow("markdown: link with a pipe in its text")
        << QStringLiteral("[a | b](https://example.com/x)") << QStringLiteral("a | b") << QStringLiteral("link");
}

void tst_MarkdownExporter::eventCell()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, node);
    Review review = fullReview();
    review.timeline = {makeEvent(utc(2024, 3, 1, 12), TimePrecision::Minute, text)};
    const QByteArray markdown = reviewToMarkdown(review);
    const auto document = parse(body(markdown));
    const auto timeline = table(document.get(), heading(SectionKey::Timeline));
    QVERIFY2(timeline.size() == 2, markdown.constData());
    QCOMPARE(timeline.at(1).size(), 5);
    QCOMPARE(shown(timeline.at(1).at(3)), expected);
    if (!node.isEmpty())
        QVERIFY(contains(timeline.at(1).at(3), node));
    // Nothing in the cell became raw HTML other than the line breaks.
    for (auto *html : nodesOfType(timeline.at(1).at(3), QStringLiteral("html_inline")))
        QCOMPARE(QString::fromUtf8(cmark_node_get_literal(html)), QStringLiteral("<br>"));
    QCOMPARE(shown(timeline.at(1).at(4)), QStringLiteral("Zoë Ødegård"));
    // The same headings as ever: the text did not end the table or the section.
    QCOMPARE(headings(document.get(), 2), templateHeadings(true) + QStringList{QStringLiteral("Glossary")});
}

void tst_MarkdownExporter::plainCells()
{
    // Names and tickets are plain text: nothing in them is markup.
    const QStringList nasty{QStringLiteral("Ops | *Team* <b>"),
                            QStringLiteral("# lead"),
                            QStringLiteral("[x](y)"),
                            QStringLiteral("`tick` ~~no~~ $5 and $6"),
                            QStringLiteral("snake_case _under_"),
                            QStringLiteral("- dash"),
                            QStringLiteral("3. third"),
                            QStringLiteral("a\\*b \\ c")};
    Review review = fullReview();
    review.timeline.clear();
    review.actions.clear();
    for (const auto &text : nasty) {
        review.timeline.append(makeEvent(utc(2024, 3, 1, 12), TimePrecision::Minute, QStringLiteral("x")));
        review.timeline.last().author = text;
        review.actions.append({0, QStringLiteral("y"), ActionType::Process, text, text, 0, QDate(), ActionStatus::Open,
                               Visibility::Public});
    }
    const auto document = parse(body(reviewToMarkdown(review)));
    const auto timeline = table(document.get(), heading(SectionKey::Timeline));
    const auto actions = table(document.get(), heading(SectionKey::Actions));
    QCOMPARE(timeline.size(), nasty.size() + 1);
    QCOMPARE(actions.size(), nasty.size() + 1);
    for (qsizetype i = 0; i < nasty.size(); ++i) {
        QCOMPARE(shown(timeline.at(i + 1).at(4)), nasty.at(i));
        QCOMPARE(shown(actions.at(i + 1).at(2)), nasty.at(i));
        QCOMPARE(shown(actions.at(i + 1).at(3)), nasty.at(i));
        for (auto *cell : {timeline.at(i + 1).at(4), actions.at(i + 1).at(2), actions.at(i + 1).at(3)}) {
            for (const auto &markup : {"emph", "strong", "link", "code", "html_inline", "strikethrough"})
                QVERIFY2(!contains(cell, QLatin1StringView(markup)), qPrintable(nasty.at(i)));
        }
    }
}

void tst_MarkdownExporter::actionsTable_data()
{
    QTest::addColumn<Review>("review");
    QTest::addColumn<ExportOptions>("options");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::newRow("actions: sample, internal") << tests::sampleReview() << options() << 5 << 7;
    QTest::newRow("actions: sample, customer, public actions, no owner column")
        << tests::sampleReview() << options(customer) << 3 << 6;
    QTest::newRow("actions: hand-built") << fullReview() << options() << 3 << 7;
}

void tst_MarkdownExporter::actionsTable()
{
    QFETCH(Review, review);
    QFETCH(ExportOptions, options);
    QFETCH(int, rows);
    QFETCH(int, columns);
    const auto document = parse(body(reviewToMarkdown(review, options)));
    const auto actions = table(document.get(), heading(SectionKey::Actions));
    QCOMPARE(actions.size(), rows + 1);
    for (const auto &row : actions)
        QCOMPARE(row.size(), columns);
    const int ticket = columns == 7 ? 3 : 2;
    QCOMPARE(shown(actions.first().at(ticket)), QStringLiteral("Ticket"));

    const Review shownReview = options.audience == customer ? customerView(review) : review;
    QList<ActionItem> expected = shownReview.actions;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const auto &action = expected.at(i);
        const auto &row = actions.at(i + 1);
        QCOMPARE(shown(row.at(0)), shownAlone(action.title));
        QCOMPARE(shown(row.at(1)), enumLabel(action.type));
        QCOMPARE(shown(row.at(ticket + 1)), priorityLabel(action.priority));
        QCOMPARE(shown(row.at(ticket + 2)), action.due.isValid() ? action.due.toString(Qt::ISODate) : QString());
        QCOMPARE(shown(row.at(ticket + 3)), enumLabel(action.status));
        const auto links = nodesOfType(row.at(ticket), QStringLiteral("link"));
        if (action.ticket.startsWith(QStringLiteral("https://"))) {
            // A URL becomes a link to that URL.
            QCOMPARE(links.size(), 1);
            const QUrl target = QUrl::fromEncoded(QByteArray(cmark_node_get_url(links.first())));
            QCOMPARE(target, QUrl(action.ticket));
        } else {
            // A key, or anything that is not a web address, stays text.
            QVERIFY2(links.isEmpty(), qPrintable(action.ticket));
            QCOMPARE(shown(row.at(ticket)), action.ticket);
        }
    }
}

void tst_MarkdownExporter::lessonsAreListItems_data()
{
    QTest::addColumn<Review>("review");
    QTest::newRow("lessons: sample, 4, 4 and 3") << tests::sampleReview();
    QTest::newRow("lessons: hand-built with a multi-line lesson") << fullReview();
    Review tricky = fullReview();
    tricky.lessons = {{0, LessonKind::WentWell, QStringLiteral("# looks like a heading")},
                      {0, LessonKind::WentWell, QStringLiteral("Code:\n\n```\n## not a heading\n```")},
                      {0, LessonKind::WentWrong, QStringLiteral("Unclosed ```fence\n```\nstill the lesson")},
                      {0, LessonKind::GotLucky, QStringLiteral("Two paragraphs.\n\nSecond one.")}};
    QTest::newRow("lessons: markdown blocks stay inside their item") << tricky;
}

void tst_MarkdownExporter::lessonsAreListItems()
{
    QFETCH(Review, review);
    const auto document = parse(body(reviewToMarkdown(review)));
    const auto blocks = sectionBlocks(document.get(), heading(SectionKey::Lessons));
    for (const auto kind : enumValues<LessonKind>()) {
        QStringList expected;
        for (const auto &lesson : review.lessons) {
            if (lesson.kind == kind)
                expected.append(shownAlone(lesson.text));
        }
        const QString label = enumLabel(kind);
        qsizetype at = -1;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            if (typeOf(blocks.at(i)) == u"heading" && shown(blocks.at(i)).endsWith(label))
                at = i;
        }
        QVERIFY2(at >= 0, qPrintable(label));
        QVERIFY(at + 1 < blocks.size());
        QCOMPARE(typeOf(blocks.at(at + 1)), QStringLiteral("list"));
        QStringList items;
        for (auto *item : childNodes(blocks.at(at + 1)))
            items.append(shown(item));
        QCOMPARE(items, expected);
    }
}

void tst_MarkdownExporter::impactFigures_data()
{
    QTest::addColumn<Review>("review");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("figures: every figure set")
        << fullReview()
        << QStringList{QStringLiteral("Users affected: 123,456,789,012"), QStringLiteral("Revenue lost: 1,234.56 USD"),
                       QStringLiteral("SLA breached: yes"), QStringLiteral("Data lost: yes"),
                       QStringLiteral("Data compromised: yes")};
    QTest::newRow("figures: sample, whole amount, flags off")
        << tests::sampleReview()
        << QStringList{QStringLiteral("Users affected: 8,430"), QStringLiteral("Revenue lost: 41,800 EUR")};
    Review some = fullReview();
    some.impact.usersAffected.reset();
    some.impact.revenueLost = 0.0;
    some.impact.currency.clear();
    some.impact.slaBreached = false;
    some.impact.dataCompromised = false;
    QTest::newRow("figures: only those set, zero is set")
        << some << QStringList{QStringLiteral("Revenue lost: 0"), QStringLiteral("Data lost: yes")};
    Review none = fullReview();
    none.impact = {QStringLiteral("Text only."), {}, {}, {}, {}, {}, false, false, false};
    QTest::newRow("figures: none set, no list") << none << QStringList();
}

void tst_MarkdownExporter::impactFigures()
{
    QFETCH(Review, review);
    QFETCH(QStringList, expected);
    const auto document = parse(body(reviewToMarkdown(review)));
    const auto blocks = sectionBlocks(document.get(), heading(SectionKey::Impact));
    QVERIFY(!blocks.isEmpty());
    QStringList figures;
    if (typeOf(blocks.first()) == u"list") {
        for (auto *item : childNodes(blocks.first()))
            figures.append(shown(item));
    }
    QCOMPARE(figures, expected);
}

void tst_MarkdownExporter::captionAsAltText_data()
{
    QTest::addColumn<QString>("caption");
    QTest::newRow("alt text: entities show as typed, not as the e-mail address they spell")
        << QStringLiteral("mail katrin&#46;meier&#64;example.com");
    QTest::newRow("alt text: emphasis inside a word shows its asterisks") << QStringLiteral("Kat**rin** on call");
    QTest::newRow("alt text: a code span shows its backticks") << QStringLiteral("db-prod-3.`internal` load");
    QTest::newRow("alt text: an HTML tag shows as typed") << QStringLiteral("db-prod-3.<b>internal</b> load");
    QTest::newRow("alt text: brackets and backslashes") << QStringLiteral("a [b] \\ c\\]");
    QTest::newRow("alt text: a leading number and hash") << QStringLiteral("1. #1 cause");
}

// A figure's caption is plain text, redacted as such in the customer version: the image's alt
// text must show it as typed, or a reader would see what the redaction did not.
void tst_MarkdownExporter::captionAsAltText()
{
    QFETCH(QString, caption);
    Review review;
    review.summary = QStringLiteral("Text.");
    Figure figure;
    figure.section = SectionKey::Summary;
    figure.caption = caption;
    figure.visibility = Visibility::Public;
    figure.image = tests::screenshotPng();
    review.figures = {figure};
    for (const auto audience : {ExportOptions::Audience::Internal, ExportOptions::Audience::Customer}) {
        const auto document = parse(reviewToMarkdown(review, options(audience)));
        const auto images = nodesOfType(document.get(), QStringLiteral("image"));
        QCOMPARE(images.size(), 1);
        QCOMPARE(shown(images.first()), caption);
    }
}

void tst_MarkdownExporter::frontMatter_data()
{
    QTest::addColumn<Review>("review");
    QTest::addColumn<ExportOptions>("options");
    QTest::addColumn<QStringList>("expected"); // "key: value" after unquoting, in order, authors flattened

    QTest::newRow("front matter: sample, internal")
        << tests::sampleReview() << options()
        << QStringList{QStringLiteral("title: ") + tests::sampleReview().title,
                       QStringLiteral("severity: SEV2"),
                       QStringLiteral("status: Reviewed"),
                       QStringLiteral("audience: internal"),
                       QStringLiteral("started: 2023-03-14T13:06:00Z"),
                       QStringLiteral("detected: 2023-03-14T13:41:00Z"),
                       QStringLiteral("acknowledged: 2023-03-14T13:44:00Z"),
                       QStringLiteral("mitigated: 2023-03-14T14:19:00Z"),
                       QStringLiteral("resolved: 2023-03-14T14:28:00Z"),
                       QStringLiteral("time-to-detect: 35m"),
                       QStringLiteral("time-to-acknowledge: 38m"),
                       QStringLiteral("time-to-mitigate: 1h 13m"),
                       QStringLiteral("time-to-resolve: 1h 22m"),
                       QStringLiteral("time-zone: Europe/Berlin"),
                       QStringLiteral("authors:"),
                       QStringLiteral("- name: Katrin Meier"),
                       QStringLiteral("role: Incident leader, Site Reliability Engineering"),
                       QStringLiteral("contact: katrin.meier@example.com"),
                       QStringLiteral("- name: Jonas Vogel"),
                       QStringLiteral("role: On-call engineer, Checkout team"),
                       QStringLiteral("contact: jonas.vogel@example.com"),
                       QStringLiteral("- name: Olivia Schmitt"),
                       QStringLiteral("role: Database on-call, Platform team"),
                       QStringLiteral("contact: olivia.schmitt@example.com"),
                       QStringLiteral("generated-by: Hindsight")};
    Review publicAuthors = fullReview();
    QTest::newRow("front matter: customer, public authors without contacts, precise milestones")
        << publicAuthors << options(customer)
        << QStringList{QStringLiteral("title: ") + publicAuthors.title,
                       QStringLiteral("severity: SEV3"),
                       QStringLiteral("status: In review"),
                       QStringLiteral("audience: customer"),
                       QStringLiteral("started: 2024-02-29T22:01:02.345Z"),
                       QStringLiteral("detected: 2024-02-29T22:05:07Z"),
                       QStringLiteral("mitigated: 2024-02-29T22:30:00Z"),
                       QStringLiteral("resolved: 2024-02-29T23:00:00Z"),
                       QStringLiteral("time-to-detect: 4m"),
                       QStringLiteral("time-to-mitigate: 28m"),
                       QStringLiteral("time-to-resolve: 58m"),
                       QStringLiteral("time-zone: UTC"),
                       QStringLiteral("authors:"),
                       QStringLiteral("- name: Priya Raman"),
                       QStringLiteral("role: Incident leader"),
                       QStringLiteral("- name: 李娜"),
                       QStringLiteral("role: On-call, \"DB\" team"),
                       QStringLiteral("generated-by: Hindsight")};
    QTest::newRow("front matter: empty review")
        << Review() << options()
        << QStringList{QStringLiteral("title: "), QStringLiteral("status: Draft"), QStringLiteral("audience: internal"),
                       QStringLiteral("time-zone: UTC"), QStringLiteral("generated-by: Hindsight")};
}

void tst_MarkdownExporter::frontMatter()
{
    QFETCH(Review, review);
    QFETCH(ExportOptions, options);
    QFETCH(QStringList, expected);
    const QByteArray markdown = reviewToMarkdown(review, options);
    QVERIFY(markdown.startsWith("---\n"));
    // Simple YAML: "key: value" or "key:" opening a list, list items "- key: value" with their
    // further keys indented under them.
    static const QRegularExpression yamlLine(
        QStringLiteral("^(?:(?<item>  - )|(?<indent>    ))?(?<key>[a-z][a-z-]*):(?: (?<value>\\S.*))?$"));
    QStringList actual;
    for (const auto &line : frontMatterLines(markdown)) {
        const auto match = yamlLine.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        const QString value = match.captured(u"value");
        // Values are quoted or plain scalars that YAML reads as themselves.
        QVERIFY2(value.isEmpty() || value.startsWith(QLatin1Char('"')) ||
                     QRegularExpression(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9:.+-]*$")).match(value).hasMatch(),
                 qPrintable(line));
        actual.append((match.hasCaptured(u"item") ? QStringLiteral("- ") : QString()) + match.captured(u"key") +
                      QLatin1Char(':') +
                      (value.isEmpty() && match.captured(u"key") == u"authors" ? QString()
                                                                               : QLatin1Char(' ') + yamlValue(value)));
    }
    QCOMPARE(actual, expected);
}

void tst_MarkdownExporter::frontMatterTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("yaml: colon") << QStringLiteral("Outage: checkout down");
    QTest::newRow("yaml: double quotes") << QStringLiteral("The \"pool\" change");
    QTest::newRow("yaml: single quotes") << QStringLiteral("It's 'fine'");
    QTest::newRow("yaml: comment sign") << QStringLiteral("Issue #42 # not a comment");
    QTest::newRow("yaml: leading dash and indicators")
        << QStringLiteral("- {braces} [brackets] &anchor *alias !tag %pct @at `tick` | > ?");
    QTest::newRow("yaml: backslashes") << QStringLiteral("C:\\ and \\n literally");
    QTest::newRow("yaml: line break and tab") << QStringLiteral("first\nsecond\tthird");
    QTest::newRow("yaml: control character") << QStringLiteral("bell\a here");
    QTest::newRow("yaml: unicode") << QStringLiteral("Zahlungsausfall — 支付失败 🔥");
    QTest::newRow("yaml: document markers") << QStringLiteral("---\n...");
    // Found by the redaction fuzz target: a renderer that reads the front matter as Markdown
    // resolved these, showing a host name and a name that the plain-text redaction did not see.
    QTest::newRow("markdown: entities") << QStringLiteral("Outage on db&#45;prod&#45;3&#46;internal");
    QTest::newRow("markdown: emphasis inside a word") << QStringLiteral("Kat**rin** Meier's change");
    QTest::newRow("markdown: tags, code and strikethrough")
        << QStringLiteral("db-prod-3.<b>internal</b>, `x`, ~~s~~ and _under_ New_York");
}

void tst_MarkdownExporter::frontMatterTitle()
{
    QFETCH(QString, title);
    Review review;
    review.title = title;
    const QByteArray markdown = reviewToMarkdown(review);
    const QStringList lines = frontMatterLines(markdown);
    QVERIFY(!lines.isEmpty());
    QVERIFY(lines.first().startsWith(QStringLiteral("title: \"")));
    QCOMPARE(yamlValue(lines.first().mid(7)), title);
    // The front matter still ends where it should.
    QCOMPARE(lines.last(), QStringLiteral("generated-by: \"Hindsight\""));
    // And the title heading shows the title as text (line breaks as spaces).
    const auto document = parse(body(markdown));
    QCOMPARE(headings(document.get(), 1), QStringList{QString(title).replace(QLatin1Char('\n'), QLatin1Char(' '))});
    // Read as Markdown, front matter included, the title line resolves nothing: no entity,
    // emphasis, code span, tag or strikethrough inside it.
    const auto whole = parse(lines.first().toUtf8());
    QStringList kinds;
    walk(whole.get(), [&](cmark_node *node) { kinds.append(typeOf(node)); });
    for (const auto &kind : {QStringLiteral("emph"), QStringLiteral("strong"), QStringLiteral("code"),
                             QStringLiteral("html_inline"), QStringLiteral("strikethrough")})
        QVERIFY2(!kinds.contains(kind), qPrintable(kind + QStringLiteral(" in ") + lines.first()));
    QVERIFY2(!lines.first().contains(QStringLiteral("&#")), qPrintable(lines.first()));
}

void tst_MarkdownExporter::sectionTextStructure_data()
{
    QTest::addColumn<Review>("review");
    QTest::addColumn<QStringList>("level3"); // every level-3 heading of the document

    const QStringList impactSubsections{QStringLiteral("🚶 User"), QStringLiteral("💼 Business"),
                                        QStringLiteral("⚽ Team")};
    const QStringList lessonSubsections{QStringLiteral("👍 What went well"), QStringLiteral("👎 What went wrong"),
                                        QStringLiteral("🤞 Where we got lucky")};
    // Summary headings come before Impact's subsections, additional notes' after Lessons'.
    const auto with = [&](const QStringList &extra) { return extra + impactSubsections + lessonSubsections; };

    Review review = fullReview();
    review.summary = QStringLiteral("Intro.\n\n## Sneaky\n\nText.");
    QTest::newRow("structure: ## in the summary becomes ###") << review << with({QStringLiteral("Sneaky")});
    review.summary = QStringLiteral("# Top\n\n## Below\n\n### Deeper");
    QTest::newRow("structure: # and ## in the summary keep their order below the section")
        << review << with({QStringLiteral("Top")});
    review.summary = QStringLiteral("Setext one\n===\n\nSetext\ntwo lines\n---\n\ntext");
    // === is level 1 and --- level 2: demoted alike, to ### and ####.
    QTest::newRow("structure: setext headings become ATX headings") << review << with({QStringLiteral("Setext one")});
    review.summary = QStringLiteral("### What happened\n\ntext");
    QTest::newRow("structure: ### is already below the section, kept")
        << review << with({QStringLiteral("What happened")});
    review.summary = QStringLiteral("```sh\n# a comment\n## another\n```\n\n    # indented code");
    QTest::newRow("structure: # lines in code are not headings") << review << with({});
    review.summary = QStringLiteral("text\n\n```\nunclosed fence\n## swallowed?");
    QTest::newRow("structure: an unclosed fence is closed") << review << with({});
    review.summary = QStringLiteral("text\n\n~~~~\nunclosed tilde fence");
    QTest::newRow("structure: an unclosed tilde fence is closed") << review << with({});
    review.summary = QStringLiteral("text\n\n<!-- an unclosed comment");
    QTest::newRow("structure: an unclosed HTML comment is closed") << review << with({});
    review.summary = QStringLiteral("<pre>\nunclosed pre");
    QTest::newRow("structure: an unclosed <pre> is closed") << review << with({});
    review.summary = QStringLiteral("- item\n\n  ## heading in an item");
    QTest::newRow("structure: a heading inside a list item stays in it")
        << review << with({QStringLiteral("heading in an item")});
    review = fullReview();
    review.impact.user = QStringLiteral("## Sub\n\ntext");
    QTest::newRow("structure: ## under an impact subsection becomes ####") << review << with({});
    review = fullReview();
    review.additional.append({0, QStringLiteral("# Raw | notes *"), QStringLiteral("## Inner"), Visibility::Public});
    QTest::newRow("structure: additional note heading is plain text")
        << review << (impactSubsections + lessonSubsections + QStringList{QStringLiteral("Inner")});
}

void tst_MarkdownExporter::sectionTextStructure()
{
    QFETCH(Review, review);
    QFETCH(QStringList, level3);
    const QByteArray markdown = reviewToMarkdown(review);
    const auto document = parse(body(markdown));
    QStringList level2 = templateHeadings(true);
    for (const auto &note : review.additional)
        level2.append(note.heading);
    QCOMPARE(headings(document.get(), 2), level2);
    QCOMPARE(headings(document.get(), 1).size(), 1);
    QCOMPARE(headings(document.get(), 3), level3);
    // Whatever the summary held, the timeline table still parses.
    QCOMPARE(table(document.get(), heading(SectionKey::Timeline)).size(), review.timeline.size() + 1);
}

void tst_MarkdownExporter::textKeptAsWritten_data()
{
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("written");
    QTest::newRow("markdown: remote image stays a link to the image")
        << QStringLiteral("![Error rate](https://grafana.example.com/render/d/x.png)")
        << QStringLiteral("![Error rate](https://grafana.example.com/render/d/x.png)");
    QTest::newRow("markdown: a table in the summary is the user's")
        << QStringLiteral("| a | b |\n| --- | --- |\n| 1 | 2 |")
        << QStringLiteral("| a | b |\n| --- | --- |\n| 1 | 2 |");
    QTest::newRow("markdown: emphasis and code untouched")
        << QStringLiteral("**bold** _it_ `code` <kbd>x</kbd>") << QStringLiteral("**bold** _it_ `code` <kbd>x</kbd>");
    QTest::newRow("markdown: CRLF becomes LF") << QStringLiteral("a\r\nb") << QStringLiteral("a\nb");
    QTest::newRow("markdown: an unclosed <details> is closed")
        << QStringLiteral("<details>\n<summary>More</summary>\n\nhidden")
        << QStringLiteral("<details>\n<summary>More</summary>\n\nhidden\n\n</details>");
}

void tst_MarkdownExporter::textKeptAsWritten()
{
    QFETCH(QString, summary);
    QFETCH(QString, written);
    Review review;
    review.summary = summary;
    const QString markdown = QString::fromUtf8(reviewToMarkdown(review));
    const QString section = QStringLiteral("## ") + heading(SectionKey::Summary) + QStringLiteral("\n\n") + written +
                            QStringLiteral("\n\n## ");
    QVERIFY2(markdown.contains(section), qPrintable(markdown));
}

void tst_MarkdownExporter::customerVersion()
{
    const Review review = tests::sampleReview();
    const QString markdown = QString::fromUtf8(reviewToMarkdown(review, options(customer)));
    // Left out: internal sections and rows, contacts, names (people are named in public events).
    QVERIFY(!markdown.contains(QStringLiteral("Triage")));
    QVERIFY(!markdown.contains(QStringLiteral("Share it")));
    QVERIFY(!markdown.contains(QStringLiteral("SHOW POOLS")));
    QVERIFY(!markdown.contains(QStringLiteral("CHK-1237")));
    QVERIFY(!markdown.contains(QStringLiteral("@example.com")));
    QVERIFY(!markdown.contains(QStringLiteral("contact:")));
    for (const auto &name : {"Katrin", "Meier", "Jonas", "Vogel", "Olivia", "Schmitt", "Rafael", "Torres"})
        QVERIFY2(!markdown.contains(QLatin1StringView(name)), name);
    QVERIFY(markdown.contains(QStringLiteral("[name] (checkout on-call) acknowledges the page")));
    QVERIFY(markdown.contains(QStringLiteral("audience: customer")));
    QVERIFY(markdown.contains(QStringLiteral("Customer version")));
    // Kept: the public content.
    QVERIFY(markdown.contains(review.summary.left(60)));
    QVERIFY(markdown.contains(QStringLiteral("[CHK-1236](https://jira.example.com/browse/CHK-1236)")));
}

void tst_MarkdownExporter::exporter()
{
    MarkdownExporter exporter;
    QCOMPARE(exporter.id(), QStringLiteral("md"));
    QCOMPARE(exporter.name(), QStringLiteral("Markdown (GitHub)"));
    QCOMPARE(exporter.suffixes(), (QStringList{QStringLiteral("md"), QStringLiteral("markdown")}));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("review.md"));
    // Charts need a renderer, which this library does not have: tst_figureexport covers them.
    const Review review = withoutCharts(tests::sampleReview());
    QCOMPARE(exporter.write(review, path, options()), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QCOMPARE(written, reviewToMarkdown(review));
    // Deterministic, UTF-8, LF only, one final newline.
    QCOMPARE(reviewToMarkdown(review), written);
    QVERIFY(!written.contains('\r'));
    QVERIFY(written.endsWith("\n") && !written.endsWith("\n\n"));
    QVERIFY(QString::fromUtf8(written).toUtf8() == written);

    const QString missing = dir.filePath(QStringLiteral("no/such/folder/review.md"));
    QVERIFY(!exporter.write(review, missing, options()).isEmpty());
}

void tst_MarkdownExporter::refusesInvalidPattern()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customer.md"));
    ExportOptions bad = options(customer);
    bad.redaction.patterns = {QStringLiteral("CHK-\\d+"), QStringLiteral("(unclosed")};
    const QString error = MarkdownExporter().write(tests::sampleReview(), path, bad);
    QVERIFY2(error.contains(QStringLiteral("(unclosed")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    // The internal version applies no redaction, so the pattern does not matter there.
    ExportOptions internal = bad;
    internal.audience = ExportOptions::Audience::Internal;
    QCOMPARE(MarkdownExporter().write(withoutCharts(tests::sampleReview()), path, internal), QString());
}

void tst_MarkdownExporter::formatTwoReviewKeepsItsCustomerText_data()
{
    QTest::addColumn<int>("impact");
    QTest::newRow("migration: public Impact section, business and revenue still shared") << int(Visibility::Public);
    QTest::newRow("migration: internal Impact section still left out") << int(Visibility::Internal);
}

// A review kept in a format 2 file, before parts had their own visibility: the customer version
// showed every part of a public Impact section, as the same review with every part public does
// today. Upgraded by opening it, it says exactly that.
void tst_MarkdownExporter::formatTwoReviewKeepsItsCustomerText()
{
    QFETCH(int, impact);
    Review review = tests::sampleReview();
    review.visibility[int(SectionKey::Impact)] = Visibility(impact);
    review.impact.visibility.fill(Visibility::Public);
    const QString before = QString::fromUtf8(reviewToMarkdown(review, options(ExportOptions::Audience::Customer)));
    QCOMPARE(before.contains(QStringLiteral("41,800 EUR")), impact == int(Visibility::Public));
    QCOMPARE(before.contains(QStringLiteral("874 fewer orders")), impact == int(Visibility::Public));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("format2.hindsight"));
    QVERIFY(ReviewDocument::create(path, review).document);
    {
        // Back to what format 2 wrote: no rows for the parts' visibilities.
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        for (const auto &statement : hindsight::tests::downgradeTo(2))
            QVERIFY2(query.exec(statement), qPrintable(statement));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
    const auto opened = ReviewDocument::open(path);
    QVERIFY2(opened.document, qPrintable(opened.error));
    QCOMPARE(QString::fromUtf8(reviewToMarkdown(opened.document->review(), options(ExportOptions::Audience::Customer))),
             before);
}

// The customer version of a new review leaves out the business and team impact and the revenue
// lost, while the internal one has them.
void tst_MarkdownExporter::newReviewCustomerLeavesOutBusinessTeamRevenue()
{
    Review review;
    review.visibility.fill(Visibility::Public);
    review.impact.user = QStringLiteral("Users could not pay.");
    review.impact.business = QStringLiteral("MARK-business");
    review.impact.team = QStringLiteral("MARK-team");
    review.impact.usersAffected = 8430;
    review.impact.revenueLost = 41800;
    review.impact.currency = QStringLiteral("EUR");
    const QString internal = QString::fromUtf8(reviewToMarkdown(review, options()));
    const QString customer = QString::fromUtf8(reviewToMarkdown(review, options(ExportOptions::Audience::Customer)));
    for (const auto &text : {QStringLiteral("MARK-business"), QStringLiteral("MARK-team"), QStringLiteral("41,800 EUR"),
                             QStringLiteral("Revenue lost"), QStringLiteral("💼"), QStringLiteral("⚽")}) {
        QVERIFY2(internal.contains(text), qPrintable(text));
        QVERIFY2(!customer.contains(text), qPrintable(text));
    }
    QVERIFY(customer.contains(QStringLiteral("Users could not pay.")));
    QVERIFY(customer.contains(QStringLiteral("**Users affected:** 8,430")));
}

QTEST_GUILESS_MAIN(tst_MarkdownExporter)
#include "tst_markdownexporter.moc"
