// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/metrics/metricfields.h"
#include "import/metrics/metricseries.h"
#include "import/textfile.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <cmath>
#include <cstring>

namespace hindsight::importing {

using namespace metrics;

namespace {

// Warnings list a few lines as examples, not every one of a million.
constexpr int ExampleLines = 3;

bool isBlank(QByteArrayView text)
{
    for (const char c : text) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

// The lines of a buffer, numbered from 1; "\r\n" and "\n" both end a line.
class Lines
{
public:
    explicit Lines(QByteArrayView data) : m_data(data) {}

    bool next(QByteArrayView &line, int &number)
    {
        if (m_pos >= m_data.size())
            return false;
        const char *start = m_data.data() + m_pos;
        const auto *newline = static_cast<const char *>(std::memchr(start, '\n', size_t(m_data.size() - m_pos)));
        const qsizetype length = newline ? newline - start : m_data.size() - m_pos;
        m_pos += length + 1;
        line = QByteArrayView(start, length);
        if (line.endsWith('\r'))
            line.chop(1);
        number = ++m_number;
        return true;
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    int m_number = 0;
};

// The cells of one line, RFC 4180 quoting included. Views into the line, except for quoted
// cells with doubled quotes, which are unescaped into storage kept until the next split.
class Cells
{
public:
    // False when a quote is not closed on its line.
    bool split(QByteArrayView line, char delimiter)
    {
        m_cells.clear();
        m_unescaped.clear();
        const qsizetype n = line.size();
        qsizetype i = 0;
        while (true) {
            qsizetype j = i;
            while (j < n && (line[j] == ' ' || line[j] == '\t') && line[j] != delimiter)
                ++j;
            qsizetype end = 0;
            if (j < n && line[j] == '"') {
                qsizetype k = j + 1;
                bool doubled = false;
                while (true) {
                    if (k >= n)
                        return false;
                    if (line[k] == '"') {
                        if (k + 1 < n && line[k + 1] == '"') {
                            doubled = true;
                            k += 2;
                            continue;
                        }
                        break;
                    }
                    ++k;
                }
                QByteArrayView inner = line.sliced(j + 1, k - j - 1);
                if (doubled) {
                    m_unescaped.append(inner.toByteArray().replace("\"\"", "\""));
                    inner = QByteArrayView(m_unescaped.last());
                }
                m_cells.append(inner);
                end = k + 1;
                while (end < n && line[end] != delimiter) // anything after the closing quote
                    ++end;
            } else {
                // Not memchr(): the view of a missing line has no data, which memchr() must not get.
                const qsizetype found = line.indexOf(delimiter, i);
                end = found < 0 ? n : found;
                m_cells.append(line.sliced(i, end - i));
            }
            if (end >= n)
                return true;
            i = end + 1;
        }
    }

    qsizetype size() const { return m_cells.size(); }
    QByteArrayView at(qsizetype index) const { return index < m_cells.size() ? m_cells[index] : QByteArrayView(); }

private:
    QVarLengthArray<QByteArrayView, 16> m_cells;
    // Moving a QByteArray keeps its buffer, so views into these stay valid as the list grows.
    QList<QByteArray> m_unescaped;
};

char guessDelimiter(QByteArrayView line)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && c == '\t')
            ++tabs;
    }
    if (tabs > commas && tabs >= semicolons)
        return '\t';
    return semicolons > commas ? ';' : ',';
}

// A header as the chart's legend and messages show it, on one line: a quoted cell may hold a
// carriage return or a tab.
QString cellText(QByteArrayView cell)
{
    return QString::fromUtf8(cell).simplified();
}

bool isTimeHeader(QString name)
{
    static const QStringList names{
        QStringLiteral("time"),       QStringLiteral("timestamp"), QStringLiteral("date"),
        QStringLiteral("datetime"),   QStringLiteral("date_time"), QStringLiteral("date time"),
        QStringLiteral("ts"),         QStringLiteral("_time"),     QStringLiteral("@timestamp"),
        QStringLiteral("time_utc"),   QStringLiteral("utc"),       QStringLiteral("epoch"),
        QStringLiteral("unix_time"),  QStringLiteral("unixtime"),  QStringLiteral("period"),
        QStringLiteral("event_time"), QStringLiteral("t"),         QStringLiteral("when"),
    };
    name = name.toLower();
    // "Time (UTC)", "timestamp [ms]"
    static const QRegularExpression bracketed(QStringLiteral("\\s*[(\\[]"));
    if (const auto bracket = name.indexOf(bracketed); bracket > 0)
        name.truncate(bracket);
    return names.contains(name.trimmed());
}

struct Column
{
    qsizetype index = 0;
    QString header;
    MetricSeries series;
    qsizetype cells = 0; // cells that are not empty
    qsizetype notNumbers = 0;
    qsizetype nonFinite = 0;
    // The first few cells that are not numbers: line and quoted text.
    QList<std::pair<int, QString>> examples;

