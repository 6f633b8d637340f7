// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfile.h"

#include <QFile>
#include <QFileInfo>

namespace hindsight::importing {

namespace {

constexpr char byteOrderMark[] = "\xEF\xBB\xBF";

bool isContinuation(uchar byte)
{
    return (byte & 0xC0) == 0x80;
}

// The offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF), or -1.
qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uint codePoint = 0;
        uint minimum = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            codePoint = lead & 0x1F;
            minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            codePoint = lead & 0x0F;
            minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            codePoint = lead & 0x07;
            minimum = 0x10000;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if (!isContinuation(bytes[i + k]))
                return i;
            codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

QString sizeInMegabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1);
}

} // namespace

TextFile::Read TextFile::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {{}, tr("%1 does not exist.").arg(path)};
    if (info.isDir())
        return {{}, tr("%1 is a folder, not a file.").arg(path)};
    // A named pipe or a device would keep the reader waiting, maybe forever.
    if (!info.isFile())
        return {{}, tr("%1 is not a regular file; only files are read.").arg(path)};
    // Checked before opening: a huge file must not be read into memory just to be refused.
    if (info.size() > MaxBytes) {
        return {{},
                tr("%1 is too large (%2 MB); files over %3 MB are not read.")
                    .arg(path, sizeInMegabytes(info.size()), QString::number(MaxBytes / (1024 * 1024)))};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, tr("Cannot open %1: %2").arg(path, file.errorString())};
    // Read one byte more than allowed, in case the file grew after the size check.
    QByteArray data = file.read(MaxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return {{}, tr("Cannot read %1: %2").arg(path, file.errorString())};
    return {std::move(data), {}};
}

QString TextFile::problem(const QByteArray &data)
{
    if (data.size() > MaxBytes) {
        return tr("The input is too large (%1 MB); more than %2 MB is not read.")
            .arg(sizeInMegabytes(data.size()), QString::number(MaxBytes / (1024 * 1024)));
    }
    if (data.trimmed().isEmpty())
        return data.isEmpty() ? tr("The file is empty.") : tr("The file holds only white space.");
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return tr("The file is UTF-16 text; save it as UTF-8 and try again.");
    // Text never holds a zero byte; nearly every binary format does, in its first few bytes.
    if (const auto zero = data.indexOf('\0'); zero >= 0)
        return tr("This is a binary file, not a text file (a zero byte at offset %1).").arg(zero);
    const QByteArray text = withoutByteOrderMark(data);
    if (const auto invalid = firstInvalidUtf8(text); invalid >= 0) {
        const auto at = position(text, invalid);
        return tr("Line %1, column %2: byte 0x%3 is not UTF-8; the file must be UTF-8 text.")
            .arg(at.line)
            .arg(at.column)
            .arg(uint(uchar(text.at(invalid))), 2, 16, QLatin1Char('0'));
    }
    return {};
}

QByteArray TextFile::withoutByteOrderMark(const QByteArray &data)
{
    return data.startsWith(byteOrderMark) ? data.sliced(3) : data;
}

TextFile::Position TextFile::position(const QByteArray &utf8, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, utf8.size());
    Position at;
    for (qsizetype i = 0; i < offset; ++i) {
        const char byte = utf8.at(i);
        if (byte == '\n') {
            ++at.line;
            at.column = 1;
        } else if (!isContinuation(uchar(byte))) {
            ++at.column;
        }
    }
    return at;
}

} // namespace hindsight::importing
