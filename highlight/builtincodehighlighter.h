// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QTextLayout>

namespace hindsight::highlight {

// Hindsight's own small highlighter, for builds without KSyntaxHighlighting. It works line by
// line and knows no grammar: it colours strings, numbers, comments and keywords of the languages
// that incident reviews quote most, the keys of YAML, JSON and INI files, the added and removed
// lines of a diff, and the time stamps and levels of log lines. A string or comment that spans
// lines is coloured on its first line only.
class BuiltinCodeHighlighter final
{
public:
    enum class Language {
        None,
        Log,
        Yaml,
        Json,
        Ini,
        Sql,
        Shell,
        Diff,
        Python,
        Go,
        Java,
        JavaScript,
        C,
    };

    // The language of a fenced block's info string ("yaml", "sh", "log title=x"): its first
    // word, case-insensitive, with the usual aliases ("yml", "bash", "golang"); None if unknown.
    static Language language(QStringView infoString);
    // For people and tests: "YAML", "Shell"; empty for None.
    static QString name(Language language);

    // Ranges over one line, in order and not overlapping; none for Language::None.
    static QList<QTextLayout::FormatRange> highlightLine(QStringView line, Language language, bool dark);
    // Ranges over code whose lines are separated by '\n', each line on its own.
    static QList<QTextLayout::FormatRange> highlight(QStringView code, Language language, bool dark);

    // How many characters the rules read to colour line, each time they look at one, and every
    // character handed to a regular expression: the work highlightLine() does, which grows with
    // the line's length and no faster (a megabyte of log line on one line must not take minutes).
    static qsizetype charactersRead(QStringView line, Language language);
};

} // namespace hindsight::highlight
