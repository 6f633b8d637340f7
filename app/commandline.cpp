// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "editor/charts/chartfigurerenderer.h"
#include "export/formatfactory.h"
#include "import/importerfactory.h"
#include "model/commands.h"
#include "model/commentmerge.h"
#include "model/names.h"
#include "model/reviewchecks.h"
#include "model/reviewdocument.h"
#include "model/reviewfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

namespace hindsight::app {

namespace {

// The command line's texts under one translation context. A free tr() helper would do at run time,
// but lupdate files its texts under the namespace's name, where they are never looked up.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// The commands that need no window; the other arguments are the window mode's.
const QStringList &headlessCommands()
{
    static const QStringList commands{QStringLiteral("export"), QStringLiteral("import"), QStringLiteral("check"),
                                      QStringLiteral("merge-comments")};
    return commands;
}

// A first argument like "exprot": no option, no file of that name, and nothing that makes it
// look like a path (a folder or a suffix), so most likely a command misspelt.
bool looksLikeCommandWord(const QString &argument)
{
    return !argument.isEmpty() && !argument.startsWith(u'-') && !argument.contains(u'.') && !argument.contains(u'/') &&
           !QFileInfo::exists(argument);
}

void printError(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName().toLower() << QStringLiteral(": ") << message << Qt::endl;
}

// Parses a command's arguments. Returns the exit code to end with (bad usage, or success once
// --help has been printed), or nullopt to go on.
std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitBadUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitSuccess;
    }
    return std::nullopt;
}

QString commandsHelp()
{
    return CommandLine::tr("Commands (run without a display):\n"
                           "  export REVIEW --format md|pdf|html|json [--audience internal|customer] -o OUT\n"
                           "  import FILE.md|FILE.json -o REVIEW.hindsight\n"
                           "  check REVIEW [--json]\n"
                           "  merge-comments REVIEW COPY…");
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Exports a review to Markdown, PDF, HTML or JSON."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), CommandLine::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("REVIEW"), CommandLine::tr("The .hindsight review to export."));
    const QCommandLineOption format(
        {QStringLiteral("f"), QStringLiteral("format")},
        CommandLine::tr("The format: %1.").arg(exporting::FormatFactory::exporterIds().join(QStringLiteral(", "))),
        QStringLiteral("FORMAT"));
    const QCommandLineOption audience(
        {QStringLiteral("a"), QStringLiteral("audience")},
        CommandLine::tr("Who it is for: internal (everything) or customer (public parts only)."),
        QStringLiteral("AUDIENCE"), QStringLiteral("internal"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CommandLine::tr("The file to write."), QStringLiteral("OUT"));
    const QCommandLineOption noEmoji(QStringLiteral("no-emoji"),
                                     CommandLine::tr("Leave the emoji out of the headings."));
    const QCommandLineOption openThreads(
        QStringLiteral("open-threads"),
        CommandLine::tr(
            "End the internal Markdown or PDF with the open comment threads (never in the customer version)."));
    parser.addOptions({format, audience, output, noEmoji, openThreads});
    if (const auto done = parseCommand(parser, arguments))
        return *done;
    const auto positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(output) || !parser.isSet(format)) {
        printError(
            CommandLine::tr("usage: export REVIEW --format md|pdf|html|json [--audience internal|customer] -o OUT"));
        return ExitBadUsage;
    }
    auto exporter = exporting::FormatFactory::exporter(parser.value(format));
    if (!exporter) {
        printError(CommandLine::tr("unknown format “%1”; use one of: %2")
                       .arg(parser.value(format), exporting::FormatFactory::exporterIds().join(QStringLiteral(", "))));
        return ExitBadUsage;
    }
    exporting::ExportOptions options;
    const auto audienceName = parser.value(audience);
    if (audienceName == QLatin1String("customer"))
        options.audience = exporting::ExportOptions::Audience::Customer;
    else if (audienceName != QLatin1String("internal")) {
        printError(CommandLine::tr("unknown audience “%1”; use internal or customer").arg(audienceName));
        return ExitBadUsage;
    }
    options.emoji = !parser.isSet(noEmoji);
    options.openThreads = parser.isSet(openThreads);
    options.figureRenderer = std::make_shared<editor::ChartFigureRenderer>();

    const auto opened = model::ReviewFile::open(positional.at(1), model::ReviewFile::Mode::ReadOnly);
    if (!opened.file) {
        printError(opened.error);
        return ExitBadInput;
    }
    if (const auto error = exporter->write(opened.review, parser.value(output), options); !error.isEmpty()) {
        printError(error);
        return ExitBadInput;
    }
    return ExitSuccess;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Imports a Markdown postmortem or a JSON interchange file into a new review."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("import"), CommandLine::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandLine::tr("The .md or .json file to import."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CommandLine::tr("The .hindsight review to create."), QStringLiteral("REVIEW"));
    const QCommandLineOption force(QStringLiteral("force"), CommandLine::tr("Replace the output review if it exists."));
    parser.addOptions({output, force});
    if (const auto done = parseCommand(parser, arguments))
        return *done;
    const auto positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(output)) {
        printError(CommandLine::tr("usage: import FILE.md|FILE.json -o REVIEW.hindsight"));
        return ExitBadUsage;
    }
    const auto input = positional.at(1);
    if (!QFileInfo::exists(input)) {
        printError(CommandLine::tr("“%1” does not exist").arg(input));
        return ExitBadInput;
    }
    auto importer = importing::ImporterFactory::importerForFile(input);
    if (!importer) {
        printError(CommandLine::tr("cannot import “%1”: use a .md or .json file").arg(input));
        return ExitBadInput;
    }
    const auto result = importer->read(input);
    if (!result.review) {
        printError(result.error);
        return ExitBadInput;
    }
    for (const auto &warning : result.warnings)
        printError(CommandLine::tr("note: %1").arg(warning));
    const auto out = parser.value(output);
    if (QFileInfo::exists(out)) {
        if (!parser.isSet(force)) {
            printError(CommandLine::tr("“%1” already exists; add --force to replace it").arg(out));
            return ExitBadInput;
        }
        QFile::remove(out);
    }
    const auto created = model::ReviewDocument::create(out, *result.review);
    if (!created.document) {
        printError(created.error);
        return ExitBadInput;
    }
    return ExitSuccess;
}

