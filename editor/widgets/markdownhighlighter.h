// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlight/codehighlighter.h"
#include "highlight/textoverlay.h"

#include <QColor>
#include <QObject>
#include <QPointer>

class QPlainTextEdit;
class QSyntaxHighlighter;
class QTextBlock;

namespace hindsight::highlight {
class BuiltinMarkdownHighlighter;
class KSyntaxMarkdownHighlighter;
} // namespace hindsight::highlight

namespace hindsight::editor {

// Highlights the Markdown of one editor and follows its palette: KDE's KSyntaxHighlighting
// when the build has it, else BuiltinMarkdownHighlighter. Light or dark colours are chosen by
// the lightness of the palette's Base, again whenever the palette changes. Owned by the edit.
class MarkdownHighlighter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownHighlighter)

public:
    using Backend = highlight::CodeHighlighter::Backend;

    // backend falls back to the built-in one in builds without KSyntaxHighlighting.
    explicit MarkdownHighlighter(QPlainTextEdit *edit, Backend backend = highlight::CodeHighlighter::defaultBackend());
    ~MarkdownHighlighter() override;

    Backend backend() const { return m_backend; }
    bool isDark() const { return m_dark; }
    QSyntaxHighlighter *syntaxHighlighter() const;
    // What the edit paints behind every line of a fenced code block.
    QColor codeBlockBackground() const { return m_codeBlockBackground; }
    // Laid over the highlighting of every line of text (not of code blocks); highlights again.
    void setOverlay(const highlight::TextOverlay &overlay);
    void rehighlight();

    // Whether block is a line of a fenced code block, fences included (once highlighted).
    static bool isCodeBlockLine(const QTextBlock &block);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followPalette();

    QPlainTextEdit *m_edit;
    Backend m_backend;
    bool m_dark = false;
    QColor m_codeBlockBackground;
    QPointer<highlight::BuiltinMarkdownHighlighter> m_builtin;
#ifdef HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING
    QPointer<highlight::KSyntaxMarkdownHighlighter> m_ksyntax;
#endif
};

} // namespace hindsight::editor
