// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlpage.h"

#include "export/markdown/markdowntext.h"
#include "htmlfigures.h"
#include "htmlstyle.h"
#include "htmltext.h"
#include "model/names.h"

#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace hindsight::exporting::html {

using namespace model;

namespace {

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

QString element(const char *tag, const QString &content)
{
    const QLatin1StringView name(tag);
    return QLatin1Char('<') + name + QLatin1Char('>') + content + QStringLiteral("</") + name + QLatin1Char('>');
}

QString lessonEmoji(LessonKind kind)
{
    switch (kind) {
    case LessonKind::WentWell:
        return QStringLiteral("👍");
    case LessonKind::WentWrong:
        return QStringLiteral("👎");
    case LessonKind::GotLucky:
        break;
    }
    return QStringLiteral("🤞");
}

// The widest a figure is shown: the page's text width. Browsers scale a wider one down by the
// style sheet; mail clients that ignore it still keep the page's width.
constexpr int MaxFigureWidth = 880;

} // namespace

HtmlPage::HtmlPage(const Review &review, const ExportOptions &options)
    : m_review(review), m_options(options), m_customer(options.audience == ExportOptions::Audience::Customer),
      m_people(!m_customer || !options.redaction.peopleNames), m_metrics(Metrics::compute(review)), m_figures(review),
      m_content(review, options.audience)
{}

void HtmlPage::line(const QString &text)
{
    m_out += text;
    m_out += QLatin1Char('\n');
}

void HtmlPage::nothingRecorded()
{
    line(QStringLiteral("<p class=\"nothing\">") + escaped(tr("Nothing recorded.")) + QStringLiteral("</p>"));
}

QString HtmlPage::write()
{
    m_out.clear();
    m_error.clear();
    const QString title = isBlank(m_review.title) ? tr("Untitled review") : m_review.title.simplified();
    line(QStringLiteral("<!DOCTYPE html>"));
    //: The language this translation is written in, as an HTML lang attribute (a BCP 47 code).
    line(QStringLiteral("<html lang=\"") + escaped(tr("en", "language code")) + QStringLiteral("\">"));
    head(title);
    line(QStringLiteral("<body>"));
    line(QStringLiteral("<article class=\"review\">"));
    titleBlock(title);
    for (const auto key : allSections()) {
        const bool noFigures = m_figures.inSection(key).isEmpty();
        if (m_customer &&
            (m_review.visibility[int(key)] != Visibility::Public || (m_content.isEmpty(key) && noFigures)))
            continue;
        line(QStringLiteral("<section id=\"") + enumKey(key) + QStringLiteral("\">"));
        line(element("h2", escaped(sectionHeading(key, m_options.emoji))));
        // Impact and Lessons keep their subsections, each saying it is empty.
        if (!m_content.isEmpty(key) || key == SectionKey::Impact || key == SectionKey::Lessons)
            section(key);
        else if (noFigures)
            nothingRecorded();
        figures(key);
        if (!m_error.isEmpty())
            return {};
        line(QStringLiteral("</section>"));
    }
    for (const auto &note : m_review.additional) {
        if (m_customer && isBlank(note.markdown))
            continue;
        line(QStringLiteral("<section class=\"note\">"));
        line(element("h2", escaped(isBlank(note.heading) ? tr("Untitled note") : note.heading.simplified())));
        if (isBlank(note.markdown))
            nothingRecorded();
        else
            line(sectionHtml(note.markdown, 2).trimmed());
        line(QStringLiteral("</section>"));
    }
    line(QStringLiteral("</article>"));
    line(QStringLiteral("</body>"));
    line(QStringLiteral("</html>"));
    return m_out;
}

void HtmlPage::head(const QString &title)
{
    line(QStringLiteral("<head>"));
    line(QStringLiteral("<meta charset=\"utf-8\">"));
    line(QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
    // Browsers fetch nothing for the page, whatever might have slipped into it: no scripts, no
    // images but the page's own, no fonts.
    line(QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
                        "style-src 'unsafe-inline'\">"));
    const QString version = QCoreApplication::applicationVersion();
    line(QStringLiteral("<meta name=\"generator\" content=\"") +
         escaped(version.isEmpty() ? QStringLiteral("Hindsight") : QStringLiteral("Hindsight ") + version) +
         QStringLiteral("\">"));
    line(element("title", escaped(title)));
    line(QStringLiteral("<style>"));
    m_out += pageStyle();
    line(QStringLiteral("</style>"));
    line(QStringLiteral("</head>"));
}

