// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/markdown/headingsynonyms.h"
#include "import/markdown/markdownsource.h"
#include "import/markdown/markdowntime.h"
#include "model/types.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

// Private to the Markdown import.
namespace hindsight::importing::mdimport {

// The body of one heading that maps to a section: the heading and its top-level blocks.
struct Part
{
    HeadingMeaning meaning;
    QString heading; // as written, as plain text
    int line = 0;    // the heading's line in the file
    int first = 0;   // the body's blocks: [first, last) of the source's blocks
    int last = 0;
};

// "**Root causes:** text" before the first section: a section's text on one line.
struct InlinePart
{
    HeadingMeaning meaning;
    QString heading;
    QString markdown;
    int line = 0;
};

// A milestone time the front matter or the metadata gives ("started: …").
struct MilestoneTime
{
    model::Milestone milestone;
    QDateTime time;
    model::TimePrecision precision;
    int line;
};

// What the readers of one document share: its lines and tree, the review they fill, what they
// know about its dates and zones, the lines already taken into fields, the notes and warnings.
class ReaderContext final
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReader)

public:
    explicit ReaderContext(QString text);
    Q_DISABLE_COPY_MOVE(ReaderContext)

    // The whole file, until parseBody() parses the Markdown after the front matter, which starts
    // at line bodyLine.
    const QString &text() const { return m_text; }
    void parseBody(int bodyLine);
    const MarkdownSource &source() const { return *m_source; }
    cmark_node *block(int index) const { return m_source->blocks().at(index); }
    int blockCount() const { return int(m_source->blocks().size()); }

    // The Markdown of blocks [first, last) and of the lines between them and the blocks around
    // them (link reference definitions, which are no blocks), as written but for the lines taken
    // into fields; empty for the export's placeholder.
    QString markdown(int first, int last) const;
    // One block, with the lines after it up to the next block.
    QString blockMarkdown(int index) const;
    // A node's lines as written, but for the lines taken into fields.
    QString nodeMarkdown(cmark_node *node, int dedent = 0) const;
    QString headingText(cmark_node *heading) const { return plainText(heading); }
    int line(cmark_node *node) const { return m_source->startLine(node); }
    // A table row's cells, as many as its header has; a row with fewer or more cells is warned about.
    QList<TableCell> rowCells(const TableRow &row, qsizetype columns);
    // A line whose content went into a field, and is left out of the text it stood in.
    void consume(int line) { consumed.insert(line); }
    void consume(cmark_node *node);

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    // Line 0: the message names no line.
    void fail(int line, const QString &message);
    void warn(int line, const QString &message);
    void warnOnce(int line, const QString &message);
    QStringList warnings() const;
    void addNote(int line, const QString &heading, const QString &markdown);
    void addPerson(const model::Person &person);
    // The notes in document order, into the review.
    void takeNotes();

    model::Review review;
    QSet<int> consumed;
    std::array<QList<Part>, model::SectionCount> parts;
    QList<Part> unknownParts; // headings that name no section
    std::array<QList<InlinePart>, model::SectionCount> inlineParts;
    int preambleEnd = 0; // blocks before the first section or note heading
    int titleBlock = -1;

    bool titleFromFrontMatter = false;
    bool statusFound = false;
    bool timeZoneExplicit = false;
    std::optional<Zone> documentZone;
    std::optional<Zone> timelineZone; // the first zone a timeline time was read in
    QDate documentDate;
    QList<MilestoneTime> milestoneTimes;

private:
    struct Note
    {
        int line = 0; // where it starts, for document order
        model::AdditionalNote note;
    };

    QString m_text;
    std::unique_ptr<MarkdownSource> m_source;
    QList<Note> m_notes;
    QString m_error;
    QStringList m_warnings;
    int m_warningsLeftOut = 0;
    QSet<QString> m_warnedOnce;
    QHash<QString, qsizetype> m_authorIndex; // case-folded name to its place in review.authors
};

} // namespace hindsight::importing::mdimport
