// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/markdown/markdowndocumentstyle.h"
#include "styledtext.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCharFormat>
#include <QTextLayout>

class QPaintDevice;

namespace hindsight::exporting::pdf {

// The report's fonts, sizes and colours, resolved for one paint device. Sizes are written in
// points and converted with pt(), so that all layout happens in the device's own units.
class PdfStyle final
{
public:
    explicit PdfStyle(const QPaintDevice *device);

    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    // Points as a QTextDocument's lengths (margins, indents, padding, borders): its layout
    // scales them from the screen's resolution to the device's, so they are not device units.
    qreal documentPt(qreal points) const { return pt(points) / m_documentScale; }
    // Such a length (a block's top or bottom margin) as laid out, in the device's units.
    qreal marginOnDevice(qreal margin) const { return margin * m_documentScale; }
    // Points as a block's left or right margin in a QTextDocument, which the layout scales
    // differently (Qt 6.4 does not scale them at all); and such a margin as laid out, in the
    // device's units.
    qreal documentSidePt(qreal points) const { return pt(points) / m_documentSideScale; }
    qreal sideMarginOnDevice(qreal margin) const { return margin * m_documentSideScale; }

    // The one sans family (DejaVu Sans when installed) with a monochrome emoji font behind it,
    // so that an emoji in the text prints from a font whose glyphs a PDF can show.
    QFont sans(qreal points, QFont::Weight weight = QFont::Normal, bool italic = false) const;
    QFont mono(qreal points) const;
    // The monochrome emoji font, when one is installed.
    QFont emoji(qreal points) const;

    // emoji as the report can print it: without variation selectors, a ZWJ sequence reduced to
    // its last part (the graduation cap of "woman student"), or empty when no monochrome emoji
    // font is installed or it lacks the glyph. Colour emoji fonts are never used: Qt 6.4's PDF
    // output embeds them but does not show their glyphs.
    QString printableEmoji(const QString &emoji) const;

    QTextCharFormat charFormat(const QFont &font, const QColor &colour) const;
    InlineFormats inlineFormats(qreal points) const;
    // Markdown in the report's look: a section's text, and a table cell's at its size (inline
    // Markdown only: code spans and links).
    MarkdownDocumentStyle markdownStyle() const;
    MarkdownDocumentStyle markdownCellStyle(qreal points) const;

    // The colours (and weights and slants) of a fenced block's code, as ranges over code whose
    // lines are separated by '\n'; none for an unknown language. They are the Markdown editor's
    // for its light theme, whatever the editor shows: a report is read and printed on white.
    static QList<QTextLayout::FormatRange> codeFormats(const QString &code, const QString &infoString);

    // Colours: near-black text, a muted grey for secondary text, hairlines and fills.
    static QColor text() { return QColor(0x1f, 0x23, 0x28); }
    static QColor muted() { return QColor(0x5f, 0x67, 0x70); }
    static QColor faint() { return QColor(0x8a, 0x92, 0x9a); }
    static QColor rule() { return QColor(0xd0, 0xd5, 0xdb); }
    static QColor headerFill() { return QColor(0xee, 0xf1, 0xf4); }
    static QColor zebraFill() { return QColor(0xf7, 0xf8, 0xfa); }
    static QColor codeFill() { return QColor(0xf3, 0xf4, 0xf6); }
    static QColor link() { return QColor(0x0b, 0x5c, 0xad); }
    static QColor severity(int severity);

    // Text sizes in points.
    static constexpr qreal TitleSize = 20;
    static constexpr qreal HeadingSize = 14;
    static constexpr qreal SubheadingSize = 11;
    static constexpr qreal BodySize = 10;
    static constexpr qreal TableSize = 8.5;
    static constexpr qreal SmallSize = 7.5;
    static constexpr qreal CodeSize = 8.5;

private:
    qreal m_dpi = 72;
    qreal m_documentScale = 1;
    qreal m_documentSideScale = 1;
    QStringList m_sans;
    QString m_mono;
    QString m_emoji;
};

} // namespace hindsight::exporting::pdf
