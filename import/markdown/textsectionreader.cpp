// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textsectionreader.h"

#include "import/markdown/metadatafields.h"
#include "import/markdown/readercontext.h"

namespace hindsight::importing::mdimport {

using namespace model;

QString TextSectionReader::joinParagraphs(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + QStringLiteral("\n\n") + b;
}

void TextSectionReader::appendText(QString &target, const QString &heading, bool labelled, const QString &body)
{
    if (body.isEmpty())
        return;
    if (labelled || !target.isEmpty())
        target = joinParagraphs(target, QStringLiteral("### ") + heading + QStringLiteral("\n\n") + body);
    else
        target = body;
}

void TextSectionReader::read(SectionKey key, QString &target)
{
    for (const auto &part : std::as_const(m_context.inlineParts[int(key)]))
        appendText(target, part.heading, part.meaning.labelled, part.markdown);
    for (const auto &part : std::as_const(m_context.parts[int(key)]))
        appendText(target, part.heading, part.meaning.labelled, m_context.markdown(part.first, part.last));
}

// Triage is where the severity is decided: a "**Severity:** SEV2" line there sets it.
void TextSectionReader::readTriage()
{
    MetadataFields fields(m_context);
    for (const auto &part : std::as_const(m_context.parts[int(SectionKey::Triage)])) {
        for (int b = part.first; b < part.last; ++b) {
            cmark_node *block = m_context.block(b);
            const auto type = cmark_node_get_type(block);
            if (type != CMARK_NODE_PARAGRAPH && type != CMARK_NODE_LIST)
                continue;
            for (const auto &line : m_context.source().paragraphLines(block)) {
                const auto pair = keyValue(line.plain, line.written);
                if (pair && isOneOf(pair->key, {"severity", "sev", "incident severity", "severity level"}) &&
                    fields.apply(*pair, line.number, false))
                    m_context.consume(line.number);
            }
        }
    }
    read(SectionKey::Triage, m_context.review.triage);
}

void TextSectionReader::readShare()
{
    auto &review = m_context.review;
    for (const auto &part : std::as_const(m_context.parts[int(SectionKey::Share)])) {
        for (int b = part.first; b < part.last; ++b) {
            cmark_node *block = m_context.block(b);
            const auto type = cmark_node_get_type(block);
            if (type != CMARK_NODE_PARAGRAPH && type != CMARK_NODE_LIST)
                continue;
            for (const auto &line : m_context.source().paragraphLines(block)) {
                const auto pair = keyValue(line.plain, line.written);
                if (pair && review.shareAudience.isEmpty() && !pair->value.isEmpty() &&
                    isOneOf(pair->key, {"audience", "shared with", "share with", "distribution", "recipients"})) {
                    review.shareAudience = pair->value;
                    m_context.consume(line.number);
                }
            }
        }
    }
    read(SectionKey::Share, review.share);
}

} // namespace hindsight::importing::mdimport
