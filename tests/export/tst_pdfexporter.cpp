// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sanitizers/sanitized.h"
#include "editor/charts/chartfigurerenderer.h"
#include "export/json/jsonformat.h"
#include "export/pdf/pdfexporter.h"
#include "export/pdf/pdfstyle.h"
#include "export/pdf/styledtext.h"
#include "highlight/codehighlighter.h"
#include "import/json/jsonimporter.h"
#include "model/names.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cstdlib>
#include <memory>

using namespace hindsight;
using namespace hindsight::exporting;
using namespace hindsight::importing;
using namespace hindsight::model;

namespace {

const QString samplePath = QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/samples/checkout-outage.json");

Review sampleReview()
{
    QFile file(samplePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto result = reviewFromJson(file.readAll());
    return result.review.value_or(Review{});
}

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

TimelineEvent makeEvent(const QDateTime &time, const QString &text, Visibility visibility = Visibility::Public,
                        Milestone milestone = Milestone::None)
{
    TimelineEvent event;
    event.time = time;
    event.precision = TimePrecision::Minute;
    event.kind = EventKind::Note;
    event.text = text;
    event.author = QStringLiteral("Ana Lima");
    event.visibility = visibility;
    event.milestone = milestone;
    return event;
}

// White space collapsed, so that text a layout wrapped compares equal to the text it came from.
QString collapsed(const QString &text)
{
    return text.simplified();
}

// No white space at all: for words a cell broke in the middle.
QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

// Markdown source as a reader sees it printed: no emphasis or code markers.
QString printed(QString markdown)
{
    markdown.remove(u'`').remove(QStringLiteral("**"));
    markdown.replace(QRegularExpression(QStringLiteral("(^|\\s)\\*(\\S[^*]*\\S)\\*")), QStringLiteral("\\1\\2"));
    return markdown;
}

struct Run
{
    bool ok = false;
    QByteArray out;
    QString error;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {false, {}, QStringLiteral("%1 did not start: %2").arg(program, process.errorString())};
    if (!process.waitForFinished(120000))
        return {false, {}, QStringLiteral("%1 did not finish").arg(program)};
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {
            false, {}, QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(process.readAllStandardError()))};
    return {true, process.readAllStandardOutput(), {}};
}

// A fenced block as written in Markdown.
struct Fence
{
    QString infoString;
    QString code;

    QString markdown() const { return QStringLiteral("```") + infoString + u'\n' + code + QStringLiteral("\n```\n"); }
};

// What pdftotext -bbox says about a word: its page (from 1), its box in points and its text.
struct Word
{
    int page = 0;
    QRectF box;
    QString text;
};

QList<Word> words(const QString &path)
{
    const Run result = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    if (!result.ok)
        qWarning("%s", qPrintable(result.error));
    static const QRegularExpression element(
        QStringLiteral("<page |<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                       "yMax=\"([0-9.]+)\">([^<]*)</word>"));
    QList<Word> found;
    int page = 0;
    for (auto it = element.globalMatch(QString::fromUtf8(result.out)); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(0) == u"<page ") {
            ++page;
            continue;
        }
        QString text = match.captured(5);
        text.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&apos;"), QStringLiteral("'"))
            .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        const QPointF topLeft(match.captured(1).toDouble(), match.captured(2).toDouble());
        const QPointF bottomRight(match.captured(3).toDouble(), match.captured(4).toDouble());
        found.append({page, QRectF(topLeft, bottomRight), text});
    }
    return found;
}

// How far apart two colours are: their largest difference in one channel.
int distance(QColor a, QColor b)
{
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
}

// A colour that no grey comes near, so that text drawn in the report's near-black on its grey
// code background, and every shade between them, is told apart from it.
bool isChromatic(QColor colour)
{
    const int spread = std::max({colour.red(), colour.green(), colour.blue()}) -
                       std::min({colour.red(), colour.green(), colour.blue()});
    return spread >= 80;
}

} // namespace

class TestPdfExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // Writes review and returns the file's path; fails the test on an error.
    QString exportPdf(const Review &review, ExportOptions::Audience audience = ExportOptions::Audience::Internal,
                      QPageSize::PageSizeId pageSize = QPageSize::A4)
    {
        ExportOptions options;
        options.audience = audience;
        options.pageSize = pageSize;
        options.figureRenderer = std::make_shared<editor::ChartFigureRenderer>();
        const QString path = m_dir.filePath(QStringLiteral("review-%1.pdf").arg(++m_files));
        const QString error = PdfExporter().write(review, path, options);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return error.isEmpty() ? path : QString();
    }

    // pdftotext's text of the whole file, or of one page (from 1); -raw keeps the order in which
    // the text was drawn, so a table cell's lines stay together.
    static QString text(const QString &path, int page = 0, bool layout = false)
    {
        QStringList arguments{layout ? QStringLiteral("-layout") : QStringLiteral("-raw")};
        if (page > 0)
            arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
        arguments << path << QStringLiteral("-");
        const Run result = run(QStringLiteral("pdftotext"), arguments);
        if (!result.ok)
            qWarning("%s", qPrintable(result.error));
        return QString::fromUtf8(result.out);
    }

    static QString info(const QString &path, const QString &key)
    {
        const Run result = run(QStringLiteral("pdfinfo"), {path});
        for (const auto &line : QString::fromUtf8(result.out).split(u'\n')) {
            if (line.startsWith(key + u':'))
                return line.sliced(key.size() + 1).trimmed();
        }
        return {};
    }

    static int pageCount(const QString &path) { return info(path, QStringLiteral("Pages")).toInt(); }

    // One page (from 1) rasterised as a printer would, at dpi dots per inch; null on an error.
    QImage renderPage(const QString &path, int page, int dpi)
    {
        const QString prefix = m_dir.filePath(QStringLiteral("page-%1").arg(++m_files));
        const Run result =
            run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                                             QString::number(page), QStringLiteral("-l"), QString::number(page),
                                             QStringLiteral("-png"), QStringLiteral("-singlefile"), path, prefix});
        if (!result.ok)
            qWarning("%s", qPrintable(result.error));
        return QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
    }

    // Checks that the coloured words of the fences are printed in their colours: for every
    // word with a range of a chromatic colour over at least two of its letters or digits, one of
    // the boxes pdftotext finds for that word has a pixel of about that colour. Returns how many
    // words it checked for each fence, and fails the test on the first word not found in colour.
    QList<int> checkCodeColours(const QString &path, const QList<Fence> &fences)
    {
        constexpr int dpi = 200; // thin strokes of the 8.5 pt code font keep pixels of full colour
        constexpr int tolerance = 32;
        const QList<Word> printed = words(path);
        QHash<int, QImage> pages;
        QList<int> checked;
        for (const auto &fence : fences) {
            checked.append(0);
            for (const auto &range : pdf::PdfStyle::codeFormats(fence.code, fence.infoString)) {
                if (range.format.foreground().style() == Qt::NoBrush)
                    continue;
                const QColor colour = range.format.foreground().color();
                if (!isChromatic(colour))
                    continue;
                // The whitespace-separated word the range starts in, as pdftotext splits words.
                qsizetype start = range.start;
                while (start < range.start + range.length && fence.code.at(start).isSpace())
                    ++start;
                if (start == range.start + range.length)
                    continue;
                qsizetype wordStart = start;
                while (wordStart > 0 && !fence.code.at(wordStart - 1).isSpace())
                    --wordStart;
                qsizetype wordEnd = start;
                while (wordEnd < fence.code.size() && !fence.code.at(wordEnd).isSpace())
                    ++wordEnd;
                const qsizetype colouredEnd = std::min<qsizetype>(range.start + range.length, wordEnd);
                const QStringView coloured = QStringView(fence.code).sliced(start, colouredEnd - start);
                if (std::count_if(coloured.begin(), coloured.end(), [](QChar c) { return c.isLetterOrNumber(); }) < 2)
                    continue;
                const QString word = fence.code.sliced(wordStart, wordEnd - wordStart);
                int closest = 256;
                int boxes = 0;
                for (const auto &candidate : printed) {
                    if (candidate.text != word)
                        continue;
                    ++boxes;
                    if (!pages.contains(candidate.page))
                        pages.insert(candidate.page, renderPage(path, candidate.page, dpi));
                    const QImage &image = pages[candidate.page];
                    const QRect pixels =
                        QRectF(candidate.box.topLeft() * dpi / 72.0, candidate.box.bottomRight() * dpi / 72.0)
                            .toAlignedRect()
                            .intersected(image.rect());
                    for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
                        for (int x = pixels.left(); x <= pixels.right(); ++x)
                            closest = std::min(closest, distance(image.pixelColor(x, y), colour));
                    }
                }
                const QString what = QStringLiteral("%1 in %2 (%3 boxes): closest pixel %4 from %5")
                                         .arg(word, fence.infoString)
                                         .arg(boxes)
                                         .arg(closest)
                                         .arg(colour.name());
                if (boxes == 0 || closest > tolerance) {
                    QTest::qFail(qPrintable(what), __FILE__, __LINE__);
                    return {};
                }
                ++checked.last();
            }
        }
        return checked;
    }

private Q_SLOTS:
    void initTestCase();
    void describesItself();
    void internalSampleHasEverything();
    void internalSampleHasEvents_data();
    void internalSampleHasEvents();
    void customerSampleLeavesOutInternalContent();
    void newReviewCustomerLeavesOutBusinessTeamRevenue();
    void customerVersionLeaksNoMarker();
    void largeTimelineRepeatsHeaderOnEveryPage();
    void fontsAreEmbedded();
    void ticketUrlIsALink();
    void markdownLinksAreClickable();
    void metadataAndPageSize_data();
    void metadataAndPageSize();
    void emptySectionsExport();
    void longWordsStayInTheirCells();
    void unwritablePathWritesNothing_data();
    void unwritablePathWritesNothing();
    void markdownCells_data();
    void markdownCells();
    void linkTargets_data();
    void linkTargets();
    void codeFormatsAreTheLightTheme_data();
    void codeFormatsAreTheLightTheme();
    void fencedCodeIsHighlighted();
    void longFencedCodeBreaksAcrossPages();
    void longParagraphBreaksAcrossPages();
    void longUnbrokenTextExports_data();
    void longUnbrokenTextExports();
};

void TestPdfExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // These tests read the PDF back as a reader's tools do; without the tools they prove
    // nothing, so they fail rather than skip.
    for (const auto tool : {"pdftotext", "pdfinfo", "pdffonts"}) {
        const QString name = QString::fromLatin1(tool);
        QVERIFY2(!QStandardPaths::findExecutable(name).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: install poppler-utils (apt-get install poppler-utils) to "
                                           "run the PDF export tests")
                                .arg(name)));
    }
    QVERIFY2(!sampleReview().title.isEmpty(), "the sample review does not load");
}

void TestPdfExporter::describesItself()
{
    const PdfExporter exporter;
    QCOMPARE(exporter.id(), QStringLiteral("pdf"));
    QVERIFY(!exporter.name().isEmpty());
    QCOMPARE(exporter.suffixes(), QStringList{QStringLiteral("pdf")});
}