    QString exampleList() const
    {
        QStringList list;
        for (const auto &[line, text] : examples)
            list.append(MetricReader::tr("line %1: %2").arg(QString::number(line), text));
        if (notNumbers > examples.size())
            list.append(QStringLiteral("…"));
        return list.join(QStringLiteral("; "));
    }
};

QString lineList(const QList<int> &lines, qsizetype total)
{
    QStringList numbers;
    for (const int line : lines)
        numbers.append(QString::number(line));
    QString text = numbers.join(QStringLiteral(", "));
    if (total > lines.size())
        text += QStringLiteral(", …");
    return text;
}

// "Skipped 3 empty rows (lines 5, 9, 12)."
QString skippedRows(qsizetype count, const QList<int> &lines, const QString &one, const QString &many)
{
    return count == 1 ? one.arg(lines.value(0)) : many.arg(QString::number(count), lineList(lines, count));
}

// The CSV reader's state over one file.
class CsvReader
{
public:
    CsvReader(QByteArrayView data, const QTimeZone &zone)
        : m_data(data), m_zone(zone.isValid() ? zone : QTimeZone::utc()), m_zoneless(m_zone)
    {}

    MetricImport read();

private:
    void readHeader();
    bool findTimeColumn(const Cells &firstRow);
    bool readRow(int number);
    MetricImport finish();
    MetricImport fail(const QString &error) { return {std::nullopt, error}; }
    QString unclosedQuote(int number) const
    {
        return MetricReader::tr("Line %1: a quoted value is not closed on its line.").arg(number);
    }

    QByteArrayView m_data;
    QTimeZone m_zone;
    ZonelessTimes m_zoneless;
    Cells m_cells;
    char m_delimiter = ',';
    bool m_decimalComma = false;

    QStringList m_headers;
    bool m_hasHeader = true;
    qsizetype m_timeColumn = -1;
    QList<Column> m_columns;

    TimeFormat m_format = TimeFormat::None;
    int m_formatLine = 0;
    QString m_formatExample;
    qsizetype m_rows = 0;
    QList<int> m_emptyRows;
    qsizetype m_emptyRowCount = 0;
    QList<int> m_timelessRows;
    qsizetype m_timelessRowCount = 0;
    QString m_error;
};

MetricImport CsvReader::read()
{
    Lines lines(m_data);
    QByteArrayView line;
    int number = 0;
    while (lines.next(line, number) && isBlank(line)) {
    }
    m_delimiter = guessDelimiter(line);
    m_decimalComma = m_delimiter != ',';
    if (!m_cells.split(line, m_delimiter))
        return fail(unclosedQuote(number));
    readHeader();
    const int firstNumber = number;

    // The time column is found in the first row of data: the header line itself when the file
    // has no header.
    Cells firstRow;
    if (m_hasHeader) {
        Lines ahead = lines;
        QByteArrayView next;
        int nextNumber = 0;
        while (ahead.next(next, nextNumber) && isBlank(next)) {
        }
        firstRow.split(next, m_delimiter);
    } else {
        firstRow = m_cells;
    }
    if (!findTimeColumn(firstRow))
        return fail(m_error);
    const qsizetype estimatedRows = m_data.count('\n') + 1;
    for (auto &column : m_columns)
        column.series.points.reserve(m_columns.size() <= 8 ? estimatedRows : 0);

    if (!m_hasHeader && !readRow(firstNumber))
        return fail(m_error);
    while (lines.next(line, number)) {
        if (isBlank(line)) {
            if (m_emptyRows.size() < ExampleLines)
                m_emptyRows.append(number);
            ++m_emptyRowCount;
            continue;
        }
        if (!m_cells.split(line, m_delimiter))
            return fail(unclosedQuote(number));
        if (!readRow(number))
            return fail(m_error);
    }
    return finish();
}

void CsvReader::readHeader()
{
    // A first row with a time in one cell and a number in another is data, not a header.
    bool time = false;
    bool value = false;
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        if (!time && parseTime(m_cells.at(i)).format != TimeFormat::None)
            time = true;
        else if (parseNumber(m_cells.at(i), m_decimalComma))
            value = true;
    }
    m_hasHeader = !(time && value);
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        const QString text = m_hasHeader ? cellText(m_cells.at(i)) : QString();
        m_headers.append(text.isEmpty() ? MetricReader::tr("Column %1").arg(i + 1) : text);
    }
}

