// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricfields.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <charconv>
#include <limits>

namespace hindsight::importing::metrics {

namespace {

constexpr qint64 MsPerHour = 3600 * 1000;
constexpr qint64 MsPerDay = 24 * MsPerHour;

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's
// days_from_civil): a QDate per row would cost more than the rest of the parse.
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const auto yearOfEra = unsigned(year - era * 400);
    const unsigned dayOfYear = (153 * unsigned(month + (month > 2 ? -3 : 9)) + 2) / 5 + unsigned(day) - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + qint64(dayOfEra) - 719468;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

// Reads the bytes of one cell from left to right.
class Cursor
{
public:
    explicit Cursor(QByteArrayView text) : m_p(text.data()), m_end(text.data() + text.size()) {}

    bool atEnd() const { return m_p == m_end; }
    char peek() const { return atEnd() ? '\0' : *m_p; }
    bool eat(char c)
    {
        if (peek() != c)
            return false;
        ++m_p;
        return true;
    }
    // Exactly count digits.
    bool digits(int count, int &value)
    {
        value = 0;
        for (int i = 0; i < count; ++i) {
            if (!isDigit(peek()))
                return false;
            value = value * 10 + (*m_p++ - '0');
        }
        return true;
    }
    // One or more digits, of which the first `keep` are kept (as milliseconds, when keep is 3).
    bool fraction(int keep, int &value)
    {
        if (!isDigit(peek()))
            return false;
        value = 0;
        int read = 0;
        while (isDigit(peek())) {
            if (read < keep)
                value = value * 10 + (*m_p - '0');
            ++read;
            ++m_p;
        }
        for (; read < keep; ++read)
            value *= 10;
        return true;
    }
    void skipSpaces()
    {
        while (!atEnd() && isSpace(*m_p))
            ++m_p;
    }
    bool eatWord(const char *word)
    {
        const char *p = m_p;
        for (; *word; ++word, ++p) {
            if (p == m_end || (*p | 0x20) != (*word | 0x20))
                return false;
        }
        m_p = p;
        return true;
    }

private:
    const char *m_p;
    const char *m_end;
};

ParsedTime parseIso(QByteArrayView text)
{
    Cursor c(text);
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millisecond = 0;
    if (!c.digits(4, year) || !c.eat('-') || !c.digits(2, month) || !c.eat('-') || !c.digits(2, day))
        return {};
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return {};
    qint64 msecs = daysFromCivil(year, month, day) * MsPerDay;
    if (c.atEnd()) // a date alone: a daily series
        return {TimeFormat::IsoWithoutZone, msecs};
    if (!c.eat('T') && !c.eat('t') && !c.eat(' '))
        return {};
    if (!c.digits(2, hour) || !c.eat(':') || !c.digits(2, minute))
        return {};
    if (c.eat(':')) {
        if (!c.digits(2, second))
            return {};
        if ((c.eat('.') || c.eat(',')) && !c.fraction(3, millisecond))
            return {};
    }
    if (hour > 23 || minute > 59 || second > 59)
        return {};
    msecs += ((hour * 60 + minute) * 60 + second) * 1000LL + millisecond;
    c.skipSpaces();
    if (c.atEnd())
        return {TimeFormat::IsoWithoutZone, msecs};
    if (c.eat('Z') || c.eat('z') || c.eatWord("UTC") || c.eatWord("GMT")) {
        if (c.atEnd())
            return {TimeFormat::IsoWithZone, msecs};
    }
    const char sign = c.peek();
    if (sign != '+' && sign != '-')
        return {};
    c.eat(sign);
    int offsetHours = 0;
    int offsetMinutes = 0;
    if (!c.digits(2, offsetHours))
        return {};
    if (!c.atEnd()) {
        c.eat(':');
        if (!c.digits(2, offsetMinutes))
            return {};
    }
    if (!c.atEnd() || offsetHours > 23 || offsetMinutes > 59)
        return {};
    const qint64 offset = (offsetHours * 60 + offsetMinutes) * 60 * 1000LL;
    return {TimeFormat::IsoWithZone, sign == '+' ? msecs - offset : msecs + offset};
}

ParsedTime parseUnix(QByteArrayView text)
{
    Cursor c(text);
    qint64 whole = 0;
    int wholeDigits = 0;
    while (isDigit(c.peek())) {
        // Nineteen digits of nanoseconds reach 2262; nineteen nines are past what qint64 holds.
        const int digit = c.peek() - '0';
        if (whole > (std::numeric_limits<qint64>::max() - digit) / 10)
            return {};
        whole = whole * 10 + digit;
        ++wholeDigits;
        c.eat(c.peek());
    }
    int milliseconds = 0;
    if (wholeDigits == 0 || (c.eat('.') && !c.atEnd() && !c.fraction(3, milliseconds)) || !c.atEnd())
        return {};
    // Seconds from March 1973 to the year 5138; then milliseconds to 5138, and so on.
    if (whole < 100'000'000)
        return {};
    if (whole < 100'000'000'000)
        return {TimeFormat::UnixSeconds, whole * 1000 + milliseconds};
    if (whole < 100'000'000'000'000)
        return {TimeFormat::UnixMilliseconds, whole};
    if (whole < 100'000'000'000'000'000)
        return {TimeFormat::UnixMicroseconds, whole / 1000};
    return {TimeFormat::UnixNanoseconds, whole / 1'000'000};
}

QString shortened(QString text)
{
    constexpr qsizetype maxLength = 40;
    if (text.size() > maxLength) {
        qsizetype length = maxLength;
        if (text.at(length - 1).isHighSurrogate())
            --length;
        text = text.left(length) + QStringLiteral("…");
    }
    for (auto &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return QStringLiteral("“") + text + QStringLiteral("”");
}

} // namespace

ParsedTime parseTime(QByteArrayView text)
{
    text = trimmed(text);
    if (text.size() >= 10 && text[4] == '-')
        return parseIso(text);
    return parseUnix(text);
}

QString describe(TimeFormat format)
{
    switch (format) {
    case TimeFormat::None:
        break;
    case TimeFormat::IsoWithZone:
        return MetricReader::tr("a time with a zone");
    case TimeFormat::IsoWithoutZone:
        return MetricReader::tr("a time without a zone");
    case TimeFormat::UnixSeconds:
        return MetricReader::tr("Unix seconds");
    case TimeFormat::UnixMilliseconds:
        return MetricReader::tr("Unix milliseconds");
    case TimeFormat::UnixMicroseconds:
        return MetricReader::tr("Unix microseconds");
    case TimeFormat::UnixNanoseconds:
        return MetricReader::tr("Unix nanoseconds");
    }
    return MetricReader::tr("not a time");
}

ZonelessTimes::ZonelessTimes(const QTimeZone &zone) : m_zone(zone.isValid() ? zone : QTimeZone::utc()) {}

qint64 ZonelessTimes::toUtc(qint64 wallMsecs)
{
    const qint64 hour = floorDiv(wallMsecs, MsPerHour);
    if (hour != m_hour) {
        // The offset at the instant the wall-clock time would be with the offset of the
        // wall-clock time taken as UTC: right on both sides of a change; in the hour a change
        // skips, the offset from before it (as QDateTime does).
        const auto offsetAt = [this](qint64 msecs) {
            return qint64(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc()))) * 1000;
        };
        const qint64 start = hour * MsPerHour;
        m_offsetMs = offsetAt(start - offsetAt(start));
        m_hour = hour;
    }
    return wallMsecs - m_offsetMs;
}

std::optional<double> parseNumber(QByteArrayView text, bool decimalComma)
{
    text = trimmed(text);
    if (text.endsWith('%'))
        text = trimmed(text.chopped(1));
    if (text.startsWith('+'))
        text = text.sliced(1);
    if (text.isEmpty())
        return std::nullopt;
    char buffer[64];
    const char *first = text.data();
    if (decimalComma && text.contains(',')) {
        if (text.size() > qsizetype(sizeof buffer))
            return std::nullopt;
        std::replace_copy(text.begin(), text.end(), buffer, ',', '.');
        first = buffer;
    }
    const char *last = first + text.size();
    double value = 0;
    const auto [end, error] = std::from_chars(first, last, value);
    if (error != std::errc() || end != last)
        return std::nullopt;
    return value;
}

NamedUnit splitUnit(const QString &header)
{
    const QString text = header.trimmed();
    // "latency (ms)", "latency [ms]"
    static const QRegularExpression bracketed(QStringLiteral(R"(^(.*\S)\s*[(\[]\s*([^()\[\]]{1,12}?)\s*[)\]]$)"));
    if (const auto match = bracketed.match(text); match.hasMatch())
        return {match.captured(1), match.captured(2)};
    if (text.endsWith(u'%'))
        return {text, QStringLiteral("%")};
    // The last word that names a unit, past the suffixes Prometheus names and exports add.
    static const QHash<QString, QString> units{
        {QStringLiteral("percent"), QStringLiteral("%")},  {QStringLiteral("pct"), QStringLiteral("%")},
        {QStringLiteral("ms"), QStringLiteral("ms")},      {QStringLiteral("milliseconds"), QStringLiteral("ms")},
        {QStringLiteral("seconds"), QStringLiteral("s")},  {QStringLiteral("bytes"), QStringLiteral("B")},
        {QStringLiteral("celsius"), QStringLiteral("°C")},
    };
    static const QStringList suffixes{
        QStringLiteral("total"), QStringLiteral("count"), QStringLiteral("sum"), QStringLiteral("bucket"),
        QStringLiteral("avg"),   QStringLiteral("mean"),  QStringLiteral("max"), QStringLiteral("min"),
        QStringLiteral("p50"),   QStringLiteral("p90"),   QStringLiteral("p95"), QStringLiteral("p99"),
        QStringLiteral("p999"),
    };
    static const QRegularExpression separators(QStringLiteral("[\\s_.:-]+"));
    const QStringList words = text.toLower().split(separators, Qt::SkipEmptyParts);
    for (auto word = words.crbegin(); word != words.crend(); ++word) {
        if (const auto unit = units.constFind(*word); unit != units.cend())
            return {text, *unit};
        if (!suffixes.contains(*word))
            break;
    }
    return {text, {}};
}

QString quoted(QByteArrayView text)
{
    return shortened(QString::fromUtf8(trimmed(text)));
}

QString quoted(const QString &text)
{
    return shortened(text);
}

void sortByTime(QList<QPointF> &points)
{
    const auto earlier = [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); };
    if (!std::is_sorted(points.cbegin(), points.cend(), earlier))
        std::stable_sort(points.begin(), points.end(), earlier);
}

} // namespace hindsight::importing::metrics
