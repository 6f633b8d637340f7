// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetfolder.h"

#include "export/outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace hindsight::exporting {

AssetFolder::AssetFolder(QString path) : m_path(QDir::cleanPath(std::move(path))) {}

AssetFolder::~AssetFolder()
{
    if (m_installed && !m_finished)
        rollBack();
    if (!m_staging.isEmpty() && QFileInfo(m_staging).isDir())
        QDir(m_staging).removeRecursively();
}

bool AssetFolder::isExportFileName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^figure-\\d+\\.[A-Za-z0-9]+$"));
    return pattern.match(name).hasMatch();
}

QString AssetFolder::freeNameBeside(const QString &purpose) const
{
    const QFileInfo info(m_path);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString candidate =
            info.dir().filePath(QLatin1Char('.') + info.fileName() + QLatin1Char('.') + purpose + QLatin1Char('-') +
                                QString::number(QRandomGenerator::global()->generate(), 36));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

QString AssetFolder::prepare(bool withFiles)
{
    const QFileInfo info(m_path);
    // A link is someone's own arrangement: replacing it would delete files in its target.
    if (info.isSymLink() || (info.exists() && !info.isDir()))
        return tr("%1 exists and is not a folder; move it or export under another name.")
            .arg(QDir::toNativeSeparators(m_path));
    if (info.isDir()) {
        const auto entries =
            QDir(m_path).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const auto &entry : entries) {
            if (!entry.isFile() || entry.isSymLink() || !isExportFileName(entry.fileName()))
                return tr("the folder %1 holds “%2”, which an export did not write; move it or export under "
                          "another name.")
                    .arg(QDir::toNativeSeparators(m_path), entry.fileName());
        }
    }
    if (!withFiles)
        return {};
    m_staging = freeNameBeside(QStringLiteral("new"));
    if (m_staging.isEmpty() || !QDir().mkdir(m_staging)) {
        m_staging.clear();
        return tr("the folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_path));
    }
    return {};
}

QString AssetFolder::add(const QString &fileName, const QByteArray &bytes)
{
    QFile file(QDir(m_staging).filePath(fileName));
    // Named by where it goes: the folder it is written in first is a passing one.
    const QString shown = QDir::toNativeSeparators(QDir(m_path).filePath(fileName));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return tr("%1 cannot be written: %2.").arg(shown, file.errorString());
    if (const QString reason = OutputFile::writeAll(file, bytes); !reason.isEmpty())
        return tr("%1 cannot be written: %2.").arg(shown, reason);
    return {};
}

QString AssetFolder::install()
{
    if (QFileInfo(m_path).isDir()) {
        m_backup = freeNameBeside(QStringLiteral("old"));
        if (m_backup.isEmpty() || !QDir().rename(m_path, m_backup)) {
            m_backup.clear();
            return tr("the folder %1 cannot be replaced.").arg(QDir::toNativeSeparators(m_path));
        }
    }
    m_installed = true;
    if (!m_staging.isEmpty()) {
        if (!QDir().rename(m_staging, m_path)) {
            rollBack();
            return tr("the folder %1 cannot be written.").arg(QDir::toNativeSeparators(m_path));
        }
        m_staging.clear();
    }
    return {};
}

void AssetFolder::rollBack()
{
    if (!m_installed)
        return;
    m_installed = false;
    if (m_staging.isEmpty() && QFileInfo(m_path).isDir())
        QDir(m_path).removeRecursively();
    if (!m_backup.isEmpty() && QDir().rename(m_backup, m_path))
        m_backup.clear();
}

void AssetFolder::finish()
{
    m_finished = true;
    if (!m_backup.isEmpty())
        QDir(m_backup).removeRecursively();
    m_backup.clear();
}

} // namespace hindsight::exporting