void TestPdfExporter::internalSampleHasEverything()
{
    const Review review = sampleReview();
    const QString path = exportPdf(review);
    QVERIFY(!path.isEmpty());
    const QString all = collapsed(text(path));
    QVERIFY2(all.contains(collapsed(review.title)), "title");
    for (const auto key : allSections())
        QVERIFY2(all.contains(sectionHeading(key, false)), qPrintable(sectionHeading(key, false)));
    QVERIFY(all.contains(QStringLiteral("Glossary")));
    QVERIFY(all.contains(QStringLiteral("All times are in Europe/Berlin (CET, UTC+01:00).")));
    QVERIFY(all.contains(QStringLiteral("Time (CET)")));
    // The title block: severity, status and the key figures, in the review's zone.
    for (const auto &expected :
         {QStringLiteral("SEV2"), QStringLiteral("Reviewed"), QStringLiteral("Started 2023-03-14 14:06 CET"),
          QStringLiteral("Resolved 2023-03-14 15:28 CET"), QStringLiteral("Users affected 8,430")})
        QVERIFY2(all.contains(expected), qPrintable(expected));
    // Internal sections are there, with what marks them internal.
    QVERIFY(all.contains(collapsed(printed(QStringLiteral("Jonas Vogel (checkout on-call) acknowledged the page")))));
    QVERIFY(all.contains(QStringLiteral("katrin.meier@example.com")));
    QVERIFY(all.contains(QStringLiteral("Not in the customer version")));
    // Text split across pages is drawn once: no line of text is in the file twice, apart from
    // the running header, the tables' repeated header rows and the names in the tables.
    QStringList seen;
    for (const auto &raw : text(path).split(u'\n', Qt::SkipEmptyParts)) {
        const QString line = raw.trimmed(); // a page starts with a form feed
        if (line.size() < 40 || line.startsWith(review.title) ||
            line == u"Action Type Owner Ticket Priority Due Status")
            continue;
        QVERIFY2(!seen.contains(line), qPrintable(line));
        seen.append(line);
    }
    // Every page says who it is for, and which page of how many it is.
    const int pages = pageCount(path);
    QVERIFY(pages > 1);
    for (int page = 1; page <= pages; ++page) {
        const QString pageText = collapsed(text(path, page));
        QVERIFY2(pageText.contains(QStringLiteral("Internal")), qPrintable(QString::number(page)));
        QVERIFY2(pageText.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                 qPrintable(QString::number(page)));
    }
}

void TestPdfExporter::internalSampleHasEvents_data()
{
    QTest::addColumn<int>("index");
    const Review review = sampleReview();
    // Spot checks over the whole table: first, a day-only row, internal rows, the last row.
    for (const int index : {0, 1, 7, 13, 14, 20, int(review.timeline.size()) - 1})
        QTest::addRow("event %d", index) << index;
}

void TestPdfExporter::internalSampleHasEvents()
{
    QFETCH(int, index);
    const Review review = sampleReview();
    static QString all;
    if (all.isEmpty())
        all = collapsed(text(exportPdf(review)));
    QVERIFY(index < review.timeline.size());
    const TimelineEvent &event = review.timeline.at(index);
    QVERIFY2(all.contains(collapsed(printed(event.text))), qPrintable(event.text));
    // Every row carries its date; a day-only row shows no time, an unknown time shows "--:--".
    const QDateTime local = event.time.toTimeZone(QTimeZone("Europe/Berlin"));
    QString expected;
    if (event.precision == TimePrecision::Day)
        expected = event.time.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
    else if (event.precision == TimePrecision::UnknownTime)
        expected = event.time.toUTC().toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(" --:--");
    else
        expected = local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QVERIFY2(all.contains(expected), qPrintable(expected));
}

void TestPdfExporter::customerSampleLeavesOutInternalContent()
{
    const Review review = sampleReview();
    const QString path = exportPdf(review, ExportOptions::Audience::Customer);
    QVERIFY(!path.isEmpty());
    const QString all = collapsed(text(path));
    QVERIFY(all.contains(QStringLiteral("Customer version")));
    QVERIFY(!all.contains(QStringLiteral("Internal")));
    QVERIFY(all.contains(sectionHeading(SectionKey::Summary, false)));
    // The sample's internal sections, events and actions.
    QVERIFY(!all.contains(sectionHeading(SectionKey::Triage, false)));
    QVERIFY(!all.contains(sectionHeading(SectionKey::Authors, false)));
    QVERIFY(!all.contains(QStringLiteral("katrin.meier@example.com")));
    QVERIFY(!all.contains(QStringLiteral("SHOW POOLS")));
    QVERIFY(!all.contains(QStringLiteral("posts a holding statement for agents")));
    QVERIFY(!all.contains(QStringLiteral("CHK-1237")));
    QVERIFY(!all.contains(QStringLiteral("Not in the customer version")));
    // What is public is there.
    QVERIFY(all.contains(collapsed(printed(review.timeline.at(1).text))));
    QVERIFY(all.contains(QStringLiteral("CHK-1234")));
    const int pages = pageCount(path);
    for (int page = 1; page <= pages; ++page)
        QVERIFY(collapsed(text(path, page)).contains(QStringLiteral("Customer version")));
}

