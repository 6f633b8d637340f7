// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

namespace hindsight::exporting {

// An export's file: it replaces what was there only once it is whole (QSaveFile), and says why
// when it cannot be written. Qt loses the reason of a write that stops part-way (a full disk, a
// file size limit): it returns a short count without an error, and then reads "Unknown error";
// writing the rest again gets the system's reason.
class OutputFile final
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
    Q_DISABLE_COPY_MOVE(OutputFile)

public:
    explicit OutputFile(const QString &path);

    // Each returns empty on success, else a sentence for people: "Cannot write PATH: REASON."
    // Without commit(), nothing is written.
    QString open();
    QString write(const QByteArray &bytes);
    QString commit();

    // Writes all of bytes to a file opened unbuffered; returns the reason it could not, empty on
    // success.
    static QString writeAll(QFileDevice &file, const QByteArray &bytes);

private:
    QString failure(const QString &reason) const;

    QString m_path;
    QSaveFile m_file;
};

} // namespace hindsight::exporting
