// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatareader.h"

#include "import/markdown/readercontext.h"

#include <QRegularExpression>

namespace hindsight::importing::mdimport {

using namespace model;

namespace {

// The sections a single "key: text" can hold; the others hold rows.
bool isTextSection(SectionKey key)
{
    return key != SectionKey::Authors && key != SectionKey::Timeline && key != SectionKey::Lessons &&
           key != SectionKey::Actions;
}

} // namespace

void MetadataReader::read()
{
    const MarkdownSource &source = m_context.source();
    // "**Authors:**" on a line of its own, the people in a list below it.
    bool authorsBelow = false;
    for (int b = 0; b < m_context.preambleEnd && !m_context.failed(); ++b) {
        cmark_node *block = m_context.block(b);
        if (b == m_context.titleBlock)
            continue;
        const auto type = cmark_node_get_type(block);
        if (type == CMARK_NODE_LIST && authorsBelow) {
            for (const auto &item : source.items(block)) {
                if (item.paragraph)
                    m_context.addPerson(personFrom(source.decoded(item.paragraph).replace(u'\n', u' ')));
                if (item.body.isEmpty())
                    m_context.consume(item.node);
            }
            authorsBelow = false;
            continue;
        }
        authorsBelow = false;
        if (type == CMARK_NODE_PARAGRAPH && readInlineSection(block))
            continue;
        if (type == CMARK_NODE_PARAGRAPH) {
            const auto lines = source.textLines(block);
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const auto pair = keyValue(lines[i].plain, lines[i].written);
                if (i == lines.size() - 1 && pair && metaKey(pair->key) == MetaKey::Authors && pair->value.isEmpty()) {
                    authorsBelow = true;
                    m_context.consume(lines[i].number);
                } else if (apply(lines[i])) {
                    m_context.consume(lines[i].number);
                }
            }
        } else if (type == CMARK_NODE_LIST) {
            for (const auto &item : source.items(block)) {
                if (!item.paragraph || !item.body.isEmpty() ||
                    source.startLine(item.paragraph) != source.endLine(item.paragraph))
                    continue;
                if (apply(source.textLines(item.paragraph).first()))
                    m_context.consume(item.line);
            }
        } else if (MarkdownTree::typeName(block) == u"table" && MarkdownTree::tableColumns(block) == 2) {
            readTable(block);
        }
    }
}

bool MetadataReader::apply(const TextLine &line)
{
    if (readKeyFigures(line.plain))
        return true;
    if (const auto zone = zoneStatement(line.plain)) {
        if (!m_context.timeZoneExplicit)
            m_context.documentZone = zone;
        return true;
    }
    const auto pair = keyValue(line.plain, line.written);
    return pair && m_fields.apply(*pair, line.number, false);
}

// | Severity | SEV2 |: a table of key and value, its header often the first pair.
void MetadataReader::readTable(cmark_node *table)
{
    const MarkdownSource &source = m_context.source();
    const auto header = source.headerCells(table);
    const auto pair = [&source](const TableCell &key, const TableCell &value) {
        const QString label = source.cellPlain(key);
        return KeyValue{normalizedHeading(label), source.cellPlain(value), label, source.cellWritten(value)};
    };
    bool all = m_fields.apply(pair({header.value(0), {}}, {header.value(1), {}}), m_context.line(table), false);
    for (const auto &row : source.rows(table)) {
        if (row.written == 2)
            all = m_fields.apply(pair(row.cells[0], row.cells[1]), row.line, false) && all;
        else
            all = false;
    }
    if (all)
        m_context.consume(table);
}

// "**SEV2** · Reviewed · Started 2023-03-14 14:06 (Europe/Berlin) · Detected after 35m ·
// Internal": the line of key figures the Markdown export writes under the title. All of it is
// the review's own data; the severity and status are taken when nothing else gave them.
bool MetadataReader::readKeyFigures(QStringView line)
{
    static const QRegularExpression derived(
        QStringLiteral(R"(^(?:(?:started|detected|acknowledged|mitigated|resolved)\b.*|duration\b.*|internal|)"
                       R"(customer version)$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (!line.contains(u'\u00B7'))
        return false;
    const auto parts = line.split(u'\u00B7');
    if (parts.size() < 2)
        return false;
    std::optional<int> severity;
    std::optional<Status> status;
    for (const auto &part : parts) {
        bool complete = false;
        if (const auto value = severityFrom(part, &complete); value && complete)
            severity = value;
        else if (const auto known = statusFrom(part, &complete); known && complete)
            status = known;
        else if (!derived.match(part.trimmed()).hasMatch())
            return false;
    }
    if (severity && m_context.review.severity == 0)
        m_context.review.severity = *severity;
    if (status && !m_context.statusFound)
        m_context.review.status = *status;
    return true;
}

// "**Root causes:** A stuck consumer …", as the SRE book's postmortems write short sections.
bool MetadataReader::readInlineSection(cmark_node *paragraph)
{
    const auto lines = m_context.source().textLines(paragraph);
    const auto pair = keyValue(lines.first().plain, lines.first().written);
    if (!pair || pair->markdown.isEmpty())
        return false;
    const auto meaning = headingMeaning(pair->label);
    if (!meaning || !isTextSection(meaning->section))
        return false;
    QStringList texts{pair->markdown};
    const MarkdownSource &source = m_context.source();
    for (int line = lines.first().number + 1, last = source.endLine(paragraph); line <= last; ++line)
        texts.append(source.text(line));
    m_context.consume(paragraph);
    m_context.inlineParts[int(meaning->section)].append(
        {*meaning, pair->label, texts.join(QLatin1Char('\n')), lines.first().number});
    return true;
}

} // namespace hindsight::importing::mdimport
