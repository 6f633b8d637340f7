// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace hindsight::app {

// Reviews that were never saved under a name live in the application's data folder, so that
// nothing typed is lost; a leftover one means Hindsight stopped without closing it.
namespace untitled {

QString folder();
// A fresh path in the folder for a new untitled review.
QString newPath();
bool isUntitled(const QString &path);
// Untitled reviews not open in any running Hindsight, newest first.
QStringList leftovers();
// Removes an untitled review and the files SQLite keeps beside it.
void remove(const QString &path);

} // namespace untitled

} // namespace hindsight::app