void HtmlPage::titleBlock(const QString &title)
{
    line(QStringLiteral("<header>"));
    line(m_customer
             ? QStringLiteral("<p class=\"audience customer\">") + escaped(tr("Customer version")) +
                   QStringLiteral("</p>")
             : QStringLiteral("<p class=\"audience internal\">") + escaped(tr("Internal")) + QStringLiteral("</p>"));
    line(element("h1", escaped(title)));
    line(QStringLiteral("<p class=\"key-figures\">") + keyFigures() + QStringLiteral("</p>"));
    milestones();
    line(QStringLiteral("</header>"));
}

// As the Markdown export's line under the title: "SEV2 · Reviewed · Started … · Detected after 4m".
QString HtmlPage::keyFigures() const
{
    QStringList figures;
    if (const QString severity = severityLabel(m_review.severity); !severity.isEmpty())
        figures.append(element("strong", escaped(severity)));
    figures.append(escaped(enumLabel(m_review.status)));
    if (const auto *started = m_content.milestoneEvent(Milestone::Started))
        figures.append(escaped(tr("Started %1").arg(m_content.dateTimeWithZone(started->time, started->precision))));
    const auto after = [&](const char *text, const std::optional<qint64> &milliseconds) {
        if (milliseconds)
            figures.append(escaped(tr(text).arg(formatDuration(*milliseconds))));
    };
    after(QT_TR_NOOP("Detected after %1"), m_metrics.timeToDetect);
    after(QT_TR_NOOP("Mitigated after %1"), m_metrics.timeToMitigate);
    after(QT_TR_NOOP("Resolved after %1"), m_metrics.timeToResolve);
    return figures.join(QStringLiteral(" · "));
}

// The milestones' times, which the Markdown export keeps in its front matter.
void HtmlPage::milestones()
{
    QStringList rows;
    for (const auto milestone : {Milestone::Started, Milestone::Detected, Milestone::Acknowledged, Milestone::Mitigated,
                                 Milestone::Resolved}) {
        const auto *event = m_content.milestoneEvent(milestone);
        if (!event)
            continue;
        rows.append(QStringLiteral("<div><dt>") + escaped(enumLabel(milestone)) + QStringLiteral("</dt><dd>") +
                    timeCell(event->time, event->precision) + QStringLiteral("</dd></div>"));
    }
    if (rows.isEmpty())
        return;
    rows.append(QStringLiteral("<div><dt>") + escaped(tr("Time zone")) + QStringLiteral("</dt><dd>") +
                escaped(m_content.zoneName()) + QStringLiteral("</dd></div>"));
    line(QStringLiteral("<dl class=\"milestones\">"));
    for (const auto &row : std::as_const(rows))
        line(row);
    line(QStringLiteral("</dl>"));
}

void HtmlPage::section(SectionKey key)
{
    const auto &r = m_review;
    switch (key) {
    case SectionKey::Authors:
        authors();
        break;
    case SectionKey::Summary:
        text(r.summary);
        break;
    case SectionKey::Impact:
        impact();
        break;
    case SectionKey::Detection: {
        QList<std::pair<QString, QString>> rows;
        if (r.detection.method != DetectionMethod::Unset)
            rows.append({tr("Method:"), escaped(enumLabel(r.detection.method))});
        if (r.detection.time.isValid()) {
            rows.append({tr("Detected:"),
                         escaped(m_content.dateTimeWithZone(r.detection.time, r.detection.time.time().second() == 0
                                                                                  ? TimePrecision::Minute
                                                                                  : TimePrecision::Second))});
        }
        facts(rows);
        text(r.detection.markdown);
        break;
    }
    case SectionKey::Triage:
        if (const QString severity = severityLabel(r.severity); !severity.isEmpty())
            facts({{tr("Severity:"), escaped(severity)}});
        text(r.triage);
        break;
    case SectionKey::RootCauses:
        text(r.rootCauses);
        break;
    case SectionKey::Resolution:
        text(r.resolution);
        break;
    case SectionKey::Timeline:
        timeline();
        break;
    case SectionKey::Lessons:
        lessons();
        break;
    case SectionKey::Actions:
        actions();
        break;
    case SectionKey::Share:
        if (!isBlank(r.shareAudience))
            facts({{tr("Audience:"), escaped(r.shareAudience.simplified())}});
        text(r.share);
        break;
    }
}

