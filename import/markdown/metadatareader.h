// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/markdown/markdownsource.h"
#include "import/markdown/metadatafields.h"

// Private to the Markdown import.
namespace hindsight::importing::mdimport {

class ReaderContext;

// What stands before the first section: "**Severity:** SEV2" lines, lists and tables of them,
// "All times in UTC.", the export's line of key figures, "**Authors:**" with a list below it,
// and "**Root causes:** …" paragraphs, which are sections written on one line. What it reads is
// taken out of the introduction.
class MetadataReader final
{
public:
    explicit MetadataReader(ReaderContext &context) : m_context(context), m_fields(context) {}
    void read();

private:
    bool apply(const TextLine &line);
    bool readKeyFigures(QStringView line);
    bool readInlineSection(cmark_node *paragraph);
    void readTable(cmark_node *table);

    ReaderContext &m_context;
    MetadataFields m_fields;
};

} // namespace hindsight::importing::mdimport