// The customer version of a new review leaves out the business and team impact and the revenue
// lost, while the internal one has them.
void TestPdfExporter::newReviewCustomerLeavesOutBusinessTeamRevenue()
{
    Review review;
    review.visibility.fill(Visibility::Public);
    review.impact.user = QStringLiteral("Users could not pay.");
    review.impact.business = QStringLiteral("MARK-business");
    review.impact.team = QStringLiteral("MARK-team");
    review.impact.usersAffected = 8430;
    review.impact.revenueLost = 41800;
    review.impact.currency = QStringLiteral("EUR");
    const QString internalPath = exportPdf(review);
    const QString customerPath = exportPdf(review, ExportOptions::Audience::Customer);
    QVERIFY(!internalPath.isEmpty() && !customerPath.isEmpty());
    const QString internal = collapsed(text(internalPath));
    const QString customer = collapsed(text(customerPath));
    for (const auto &word : {QStringLiteral("MARK-business"), QStringLiteral("MARK-team"), QStringLiteral("41,800"),
                             QStringLiteral("Revenue lost"), QStringLiteral("Business"), QStringLiteral("Team")}) {
        QVERIFY2(internal.contains(word), qPrintable(word));
        QVERIFY2(!customer.contains(word), qPrintable(word));
    }
    QVERIFY(customer.contains(QStringLiteral("Users could not pay.")));
    QVERIFY(customer.contains(QStringLiteral("8,430")));
}

void TestPdfExporter::customerVersionLeaksNoMarker()
{
    Review review = sampleReview();
    int next = 0;
    QStringList markers;
    const auto marker = [&] {
        markers.append(QStringLiteral("LEAK-MARKER-%1").arg(++next));
        return markers.last();
    };
    // Every internal place a review has: internal sections' fields, internal rows.
    review.visibility[int(SectionKey::Triage)] = Visibility::Internal;
    review.visibility[int(SectionKey::Share)] = Visibility::Internal;
    review.visibility[int(SectionKey::Impact)] = Visibility::Internal;
    review.triage += QStringLiteral("\n\n") + marker();
    review.share += QStringLiteral("\n\n") + marker();
    review.shareAudience += QStringLiteral(" ") + marker();
    review.impact.user += QStringLiteral("\n\n") + marker();
    review.impact.business += QStringLiteral(" ") + marker();
    review.impact.team += QStringLiteral(" ") + marker();
    review.timeline.append(makeEvent(utc(2023, 3, 14, 13, 30), marker(), Visibility::Internal));
    review.timeline.append(makeEvent(utc(2023, 3, 14, 14, 0), QStringLiteral("**bold** ") + marker(),
                                     Visibility::Internal, Milestone::Acknowledged));
    review.actions.append({0, marker(), ActionType::Process, marker(), marker(), 1, QDate(2023, 4, 1),
                           ActionStatus::Open, Visibility::Internal});
    review.additional.append({0, marker(), marker(), Visibility::Internal});
    // Contacts are internal even in a public Authors section.
    review.visibility[int(SectionKey::Authors)] = Visibility::Public;
    for (auto &author : review.authors)
        author.contact = marker() + QStringLiteral("@example.com");

    const QString customerText = squeezed(text(exportPdf(review, ExportOptions::Audience::Customer)));
    QVERIFY(customerText.contains(QStringLiteral("Customerversion")));
    for (const auto &leak : std::as_const(markers))
        QVERIFY2(!customerText.contains(leak), qPrintable(leak));

    const QString internalText = squeezed(text(exportPdf(review)));
    for (const auto &expected : std::as_const(markers))
        QVERIFY2(internalText.contains(expected), qPrintable(expected));
}

void TestPdfExporter::largeTimelineRepeatsHeaderOnEveryPage()
{
    Review review = sampleReview();
    const QDateTime start = utc(2023, 3, 14, 12, 0);
    for (int i = 0; i < 2000; ++i) {
        TimelineEvent added = makeEvent(start.addSecs(qint64(i) * 2), QStringLiteral("Load event %1 on `checkout-api`: "
                                                                                     "error rate %2 % and rising")
                                                                          .arg(i)
                                                                          .arg(i % 37));
        added.precision = TimePrecision::Second;
        review.timeline.append(added);
    }
    const QString path = exportPdf(review);
    QVERIFY(!path.isEmpty());
    const int pages = pageCount(path);
    QVERIFY2(pages > 20, qPrintable(QString::number(pages)));
    QVERIFY(collapsed(text(path, 1)).contains(QStringLiteral("Page 1 of %1").arg(pages)));
    int tablePages = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString pageText = text(path, page, true);
        if (!pageText.contains(QStringLiteral("Load event")))
            continue;
        ++tablePages;
        // The header row, its columns on one line, on every page the table runs over.
        static const QRegularExpression header(QStringLiteral("Time \\(CET\\)\\s+Kind\\s+Event\\s+Author"));
        QVERIFY2(header.match(pageText).hasMatch(), qPrintable(QStringLiteral("page %1").arg(page)));
        QVERIFY(pageText.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
    }
    QVERIFY2(tablePages > 20, qPrintable(QString::number(tablePages)));
    // The rows are all there, in time order, each with its date.
    const QString all = collapsed(text(path));
    QVERIFY(all.contains(QStringLiteral("2023-03-14 13:00:00 Note Load event 0 on checkout-api")));
    QVERIFY(all.contains(QStringLiteral("Load event 1999 on checkout-api: error rate 1 % and rising")));
    QVERIFY(all.indexOf(QStringLiteral("Load event 1000 ")) < all.indexOf(QStringLiteral("Load event 1001 ")));
    // Each once: a row is never drawn on two pages.
    for (const int i : {0, 1, 500, 1999})
        QCOMPARE(all.count(QStringLiteral("Load event %1 on").arg(i)), 1);
}

void TestPdfExporter::fontsAreEmbedded()
{
    const QString path = exportPdf(sampleReview());
    const Run result = run(QStringLiteral("pdffonts"), {path});
    QVERIFY2(result.ok, qPrintable(result.error));
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    // pdffonts prints fixed-width columns; "emb" says whether the font is in the file.
    const qsizetype column = lines.first().indexOf(QStringLiteral("emb"));
    QVERIFY(column > 0);
    int fonts = 0;
    for (const auto &line : lines.sliced(2)) {
        ++fonts;
        QVERIFY2(line.mid(column, 3) == u"yes", qPrintable(line));
    }
    QVERIFY(fonts >= 2); // regular and bold at least
}

