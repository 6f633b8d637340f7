// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include "export/audience.h"
#include "export/discussionappendix.h"
#include "markdownblock.h"
#include "model/names.h"
#include "pdftable.h"
#include "reportmarks.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <iterator>

namespace hindsight::exporting::pdf {

using namespace model;

namespace {

const QChar lineBreak = QChar(QChar::LineSeparator);

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
    : m_review(review), m_options(options), m_style(style), m_device(device), m_flow(flow), m_clock(review.timeZone),
      m_figures(review), m_content(review, options.audience)
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
    const StyledText breakable = breakableLongWords(text);
    box.layout = std::make_shared<QTextLayout>(breakable.text, font, m_device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    box.layout->setTextOption(option);
    box.layout->setFormats(breakable.formats);
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
    styled.append(text, m_style.charFormat(font, colour));
    return styled;
}

StyledText ReportBuilder::inlineMarkdown(const QString &markdown, qreal points) const
{
    return styleMarkdownCell(markdown, m_style.charFormat(m_style.sans(points), PdfStyle::text()),
                             m_style.markdownCellStyle(points));
}

QString ReportBuilder::emojiFor(const QString &emoji) const
{
    return m_options.emoji ? m_style.printableEmoji(emoji) : QString();
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
        Pieces pieces = sectionPieces(key);
        Pieces figures = figurePieces(key);
        // An empty text says "Nothing recorded." unless figures follow it; one under a
        // subheading stays, since the figures belong to the whole section.
        const bool lastIsPlaceholder = !pieces.empty() && pieces.back().placeholder;
        if (!figures.empty() && lastIsPlaceholder && (pieces.size() == 1 || !pieces[pieces.size() - 2].keepWithNext))
            pieces.pop_back();
        std::move(figures.begin(), figures.end(), std::back_inserter(pieces));
        emitSection(sectionEmoji(key), sectionHeading(key, false), internalOnly, std::move(pieces),
                    marks::section(key));
    }
    // reviewForAudience() has already left out the notes a customer must not see.
    for (const auto &note : m_review.additional) {
        const QString title = note.heading.trimmed().isEmpty() ? tr("Additional notes") : note.heading.trimmed();
        emitSection({}, title, !customer() && note.visibility == Visibility::Internal, {markdown(note.markdown)},
                    marks::note(note.id));
    }
    // The team's open threads, for the internal version only, when asked for.
    if (m_options.openThreads && !customer()) {
        if (const QString appendix = DiscussionAppendix::markdown(m_review); !appendix.isEmpty())
            emitSection({}, DiscussionAppendix::title(), true, {markdown(appendix)}, marks::openThreads());
    }
}

void ReportBuilder::emitSection(const QString &emoji, const QString &title, bool internalOnly, Pieces pieces,
                                const QString &mark)
{
    m_flow.beginMark(mark);
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
        if (!piece.mark.isEmpty())
            m_flow.beginMark(piece.mark);
        if (piece.flowable)
            m_flow.add(piece.flowable);
        else
            m_flow.addBlock(piece.height, piece.paint);
        if (!piece.mark.isEmpty())
            m_flow.endMark();
    }
    m_flow.endMark();
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
    const TextBox box = layoutText(plain(title, font, PdfStyle::text()), font, m_flow.width());
    // Like a heading's, the emoji hangs to the left, so that the titles line up with the text.
    const QString shown = emojiFor(emoji);
    TextBox icon;
    if (!shown.isEmpty()) {
        const QFont emojiFont = m_style.emoji(PdfStyle::SubheadingSize - 0.5);
        icon = layoutText(plain(shown, emojiFont, PdfStyle::muted()), emojiFont, m_style.pt(40));
    }
    const qreal gap = m_style.pt(6);
    Piece piece;
    piece.spaceBefore = m_style.pt(8);
    piece.keepWithNext = true;
    piece.height = box.height + m_style.pt(5);
    piece.paint = [box, icon, gap](QPainter &painter) {
        if (icon.layout) {
            const qreal x = -gap - icon.layout->lineAt(0).naturalTextWidth();
            icon.layout->draw(&painter, QPointF(x, box.firstBaseline - icon.firstBaseline));
        }
        box.layout->draw(&painter, QPointF(0, 0));
    };
    return piece;
}

ReportBuilder::Piece ReportBuilder::markdown(const QString &text) const
{
    if (text.trimmed().isEmpty()) {
        Piece nothing = note(tr("Nothing recorded."));
        nothing.placeholder = true;
        return nothing;
    }
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
    return markedFacts(rows, {}).front();
}

