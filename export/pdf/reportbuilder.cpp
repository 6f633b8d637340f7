// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include "markdownblock.h"
#include "model/metrics.h"
#include "model/names.h"
#include "pdftable.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>

namespace hindsight::exporting::pdf {

using namespace model;

namespace {

const QChar lineBreak = QChar(QChar::LineSeparator);

void append(StyledText &styled, const QString &text, const QTextCharFormat &format)
{
    if (text.isEmpty())
        return;
    styled.formats.append({int(styled.text.size()), int(text.size()), format});
    styled.text.append(text);
}

QString dash()
{
    return QStringLiteral("–");
}

// The template's emoji for the parts of Impact and Lessons learned.
QString lessonEmoji(LessonKind kind)
{
    switch (kind) {
    case LessonKind::WentWell:
        return QStringLiteral("👍");
    case LessonKind::WentWrong:
        return QStringLiteral("👎");
    case LessonKind::GotLucky:
        return QStringLiteral("🤞");
    }
    return {};
}

} // namespace

ReportBuilder::ReportBuilder(const Review &review, const ExportOptions &options, const PdfStyle &style,
                             QPaintDevice *device, PageFlow &flow)
    : m_review(review)
    , m_options(options)
    , m_style(style)
    , m_device(device)
    , m_flow(flow)
    , m_clock(review.timeZone)
{
    // Figures follow the reader's locale; the C locale of a headless run gets English grouping.
    if (m_locale.language() == QLocale::C)
        m_locale = QLocale(QLocale::English, QLocale::UnitedStates);
}

bool ReportBuilder::customer() const
{
    return m_options.audience == ExportOptions::Audience::Customer;
}

QString ReportBuilder::audienceLabel() const
{
    return customer() ? tr("Customer version") : tr("Internal");
}

bool ReportBuilder::included(SectionKey key) const
{
    return !customer() || m_review.visibility[int(key)] == Visibility::Public;
}

ReportBuilder::TextBox ReportBuilder::layoutText(const StyledText &text, const QFont &font, qreal width,
                                                 qreal lineSpacing, Qt::Alignment alignment) const
{
    TextBox box;
    box.layout = std::make_shared<QTextLayout>(text.text, font, m_device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    box.layout->setTextOption(option);
    box.layout->setFormats(text.formats);
    box.layout->setCacheEnabled(true);
    qreal y = 0;
    qreal lastHeight = 0;
    box.layout->beginLayout();
    for (QTextLine line = box.layout->createLine(); line.isValid(); line = box.layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        if (y == 0)
            box.firstBaseline = line.ascent();
        lastHeight = line.height();
        y += line.height() * lineSpacing;
    }
    box.layout->endLayout();
    box.height = y > 0 ? y - lastHeight * (lineSpacing - 1) : 0;
    return box;
}

StyledText ReportBuilder::plain(const QString &text, const QFont &font, const QColor &colour) const
{
    StyledText styled;
    append(styled, text, m_style.charFormat(font, colour));
    return styled;
}

StyledText ReportBuilder::inlineMarkdown(const QString &markdown, qreal points) const
{
    return styleInlineMarkdown(markdown, m_style.charFormat(m_style.sans(points), PdfStyle::text()),
                               m_style.inlineFormats(points));
}

QString ReportBuilder::emojiFor(const QString &emoji) const
{
    return m_options.emoji ? m_style.printableEmoji(emoji) : QString();
}

QString ReportBuilder::formatNumber(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString ReportBuilder::yesNo(bool value) const
{
    return value ? tr("Yes") : tr("No");
}

TimePrecision ReportBuilder::milestonePrecision(Milestone milestone) const
{
    const TimelineEvent *earliest = nullptr;
    for (const auto &event : m_review.timeline) {
        if (event.milestone == milestone && event.time.isValid() && (!earliest || event.time < earliest->time))
            earliest = &event;
    }
    return earliest ? earliest->precision : TimePrecision::Minute;
}

void ReportBuilder::build()
{
    titleBlock();
    for (const auto key : allSections()) {
        if (!included(key))
            continue;
        const bool internalOnly = !customer() && m_review.visibility[int(key)] == Visibility::Internal;
        emitSection(sectionEmoji(key), sectionHeading(key, false), internalOnly, sectionPieces(key));
    }
    // reviewForAudience() has already left out the notes a customer must not see.
    for (const auto &note : m_review.additional) {
        const QString title = note.heading.trimmed().isEmpty() ? tr("Additional notes") : note.heading.trimmed();
        emitSection({}, title, !customer() && note.visibility == Visibility::Internal, {markdown(note.markdown)});
    }
}

void ReportBuilder::titleBlock()
{
    const qreal width = m_flow.width();
    const auto pt = [this](qreal points) { return m_style.pt(points); };
    const Metrics metrics = Metrics::compute(m_review);

    QFont overlineFont = m_style.sans(PdfStyle::SmallSize, QFont::Bold);
    overlineFont.setLetterSpacing(QFont::PercentageSpacing, 112);
    const QFont tagFont = m_style.sans(PdfStyle::SmallSize + 0.5, QFont::Bold);
    const QString tag = customer() ? tr("Customer version") : tr("Internal");
    const qreal tagWidth = QFontMetricsF(tagFont, m_device).horizontalAdvance(tag) + pt(14);
    const TextBox overline =
        layoutText(plain(tr("INCIDENT REVIEW"), overlineFont, PdfStyle::muted()), overlineFont, width - tagWidth);
    const QString titleText = m_review.title.trimmed().isEmpty() ? tr("Untitled incident review") : m_review.title;
    const QFont titleFont = m_style.sans(PdfStyle::TitleSize, QFont::Bold);
    const TextBox title = layoutText(plain(titleText, titleFont, PdfStyle::text()), titleFont, width, 1.12);

    // Severity badge and status.
    const QFont badgeFont = m_style.sans(8.5, QFont::Bold);
    const QFontMetricsF badgeMetrics(badgeFont, m_device);
    const QString severity = severityLabel(m_review.severity);
    const QString badgeText = severity.isEmpty() ? tr("Severity not set") : severity;
    const QSizeF badgeSize(badgeMetrics.horizontalAdvance(badgeText) + pt(14), badgeMetrics.height() + pt(6));
    const QFont statusFont = m_style.sans(9);
    StyledText statusText;
    append(statusText, tr("Status") + QStringLiteral("  "), m_style.charFormat(statusFont, PdfStyle::muted()));
    append(statusText, enumLabel(m_review.status),
           m_style.charFormat(m_style.sans(9, QFont::Bold), PdfStyle::text()));
    const TextBox status = layoutText(statusText, statusFont, width / 2);

    // Key figures: a calm grid in a light box.
    struct Figure
    {
        TextBox label;
        TextBox value;
    };
    const auto time = [&](Milestone milestone) {
        const QDateTime at = metrics.at(milestone);
        return at.isValid() ? m_clock.formatWithZone(at, milestonePrecision(milestone)) : dash();
    };
    const auto duration = [&](const std::optional<qint64> &value) {
        return value ? formatDuration(*value) : dash();
    };
    const QList<std::pair<QString, QString>> figureTexts{
        {tr("Started"), time(Milestone::Started)},
        {tr("Resolved"), time(Milestone::Resolved)},
        {tr("Duration"), duration(metrics.duration)},
        {tr("Time to detect"), duration(metrics.timeToDetect)},
        {tr("Time to resolve"), duration(metrics.timeToResolve)},
        {tr("Users affected"), m_review.impact.usersAffected
                                   ? m_locale.toString(qlonglong(*m_review.impact.usersAffected))
                                   : dash()},
    };
    constexpr int columns = 3;
    const qreal boxPadding = pt(12);
    const qreal cellWidth = (width - 2 * boxPadding) / columns;
    const QFont labelFont = m_style.sans(PdfStyle::SmallSize);
    const QFont valueFont = m_style.sans(10.5, QFont::Bold);
    std::vector<Figure> figures;
    for (const auto &[label, value] : figureTexts) {
        figures.push_back({layoutText(plain(label, labelFont, PdfStyle::muted()), labelFont, cellWidth - pt(8)),
                           layoutText(plain(value, valueFont, PdfStyle::text()), valueFont, cellWidth - pt(8))});
    }
    std::vector<qreal> rowHeights;
    for (size_t i = 0; i < figures.size(); i += columns) {
        qreal tallest = 0;
        for (size_t k = i; k < std::min(figures.size(), i + columns); ++k)
            tallest = std::max(tallest, figures[k].label.height + pt(2.5) + figures[k].value.height);
        rowHeights.push_back(tallest);
    }
    const qreal rowGap = pt(10);
    qreal gridHeight = 2 * pt(10) + rowGap * qreal(rowHeights.size() - 1);
    for (const qreal h : rowHeights)
        gridHeight += h;

    // What the times mean and who the document is for.
    QStringList notes;
    QDateTime firstTime;
    for (const auto &event : m_review.timeline) {
        if (event.time.isValid() && (!firstTime.isValid() || event.time < firstTime))
            firstTime = event.time;
    }
    notes.append(tr("All times are in %1.").arg(m_clock.describe(metrics.at(Milestone::Started).isValid()
                                                                     ? metrics.at(Milestone::Started)
                                                                     : firstTime)));
    notes.append(customer() ? tr("Customer version: prepared for sharing outside the company; internal sections, "
                                 "timeline entries, actions and contact details are left out.")
                            : tr("Internal version: the complete review, including internal notes. Do not share it "
                                 "outside the company; export the customer version for that."));
    for (const auto &problem : metrics.problems)
        notes.append(tr("Note: %1").arg(problem));
    const QFont noteFont = m_style.sans(8.5);
    std::vector<TextBox> noteBoxes;
    for (const auto &text : std::as_const(notes))
        noteBoxes.push_back(layoutText(plain(text, noteFont, PdfStyle::muted()), noteFont, width, 1.25));

    // Vertical positions.
    const qreal titleTop = overline.height + pt(8);
    const qreal badgeTop = titleTop + title.height + pt(12);
    const qreal gridTop = badgeTop + badgeSize.height() + pt(16);
    qreal notesTop = gridTop + gridHeight + pt(10);
    std::vector<qreal> noteTops;
    for (const auto &box : noteBoxes) {
        noteTops.push_back(notesTop);
        notesTop += box.height + pt(3);
    }
    const qreal total = notesTop + pt(4);

    const QColor badgeColour = PdfStyle::severity(m_review.severity);
    const bool hasSeverity = !severity.isEmpty();
    const qreal statusX = badgeSize.width() + pt(12);
    const qreal statusY = badgeTop + (badgeSize.height() - status.height) / 2;
    Piece piece;
    piece.height = total;
    piece.paint = [=, this](QPainter &painter) {
        overline.layout->draw(&painter, QPointF(0, 0));
        // The audience, stated where nobody can miss it.
        painter.setFont(tagFont);
        const QFontMetricsF tagMetrics(tagFont, m_device);
        const QRectF tagBox(width - tagWidth, overline.firstBaseline - tagMetrics.ascent() - pt(3), tagWidth,
                            tagMetrics.height() + pt(6));
        painter.setPen(QPen(customer() ? PdfStyle::link() : PdfStyle::text(), pt(0.8)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(tagBox, pt(3), pt(3));
        painter.drawText(tagBox, Qt::AlignCenter, tag);

        title.layout->draw(&painter, QPointF(0, titleTop));

        const QRectF badge(QPointF(0, badgeTop), badgeSize);
        painter.setFont(badgeFont);
        if (hasSeverity) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(badgeColour);
            painter.drawRoundedRect(badge, pt(3), pt(3));
            painter.setPen(Qt::white);
        } else {
            painter.setPen(QPen(PdfStyle::rule(), pt(0.8)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(badge, pt(3), pt(3));
            painter.setPen(PdfStyle::muted());
        }
        painter.drawText(badge, Qt::AlignCenter, badgeText);
        status.layout->draw(&painter, QPointF(statusX, statusY));

        painter.setPen(Qt::NoPen);
        painter.setBrush(PdfStyle::headerFill());
        painter.drawRoundedRect(QRectF(0, gridTop, width, gridHeight), pt(4), pt(4));
        qreal rowTop = gridTop + pt(10);
        for (size_t i = 0; i < figures.size(); ++i) {
            const size_t row = i / columns;
            const qreal x = boxPadding + qreal(i % columns) * cellWidth;
            figures[i].label.layout->draw(&painter, QPointF(x, rowTop));
            figures[i].value.layout->draw(&painter, QPointF(x, rowTop + figures[i].label.height + pt(2.5)));
            if (i % columns == columns - 1 && row + 1 < rowHeights.size())
                rowTop += rowHeights[row] + rowGap;
        }
        for (size_t i = 0; i < noteBoxes.size(); ++i)
            noteBoxes[i].layout->draw(&painter, QPointF(0, noteTops[i]));
    };
    m_flow.addBlock(piece.height, piece.paint);
}

void ReportBuilder::emitSection(const QString &emoji, const QString &title, bool internalOnly, Pieces pieces)
{
    pieces.insert(pieces.begin(), heading(emoji, title, internalOnly));
    for (size_t i = 0; i < pieces.size(); ++i) {
        const Piece &piece = pieces[i];
        m_flow.addSpace(piece.spaceBefore);
        if (piece.keepWithNext && i + 1 < pieces.size()) {
            // A heading stays with everything that stays with it (a subheading, a sentence
            // about the table) and with the start of the content that follows.
            qreal chain = 0;
            size_t k = i + 1;
            for (; k < pieces.size() && pieces[k].keepWithNext; ++k)
                chain += pieces[k].spaceBefore + pieces[k].height;
            if (k < pieces.size())
                chain += pieces[k].spaceBefore + pieces[k].firstHeight();
            m_flow.keepTogether(piece.height + std::min(chain, m_flow.pageHeight() / 2));
        }
        if (piece.flowable)
            m_flow.add(piece.flowable);
        else
            m_flow.addBlock(piece.height, piece.paint);
    }
}

ReportBuilder::Piece ReportBuilder::heading(const QString &emoji, const QString &title, bool internalOnly) const
{
    const auto pt = [this](qreal points) { return m_style.pt(points); };
    const qreal width = m_flow.width();
    const QFont tagFont = m_style.sans(PdfStyle::SmallSize);
    const QString tag = internalOnly ? tr("Not in the customer version") : QString();
    const qreal tagWidth = tag.isEmpty() ? 0 : QFontMetricsF(tagFont, m_device).horizontalAdvance(tag) + pt(12);
    const QFont font = m_style.sans(PdfStyle::HeadingSize, QFont::Bold);
    const TextBox text = layoutText(plain(title, font, PdfStyle::text()), font, width - tagWidth, 1.1);
    // The emoji hangs in the left margin, so that every heading starts at the text's edge and a
    // heading whose emoji no font has looks no different from the rest.
    const QString shown = emojiFor(emoji);
    TextBox icon;
    if (!shown.isEmpty()) {
        const QFont emojiFont = m_style.emoji(PdfStyle::HeadingSize - 1);
        icon = layoutText(plain(shown, emojiFont, PdfStyle::muted()), emojiFont, pt(40));
    }
    const qreal ruleY = text.height + pt(5);
    Piece piece;
    piece.spaceBefore = pt(24);
    piece.keepWithNext = true;
    piece.height = ruleY + pt(10);
    piece.paint = [=, this](QPainter &painter) {
        if (icon.layout) {
            const qreal x = -pt(7) - icon.layout->lineAt(0).naturalTextWidth();
            icon.layout->draw(&painter, QPointF(x, text.firstBaseline - icon.firstBaseline));
        }
        text.layout->draw(&painter, QPointF(0, 0));
        if (!tag.isEmpty()) {
            painter.setFont(tagFont);
            painter.setPen(PdfStyle::muted());
            const qreal tagX = width - QFontMetricsF(tagFont, m_device).horizontalAdvance(tag);
            painter.drawText(QPointF(tagX, text.firstBaseline), tag);
        }
        painter.setPen(QPen(PdfStyle::rule(), pt(0.6)));
        painter.drawLine(QPointF(0, ruleY), QPointF(width, ruleY));
    };
    return piece;
}

ReportBuilder::Piece ReportBuilder::subheading(const QString &emoji, const QString &title) const
{
    const QFont font = m_style.sans(PdfStyle::SubheadingSize, QFont::Bold);
    StyledText text;
    const QString shown = emojiFor(emoji);
    if (!shown.isEmpty()) {
        append(text, shown, m_style.charFormat(m_style.emoji(PdfStyle::SubheadingSize), PdfStyle::muted()));
        append(text, QStringLiteral("  "), m_style.charFormat(font, PdfStyle::text()));
    }
    append(text, title, m_style.charFormat(font, PdfStyle::text()));
    const TextBox box = layoutText(text, font, m_flow.width());
    Piece piece;
    piece.spaceBefore = m_style.pt(8);
    piece.keepWithNext = true;
    piece.height = box.height + m_style.pt(5);
    piece.paint = [box](QPainter &painter) { box.layout->draw(&painter, QPointF(0, 0)); };
    return piece;
}

ReportBuilder::Piece ReportBuilder::markdown(const QString &text) const
{
    if (text.trimmed().isEmpty())
        return note(tr("Nothing recorded."));
    Piece piece;
    piece.flowable = std::make_shared<MarkdownBlock>(text, m_style, m_device, m_flow.width());
    return piece;
}

ReportBuilder::Piece ReportBuilder::note(const QString &text) const
{
    const QFont font = m_style.sans(PdfStyle::BodySize, QFont::Normal, true);
    const TextBox box = layoutText(plain(text, font, PdfStyle::muted()), font, m_flow.width(), 1.3);
    Piece piece;
    piece.height = box.height + m_style.pt(8);
    piece.paint = [box](QPainter &painter) { box.layout->draw(&painter, QPointF(0, 0)); };
    return piece;
}

ReportBuilder::Piece ReportBuilder::facts(const QList<std::pair<QString, StyledText>> &rows) const
{
    const auto pt = [this](qreal points) { return m_style.pt(points); };
    const qreal width = m_flow.width();
    const QFont labelFont = m_style.sans(9);
    const QFontMetricsF labelMetrics(labelFont, m_device);
    qreal labelWidth = 0;
    for (const auto &row : rows)
        labelWidth = std::max(labelWidth, labelMetrics.horizontalAdvance(row.first));
    labelWidth = std::min(labelWidth + pt(16), width * 0.4);
    struct Line
    {
        TextBox label;
        TextBox value;
        qreal top = 0;
    };
    std::vector<Line> lines;
    qreal y = 0;
    for (const auto &[label, value] : rows) {
        Line line{layoutText(plain(label, labelFont, PdfStyle::muted()), labelFont, labelWidth - pt(8)),
                  layoutText(value, m_style.sans(9), width - labelWidth, 1.2), y};
        y += std::max(line.label.height, line.value.height) + pt(4);
        lines.push_back(line);
    }
    Piece piece;
    piece.height = y + pt(6);
    piece.paint = [lines, labelWidth](QPainter &painter) {
        for (const auto &line : lines) {
            line.label.layout->draw(&painter, QPointF(0, line.top));
            line.value.layout->draw(&painter, QPointF(labelWidth, line.top));
        }
    };
    return piece;
}

ReportBuilder::Piece ReportBuilder::table(std::shared_ptr<Flowable> content) const
{
    Piece piece;
    piece.flowable = std::move(content);
    piece.spaceBefore = m_style.pt(2);
    return piece;
}

ReportBuilder::Pieces ReportBuilder::sectionPieces(SectionKey key) const
{
    switch (key) {
    case SectionKey::Authors:
        return authorsPieces();
    case SectionKey::Summary:
        return {markdown(m_review.summary)};
    case SectionKey::Impact:
        return impactPieces();
    case SectionKey::Detection:
        return detectionPieces();
    case SectionKey::Triage:
        return triagePieces();
    case SectionKey::RootCauses:
        return {markdown(m_review.rootCauses)};
    case SectionKey::Resolution:
        return {markdown(m_review.resolution)};
    case SectionKey::Timeline:
        return timelinePieces();
    case SectionKey::Lessons:
        return lessonsPieces();
    case SectionKey::Actions:
        return actionsPieces();
    case SectionKey::Share:
        return sharePieces();
    }
    return {};
}

ReportBuilder::Pieces ReportBuilder::authorsPieces() const
{
    if (m_review.authors.isEmpty())
        return {note(tr("Nothing recorded."))};
    const bool withContacts = std::any_of(m_review.authors.begin(), m_review.authors.end(),
                                          [](const Person &person) { return !person.contact.trimmed().isEmpty(); });
    QList<TableColumn> columns{{tr("Name"), 60, 150}, {tr("Role"), 120, 0}};
    if (withContacts)
        columns.append({tr("Contact"), 60, 180});
    auto authors = std::make_shared<PdfTable>(m_style, m_device, columns);
    const QFont font = m_style.sans(PdfStyle::TableSize);
    const QTextCharFormat base = m_style.charFormat(font, PdfStyle::text());
    for (const auto &person : m_review.authors) {
        QList<StyledText> cells{plain(person.name, font, PdfStyle::text()), inlineMarkdown(person.role, PdfStyle::TableSize)};
        if (withContacts)
            cells.append(styleLinkedText(person.contact, base, m_style.inlineFormats(PdfStyle::TableSize)));
        authors->addRow(cells);
    }
    authors->layout(m_flow.width());
    return {table(authors)};
}

ReportBuilder::Pieces ReportBuilder::impactPieces() const
{
    const Impact &impact = m_review.impact;
    const QFont font = m_style.sans(9);
    const auto value = [&](const QString &text) { return plain(text, font, PdfStyle::text()); };
    QString revenue = tr("Unknown");
    if (impact.revenueLost) {
        const double amount = *impact.revenueLost;
        revenue = formatNumber(amount, amount == std::floor(amount) ? 0 : 2);
        if (!impact.currency.trimmed().isEmpty())
            revenue += u' ' + impact.currency.trimmed();
    }
    Pieces pieces;
    pieces.push_back(facts({
        {tr("Users affected"),
         value(impact.usersAffected ? m_locale.toString(qlonglong(*impact.usersAffected)) : tr("Unknown"))},
        {tr("Revenue lost"), value(revenue)},
        {tr("SLA breached"), value(yesNo(impact.slaBreached))},
        {tr("Data lost"), value(yesNo(impact.dataLost))},
        {tr("Data compromised"), value(yesNo(impact.dataCompromised))},
    }));
    const struct
    {
        const char *emoji;
        QString title;
        QString text;
    } dimensions[] = {
        {"🚶", tr("User"), impact.user},
        {"💼", tr("Business"), impact.business},
        {"⚽", tr("Team"), impact.team},
    };
    for (const auto &dimension : dimensions) {
        pieces.push_back(subheading(QString::fromUtf8(dimension.emoji), dimension.title));
        pieces.push_back(markdown(dimension.text));
    }
    return pieces;
}

ReportBuilder::Pieces ReportBuilder::detectionPieces() const
{
    const Detection &detection = m_review.detection;
    const QFont font = m_style.sans(9);
    QList<std::pair<QString, StyledText>> rows;
    if (detection.method != DetectionMethod::Unset)
        rows.append({tr("Detected by"), plain(enumLabel(detection.method), font, PdfStyle::text())});
    if (detection.time.isValid()) {
        const QTime time = detection.time.toUTC().time();
        const auto precision = time.second() == 0 && time.msec() == 0 ? TimePrecision::Minute : TimePrecision::Second;
        rows.append({tr("Detected at"), plain(m_clock.formatWithZone(detection.time, precision), font, PdfStyle::text())});
    }
    Pieces pieces;
    if (!rows.isEmpty())
        pieces.push_back(facts(rows));
    pieces.push_back(markdown(detection.markdown));
    return pieces;
}

ReportBuilder::Pieces ReportBuilder::triagePieces() const
{
    const QString severity = severityLabel(m_review.severity);
    return {facts({{tr("Severity"), plain(severity.isEmpty() ? tr("Not set") : severity, m_style.sans(9, QFont::Bold),
                                          severity.isEmpty() ? PdfStyle::muted() : PdfStyle::text())}}),
            markdown(m_review.triage)};
}

ReportBuilder::Pieces ReportBuilder::timelinePieces() const
{
    QList<TimelineEvent> events = m_review.timeline;
    if (events.isEmpty())
        return {note(tr("No events recorded."))};
    // Events in time order, as every format lists them; equal times keep the review's order.
    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.time < b.time; });

    QDateTime first;
    QStringList abbreviations;
    bool dayOnly = false;
    bool unknownTime = false;
    for (const auto &event : std::as_const(events)) {
        if (!event.time.isValid())
            continue;
        if (event.precision == TimePrecision::Day) {
            dayOnly = true;
        } else if (event.precision == TimePrecision::UnknownTime) {
            unknownTime = true;
        } else {
            if (!first.isValid())
                first = event.time;
            const QString abbreviation = m_clock.abbreviation(event.time);
            if (!abbreviations.contains(abbreviation))
                abbreviations.append(abbreviation);
        }
    }
    QString sentence = tr("All times are in %1.").arg(m_clock.describe(first.isValid() ? first : events.first().time));
    if (dayOnly || unknownTime)
        sentence += u' ' + tr("Rows with a date only, or “--:--”, record the day but not the time.");
    const QFont noteFont = m_style.sans(8.5);
    const TextBox zone = layoutText(plain(sentence, noteFont, PdfStyle::muted()), noteFont, m_flow.width(), 1.25);
    Piece zonePiece;
    zonePiece.height = zone.height + m_style.pt(7);
    zonePiece.paint = [zone](QPainter &painter) { zone.layout->draw(&painter, QPointF(0, 0)); };
    zonePiece.keepWithNext = true;

    // The zone in the header, where every page's reader sees it: the abbreviation when the
    // whole timeline has one, the zone's name when it spans a change of offset.
    const QString zoneLabel = abbreviations.size() == 1 ? abbreviations.first() : m_clock.zoneName();
    auto timeline = std::make_shared<PdfTable>(m_style, m_device,
                                               QList<TableColumn>{{tr("Time (%1)").arg(zoneLabel), 62, 112},
                                                                  {tr("Kind"), 48, 84},
                                                                  {tr("Event"), 150, 0},
                                                                  {tr("Author"), 48, 86}});
    const QFont font = m_style.sans(PdfStyle::TableSize);
    const QTextCharFormat plainFormat = m_style.charFormat(font, PdfStyle::text());
    const QTextCharFormat milestoneFormat =
        m_style.charFormat(m_style.sans(PdfStyle::SmallSize, QFont::Bold), PdfStyle::text());
    const QTextCharFormat internalFormat =
        m_style.charFormat(m_style.sans(PdfStyle::SmallSize, QFont::Normal, true), PdfStyle::muted());
    for (const auto &event : std::as_const(events)) {
        StyledText kind;
        append(kind, enumLabel(event.kind), plainFormat);
        if (event.milestone != Milestone::None)
            append(kind, lineBreak + QStringLiteral("◆ ") + enumLabel(event.milestone), milestoneFormat);
        if (!customer() && event.visibility == Visibility::Internal)
            append(kind, lineBreak + tr("Internal"), internalFormat);
        timeline->addRow({plain(m_clock.format(event.time, event.precision), font, PdfStyle::text()), kind,
                          inlineMarkdown(event.text, PdfStyle::TableSize), plain(event.author, font, PdfStyle::text())});
    }
    timeline->layout(m_flow.width());
    return {zonePiece, table(timeline)};
}

ReportBuilder::Pieces ReportBuilder::lessonsPieces() const
{
    Pieces pieces;
    for (const auto kind : enumValues<LessonKind>()) {
        QString list;
        for (const auto &lesson : m_review.lessons) {
            if (lesson.kind != kind || lesson.text.trimmed().isEmpty())
                continue;
            QString item = lesson.text.trimmed();
            item.replace(u'\n', QStringLiteral("\n  "));
            list += QStringLiteral("- ") + item + u'\n';
        }
        if (list.isEmpty())
            continue;
        pieces.push_back(subheading(lessonEmoji(kind), enumLabel(kind)));
        pieces.push_back(markdown(list));
    }
    if (pieces.empty())
        pieces.push_back(note(tr("Nothing recorded.")));
    return pieces;
}

ReportBuilder::Pieces ReportBuilder::actionsPieces() const
{
    if (m_review.actions.isEmpty())
        return {note(tr("No actions recorded."))};
    auto actions = std::make_shared<PdfTable>(m_style, m_device,
                                              QList<TableColumn>{{tr("Action"), 130, 0},
                                                                 {tr("Type"), 40, 66},
                                                                 {tr("Owner"), 40, 76},
                                                                 {tr("Ticket"), 44, 96},
                                                                 {tr("Priority"), 30, 56},
                                                                 {tr("Due"), 40, 66},
                                                                 {tr("Status"), 40, 60}});
    const QFont font = m_style.sans(PdfStyle::TableSize);
    const QTextCharFormat plainFormat = m_style.charFormat(font, PdfStyle::text());
    const QTextCharFormat internalFormat =
        m_style.charFormat(m_style.sans(PdfStyle::SmallSize, QFont::Normal, true), PdfStyle::muted());
    const auto text = [&](const QString &value) {
        return value.trimmed().isEmpty() ? plain(dash(), font, PdfStyle::faint()) : plain(value, font, PdfStyle::text());
    };
    for (const auto &action : m_review.actions) {
        StyledText type;
        append(type, enumLabel(action.type), plainFormat);
        if (!customer() && action.visibility == Visibility::Internal)
            append(type, lineBreak + tr("Internal"), internalFormat);
        const StyledText ticket = action.ticket.trimmed().isEmpty()
                                      ? text({})
                                      : styleLinkedText(action.ticket, plainFormat,
                                                        m_style.inlineFormats(PdfStyle::TableSize));
        actions->addRow({inlineMarkdown(action.title, PdfStyle::TableSize), type, text(action.owner), ticket,
                         text(priorityLabel(action.priority)),
                         text(action.due.isValid() ? action.due.toString(Qt::ISODate) : QString()),
                         text(enumLabel(action.status))});
    }
    actions->layout(m_flow.width());
    return {table(actions)};
}

ReportBuilder::Pieces ReportBuilder::sharePieces() const
{
    Pieces pieces;
    if (!m_review.shareAudience.trimmed().isEmpty())
        pieces.push_back(facts({{tr("Audience"), inlineMarkdown(m_review.shareAudience, 9)}}));
    pieces.push_back(markdown(m_review.share));
    return pieces;
}

void ReportBuilder::paintPageFrame(QPainter &painter, const QRectF &, const QRectF &body, int index,
                                   int count) const
{
    const auto pt = [this](qreal points) { return m_style.pt(points); };
    painter.save();
    const QFont font = m_style.sans(PdfStyle::SmallSize);
    const QFont bold = m_style.sans(PdfStyle::SmallSize, QFont::Bold);
    const QFontMetricsF metrics(font, m_device);
    const QFontMetricsF boldMetrics(bold, m_device);

    const qreal headerBaseline = body.top() - pt(24);
    const QString audience = audienceLabel();
    const qreal audienceWidth = boldMetrics.horizontalAdvance(audience);
    const QString title = m_review.title.trimmed().isEmpty() ? tr("Untitled incident review") : m_review.title;
    painter.setFont(font);
    painter.setPen(PdfStyle::muted());
    painter.drawText(QPointF(body.left(), headerBaseline),
                     metrics.elidedText(title, Qt::ElideRight, body.width() - audienceWidth - pt(24)));
    painter.setFont(bold);
    painter.setPen(customer() ? PdfStyle::link() : PdfStyle::text());
    painter.drawText(QPointF(body.right() - audienceWidth, headerBaseline), audience);
    painter.setPen(QPen(PdfStyle::rule(), pt(0.5)));
    painter.drawLine(QPointF(body.left(), headerBaseline + pt(7)), QPointF(body.right(), headerBaseline + pt(7)));

    const qreal footerRule = body.bottom() + pt(18);
    const qreal footerBaseline = footerRule + pt(13);
    painter.drawLine(QPointF(body.left(), footerRule), QPointF(body.right(), footerRule));
    painter.setFont(font);
    painter.setPen(PdfStyle::muted());
    painter.drawText(QPointF(body.left(), footerBaseline),
                     customer() ? tr("Customer version") : tr("Internal: do not share outside the company"));
    const QString page = tr("Page %1 of %2").arg(index + 1).arg(count);
    painter.drawText(QPointF(body.right() - metrics.horizontalAdvance(page), footerBaseline), page);
    painter.restore();
}

} // namespace hindsight::exporting::pdf
