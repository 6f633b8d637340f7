// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace hindsight::app {

// Exit codes of the command line: scripts rely on them.
enum ExitCode { ExitSuccess = 0, ExitBadInput = 1, ExitBadUsage = 2 };

// Whether these arguments ask for work that needs no window (help, version, export, import),
// so that it runs on a machine with no display.
bool isHeadless(const QStringList &arguments);

// Runs a headless command; needs a QApplication, since exports draw charts with widgets (the
// offscreen platform needs no display). Returns the process exit code.
int runHeadless(const QStringList &arguments);

// The options of the window mode; shared with --help so that it lists everything.
void addWindowOptions(QCommandLineParser &parser);

} // namespace hindsight::app