// Labelled values as the Markdown export lists them: "- **Method:** Alert". Values are HTML.
void HtmlPage::facts(const QList<std::pair<QString, QString>> &rows)
{
    if (rows.isEmpty())
        return;
    line(QStringLiteral("<ul class=\"facts\">"));
    for (const auto &[label, value] : rows)
        line(QStringLiteral("<li><strong>") + escaped(label) + QStringLiteral("</strong> ") + value +
             QStringLiteral("</li>"));
    line(QStringLiteral("</ul>"));
}

// A section's text, under its h2.
void HtmlPage::text(const QString &markdown)
{
    if (!isBlank(markdown))
        line(sectionHtml(markdown, 2).trimmed());
}

void HtmlPage::subheading(const QString &emoji, const QString &label)
{
    line(element("h3", escaped(m_options.emoji ? QString(emoji + QLatin1Char(' ') + label) : label)));
}

void HtmlPage::authors()
{
    line(QStringLiteral("<ul class=\"authors\">"));
    for (const auto &person : m_review.authors) {
        QStringList parts{isBlank(person.name) ? tr("Unnamed") : person.name.simplified()};
        if (!isBlank(person.role))
            parts.append(person.role.simplified());
        // Already cleared in the customer version; checked again because a contact must never
        // reach it.
        if (!m_customer && !isBlank(person.contact))
            parts.append(person.contact.simplified());
        line(element("li", escaped(parts.join(QStringLiteral(", ")))));
    }
    line(QStringLiteral("</ul>"));
}

void HtmlPage::impact()
{
    QList<std::pair<QString, QString>> rows;
    // As the Markdown export writes them, whatever the reader's language.
    for (const auto &figure : m_content.impactFigures(QLocale(QLocale::English))) {
        if (figure.recorded())
            rows.append({figure.label + QLatin1Char(':'), escaped(figure.isYesOrNo() ? tr("yes") : figure.amount)});
    }
    facts(rows);
    for (const auto &dimension : m_content.impactDimensions()) {
        if (m_customer && isBlank(dimension.markdown))
            continue;
        subheading(dimension.emoji, dimension.label);
        if (isBlank(dimension.markdown))
            nothingRecorded();
        else
            line(sectionHtml(dimension.markdown, 3).trimmed());
    }
}

QString HtmlPage::timeCell(const QDateTime &time, TimePrecision precision) const
{
    const QString shown = escaped(m_content.dateTime(time, precision));
    if (!time.isValid())
        return shown;
    return QStringLiteral("<time datetime=\"") + DocumentContent::isoUtc(time, precision) + QStringLiteral("\">") +
           shown + QStringLiteral("</time>");
}

QString HtmlPage::tableRow(const QStringList &cells, const QStringList &classes)
{
    QString row = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString &cssClass = classes.value(i);
        row += cssClass.isEmpty() ? QStringLiteral("<td>")
                                  : QStringLiteral("<td class=\"") + cssClass + QStringLiteral("\">");
        row += cells.at(i) + QStringLiteral("</td>");
    }
    return row + QStringLiteral("</tr>");
}

QString HtmlPage::headerRow(const QStringList &labels)
{
    QString row = QStringLiteral("<thead><tr>");
    for (const auto &label : labels)
        row += element("th", escaped(label));
    return row + QStringLiteral("</tr></thead>");
}

void HtmlPage::timeline()
{
    const QStringList offsets = m_content.timelineOffsets();
    if (m_content.zoneName() == u"UTC" && offsets == QStringList{QStringLiteral("UTC+00:00")})
        line(element("p", escaped(tr("All times in UTC."))));
    else if (!offsets.isEmpty())
        line(element(
            "p", escaped(tr("All times in %1 (%2).").arg(m_content.zoneName(), offsets.join(QStringLiteral(", "))))));

    QStringList header{tr("Time (%1)").arg(m_content.zoneName()), tr("Kind"), tr("Milestone"), tr("Event")};
    if (m_people)
        header.append(tr("Author"));
    line(QStringLiteral("<table class=\"timeline\">"));
    line(headerRow(header));
    line(QStringLiteral("<tbody>"));
    for (const auto &event : m_content.timeline()) {
        QStringList cells{timeCell(event.time, event.precision), escaped(enumLabel(event.kind)),
                          event.milestone == Milestone::None ? QString() : escaped(enumLabel(event.milestone)),
                          cellHtml(event.text)};
        if (m_people)
            cells.append(escaped(event.author.simplified()));
        line(tableRow(cells, {QStringLiteral("time")}));
    }
    line(QStringLiteral("</tbody>"));
    line(QStringLiteral("</table>"));
}

