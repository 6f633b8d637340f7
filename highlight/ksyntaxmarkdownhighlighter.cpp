// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ksyntaxmarkdownhighlighter.h"

#include "highlight/codehighlighter.h"
#include "highlight/syntaxrepository.h"

#include <KSyntaxHighlighting/Format>

namespace hindsight::highlight {

using highlight::CodeHighlighter;

KSyntaxMarkdownHighlighter::KSyntaxMarkdownHighlighter(QTextDocument *document, bool dark)
    : KSyntaxHighlighting::SyntaxHighlighter(document), m_dark(dark)
{
    const auto markdown = highlight::syntaxRepository().definitionForName(QStringLiteral("Markdown"));
    for (const auto &format : markdown.formats()) {
        if (format.name() == QLatin1String("Code"))
            m_plainCodeFormat = format.id();
    }
    setTheme(highlight::syntaxTheme(dark));
    setDefinition(markdown);
}

void KSyntaxMarkdownHighlighter::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    setTheme(highlight::syntaxTheme(dark));
    rehighlight();
}

void KSyntaxMarkdownHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length > 0 && format.id() != m_plainCodeFormat)
        m_onlyPlainCode = false;
    KSyntaxHighlighting::SyntaxHighlighter::applyFormat(offset, length, format);
}

void KSyntaxMarkdownHighlighter::highlightBlock(const QString &text)
{
    m_onlyPlainCode = true;
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    // The definition keeps its own state in the block's user data; the block state is ours.
    const auto line = m_fences.classify(previousBlockState(), text);
    setCurrentBlockState(line.state);
    if (line.kind == CodeFenceTracker::Line::Kind::Text) {
        applyOverlay(
            m_overlay, text, [this](int i) { return QSyntaxHighlighter::format(i); },
            [this](int start, int count, const QTextCharFormat &merged) {
                QSyntaxHighlighter::setFormat(start, count, merged);
            });
    }
    if (line.kind != CodeFenceTracker::Line::Kind::Content || !m_onlyPlainCode || line.info.isEmpty())
        return;
    const CodeHighlighter code(CodeHighlighter::Backend::KSyntaxHighlighting);
    for (const auto &range : code.highlight(text, line.info, m_dark))
        setFormat(range.start, range.length, range.format);
}

void KSyntaxMarkdownHighlighter::setOverlay(TextOverlay overlay)
{
    m_overlay = std::move(overlay);
    rehighlight();
}

} // namespace hindsight::highlight
