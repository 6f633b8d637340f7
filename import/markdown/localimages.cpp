// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "localimages.h"

#include "import/markdown/markdowninline.h"
#include "model/figures.h"
#include "model/names.h"
#include "model/reviewfields.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace hindsight::importing::mdimport {

using namespace model;

namespace {

struct LocalImages
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownImporter)
};

// The template's Markdown fields, each with the section its figures go to.
constexpr Field markdownFields[] = {Field::Summary,    Field::ImpactUser, Field::ImpactBusiness,
                                    Field::ImpactTeam, Field::Detection,  Field::Triage,
                                    Field::RootCauses, Field::Resolution, Field::Share};

// "Pool \*saturated\*" as Markdown writes a caption with punctuation in it: the caption is
// plain text in the review.
QString unescaped(QString text)
{
    static const QRegularExpression escape(QStringLiteral(R"(\\([!-/:-@\[-`{-~]))"));
    return text.replace(escape, QStringLiteral("\\1")).trimmed();
}

// A path relative to the imported file: not a URL, an absolute path or an anchor.
bool isLocal(const QString &target)
{
    return !target.isEmpty() && !target.startsWith(QLatin1Char('/')) && !target.startsWith(QLatin1Char('#')) &&
           !isUrl(target);
}

// Takes the image lines out of one field's text and returns them as figures.
QList<Figure> takeImages(QString &markdown, SectionKey section, const QDir &folder, QStringList &warnings,
                         QSet<QString> &reported)
{
    static const QRegularExpression imageLine(
        QStringLiteral(R"(^\s{0,3}!\[((?:[^\]\\]|\\.)*)\]\(\s*(?:<([^>]+)>|([^)\s]+))(?:\s+"[^"]*")?\s*\)\s*$)"));
    static const QRegularExpression captionLine(QStringLiteral(R"(^\s{0,3}([*_])Figure\s+\d+[:.]\s*(.*)\1\s*$)"));
    QList<Figure> figures;
    if (!markdown.contains(u"!["))
        return figures;
    QStringList lines = markdown.split(QLatin1Char('\n'));
    bool inFence = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~"))
            inFence = !inFence;
        const auto match = inFence ? QRegularExpressionMatch() : imageLine.match(lines.at(i));
        if (!match.hasMatch())
            continue;
        const QString target = match.captured(2).isEmpty() ? match.captured(3) : match.captured(2);
        if (!isLocal(target))
            continue;
        const QString relative = QUrl::fromPercentEncoding(target.toUtf8());
        const QString path = folder.filePath(relative);
        if (!QFileInfo::exists(path)) {
            warnings.append(LocalImages::tr("The image %1 in %2 was not found beside the file; it stays a link.")
                                .arg(relative, enumLabel(section)));
            reported.insert(target);
            continue;
        }
        auto read = FigureImages::readFile(path);
        if (!read.error.isEmpty()) {
            warnings.append(read.error);
            reported.insert(target);
            continue;
        }
        Figure figure;
        figure.image = std::move(read.bytes);
        const auto info = FigureImages::inspect(figure.image, QFileInfo(relative).fileName());
        if (!info.isValid()) {
            warnings.append(LocalImages::tr("%1 It stays a link.").arg(info.error));
            reported.insert(target);
            continue;
        }
        figure.section = section;
        figure.kind = FigureKind::Image;
        figure.source = QFileInfo(relative).fileName();
        figure.caption = unescaped(match.captured(1));
        qsizetype last = i;
        // Hindsight's own export writes the caption again under the image, numbered.
        for (qsizetype next = i + 1; next < lines.size() && next <= i + 2; ++next) {
            if (lines.at(next).trimmed().isEmpty())
                continue;
            if (const auto caption = captionLine.match(lines.at(next)); caption.hasMatch()) {
                figure.caption = unescaped(caption.captured(2));
                last = next;
            }
            break;
        }
        figures.append(std::move(figure));
        lines.remove(i, last - i + 1);
        --i;
    }
    if (!figures.isEmpty()) {
        // No run of blank lines where an image stood.
        markdown = lines.join(QLatin1Char('\n'));
        static const QRegularExpression blankRun(QStringLiteral("\n{3,}"));
        markdown.replace(blankRun, QStringLiteral("\n\n"));
        markdown = markdown.trimmed();
    }
    return figures;
}

// Local images that stay in the text after the figures were taken out: inside a sentence, in
// an additional note (notes have no figures) or in a timeline or action row.
void warnAboutLinks(const QString &markdown, const QString &where, const QSet<QString> &reported, QStringList &warnings)
{
    bool inFence = false;
    for (const auto &line : markdown.split(QLatin1Char('\n'))) {
        const auto trimmed = line.trimmed();
        if (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~"))
            inFence = !inFence;
        if (inFence)
            continue;
        for (const auto &image : localImages(line)) {
            if (reported.contains(image))
                continue;
            warnings.append(LocalImages::tr("The image %1 in %2 stays a link: only an image on a line of its own "
                                            "becomes a figure.")
                                .arg(QUrl::fromPercentEncoding(image.toUtf8()), where));
        }
    }
}

} // namespace

void attachLocalImages(Review &review, const QDir &folder, QStringList &warnings)
{
    const qsizetype before = warnings.size();
    QSet<QString> reported;
    for (const auto field : markdownFields) {
        QString markdown = fieldValue(review, field).toString();
        const auto figures = takeImages(markdown, sectionOfField(field), folder, warnings, reported);
        if (!figures.isEmpty()) {
            setFieldValue(review, field, markdown);
            review.figures.append(figures);
        }
        warnAboutLinks(markdown, enumLabel(sectionOfField(field)), reported, warnings);
    }
    for (const auto &note : review.additional)
        warnAboutLinks(note.markdown, note.heading, reported, warnings);
    for (const auto &event : review.timeline)
        warnAboutLinks(event.text, enumLabel(SectionKey::Timeline), reported, warnings);
    // One image shown twice warns once.
    QStringList seen;
    for (qsizetype i = before; i < warnings.size();) {
        if (seen.contains(warnings.at(i))) {
            warnings.removeAt(i);
        } else {
            seen.append(warnings.at(i));
            ++i;
        }
    }
    // In template order, as the sections show them.
    std::stable_sort(review.figures.begin(), review.figures.end(),
                     [](const Figure &a, const Figure &b) { return int(a.section) < int(b.section); });
}

} // namespace hindsight::importing::mdimport