bool CsvReader::findTimeColumn(const Cells &firstRow)
{
    for (qsizetype i = 0; m_hasHeader && i < m_headers.size() && m_timeColumn < 0; ++i) {
        if (isTimeHeader(m_headers.at(i)))
            m_timeColumn = i;
    }
    // Else by content: the leftmost cell of the first row written as a date, else as a Unix time.
    qsizetype unixTime = -1;
    for (qsizetype i = 0; m_timeColumn < 0 && i < qMin(firstRow.size(), m_headers.size()); ++i) {
        const auto format = parseTime(firstRow.at(i)).format;
        if (format == TimeFormat::IsoWithZone || format == TimeFormat::IsoWithoutZone)
            m_timeColumn = i;
        else if (format != TimeFormat::None && unixTime < 0)
            unixTime = i;
    }
    if (m_timeColumn < 0)
        m_timeColumn = unixTime;
    if (m_timeColumn < 0) {
        m_error = MetricReader::tr("No column holds times; expected a header such as “time” or “timestamp”, or "
                                   "times such as 2023-03-14T12:30:00Z or 1678797000 in the first row.");
        return false;
    }
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        if (i == m_timeColumn)
            continue;
        Column column;
        column.index = i;
        column.header = m_headers.at(i);
        if (m_hasHeader) {
            const auto named = splitUnit(column.header);
            column.series.name = named.name;
            column.series.unit = named.unit;
        } else {
            column.series.name = column.header;
        }
        m_columns.append(column);
    }
    if (m_columns.isEmpty()) {
        m_error = MetricReader::tr("The file has only a time column; a chart needs a column of values beside it.");
        return false;
    }
    return true;
}

bool CsvReader::readRow(int number)
{
    bool blank = true;
    for (qsizetype i = 0; i < m_cells.size() && blank; ++i)
        blank = isBlank(m_cells.at(i));
    if (blank) {
        if (m_emptyRows.size() < ExampleLines)
            m_emptyRows.append(number);
        ++m_emptyRowCount;
        return true;
    }
    const QByteArrayView timeCell = m_cells.at(m_timeColumn);
    if (isBlank(timeCell)) {
        if (m_timelessRows.size() < ExampleLines)
            m_timelessRows.append(number);
        ++m_timelessRowCount;
        return true;
    }
    const ParsedTime time = parseTime(timeCell);
    if (time.format == TimeFormat::None) {
        m_error = MetricReader::tr("Line %1, column “%2”: %3 is not a time; expected times such as "
                                   "2023-03-14T12:30:00Z, 2023-03-14 12:30 or 1678797000.")
                      .arg(QString::number(number), m_headers.at(m_timeColumn), quoted(timeCell));
        return false;
    }
    if (m_format == TimeFormat::None) {
        m_format = time.format;
        m_formatLine = number;
        m_formatExample = quoted(timeCell);
    } else if (time.format != m_format) {
        m_error = MetricReader::tr("Line %1, column “%2”: %3 is %4, but line %5 has %6 (%7); a file must keep to "
                                   "one time format.")
                      .arg(QString::number(number), m_headers.at(m_timeColumn), quoted(timeCell), describe(time.format),
                           QString::number(m_formatLine), describe(m_format), m_formatExample);
        return false;
    }
    const double x = double(time.format == TimeFormat::IsoWithoutZone ? m_zoneless.toUtc(time.msecs) : time.msecs);
    ++m_rows;
    for (auto &column : m_columns) {
        const QByteArrayView cell = m_cells.at(column.index);
        if (isBlank(cell))
            continue; // a gap, as dashboards write one
        ++column.cells;
        const auto value = parseNumber(cell, m_decimalComma);
        if (!value) {
            if (column.examples.size() < ExampleLines)
                column.examples.append({number, quoted(cell)});
            ++column.notNumbers;
        } else if (!std::isfinite(*value)) {
            ++column.nonFinite;
        } else {
            column.series.points.append(QPointF(x, *value));
        }
    }
    return true;
}

