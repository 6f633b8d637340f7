// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "localimages.h"

#include "import/markdown/markdownsource.h"
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

// A path relative to the imported file: not a URL, an absolute path or an anchor.
bool isLocal(const QString &target)
{
    return !target.isEmpty() && !target.startsWith(QLatin1Char('/')) && !target.startsWith(QLatin1Char('#')) &&
           !isUrl(target);
}

// The line's one inline node of type, white space aside, or nullptr.
cmark_node *only(const TextLine &line, cmark_node_type type)
{
    cmark_node *found = nullptr;
    for (auto *node : line.inlines) {
        if (cmark_node_get_type(node) == CMARK_NODE_TEXT && MarkdownTree::literal(node).trimmed().isEmpty())
            continue;
        if (found || cmark_node_get_type(node) != type)
            return nullptr;
        found = node;
    }
    return found;
}

// "*Figure 2: Pool saturation*", which Hindsight's own export writes under an image.
std::optional<QString> captionOf(const TextLine &line)
{
    static const QRegularExpression caption(QStringLiteral(R"(^Figure\s+\d+[:.]\s*(.*)$)"));
    cmark_node *emphasis = only(line, CMARK_NODE_EMPH);
    if (!emphasis)
        return std::nullopt;
    const auto match = caption.match(plainText(MarkdownTree::children(emphasis)));
    return match.hasMatch() ? std::optional<QString>(match.captured(1).trimmed()) : std::nullopt;
}

// Takes the image lines out of one field's text and returns them as figures.
QList<Figure> takeImages(QString &markdown, SectionKey section, const QDir &folder, QStringList &warnings,
                         QSet<QString> &reported)
{
    QList<Figure> figures;
    if (!markdown.contains(u"!["))
        return figures;
    const MarkdownSource source(markdown, 1);
    QSet<int> taken;
    const auto &blocks = source.blocks();
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        if (cmark_node_get_type(blocks[b]) != CMARK_NODE_PARAGRAPH)
            continue;
        const auto lines = source.textLines(blocks[b]);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            cmark_node *image = only(lines[i], CMARK_NODE_IMAGE);
            const QString target = image ? MarkdownTree::url(image) : QString();
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
            figure.caption = plainText(image);
            taken.insert(lines[i].number);
            // Hindsight's own export writes the caption again under the image, numbered: on the
            // next line, or after one blank line.
            std::optional<TextLine> next;
            if (i + 1 < lines.size())
                next = lines[i + 1];
            else if (b + 1 < blocks.size() && cmark_node_get_type(blocks[b + 1]) == CMARK_NODE_PARAGRAPH &&
                     source.startLine(blocks[b + 1]) <= lines[i].number + 2)
                next = source.textLines(blocks[b + 1]).first();
            if (const auto caption = next ? captionOf(*next) : std::nullopt) {
                figure.caption = *caption;
                taken.insert(next->number);
            }
            figures.append(std::move(figure));
        }
    }
    if (!figures.isEmpty()) {
        // No run of blank lines where an image stood.
        markdown = source.lines(source.firstLine(), source.lastLine(), taken);
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
    if (!markdown.contains(u"!["))
        return;
    const MarkdownTree tree(markdown);
    MarkdownTree::walk(tree.root(), [&](cmark_node *node) {
        if (cmark_node_get_type(node) != CMARK_NODE_IMAGE)
            return;
        const QString image = MarkdownTree::url(node);
        if (isUrl(image) || reported.contains(image))
            return;
        warnings.append(LocalImages::tr("The image %1 in %2 stays a link: only an image on a line of its own "
                                        "becomes a figure.")
                            .arg(QUrl::fromPercentEncoding(image.toUtf8()), where));
    });
}

} // namespace

bool isUrl(QStringView target)
{
    static const QRegularExpression scheme(QStringLiteral(R"(^(?:[A-Za-z][A-Za-z0-9+.-]*:|//))"));
    return scheme.match(target).hasMatch();
}

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
