// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/documentcontent.h"
#include "export/documentfigures.h"
#include "export/exporter.h"
#include "model/metrics.h"
#include "model/types.h"

#include <QCoreApplication>
#include <QString>

namespace hindsight::exporting::html {

// Writes the page that HtmlExporter describes (see htmlexporter.h), section by section as the
// Markdown export writes its document.
class HtmlPage final
{
    Q_DECLARE_TR_FUNCTIONS(HtmlExporter)

public:
    // review as its audience sees it (reviewForAudience()); it must outlive the page.
    HtmlPage(const model::Review &review, const ExportOptions &options);

    // The whole page, or an empty string with error() set when a figure cannot be drawn.
    QString write();
    const QString &error() const { return m_error; }

private:
    void line(const QString &text);
    void nothingRecorded();
    void head(const QString &title);
    void titleBlock(const QString &title);
    QString keyFigures() const;
    void milestones();
    void section(model::SectionKey key);
    void facts(const QList<std::pair<QString, QString>> &rows);
    void text(const QString &markdown);
    void subheading(const QString &emoji, const QString &label);
    void authors();
    void impact();
    void timeline();
    void lessons();
    void actions();
    void figures(model::SectionKey key);
    QString timeCell(const QDateTime &time, model::TimePrecision precision) const;
    static QString tableRow(const QStringList &cells, const QStringList &classes = {});
    static QString headerRow(const QStringList &labels);

    const model::Review &m_review;
    const ExportOptions m_options;
    const bool m_customer;
    // Whether names are shown in the timeline's and the actions' columns.
    const bool m_people;
    const model::Metrics m_metrics;
    const DocumentFigures m_figures;
    const DocumentContent m_content;
    QString m_out;
    QString m_error;
};

} // namespace hindsight::exporting::html
