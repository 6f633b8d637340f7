// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QTextCharFormat>

#include <algorithm>
#include <functional>

namespace hindsight::highlight {

// Formats laid over a line of text once it is highlighted, merged into the highlighting (a wavy
// underline keeps the colours under it): for checks that mark wording as the user types. The
// highlighters call it for each line of Markdown text, not for the lines of fenced code blocks,
// which quote logs and code as they were.
struct OverlayRange
{
    qsizetype start = 0;
    qsizetype length = 0;
    QTextCharFormat format;
};
using TextOverlay = std::function<QList<OverlayRange>(const QString &line)>;

// Merges overlay's ranges for line into what highlighter has set; called from highlightBlock().
// format and setFormat are protected in QSyntaxHighlighter, hence the callables.
template <typename Format, typename SetFormat>
void applyOverlay(const TextOverlay &overlay, const QString &line, Format format, SetFormat setFormat)
{
    if (!overlay)
        return;
    for (const auto &range : overlay(line)) {
        const auto end = std::min(range.start + range.length, line.size());
        for (auto i = std::max(range.start, qsizetype(0)); i < end; ++i) {
            QTextCharFormat merged = format(int(i));
            merged.merge(range.format);
            setFormat(int(i), 1, merged);
        }
    }
}

} // namespace hindsight::highlight
