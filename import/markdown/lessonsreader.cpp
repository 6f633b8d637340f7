// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonsreader.h"

#include "import/markdown/readercontext.h"
#include "import/markdown/readervalues.h"

namespace hindsight::importing::mdimport {

using namespace model;

namespace {

std::optional<LessonKind> kindOf(HeadingPart headingPart)
{
    switch (headingPart) {
    case HeadingPart::WentWell:
        return LessonKind::WentWell;
    case HeadingPart::WentWrong:
        return LessonKind::WentWrong;
    case HeadingPart::GotLucky:
        return LessonKind::GotLucky;
    default:
        return std::nullopt;
    }
}

// "**What went well**": a paragraph that is all emphasis.
bool isEmphasized(cmark_node *paragraph)
{
    QList<cmark_node *> nodes;
    for (auto *node : MarkdownTree::children(paragraph)) {
        if (cmark_node_get_type(node) != CMARK_NODE_TEXT || !MarkdownTree::literal(node).trimmed().isEmpty())
            nodes.append(node);
    }
    if (nodes.size() != 1)
        return false;
    const auto type = cmark_node_get_type(nodes.first());
    return type == CMARK_NODE_STRONG || type == CMARK_NODE_EMPH || type == CMARK_NODE_CODE ||
           MarkdownTree::typeName(nodes.first()) == u"strikethrough";
}

} // namespace

void LessonsReader::read()
{
    const MarkdownSource &source = m_context.source();
    for (const auto &part : std::as_const(m_context.parts[int(SectionKey::Lessons)])) {
        std::optional<LessonKind> kind = kindOf(part.meaning.part);
        bool unknownSubsection = false;
        int defaulted = 0;
        QStringList leftover;
        const auto add = [&](const QString &text) {
            if (text.isEmpty())
                return;
            if (!kind)
                ++defaulted;
            m_context.review.lessons.append({0, kind.value_or(LessonKind::WentWrong), text});
        };
        for (int b = part.first; b < part.last; ++b) {
            cmark_node *block = m_context.block(b);
            const auto type = cmark_node_get_type(block);
            if (type == CMARK_NODE_HEADING) {
                const auto sub = subheadingMeaning(m_context.headingText(block), SectionKey::Lessons);
                unknownSubsection = !sub || sub->section != SectionKey::Lessons;
                if (!unknownSubsection) {
                    kind = sub->part == HeadingPart::Whole ? kindOf(part.meaning.part) : kindOf(sub->part);
                    continue;
                }
            }
            // "**What went well:**" on a line of its own works as a subheading, and with text after
            // it as a lesson of that kind.
            if (type == CMARK_NODE_PARAGRAPH && source.startLine(block) == source.endLine(block)) {
                const TextLine line = source.textLines(block).first();
                const auto pair = keyValue(line.plain, line.written);
                const auto sub = subheadingMeaning(pair ? pair->key : line.plain, SectionKey::Lessons);
                if (sub && sub->section == SectionKey::Lessons && sub->part != HeadingPart::Whole &&
                    (pair || isEmphasized(block))) {
                    kind = kindOf(sub->part);
                    unknownSubsection = false;
                    if (pair && !pair->value.isEmpty())
                        add(pair->value);
                    continue;
                }
            }
            if (unknownSubsection || (type != CMARK_NODE_LIST && type != CMARK_NODE_PARAGRAPH)) {
                leftover.append(m_context.blockMarkdown(b));
            } else if (type == CMARK_NODE_LIST) {
                for (const auto &item : source.items(block)) {
                    const QString text = item.paragraph ? source.decoded(item.paragraph) : QString();
                    add(joinedNonEmpty({text, source.body(item)}, u"\n"));
                }
            } else {
                add(source.decoded(block));
            }
        }
        if (defaulted == 1)
            m_context.warn(part.line, tr("the lesson under \"%1\" does not say whether it went well or wrong; it was "
                                         "put under \"What went wrong\".")
                                          .arg(part.heading));
        else if (defaulted > 1)
            m_context.warn(part.line, tr("the %1 lessons under \"%2\" do not say whether they went well or wrong; "
                                         "they were put under \"What went wrong\".")
                                          .arg(defaulted)
                                          .arg(part.heading));
        leftover.removeAll(QString());
        if (!leftover.isEmpty())
            m_context.addNote(part.line, part.heading, leftover.join(QStringLiteral("\n\n")));
    }
}

} // namespace hindsight::importing::mdimport