QJsonObject checkToJson(const model::Check &check)
{
    QJsonObject object{{QStringLiteral("id"), check.id},
                       {QStringLiteral("section"), model::ReviewChecks::placeKey(check.location)},
                       {QStringLiteral("title"), check.title},
                       {QStringLiteral("text"), check.text}};
    if (check.location.field)
        object.insert(u"field", model::fieldName(*check.location.field));
    if (check.location.rowId != 0)
        object.insert(u"row", check.location.rowId);
    return object;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Checks a review against the template's advice; exits with 1 when a check is open, 0 otherwise."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("check"), CommandLine::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("REVIEW"), CommandLine::tr("The .hindsight review to check."));
    const QCommandLineOption json(QStringLiteral("json"), CommandLine::tr("Print the open checks as JSON."));
    parser.addOption(json);
    if (const auto done = parseCommand(parser, arguments))
        return *done;
    const auto positional = parser.positionalArguments();
    if (positional.size() != 2) {
        printError(CommandLine::tr("usage: check REVIEW [--json]"));
        return ExitBadUsage;
    }
    const auto opened = model::ReviewFile::open(positional.at(1), model::ReviewFile::Mode::ReadOnly);
    if (!opened.file) {
        printError(opened.error);
        return ExitBadInput;
    }
    const auto checks = model::ReviewChecks::open(opened.review);
    QTextStream out(stdout);
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const auto &check : checks)
            list.append(checkToJson(check));
        out << QJsonDocument(QJsonObject{{QStringLiteral("open"), list.size()}, {QStringLiteral("checks"), list}})
                   .toJson(QJsonDocument::Indented);
    } else {
        for (const auto &check : checks) {
            out << CommandLine::tr("%1: %2 — %3")
                       .arg(model::ReviewChecks::placeLabel(check.location), check.title, check.text)
                << Qt::endl;
        }
    }
    return checks.isEmpty() ? ExitSuccess : ExitBadInput;
}

