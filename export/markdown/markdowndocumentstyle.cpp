// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowndocumentstyle.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
#include <QPalette>

namespace hindsight::exporting {

MarkdownDocumentStyle MarkdownDocumentStyle::screen(const QFont &font, const QPalette &palette)
{
    MarkdownDocumentStyle style;
    const qreal spacing = QFontInfo(font).pixelSize() * 0.6;
    style.paragraph.setTopMargin(spacing);
    style.paragraph.setBottomMargin(spacing);
    style.listItemSpacing = spacing / 3;
    for (int level = 1; level <= 6; ++level) {
        auto &block = style.headingBlocks[size_t(level - 1)];
        block.setTopMargin(spacing * 2);
        block.setBottomMargin(spacing);
        auto &text = style.headings[size_t(level - 1)];
        // As Qt's HTML import sizes <h1> to <h6>.
        text.setProperty(QTextFormat::FontSizeAdjustment, 4 - level);
        text.setFontWeight(QFont::Bold);
    }
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    style.code.setFontFamilies(mono.families());
    style.code.setFontFixedPitch(true);
    style.code.setBackground(palette.alternateBase());
    style.codeBlockText = style.code;
    style.codeBlockText.clearBackground();
    style.codeBlock.setBackground(palette.alternateBase());
    style.codeBlock.setTopMargin(spacing);
    style.codeBlock.setBottomMargin(spacing);
    style.codeBlock.setLeftMargin(spacing);
    style.codeBlock.setRightMargin(spacing);
    style.link.setForeground(palette.link());
    style.quoteIndent = spacing * 4;
    style.quoteText.setForeground(palette.placeholderText());
    style.table.setBorder(1);
    style.table.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    style.table.setBorderBrush(palette.mid());
    style.table.setBorderCollapse(true);
    style.table.setCellPadding(spacing / 2);
    style.table.setCellSpacing(0);
    style.table.setBottomMargin(spacing);
    style.table.setHeaderRowCount(1);
    style.tableHeaderFill = palette.alternateBase();
    style.tableHeaderText.setFontWeight(QFont::Bold);
    style.darkBackground = palette.base().color().lightness() < 128;
    return style;
}

} // namespace hindsight::exporting
