// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace hindsight::app {

// Exit codes of the command line: scripts rely on them.
enum ExitCode { ExitSuccess = 0, ExitBadInput = 1, ExitBadUsage = 2 };

// Whether these arguments ask for work that needs no window (help, version, export, import, check),
// so that it runs on a machine with no display.
bool isHeadless(const QStringList &arguments);

// Whether a window could be shown: false on Linux and the other X11/Wayland systems when no
// platform is chosen (QT_QPA_PLATFORM) and neither DISPLAY nor WAYLAND_DISPLAY is set, where
// QApplication would abort the process.
bool hasDisplay();

// For arguments that need a window when there is no display: prints one line saying what could
// not be done (a mistyped command word, or a window that cannot be opened) and returns
// ExitBadUsage. Needs a QCoreApplication only, for the translations.
int refuseWithoutDisplay(const QStringList &arguments);

// Runs a headless command; needs a QApplication, since exports draw charts with widgets (the
// offscreen platform needs no display). Returns the process exit code.
int runHeadless(const QStringList &arguments);

// The options of the window mode; shared with --help so that it lists everything.
void addWindowOptions(QCommandLineParser &parser);

} // namespace hindsight::app
