// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../model/samplereview.h"
#include "editor/charts/chartfigurerenderer.h"
#include "export/formatfactory.h"
#include "export/html/htmlexporter.h"
#include "export/markdown/markdownexporter.h"
#include "import/json/jsonimporter.h"
#include "model/names.h"
#include "pagechecks.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hindsight;
using namespace hindsight::exporting;
using namespace hindsight::importing;
using namespace hindsight::model;
using namespace hindsight::tests;

namespace {

QDateTime utc(int hour, int minute)
{
    return QDateTime(QDate(2024, 5, 6), QTime(hour, minute), QTimeZone::utc());
}

TimelineEvent makeEvent(int minute, const QString &text, const QString &author = QStringLiteral("Ops"))
{
    TimelineEvent event;
    event.time = utc(12, minute);
    event.precision = TimePrecision::Minute;
    event.kind = EventKind::Action;
    event.text = text;
    event.author = author;
    event.visibility = Visibility::Public;
    return event;
}

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

Figure imageFigure(const QByteArray &bytes, const QString &caption, SectionKey section = SectionKey::RootCauses)
{
    Figure figure;
    figure.section = section;
    figure.visibility = Visibility::Public;
    figure.caption = caption;
    figure.image = bytes;
    return figure;
}

// Text a reviewer could type that would be markup if it reached the page as it is.
const QString hostile = QStringLiteral("<script>alert(\"x\")</script> & \"quoted\"");
const QString hostileEscaped =
    QStringLiteral("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quoted&quot;");

// One public section of each kind, text in every place a review keeps it.
Review allPublic()
{
    Review review;
    review.title = QStringLiteral("Login failures");
    review.visibility.fill(Visibility::Public);
    review.summary = QStringLiteral("Logins failed.");
    review.authors = {{0, QStringLiteral("Ada"), QStringLiteral("Lead"), QString()}};
    review.timeline = {makeEvent(1, QStringLiteral("It began"))};
    review.actions = {{0, QStringLiteral("Fix it"), ActionType::Remediation, QStringLiteral("Ada"), QString(), 1,
                       QDate(2024, 6, 1), ActionStatus::Open, Visibility::Public}};
    review.lessons = {{0, LessonKind::WentWell, QStringLiteral("Quick rollback")}};
    return review;
}

// The HTML's elements that may fetch, embed or run something, by what gives them away.
QStringList imageSources(const QString &html)
{
    static const QRegularExpression image(QStringLiteral("<img src=\"([^\"]*)\""));
    QStringList sources;
    for (auto it = image.globalMatch(html); it.hasNext();)
        sources.append(it.next().captured(1));
    return sources;
}

QByteArray decodedDataUri(const QString &uri, QString *mimeType = nullptr)
{
    static const QRegularExpression data(QStringLiteral("^data:([a-z/+.-]+);base64,([A-Za-z0-9+/=]+)$"));
    const auto match = data.match(uri);
    if (!match.hasMatch())
        return {};
    if (mimeType)
        *mimeType = match.captured(1);
    return QByteArray::fromBase64(match.captured(2).toLatin1());
}

// The texts of the headings of one level, in order: "## …" lines of Markdown, <hN> of HTML.
QStringList markdownHeadings(const QByteArray &markdown, int level)
{
    const QString prefix = QString(level, u'#') + u' ';
    QStringList headings;
    bool fenced = false;
    for (const QString &line : QString::fromUtf8(markdown).split(u'\n')) {
        if (line.startsWith(QStringLiteral("```")))
            fenced = !fenced;
        if (!fenced && line.startsWith(prefix))
            headings.append(line.mid(prefix.size()));
    }
    return headings;
}

QStringList htmlHeadings(const QString &html, int level)
{
    const QRegularExpression heading(QStringLiteral("<h%1>(.*?)</h%1>").arg(level));
    QStringList headings;
    for (auto it = heading.globalMatch(html); it.hasNext();)
        headings.append(it.next().captured(1));
    return headings;
}

} // namespace

class TestHtmlExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newReviewCustomerLeavesOutBusinessTeamRevenue();
    void factoryAndNames();
    void pageStructure_data();
    void pageStructure();
    void sameSectionsAsMarkdown_data();
    void sameSectionsAsMarkdown();
    void tablesAndFacts();
    void escaping_data();
    void escaping();
    void figuresInsideThePage_data();
    void figuresInsideThePage();
    void chartsAsPng();
    void noExternalResource_data();
    void noExternalResource();
    void customerVersion();
    void emptySections();
    void deterministic_data();
    void deterministic();
    void refusals_data();
    void refusals();
    void writesAFile();

private:
    ExportOptions options(ExportOptions::Audience audience = ExportOptions::Audience::Internal) const
    {
        ExportOptions chosen;
        chosen.audience = audience;
        chosen.figureRenderer = m_renderer;
        return chosen;
    }
    QString html(const Review &review, const ExportOptions &chosen) const
    {
        const HtmlDocument document = reviewToHtml(review, chosen);
        if (!document.error.isEmpty())
            qWarning("%s", qPrintable(document.error));
        return QString::fromUtf8(document.html);
    }

    QTemporaryDir m_dir;
    std::shared_ptr<const FigureRenderer> m_renderer = std::make_shared<editor::ChartFigureRenderer>();
};

void TestHtmlExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestHtmlExporter::factoryAndNames()
{
    QVERIFY(FormatFactory::exporterIds().contains(QStringLiteral("html")));
    const auto exporter = FormatFactory::exporter(QStringLiteral("html"));
    QVERIFY(exporter);
    QCOMPARE(exporter->id(), QStringLiteral("html"));
    QCOMPARE(exporter->suffixes().first(), QStringLiteral("html"));
    QVERIFY(!exporter->name().isEmpty());
}

void TestHtmlExporter::pageStructure_data()
{
    QTest::addColumn<ExportOptions::Audience>("audience");
    QTest::newRow("structure: internal sample") << ExportOptions::Audience::Internal;
    QTest::newRow("structure: customer sample") << ExportOptions::Audience::Customer;
}

void TestHtmlExporter::pageStructure()
{
    QFETCH(ExportOptions::Audience, audience);
    const QString page = html(tests::sampleReview(), options(audience));
    QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")));
    QVERIFY(page.endsWith(QStringLiteral("</html>\n")));
    QVERIFY(page.contains(QStringLiteral("<title>Checkout API returned 502 for a third of requests after a connection "
                                         "pool change</title>")));
    QCOMPARE(page.count(QStringLiteral("<style>")), 1);
    QVERIFY(page.contains(QStringLiteral("@media print")));
    QCOMPARE(unbalancedElement(page), QString());
    const bool customer = audience == ExportOptions::Audience::Customer;
    QVERIFY(page.contains(customer ? QStringLiteral("<p class=\"audience customer\">Customer version</p>")
                                   : QStringLiteral("<p class=\"audience internal\">Internal</p>")));
    QVERIFY(
        page.contains(QStringLiteral("<strong>SEV2</strong> · Reviewed · Started 2023-03-14 14:06 (Europe/Berlin)")));
    QVERIFY(page.contains(QStringLiteral("<dt>Resolved</dt><dd><time datetime=\"2023-03-14T14:28:00Z\">2023-03-14 "
                                         "15:28</time></dd></div>\n<div><dt>Time zone</dt><dd>Europe/Berlin</dd>")));
    // The sections in template order, the internal version with every one of them.
    static const QRegularExpression sectionId(QStringLiteral("<section id=\"([a-zA-Z]+)\">"));
    QStringList ids;
    for (auto it = sectionId.globalMatch(page); it.hasNext();)
        ids.append(it.next().captured(1));
    QStringList expected;
    for (const auto key : allSections()) {
        if (!customer || (key != SectionKey::Authors && key != SectionKey::Triage && key != SectionKey::Share))
            expected.append(enumKey(key));
    }
    QCOMPARE(ids, expected);
    // The user's Markdown rendered by cmark-gfm: emphasis, code blocks with their language, lists.
    QVERIFY(page.contains(QStringLiteral("<pre><code class=\"language-diff\">")));
    QVERIFY(page.contains(QStringLiteral("<strong>Tuesday 14 March 2023</strong>")));
    QVERIFY(page.contains(QStringLiteral("<h3>What happened</h3>")));
}

