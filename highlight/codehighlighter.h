// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QTextLayout>

namespace hindsight::highlight {

// Colours the code of a review's fenced blocks, for the Markdown editor and for exports (Qt
// Gui only, no widgets). Builds with KDE's KSyntaxHighlighting use its definitions (hundreds of
// languages) and its Breeze themes; other builds, and languages it lacks, fall back to
// BuiltinCodeHighlighter's few line-by-line rules. Not thread-safe: use it from one thread.
class CodeHighlighter final
{
public:
    enum class Backend { KSyntaxHighlighting, BuiltIn };

    // Whether this build has KSyntaxHighlighting (HINDSIGHT_SYNTAX_HIGHLIGHTING at configure time).
    static bool hasKSyntaxHighlighting();
    static Backend defaultBackend();
    // For people: "KSyntaxHighlighting 6.13" or "built-in".
    static QString backendName(Backend backend = defaultBackend());

    explicit CodeHighlighter(Backend backend = defaultBackend());

    Backend backend() const { return m_backend; }

    // The syntax used for a fenced block's info string ("yaml", "sh", "log"), as its backend
    // names it ("YAML", "Bash", "Log File (advanced)"); empty when it has none.
    QString syntaxName(const QString &infoString) const;

    // Format ranges over code (lines separated by '\n') for a light or dark background, in
    // order and not overlapping; none for an unknown language. Text without a range keeps the
    // caller's colour.
    QList<QTextLayout::FormatRange> highlight(const QString &code, const QString &infoString, bool dark) const;

private:
    Backend m_backend;
};

} // namespace hindsight::highlight
