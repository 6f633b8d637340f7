// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"

#include <QByteArray>
#include <QCoreApplication>

namespace hindsight::importing {

// A postmortem written in Markdown, in the shapes teams really use, mapped onto the review
// template as docs/import.md describes: headings to sections by their synonyms, front matter and
// "**Severity:** SEV2" lines to the review's fields, the timeline from a table or a list, the
// actions from a table or a task list. What maps nowhere is kept in additional notes. The first
// impossible time or date ("25:61", "2023-02-30") refuses the document, naming its line.
ImportResult reviewFromMarkdown(const QByteArray &data);

class MarkdownImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownImporter)

public:
    QString id() const override;
    QString name() const override;
    QStringList suffixes() const override;
    ImportResult read(const QString &path) const override;
    ImportResult parse(const QByteArray &data) const override;
};

} // namespace hindsight::importing