void TestHtmlExporter::sameSectionsAsMarkdown_data()
{
    QTest::addColumn<Review>("review");
    QTest::addColumn<ExportOptions::Audience>("audience");
    QTest::addColumn<bool>("emoji");
    QTest::newRow("order: sample, internal") << tests::sampleReview() << ExportOptions::Audience::Internal << true;
    QTest::newRow("order: sample, customer") << tests::sampleReview() << ExportOptions::Audience::Customer << true;
    QTest::newRow("order: sample, without emoji")
        << tests::sampleReview() << ExportOptions::Audience::Internal << false;
    QTest::newRow("order: empty review, internal") << Review() << ExportOptions::Audience::Internal << true;
    Review partly = allPublic();
    partly.additional = {{0, QStringLiteral("Glossary"), QStringLiteral("PgBouncer: a pooler"), Visibility::Public},
                         {0, QStringLiteral("Empty note"), QString(), Visibility::Public}};
    QTest::newRow("order: public sections and notes, customer") << partly << ExportOptions::Audience::Customer << true;
    QTest::newRow("order: public sections and notes, internal") << partly << ExportOptions::Audience::Internal << true;
}

// The page shows what the Markdown export shows, in the same order: every heading, as text.
void TestHtmlExporter::sameSectionsAsMarkdown()
{
    QFETCH(Review, review);
    QFETCH(ExportOptions::Audience, audience);
    QFETCH(bool, emoji);
    ExportOptions chosen = options(audience);
    chosen.emoji = emoji;
    const QString page = html(review, chosen);
    const QByteArray markdown = reviewToMarkdown(review, chosen);
    for (const int level : {2, 3}) {
        QStringList fromHtml = htmlHeadings(page, level);
        QStringList fromMarkdown = markdownHeadings(markdown, level);
        // The Markdown escapes its plain headings; the page escapes them its own way.
        for (auto &heading : fromMarkdown)
            heading.remove(u'\\');
        for (auto &heading : fromHtml)
            heading.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        QCOMPARE(fromHtml, fromMarkdown);
    }
    QCOMPARE(page.count(QStringLiteral("Nothing recorded.")), int(markdown.count("_Nothing recorded._")));
}

void TestHtmlExporter::tablesAndFacts()
{
    const QString page = html(tests::sampleReview(), options());
    const Review review = tests::sampleReview();
    // One row per event and per action, after the header row.
    const auto table = [&page](const QString &cssClass) {
        const qsizetype start = page.indexOf(QStringLiteral("<table class=\"%1\">").arg(cssClass));
        return page.mid(start, page.indexOf(QStringLiteral("</table>"), start) - start);
    };
    QCOMPARE(table(QStringLiteral("timeline")).count(QStringLiteral("<tr>")), review.timeline.size() + 1);
    QCOMPARE(table(QStringLiteral("actions")).count(QStringLiteral("<tr>")), review.actions.size() + 1);
    QVERIFY(page.contains(QStringLiteral("<thead><tr><th>Time (Europe/Berlin)</th><th>Kind</th><th>Milestone</th>"
                                         "<th>Event</th><th>Author</th></tr></thead>")));
    QVERIFY(page.contains(QStringLiteral("<p>All times in Europe/Berlin (UTC+01:00).</p>")));
    QVERIFY(page.contains(QStringLiteral("<td class=\"time\"><time datetime=\"2023-03-14T13:06:00Z\">2023-03-14 "
                                         "14:06</time></td><td>Note</td><td>Started</td>")));
    // A day-only event keeps its calendar date.
    QVERIFY(page.contains(QStringLiteral("<td class=\"time\"><time datetime=\"2023-03-13\">2023-03-13</time></td>")));
    // A ticket that is a web address is a link named by its key; a key stays text.
    QVERIFY(page.contains(
        QStringLiteral("<td class=\"nowrap\"><a href=\"https://jira.example.com/browse/CHK-1236\">CHK-1236</a></td>")));
    QVERIFY(page.contains(QStringLiteral("<td class=\"nowrap\">CHK-1234</td>")));
    QVERIFY(page.contains(QStringLiteral("<li><strong>Users affected:</strong> 8,430</li>")));
    QVERIFY(page.contains(QStringLiteral("<li><strong>Revenue lost:</strong> 41,800 EUR</li>")));
    QVERIFY(page.contains(QStringLiteral("<li><strong>Method:</strong> Alert</li>")));
    QVERIFY(page.contains(QStringLiteral("<li><strong>Severity:</strong> SEV2</li>")));
    QVERIFY(page.contains(QStringLiteral("<h3>👍 What went well</h3>\n<ul>\n<li>The error-rate alert paged")));
    // A cell is inline Markdown: code spans render, block syntax stays text, and a line break
    // stays one.
    Review cells = allPublic();
    cells.timeline = {makeEvent(1, QStringLiteral("- not a list\nsecond `line`"))};
    const QString cellPage = html(cells, options());
    QVERIFY2(cellPage.contains(QStringLiteral("<td>- not a list<br />\nsecond <code>line</code></td>")),
             qPrintable(cellPage));
}

