// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownexporter.h"

#include "export/audience.h"
#include "export/discussionappendix.h"
#include "export/documentcontent.h"
#include "export/documentfigures.h"
#include "export/figurerenderer.h"
#include "export/markdown/assetfolder.h"
#include "export/markdown/markdowntext.h"
#include "export/outputfile.h"
#include "model/figures.h"
#include "model/metrics.h"
#include "model/names.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QUrl>

#include <algorithm>

namespace hindsight::exporting {

using namespace model;
using namespace markdown;

namespace {

// The English label, whatever the user's language: front matter is read by tools.
template <typename E>
QString sourceLabel(E value)
{
    for (const auto &entry : EnumInfo<E>::entries) {
        if (entry.value == value)
            return QString::fromLatin1(entry.label);
    }
    return {};
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

QString ticketCell(const QString &ticket)
{
    const QUrl url = DocumentContent::ticketUrl(ticket);
    if (!url.isValid())
        return plainCell(ticket.trimmed());
    QString target = QString::fromLatin1(url.toEncoded(QUrl::FullyEncoded));
    // Characters a link destination or a table cell would read as their own.
    target.replace(QLatin1Char('('), QStringLiteral("%28"));
    target.replace(QLatin1Char(')'), QStringLiteral("%29"));
    target.replace(QLatin1Char('|'), QStringLiteral("%7C"));
    target.replace(QLatin1Char('<'), QStringLiteral("%3C"));
    target.replace(QLatin1Char('>'), QStringLiteral("%3E"));
    return QLatin1Char('[') + plainCell(DocumentContent::ticketLabel(url)) + QStringLiteral("](") + target +
           QLatin1Char(')');
}

QString tableRow(const QStringList &cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
}

// A caption as an image's alt text: one line, escaped as plain text. Alt text is inline
// Markdown that readers show as plain text, so an entity, emphasis or a code span in a caption
// would show resolved and joined ("K&#97;trin" as "Katrin"), past the redaction of the caption
// as plain text.
QString altText(const QString &caption)
{
    return plainInline(caption.simplified());
}

class Writer
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownExporter)

public:
    Writer(const Review &review, const ExportOptions &options, const QString &assetFolder)
        : m_review(review), m_customer(options.audience == ExportOptions::Audience::Customer), m_emoji(options.emoji),
          m_openThreads(options.openThreads && !m_customer), m_people(!m_customer || !options.redaction.peopleNames),
          m_metrics(Metrics::compute(review)), m_figures(review), m_content(review, options.audience),
          // Every character but the unreserved ones percent-encoded: spaces, parentheses and
          // non-ASCII names work in links on GitHub and GitLab alike.
          m_assetLink(QString::fromLatin1(QUrl::toPercentEncoding(assetFolder)))
    {}

    QString document()
    {
        frontMatter();
        const QString title = isBlank(m_review.title) ? tr("Untitled review") : m_review.title;
        line(QStringLiteral("# ") + plainInline(title));
        line();
        line(keyFigures());
        for (const auto key : allSections()) {
            const QList<DocumentFigures::Numbered> figures = m_figures.inSection(key);
            if (m_customer &&
                (m_review.visibility[int(key)] != Visibility::Public || (m_content.isEmpty(key) && figures.isEmpty())))
                continue;
            line();
            line(QStringLiteral("## ") + sectionHeading(key, m_emoji));
            line();
            const qsizetype start = m_out.size();
            // Impact and Lessons keep their subsections, each saying it is empty.
            if (!m_content.isEmpty(key) || key == SectionKey::Impact || key == SectionKey::Lessons)
                section(key);
            else if (figures.isEmpty())
                nothingRecorded();
            writeFigures(figures, m_out.size() > start);
        }
        for (const auto &note : m_review.additional) {
            if (m_customer && isBlank(note.markdown))
                continue;
            line();
            line(QStringLiteral("## ") + plainInline(isBlank(note.heading) ? tr("Untitled note") : note.heading));
            line();
            if (isBlank(note.markdown))
                nothingRecorded();
            else
                line(nestedMarkdown(note.markdown, 2));
        }
        if (m_openThreads) {
            if (const QString appendix = DiscussionAppendix::markdown(m_review); !appendix.isEmpty()) {
                line();
                line(QStringLiteral("## ") + DiscussionAppendix::title());
                line();
                line(nestedMarkdown(appendix, 2));
            }
        }
        return m_out;
    }

