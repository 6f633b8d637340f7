// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexporter.h"

#include "export/audience.h"
#include "export/documentfigures.h"
#include "export/outputfile.h"
#include "reportlayout.h"
#include "reproduciblepdf.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHashSeed>
#include <QPainter>
#include <QPdfWriter>

namespace hindsight::exporting {

namespace {

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
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        writer.setTitle(shown.title.trimmed().isEmpty() ? tr("Incident review") : shown.title);
        writer.setCreator(QStringLiteral("Hindsight"));
        const pdf::ReportLayout layout(shown, options, &writer);

        QPainter painter;
        if (!painter.begin(&writer))
            return tr("Cannot write %1: the PDF could not be started.").arg(path);
        painter.setRenderHint(QPainter::Antialiasing);
        for (int index = 0; index < layout.pageCount(); ++index) {
            if (index > 0 && !writer.newPage())
                return tr("Cannot write %1: a new page could not be started.").arg(path);
            layout.paintPage(painter, index);
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