void TestHtmlExporter::escaping_data()
{
    QTest::addColumn<Review>("review");
    QTest::addColumn<QString>("expected"); // a piece of the page that shows the text as typed

    const auto row = [](const char *name, const std::function<void(Review &)> &place, const QString &expected) {
        Review review = allPublic();
        place(review);
        QTest::newRow(name) << review << expected;
    };
    row(
        "escaping: title", [](Review &r) { r.title = hostile; }, QStringLiteral("<h1>") + hostileEscaped);
    row(
        "escaping: title in the head", [](Review &r) { r.title = hostile; },
        QStringLiteral("<title>") + hostileEscaped + QStringLiteral("</title>"));
    row(
        "escaping: author's name", [](Review &r) { r.authors.first().name = hostile; },
        QStringLiteral("<li>") + hostileEscaped + QStringLiteral(", Lead</li>"));
    row(
        "escaping: event text, a table cell", [](Review &r) { r.timeline.first().text = hostile; },
        QStringLiteral("<td>") + hostileEscaped + QStringLiteral("</td>"));
    row(
        "escaping: event author", [](Review &r) { r.timeline.first().author = hostile; },
        QStringLiteral("<td>") + hostileEscaped + QStringLiteral("</td>"));
    row(
        "escaping: action title", [](Review &r) { r.actions.first().title = hostile; },
        QStringLiteral("<td>") + hostileEscaped + QStringLiteral("</td>"));
    row(
        "escaping: action ticket that is no address", [](Review &r) { r.actions.first().ticket = hostile; },
        QStringLiteral("<td class=\"nowrap\">") + hostileEscaped + QStringLiteral("</td>"));
    row(
        "escaping: ticket that looks like an address with quotes",
        [](Review &r) { r.actions.first().ticket = QStringLiteral("https://t.example/a\"onmouseover=\"x"); },
        QStringLiteral("<td class=\"nowrap\">https://t.example/a&quot;onmouseover=&quot;x</td>"));
    row(
        "escaping: ticket address with an ampersand",
        [](Review &r) { r.actions.first().ticket = QStringLiteral("https://t.example/browse/OPS-1?a=1&b=2"); },
        QStringLiteral("<td class=\"nowrap\"><a href=\"https://t.example/browse/OPS-1?a=1&amp;b=2\">OPS-1</a></td>"));
    row(
        "escaping: share audience", [](Review &r) { r.shareAudience = hostile; },
        QStringLiteral("<li><strong>Audience:</strong> ") + hostileEscaped + QStringLiteral("</li>"));
    row(
        "escaping: currency",
        [](Review &r) {
            r.impact.revenueLost = 10;
            r.impact.currency = hostile;
        },
        QStringLiteral("10 ") + hostileEscaped);
    row(
        "escaping: note heading",
        [](Review &r) {
            r.additional = {{0, hostile, QStringLiteral("text"), Visibility::Public}};
        },
        QStringLiteral("<h2>") + hostileEscaped + QStringLiteral("</h2>"));
    row(
        "escaping: figure caption, also as alt text",
        [](Review &r) {
            QImage image(4, 4, QImage::Format_RGB32);
            image.fill(Qt::red);
            r.figures = {imageFigure(encoded(image, "PNG"), hostile)};
        },
        QStringLiteral("\" alt=\"") + hostileEscaped + QStringLiteral("\" width=\"4\" height=\"4\">"));
    row(
        "escaping: Markdown's & and quotes in a section",
        [](Review &r) { r.summary = QStringLiteral("Tom & Jerry said \"hi\" <3"); },
        QStringLiteral("<p>Tom &amp; Jerry said &quot;hi&quot; &lt;3</p>"));
    row(
        "escaping: raw HTML block in a section is left out", [](Review &r) { r.summary = hostile; },
        QStringLiteral("<!-- raw HTML omitted -->"));
    row(
        "escaping: inline HTML in a section is left out",
        [](Review &r) { r.summary = QStringLiteral("A <img src=x onerror=alert(1)> B"); },
        QStringLiteral("<p>A <!-- raw HTML omitted --> B</p>"));
    row(
        "escaping: a javascript: link loses its address",
        [](Review &r) { r.rootCauses = QStringLiteral("[click](javascript:alert(1))"); },
        QStringLiteral("<p><a href=\"\">click</a></p>"));
    row(
        "escaping: an unclosed HTML comment ends nothing", [](Review &r) { r.triage = QStringLiteral("<!-- open"); },
        QStringLiteral("<section id=\"rootCauses\">"));
}

