// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Renders the SVG application icon to the PNG sizes desktops still look up, at build time, so
// that no generated image is kept in the repository.
//
//   iconrender SOURCE.svg SIZE OUTPUT.png [SIZE OUTPUT.png ...]

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "iconrender: " << message << '\n';
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const auto arguments = QCoreApplication::arguments();
    if (arguments.size() < 4 || arguments.size() % 2 != 0)
        return fail(QStringLiteral("usage: iconrender SOURCE.svg SIZE OUTPUT.png [SIZE OUTPUT.png ...]"));

    const auto &source = arguments.at(1);
    for (qsizetype i = 2; i < arguments.size(); i += 2) {
        bool ok = false;
        const int size = arguments.at(i).toInt(&ok);
        if (!ok || size <= 0)
            return fail(QStringLiteral("not a size: ") + arguments.at(i));

        // A reader per size: the SVG plug-in renders the vector at the scaled size instead of
        // scaling a bitmap, which keeps small icons sharp.
        QImageReader reader(source);
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (image.isNull())
            return fail(source + QStringLiteral(": ") + reader.errorString() +
                        QStringLiteral(" (is the Qt SVG image format plug-in, libqt6svg6, installed?)"));

        const auto &output = arguments.at(i + 1);
        QDir().mkpath(QFileInfo(output).absolutePath());
        if (!image.save(output, "PNG"))
            return fail(QStringLiteral("cannot write ") + output);
    }
    return 0;
}
