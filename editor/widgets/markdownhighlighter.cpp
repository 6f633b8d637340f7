// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownhighlighter.h"

#include "highlight/builtinmarkdownhighlighter.h"
#include "highlight/codefencetracker.h"
#ifdef HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING
#include "highlight/ksyntaxmarkdownhighlighter.h"
#endif

#include <QEvent>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace hindsight::editor {

MarkdownHighlighter::MarkdownHighlighter(QPlainTextEdit *edit, Backend backend)
    : QObject(edit), m_edit(edit),
      m_backend(highlight::CodeHighlighter::hasKSyntaxHighlighting() ? backend : Backend::BuiltIn)
{
    const auto palette = edit->palette();
#ifdef HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING
    if (m_backend == Backend::KSyntaxHighlighting)
        m_ksyntax = new highlight::KSyntaxMarkdownHighlighter(edit->document(),
                                                              palette.color(QPalette::Base).lightness() < 128);
#endif
    if (m_backend == Backend::BuiltIn)
        m_builtin = new highlight::BuiltinMarkdownHighlighter(edit->document(), palette);
    followPalette();
    edit->installEventFilter(this);
}

MarkdownHighlighter::~MarkdownHighlighter()
{
    // The document may outlive the edit (a shared document): leave it unhighlighted.
    delete syntaxHighlighter();
}

QSyntaxHighlighter *MarkdownHighlighter::syntaxHighlighter() const
{
#ifdef HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING
    if (m_ksyntax)
        return m_ksyntax;
#endif
    return m_builtin;
}

void MarkdownHighlighter::setOverlay(const highlight::TextOverlay &overlay)
{
#ifdef HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING
    if (m_ksyntax)
        m_ksyntax->setOverlay(overlay);
#endif
    if (m_builtin)
        m_builtin->setOverlay(overlay);
}

void MarkdownHighlighter::rehighlight()
{
    if (auto *highlighter = syntaxHighlighter())
        highlighter->rehighlight();
}

bool MarkdownHighlighter::isCodeBlockLine(const QTextBlock &block)
{
    return highlight::CodeFenceTracker::isCodeLine(block.userState());
}

bool MarkdownHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::PaletteChange)
        followPalette();
    return QObject::eventFilter(watched, event);
}

void MarkdownHighlighter::followPalette()
{
    const auto palette = m_edit->palette();
    const auto base = palette.color(QPalette::Active, QPalette::Base);
    const auto text = palette.color(QPalette::Active, QPalette::Text);
    const bool dark = base.lightness() < 128;
    // The same tint as the built-in highlighter's, for both: a code block looks like one
    // whichever highlighter coloured its text.
    const qreal amount = dark ? 0.1 : 0.055;
    m_codeBlockBackground = QColor::fromRgbF(float(base.redF() + (text.redF() - base.redF()) * amount),
                                             float(base.greenF() + (text.greenF() - base.greenF()) * amount),
                                             float(base.blueF() + (text.blueF() - base.blueF()) * amount));
    const bool changed = dark != m_dark;
    m_dark = dark;
#ifdef HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING
    if (m_ksyntax)
        m_ksyntax->setDark(dark);
#endif
    if (m_builtin && (changed || m_builtin->codeBackground() != m_codeBlockBackground))
        m_builtin->setPalette(palette);
    m_edit->viewport()->update();
}

} // namespace hindsight::editor
