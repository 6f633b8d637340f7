// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codehighlighter.h"

#include "builtincodehighlighter.h"

#ifdef HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING
#include "syntaxrepository.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <ksyntaxhighlighting_version.h>
#endif

#include <QTextCharFormat>

namespace hindsight::highlight {

#ifdef HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING
namespace {

// Runs a definition over code line by line, carrying its state across lines, and keeps what
// it applies as format ranges.
class RangeCollector final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QList<QTextLayout::FormatRange> run(const QString &code)
    {
        KSyntaxHighlighting::State state;
        qsizetype lineStart = 0;
        while (lineStart <= code.size()) {
            auto lineEnd = code.indexOf(QLatin1Char('\n'), lineStart);
            if (lineEnd < 0)
                lineEnd = code.size();
            auto line = QStringView(code).sliced(lineStart, lineEnd - lineStart);
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            m_lineStart = int(lineStart);
            state = highlightLine(line, state);
            lineStart = lineEnd + 1;
        }
        return m_ranges;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        const auto currentTheme = theme();
        // Plain text keeps the caller's colour, as with the built-in rules.
        if (length <= 0 || format.isDefaultTextStyle(currentTheme))
            return;
        QTextCharFormat charFormat;
        if (format.hasTextColor(currentTheme))
            charFormat.setForeground(format.textColor(currentTheme));
        if (format.hasBackgroundColor(currentTheme))
            charFormat.setBackground(format.backgroundColor(currentTheme));
        if (format.isBold(currentTheme))
            charFormat.setFontWeight(QFont::Bold);
        if (format.isItalic(currentTheme))
            charFormat.setFontItalic(true);
        if (format.isUnderline(currentTheme))
            charFormat.setFontUnderline(true);
        if (format.isStrikeThrough(currentTheme))
            charFormat.setFontStrikeOut(true);
        if (charFormat.properties().isEmpty())
            return;
        // Neighbours in the same format make one range, as a reader of the ranges expects.
        if (!m_ranges.isEmpty()) {
            auto &last = m_ranges.last();
            if (last.start + last.length == m_lineStart + offset && last.format == charFormat) {
                last.length += length;
                return;
            }
        }
        m_ranges.append({m_lineStart + offset, length, charFormat});
    }

private:
    int m_lineStart = 0;
    QList<QTextLayout::FormatRange> m_ranges;
};

} // namespace
#endif

bool CodeHighlighter::hasKSyntaxHighlighting()
{
#ifdef HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

CodeHighlighter::Backend CodeHighlighter::defaultBackend()
{
    return hasKSyntaxHighlighting() ? Backend::KSyntaxHighlighting : Backend::BuiltIn;
}

QString CodeHighlighter::backendName(Backend backend)
{
#ifdef HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING
    if (backend == Backend::KSyntaxHighlighting)
        return QStringLiteral("KSyntaxHighlighting " KSYNTAXHIGHLIGHTING_VERSION_STRING);
#else
    Q_UNUSED(backend)
#endif
    return QStringLiteral("built-in");
}

CodeHighlighter::CodeHighlighter(Backend backend)
    // A build without KSyntaxHighlighting has only the built-in rules, whatever is asked.
    : m_backend(hasKSyntaxHighlighting() ? backend : Backend::BuiltIn)
{}

QString CodeHighlighter::syntaxName(const QString &infoString) const
{
#ifdef HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING
    if (m_backend == Backend::KSyntaxHighlighting) {
        if (const auto definition = syntaxDefinition(infoString); definition.isValid())
            return definition.name();
    }
#endif
    return BuiltinCodeHighlighter::name(BuiltinCodeHighlighter::language(infoString));
}

QList<QTextLayout::FormatRange> CodeHighlighter::highlight(const QString &code, const QString &infoString,
                                                           bool dark) const
{
#ifdef HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING
    if (m_backend == Backend::KSyntaxHighlighting) {
        if (const auto definition = syntaxDefinition(infoString); definition.isValid()) {
            RangeCollector collector;
            collector.setDefinition(definition);
            collector.setTheme(syntaxTheme(dark));
            return collector.run(code);
        }
    }
#endif
    return BuiltinCodeHighlighter::highlight(code, BuiltinCodeHighlighter::language(infoString), dark);
}

} // namespace hindsight::highlight
