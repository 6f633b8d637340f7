// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// What every fuzz target shares: the Qt application object, made once in LLVMFuzzerInitialize.
namespace hindsight::fuzz {

// Qt finds its plug-ins (the SQLite driver, the JPEG reader) and translations through the
// application object. libFuzzer's own arguments are never shown to Qt, which would take some of
// them for its own ("-platform") and keeps a reference to argc for the life of the application.
void startCoreApplication();
// The same with a GUI application on the offscreen platform, for what needs fonts or images.
void startGuiApplication();

// Prints why a property failed and aborts, so that libFuzzer saves the input as a crash.
[[noreturn]] void fail(const char *property, const QByteArray &detail = {});

} // namespace hindsight::fuzz
