// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "mainwindow.h"
#include "scriptednotes.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>

#include <cstdio>

namespace {

// Scripts read a headless command's standard error as its one-line reason: Qt's notice about
// a missing XDG_RUNTIME_DIR (normal in containers and cron jobs) must not get in the way.
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    std::fputs(qPrintable(qFormatLogMessage(type, context, message) + QLatin1Char('\n')), stderr);
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hindsight"));
    QCoreApplication::setApplicationName(QStringLiteral("Hindsight"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HINDSIGHT_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (hindsight::app::isHeadless(arguments)) {
        // Headless work needs fonts (PDF export) but never a display: the offscreen platform
        // gives one without the other. A QApplication all the same: exports draw charts with
        // Qt Charts, whose widgets need one.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quietMessages);
        QApplication app(argc, argv);
        describeApplication();
        // Before the parser: --help and the errors of export and import speak the user's language.
        hindsight::app::installTranslators(app, QLocale::system());
        return hindsight::app::runHeadless(QCoreApplication::arguments());
    }

    if (!hindsight::app::hasDisplay()) {
        // QApplication would abort with Qt's platform plugin message and a core dump; a plain
        // QCoreApplication needs no display and still speaks the user's language.
        qInstallMessageHandler(quietMessages);
        QCoreApplication app(argc, argv);
        describeApplication();
        hindsight::app::installTranslators(app, QLocale::system());
        return hindsight::app::refuseWithoutDisplay(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    hindsight::app::installTranslators(app, QLocale::system());
    QApplication::setApplicationDisplayName(QStringLiteral("Hindsight"));
    QApplication::setDesktopFileName(QStringLiteral(HINDSIGHT_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hindsight.svg")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    hindsight::app::addWindowOptions(parser);
    parser.process(app);

    auto *window = new hindsight::app::MainWindow;
    window->show();
    const auto files = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("new-incident"))) {
        if (!window->startIncident(files.value(0)))
            window->startWithoutFile();
    } else if (files.isEmpty() || !window->openPath(files.first())) {
        window->startWithoutFile();
    }
    if (parser.isSet(QStringLiteral("notes-from-stdin")))
        new hindsight::app::ScriptedNotes(window->notePanel(), window);
    return app.exec();
}
