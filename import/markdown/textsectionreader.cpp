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
// Calls take(pair, line) for every "Key: value" line of the section's paragraphs and lists; a
// line that take() reports as used is consumed, so it does not stay in the section's text.
template <typename Take>
void TextSectionReader::forEachKeyValueLine(SectionKey key, Take take)
{
    for (const auto &part : std::as_const(m_context.parts[int(key)])) {
        for (int b = part.first; b < part.last; ++b) {
            cmark_node *block = m_context.block(b);
            const auto type = cmark_node_get_type(block);
            if (type != CMARK_NODE_PARAGRAPH && type != CMARK_NODE_LIST)
                continue;
            for (const auto &line : m_context.source().paragraphLines(block)) {
                const auto pair = keyValue(line.plain, line.written);
                if (pair && take(*pair, line.number))
                    m_context.consume(line.number);
            }
        }
    }
}

void TextSectionReader::readTriage()
{
    MetadataFields fields(m_context);
    forEachKeyValueLine(SectionKey::Triage, [&fields](const KeyValue &pair, int line) {
        return isOneOf(pair.key, {"severity", "sev", "incident severity", "severity level"}) &&
               fields.apply(pair, line, false);
    });
    read(SectionKey::Triage, m_context.review.triage);
}

void TextSectionReader::readShare()
{
    auto &review = m_context.review;
    forEachKeyValueLine(SectionKey::Share, [&review](const KeyValue &pair, int) {
        if (!review.shareAudience.isEmpty() || pair.value.isEmpty() ||
            !isOneOf(pair.key, {"audience", "shared with", "share with", "distribution", "recipients"}))
            return false;
        review.shareAudience = pair.value;
        return true;
    });
    read(SectionKey::Share, review.share);
}

} // namespace hindsight::importing::mdimport