void TestPdfExporter::ticketUrlIsALink()
{
    const QString path = exportPdf(sampleReview());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("/Subtype /Link"));
    QVERIFY(bytes.contains("/URI (https://jira.example.com/browse/CHK-1236)"));
    // Ticket keys stay text.
    QVERIFY(!bytes.contains("/URI (CHK-1234)"));
    QVERIFY(squeezed(text(path)).contains(QStringLiteral("jira.example.com/browse/CHK-1236")));
}

void TestPdfExporter::markdownLinksAreClickable()
{
    Review review;
    review.title = QStringLiteral("Links");
    review.rootCauses = QStringLiteral("See [the runbook](https://wiki.example.com/runbook), "
                                       "<https://status.example.com/incident/7> and [not this](javascript:alert(1)).");
    review.timeline.append(
        makeEvent(utc(2023, 3, 14, 14, 0), QStringLiteral("**29 %** on `checkout-api`, see "
                                                          "[the dashboard](https://grafana.example.com/d/1)")));
    const QString path = exportPdf(review);
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // Links in a section's text and in a table cell are link annotations; an unsafe one is text.
    for (const auto uri : {"/URI (https://wiki.example.com/runbook)", "/URI (https://status.example.com/incident/7)",
                           "/URI (https://grafana.example.com/d/1)"})
        QVERIFY2(bytes.contains(uri), uri);
    QVERIFY(!bytes.contains("javascript"));
    const QString all = collapsed(text(path));
    QVERIFY(all.contains(QStringLiteral("See the runbook, https://status.example.com/incident/7 and not this.")));
    QVERIFY(all.contains(QStringLiteral("29 % on checkout-api, see the dashboard")));
}

void TestPdfExporter::metadataAndPageSize_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nominal: A4") << int(QPageSize::A4) << QStringLiteral("(A4)");
    QTest::newRow("nominal: Letter") << int(QPageSize::Letter) << QStringLiteral("(letter)");
}

void TestPdfExporter::metadataAndPageSize()
{
    QFETCH(int, pageSize);
    QFETCH(QString, expected);
    const Review review = sampleReview();
    const QString path = exportPdf(review, ExportOptions::Audience::Internal, QPageSize::PageSizeId(pageSize));
    QVERIFY(info(path, QStringLiteral("Page size")).endsWith(expected));
    QCOMPARE(info(path, QStringLiteral("Title")), review.title);
    QCOMPARE(info(path, QStringLiteral("Creator")), QStringLiteral("Hindsight"));
    QCOMPARE(info(path, QStringLiteral("PDF version")), QStringLiteral("1.6"));
}

void TestPdfExporter::emptySectionsExport()
{
    Review review;
    review.title = QStringLiteral("Nothing written yet");
    const QString path = exportPdf(review);
    QVERIFY(!path.isEmpty());
    const QString all = collapsed(text(path));
    QVERIFY(all.contains(QStringLiteral("Nothing written yet")));
    QVERIFY(all.contains(QStringLiteral("Nothing recorded.")));
    QVERIFY(all.contains(QStringLiteral("No events recorded.")));
    QVERIFY(all.contains(QStringLiteral("Severity not set")));
    for (const auto key : allSections())
        QVERIFY2(all.contains(sectionHeading(key, false)), qPrintable(sectionHeading(key, false)));
    // And an entirely empty review, customer version.
    QVERIFY(!exportPdf(Review{}, ExportOptions::Audience::Customer).isEmpty());
}

void TestPdfExporter::longWordsStayInTheirCells()
{
    Review review = sampleReview();
    const QString word = QString(600, u'W');
    const QString url = QStringLiteral("https://logs.example.com/") + QString(400, u'x') + QStringLiteral("/end");
    review.timeline.append(makeEvent(utc(2023, 3, 14, 14, 30), word + u' ' + url));
    review.actions.append({0, QString(300, u'A'), ActionType::Process, QString(120, u'O'), url, 1, QDate(2023, 5, 1),
                           ActionStatus::Open, Visibility::Public});
    // A cell taller than a page: the row continues on the next one.
    QString tall;
    for (int i = 0; i < 400; ++i)
        tall += QStringLiteral("line%1  \n").arg(i);
    review.timeline.append(makeEvent(utc(2023, 3, 14, 14, 31), tall));
    const QString path = exportPdf(review);
    QVERIFY(!path.isEmpty());
    const QString all = squeezed(text(path));
    QVERIFY(all.contains(word));
    QVERIFY(all.contains(squeezed(url.sliced(8))));
    QVERIFY(all.contains(QString(300, u'A')));
    QVERIFY(all.contains(QStringLiteral("line0")));
    QVERIFY(all.contains(QStringLiteral("line399")));
    // Text that overflowed its cell would run into the right margin or off the page: every
    // word's box stays inside the text area (A4, 58 pt margins; the headings' emoji hang in the
    // left margin).
    const Run boxes = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    QVERIFY2(boxes.ok, qPrintable(boxes.error));
    static const QRegularExpression wordBox(
        QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\" yMax=\"[0-9.]+\">([^<]*)</word>"));
    int words = 0;
    for (auto it = wordBox.globalMatch(QString::fromUtf8(boxes.out)); it.hasNext();) {
        const auto match = it.next();
        ++words;
        QVERIFY2(match.captured(1).toDouble() >= 30, qPrintable(match.captured(3)));
        QVERIFY2(match.captured(2).toDouble() <= 595.3 - 58 + 0.5, qPrintable(match.captured(3).left(60)));
    }
    QVERIFY(words > 1000);
}