    const QList<MarkdownAsset> &assets() const { return m_assets; }

private:
    void line(const QString &text = {})
    {
        m_out += text;
        m_out += QLatin1Char('\n');
    }

    void nothingRecorded() { line(QLatin1Char('_') + tr("Nothing recorded.") + QLatin1Char('_')); }

    // Each figure as an image on a line of its own, its file in the assets folder, and the
    // numbered caption in italics under it, as the PDF prints it (and as the Markdown importer
    // reads it back). A chart's file is a PNG drawn when the file is written.
    void writeFigures(const QList<DocumentFigures::Numbered> &figures, bool afterText)
    {
        for (const auto &[number, figure] : figures) {
            if (afterText || number != figures.first().number)
                line();
            const QString suffix =
                figure.kind == FigureKind::Chart ? QStringLiteral("png") : FigureImages::suffix(figure.image);
            const QString fileName = QStringLiteral("figure-%1.%2").arg(QString::number(number), suffix);
            QString alt = altText(figure.caption);
            if (alt.isEmpty())
                alt = altText(figure.kind == FigureKind::Chart && !isBlank(figure.title)
                                  ? figure.title
                                  : DocumentFigures::numberLabel(number));
            line(QStringLiteral("![") + alt + QStringLiteral("](") + m_assetLink + QLatin1Char('/') + fileName +
                 QLatin1Char(')'));
            line();
            line(QLatin1Char('*') + plainInline(DocumentFigures::caption(number, figure.caption)) + QLatin1Char('*'));
            m_assets.append({fileName, figure});
        }
    }

    void frontMatter()
    {
        line(QStringLiteral("---"));
        line(QStringLiteral("title: ") + yamlString(m_review.title));
        if (const QString severity = severityLabel(m_review.severity); !severity.isEmpty())
            line(QStringLiteral("severity: ") + severity);
        line(QStringLiteral("status: ") + yamlString(sourceLabel(m_review.status)));
        line(QStringLiteral("audience: ") + (m_customer ? QStringLiteral("customer") : QStringLiteral("internal")));
        for (const auto milestone : {Milestone::Started, Milestone::Detected, Milestone::Acknowledged,
                                     Milestone::Mitigated, Milestone::Resolved}) {
            if (const auto *event = m_content.milestoneEvent(milestone))
                line(enumKey(milestone) + QStringLiteral(": ") +
                     DocumentContent::isoUtc(event->time, event->precision));
        }
        const auto duration = [&](const char *key, const std::optional<qint64> &milliseconds) {
            if (milliseconds)
                line(QLatin1StringView(key) + QStringLiteral(": ") + yamlString(formatDuration(*milliseconds)));
        };
        duration("time-to-detect", m_metrics.timeToDetect);
        duration("time-to-acknowledge", m_metrics.timeToAcknowledge);
        duration("time-to-mitigate", m_metrics.timeToMitigate);
        duration("time-to-resolve", m_metrics.timeToResolve);
        line(QStringLiteral("time-zone: ") + yamlString(m_content.zoneName()));
        if (!m_review.authors.isEmpty()) {
            line(QStringLiteral("authors:"));
            for (const auto &person : m_review.authors) {
                line(QStringLiteral("  - name: ") + yamlString(person.name));
                if (!isBlank(person.role))
                    line(QStringLiteral("    role: ") + yamlString(person.role));
                // Already cleared in the customer version; checked again because a contact
                // must never reach it.
                if (!m_customer && !isBlank(person.contact))
                    line(QStringLiteral("    contact: ") + yamlString(person.contact));
            }
        }
        const QString version = QCoreApplication::applicationVersion();
        line(QStringLiteral("generated-by: ") +
             yamlString(version.isEmpty() ? QStringLiteral("Hindsight") : QStringLiteral("Hindsight ") + version));
        line(QStringLiteral("---"));
        line();
    }

