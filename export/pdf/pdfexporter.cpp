// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexporter.h"

#include "export/audience.h"
#include "export/documentfigures.h"
#include "export/outputfile.h"
#include "pageflow.h"
#include "pdfstyle.h"
#include "reportbuilder.h"
#include "reproduciblepdf.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHashSeed>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace hindsight::exporting {

namespace {

// Text and vector graphics are positioned to 1/1200 inch, so glyph advances keep their design
// spacing; the resolution does not rasterise anything.
constexpr int Resolution = 1200;

// Page margins in points: generous, with room for the running header and footer and for the
// headings' emoji hanging to the left of the text.
constexpr qreal MarginSide = 58;
constexpr qreal MarginTop = 74;
constexpr qreal MarginBottom = 68;

class DeterministicHashes
{
public:
    DeterministicHashes() { QHashSeed::setDeterministicGlobalSeed(); }
    ~DeterministicHashes() { QHashSeed::resetRandomGlobalSeed(); }
    Q_DISABLE_COPY_MOVE(DeterministicHashes)
};

} // namespace

QString PdfExporter::id() const
{
    return QStringLiteral("pdf");
}

QString PdfExporter::name() const
{
    return tr("PDF report");
}

QStringList PdfExporter::suffixes() const
{
    return {QStringLiteral("pdf")};
}

QString PdfExporter::writeTo(const model::Review &review, const QString &path, const ExportOptions &options) const
{
    // Without a QGuiApplication, Qt aborts the process at the first font it looks up.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return tr("Cannot write %1: PDF export needs the graphical part of Qt; start the program with a "
                  "QGuiApplication (the offscreen platform works without a display).")
            .arg(path);
    // The "minimal" platform, for one, offers no fonts: the PDF would have no text at all.
    if (QFontDatabase::families().isEmpty())
        return tr("Cannot write %1: no fonts are available to the platform \"%2\"; install a font (DejaVu Sans) "
                  "or use the offscreen platform.")
            .arg(path, QGuiApplication::platformName());
    const model::Review shown = reviewForAudience(review, options);
    if (const QString missing = DocumentFigures(shown).missingRenderer(options, path); !missing.isEmpty())
        return missing;

    OutputFile file(path);
    if (auto error = file.open(); !error.isEmpty())
        return error;
    // Written to memory first, where the clock's date is replaced and a document id added
    // before the file gets the bytes.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        // QPdfWriter numbers the embedded fonts in the order of a QHash, which the process's
        // random hash seed shuffles from one run to the next; a fixed seed while the report is
        // written keeps the order, and so the bytes, the same. The random seed guards hashes
        // against keys crafted to collide; the hashes made meanwhile hold fonts and glyphs.
        const DeterministicHashes deterministic;
        QPdfWriter writer(&buffer);
        writer.setResolution(Resolution);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        writer.setTitle(shown.title.trimmed().isEmpty() ? tr("Incident review") : shown.title);
        writer.setCreator(QStringLiteral("Hindsight"));
        const QPageSize pageSize(options.pageSize);
        writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(), QPageLayout::Point));

        const pdf::PdfStyle style(&writer);
        const QSizeF points = pageSize.size(QPageSize::Point);
        const QRectF page(0, 0, style.pt(points.width()), style.pt(points.height()));
        const QRectF body =
            page.adjusted(style.pt(MarginSide), style.pt(MarginTop), -style.pt(MarginSide), -style.pt(MarginBottom));
        pdf::PageFlow flow(body);
        pdf::ReportBuilder builder(shown, options, style, &writer, flow);
        builder.build();

        QPainter painter;
        if (!painter.begin(&writer))
            return tr("Cannot write %1: the PDF could not be started.").arg(path);
        painter.setRenderHint(QPainter::Antialiasing);
        const int count = flow.pageCount();
        for (int index = 0; index < count; ++index) {
            if (index > 0 && !writer.newPage())
                return tr("Cannot write %1: a new page could not be started.").arg(path);
            builder.paintPageFrame(painter, body, index, count);
            flow.paintPage(painter, index);
        }
        if (!painter.end())
            return tr("Cannot write %1: the PDF could not be finished.").arg(path);
    }
    const QByteArray reproducible = pdf::makeReproducible(bytes, pdf::reportDate(shown));
    if (auto error = file.write(reproducible); !error.isEmpty())
        return error;
    return file.commit();
}

} // namespace hindsight::exporting