void TestPdfExporter::unwritablePathWritesNothing_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("robustness: missing folder") << QStringLiteral("missing/folder/review.pdf");
    QTest::newRow("robustness: path is a folder") << QStringLiteral("folder");
}

void TestPdfExporter::unwritablePathWritesNothing()
{
    QFETCH(QString, path);
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder")));
    const QString target = m_dir.filePath(path);
    const QStringList before = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    ExportOptions options;
    options.figureRenderer = std::make_shared<editor::ChartFigureRenderer>();
    const QString error = PdfExporter().write(sampleReview(), target, options);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(target), qPrintable(error));
    QVERIFY(!QFileInfo(target).isFile());
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
}

void TestPdfExporter::markdownCells_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("styled"); // "b:word", "i:word", "c:word", "l:word>target", "s:word"

    QTest::newRow("nominal: code span") << QStringLiteral("Alert `CheckoutApi5xxRateHigh` fires")
                                        << QStringLiteral("Alert CheckoutApi5xxRateHigh fires")
                                        << QStringList{QStringLiteral("c:CheckoutApi5xxRateHigh")};
    QTest::newRow("nominal: bold and italic")
        << QStringLiteral("**29 %** and *Pi Day*") << QStringLiteral("29 % and Pi Day")
        << QStringList{QStringLiteral("b:29 %"), QStringLiteral("i:Pi Day")};
    QTest::newRow("nominal: nested emphasis")
        << QStringLiteral("***both*** __strong__ _em_") << QStringLiteral("both strong em")
        << QStringList{QStringLiteral("b:both"), QStringLiteral("i:both"), QStringLiteral("b:strong"),
                       QStringLiteral("i:em")};
    QTest::newRow("nominal: link") << QStringLiteral("see [the runbook](https://wiki.example.com/a_(b)) now")
                                   << QStringLiteral("see the runbook now")
                                   << QStringList{QStringLiteral("l:the runbook>https://wiki.example.com/a_%28b%29")};
    QTest::newRow("nominal: bare address")
        << QStringLiteral("at https://status.example.com/x.") << QStringLiteral("at https://status.example.com/x.")
        << QStringList{QStringLiteral("l:https://status.example.com/x>https://status.example.com/x")};
    QTest::newRow("nominal: strikethrough")
        << QStringLiteral("~~wrong~~ right") << QStringLiteral("wrong right") << QStringList{QStringLiteral("s:wrong")};
    QTest::newRow("edge: snake_case stays") << QStringLiteral("default_pool_size and 2 * 3 * 4")
                                            << QStringLiteral("default_pool_size and 2 * 3 * 4") << QStringList{};
    QTest::newRow("edge: escapes") << QStringLiteral("\\*not\\* \\`code\\`") << QStringLiteral("*not* `code`")
                                   << QStringList{};
    QTest::newRow("edge: unclosed markers")
        << QStringLiteral("a **b `c [d](e") << QStringLiteral("a **b `c [d](e") << QStringList{};
    QTest::newRow("edge: emphasis inside code")
        << QStringLiteral("`*x*` y") << QStringLiteral("*x* y") << QStringList{QStringLiteral("c:*x*")};
    QTest::newRow("edge: line breaks stay, as in the Markdown export's cell")
        << QStringLiteral("one\ntwo\n\nthree") << QStringLiteral("one\u2028two\u2028\u2028three") << QStringList{};
    QTest::newRow("edge: block syntax stays as written")
        << QStringLiteral("- not a list\n# not a heading") << QStringLiteral("- not a list\u2028# not a heading")
        << QStringList{};
    QTest::newRow("edge: HTML and entities stay as written")
        << QStringLiteral("<b>x</b> &amp; <br>") << QStringLiteral("<b>x</b> &amp; <br>") << QStringList{};
    QTest::newRow("nominal: mail address")
        << QStringLiteral("ask ops@example.com") << QStringLiteral("ask ops@example.com")
        << QStringList{QStringLiteral("l:ops@example.com>mailto:ops@example.com")};
    QTest::newRow("robustness: unsafe link target is text")
        << QStringLiteral("[x](javascript:alert(1))") << QStringLiteral("x") << QStringList{};
}

void TestPdfExporter::markdownCells()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QFETCH(QStringList, styled);
    const auto style = pdf::PdfStyle(nullptr).markdownCellStyle(pdf::PdfStyle::TableSize);
    const auto result = pdf::styleMarkdownCell(markdown, {}, style);
    QCOMPARE(result.text, text);
    for (const auto &expectation : std::as_const(styled)) {
        const QChar kind = expectation.at(0);
        QString word = expectation.sliced(2);
        QString target;
        if (kind == u'l') {
            target = word.sliced(word.indexOf(u'>') + 1);
            word.truncate(word.indexOf(u'>'));
        }
        const auto start = result.text.indexOf(word);
        QVERIFY2(start >= 0, qPrintable(word));
        bool found = false;
        for (const auto &range : result.formats) {
            if (range.start > start || range.start + range.length < start + word.size())
                continue;
            const QTextCharFormat &format = range.format;
            found = (kind == u'b' && format.fontWeight() == QFont::Bold) || (kind == u'i' && format.fontItalic()) ||
                    (kind == u's' && format.fontStrikeOut()) || (kind == u'c' && format.fontFixedPitch()) ||
                    (kind == u'l' && format.isAnchor() && format.anchorHref() == target);
            if (found)
                break;
        }
        QVERIFY2(found, qPrintable(expectation));
    }
    if (styled.isEmpty()) {
        for (const auto &range : result.formats)
            QVERIFY(!range.format.isAnchor() && range.format.fontWeight() != QFont::Bold && !range.format.fontItalic());
    }
}

