// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonimporter.h"

#include "import/json/jsonreader.h"
#include "import/textfile.h"

namespace hindsight::importing {

ImportResult reviewFromJson(const QByteArray &data)
{
    return JsonReader::read(data);
}

QString JsonImporter::id() const
{
    return QStringLiteral("json");
}

QString JsonImporter::name() const
{
    return tr("JSON interchange file");
}

QStringList JsonImporter::suffixes() const
{
    return {QStringLiteral("json")};
}

ImportResult JsonImporter::read(const QString &path) const
{
    auto file = TextFile::read(path);
    if (!file.error.isEmpty())
        return {std::nullopt, file.error, {}};
    return parse(file.data);
}

ImportResult JsonImporter::parse(const QByteArray &data) const
{
    return reviewFromJson(data);
}

} // namespace hindsight::importing