    QString keyFigures() const
    {
        QStringList figures;
        if (const QString severity = severityLabel(m_review.severity); !severity.isEmpty())
            figures.append(QStringLiteral("**") + severity + QStringLiteral("**"));
        figures.append(enumLabel(m_review.status));
        if (const auto *started = m_content.milestoneEvent(Milestone::Started))
            figures.append(tr("Started %1").arg(m_content.dateTimeWithZone(started->time, started->precision)));
        const auto after = [&](const char *text, const std::optional<qint64> &milliseconds) {
            if (milliseconds)
                figures.append(tr(text).arg(formatDuration(*milliseconds)));
        };
        after(QT_TR_NOOP("Detected after %1"), m_metrics.timeToDetect);
        after(QT_TR_NOOP("Mitigated after %1"), m_metrics.timeToMitigate);
        after(QT_TR_NOOP("Resolved after %1"), m_metrics.timeToResolve);
        figures.append(m_customer ? tr("Customer version") : tr("Internal"));
        return figures.join(QStringLiteral(" · "));
    }

    void section(SectionKey key)
    {
        const auto &r = m_review;
        switch (key) {
        case SectionKey::Authors:
            authors();
            break;
        case SectionKey::Summary:
            line(nestedMarkdown(r.summary, 2));
            break;
        case SectionKey::Impact:
            impact();
            break;
        case SectionKey::Detection:
            if (r.detection.method != DetectionMethod::Unset)
                line(QStringLiteral("- **") + tr("Method:") + QStringLiteral("** ") + enumLabel(r.detection.method));
            if (r.detection.time.isValid()) {
                line(QStringLiteral("- **") + tr("Detected:") + QStringLiteral("** ") +
                     m_content.dateTimeWithZone(r.detection.time, r.detection.time.time().second() == 0
                                                                      ? TimePrecision::Minute
                                                                      : TimePrecision::Second));
            }
            textAfterFigures(r.detection.markdown,
                             r.detection.method != DetectionMethod::Unset || r.detection.time.isValid());
            break;
        case SectionKey::Triage:
            if (const QString severity = severityLabel(r.severity); !severity.isEmpty())
                line(QStringLiteral("- **") + tr("Severity:") + QStringLiteral("** ") + severity);
            textAfterFigures(r.triage, !severityLabel(r.severity).isEmpty());
            break;
        case SectionKey::RootCauses:
            line(nestedMarkdown(r.rootCauses, 2));
            break;
        case SectionKey::Resolution:
            line(nestedMarkdown(r.resolution, 2));
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
                line(QStringLiteral("- **") + tr("Audience:") + QStringLiteral("** ") + plainInline(r.shareAudience));
            textAfterFigures(r.share, !isBlank(r.shareAudience));
            break;
        }
    }

    void textAfterFigures(const QString &markdown, bool figuresWritten)
    {
        if (isBlank(markdown))
            return;
        if (figuresWritten)
            line();
        line(nestedMarkdown(markdown, 2));
    }

    void authors()
    {
        for (const auto &person : m_review.authors) {
            QStringList parts{plainInline(isBlank(person.name) ? tr("Unnamed") : person.name)};
            if (!isBlank(person.role))
                parts.append(plainInline(person.role));
            if (!m_customer && !isBlank(person.contact))
                parts.append(plainInline(person.contact));
            line(QStringLiteral("- ") + parts.join(QStringLiteral(", ")));
        }
    }