void TestPdfExporter::linkTargets_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("target");
    QTest::newRow("nominal: https") << QStringLiteral("https://jira.example.com/browse/CHK-1")
                                    << QStringLiteral("https://jira.example.com/browse/CHK-1");
    QTest::newRow("nominal: mail") << QStringLiteral("mailto:ops@example.com")
                                   << QStringLiteral("mailto:ops@example.com");
    QTest::newRow("edge: parentheses escaped for the PDF string")
        << QStringLiteral("https://x.example/(a)\\b") << QStringLiteral("https://x.example/%28a%29%5Cb");
    QTest::newRow("edge: non-ASCII encoded")
        << QStringLiteral("https://example.com/ä") << QStringLiteral("https://example.com/%C3%A4");
    QTest::newRow("robustness: javascript") << QStringLiteral("javascript:alert(1)") << QString();
    QTest::newRow("robustness: file") << QStringLiteral("file:///etc/passwd") << QString();
    QTest::newRow("robustness: ticket key") << QStringLiteral("CHK-1234") << QString();
}

void TestPdfExporter::linkTargets()
{
    QFETCH(QString, url);
    QFETCH(QString, target);
    QCOMPARE(pdf::linkTarget(url), target);
}

void TestPdfExporter::codeFormatsAreTheLightTheme_data()
{
    QTest::addColumn<QString>("infoString");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("known");
    QTest::newRow("nominal: yaml") << QStringLiteral("yaml")
                                   << QStringLiteral("defaults:\n  default_pool_size: 20  # PLAT-881\n") << true;
    QTest::newRow("nominal: sql") << QStringLiteral("sql")
                                  << QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE state = 'active';")
                                  << true;
    QTest::newRow("nominal: log") << QStringLiteral("log")
                                  << QStringLiteral("2023-03-14T13:38:12.903Z ERROR checkout-api db: closed") << true;
    QTest::newRow("edge: info string with attributes")
        << QStringLiteral("yaml title=pool.yaml") << QStringLiteral("checkout: {}") << true;
    QTest::newRow("edge: unknown language") << QStringLiteral("no-such-language") << QStringLiteral("a: 1") << false;
    QTest::newRow("edge: no info string") << QString() << QStringLiteral("SELECT 1;") << false;
}

void TestPdfExporter::codeFormatsAreTheLightTheme()
{
    QFETCH(QString, infoString);
    QFETCH(QString, code);
    QFETCH(bool, known);
    const auto formats = pdf::PdfStyle::codeFormats(code, infoString);
    const highlight::CodeHighlighter editor;
    // The editor's colours, of its light theme, whichever backend the build has.
    QVERIFY(formats == editor.highlight(code, infoString, false));
    QCOMPARE(!formats.isEmpty(), known);
    if (known) {
        QVERIFY(formats != editor.highlight(code, infoString, true));
        QVERIFY(std::any_of(formats.begin(), formats.end(),
                            [](const auto &range) { return range.format.foreground().style() != Qt::NoBrush; }));
    }
}

void TestPdfExporter::fencedCodeIsHighlighted()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty(),
             "pdftoppm is missing: install poppler-utils (apt-get install poppler-utils) to check the colours of "
             "printed code");
    const QList<Fence> fences{
        {QStringLiteral("yaml"), QStringLiteral("# db/pool.yaml\n"
                                                "defaults:\n"
                                                "  pool_mode: transaction\n"
                                                "  default_pool_size: 20  # limit reporting jobs\n"
                                                "  query_wait_timeout: 3\n"
                                                "databases:\n"
                                                "  checkout: {}")},
        {QStringLiteral("sql"), QStringLiteral("SELECT datname, count(*) AS waiting\n"
                                               "  FROM pg_stat_activity\n"
                                               " WHERE state = 'idle in transaction' AND backend_xid > 42\n"
                                               " GROUP BY datname;")},
        {QStringLiteral("log"), QStringLiteral("2023-03-14T13:38:12.481Z WARN  checkout-api db: waited 2.96s\n"
                                               "2023-03-14T13:38:12.903Z ERROR checkout-api db: server closed\n"
                                               "2023-03-14T13:38:13.020Z INFO  checkout-api worker 7 restarted")},
    };
    Review review;
    review.title = QStringLiteral("Checkout pool exhausted");
    // The first two fences follow each other with nothing between them: each is coloured in its
    // own language all the same.
    review.rootCauses = QStringLiteral("The change, and what the pooler saw:\n\n") + fences.at(0).markdown() + u'\n' +
                        fences.at(1).markdown() + QStringLiteral("\nAnd the service:\n\n") + fences.at(2).markdown();
    const QString path = exportPdf(review);
    QVERIFY(!path.isEmpty());

    // The code is text a reader can search and copy, line by line.
    const QString all = collapsed(text(path));
    for (const auto &fence : fences) {
        for (const auto &line : fence.code.split(u'\n'))
            QVERIFY2(all.contains(collapsed(line)), qPrintable(line));
    }
    // And it is printed in its language's colours: keys, strings, numbers, levels.
    const QList<int> checked = checkCodeColours(path, fences);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(checked.size(), fences.size());
    for (qsizetype i = 0; i < fences.size(); ++i)
        QVERIFY2(checked.at(i) >= 2,
                 qPrintable(QStringLiteral("%1: %2 words").arg(fences.at(i).infoString).arg(checked.at(i))));
}

