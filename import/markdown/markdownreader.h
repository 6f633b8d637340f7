// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"
#include "import/markdown/headingsynonyms.h"
#include "import/markdown/markdownblocks.h"
#include "import/markdown/markdowninline.h"
#include "import/markdown/markdowntime.h"
#include "model/types.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

#include <array>
#include <optional>

// Private to the Markdown import: use reviewFromMarkdown() in markdownimporter.h.
namespace hindsight::importing::mdimport {

// The values people write after "Severity:", "Status:" or "Authors:", and in table cells.
std::optional<int> severityFrom(QStringView text, bool *complete = nullptr); // "SEV2", "Sev 2", "P1", "2"
std::optional<model::Status> statusFrom(QStringView text, bool *complete = nullptr);
// "Dana Whitfield (SRE), Leo Marchetti (Search team)": commas and "and" separate people.
QList<model::Person> peopleFrom(QStringView text);
// "Priya Raman, incident leader, priya@example.com": commas separate name, role and contact.
model::Person personFrom(QStringView text);
std::optional<int> priorityFrom(QStringView text); // "P1", "1", "high"
std::optional<model::ActionStatus> actionStatusFrom(QStringView text);
std::optional<model::ActionType> actionTypeFrom(QStringView text);
std::optional<model::EventKind> eventKindFrom(QStringView text);
std::optional<model::Milestone> milestoneFrom(QStringView text);
std::optional<model::Visibility> visibilityFrom(QStringView text);

// "**Severity:** SEV2", "- Users affected: 8,430", "Status: In review": the key in the form
// normalizedHeading() gives, the value as plain text.
struct KeyValue
{
    QString key;      // normalized
    QString value;    // plain text
    QString label;    // the key as written, as plain text
    QString markdown; // the value as written
};
std::optional<KeyValue> keyValueLine(QStringView line);

// What an event's text says about itself: a kind prefix ("Action:", "!", "?", ">") and a
// milestone tag ("#detected", "<DETECTED>", "[mitigated]", "(resolved)"), both taken out.
struct EventMarkup
{
    model::EventKind kind = model::EventKind::Note;
    bool explicitKind = false;
    model::Milestone milestone = model::Milestone::None;
    QString text;
};
EventMarkup eventMarkup(const QString &text);

// Reads one Markdown document into a review. The first impossible time or date refuses the
// whole document; everything else is kept somewhere, at worst in an additional note.
class MarkdownReader final
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReader)

public:
    // besideFile: the text is a file's, whose local images attachLocalImages() takes in and
    // reports on; the reader then leaves them to it.
    static ImportResult read(const QByteArray &data, bool besideFile = false);

private:
    // The body of one heading that maps to a section.
    struct Part
    {
        HeadingMeaning meaning;
        QString heading; // as written, as plain text
        int line = 0;    // the heading's line in the file
        int first = 0;   // the body's blocks: [first, last) of m_blocks
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
    struct Note
    {
        int line = 0; // where it starts, for document order
        model::AdditionalNote note;
    };
    struct TimelineContext
    {
        QDate date;
        std::optional<Zone> zone;
        QTime lastTime; // the previous time of day, to see a timeline pass midnight
    };
    enum class LineResult { NotAnEvent, Event, Context, Failed, NoDate };
    struct MilestoneTime
    {
        model::Milestone milestone;
        QDateTime time;
        model::TimePrecision precision;
        int line;
    };

    explicit MarkdownReader(QString text);
    void run();
    bool failed() const { return !m_error.isEmpty(); }
    void fail(int line, const QString &message);
    void warn(int line, const QString &message);
    void warnOnce(int line, const QString &message);
    void addNote(int line, const QString &heading, const QString &markdown);

    // markdownreader.cpp: structure, text sections, impact, detection, share, finishing.
    void splitSections();
    void startPart(const HeadingMeaning &meaning, const Block &heading, int index);
    QString markdown(int firstBlock, int lastBlock) const;
    QString markdownOf(const Lines &lines, int first, int last) const;
    QString headingText(const Block &heading) const;
    void readTextSection(model::SectionKey key, QString &target);
    static void appendText(QString &target, const QString &heading, bool labelled, const QString &body);
    void readImpact();
    void readDetection();
    void readTriage();
    void readShare();
    void readFigures(int firstBlock, int lastBlock);
    void figuresFromProse();
    void finish();
    void checkMilestones();

    // readermetadata.cpp: front matter and "**Severity:** SEV2" lines.
    int readFrontMatter();
    void readPreamble(int firstBlock, int lastBlock);
    bool readInlineSection(const Block &paragraph);
    bool readKeyFigures(QStringView line);
    bool applyMetadata(QStringView key, QStringView value, int line, bool fromFrontMatter);
    void addPerson(const model::Person &person);
    void applyMilestoneTimes();

    // readerrecords.cpp: authors, lessons, actions.
    void readAuthors();
    void readLessons();
    void readActions();
    void readActionTable(const Block &table, model::ActionType type);
    void readActionItems(const QList<ListItem> &items, model::ActionType type, int depth, QStringList &leftover);
    model::ActionItem actionFromText(const QString &text) const;
    QStringList rowCells(const TableRow &row, qsizetype columns);

    // readertimeline.cpp
    void readTimeline();
    void readTimelinePart(const Part &part);
    bool readTimelineTable(const Block &table, TimelineContext &context);
    void readTimelineItems(const QList<ListItem> &items, const Lines &lines, TimelineContext &context,
                           QStringList &leftover, int depth);
    LineResult readEventLine(QStringView text, int line, TimelineContext &context, model::TimelineEvent &event);
    bool readDateLine(QStringView text, int line, TimelineContext &context);
    std::optional<std::pair<QDateTime, model::TimePrecision>>
    resolve(const Moment &moment, int line, TimelineContext &context, const std::optional<Zone> &columnZone);
    QDate fallbackDate(int line);
    model::TimelineEvent makeEvent(const QDateTime &time, model::TimePrecision precision, const QString &text) const;

    QString m_text;
    bool m_warnLocalImages = true;
    Lines m_lines; // the whole file
    Lines m_body;  // after the front matter; m_blocks index these
    QList<Block> m_blocks;
    QSet<int> m_consumed; // line numbers whose content went into a field
    std::array<QList<Part>, model::SectionCount> m_parts;
    QList<Part> m_unknown; // headings that name no section
    std::array<QList<InlinePart>, model::SectionCount> m_inline;
    QList<Note> m_notes;
    int m_preambleEnd = 0; // blocks before the first section or note heading
    int m_titleBlock = -1;

    model::Review m_review;
    bool m_titleFromFrontMatter = false;
    bool m_statusFound = false;
    bool m_timeZoneExplicit = false;
    std::optional<Zone> m_documentZone;
    std::optional<Zone> m_timelineZone; // the first zone a timeline time was read in
    QDate m_documentDate;
    std::optional<QDate> m_fallbackDate;
    bool m_fallbackSearched = false;
    QList<MilestoneTime> m_milestoneTimes;
    QSet<QString> m_warnedOnce;
    QHash<QString, qsizetype> m_authorIndex; // case-folded name to its place in m_review.authors
    struct
    {
        bool users = false;
        bool revenue = false;
        bool sla = false;
        bool dataLost = false;
        bool dataCompromised = false;
    } m_figuresSeen;

    QString m_error;
    QStringList m_warnings;
    int m_warningsLeftOut = 0;
    bool m_timelineNoDate = false;
    int m_noDateLine = 0;
};

} // namespace hindsight::importing::mdimport
