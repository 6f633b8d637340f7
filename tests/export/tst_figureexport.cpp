// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Figures in the PDF and Markdown exports, with the editor's chart renderer: read back as a
// reader's tools see them (pdftotext, pdfimages; the Markdown's links and the files they name),
// for both audiences, and refused without a renderer.
#include "../model/samplereview.h"
#include "editor/charts/chartfigurerenderer.h"
#include "editor/charts/chartview.h"
#include "export/markdown/markdownexporter.h"
#include "export/pdf/pdfexporter.h"
#include "import/metrics/metricseries.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

#include <memory>

using namespace hindsight;
using namespace hindsight::exporting;
using namespace hindsight::importing;
using namespace hindsight::model;

namespace {

// A Poppler tool's standard output, or empty with a warning.
QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

struct Word
{
    int page = 0; // from 1
    QRectF box;   // in points
    QString text;
};

QList<Word> words(const QString &pdf)
{
    static const QRegularExpression element(
        QStringLiteral("<page |<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                       "yMax=\"([0-9.]+)\">([^<]*)</word>"));
    const QString xml =
        QString::fromUtf8(run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}));
    QList<Word> found;
    int page = 0;
    for (auto it = element.globalMatch(xml); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(0) == u"<page ") {
            ++page;
            continue;
        }
        found.append({page,
                      QRectF(QPointF(match.captured(1).toDouble(), match.captured(2).toDouble()),
                             QPointF(match.captured(3).toDouble(), match.captured(4).toDouble())),
                      match.captured(5).replace(QStringLiteral("&amp;"), QStringLiteral("&"))});
    }
    return found;
}

QString text(const QString &pdf)
{
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})).simplified();
}

// One row of `pdfimages -list`.
struct PdfImage
{
    int page = 0;
    QSize pixels;
    QSizeF ppi;
    QString encoding; // "jpeg", "image" (Flate), …
    // The size it is drawn at, in points.
    QSizeF drawn() const { return {pixels.width() / ppi.width() * 72, pixels.height() / ppi.height() * 72}; }
};

QList<PdfImage> images(const QString &pdf)
{
    QList<PdfImage> found;
    const auto lines = QString::fromUtf8(run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})).split(u'\n');
    for (const auto &line : lines.mid(2)) {
        const auto fields = line.simplified().split(u' ');
        // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
        if (fields.size() < 14 || fields.at(2) != u"image")
            continue;
        found.append({fields.at(0).toInt(), QSize(fields.at(3).toInt(), fields.at(4).toInt()),
                      QSizeF(fields.at(12).toDouble(), fields.at(13).toDouble()), fields.at(8)});
    }
    return found;
}

// The index of the first word of the first run of words on or after from that reads phrase,
// or -1.
qsizetype findPhrase(const QList<Word> &found, const QString &phrase, qsizetype from = 0)
{
    const QStringList wanted = phrase.split(u' ');
    for (qsizetype i = from; i + wanted.size() <= found.size(); ++i) {
        bool match = true;
        for (qsizetype k = 0; k < wanted.size() && match; ++k)
            match = found.at(i + k).text == wanted.at(k);
        if (match)
            return i;
    }
    return -1;
}

QByteArray jpeg(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0x99, 0x33, 0x33));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}

// fullReview() with both figure sections public and a figure of each kind and visibility:
// 1 the public screenshot (Root causes), 2 an internal JPEG there, 3 the internal chart and
// 4 a public chart (Resolution).
Review figureReview()
{
    Review review = tests::fullReview();
    review.visibility[int(SectionKey::RootCauses)] = Visibility::Public;
    review.visibility[int(SectionKey::Resolution)] = Visibility::Public;
    Figure secret;
    secret.section = SectionKey::RootCauses;
    secret.kind = FigureKind::Image;
    secret.caption = QStringLiteral("LEAK-MARKER-IMAGE from the admin console");
    secret.visibility = Visibility::Internal;
    secret.image = jpeg(QSize(120, 80));
    review.figures.insert(1, secret);
    Figure chart = review.figures.at(2);
    chart.title = QStringLiteral("LEAK-MARKER-TITLE");
    chart.caption = QStringLiteral("LEAK-MARKER-CAPTION internal chart");
    chart.series[0].name = QStringLiteral("LEAK-MARKER-SERIES");
    review.figures[2] = chart;
    Figure shown = tests::fullReview().figures.at(1);
    shown.title = QStringLiteral("Public latency");
    shown.caption = QStringLiteral("Latency as customers saw it");
    shown.visibility = Visibility::Public;
    review.figures.append(shown);
    return review;
}

