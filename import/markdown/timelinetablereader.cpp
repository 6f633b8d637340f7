// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinetablereader.h"

#include "import/markdown/eventmarkup.h"
#include "import/markdown/readercontext.h"
#include "import/markdown/readervalues.h"
#include "model/noteparser.h"

#include <algorithm>
#include <optional>

namespace hindsight::importing::mdimport {

using namespace model;

namespace {

bool hasWord(const QString &header, std::initializer_list<const char *> words)
{
    const auto parts = QStringView(header).split(u' ');
    return std::any_of(parts.cbegin(), parts.cend(), [&words](QStringView part) { return isOneOf(part, words); });
}

bool isEmpty(const TableCell &cell)
{
    return (!cell.node || !cmark_node_first_child(cell.node)) && cell.extra.isEmpty();
}

using Words = std::initializer_list<const char *>;
const Words timeWords = {"time", "timestamp", "when", "clock", "datetime", "hour"};
const Words dateWords = {"date", "day"};
const Words kindWords = {"kind", "type", "category", "event type"};
const Words milestoneWords = {"milestone", "milestones", "tag", "tags", "phase"};
const Words authorWords = {"author", "who",       "by",        "person",   "owner",
                           "actor",  "responder", "posted by", "reporter", "name"};
const Words visibilityWords = {"visibility", "audience", "public", "visible to"};
const Words textWords = {"event",    "events", "description", "what",   "what happened", "details", "detail", "text",
                         "summary",  "note",   "notes",       "action", "activity",      "message", "update", "comment",
                         "comments", "entry",  "log"};

// Whether some header is the name of a column this reader knows.
bool namesAColumn(const QStringList &headers)
{
    return std::any_of(headers.cbegin(), headers.cend(), [](const QString &header) {
        return hasWord(header, timeWords) || isOneOf(header, dateWords) || isOneOf(header, kindWords) ||
               isOneOf(header, milestoneWords) || isOneOf(header, authorWords) || isOneOf(header, visibilityWords) ||
               isOneOf(header, textWords);
    });
}

} // namespace

bool TimelineTableReader::read(cmark_node *table, TimelinePosition &position)
{
    const MarkdownSource &source = m_context.source();
    const auto header = source.headerCells(table);
    const QStringList headers = normalizedHeaders(header);
    const int columns = MarkdownTree::tableColumns(table);
    cmark_node *firstRow = source.firstRow(table);
    QList<bool> taken(headers.size(), false);
    int timeColumn = -1;
    for (qsizetype i = 0; i < headers.size() && timeColumn < 0; ++i) {
        if (hasWord(headers[i], timeWords))
            timeColumn = int(i);
    }
    if (timeColumn >= 0)
        taken[timeColumn] = true;
    int dateColumn = takeColumn(headers, taken, dateWords);
    // GitHub makes a table's first row its header, also when the writer meant it as the first
    // event ("| 13:05 | Deploy started |" and no header row above it): a header with a time in
    // its first cell that names no column is that event.
    bool headerIsEvent = false;
    if (timeColumn < 0) {
        std::swap(timeColumn, dateColumn);
        // No header says time: a first column of times will do.
        if (timeColumn < 0 && columns > 0) {
            const Moment firstCell = readMoment(plainText(header.first()));
            const bool rowsHaveTimes =
                firstRow &&
                readMoment(source.cellPlain(source.row(firstRow, columns).cells.first())).result == Moment::Result::Ok;
            // A date alone over empty cells is a label for the rows below it, not an event. An
            // impossible time in the header ("25:61") refuses the import, like one in a row, when the
            // rows show that the table is a timeline.
            const bool saysMore = std::any_of(header.cbegin() + 1, header.cend(),
                                              [](cmark_node *cell) { return !plainText(cell).trimmed().isEmpty(); });
            headerIsEvent = !namesAColumn(headers) &&
                            ((firstCell.result == Moment::Result::Ok && (firstCell.hasTime || saysMore)) ||
                             (rowsHaveTimes && (firstCell.result == Moment::Result::BadTime ||
                                                firstCell.result == Moment::Result::BadDate)));
            if (headerIsEvent || rowsHaveTimes) {
                timeColumn = 0;
                taken[0] = true;
            }
        }
        if (timeColumn < 0)
            return false;
    }
    const int kindColumn = takeColumn(headers, taken, kindWords);
    const int milestoneColumn = takeColumn(headers, taken, milestoneWords);
    const int authorColumn = takeColumn(headers, taken, authorWords);
    const int visibilityColumn = takeColumn(headers, taken, visibilityWords);
    int textColumn = takeColumn(headers, taken, textWords);
    if (textColumn < 0) {
        textColumn = int(taken.indexOf(false));
        if (textColumn >= 0)
            taken[textColumn] = true;
    }
    std::optional<Zone> columnZone;
    if (!headerIsEvent)
        columnZone = zoneMentioned(plainText(header[timeColumn]));
    if (!columnZone && dateColumn >= 0)
        columnZone = zoneMentioned(plainText(header[dateColumn]));

    // Cells are read from their lines. A header that is an event, where cmark-gfm did not place
    // it, is read from the table's lines on their own.
    const MarkdownSource *rows = &source;
    std::optional<MarkdownSource> own;
    if (headerIsEvent && !source.headerInPlace(table)) {
        const int first = source.startLine(table);
        own.emplace(source.lines(first, source.endLine(table)), first);
        cmark_node *reread = own->blocks().isEmpty() ? nullptr : own->blocks().first();
        if (reread && MarkdownTree::typeName(reread) == u"table" && own->headerInPlace(reread) &&
            MarkdownTree::tableColumns(reread) == columns) {
            rows = &*own;
            table = reread;
        } else {
            headerIsEvent = false;
            m_context.warn(first, tr("the table's first row is its header, as GitHub shows it; it was not read as "
                                     "an event."));
        }
    }

    for (auto *node = headerIsEvent ? cmark_node_first_child(table) : firstRow; node; node = cmark_node_next(node)) {
        const TableRow row = rows->row(node, columns);
        const auto cells = m_context.rowCells(row, headers.size());
        if (std::all_of(cells.cbegin(), cells.cend(), [](const TableCell &cell) { return isEmpty(cell); }))
            continue;
        // The text column is Markdown; the others are plain text.
        QStringList plain;
        for (qsizetype i = 0; i < cells.size(); ++i)
            plain.append(i == textColumn ? QString() : rows->cellPlain(cells[i]));
        QString when = plain[timeColumn];
        if (when.startsWith(u'~') || when.startsWith(u'≈'))
            when = when.sliced(1).trimmed();
        if (dateColumn >= 0 && !plain[dateColumn].isEmpty() && !readMoment(when).date.isValid())
            when = joinedNonEmpty({plain[dateColumn], when}, u" ");
        QString text = textColumn >= 0 ? rows->cellMarkdown(cells[textColumn]) : QString();

        const Moment moment = readMoment(when);
        if (moment.result == Moment::Result::BadDate || moment.result == Moment::Result::BadTime) {
            m_context.fail(row.line, moment.result == Moment::Result::BadDate
                                         ? tr("\"%1\" is not a date.").arg(moment.fault)
                                         : tr("\"%1\" is not a time of day.").arg(moment.fault));
            return true;
        }
        std::optional<std::pair<QDateTime, TimePrecision>> time;
        if (moment.result == Moment::Result::Ok && moment.length == when.size()) {
            time = m_clock.resolve(moment, row.line, position, columnZone);
        } else {
            // Kept, on the day the timeline is at, with an unknown time: nothing is dropped.
            Moment unknown;
            unknown.result = Moment::Result::Ok;
            unknown.hasTime = true;
            unknown.unknownTime = true;
            unknown.precision = TimePrecision::UnknownTime;
            if (moment.result == Moment::Result::Ok)
                unknown.date = moment.date;
            time = m_clock.resolve(unknown, row.line, position, columnZone);
            if (time && when.isEmpty()) {
                m_context.warn(row.line, tr("the event has no time; it was kept with an unknown time on %1.")
                                             .arg(time->first.date().toString(Qt::ISODate)));
            } else if (time) {
                m_context.warn(row.line,
                               tr("\"%1\" is not a time; the event was kept with an unknown time on %2, and the "
                                  "time as written in its text.")
                                   .arg(when, time->first.date().toString(Qt::ISODate)));
                text = joinedNonEmpty({when, text}, u" — ");
            }
        }
        if (!time)
            return true;

        TimelineEvent event = importedEvent(time->first, time->second, text);
        QStringList extra;
        // A header that is an event names no columns: its cells are kept without one.
        const auto keep = [&](int index) {
            if (headerIsEvent)
                extra.append(rows->cellWritten(cells[index]));
            else
                extra.append(plainText(header[index]) + QStringLiteral(": ") + rows->cellWritten(cells[index]));
        };
        if (kindColumn >= 0 && !plain[kindColumn].isEmpty()) {
            if (const auto kind = eventKindFrom(plain[kindColumn]))
                event.kind = *kind;
            else
                keep(kindColumn);
        }
        if (milestoneColumn >= 0 && !plain[milestoneColumn].isEmpty()) {
            if (const auto milestone = milestoneFrom(plain[milestoneColumn])) {
                event.milestone = *milestone;
                if (kindColumn < 0 && !eventMarkup(text).explicitKind)
                    event.kind = kindOfMilestone(*milestone);
            } else {
                keep(milestoneColumn);
            }
        }
        if (authorColumn >= 0)
            event.author = plain[authorColumn];
        if (visibilityColumn >= 0 && !plain[visibilityColumn].isEmpty()) {
            if (const auto visibility = visibilityFrom(plain[visibilityColumn]))
                event.visibility = *visibility;
            else
                keep(visibilityColumn);
        }
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (!taken[i] && int(i) != timeColumn && int(i) != dateColumn && !isEmpty(cells[i]))
                keep(int(i));
        }
        if (!extra.isEmpty())
            event.text = joinedNonEmpty(
                {event.text, QLatin1Char('(') + extra.join(QStringLiteral("; ")) + QLatin1Char(')')}, u" ");
        m_context.review.timeline.append(event);
    }
    return true;
}

} // namespace hindsight::importing::mdimport
