// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "untitledstore.h"

#include "model/reviewfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace hindsight::app::untitled {

QString folder()
{
    const QString path =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/untitled");
    QDir().mkpath(path);
    return path;
}

QString newPath()
{
    const QDir dir(folder());
    const auto stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    auto path = dir.filePath(QStringLiteral("untitled-%1.hindsight").arg(stamp));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("untitled-%1-%2.hindsight").arg(stamp).arg(n));
    return path;
}

bool isUntitled(const QString &path)
{
    return QFileInfo(path).absolutePath() == QFileInfo(folder()).absoluteFilePath();
}

QStringList leftovers()
{
    QStringList paths;
    const auto entries = QDir(folder()).entryInfoList({QStringLiteral("*.hindsight")}, QDir::Files, QDir::Time);
    for (const auto &entry : entries) {
        // One that another running Hindsight holds is that window's business, not a leftover.
        auto opened = model::ReviewFile::open(entry.absoluteFilePath(), model::ReviewFile::Mode::ReadWrite);
        if (opened.file && opened.readOnlyReason.isEmpty())
            paths.append(entry.absoluteFilePath());
    }
    return paths;
}

void remove(const QString &path)
{
    for (const auto &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace hindsight::app::untitled
