// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Only in builds with HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING.
#include "codefencetracker.h"
#include "textoverlay.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

namespace hindsight::highlight {

// KDE's Markdown definition, in a Breeze theme for a light or dark palette. The definition
// highlights fenced blocks in the languages it includes (YAML, JSON, Bash, SQL, Python, Go and
// more); lines of the blocks it leaves plain ("```log") get their language from
// CodeHighlighter, line by line.
class KSyntaxMarkdownHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KSyntaxMarkdownHighlighter)

public:
    explicit KSyntaxMarkdownHighlighter(QTextDocument *document, bool dark);

    // Switches between the light and the dark theme and highlights again.
    void setDark(bool dark);
    bool isDark() const { return m_dark; }
    // Laid over every line of text, not of code blocks; highlights again.
    void setOverlay(TextOverlay overlay);

protected:
    void highlightBlock(const QString &text) override;
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    CodeFenceTracker m_fences;
    TextOverlay m_overlay;
    bool m_dark = false;
    // The Markdown definition's format for code it does not know the language of.
    int m_plainCodeFormat = -1;
    // Whether the line being highlighted got only that format.
    bool m_onlyPlainCode = true;
};

} // namespace hindsight::highlight