struct Link
{
    QString alt;
    QString target;
};

QList<Link> imageLinks(const QString &markdown)
{
    static const QRegularExpression link(QStringLiteral(R"(!\[((?:[^\]\\]|\\.)*)\]\(([^)\s]*)\))"));
    QList<Link> found;
    for (auto it = link.globalMatch(markdown); it.hasNext();) {
        const auto match = it.next();
        found.append({match.captured(1), match.captured(2)});
    }
    return found;
}

QStringList files(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestFigureExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pdfDrawsChartAsVectorsWithCaptions();
    void pdfImageSizes_data();
    void pdfImageSizes();
    void pdfKeepsCaptionWithFigure_data();
    void pdfKeepsCaptionWithFigure();
    void markdownLinksResolve_data();
    void markdownLinksResolve();
    void markdownReplacesStaleAssets();
    void markdownLeavesForeignFolderAlone();
    void customerVersionHasNoInternalFigure_data();
    void customerVersionHasNoInternalFigure();
    void refusedWithoutRenderer_data();
    void refusedWithoutRenderer();
    void movedMilestoneMovesMarker();

private:
    ExportOptions options(ExportOptions::Audience audience = ExportOptions::Audience::Internal) const
    {
        ExportOptions chosen;
        chosen.audience = audience;
        chosen.figureRenderer = m_renderer;
        return chosen;
    }
    QString exportPdf(const Review &review, const ExportOptions &chosen);

    QTemporaryDir m_dir;
    int m_files = 0;
    std::shared_ptr<const FigureRenderer> m_renderer = std::make_shared<editor::ChartFigureRenderer>();
};

void TestFigureExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const auto tool : {"pdftotext", "pdfimages"}) {
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: install poppler-utils to run the figure export tests")
                                .arg(QLatin1StringView(tool))));
    }
}

QString TestFigureExport::exportPdf(const Review &review, const ExportOptions &chosen)
{
    const QString path = m_dir.filePath(QStringLiteral("figures-%1.pdf").arg(++m_files));
    const QString error = PdfExporter().write(review, path, chosen);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return error.isEmpty() ? path : QString();
}

void TestFigureExport::pdfDrawsChartAsVectorsWithCaptions()
{
    const Review review = tests::fullReview();
    const QString pdf = exportPdf(review, options());
    QVERIFY(!pdf.isEmpty());
    const QString all = text(pdf);
    QVERIFY2(all.contains(QStringLiteral("Figure 1: Pool saturation on the database dashboard")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("Figure 2: Errors fell once the change was reverted")));

    // The chart's words lie between its title and its caption, on one page.
    const QList<Word> found = words(pdf);
    const qsizetype title = findPhrase(found, QStringLiteral("Checkout errors"));
    const qsizetype caption = findPhrase(found, QStringLiteral("Figure 2:"));
    QVERIFY(title >= 0 && caption >= 0);
    QCOMPARE(found.at(caption).page, found.at(title).page);
    QVERIFY(found.at(caption).box.top() > found.at(title).box.bottom());
    QStringList chartWords;
    for (const auto &word : found) {
        if (word.page == found.at(title).page && word.box.top() > found.at(title).box.bottom() - 1 &&
            word.box.bottom() < found.at(caption).box.top())
            chartWords.append(word.text);
    }
    const QString chart = chartWords.join(u' ');
    // The legend names the series; the time axis is in the review's zone (Europe/Berlin, so
    // 13:00 UTC reads 14:00); the value axis has its unit.
    QVERIFY2(chart.contains(QStringLiteral("5xx rate")), qPrintable(chart));
    QVERIFY2(chart.contains(QStringLiteral("p99 latency")), qPrintable(chart));
    static const QRegularExpression time(QStringLiteral("^14:[0-5]\\d$"));
    QVERIFY2(chartWords.filter(time).size() >= 3, qPrintable(chart));
    QVERIFY2(chartWords.contains(QStringLiteral("%")) || chart.contains(QStringLiteral(" %")), qPrintable(chart));
    // The started milestone's marker is labelled; it is the chart's, not the timeline's.
    QVERIFY2(chart.contains(QStringLiteral("Started")), qPrintable(chart));

    // Vectors: the screenshot is the document's one image.
    const QList<PdfImage> embedded = images(pdf);
    QCOMPARE(embedded.size(), 1);
    QCOMPARE(embedded.first().pixels, QSize(64, 40));
    // Kept lossless: a screenshot's text is not blurred by JPEG.
    QVERIFY2(embedded.first().encoding != u"jpeg", qPrintable(embedded.first().encoding));
    const qsizetype imageCaption = findPhrase(found, QStringLiteral("Figure 1:"));
    QVERIFY(imageCaption >= 0);
    QCOMPARE(found.at(imageCaption).page, embedded.first().page);
}

