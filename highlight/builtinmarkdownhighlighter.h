// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codefencetracker.h"
#include "textoverlay.h"

#include <QColor>
#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace hindsight::highlight {

// Hindsight's own Markdown highlighter, for builds without KSyntaxHighlighting (and the tests
// of every build): headings, emphasis, strong and struck-out text, inline code and fenced code
// blocks (their lines in the block's language, see BuiltinCodeHighlighter), list and task
// markers, links, block quotes, rules and table pipes. Line by line, like the editor reads:
// it does not parse CommonMark's every corner (setext headings and indented code are not
// highlighted).
class BuiltinMarkdownHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuiltinMarkdownHighlighter)

public:
    explicit BuiltinMarkdownHighlighter(QTextDocument *document, const QPalette &palette = QPalette());

    // Takes its colours from palette (a dark Base means dark colours) and highlights again.
    void setPalette(const QPalette &palette);
    bool isDark() const { return m_dark; }
    // The tint behind code: inline code, and every line of a fenced block.
    QColor codeBackground() const { return m_codeBackground; }
    // Laid over every line of text, not of code blocks; highlights again.
    void setOverlay(TextOverlay overlay);

protected:
    void highlightBlock(const QString &text) override;

private:
    class LineFormats;

    void makeFormats(const QPalette &palette);
    void highlightCode(const QString &text, const CodeFenceTracker::Line &line);
    // Heading, quote, list and other line starts; returns where inline text begins.
    qsizetype highlightLineStart(const QString &text, LineFormats &formats) const;
    void highlightInline(const QString &text, qsizetype from, LineFormats &formats) const;

    CodeFenceTracker m_fences;
    TextOverlay m_overlay;
    bool m_dark = false;
    QColor m_codeBackground;
    QTextCharFormat m_heading;
    QTextCharFormat m_marker;
    QTextCharFormat m_dim;
    QTextCharFormat m_emphasis;
    QTextCharFormat m_strong;
    QTextCharFormat m_strike;
    QTextCharFormat m_code;
    QTextCharFormat m_codeBlock;
    QTextCharFormat m_fence;
    QTextCharFormat m_fenceInfo;
    QTextCharFormat m_link;
    QTextCharFormat m_url;
    QTextCharFormat m_quote;
};

} // namespace hindsight::highlight
