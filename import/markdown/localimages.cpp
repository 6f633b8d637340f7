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

// A path, not a URL or an anchor.
bool isLocal(const QString &target)
{
    return !target.isEmpty() && !target.startsWith(QLatin1Char('#')) && !isUrl(target);
}

// Whether path (absolute and clean) names something inside folder (the same), not folder itself.
bool isWithin(const QString &path, const QString &folder)
{
    const QString prefix = folder.endsWith(QLatin1Char('/')) ? folder : QString(folder + QLatin1Char('/'));
    return path.size() > prefix.size() && path.startsWith(prefix);
}

struct ImageFile
{
    QString path;   // canonical; empty when the image is not read
    QString reason; // why not, for people
};

// The file an image names, when it may be read: in the Markdown file's folder or a folder below
// it, also after following symbolic links. A document from elsewhere must not make the import
// copy other files of the disk into a review that is then shared: "../private.png",
// "..%2Fprivate.png" (decoded first), "/home/…" or a link that leads out of the folder.
ImageFile imageFile(const QDir &folder, const QString &relative, const QString &where)
{
    const QString folderPath = QDir::cleanPath(folder.absolutePath());
    if (QDir::isAbsolutePath(relative) || !isWithin(QDir::cleanPath(folder.absoluteFilePath(relative)), folderPath)) {
        return {{},
                LocalImages::tr("The image %1 in %2 lies outside the folder of the Markdown file; it stays a link: "
                                "only images in that folder and the folders below it are read.")
                    .arg(relative, where)};
    }
    const QFileInfo info(folder.filePath(relative));
    if (!info.exists()) {
        return {
            {},
            LocalImages::tr("The image %1 in %2 was not found beside the file; it stays a link.").arg(relative, where)};
    }
    const QString canonical = info.canonicalFilePath();
    if (!isWithin(canonical, folder.canonicalPath())) {
        return {{},
                LocalImages::tr("The image %1 in %2 leads through a symbolic link to a file outside the folder of the "
                                "Markdown file; it stays a link: only images in that folder and the folders below it "
                                "are read.")
                    .arg(relative, where)};
    }
    return {canonical, {}};
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
            QString relative = QUrl::fromPercentEncoding(target.toUtf8());
            if (relative.contains(QChar(0)))
                relative = target; // "%00" names no file: the name stays as written
            const auto file = imageFile(folder, relative, enumLabel(section));
            if (file.path.isEmpty()) {
                warnings.append(file.reason);
                reported.insert(target);
                continue;
            }
            // The canonical path: what was checked is what is read.
            auto read = FigureImages::readFile(file.path);
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