void TestFigureExport::pdfImageSizes_data()
{
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<QSizeF>("drawn"); // points, as pdfimages reports it
    // A4 with 58 pt side margins: 479 pt of text width; 700 pt of body height, 60 % is 420 pt.
    QTest::newRow("natural size: a small screenshot is never enlarged") << QSize(64, 40) << QSizeF(48, 30);
    QTest::newRow("natural size: 600 px is 450 pt") << QSize(600, 300) << QSizeF(450, 225);
    QTest::newRow("fit: wider than the text") << QSize(1600, 400) << QSizeF(479, 119.75);
    QTest::newRow("fit: taller than 60 % of the page") << QSize(300, 1200) << QSizeF(105, 420);
}

void TestFigureExport::pdfImageSizes()
{
    QFETCH(QSize, pixels);
    QFETCH(QSizeF, drawn);
    Review review;
    review.title = QStringLiteral("Sizes");
    review.rootCauses = QStringLiteral("A screenshot follows.");
    Figure figure;
    figure.section = SectionKey::RootCauses;
    figure.caption = QStringLiteral("The screenshot");
    figure.image = tests::screenshotPng(pixels.width(), pixels.height());
    review.figures = {figure};
    const QString pdf = exportPdf(review, options());
    QVERIFY(!pdf.isEmpty());
    const QList<PdfImage> embedded = images(pdf);
    QCOMPARE(embedded.size(), 1);
    const QSizeF actual = embedded.first().drawn();
    QVERIFY2(std::abs(actual.width() - drawn.width()) < 2 && std::abs(actual.height() - drawn.height()) < 2,
             qPrintable(QStringLiteral("drawn at %1 × %2 pt").arg(actual.width()).arg(actual.height())));
    // Scaled down, the image is embedded at no more than 300 dpi.
    QVERIFY(embedded.first().ppi.width() <= 301);
}

void TestFigureExport::pdfKeepsCaptionWithFigure_data()
{
    QTest::addColumn<int>("paragraphs");
    // Text of growing length pushes the figure down the page and over its end.
    for (int paragraphs = 0; paragraphs <= 16; paragraphs += 2)
        QTest::newRow(qPrintable(QStringLiteral("page break: %1 paragraphs before").arg(paragraphs))) << paragraphs;
}

void TestFigureExport::pdfKeepsCaptionWithFigure()
{
    QFETCH(int, paragraphs);
    Review review = tests::fullReview();
    QStringList text;
    for (int i = 0; i < paragraphs; ++i)
        text.append(QStringLiteral("Paragraph %1: the pool filled, requests queued, and the queue timed out while "
                                   "the retries doubled the load on the remaining connections.")
                        .arg(i + 1));
    review.rootCauses = text.join(QStringLiteral("\n\n"));
    review.figures[0].image = tests::screenshotPng(600, 300);
    const QString pdf = exportPdf(review, options());
    QVERIFY(!pdf.isEmpty());
    const QList<Word> found = words(pdf);
    const QList<PdfImage> embedded = images(pdf);
    QCOMPARE(embedded.size(), 1);
    const qsizetype imageCaption = findPhrase(found, QStringLiteral("Figure 1:"));
    QVERIFY(imageCaption >= 0);
    QCOMPARE(found.at(imageCaption).page, embedded.first().page);
    const qsizetype title = findPhrase(found, QStringLiteral("Checkout errors"), imageCaption);
    const qsizetype chartCaption = findPhrase(found, QStringLiteral("Figure 2:"), imageCaption);
    QVERIFY(title > imageCaption && chartCaption > title);
    QCOMPARE(found.at(chartCaption).page, found.at(title).page);
    // Nothing is drawn over the foot of the page: the caption ends above the footer.
    QVERIFY(found.at(chartCaption).box.bottom() < 842 - 60);
    QVERIFY(found.at(imageCaption).box.bottom() < 842 - 60);
}

