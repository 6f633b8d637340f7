// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/metrics.h"
#include "model/names.h"
#include "reportbuilder.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

// The report's first block and the running header and footer of every page.
namespace hindsight::exporting::pdf {

using namespace model;

namespace {

QString dash()
{
    return QStringLiteral("–");
}

} // namespace

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
    statusText.append(tr("Status") + QStringLiteral("  "), m_style.charFormat(statusFont, PdfStyle::muted()));
    statusText.append(enumLabel(m_review.status), m_style.charFormat(m_style.sans(9, QFont::Bold), PdfStyle::text()));
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
    const auto duration = [&](const std::optional<qint64> &value) { return value ? formatDuration(*value) : dash(); };
    QList<std::pair<QString, QString>> figureTexts{
        {tr("Started"), time(Milestone::Started)},
        {tr("Resolved"), time(Milestone::Resolved)},
        {tr("Duration"), duration(metrics.duration)},
        {tr("Time to detect"), duration(metrics.timeToDetect)},
        {tr("Time to resolve"), duration(metrics.timeToResolve)},
    };
    // Left out, rather than shown unknown, where the customer version leaves the figure out.
    if (m_content.shows(ImpactPart::UsersAffected)) {
        figureTexts.append({tr("Users affected"), m_review.impact.usersAffected
                                                      ? m_locale.toString(qlonglong(*m_review.impact.usersAffected))
                                                      : dash()});
    }
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
    notes.append(tr("All times are in %1.")
                     .arg(m_clock.describe(metrics.at(Milestone::Started).isValid() ? metrics.at(Milestone::Started)
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
    m_flow.addBlock(total, [=, this](QPainter &painter) {
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
    });
}

void ReportBuilder::paintPageFrame(QPainter &painter, const QRectF &body, int index, int count) const
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