MetricImport CsvReader::finish()
{
    MetricData data;
    if (m_rows == 0)
        return fail(MetricReader::tr("The file has a header but no rows of values."));
    for (auto &column : m_columns) {
        if (column.series.points.isEmpty()) {
            if (column.cells == 0)
                data.warnings.append(MetricReader::tr("Column “%1” is empty; it was left out.").arg(column.header));
            else
                data.warnings.append(MetricReader::tr("Column “%1” holds no numbers (%2); it was left out.")
                                         .arg(column.header, column.exampleList()));
            continue;
        }
        if (column.notNumbers > 0) {
            const QString examples = column.exampleList();
            data.warnings.append(column.notNumbers == 1
                                     ? MetricReader::tr("Column “%1”: left out 1 value that is not a number (%2).")
                                           .arg(column.header, examples)
                                     : MetricReader::tr("Column “%1”: left out %2 values that are not numbers (%3).")
                                           .arg(column.header, QString::number(column.notNumbers), examples));
        }
        if (column.nonFinite > 0) {
            data.warnings.append(
                column.nonFinite == 1
                    ? MetricReader::tr("Column “%1”: left out 1 value that is NaN or infinite.").arg(column.header)
                    : MetricReader::tr("Column “%1”: left out %2 values that are NaN or infinite.")
                          .arg(column.header, QString::number(column.nonFinite)));
        }
        column.series.points.squeeze();
        sortByTime(column.series.points);
        data.series.append(std::move(column.series));
    }
    if (data.series.isEmpty()) {
        for (const auto &column : std::as_const(m_columns)) {
            if (!column.examples.isEmpty()) {
                return fail(MetricReader::tr("No value is a number: line %1, column “%2”: %3 is not a number.")
                                .arg(QString::number(column.examples.first().first), column.header,
                                     column.examples.first().second));
            }
        }
        return fail(MetricReader::tr("The file holds times but no values."));
    }
    if (m_emptyRowCount > 0) {
        data.warnings.prepend(skippedRows(m_emptyRowCount, m_emptyRows,
                                          MetricReader::tr("Skipped 1 empty row (line %1)."),
                                          MetricReader::tr("Skipped %1 empty rows (lines %2).")));
    }
    if (m_timelessRowCount > 0) {
        data.warnings.prepend(skippedRows(m_timelessRowCount, m_timelessRows,
                                          MetricReader::tr("Skipped 1 row without a time (line %1)."),
                                          MetricReader::tr("Skipped %1 rows without a time (lines %2).")));
    }
    if (m_format == TimeFormat::IsoWithoutZone) {
        data.warnings.prepend(MetricReader::tr("The times carry no zone; they were read as %1 time.")
                                  .arg(QString::fromUtf8(m_zone.id())));
    }
    return {std::move(data), {}};
}

} // namespace

MetricImport parseMetricsCsv(const QByteArray &data, const QTimeZone &zoneForZonelessTimes)
{
    if (const QString problem = TextFile::problem(data); !problem.isEmpty())
        return {std::nullopt, problem};
    const QByteArray text = TextFile::withoutByteOrderMark(data);
    CsvReader reader(text, zoneForZonelessTimes);
    return reader.read();
}

} // namespace hindsight::importing
