// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownreader.h"

#include "import/markdown/actionsreader.h"
#include "import/markdown/authorsreader.h"
#include "import/markdown/detectionreader.h"
#include "import/markdown/documentoutline.h"
#include "import/markdown/exportvocabulary.h"
#include "import/markdown/frontmatterreader.h"
#include "import/markdown/impactreader.h"
#include "import/markdown/lessonsreader.h"
#include "import/markdown/localimages.h"
#include "import/markdown/metadatafields.h"
#include "import/markdown/metadatareader.h"
#include "import/markdown/readercontext.h"
#include "import/markdown/textsectionreader.h"
#include "import/markdown/timelinereader.h"
#include "import/textfile.h"
#include "model/names.h"

#include <algorithm>

namespace hindsight::importing::mdimport {

using namespace model;

namespace {

QString templateText(const QByteArray &data)
{
    QString text = QString::fromUtf8(TextFile::withoutByteOrderMark(data));
    // cmark-gfm reads any line ending; the lines kept as written are cut at "\n".
    if (text.contains(u'\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', u'\n');
    }
    // A review Hindsight exported in another language reads as one written in the template's.
    return toTemplateEnglish(text);
}

} // namespace

ImportResult MarkdownReader::read(const QByteArray &data, bool besideFile)
{
    if (const QString problem = TextFile::problem(data); !problem.isEmpty())
        return {std::nullopt, problem, {}};
    ReaderContext context(templateText(data));
    read(context, besideFile);
    if (context.failed())
        return {std::nullopt, context.error(), {}};
    return {std::move(context.review), {}, context.warnings()};
}

void MarkdownReader::read(ReaderContext &context, bool besideFile)
{
    const int bodyLine = FrontMatterReader(context).read();
    if (context.failed())
        return;
    context.parseBody(bodyLine);
    outlineDocument(context);
    if (!besideFile)
        warnAboutLocalImages(context);

    MetadataReader(context).read();
    if (context.failed())
        return;
    const auto any = [](const auto &lists) {
        return std::any_of(lists.cbegin(), lists.cend(), [](const auto &list) { return !list.isEmpty(); });
    };
    TextSectionReader text(context);
    if (!any(context.parts) && !any(context.inlineParts)) {
        context.review.summary = context.markdown(0, context.blockCount());
        context.warn(0,
                     tr("No heading names a section of the review template; the whole text was put in the summary."));
        finish(context);
        return;
    }
    if (const QString introduction = context.markdown(0, context.preambleEnd); !introduction.isEmpty())
        context.addNote(context.source().firstLine(), tr("Introduction"), introduction);
    for (const auto &part : std::as_const(context.unknownParts))
        context.addNote(part.line, part.heading, context.markdown(part.first, part.last));

    auto &review = context.review;
    AuthorsReader(context).read();
    text.read(SectionKey::Summary, review.summary);
    ImpactReader(context).read();
    DetectionReader(context).read();
    text.readTriage();
    text.read(SectionKey::RootCauses, review.rootCauses);
    text.read(SectionKey::Resolution, review.resolution);
    TimelineReader(context).read();
    if (context.failed())
        return;
    LessonsReader(context).read();
    ActionsReader(context).read();
    text.readShare();
    finish(context);
}

// Text pasted rather than read from a file has no folder to take images from.
void MarkdownReader::warnAboutLocalImages(ReaderContext &context)
{
    if (!context.source().contains("!["))
        return;
    MarkdownTree::walk(context.source().root(), [&context](cmark_node *node) {
        if (cmark_node_get_type(node) != CMARK_NODE_IMAGE)
            return;
        const QString target = MarkdownTree::url(node);
        if (!isUrl(target)) {
            context.warn(context.line(node),
                         tr("the image \"%1\" is kept as a link; image files are not imported.").arg(target));
        }
    });
}

void MarkdownReader::finish(ReaderContext &context)
{
    auto &review = context.review;
    MetadataFields(context).applyMilestoneTimes();
    context.takeNotes();
    if (!context.timeZoneExplicit)
        review.timeZone = context.timelineZone ? context.timelineZone->displayId : QStringLiteral("UTC");
    // Equal times keep the document's order. Most timelines are in order already.
    const auto earlier = [](const TimelineEvent &a, const TimelineEvent &b) { return a.time < b.time; };
    if (!std::is_sorted(review.timeline.cbegin(), review.timeline.cend(), earlier))
        std::stable_sort(review.timeline.begin(), review.timeline.end(), earlier);
    // As the JSON import does: kept as written, but the user hears about it.
    for (const auto &warning : milestoneWarnings(review.timeline))
        context.warn(0, warning);
    if (review.title.isEmpty())
        context.warn(0, tr("The document has no title (a first-level heading such as \"# Checkout outage\"); the "
                           "review is untitled."));
}

} // namespace hindsight::importing::mdimport