void HtmlPage::lessons()
{
    for (const auto kind : enumValues<LessonKind>()) {
        QStringList items;
        for (const auto &lesson : m_review.lessons) {
            if (lesson.kind == kind && !isBlank(lesson.text))
                items.append(markdown::listItem(lesson.text, 3));
        }
        if (m_customer && items.isEmpty())
            continue;
        subheading(lessonEmoji(kind), enumLabel(kind));
        if (items.isEmpty())
            nothingRecorded();
        else
            line(markdownHtml(items.join(QLatin1Char('\n'))).trimmed());
    }
}

void HtmlPage::actions()
{
    QStringList header{tr("Title"), tr("Type")};
    if (m_people)
        header.append(tr("Owner"));
    header << tr("Ticket") << tr("Priority") << tr("Due") << tr("Status");
    line(QStringLiteral("<table class=\"actions\">"));
    line(headerRow(header));
    line(QStringLiteral("<tbody>"));
    for (const auto &action : m_review.actions) {
        QStringList cells{cellHtml(action.title), escaped(enumLabel(action.type))};
        if (m_people)
            cells.append(escaped(action.owner.simplified()));
        QString ticket = escaped(action.ticket.trimmed());
        if (const QUrl url = DocumentContent::ticketUrl(action.ticket); url.isValid())
            ticket = QStringLiteral("<a href=\"") + escaped(QString::fromLatin1(url.toEncoded())) +
                     QStringLiteral("\">") + escaped(DocumentContent::ticketLabel(url)) + QStringLiteral("</a>");
        cells << ticket << escaped(priorityLabel(action.priority))
              << (action.due.isValid() ? action.due.toString(Qt::ISODate) : QString())
              << escaped(enumLabel(action.status));
        // Keys, priorities and dates read badly broken over two lines.
        const QString nowrap = QStringLiteral("nowrap");
        QStringList classes(cells.size() - 4);
        classes << nowrap << nowrap << nowrap;
        line(tableRow(cells, classes));
    }
    line(QStringLiteral("</tbody>"));
    line(QStringLiteral("</table>"));
}

// Each figure after its section's text, its picture inside the page and its numbered caption
// under it; the caption is the picture's alt text too, as in the Markdown export.
void HtmlPage::figures(SectionKey key)
{
    for (const auto &[number, figure] : m_figures.inSection(key)) {
        const PageImage image = pageImage(figure, m_review, m_options.figureRenderer.get());
        if (image.bytes.isEmpty()) {
            m_error = tr("the chart “%1” could not be drawn.")
                          .arg(isBlank(figure.title) ? DocumentFigures::numberLabel(number) : figure.title);
            return;
        }
        QString alt = figure.caption.simplified();
        if (alt.isEmpty())
            alt = figure.kind == FigureKind::Chart && !isBlank(figure.title) ? figure.title.simplified()
                                                                             : DocumentFigures::numberLabel(number);
        QString size;
        if (image.size.isValid() && !image.size.isEmpty()) {
            const QSize shown =
                image.size.width() > MaxFigureWidth
                    ? QSize(MaxFigureWidth,
                            std::max(1, qRound(qreal(image.size.height()) * MaxFigureWidth / image.size.width())))
                    : image.size;
            size = QStringLiteral(" width=\"%1\" height=\"%2\"").arg(shown.width()).arg(shown.height());
        }
        line(QStringLiteral("<figure>"));
        line(QStringLiteral("<img src=\"") + dataUri(image.bytes, image.mimeType) + QStringLiteral("\" alt=\"") +
             escaped(alt) + QLatin1Char('"') + size + QLatin1Char('>'));
        line(element("figcaption", escaped(DocumentFigures::caption(number, figure.caption))));
        line(QStringLiteral("</figure>"));
    }
}

} // namespace hindsight::exporting::html
