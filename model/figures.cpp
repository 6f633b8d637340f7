// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QLocale>

#include <optional>

namespace hindsight::model {

ImageInfo FigureImages::inspect(const QByteArray &data, const QString &name)
{
    ImageInfo info;
    const QString what = name.isEmpty() ? tr("The image") : QStringLiteral("“%1”").arg(name);
    if (data.isEmpty()) {
        info.error = tr("%1 is empty.").arg(what);
        return info;
    }
    if (data.size() > MaxBytes) {
        info.error = tooLarge(what, data.size());
        return info;
    }
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const auto format = reader.format();
    auto size = reader.canRead() ? reader.size() : QSize();
    if (!format.isEmpty() && reader.canRead() && !size.isValid())
        size = reader.read().size(); // a format whose header does not give the size
    // The formats the documentation names and the package installs the plug-ins for, and no
    // others: Qt also reads XPM, PPM or SVG, which a review then could not promise to show on
    // another system.
    static const QList<QByteArray> kept = {"png", "jpeg", "gif", "bmp", "webp"};
    if (!kept.contains(format) || !size.isValid() || size.isEmpty()) {
        info.error = tr("%1 is not an image Hindsight can show (PNG, JPEG, GIF, BMP or WebP).").arg(what);
        return info;
    }
    info.format = format;
    info.size = size;
    return info;
}

QString FigureImages::tooLarge(const QString &what, qint64 size)
{
    const QLocale locale;
    return tr("%1 is too large (%2; a review keeps images up to %3).")
        .arg(what, locale.formattedDataSize(size), locale.formattedDataSize(MaxBytes));
}

FigureImages::ReadFile FigureImages::readFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = QStringLiteral("“%1”").arg(info.fileName());
    if (!info.isFile())
        return {{}, tr("%1 is not a regular file; only image files are read.").arg(name)};
    if (info.size() > MaxBytes)
        return {{}, tooLarge(name, info.size())};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, tr("Could not read %1: %2").arg(name, file.errorString())};
    auto bytes = file.readAll();
    if (bytes.isEmpty() && file.error() != QFileDevice::NoError)
        return {{}, tr("Could not read %1: %2").arg(name, file.errorString())};
    return {bytes, {}};
}

namespace {

quint32 bigEndian32(const QByteArray &data, qsizetype at)
{
    return quint32(uchar(data[at])) << 24 | quint32(uchar(data[at + 1])) << 16 | quint32(uchar(data[at + 2])) << 8 |
           quint32(uchar(data[at + 3]));
}

// PNG: a signature, then chunks of length, type, data and CRC. Ancillary chunks that hold text,
// times or EXIF go; everything that draws the image stays as it was.
std::optional<QByteArray> pngWithoutMetadata(const QByteArray &data)
{
    static const QList<QByteArray> dropped = {"tEXt", "zTXt", "iTXt", "eXIf", "tIME"};
    constexpr qsizetype signatureSize = 8;
    QByteArray result = data.left(signatureSize);
    qsizetype at = signatureSize;
    while (at + 12 <= data.size()) {
        const qint64 length = bigEndian32(data, at);
        const qint64 chunkSize = 12 + length;
        if (length > 0x7fffffff || at + chunkSize > data.size())
            return std::nullopt;
        const QByteArray type = data.mid(at + 4, 4);
        if (!dropped.contains(type))
            result += data.mid(at, chunkSize);
        at += chunkSize;
        if (type == "IEND")
            return result;
    }
    return std::nullopt;
}

// JPEG: segments of marker and length up to the start of the scan, then the compressed data.
// APP1 (EXIF, XMP), APP12, APP13 (IPTC) and comments go; JFIF, ICC profiles and Adobe's colour
// segment stay, since they change how the pixels look.
std::optional<QByteArray> jpegWithoutMetadata(const QByteArray &data)
{
    QByteArray result = data.left(2); // start of image
    qsizetype at = 2;
    while (at + 4 <= data.size()) {
        if (uchar(data[at]) != 0xFF)
            return std::nullopt;
        const uchar marker = uchar(data[at + 1]);
        if (marker == 0xDA) // start of scan: the rest is image data
            return result + data.mid(at);
        const qsizetype length = qsizetype(uchar(data[at + 2])) << 8 | uchar(data[at + 3]);
        if (length < 2 || at + 2 + length > data.size())
            return std::nullopt;
        const bool metadata = marker == 0xE1 || marker == 0xEC || marker == 0xED || marker == 0xFE;
        if (!metadata)
            result += data.mid(at, 2 + length);
        at += 2 + length;
    }
    return std::nullopt;
}

QByteArray firstFrameAsPng(const QByteArray &data)
{
    const QImage image = QImage::fromData(data);
    if (image.isNull())
        return data;
    // QImage keeps the text it read from the file, and the PNG writer would write it back: a new
    // image over the same pixels has none.
    QImage clean(image.constBits(), image.width(), image.height(), image.bytesPerLine(), image.format());
    clean.setColorTable(image.colorTable());
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!clean.save(&buffer, "PNG"))
        return data;
    return png;
}

} // namespace

QByteArray FigureImages::withoutMetadata(const QByteArray &data)
{
    const auto format = inspect(data).format;
    std::optional<QByteArray> stripped;
    if (format == "png")
        stripped = pngWithoutMetadata(data);
    else if (format == "jpeg")
        stripped = jpegWithoutMetadata(data);
    else if (format == "bmp")
        return data; // BMP has no place for metadata
    else if (format.isEmpty())
        return data;
    if (stripped)
        return *stripped;
    // GIF, WebP, and PNG or JPEG files whose structure the byte walk does not follow.
    return firstFrameAsPng(data);
}

QString FigureImages::suffix(const QByteArray &data)
{
    const auto format = inspect(data).format;
    if (format == "jpeg")
        return QStringLiteral("jpg");
    return format.isEmpty() ? QStringLiteral("bin") : QString::fromLatin1(format);
}

} // namespace hindsight::model
