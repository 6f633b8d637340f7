// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentoutline.h"

#include "import/markdown/readercontext.h"

namespace hindsight::importing::mdimport {

using namespace model;

void outlineDocument(ReaderContext &context)
{
    enum class Owner { Preamble, Section, Unknown };
    Owner owner = Owner::Preamble;
    int ownerLevel = 0;
    SectionKey ownerSection = SectionKey::Summary;
    const int count = context.blockCount();
    context.preambleEnd = count;
    const auto close = [&](int at) {
        if (owner == Owner::Preamble)
            context.preambleEnd = at;
        else if (owner == Owner::Section)
            context.parts[int(ownerSection)].last().last = at;
        else
            context.unknownParts.last().last = at;
    };

    for (int i = 0; i < count; ++i) {
        cmark_node *block = context.block(i);
        if (cmark_node_get_type(block) != CMARK_NODE_HEADING)
            continue;
        const QString text = context.headingText(block);
        const int level = MarkdownTree::headingLevel(block);
        const int line = context.line(block);
        const auto meaning = headingMeaning(text);
        if (context.titleBlock < 0 && owner == Owner::Preamble && level == 1 && !meaning &&
            (!context.titleFromFrontMatter || normalizedHeading(text) == normalizedHeading(context.review.title))) {
            context.titleBlock = i;
            if (!context.titleFromFrontMatter)
                context.review.title = text;
            context.consume(block);
            continue;
        }
        if (owner == Owner::Section && level > ownerLevel) {
            // A subheading stays in its section, unless it starts one of the two sections whose
            // rows are records: a timeline table left in the summary would help nobody.
            const auto sub = subheadingMeaning(text, ownerSection);
            if (sub && sub->section == ownerSection)
                continue;
            if (!meaning || (meaning->section != SectionKey::Timeline && meaning->section != SectionKey::Actions))
                continue;
        } else if (owner == Owner::Unknown && level > ownerLevel && !meaning) {
            continue;
        }
        close(i);
        ownerLevel = level;
        if (meaning) {
            owner = Owner::Section;
            ownerSection = meaning->section;
            context.parts[int(ownerSection)].append({*meaning, text, line, i + 1, i + 1});
        } else {
            owner = Owner::Unknown;
            context.unknownParts.append({{}, text, line, i + 1, i + 1});
        }
    }
    close(count);
}

} // namespace hindsight::importing::mdimport