void TestFigureExport::markdownLinksResolve_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("folderInLinks");
    QTest::newRow("nominal: plain name") << QStringLiteral("review.md") << QStringLiteral("review.assets");
    QTest::newRow("encoding: spaces") << QStringLiteral("checkout outage (2023).md")
                                      << QStringLiteral("checkout%20outage%20%282023%29.assets");
    QTest::newRow("encoding: non-ASCII") << QStringLiteral("Zahlungsausfall März.md")
                                         << QStringLiteral("Zahlungsausfall%20M%C3%A4rz.assets");
}

void TestFigureExport::markdownLinksResolve()
{
    QFETCH(QString, fileName);
    QFETCH(QString, folderInLinks);
    const Review review = figureReview();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    QCOMPARE(MarkdownExporter().write(review, path, options()), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(file.readAll());

    const QList<Link> links = imageLinks(markdown);
    QCOMPARE(links.size(), review.figures.size());
    QStringList linked;
    for (const auto &link : links) {
        QVERIFY2(!link.target.contains(u' '), qPrintable(link.target));
        QVERIFY2(link.target.startsWith(folderInLinks + u'/'), qPrintable(link.target));
        const QString relative = QUrl::fromPercentEncoding(link.target.toUtf8());
        QVERIFY2(QFileInfo(dir.filePath(relative)).isFile(), qPrintable(relative));
        linked.append(QFileInfo(relative).fileName());
    }
    // The folder holds the linked files and nothing else; no staging folder is left behind.
    const QString folder = dir.filePath(QFileInfo(fileName).completeBaseName() + QStringLiteral(".assets"));
    QCOMPARE(files(folder), linked);
    QCOMPARE(files(dir.path()), (QStringList{QFileInfo(folder).fileName(), fileName}));

    // In the document's order: Root causes' two images, then Resolution's two charts, each
    // followed by its numbered caption.
    const QList<Figure> &figures = review.figures;
    const QList<QByteArray> expectedImages{figures.at(0).image, figures.at(1).image};
    for (int i = 0; i < 2; ++i) {
        QFile image(QDir(folder).filePath(linked.at(i)));
        QVERIFY(image.open(QIODevice::ReadOnly));
        QVERIFY(image.readAll() == expectedImages.at(i));
    }
    QCOMPARE(linked.at(0), QStringLiteral("figure-1.png"));
    QCOMPARE(linked.at(1), QStringLiteral("figure-2.jpg"));
    for (int i = 2; i < 4; ++i) {
        QCOMPARE(linked.at(i), QStringLiteral("figure-%1.png").arg(i + 1));
        const QImage chart(QDir(folder).filePath(linked.at(i)));
        QVERIFY(!chart.isNull());
        QCOMPARE(chart.size(), QSize(1600, 800));
        // Drawn on white: the corners are the chart's background.
        QCOMPARE(chart.pixelColor(2, 2), QColor(Qt::white));
    }
    for (int i = 0; i < 4; ++i) {
        const QString caption = QStringLiteral("](%1/%2)\n\n*Figure %3: %4*\n")
                                    .arg(folderInLinks, linked.at(i), QString::number(i + 1), figures.at(i).caption);
        QVERIFY2(markdown.contains(caption), qPrintable(caption));
        QCOMPARE(links.at(i).alt, figures.at(i).caption);
    }
    // The figures follow their section's text.
    QVERIFY(markdown.indexOf(QStringLiteral("## 🐛 Root causes")) < markdown.indexOf(links.at(0).target));
    QVERIFY(markdown.indexOf(links.at(1).target) < markdown.indexOf(QStringLiteral("## 🧯 Resolution")));
    QVERIFY(markdown.indexOf(QStringLiteral("Reverted the change.")) < markdown.indexOf(links.at(2).target));
}

void TestFigureExport::markdownReplacesStaleAssets()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("review.md"));
    const QString folder = dir.filePath(QStringLiteral("review.assets"));
    Review review = figureReview();
    QCOMPARE(MarkdownExporter().write(review, path, options()), QString());
    QCOMPARE(files(folder).size(), 4);

    // Two figures fewer: their files go.
    review.figures.remove(1, 2);
    QCOMPARE(MarkdownExporter().write(review, path, options()), QString());
    QCOMPARE(files(folder), (QStringList{QStringLiteral("figure-1.png"), QStringLiteral("figure-2.png")}));

    // None at all: the folder goes, nothing else does.
    review.figures.clear();
    QCOMPARE(MarkdownExporter().write(review, path, options()), QString());
    QCOMPARE(files(dir.path()), QStringList{QStringLiteral("review.md")});
}

