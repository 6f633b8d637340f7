// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfstyle.h"

#include "highlight/codehighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QPaintDevice>
#include <QRawFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace hindsight::exporting::pdf {

namespace {

QString firstInstalled(const QStringList &families)
{
    const QStringList installed = QFontDatabase::families();
    for (const auto &family : families) {
        if (installed.contains(family, Qt::CaseInsensitive))
            return family;
    }
    return {};
}

QFont preparedFont(const QStringList &families, qreal points)
{
    QFont font;
    font.setFamilies(families);
    font.setPointSizeF(points);
    // Outlines at the design's own metrics: hinting is for screens, and a PDF is scaled.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferOutline);
    // Qt shapes no ligatures when letters are spaced, and a ligature (ﬁ, ﬀ) is copied from a
    // PDF as one odd character, which breaks search. A 1/64 unit spacing is invisible.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return font;
}

} // namespace

PdfStyle::PdfStyle(const QPaintDevice *device) : m_dpi(device ? device->logicalDpiY() : 72)
{
    // A missing font degrades to the system's sans and monospace fonts; it never fails.
    const QString sansFamily = firstInstalled({QStringLiteral("DejaVu Sans"), QStringLiteral("Bitstream Vera Sans"),
                                               QStringLiteral("Liberation Sans"), QStringLiteral("Noto Sans")});
    m_sans.append(sansFamily.isEmpty() ? QFontDatabase::systemFont(QFontDatabase::GeneralFont).family() : sansFamily);
    m_mono = firstInstalled(
        {QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Liberation Mono"), QStringLiteral("Noto Sans Mono")});
    if (m_mono.isEmpty())
        m_mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    // Monochrome fonts with emoji glyphs only: "Noto Emoji" is the black-and-white one.
    m_emoji = firstInstalled({QStringLiteral("Symbola"), QStringLiteral("Noto Emoji"), QStringLiteral("OpenSymbol")});
    if (!m_emoji.isEmpty())
        m_sans.append(m_emoji);

    // How QTextDocument scales lengths for this device: measured rather than taken from Qt's
    // private default resolution, which depends on the platform's screen.
    if (device) {
        constexpr qreal probeMargin = 1000;
        QTextDocument probe;
        probe.documentLayout()->setPaintDevice(const_cast<QPaintDevice *>(device));
        probe.setDocumentMargin(0);
        QTextCursor cursor(&probe);
        cursor.insertText(QStringLiteral("x"));
        QTextBlockFormat format;
        format.setTopMargin(probeMargin); // the first block's top margin would not count
        format.setLeftMargin(probeMargin);
        cursor.insertBlock(format);
        cursor.insertText(QStringLiteral("x"));
        probe.setTextWidth(probeMargin * 100);
        const auto *layout = probe.documentLayout();
        const qreal top =
            layout->blockBoundingRect(probe.lastBlock()).top() - layout->blockBoundingRect(probe.firstBlock()).bottom();
        if (top > 0)
            m_documentScale = top / probeMargin;
        const QTextLayout *last = probe.lastBlock().layout();
        const qreal left = last && last->lineCount() > 0 ? last->position().x() + last->lineAt(0).x() : 0;
        if (left > 0)
            m_documentSideScale = left / probeMargin;
    }
}

QFont PdfStyle::sans(qreal points, QFont::Weight weight, bool italic) const
{
    QFont font = preparedFont(m_sans, points);
    font.setWeight(weight);
    font.setItalic(italic);
    return font;
}

QFont PdfStyle::mono(qreal points) const
{
    QStringList families{m_mono};
    if (!m_emoji.isEmpty())
        families.append(m_emoji);
    QFont font = preparedFont(families, points);
    font.setStyleHint(QFont::Monospace);
    return font;
}

QFont PdfStyle::emoji(qreal points) const
{
    return preparedFont({m_emoji.isEmpty() ? m_sans.first() : m_emoji}, points);
}

QString PdfStyle::printableEmoji(const QString &emoji) const
{
    QString sequence = emoji;
    sequence.remove(QChar(0xFE0F)).remove(QChar(0xFE0E));
    if (const qsizetype joiner = sequence.lastIndexOf(QChar(0x200D)); joiner >= 0)
        sequence = sequence.sliced(joiner + 1);
    // Without a monochrome emoji font there are none: the few the text font has (✍) would make
    // one heading look different from all the others.
    if (sequence.isEmpty() || m_emoji.isEmpty())
        return {};
    // The first family that has every code point prints it; DejaVu Sans has a few (✍).
    QStringList candidates{m_sans.first()};
    if (!m_emoji.isEmpty())
        candidates.append(m_emoji);
    for (const auto &family : candidates) {
        const QRawFont raw = QRawFont::fromFont(preparedFont({family}, 12));
        if (!raw.isValid() || raw.familyName().compare(family, Qt::CaseInsensitive) != 0)
            continue;
        const auto codePoints = sequence.toUcs4();
        if (std::all_of(codePoints.begin(), codePoints.end(), [&](char32_t c) { return raw.supportsCharacter(c); }))
            return sequence;
    }
    return {};
}

QTextCharFormat PdfStyle::charFormat(const QFont &font, const QColor &colour) const
{
    QTextCharFormat format;
    format.setFont(font, QTextCharFormat::FontPropertiesAll);
    format.setForeground(colour);
    return format;
}

InlineFormats PdfStyle::inlineFormats(qreal points) const
{
    InlineFormats formats;
    const QFont code = mono(points * 0.92);
    formats.code.setFontFamilies(code.families());
    formats.code.setFontPointSize(code.pointSizeF());
    formats.code.setFontFixedPitch(true);
    formats.code.setBackground(codeFill());
    formats.link.setForeground(link());
    return formats;
}

MarkdownDocumentStyle PdfStyle::markdownCellStyle(qreal points) const
{
    MarkdownDocumentStyle style;
    const InlineFormats formats = inlineFormats(points);
    style.code = formats.code;
    style.link = formats.link;
    style.linkTarget = linkTarget;
    return style;
}

MarkdownDocumentStyle PdfStyle::markdownStyle() const
{
    MarkdownDocumentStyle style = markdownCellStyle(BodySize);
    // Monospaced fonts have no ligatures to keep apart: code in a text is set without the
    // spacing that the other text has (preparedFont()).
    style.code.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    style.code.setFontLetterSpacing(0);
    // The report is read and printed on white.
    style.darkBackground = false;
    // A PDF's text leaves out the zero-width spaces that let a line end in a word of thousands
    // of characters.
    style.breakLongWords = true;

    style.paragraph.setTopMargin(0);
    style.paragraph.setBottomMargin(documentPt(7));
    style.paragraph.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    style.listItemSpacing = documentPt(3);
    // As far as a list's items (QTextDocument::indentWidth()).
    style.quoteIndent = documentSidePt(14);
    style.quoteText.setForeground(muted());
    for (int level = 1; level <= 6; ++level) {
        QTextBlockFormat &block = style.headingBlocks[size_t(level - 1)];
        block.setTopMargin(documentPt(level <= 2 ? 12 : 10));
        block.setBottomMargin(documentPt(4));
        block.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        QTextCharFormat &text = style.headings[size_t(level - 1)];
        text.setFontPointSize(level == 1 ? 13 : level == 2 ? 12 : level == 3 ? 11 : BodySize);
        text.setFontWeight(QFont::Bold);
    }

    // Code on a light box (MarkdownBlock paints it), inset from the box's edges. The side
    // margins are the inset the report's code has always had: Qt 6.4 lays side margins out
    // unscaled (documentSidePt()), so documentPt(8) prints as less than a point.
    style.codeBlock.setLeftMargin(documentPt(8));
    style.codeBlock.setRightMargin(documentPt(8));
    style.codeBlock.setTopMargin(documentPt(5 + 4));
    style.codeBlock.setBottomMargin(documentPt(5 + 8));
    style.codeBlock.setLineHeight(122, QTextBlockFormat::ProportionalHeight);
    const QFont code = mono(CodeSize);
    style.codeBlockText.setFontFamilies(code.families());
    style.codeBlockText.setFontPointSize(CodeSize);
    style.codeBlockText.setFontFixedPitch(true);
    style.codeBlockText.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    style.codeBlockText.setFontLetterSpacing(0);

    style.table.setBorder(documentPt(0.5));
    style.table.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    style.table.setBorderBrush(rule());
    style.table.setBorderCollapse(true);
    style.table.setCellPadding(documentPt(4));
    style.table.setCellSpacing(0);
    style.table.setMargin(0);
    style.table.setTopMargin(documentPt(2));
    style.table.setBottomMargin(documentPt(8));
    style.table.setHeaderRowCount(1);
    style.table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    style.tableHeaderFill = headerFill();
    style.tableCellBlock.setTopMargin(0);
    style.tableCellBlock.setBottomMargin(0);
    style.tableCellBlock.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    style.tableText.setFontPointSize(TableSize);
    style.tableHeaderText.setFontWeight(QFont::Bold);
    return style;
}

QList<QTextLayout::FormatRange> PdfStyle::codeFormats(const QString &code, const QString &infoString)
{
    return highlight::CodeHighlighter().highlight(code, infoString, false);
}

QColor PdfStyle::severity(int severity)
{
    switch (severity) {
    case 1:
        return QColor(0xb4, 0x23, 0x18);
    case 2:
        return QColor(0xc4, 0x32, 0x0a);
    case 3:
        return QColor(0xb5, 0x47, 0x08);
    case 4:
        return QColor(0x17, 0x5c, 0xd3);
    case 5:
        return QColor(0x47, 0x54, 0x67);
    default:
        return muted();
    }
}

} // namespace hindsight::exporting::pdf
