// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>

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
    if (format.isEmpty() || !size.isValid() || size.isEmpty()) {
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

QString FigureImages::suffix(const QByteArray &data)
{
    const auto format = inspect(data).format;
    if (format == "jpeg")
        return QStringLiteral("jpg");
    return format.isEmpty() ? QStringLiteral("bin") : QString::fromLatin1(format);
}

} // namespace hindsight::model
