// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"

#include <QByteArray>
#include <QCoreApplication>

// Private to the Markdown import: use reviewFromMarkdown() in markdownimporter.h.
namespace hindsight::importing::mdimport {

class ReaderContext;

// Reads one Markdown document into a review: the front matter, then the Markdown as cmark-gfm
// parses it, section by section, each by its reader sharing one ReaderContext. The first
// impossible time or date refuses the whole document; everything else is kept somewhere, at
// worst in an additional note.
class MarkdownReader final
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReader)

public:
    // besideFile: the text is a file's, whose local images attachLocalImages() takes in and
    // reports on; the reader then leaves them to it.
    static ImportResult read(const QByteArray &data, bool besideFile = false);

private:
    static void read(ReaderContext &context, bool besideFile);
    static void warnAboutLocalImages(ReaderContext &context);
    static void finish(ReaderContext &context);
};

} // namespace hindsight::importing::mdimport
