// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/redaction.h"
#include "model/types.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <memory>

namespace hindsight::exporting {

class FigureRenderer;

struct ExportOptions
{
    // Customer: only what is public, without contacts (see audience.h). Every exporter applies
    // it through reviewForAudience(), so redaction lives in one place.
    enum class Audience { Internal, Customer } audience = Audience::Internal;
    // The template's emoji in section headings; formats without headings ignore it.
    bool emoji = true;
    // For paged formats only.
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    // What the customer version replaces with placeholders (host names, addresses, names, the
    // user's patterns); ignored for the internal version. Check redaction.validate() first.
    RedactionRules redaction;
    // Draws the charts (see figurerenderer.h). The PDF and Markdown exporters refuse a review
    // whose output holds a chart when it is null, rather than leave the chart out.
    std::shared_ptr<const FigureRenderer> figureRenderer;
    // The internal Markdown and PDF end with the open comment threads (openThreadsAppendix());
    // the customer version never has them.
    bool openThreads = false;
};

// One output format. Made by FormatFactory; stateless, so one instance may write many reviews.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    virtual ~Exporter() = default;

    // Stable, never translated: the command line's --format value ("json").
    virtual QString id() const = 0;
    // For people, translated: "JSON interchange file".
    virtual QString name() const = 0;
    // File name suffixes without the dot, the preferred one first.
    virtual QStringList suffixes() const = 0;
    // Writes review to path, replacing the file only when the whole output was written. Returns
    // an error message for people, empty on success. Never touches the network. Refuses, for
    // every format, a path that is a Hindsight review (an export never replaces a review, its
    // own least of all) or that is not a regular file (a device or a pipe).
    QString write(const model::Review &review, const QString &path, const ExportOptions &options) const;

    // Why path cannot take an export, for people; empty when it can.
    static QString outputProblem(const QString &path);

protected:
    // The format's own writing, once the path is known to be fit for it.
    virtual QString writeTo(const model::Review &review, const QString &path, const ExportOptions &options) const = 0;
};

} // namespace hindsight::exporting