void TestPdfExporter::longFencedCodeBreaksAcrossPages()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty(),
             "pdftoppm is missing: install poppler-utils (apt-get install poppler-utils) to check the colours of "
             "printed code");
    QString code;
    for (int i = 0; i < 150; ++i)
        code += QStringLiteral("%1pool_%2: %3  # line %2").arg(i ? QStringLiteral("\n") : QString()).arg(i).arg(i * 7);
    const Fence fence{QStringLiteral("yaml"), code};
    Review review;
    review.title = QStringLiteral("Long configuration");
    review.rootCauses = QStringLiteral("Every pool:\n\n") + fence.markdown();
    const QString path = exportPdf(review);
    QVERIFY(!path.isEmpty());
    const int pages = pageCount(path);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    // Every line once, in order, and the fence runs over pages rather than off one.
    const QString all = collapsed(text(path));
    qsizetype previous = -1;
    for (const auto &raw : code.split(u'\n')) {
        const QString line = collapsed(raw) + u' ';
        QCOMPARE(all.count(line), 1);
        const qsizetype at = all.indexOf(line);
        QVERIFY2(at > previous, qPrintable(line));
        previous = at;
    }
    QVERIFY(text(path, 2).contains(QStringLiteral("pool_")));
    // Coloured on every page it runs over.
    const QList<int> checked = checkCodeColours(path, {fence});
    if (QTest::currentTestFailed())
        return;
    QVERIFY(checked.value(0) >= 100);
}

void TestPdfExporter::longParagraphBreaksAcrossPages()
{
    QStringList sentences;
    for (int i = 0; i < 400; ++i)
        sentences.append(QStringLiteral("Sentence %1 of a root cause paragraph that runs over pages.").arg(i));
    Review review;
    review.title = QStringLiteral("Long paragraph");
    review.rootCauses = sentences.join(u' ');
    const QString path = exportPdf(review);
    QVERIFY(!path.isEmpty());
    QVERIFY(pageCount(path) >= 3);
    // Every line of the paragraph once: a page's part of it never draws the line above it too.
    const QString all = text(path);
    QStringList seen;
    for (const auto &raw : all.split(u'\n', Qt::SkipEmptyParts)) {
        const QString line = raw.trimmed();
        if (!line.startsWith(QStringLiteral("Sentence")) && !line.contains(QStringLiteral(" of a root")))
            continue;
        QVERIFY2(!seen.contains(line), qPrintable(line));
        seen.append(line);
    }
    QVERIFY(seen.size() > 40);
    QVERIFY(collapsed(all).contains(QStringLiteral("Sentence 399 of a root cause paragraph that runs over pages.")));
}

void TestPdfExporter::longUnbrokenTextExports_data()
{
    QTest::addColumn<QString>("where"); // a section, or "caption"
    QTest::addColumn<QString>("content");

    // Text of size characters, repeating unit; a first and a last word mark where it starts
    // and ends.
    const auto text = [](const QString &unit, qsizetype size) -> QString {
        QString body;
        body.reserve(size + unit.size());
        while (body.size() < size)
            body += unit;
        body.truncate(size);
        return QStringLiteral("StartOfTheLongText ") + body + QStringLiteral(" EndOfTheLongText");
    };
    // A tenth of each under the sanitizers (tests::sanitizerScale), where the rows' names say the
    // size of the other builds; the code stays as tall, since its path depends on its height.
    constexpr int scale = tests::sanitizerScale;
    const QString unbroken = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789");
    QTest::newRow("hang: 1 MB unbroken line in a section")
        << QStringLiteral("rootCauses")
        << QStringLiteral("The token:\n\n") + text(unbroken, (1 << 20) / scale) +
               QStringLiteral("\n\nThen it expired.");
    QTest::newRow("hang: 1 MB log line in a log block")
        << QStringLiteral("rootCauses")
        << QStringLiteral("```log\n") +
               text(QStringLiteral("2023-03-14T13:38:02.123Z level=warn svc=checkout-api wait=250ms queue=17 "),
                    (1 << 20) / scale) +
               QStringLiteral("\n```\n");
    QTest::newRow("hang: 2 MB unbroken figure caption")
        << QStringLiteral("caption") << text(unbroken, (2 << 20) / scale);
    QTest::newRow("hang: 60,000 lines of code, taller than Qt lays out at once")
        << QStringLiteral("rootCauses")
        << QStringLiteral("```\n") + text(QStringLiteral("x\n"), 120000) + QStringLiteral("\n```\n");
    QTest::newRow("hang: 3 MB summary, 900 pages")
        << QStringLiteral("summary")
        << text(QStringLiteral("the pool was exhausted while checkout requests queued behind reporting jobs "),
                (3 << 20) / scale);
}

void TestPdfExporter::longUnbrokenTextExports()
{
    QFETCH(QString, where);
    QFETCH(QString, content);
    Review review;
    review.title = QStringLiteral("Long text");
    if (where == u"caption") {
        QImage image(160, 90, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"));
        Figure figure;
        figure.section = SectionKey::RootCauses;
        figure.visibility = Visibility::Public;
        figure.source = QStringLiteral("screenshot.png");
        figure.image = png;
        figure.caption = content;
        review.figures.append(figure);
    } else if (where == u"summary") {
        review.summary = content;
    } else {
        review.rootCauses = content;
    }
    const QString path = exportPdf(review);
    QVERIFY(!path.isEmpty());
    // The text from its first word to its last, and none of the zero-width spaces that let
    // its lines end anywhere.
    const QString all = text(path);
    QVERIFY(all.contains(QStringLiteral("StartOfTheLongText")));
    QVERIFY(all.contains(QStringLiteral("EndOfTheLongText")));
    QVERIFY(!all.contains(QChar(0x200b)));
}

QTEST_MAIN(TestPdfExporter)
#include "tst_pdfexporter.moc"
