// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"
#include "model/types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hindsight::exporting {

// The figures of an exported document, in the order it shows them: section by section in
// template order, each section's figures in the review's list order, after the section's text.
// They are numbered from 1 through the document, so the customer version, which has fewer,
// numbers its own.
class DocumentFigures
{
    Q_DECLARE_TR_FUNCTIONS(DocumentFigures)

public:
    struct Numbered
    {
        int number = 0;
        model::Figure figure;
    };

    // review as the document shows it (reviewForAudience()).
    explicit DocumentFigures(const model::Review &review);

    const QList<Numbered> &all() const { return m_figures; }
    QList<Numbered> inSection(model::SectionKey key) const;
    bool hasCharts() const;

    // "Figure 3", the caption's start.
    static QString numberLabel(int number);
    // "Figure 3: Errors fell once the change was reverted", or "Figure 3" without a caption.
    static QString caption(int number, const QString &caption);

    // Why the document written to path cannot hold its charts: it has some and options gives no
    // renderer. For people; empty when nothing is missing. Exporters refuse rather than leave
    // charts out, which would publish a review without the evidence it refers to.
    QString missingRenderer(const ExportOptions &options, const QString &path) const;

private:
    QList<Numbered> m_figures;
};

} // namespace hindsight::exporting
