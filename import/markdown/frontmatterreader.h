// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// Private to the Markdown import.
namespace hindsight::importing::mdimport {

class ReaderContext;

// A YAML scalar without its quotes and a trailing comment.
QString yamlScalar(QStringView value);

// YAML front matter: the block between a first line "---" and the next "---" or "...". It is not
// Markdown: it is read here, and the Markdown starts after it. Known keys set the review's fields
// (see MetadataFields); the others are kept as YAML in a note.
class FrontMatterReader final
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReader)

public:
    explicit FrontMatterReader(ReaderContext &context) : m_context(context) {}
    // The file line the Markdown body starts at: 1 without front matter.
    int read();

private:
    ReaderContext &m_context;
};

} // namespace hindsight::importing::mdimport