void TestFigureExport::markdownLeavesForeignFolderAlone()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("review.md"));
    const QString folder = dir.filePath(QStringLiteral("review.assets"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("review.assets")));
    QFile notes(QDir(folder).filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("mine\n");
    notes.close();

    const QString error = MarkdownExporter().write(figureReview(), path, options());
    QVERIFY2(error.contains(QStringLiteral("notes.txt")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(files(folder), QStringList{QStringLiteral("notes.txt")});
    QCOMPARE(files(dir.path()), QStringList{QStringLiteral("review.assets")});

    // A file where the folder would be: refused before anything is written.
    QVERIFY(QDir(folder).removeRecursively());
    QFile blocker(folder);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QVERIFY(!MarkdownExporter().write(figureReview(), path, options()).isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestFigureExport::customerVersionHasNoInternalFigure_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("audience: customer PDF") << QStringLiteral("pdf");
    QTest::newRow("audience: customer Markdown") << QStringLiteral("md");
}

void TestFigureExport::customerVersionHasNoInternalFigure()
{
    QFETCH(QString, format);
    const Review review = figureReview();
    const ExportOptions customer = options(ExportOptions::Audience::Customer);
    QString written;
    if (format == u"pdf") {
        const QString pdf = exportPdf(review, customer);
        QVERIFY(!pdf.isEmpty());
        written = text(pdf);
        // The public screenshot is the one image; the internal JPEG is not in the file.
        const QList<PdfImage> embedded = images(pdf);
        QCOMPARE(embedded.size(), 1);
        QCOMPARE(embedded.first().pixels, QSize(64, 40));
        // The public chart is drawn, numbered as the second figure of this version.
        QVERIFY2(written.contains(QStringLiteral("Public latency")), qPrintable(written));
        QVERIFY(written.contains(QStringLiteral("Figure 2: Latency as customers saw it")));
    } else {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("customer.md"));
        QCOMPARE(MarkdownExporter().write(review, path, customer), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        written = QString::fromUtf8(file.readAll());
        const QString folder = dir.filePath(QStringLiteral("customer.assets"));
        QCOMPARE(files(folder), (QStringList{QStringLiteral("figure-1.png"), QStringLiteral("figure-2.png")}));
        QFile image(QDir(folder).filePath(QStringLiteral("figure-1.png")));
        QVERIFY(image.open(QIODevice::ReadOnly));
        QVERIFY(image.readAll() == review.figures.at(0).image);
        QVERIFY(written.contains(QStringLiteral("*Figure 2: Latency as customers saw it*")));
        // No file of the folder holds the internal JPEG's bytes.
        for (const auto &name : files(folder)) {
            QFile asset(QDir(folder).filePath(name));
            QVERIFY(asset.open(QIODevice::ReadOnly));
            QVERIFY(asset.readAll() != review.figures.at(1).image);
        }
    }
    QVERIFY2(!written.contains(QStringLiteral("LEAK-MARKER")), qPrintable(written));
    QVERIFY(written.contains(QStringLiteral("Figure 1: Pool saturation on the database dashboard")));
    QVERIFY(!written.contains(QStringLiteral("Figure 3")));
}

void TestFigureExport::refusedWithoutRenderer_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("robustness: PDF without a chart renderer") << QStringLiteral("pdf");
    QTest::newRow("robustness: Markdown without a chart renderer") << QStringLiteral("md");
}

void TestFigureExport::refusedWithoutRenderer()
{
    QFETCH(QString, format);
    const std::unique_ptr<Exporter> exporter =
        format == u"pdf" ? std::unique_ptr<Exporter>(new PdfExporter) : std::unique_ptr<Exporter>(new MarkdownExporter);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("review.") + format);
    ExportOptions without;
    const QString error = exporter->write(figureReview(), path, without);
    QVERIFY2(error.contains(QStringLiteral("no chart renderer")), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(files(dir.path()), QStringList());

    // Without charts, nothing is missing.
    Review images = figureReview();
    images.figures.removeIf([](const Figure &figure) { return figure.kind == FigureKind::Chart; });
    QCOMPARE(exporter->write(images, path, without), QString());
}

void TestFigureExport::movedMilestoneMovesMarker()
{
    const Review review = tests::fullReview();
    const Figure &chart = review.figures.at(1);
    const QImage before = markdownChartImage(*m_renderer, chart, review);
    QCOMPARE(before.size(), QSize(1600, 800));
    // Deterministic: the same review draws the same pixels.
    QCOMPARE(markdownChartImage(*m_renderer, chart, review), before);

    // "Started" moves from 13:05 to 13:20: the chart in the export is drawn with the review as
    // it is now. The marker's place is where MetricChart, laid out at the image's 800 × 400,
    // says it is; the image shows the marker's dashed line there, and only after the move.
    Review moved = review;
    moved.timeline[0].time = moved.timeline[0].time.addSecs(15 * 60);
    const QImage after = markdownChartImage(*m_renderer, chart, moved);
    QVERIFY(after != before);

    const auto markerAt = [&chart](const Review &shown) {
        editor::MetricChart view;
        view.setData(MetricData{chart.series, chart.source, {}});
        view.setReview(shown);
        view.setTitle(chart.title);
        view.resize(800, 400);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return std::pair{-1.0, QRectF()};
        return std::pair{view.markerPosition(Milestone::Started).value_or(QPointF(-1, -1)).x(), view.plotArea()};
    };
    // How many pixels of the image's column at x (in the chart's 800 px), inside the plot, are
    // as dark as the marker's line.
    const auto darkPixels = [](const QImage &image, qreal x, const QRectF &plot) {
        int dark = 0;
        const qreal ratio = image.devicePixelRatio();
        const int column = qRound(x * ratio);
        for (int y = qRound(plot.top() * ratio) + 4; y < qRound(plot.bottom() * ratio) - 4; ++y) {
            bool found = false;
            for (int dx = -2; dx <= 2 && !found; ++dx)
                found = qGray(image.pixel(column + dx, y)) < 140;
            dark += found ? 1 : 0;
        }
        return dark;
    };
    const auto [oldX, oldPlot] = markerAt(review);
    const auto [newX, newPlot] = markerAt(moved);
    QVERIFY(oldX > 0 && newX > oldX + 100);
    QCOMPARE(newPlot, oldPlot);
    const int lineLength = qRound(oldPlot.height() * 2) - 8;
    // A dashed line: about half of its pixels, the dashes, are dark.
    QVERIFY2(darkPixels(before, oldX, oldPlot) > lineLength / 3,
             qPrintable(QString::number(darkPixels(before, oldX, oldPlot))));
    QVERIFY2(darkPixels(after, newX, newPlot) > lineLength / 3,
             qPrintable(QString::number(darkPixels(after, newX, newPlot))));
    QVERIFY2(darkPixels(before, newX, oldPlot) < lineLength / 10,
             qPrintable(QString::number(darkPixels(before, newX, oldPlot))));
    QVERIFY2(darkPixels(after, oldX, newPlot) < lineLength / 10,
             qPrintable(QString::number(darkPixels(after, oldX, newPlot))));
}

QTEST_MAIN(TestFigureExport)
#include "tst_figureexport.moc"
