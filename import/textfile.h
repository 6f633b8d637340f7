// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hindsight::importing {

// The checks every text importer makes before parsing, so that a wrong file gets a message that
// says what it is instead of a parser error at line 1.
class TextFile final
{
    Q_DECLARE_TR_FUNCTIONS(TextFile)

public:
    // Larger input is refused: no review comes near it, and reading it would only hang the UI.
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;

    struct Read
    {
        QByteArray data;
        QString error; // for people; empty on success
    };
    // The file's bytes, or why they cannot be had. The size is checked before reading.
    static Read read(const QString &path);

    // Why data cannot be taken as UTF-8 text (empty, too large, binary, UTF-16, invalid UTF-8),
    // for people; empty when it can.
    static QString problem(const QByteArray &data);
    // data without a leading UTF-8 byte order mark.
    static QByteArray withoutByteOrderMark(const QByteArray &data);

    struct Position
    {
        int line = 1;   // from 1
        int column = 1; // from 1, in characters (code points)
    };
    // The line and column of a byte offset into UTF-8 text.
    static Position position(const QByteArray &utf8, qsizetype offset);
};

} // namespace hindsight::importing
