// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readercontext.h"

#include <QRegularExpression>

#include <algorithm>

namespace hindsight::importing::mdimport {

using namespace model;

namespace {

// More would bury the first ones, which are usually the ones that matter.
constexpr int maxWarnings = 50;

// What the Markdown export writes for an empty section.
bool isPlaceholder(const QString &markdown)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(^([_*]?)Nothing recorded\.?\1$)"),
                                                QRegularExpression::CaseInsensitiveOption);
    return markdown.size() < 40 && placeholder.match(markdown).hasMatch();
}

QString unlessPlaceholder(QString markdown)
{
    return isPlaceholder(markdown) ? QString() : markdown;
}

} // namespace

ReaderContext::ReaderContext(QString text) : m_text(std::move(text))
{
    // Nothing reaches the customer version by omission: Markdown says nothing about visibility.
    review.visibility.fill(Visibility::Internal);
}

void ReaderContext::parseBody(int bodyLine)
{
    qsizetype offset = 0;
    for (int line = 1; line < bodyLine && offset <= m_text.size(); ++line) {
        const qsizetype end = m_text.indexOf(u'\n', offset);
        offset = end < 0 ? m_text.size() + 1 : end + 1;
    }
    QByteArray body = offset <= m_text.size() ? QStringView(m_text).sliced(offset).toUtf8() : QByteArray();
    // From here on the source has the text, and a long document is not held three times.
    m_text = QString();
    m_source = std::make_unique<MarkdownSource>(std::move(body), bodyLine);
}

QString ReaderContext::markdown(int first, int last) const
{
    if (first >= last)
        return {};
    const int from = first == 0 ? m_source->firstLine() : m_source->endLine(block(first - 1)) + 1;
    const int to = last >= blockCount() ? m_source->lastLine() : m_source->startLine(block(last)) - 1;
    return unlessPlaceholder(m_source->lines(from, to, consumed));
}

QString ReaderContext::blockMarkdown(int index) const
{
    const int to = index + 1 < blockCount() ? m_source->startLine(block(index + 1)) - 1 : m_source->lastLine();
    return unlessPlaceholder(m_source->lines(m_source->startLine(block(index)), to, consumed));
}

QString ReaderContext::nodeMarkdown(cmark_node *node, int dedent) const
{
    return unlessPlaceholder(m_source->markdown(node, consumed, dedent));
}

QList<TableCell> ReaderContext::rowCells(const TableRow &row, qsizetype columns)
{
    if (row.written < columns) {
        warn(row.line,
             tr("the table row has %1 of %2 cells; the missing ones were left empty.").arg(row.written).arg(columns));
    } else if (row.written > columns && columns > 0) {
        warn(row.line, tr("the table row has %1 cells but its header %2; the extra ones were added to the last.")
                           .arg(row.written)
                           .arg(columns));
    }
    if (row.cells.size() == columns)
        return row.cells;
    QList<TableCell> cells = row.cells;
    cells.resize(columns);
    return cells;
}

void ReaderContext::consume(cmark_node *node)
{
    for (int line = m_source->startLine(node), last = m_source->endLine(node); line <= last; ++line)
        consumed.insert(line);
}

void ReaderContext::fail(int line, const QString &message)
{
    if (!m_error.isEmpty())
        return;
    m_error = line > 0 ? tr("Line %1: %2").arg(line).arg(message) : message;
}

void ReaderContext::warn(int line, const QString &message)
{
    if (m_warnings.size() >= maxWarnings) {
        ++m_warningsLeftOut;
        return;
    }
    m_warnings.append(line > 0 ? tr("Line %1: %2").arg(line).arg(message) : message);
}

void ReaderContext::warnOnce(int line, const QString &message)
{
    if (m_warnedOnce.contains(message))
        return;
    m_warnedOnce.insert(message);
    warn(line, message);
}

QStringList ReaderContext::warnings() const
{
    QStringList warnings = m_warnings;
    if (m_warningsLeftOut > 0)
        warnings.append(tr("%1 more warnings were left out.").arg(m_warningsLeftOut));
    return warnings;
}

void ReaderContext::addNote(int line, const QString &heading, const QString &markdown)
{
    AdditionalNote note;
    note.heading = heading;
    note.markdown = markdown;
    note.visibility = Visibility::Internal;
    m_notes.append({line, note});
}

void ReaderContext::takeNotes()
{
    std::stable_sort(m_notes.begin(), m_notes.end(), [](const Note &a, const Note &b) { return a.line < b.line; });
    for (const auto &note : std::as_const(m_notes))
        review.additional.append(note.note);
    m_notes.clear();
}

void ReaderContext::addPerson(const Person &person)
{
    if (person.name.isEmpty())
        return;
    const QString key = person.name.toCaseFolded();
    if (const auto known = m_authorIndex.constFind(key); known != m_authorIndex.cend()) {
        auto &author = review.authors[*known];
        if (author.role.isEmpty())
            author.role = person.role;
        if (author.contact.isEmpty())
            author.contact = person.contact;
        return;
    }
    m_authorIndex.insert(key, review.authors.size());
    review.authors.append(person);
}

} // namespace hindsight::importing::mdimport