void TestHtmlExporter::escaping()
{
    QFETCH(Review, review);
    QFETCH(QString, expected);
    const QString page = html(review, options());
    QVERIFY2(page.contains(expected), qPrintable(page.mid(page.indexOf(QStringLiteral("<body>")))));
    QVERIFY(!page.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!page.contains(QStringLiteral("javascript:"), Qt::CaseInsensitive));
    static const QRegularExpression handler(QStringLiteral("<[^>]*\\son[a-z]+\\s*="),
                                            QRegularExpression::CaseInsensitiveOption);
    QVERIFY(!page.contains(handler));
    QCOMPARE(unbalancedElement(page), QString());
}

void TestHtmlExporter::figuresInsideThePage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<bool>("sameBytes");
    QTest::addColumn<QSize>("size");

    QImage image(120, 60, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QTest::newRow("figure: PNG kept as given")
        << encoded(image, "PNG") << QStringLiteral("image/png") << true << QSize(120, 60);
    QTest::newRow("figure: JPEG kept as given")
        << encoded(image, "JPEG") << QStringLiteral("image/jpeg") << true << QSize(120, 60);
    // Qt writes no GIF: a GIF of 1 × 1 pixel as image tools write it.
    const QByteArray gif("GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00"
                         "\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;",
                         43);
    QTest::newRow("figure: GIF as PNG") << gif << QStringLiteral("image/png") << false << QSize(1, 1);
    QTest::newRow("figure: BMP as PNG") << encoded(image, "BMP") << QStringLiteral("image/png") << false
                                        << QSize(120, 60);
    QImage wide(1760, 200, QImage::Format_RGB32);
    wide.fill(Qt::gray);
    QTest::newRow("figure: wider than the page, shown at its width")
        << encoded(wide, "PNG") << QStringLiteral("image/png") << true << QSize(880, 100);
}

