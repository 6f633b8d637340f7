// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "model/reviewfile.h"

#include <QDir>
#include <QFileInfo>

namespace hindsight::exporting {

QString Exporter::write(const model::Review &review, const QString &path, const ExportOptions &options) const
{
    if (const QString problem = outputProblem(path); !problem.isEmpty())
        return problem;
    return writeTo(review, path, options);
}

QString Exporter::outputProblem(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return {};
    if (info.isDir())
        return tr("Cannot write %1: it is a folder.").arg(shown);
    // A device or a named pipe: writing would not give a file, or would block.
    if (!info.isFile())
        return tr("Cannot write %1: it is not a regular file.").arg(shown);
    if (model::ReviewFile::isReview(path))
        return tr("Cannot write %1: it is a Hindsight review, and an export never replaces a review. Choose "
                  "another file name.")
            .arg(shown);
    return {};
}

} // namespace hindsight::exporting
