// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Only in builds with HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING.
#include <QStringView>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

namespace hindsight::highlight {

// The one KSyntaxHighlighting repository of the process: loading its definitions and themes
// takes a while, so every highlighter shares it. Created on first use; main thread only.
KSyntaxHighlighting::Repository &syntaxRepository();

// The definition for a fenced block's info string: the usual aliases ("log", "sh", "yml",
// "postgres"), then the definition's name, then a file name with that suffix; invalid if none.
KSyntaxHighlighting::Definition syntaxDefinition(QStringView infoString);

KSyntaxHighlighting::Theme syntaxTheme(bool dark);

} // namespace hindsight::highlight