void TestHtmlExporter::figuresInsideThePage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mimeType);
    QFETCH(bool, sameBytes);
    QFETCH(QSize, size);
    QVERIFY(!bytes.isEmpty());
    Review review = allPublic();
    review.figures = {imageFigure(bytes, QStringLiteral("Errors & latency"))};
    const QString page = html(review, options());
    const QStringList sources = imageSources(page);
    QCOMPARE(sources.size(), 1);
    QString type;
    const QByteArray embedded = decodedDataUri(sources.first(), &type);
    QCOMPARE(type, mimeType);
    QCOMPARE(embedded == bytes, sameBytes);
    QVERIFY(!QImage::fromData(bytes).isNull());
    QCOMPARE(QImage::fromData(embedded).size(), QImage::fromData(bytes).size());
    QVERIFY(page.contains(QStringLiteral("\" alt=\"Errors &amp; latency\" width=\"%1\" height=\"%2\">\n"
                                         "<figcaption>Figure 1: Errors &amp; latency</figcaption>\n</figure>")
                              .arg(size.width())
                              .arg(size.height())));
    // After the section's text, inside its section.
    const qsizetype figure = page.indexOf(QStringLiteral("<figure>"));
    QVERIFY(figure > page.indexOf(QStringLiteral("<section id=\"rootCauses\">")));
    QVERIFY(figure < page.indexOf(QStringLiteral("<section id=\"resolution\">")));
}

void TestHtmlExporter::chartsAsPng()
{
    // The sample's chart is public; its screenshot is internal.
    for (const auto audience : {ExportOptions::Audience::Internal, ExportOptions::Audience::Customer}) {
        const QString page = html(tests::sampleReview(), options(audience));
        const QStringList sources = imageSources(page);
        QCOMPARE(sources.size(), audience == ExportOptions::Audience::Internal ? 2 : 1);
        for (const auto &source : sources) {
            QString type;
            const QImage image = QImage::fromData(decodedDataUri(source, &type));
            QCOMPARE(type, QStringLiteral("image/png"));
            QVERIFY(!image.isNull());
        }
        // The chart as the Markdown export draws it: 1600 × 800 pixels, shown at 800 × 400.
        QCOMPARE(QImage::fromData(decodedDataUri(sources.first())).size(), QSize(1600, 800));
        QVERIFY(page.contains(QStringLiteral("\" alt=\"The pool change at 13:05 let errors and latency creep up; the "
                                             "promotion e-mail at 13:35 tipped the queue over, and the revert at "
                                             "14:19 brought both back to baseline.\" width=\"800\" height=\"400\">")));
        QVERIFY(page.contains(QStringLiteral("<figcaption>Figure 1: The pool change at 13:05")));
    }
}

void TestHtmlExporter::noExternalResource_data()
{
    QTest::addColumn<Review>("review");
    QTest::addColumn<ExportOptions::Audience>("audience");
    QTest::addColumn<QStringList>("expected"); // pieces of the page: the links the images became

    QTest::newRow("no fetch: sample, internal")
        << tests::sampleReview() << ExportOptions::Audience::Internal << QStringList();
    QTest::newRow("no fetch: sample, customer")
        << tests::sampleReview() << ExportOptions::Audience::Customer << QStringList();

    Review remote = allPublic();
    remote.summary = QStringLiteral(
        "Tracking pixel: ![pixel](https://tracker.example/p.png \"Pixel\")\n\n"
        "![](http://cdn.example/no-description.png)\n\n"
        "[![badge](https://ci.example/badge.svg)](https://ci.example/build/1)\n\n"
        "![local](diagram.png) and ![svg](data:image/svg+xml;base64,PHN2Zy8+)\n\n"
        "<img src=\"https://raw.example/i.png\">\n\n"
        "<link rel=\"stylesheet\" href=\"https://css.example/s.css\">\n\n"
        "<iframe src=\"https://frame.example/\"></iframe>\n\n"
        "<style>@import url(https://css.example/i.css); body { background: url(https://bg.example/b.png) }</style>\n\n"
        "<video src=\"https://video.example/v.mp4\" poster=\"https://video.example/p.png\"></video>");
    remote.timeline.first().text = QStringLiteral("graph: ![g](https://grafana.example/render.png)");
    remote.lessons.first().text = QStringLiteral("see ![chart](https://cdn.example/c.png)");
    remote.actions.first().title = QStringLiteral("<img src=https://raw.example/a.png>");
    remote.actions.first().ticket = QStringLiteral("https://tickets.example/browse/OPS-1");
    QTest::newRow("no fetch: remote images and raw HTML in the text")
        << remote << ExportOptions::Audience::Internal
        << QStringList{QStringLiteral("<a href=\"https://tracker.example/p.png\" title=\"Pixel\">pixel</a>"),
                       QStringLiteral("<a href=\"http://cdn.example/no-description.png\">http://cdn.example/"
                                      "no-description.png</a>"),
                       QStringLiteral("<a href=\"https://ci.example/build/1\">badge</a>"),
                       QStringLiteral("<a href=\"diagram.png\">local</a>"),
                       QStringLiteral("<a href=\"\">svg</a>"),
                       QStringLiteral("<td>graph: <a href=\"https://grafana.example/render.png\">g</a></td>"),
                       QStringLiteral("<li>see <a href=\"https://cdn.example/c.png\">chart</a></li>"),
                       QStringLiteral("<a href=\"https://tickets.example/browse/OPS-1\">OPS-1</a>")};
    Review inlineImage = allPublic();
    inlineImage.summary = QStringLiteral("![dot](data:image/png;base64,iVBORw0KGgo=)");
    QTest::newRow("no fetch: an image inside the text's address stays an image")
        << inlineImage << ExportOptions::Audience::Internal
        << QStringList{QStringLiteral("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\" />")};
}

