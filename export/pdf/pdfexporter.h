// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace hindsight::exporting {

// The review as a PDF report: a title block with the severity, status, dates and key figures,
// every section in template order, the timeline and actions as tables that repeat their header
// on each page, running headers and footers that say which audience the document is for, "Page
// N of M", embedded fonts and clickable links. Each section's figures follow its text, numbered
// through the document with their captions; charts are drawn as vectors by
// ExportOptions::figureRenderer, and a review with charts is refused without one.
//
// Needs a QGuiApplication (fonts and text layout live in Qt Gui); without a display, run it
// with the offscreen platform. Under a plain QCoreApplication write() returns an error instead
// of aborting.
class PdfExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)

public:
    QString id() const override;
    QString name() const override;
    QStringList suffixes() const override;

protected:
    QString writeTo(const model::Review &review, const QString &path, const ExportOptions &options) const override;
};

} // namespace hindsight::exporting
