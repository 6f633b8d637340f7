// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

// What every part of Hindsight needs to know about a figure's image: whether some bytes are an
// image at all, what kind, and how large. Qt Gui only (QImageReader), so storage, importers and
// exporters check images the same way the editor does.
namespace hindsight::model {

struct ImageInfo
{
    QByteArray format; // "png", "jpeg", "gif", "webp", "bmp", "svg"; empty when not an image
    QSize size;        // in pixels, as the file says
    QString error;     // set when the bytes are not an image this build can show, for people
    bool isValid() const { return error.isEmpty(); }
};

class FigureImages
{
    Q_DECLARE_TR_FUNCTIONS(FigureImages)

public:
    // The largest image kept in a review: screenshots of a 5K screen are well below it.
    static constexpr qsizetype MaxBytes = 32 * 1024 * 1024;

    // Reads only the header: cheap even for a large screenshot. name (a file name or "the
    // pasted image") is quoted in the error.
    static ImageInfo inspect(const QByteArray &data, const QString &name = {});
    // The file name suffix for the image's format ("png", "jpg"), for exported assets.
    static QString suffix(const QByteArray &data);
    // The image without what a file says besides its pixels: PNG text, time and EXIF chunks, and
    // JPEG's EXIF, XMP, IPTC and comment segments, removed without decoding (the pixels stay
    // byte for byte); GIF and WebP, whose metadata is interleaved with their frames, as a PNG of
    // their first frame. For the customer version, which must not carry an author's name or a
    // host name in an image's metadata. Bytes that are not a kept image come back unchanged.
    static QByteArray withoutMetadata(const QByteArray &data);

    struct ReadFile
    {
        QByteArray bytes;
        QString error; // for people; bytes is empty when set
    };
    // An image file's bytes, refused unread when larger than a review keeps. The bytes are not
    // checked: inspect() them.
    static ReadFile readFile(const QString &path);

private:
    static QString tooLarge(const QString &what, qint64 size);
};

} // namespace hindsight::model
