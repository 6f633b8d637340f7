// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include <QDir>
#include <QFileInfo>

namespace hindsight::exporting {

namespace {

// Qt's reason, or a plain one when Qt has none.
QString reasonOf(const QFileDevice &file)
{
    return file.error() == QFileDevice::NoError ? OutputFile::tr("the file could not be written in full")
                                                : file.errorString();
}

} // namespace

OutputFile::OutputFile(const QString &path) : m_path(path), m_file(path) {}

QString OutputFile::failure(const QString &reason) const
{
    QString sentence = reason;
    if (!sentence.endsWith(QLatin1Char('.')))
        sentence.append(QLatin1Char('.'));
    return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), sentence);
}

QString OutputFile::open()
{
    // Unbuffered: a write fails where it fails, not later in commit(), where Qt drops the reason.
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return {};
    // The system says "No such file or directory" for a folder that is missing: which one?
    const QFileInfo folder(QFileInfo(m_path).absolutePath());
    if (!folder.exists())
        return failure(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.filePath())));
    if (!folder.isDir())
        return failure(tr("%1 is a file, not a folder").arg(QDir::toNativeSeparators(folder.filePath())));
    return failure(reasonOf(m_file));
}

QString OutputFile::write(const QByteArray &bytes)
{
    if (const QString reason = writeAll(m_file, bytes); !reason.isEmpty())
        return failure(reason);
    return {};
}

QString OutputFile::commit()
{
    if (!m_file.commit())
        return failure(reasonOf(m_file));
    return {};
}

QString OutputFile::writeAll(QFileDevice &file, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qint64 written = file.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0)
            return reasonOf(file);
        done += written;
    }
    return {};
}

} // namespace hindsight::exporting