ReportBuilder::Pieces ReportBuilder::markedFacts(const QList<std::pair<QString, StyledText>> &rows,
                                                 const QStringList &marks) const
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
    Pieces pieces;
    std::vector<Line> lines;
    qreal y = 0;
    const auto flush = [&](const QString &mark, bool last) {
        Piece piece;
        piece.height = y + (last ? pt(6) : 0);
        piece.mark = mark;
        piece.paint = [lines, labelWidth](QPainter &painter) {
            for (const auto &line : lines) {
                line.label.layout->draw(&painter, QPointF(0, line.top));
                line.value.layout->draw(&painter, QPointF(labelWidth, line.top));
            }
        };
        pieces.push_back(std::move(piece));
        lines.clear();
        y = 0;
    };
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const auto &[label, value] = rows.at(i);
        Line line{layoutText(plain(label, labelFont, PdfStyle::muted()), labelFont, labelWidth - pt(8)),
                  layoutText(value, m_style.sans(9), width - labelWidth, 1.2), y};
        y += std::max(line.label.height, line.value.height) + pt(4);
        lines.push_back(line);
        const QString mark = marks.value(i);
        if (i + 1 < rows.size() && marks.value(i + 1) != mark)
            flush(mark, false);
    }
    flush(marks.value(rows.size() - 1), true);
    return pieces;
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
        QList<StyledText> cells{plain(person.name, font, PdfStyle::text()),
                                inlineMarkdown(person.role, PdfStyle::TableSize)};
        if (withContacts)
            cells.append(styleLinkedText(person.contact, base, m_style.inlineFormats(PdfStyle::TableSize)));
        authors->addRow(cells);
    }
    authors->layout(m_flow.width(), m_flow.pageHeight());
    return {table(authors)};
}

ReportBuilder::Pieces ReportBuilder::impactPieces() const
{
    const QFont font = m_style.sans(9);
    // In the internal version, the parts that the customer version leaves out are tagged, so
    // that the preview can mark them (customerLeftOutParts()).
    const auto mark = [this](ImpactPart part) {
        return customer() || isInCustomerVersion(m_review, part) ? QString() : marks::impactPart(part);
    };
    QList<std::pair<QString, StyledText>> rows;
    QStringList rowMarks;
    for (const auto &figure : m_content.impactFigures(m_locale)) {
        const QString value = figure.isYesOrNo()        ? yesNo(figure.yes)
                              : figure.amount.isEmpty() ? tr("Unknown")
                                                        : figure.amount;
        rows.append({figure.label, plain(value, font, PdfStyle::text())});
        rowMarks.append(mark(figure.part));
    }
    Pieces pieces;
    if (!rows.isEmpty()) {
        for (auto &piece : markedFacts(rows, rowMarks))
            pieces.push_back(std::move(piece));
    }
    for (const auto &dimension : m_content.impactDimensions()) {
        Piece title = subheading(dimension.emoji, dimension.label);
        Piece text = markdown(dimension.markdown);
        title.mark = text.mark = mark(dimension.part);
        pieces.push_back(std::move(title));
        pieces.push_back(std::move(text));
    }
    // A customer version whose every part of the Impact section is internal.
    if (pieces.empty())
        pieces.push_back(note(tr("Nothing recorded.")));
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
        rows.append(
            {tr("Detected at"), plain(m_clock.formatWithZone(detection.time, precision), font, PdfStyle::text())});
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
        kind.append(enumLabel(event.kind), plainFormat);
        if (event.milestone != Milestone::None)
            kind.append(lineBreak + QStringLiteral("◆ ") + enumLabel(event.milestone), milestoneFormat);
        if (!customer() && event.visibility == Visibility::Internal)
            kind.append(lineBreak + tr("Internal"), internalFormat);
        timeline->addRow({plain(m_clock.format(event.time, event.precision), font, PdfStyle::text()), kind,
                          inlineMarkdown(event.text, PdfStyle::TableSize), plain(event.author, font, PdfStyle::text())},
                         marks::event(event.id));
    }
    timeline->layout(m_flow.width(), m_flow.pageHeight());
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
        return value.trimmed().isEmpty() ? plain(dash(), font, PdfStyle::faint())
                                         : plain(value, font, PdfStyle::text());
    };
    for (const auto &action : m_review.actions) {
        StyledText type;
        type.append(enumLabel(action.type), plainFormat);
        if (!customer() && action.visibility == Visibility::Internal)
            type.append(lineBreak + tr("Internal"), internalFormat);
        const StyledText ticket =
            action.ticket.trimmed().isEmpty()
                ? text({})
                : styleLinkedText(action.ticket, plainFormat, m_style.inlineFormats(PdfStyle::TableSize));
        actions->addRow({inlineMarkdown(action.title, PdfStyle::TableSize), type, text(action.owner), ticket,
                         text(priorityLabel(action.priority)),
                         text(action.due.isValid() ? action.due.toString(Qt::ISODate) : QString()),
                         text(enumLabel(action.status))},
                        marks::action(action.id));
    }
    actions->layout(m_flow.width(), m_flow.pageHeight());
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

} // namespace hindsight::exporting::pdf
