// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/documentcontent.h"
#include "export/documentfigures.h"
#include "export/exporter.h"
#include "model/types.h"
#include "pageflow.h"
#include "pdfstyle.h"
#include "reportclock.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QPaintDevice;
class QTextLayout;

namespace hindsight::exporting::pdf {

// Lays the report out on pages: the title block, then every section in template order, then
// the additional notes. Gets the review as its audience sees it (reviewForAudience()).
class ReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)

public:
    ReportBuilder(const model::Review &review, const ExportOptions &options, const PdfStyle &style,
                  QPaintDevice *device, PageFlow &flow);

    void build();
    // The running header (title, audience) and footer (audience, "Page N of M") of one page.
    void paintPageFrame(QPainter &painter, const QRectF &body, int index, int count) const;

    // "Internal" or "Customer version".
    QString audienceLabel() const;

private:
    // One item of a section, laid out before it is placed so that a heading can stay with the
    // start of what follows it.
    struct Piece
    {
        std::shared_ptr<const Flowable> flowable;
        qreal height = 0; // of a block
        PageFlow::Paint paint;
        qreal spaceBefore = 0;
        bool keepWithNext = false;
        // "Nothing recorded." for an empty text, which figures after it make untrue.
        bool placeholder = false;
        // Tags the piece on the pages (reportmarks.h); empty for none.
        QString mark;
        qreal firstHeight() const { return flowable ? flowable->firstPieceHeight() : height; }
    };
    using Pieces = std::vector<Piece>;

    struct TextBox
    {
        std::shared_ptr<QTextLayout> layout;
        qreal height = 0;
        qreal firstBaseline = 0;
    };

    bool customer() const;
    bool included(model::SectionKey key) const;
    TextBox layoutText(const StyledText &text, const QFont &font, qreal width, qreal lineSpacing = 1.0,
                       Qt::Alignment alignment = Qt::AlignLeft) const;
    StyledText plain(const QString &text, const QFont &font, const QColor &colour) const;
    StyledText inlineMarkdown(const QString &markdown, qreal points) const;
    QString emojiFor(const QString &emoji) const;

    void titleBlock();
    void emitSection(const QString &emoji, const QString &title, bool internalOnly, Pieces pieces, const QString &mark);
    Piece heading(const QString &emoji, const QString &title, bool internalOnly) const;
    Piece subheading(const QString &emoji, const QString &title) const;
    Piece markdown(const QString &text) const;
    Piece note(const QString &text) const;
    Piece facts(const QList<std::pair<QString, StyledText>> &rows) const;
    // The same table of facts, tagged row by row with marks (one a row, empty for none): one
    // piece for each run of rows with the same mark, laid out as facts() lays out the whole.
    Pieces markedFacts(const QList<std::pair<QString, StyledText>> &rows, const QStringList &marks) const;
    Piece table(std::shared_ptr<Flowable> table) const;

    Pieces sectionPieces(model::SectionKey key) const;
    Pieces authorsPieces() const;
    Pieces impactPieces() const;
    Pieces detectionPieces() const;
    Pieces triagePieces() const;
    Pieces timelinePieces() const;
    Pieces lessonsPieces() const;
    Pieces actionsPieces() const;
    Pieces sharePieces() const;
    // The section's figures, each with its numbered caption (reportfigures.cpp).
    Pieces figurePieces(model::SectionKey key) const;
    Piece imageFigure(const model::Figure &figure, int number) const;
    Piece chartFigure(const model::Figure &figure, int number) const;
    Piece figureBlock(qreal height, std::function<void(QPainter &, const QRectF &)> paint, int number,
                      const model::Figure &figure) const;

    QString yesNo(bool value) const;
    // The precision of the earliest event carrying a milestone, to print its time with.
    model::TimePrecision milestonePrecision(model::Milestone milestone) const;

    const model::Review &m_review;
    ExportOptions m_options;
    const PdfStyle &m_style;
    QPaintDevice *m_device;
    PageFlow &m_flow;
    ReportClock m_clock;
    QLocale m_locale;
    DocumentFigures m_figures;
    DocumentContent m_content;
};

} // namespace hindsight::exporting::pdf