    void impact()
    {
        QStringList figures;
        for (const auto &figure : m_content.impactFigures(QLocale(QLocale::English))) {
            if (figure.recorded()) {
                figures.append(QStringLiteral("- **") + figure.label + QStringLiteral(":** ") +
                               (figure.isYesOrNo() ? tr("yes") : plainInline(figure.amount)));
            }
        }
        bool first = true;
        if (!figures.isEmpty()) {
            line(figures.join(QLatin1Char('\n')));
            first = false;
        }
        for (const auto &dimension : m_content.impactDimensions()) {
            if (m_customer && isBlank(dimension.markdown))
                continue;
            if (!first)
                line();
            first = false;
            subheading(dimension.emoji, dimension.label);
            if (isBlank(dimension.markdown))
                nothingRecorded();
            else
                line(nestedMarkdown(dimension.markdown, 3));
        }
    }

    void subheading(const QString &emoji, const QString &label)
    {
        line(QStringLiteral("### ") + (m_emoji ? QString(emoji + QLatin1Char(' ') + label) : label));
        line();
    }

    void timeline()
    {
        const QStringList offsets = m_content.timelineOffsets();
        if (m_content.zoneName() == u"UTC" && offsets == QStringList{QStringLiteral("UTC+00:00")})
            line(tr("All times in UTC."));
        else if (!offsets.isEmpty())
            line(tr("All times in %1 (%2).").arg(m_content.zoneName(), offsets.join(QStringLiteral(", "))));
        line();

        QStringList header{tr("Time (%1)").arg(m_content.zoneName()), tr("Kind"), tr("Milestone"), tr("Event")};
        if (m_people)
            header.append(tr("Author"));
        line(tableRow(header));
        line(tableRow(QStringList(header.size(), QStringLiteral("---"))));
        for (const auto &event : m_content.timeline()) {
            QStringList cells{m_content.dateTime(event.time, event.precision), enumLabel(event.kind),
                              event.milestone == Milestone::None ? QString() : enumLabel(event.milestone),
                              markdownCell(event.text)};
            if (m_people)
                cells.append(plainCell(event.author));
            line(tableRow(cells));
        }
    }

    void lessons()
    {
        const auto emoji = [](LessonKind kind) {
            switch (kind) {
            case LessonKind::WentWell:
                return QStringLiteral("👍");
            case LessonKind::WentWrong:
                return QStringLiteral("👎");
            case LessonKind::GotLucky:
                break;
            }
            return QStringLiteral("🤞");
        };
        bool first = true;
        for (const auto kind : enumValues<LessonKind>()) {
            QStringList items;
            for (const auto &lesson : m_review.lessons) {
                if (lesson.kind == kind && !isBlank(lesson.text))
                    items.append(listItem(lesson.text, 3));
            }
            if (m_customer && items.isEmpty())
                continue;
            if (!first)
                line();
            first = false;
            subheading(emoji(kind), enumLabel(kind));
            if (items.isEmpty())
                nothingRecorded();
            else
                line(items.join(QLatin1Char('\n')));
        }
    }

    void actions()
    {
        QStringList header{tr("Title"), tr("Type")};
        if (m_people)
            header.append(tr("Owner"));
        header << tr("Ticket") << tr("Priority") << tr("Due") << tr("Status");
        line(tableRow(header));
        line(tableRow(QStringList(header.size(), QStringLiteral("---"))));
        for (const auto &action : m_review.actions) {
            QStringList cells{markdownCell(action.title), enumLabel(action.type)};
            if (m_people)
                cells.append(plainCell(action.owner));
            cells << ticketCell(action.ticket) << priorityLabel(action.priority)
                  << (action.due.isValid() ? action.due.toString(Qt::ISODate) : QString()) << enumLabel(action.status);
            line(tableRow(cells));
        }
    }

    const Review &m_review;
    const bool m_customer;
    const bool m_emoji;
    const bool m_openThreads;
    // Whether names are shown in the timeline's and the actions' columns.
    const bool m_people;
    const Metrics m_metrics;
    const DocumentFigures m_figures;
    const DocumentContent m_content;
    const QString m_assetLink;
    QList<MarkdownAsset> m_assets;
    QString m_out;
};

} // namespace

