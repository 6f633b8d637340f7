// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace hindsight::highlight {

// Follows fenced code blocks (``` or ~~~, three or more, with an info string such as "yaml")
// from line to line through QSyntaxHighlighter's block states, for both Markdown highlighters:
// they highlight a block's lines in its language, and the editor paints its background.
// Fences may be indented, so that a block inside a list item counts too.
class CodeFenceTracker final
{
public:
    struct Line
    {
        enum class Kind { Text, Opening, Content, Closing } kind = Kind::Text;
        // The info string of the block the line belongs to ("yaml"), as written.
        QString info;
        // For setCurrentBlockState(): it says whether the next line is still inside.
        int state = 0;
    };

    // What line is, given the state of the line before it (-1 for none or not yet highlighted).
    Line classify(int previousState, QStringView line);

    // Whether a block with this state is part of a fenced code block, fences included.
    static bool isCodeLine(int state) { return state > 0 && (state & InCode) != 0; }

private:
    static constexpr int LengthMask = 0x7f;
    static constexpr int Tilde = 0x80;
    static constexpr int InfoShift = 8;
    static constexpr int InfoMask = 0x7fff;
    static constexpr int Open = 1 << 23;
    static constexpr int InCode = 1 << 24;

    int infoIndex(const QString &info);

    // The info strings seen, so that a state (an int) can name one.
    QStringList m_infos;
};

} // namespace hindsight::highlight
