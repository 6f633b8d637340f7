// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorsreader.h"

#include "import/markdown/readercontext.h"
#include "import/markdown/readervalues.h"

namespace hindsight::importing::mdimport {

using namespace model;

void AuthorsReader::read()
{
    const MarkdownSource &source = m_context.source();
    for (const auto &part : std::as_const(m_context.parts[int(SectionKey::Authors)])) {
        QStringList leftover;
        for (int b = part.first; b < part.last; ++b) {
            cmark_node *block = m_context.block(b);
            const auto type = cmark_node_get_type(block);
            if (type == CMARK_NODE_LIST) {
                for (const auto &item : source.items(block)) {
                    if (item.paragraph)
                        m_context.addPerson(personFrom(source.decoded(item.paragraph).replace(u'\n', u' ')));
                    if (!item.body.isEmpty())
                        leftover.append(m_context.nodeMarkdown(item.node));
                }
            } else if (MarkdownTree::typeName(block) == u"table") {
                readTable(block);
            } else if (type == CMARK_NODE_PARAGRAPH) {
                for (const auto &line : source.textLines(block)) {
                    for (const auto &person : peopleFrom(line.written))
                        m_context.addPerson(person);
                }
            } else {
                leftover.append(m_context.blockMarkdown(b));
            }
        }
        leftover.removeAll(QString());
        if (!leftover.isEmpty())
            m_context.addNote(part.line, part.heading, leftover.join(QStringLiteral("\n\n")));
    }
}

void AuthorsReader::readTable(cmark_node *table)
{
    const MarkdownSource &source = m_context.source();
    const auto header = source.headerCells(table);
    const QStringList headers = normalizedHeaders(header);
    QList<bool> taken(headers.size(), false);
    const int name = takeColumn(headers, taken, personNameKeys);
    const int role = takeColumn(headers, taken, personRoleKeys);
    const int contact = takeColumn(headers, taken, personContactKeys);
    const int nameColumn = name < 0 ? 0 : name;
    for (const auto &row : source.rows(table)) {
        const auto cells = m_context.rowCells(row, headers.size());
        if (cells.isEmpty())
            continue;
        Person person;
        person.name = source.cellPlain(cells[nameColumn]);
        person.role = role < 0 ? QString() : source.cellPlain(cells[role]);
        person.contact = contact < 0 ? QString() : source.cellPlain(cells[contact]);
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QString value = source.cellPlain(cells[i]);
            if (!taken[i] && i != nameColumn && !value.isEmpty())
                person.role = joinedNonEmpty({person.role, plainText(header[i]) + QStringLiteral(": ") + value}, u", ");
        }
        m_context.addPerson(person);
    }
}

} // namespace hindsight::importing::mdimport