QString markdownAssetFolder(const QString &markdownPath)
{
    return QFileInfo(markdownPath).completeBaseName() + QStringLiteral(".assets");
}

MarkdownDocument reviewToMarkdownDocument(const Review &source, const ExportOptions &options,
                                          const QString &assetFolder)
{
    MarkdownDocument document;
    document.review = reviewForAudience(source, options);
    Writer writer(document.review, options, assetFolder);
    document.markdown = writer.document().toUtf8();
    document.assets = writer.assets();
    return document;
}

QByteArray reviewToMarkdown(const Review &review, const ExportOptions &options)
{
    return reviewToMarkdownDocument(review, options, markdownAssetFolder(QStringLiteral("review.md"))).markdown;
}

QImage markdownChartImage(const FigureRenderer &renderer, const Figure &chart, const Review &review)
{
    // Drawn at twice its size, for screens that have twice the pixels and for zooming in.
    constexpr int Width = 800;
    constexpr qreal Scale = 2;
    const int height = qRound(Width / std::max(0.5, renderer.chartAspectRatio()));
    QImage image(QSize(Width, height) * Scale, QImage::Format_RGB32);
    image.setDevicePixelRatio(Scale);
    // White, not transparent: GitHub's dark theme would show a transparent chart's black text
    // on black.
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    renderer.drawChart(painter, QRectF(0, 0, Width, height), chart, review);
    painter.end();
    return image;
}

QString MarkdownExporter::id() const
{
    return QStringLiteral("md");
}

QString MarkdownExporter::name() const
{
    return tr("Markdown (GitHub)");
}

QStringList MarkdownExporter::suffixes() const
{
    return {QStringLiteral("md"), QStringLiteral("markdown")};
}

QString MarkdownExporter::writeTo(const Review &review, const QString &path, const ExportOptions &options) const
{
    if (options.audience == ExportOptions::Audience::Customer) {
        if (const QStringList problems = options.redaction.validate(); !problems.isEmpty())
            return problems.first();
    }
    const QString folderName = markdownAssetFolder(path);
    const MarkdownDocument document = reviewToMarkdownDocument(review, options, folderName);
    if (const QString missing = DocumentFigures(document.review).missingRenderer(options, path); !missing.isEmpty())
        return missing;

    // Opened first, so that a folder that is missing or closed is named as the reason.
    OutputFile file(path);
    if (auto error = file.open(); !error.isEmpty())
        return error;
    // The figures' files first, in a folder of their own that takes the place of the old one
    // only together with the Markdown file: a failure leaves the previous export as it was.
    AssetFolder assets(QFileInfo(path).absoluteDir().filePath(folderName));
    if (const QString error = assets.prepare(!document.assets.isEmpty()); !error.isEmpty())
        return tr("Cannot write %1: %2").arg(path, error);
    for (const auto &asset : document.assets) {
        QByteArray bytes = asset.figure.image;
        if (asset.figure.kind == FigureKind::Chart) {
            bytes.clear();
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            if (!markdownChartImage(*options.figureRenderer, asset.figure, document.review).save(&buffer, "PNG"))
                return tr("Cannot write %1: the chart “%2” could not be saved as PNG.")
                    .arg(path, asset.figure.title.isEmpty() ? asset.fileName : asset.figure.title);
        }
        if (const QString error = assets.add(asset.fileName, bytes); !error.isEmpty())
            return tr("Cannot write %1: %2").arg(path, error);
    }

    if (auto error = file.write(document.markdown); !error.isEmpty())
        return error;
    if (const QString error = assets.install(); !error.isEmpty())
        return tr("Cannot write %1: %2").arg(path, error);
    if (auto error = file.commit(); !error.isEmpty()) {
        assets.rollBack();
        return error;
    }
    assets.finish();
    return {};
}

} // namespace hindsight::exporting
