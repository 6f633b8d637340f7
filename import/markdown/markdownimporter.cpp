// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownimporter.h"

#include "import/markdown/localimages.h"
#include "import/markdown/markdownreader.h"
#include "import/textfile.h"

#include <QFileInfo>

namespace hindsight::importing {

ImportResult reviewFromMarkdown(const QByteArray &data)
{
    return mdimport::MarkdownReader::read(data);
}

QString MarkdownImporter::id() const
{
    return QStringLiteral("md");
}

QString MarkdownImporter::name() const
{
    return tr("Markdown postmortem");
}

QStringList MarkdownImporter::suffixes() const
{
    return {QStringLiteral("md"), QStringLiteral("markdown")};
}

ImportResult MarkdownImporter::read(const QString &path) const
{
    auto file = TextFile::read(path);
    if (!file.error.isEmpty())
        return {std::nullopt, file.error, {}};
    auto result = mdimport::MarkdownReader::read(file.data, true);
    // Only a file has a folder that images can be beside.
    if (result.review)
        mdimport::attachLocalImages(*result.review, QFileInfo(path).dir(), result.warnings);
    return result;
}

ImportResult MarkdownImporter::parse(const QByteArray &data) const
{
    return reviewFromMarkdown(data);
}

} // namespace hindsight::importing