int runMergeComments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Brings the comments, replies, resolutions and sign-offs of copies of a review into it, "
                        "never their edits of the review itself. Exits with 1, leaving REVIEW unchanged, when a copy "
                        "is refused."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("merge-comments"), CommandLine::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("REVIEW"), CommandLine::tr("The .hindsight review to merge into."));
    parser.addPositionalArgument(QStringLiteral("COPY"),
                                 CommandLine::tr("Copies of the review that reviewers sent back."),
                                 QStringLiteral("COPY…"));
    if (const auto done = parseCommand(parser, arguments))
        return *done;
    const auto positional = parser.positionalArguments();
    if (positional.size() < 3) {
        printError(CommandLine::tr("usage: merge-comments REVIEW COPY…"));
        return ExitBadUsage;
    }
    const QString path = positional.at(1);
    const QStringList copies = positional.mid(2);
    // Every copy is checked against the review read-only first: a refused copy leaves the review
    // as it was, not even upgraded to the current format.
    {
        const auto opened = model::ReviewFile::open(path, model::ReviewFile::Mode::ReadOnly);
        if (!opened.file) {
            printError(opened.error);
            return ExitBadInput;
        }
        const auto merge = model::DiscussionMerge::gather(opened.review, copies);
        if (!merge.refused.isEmpty() || opened.review.id.isNull()) {
            for (const auto &reason : merge.refused)
                printError(reason);
            if (merge.refused.isEmpty())
                printError(CommandLine::tr("“%1” was saved by an older version of Hindsight and has no review identity "
                                           "yet; open it in Hindsight once to give it one.")
                               .arg(path));
            printError(CommandLine::tr("nothing was merged; “%1” is unchanged").arg(path));
            return ExitBadInput;
        }
    }
    auto opened = model::ReviewDocument::open(path);
    if (!opened.document) {
        printError(opened.error);
        return ExitBadInput;
    }
    auto &document = *opened.document;
    if (document.isReadOnly()) {
        printError(CommandLine::tr("cannot merge into “%1”: %2").arg(path, document.readOnlyReason()));
        return ExitBadInput;
    }
    const auto merge = model::DiscussionMerge::gather(document.review(), copies);
    if (!merge.refused.isEmpty()) {
        for (const auto &reason : merge.refused)
            printError(reason);
        printError(CommandLine::tr("nothing was merged; “%1” is unchanged").arg(path));
        return ExitBadInput;
    }
    model::commands::addRecords(document, merge.records, merge.signOffs, CommandLine::tr("Merge comments"));
    if (!document.flush()) {
        printError(CommandLine::tr("could not write “%1”").arg(path));
        return ExitBadInput;
    }
    QTextStream(stdout) << merge.summary() << Qt::endl;
    return ExitSuccess;
}

} // namespace

void addWindowOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("new-incident"),
         CommandLine::tr("Start an incident now, in live mode, on FILE when given (created if it does not exist); "
                         "the note input has the keyboard focus.")});
    parser.addOption(
        {QStringLiteral("notes-from-stdin"),
         CommandLine::tr("Take notes line by line from standard input, answering “ok ID” once each is in the file.")});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 CommandLine::tr("A review to open, or a Markdown or JSON file to import."),
                                 QStringLiteral("[FILE]"));
}

bool isHeadless(const QStringList &arguments)
{
    static const QStringList headless =
        headlessCommands() + QStringList{QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--help-all"),
                                         QStringLiteral("--version"), QStringLiteral("-v")};
    return std::any_of(arguments.cbegin() + 1, arguments.cend(),
                       [](const QString &argument) { return headless.contains(argument); });
}

bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    // A chosen platform (offscreen, vnc, eglfs) is the user's call: Qt reports on it as it does.
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

int refuseWithoutDisplay(const QStringList &arguments)
{
    const QString commands = headlessCommands().join(QStringLiteral(", "));
    const QString first = arguments.value(1);
    if (looksLikeCommandWord(first)) {
        printError(CommandLine::tr("“%1” is not a command; the commands that run without a display are: %2")
                       .arg(first, commands));
        return ExitBadUsage;
    }
    const auto file = std::find_if(arguments.cbegin() + 1, arguments.cend(),
                                   [](const QString &argument) { return !argument.startsWith(u'-'); });
    const QString reason = CommandLine::tr("there is no display to open a window on (neither DISPLAY nor "
                                           "WAYLAND_DISPLAY is set); without one, use a command: %1")
                               .arg(commands);
    if (file != arguments.cend())
        printError(CommandLine::tr("cannot open “%1”: %2").arg(*file, reason));
    else
        printError(CommandLine::tr("cannot start: %1").arg(reason));
    return ExitBadUsage;
}

int runHeadless(const QStringList &arguments)
{
    const auto command = arguments.value(1);
    if (command == QLatin1String("export"))
        return runExport(arguments);
    if (command == QLatin1String("import"))
        return runImport(arguments);
    if (command == QLatin1String("check"))
        return runCheck(arguments);
    if (command == QLatin1String("merge-comments"))
        return runMergeComments(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Hindsight: an editor for incident reviews.") +
                                     QStringLiteral("\n\n") + commandsHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    addWindowOptions(parser);
    parser.process(arguments); // prints help or version and exits
    return ExitSuccess;
}

} // namespace hindsight::app
