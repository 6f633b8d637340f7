// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/html/htmlexporter.h"
#include "export/json/jsonformat.h"
#include "export/markdown/markdownexporter.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight::exporting;
using namespace hindsight::model;

namespace {

const QByteArray marker = "katrin.meier@db-prod-3.internal";

// A public screenshot in a public section whose PNG names a person and a host in its text
// chunks, as a screenshot tool writes them.
Review reviewWithScreenshot()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    image.setText(QStringLiteral("Author"), QString::fromLatin1(marker));
    image.setText(QStringLiteral("Comment"), QStringLiteral("captured on ") + QString::fromLatin1(marker));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");

    Review review;
    review.title = QStringLiteral("Checkout errors");
    review.visibility[int(SectionKey::Resolution)] = Visibility::Public;
    Figure figure;
    figure.section = SectionKey::Resolution;
    figure.visibility = Visibility::Public;
    figure.caption = QStringLiteral("Error rate back to normal");
    figure.image = png;
    review.figures.append(figure);
    return review;
}

QByteArray allFilesUnder(const QString &folder)
{
    QByteArray bytes;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace

class tst_CustomerImages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imageMetadataLeak_data();
    void imageMetadataLeak();
};

// Defect: PNG text chunks (and JPEG EXIF/XMP) of a public image reached the customer Markdown
// assets and the customer JSON unchanged. The internal versions keep the image as given; the HTML
// page, which holds its images, follows the same rule.
void tst_CustomerImages::imageMetadataLeak_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("customer");

    QTest::newRow("customer Markdown assets") << QStringLiteral("md") << true;
    QTest::newRow("customer JSON") << QStringLiteral("json") << true;
    QTest::newRow("customer HTML") << QStringLiteral("html") << true;
    QTest::newRow("internal Markdown assets keep the image as given") << QStringLiteral("md") << false;
    QTest::newRow("internal JSON keeps the image as given") << QStringLiteral("json") << false;
    QTest::newRow("internal HTML keeps the image as given") << QStringLiteral("html") << false;
}

void tst_CustomerImages::imageMetadataLeak()
{
    QFETCH(QString, format);
    QFETCH(bool, customer);
    const Review review = reviewWithScreenshot();
    QVERIFY(review.figures.first().image.contains(marker));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ExportOptions options;
    options.audience = customer ? ExportOptions::Audience::Customer : ExportOptions::Audience::Internal;
    QByteArray written;
    if (format == u"md") {
        const QString error = MarkdownExporter().write(review, dir.filePath(QStringLiteral("review.md")), options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        written = allFilesUnder(dir.path());
        QVERIFY2(written.contains("\x89PNG"), "the image is exported as an asset");
    } else if (format == u"html") {
        const QByteArray page = reviewToHtml(review, options).html;
        // The image travels inside the page as a data: URI: look at its decoded bytes.
        const QByteArray prefix = "<img src=\"data:image/png;base64,";
        const auto start = page.indexOf(prefix) + prefix.size();
        QVERIFY(start > prefix.size());
        written = QByteArray::fromBase64(page.mid(start, page.indexOf('"', start) - start));
        QVERIFY(written.startsWith("\x89PNG"));
    } else {
        written = reviewToJson(review, options);
        // The image travels as Base64: look at its decoded bytes.
        const auto start = written.indexOf("\"image\": \"") + 10;
        QVERIFY(start > 10);
        written = QByteArray::fromBase64(written.mid(start, written.indexOf('"', start) - start));
        QVERIFY(written.startsWith("\x89PNG"));
    }
    QCOMPARE(written.contains(marker), !customer);
}

QTEST_MAIN(tst_CustomerImages)
#include "tst_customerimages.moc"
