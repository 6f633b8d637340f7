// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureinput.h"

#include "model/figures.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QMimeData>
#include <QUrl>

#include <algorithm>

namespace hindsight::editor {

namespace {

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

} // namespace

bool FigureInput::isImageFile(const QString &path)
{
    static const QStringList suffixes{QStringLiteral("png"), QStringLiteral("jpg"),  QStringLiteral("jpeg"),
                                      QStringLiteral("gif"), QStringLiteral("webp"), QStringLiteral("bmp"),
                                      QStringLiteral("svg")};
    return suffixes.contains(suffixOf(path));
}

bool FigureInput::isMetricsFile(const QString &path)
{
    // Not .txt: a text file dropped on a text field is more likely notes than metrics.
    static const QStringList suffixes{QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("json")};
    return suffixes.contains(suffixOf(path));
}

QString FigureInput::imageFilter()
{
    return tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg);;All files (*)");
}

QString FigureInput::metricsFilter()
{
    return tr("Metrics files (*.csv *.tsv *.json);;CSV files (*.csv *.tsv);;Prometheus answers (*.json);;All files "
              "(*)");
}

QStringList FigureInput::localFiles(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const auto &url : data->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

bool FigureInput::hasFigureFiles(const QMimeData *data)
{
    const auto files = localFiles(data);
    return std::any_of(files.cbegin(), files.cend(),
                       [](const QString &path) { return isImageFile(path) || isMetricsFile(path); });
}

bool FigureInput::hasPastedImage(const QMimeData *data)
{
    if (!data || (data->hasText() && !data->text().trimmed().isEmpty()))
        return false;
    if (data->hasImage())
        return true;
    const auto formats = data->formats();
    return std::any_of(formats.cbegin(), formats.cend(),
                       [](const QString &format) { return format.startsWith(QLatin1String("image/")); });
}

QByteArray FigureInput::pastedImageBytes(const QMimeData *data)
{
    if (!data)
        return {};
    // The bytes as the source application wrote them, PNG first: nothing is lost or re-encoded.
    auto formats = data->formats();
    std::stable_partition(formats.begin(), formats.end(),
                          [](const QString &format) { return format == QLatin1String("image/png"); });
    for (const auto &format : std::as_const(formats)) {
        if (!format.startsWith(QLatin1String("image/")))
            continue;
        const auto bytes = data->data(format);
        if (!bytes.isEmpty() && model::FigureImages::inspect(bytes).isValid())
            return bytes;
    }
    const auto image = qvariant_cast<QImage>(data->imageData());
    if (image.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace hindsight::editor