// Opening the page fetches nothing: no element that loads, no style that imports, and every
// address outside the page is a link, which only the reader follows.
void TestHtmlExporter::noExternalResource()
{
    QFETCH(Review, review);
    QFETCH(ExportOptions::Audience, audience);
    QFETCH(QStringList, expected);
    const QString page = html(review, options(audience));
    QVERIFY(!page.isEmpty());
    const QStringList found = externalResources(page);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("\n"))));
    for (const auto &piece : expected)
        QVERIFY2(page.contains(piece), qPrintable(piece));
    // Browsers are told so too.
    QVERIFY(page.contains(QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                                         "'none'; img-src data:; style-src 'unsafe-inline'\">")));
    QCOMPARE(unbalancedElement(page), QString());
}

// The customer page is the customer view: no internal section, event, action, figure or
// contact, and redacted names. (tst_redaction and tst_customerimages check the HTML among every
// format's customer version with their leak data.)
void TestHtmlExporter::customerVersion()
{
    Review review = tests::sampleReview();
    review.triage = QStringLiteral("LEAK-MARKER-triage");
    const QString internal = html(review, options());
    const QString customer = html(review, options(ExportOptions::Audience::Customer));
    for (const auto *secret : {"LEAK-MARKER-triage", "db-prod-3.internal", "katrin.meier@example.com",
                               "SHOW POOLS on pgbouncer-prod-1", "Katrin Meier"}) {
        QVERIFY2(internal.contains(QLatin1StringView(secret)), secret);
        QVERIFY2(!customer.contains(QLatin1StringView(secret)), secret);
    }
    // Names are redacted, so the timeline and actions have no Author and Owner columns.
    QVERIFY(!customer.contains(QStringLiteral("<th>Author</th>")));
    QVERIFY(!customer.contains(QStringLiteral("<th>Owner</th>")));
    QVERIFY(customer.contains(QStringLiteral("[name]")));
    int internalEvents = 0;
    for (const auto &event : review.timeline)
        internalEvents += event.visibility == Visibility::Internal;
    const qsizetype start = customer.indexOf(QStringLiteral("<table class=\"timeline\">"));
    const QString rows = customer.mid(start, customer.indexOf(QStringLiteral("</table>"), start) - start);
    QCOMPARE(rows.count(QStringLiteral("<tr>")), review.timeline.size() - internalEvents + 1);
}

