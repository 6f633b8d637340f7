// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QMimeData;

namespace hindsight::editor {

// What a paste, a drop or a file dialog offers the figures of a section, read without touching
// the review: image bytes to keep as they are, metrics files to chart, files that are neither.
class FigureInput final
{
    Q_DECLARE_TR_FUNCTIONS(FigureInput)

public:
    // By suffix, as file dialogs and drops name them.
    static bool isImageFile(const QString &path);
    static bool isMetricsFile(const QString &path);
    // The filters of an "Add image" and an "Add chart" file dialog.
    static QString imageFilter();
    static QString metricsFilter();

    // The local files data names; empty when it names none.
    static QStringList localFiles(const QMimeData *data);
    // Whether data holds files for figures (an image or a metrics file among them).
    static bool hasFigureFiles(const QMimeData *data);
    // Whether data holds a picture to keep as a figure. Not when it also holds text: spreadsheets
    // and word processors put a picture of copied cells beside their text, and the text is what
    // the user wanted in a text field.
    static bool hasPastedImage(const QMimeData *data);

    // The picture in data as bytes to store: the bytes of an image/png (or other image/*)
    // format as they came, else the QImage the platform decoded, as PNG. Empty when there is
    // none.
    static QByteArray pastedImageBytes(const QMimeData *data);
};

} // namespace hindsight::editor
