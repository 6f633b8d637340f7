// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzapplication.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>

namespace hindsight::fuzz {

namespace {

int argumentCount = 1;
char programName[] = "hindsight-fuzz";
char *arguments[] = {programName, nullptr};

void prepareEnvironment()
{
    // Runs headless like the command line, in English, whatever the machine says.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LANGUAGE", "");
}

} // namespace

void startCoreApplication()
{
    prepareEnvironment();
    // Lives until the process ends: libFuzzer exits without returning to us.
    static auto *application = new QCoreApplication(argumentCount, arguments);
    Q_UNUSED(application)
}

void startGuiApplication()
{
    prepareEnvironment();
    static auto *application = new QGuiApplication(argumentCount, arguments);
    Q_UNUSED(application)
}

void fail(const char *property, const QByteArray &detail)
{
    std::fprintf(stderr, "\nProperty violated: %s\n%s\n", property, detail.constData());
    std::fflush(stderr);
    std::abort();
}

} // namespace hindsight::fuzz