void TestHtmlExporter::emptySections()
{
    Review review;
    review.visibility.fill(Visibility::Public);
    const QString internal = html(review, options());
    QCOMPARE(internal.count(QStringLiteral("<section id=")), int(allSections().size()));
    QVERIFY(internal.contains(QStringLiteral("<h1>Untitled review</h1>")));
    QVERIFY(internal.contains(
        QStringLiteral("<h2>🗞️ Summary</h2>\n<p class=\"nothing\">Nothing recorded.</p>\n</section>")));
    // The customer version leaves empty sections out, and keeps its structure.
    const QString customer = html(review, options(ExportOptions::Audience::Customer));
    QCOMPARE(customer.count(QStringLiteral("<section")), 0);
    QCOMPARE(unbalancedElement(customer), QString());
}

void TestHtmlExporter::deterministic_data()
{
    QTest::addColumn<ExportOptions::Audience>("audience");
    QTest::newRow("reproducible: internal") << ExportOptions::Audience::Internal;
    QTest::newRow("reproducible: customer") << ExportOptions::Audience::Customer;
}

void TestHtmlExporter::deterministic()
{
    QFETCH(ExportOptions::Audience, audience);
    const HtmlDocument first = reviewToHtml(tests::sampleReview(), options(audience));
    // A renderer of its own: nothing carried over from the first page's drawing.
    ExportOptions again = options(audience);
    again.figureRenderer = std::make_shared<editor::ChartFigureRenderer>();
    const HtmlDocument second = reviewToHtml(tests::sampleReview(), again);
    QVERIFY(first.error.isEmpty());
    QVERIFY(first.html.size() > 10000);
    QVERIFY(first.html == second.html);
}

void TestHtmlExporter::refusals_data()
{
    QTest::addColumn<bool>("renderer");
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<QString>("message");
    QTest::newRow("refused: charts without a renderer")
        << false << QStringList() << QStringLiteral("no chart renderer was given");
    QTest::newRow("refused: customer version with an invalid pattern")
        << true << QStringList{QStringLiteral("(open")} << QStringLiteral("“(open”");
}

void TestHtmlExporter::refusals()
{
    QFETCH(bool, renderer);
    QFETCH(QStringList, patterns);
    QFETCH(QString, message);
    ExportOptions chosen = options(ExportOptions::Audience::Customer);
    if (!renderer)
        chosen.figureRenderer.reset();
    chosen.redaction.patterns = patterns;
    const QString path = m_dir.filePath(QStringLiteral("refused.html"));
    const QString error = HtmlExporter().write(tests::sampleReview(), path, chosen);
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestHtmlExporter::writesAFile()
{
    const QString path = m_dir.filePath(QStringLiteral("review.html"));
    QFile stale(path);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("stale");
    stale.close();
    const QString error = HtmlExporter().write(tests::sampleReview(), path, options());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == reviewToHtml(tests::sampleReview(), options()).html);
}

QTEST_MAIN(TestHtmlExporter)
// The customer version of a new review leaves out the business and team impact and the revenue
// lost, while the internal one has them.
void TestHtmlExporter::newReviewCustomerLeavesOutBusinessTeamRevenue()
{
    Review review;
    review.visibility.fill(Visibility::Public);
    review.impact.user = QStringLiteral("Users could not pay.");
    review.impact.business = QStringLiteral("MARK-business");
    review.impact.team = QStringLiteral("MARK-team");
    review.impact.usersAffected = 8430;
    review.impact.revenueLost = 41800;
    review.impact.currency = QStringLiteral("EUR");
    const QString internal = html(review, options());
    const QString customer = html(review, options(ExportOptions::Audience::Customer));
    for (const auto &text : {QStringLiteral("MARK-business"), QStringLiteral("MARK-team"), QStringLiteral("41,800 EUR"),
                             QStringLiteral("Revenue lost"), QStringLiteral("Business"), QStringLiteral("Team")}) {
        QVERIFY2(internal.contains(text), qPrintable(text));
        QVERIFY2(!customer.contains(text), qPrintable(text));
    }
    QVERIFY(customer.contains(QStringLiteral("Users could not pay.")));
    QVERIFY(customer.contains(QStringLiteral("<li><strong>Users affected:</strong> 8,430</li>")));
}

#include "tst_htmlexporter.moc"
