// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowntime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace hindsight::importing::mdimport {

using model::TimePrecision;

namespace {

struct Abbreviation
{
    const char *name;
    int offsetSeconds;
    const char *region; // the IANA zone the review is shown in
};

// IST is India's: Irish and Israel Standard Time share the letters, and India writes it most.
constexpr Abbreviation abbreviations[] = {
    {"UTC", 0, "UTC"},
    {"GMT", 0, "UTC"},
    {"WET", 0, "Europe/Lisbon"},
    {"WEST", 3600, "Europe/Lisbon"},
    {"BST", 3600, "Europe/London"},
    {"CET", 3600, "Europe/Berlin"},
    {"CEST", 7200, "Europe/Berlin"},
    {"EET", 7200, "Europe/Helsinki"},
    {"EEST", 10800, "Europe/Helsinki"},
    {"EST", -5 * 3600, "America/New_York"},
    {"EDT", -4 * 3600, "America/New_York"},
    {"CST", -6 * 3600, "America/Chicago"},
    {"CDT", -5 * 3600, "America/Chicago"},
    {"MST", -7 * 3600, "America/Denver"},
    {"MDT", -6 * 3600, "America/Denver"},
    {"PST", -8 * 3600, "America/Los_Angeles"},
    {"PDT", -7 * 3600, "America/Los_Angeles"},
    {"IST", 19800, "Asia/Kolkata"},
    {"JST", 9 * 3600, "Asia/Tokyo"},
    {"AEST", 10 * 3600, "Australia/Sydney"},
    {"AEDT", 11 * 3600, "Australia/Sydney"},
};

QString abbreviationPattern()
{
    QStringList names;
    for (const auto &abbreviation : abbreviations)
        names.append(QLatin1StringView(abbreviation.name));
    // Longest first, so that CEST is not read as CET followed by "ST".
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return names.join(QLatin1Char('|'));
}

Zone fixedZone(const QString &written, int offsetSeconds)
{
    QString display = QStringLiteral("UTC");
    // IANA's Etc zones name whole-hour offsets, with the sign the other way round (POSIX).
    if (offsetSeconds != 0 && offsetSeconds % 3600 == 0 && offsetSeconds >= -12 * 3600 && offsetSeconds <= 14 * 3600)
        display = QStringLiteral("Etc/GMT") + (offsetSeconds > 0 ? QLatin1Char('-') : QLatin1Char('+')) +
                  QString::number(qAbs(offsetSeconds) / 3600);
    return {written, offsetSeconds, {}, display};
}

std::optional<Zone> offsetZone(const QString &written, QStringView sign, int hours, int minutes)
{
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    const int seconds = (hours * 60 + minutes) * 60 * (sign == u"+" ? 1 : -1);
    return fixedZone(written, seconds);
}

const QString months =
    QStringLiteral("(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
                   "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)");

int monthNumber(QStringView name)
{
    static const char *const prefixes[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                           "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString lower = name.first(qMin(name.size(), qsizetype(3))).toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == QLatin1StringView(prefixes[i]))
            return i + 1;
    }
    return 0;
}

QRegularExpression anchored(const QString &pattern, bool caseInsensitive = true)
{
    QRegularExpression expression(pattern, caseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                           : QRegularExpression::NoPatternOption);
    expression.optimize();
    return expression;
}

QRegularExpressionMatch matchAt(const QRegularExpression &expression, QStringView text, qsizetype at)
{
    return expression.match(text, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
}

struct DateRead
{
    QDate date;
    qsizetype end = 0;
    QString fault;
};

std::optional<DateRead> readDate(QStringView text, qsizetype at)
{
    static const QRegularExpression iso = anchored(QStringLiteral(R"((\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))"));
    static const QRegularExpression dayFirst = anchored(QStringLiteral(R"((\d{1,2})(?:st|nd|rd|th)?\.?\s+)") + months +
                                                        QStringLiteral(R"(\.?,?\s+(\d{4})(?!\d))"));
    static const QRegularExpression monthFirst =
        anchored(months + QStringLiteral(R"(\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d))"));
    int year = 0;
    int month = 0;
    int day = 0;
    QRegularExpressionMatch match;
    if ((match = matchAt(iso, text, at)).hasMatch()) {
        year = match.capturedView(1).toInt();
        month = match.capturedView(2).toInt();
        day = match.capturedView(3).toInt();
    } else if ((match = matchAt(dayFirst, text, at)).hasMatch()) {
        day = match.capturedView(1).toInt();
        month = monthNumber(match.capturedView(2));
        year = match.capturedView(3).toInt();
    } else if ((match = matchAt(monthFirst, text, at)).hasMatch()) {
        month = monthNumber(match.capturedView(1));
        day = match.capturedView(2).toInt();
        year = match.capturedView(3).toInt();
    } else {
        return std::nullopt;
    }
    DateRead read;
    read.date = QDate(year, month, day);
    read.end = match.capturedEnd(0);
    if (!read.date.isValid())
        read.fault = match.captured(0);
    return read;
}

} // namespace

std::optional<Zone> zoneFromText(QStringView text)
{
    static const QRegularExpression offset(
        QStringLiteral(R"(^(?:UTC|GMT)?\s*([+\x{2212}-])\s*(\d{1,2})(?::?(\d{2}))?$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression region(QStringLiteral(R"(^[A-Za-z]+(?:/[A-Za-z0-9_+-]+)+$)"));
    QStringView trimmed = text.trimmed();
    while (trimmed.startsWith(u'(') && trimmed.endsWith(u')'))
        trimmed = trimmed.sliced(1, trimmed.size() - 2).trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const QString written = trimmed.toString();
    if (trimmed == u"Z" || trimmed.compare(u"UTC", Qt::CaseInsensitive) == 0 ||
        trimmed.compare(u"GMT", Qt::CaseInsensitive) == 0)
        return Zone{written, 0, {}, QStringLiteral("UTC")};
    for (const auto &abbreviation : abbreviations) {
        if (trimmed.compare(QLatin1StringView(abbreviation.name), Qt::CaseInsensitive) == 0)
            return Zone{written, abbreviation.offsetSeconds, {}, QString::fromLatin1(abbreviation.region)};
    }
    if (const auto match = offset.match(trimmed); match.hasMatch()) {
        const QStringView sign = match.capturedView(1) == u"+" ? QStringView(u"+") : QStringView(u"-");
        return offsetZone(written, sign, match.capturedView(2).toInt(), match.capturedView(3).toInt());
    }
    if (region.match(trimmed).hasMatch() && QTimeZone::isTimeZoneIdAvailable(written.toLatin1())) {
        const QByteArray id = written.toLatin1();
        return Zone{written, 0, id, written};
    }
    return std::nullopt;
}

std::optional<Zone> zoneMentioned(QStringView text)
{
    static const QRegularExpression mention(
        QStringLiteral(R"((?<![A-Za-z/])([A-Z][A-Za-z]+(?:/[A-Za-z0-9_+-]+)+|(?:UTC|GMT|utc|gmt)\s*[+\x{2212}-]\s*)"
                       R"(\d{1,2}(?::?\d{2})?|[+-]\d{2}:\d{2}|UTC|GMT|utc|gmt|Utc|)") +
        abbreviationPattern() + QStringLiteral(R"()(?![A-Za-z0-9]))"));
    auto matches = mention.globalMatch(text);
    while (matches.hasNext()) {
        if (auto zone = zoneFromText(matches.next().capturedView(1)))
            return zone;
    }
    return std::nullopt;
}

std::optional<Zone> zoneStatement(QStringView line)
{
    static const QRegularExpression statement(
        QStringLiteral(R"(^[\s(*_]*(?:all\s+)?(?:the\s+)?(?:times?|timestamps?|dates?\s+and\s+times?)\s*:?\s+)"
                       R"((?:are\s+|is\s+)?(?:(?:shown|given|listed|written|displayed|expressed|recorded|stated)\s+)?)"
                       R"((?:in\s+)?(.+?)[\s.)*_]*$)"),
        QRegularExpression::CaseInsensitiveOption);
    // Such a line is short; a long one is prose, and the pattern's backtracking grows with length.
    if (line.size() > 200)
        return std::nullopt;
    const auto match = statement.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    if (auto zone = zoneFromText(match.capturedView(1)))
        return zone;
    // "All times in Europe/Berlin (UTC+01:00)."
    static const QRegularExpression aside(QStringLiteral(R"(\s*\([^()]*\)?$)"));
    return zoneFromText(match.captured(1).remove(aside));
}

QDateTime toUtc(const QDate &date, const QTime &time, const Zone &zone)
{
    if (zone.isRegion())
        return QDateTime(date, time, QTimeZone(zone.regionId)).toUTC();
    return QDateTime(date, time, Qt::UTC).addSecs(-zone.offsetSeconds);
}

std::optional<int> regionOffsetDiffering(const Zone &zone, const QDateTime &utc)
{
    if (zone.isRegion() || zone.displayId == u"UTC" || zone.displayId.startsWith(u"Etc/"))
        return std::nullopt;
    const QTimeZone region(zone.displayId.toLatin1());
    if (!region.isValid())
        return std::nullopt;
    const int actual = region.offsetFromUtc(utc);
    if (actual == zone.offsetSeconds)
        return std::nullopt;
    return actual;
}

QString offsetText(int seconds)
{
    const int minutes = qAbs(seconds) / 60;
    return (seconds < 0 ? QLatin1Char('-') : QLatin1Char('+')) + QStringLiteral("%1:%2")
                                                                     .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                                                                     .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

Moment readMoment(QStringView text)
{
    static const QRegularExpression weekday =
        anchored(QStringLiteral(R"((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)"));
    static const QRegularExpression separator = anchored(QStringLiteral(R"((?:T|,?\s+(?:at\s+)?))"));
    static const QRegularExpression clock =
        anchored(QStringLiteral(R"((\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?![\d:]))"));
    static const QRegularExpression meridiem = anchored(QStringLiteral(R"(\s*([ap])\.?\s?m\b\.?)"));
    static const QRegularExpression unknownClock =
        anchored(QStringLiteral(R"((?:--|\?\?|xx):(?:--|\?\?|xx)(?::(?:--|\?\?|xx))?(?![\w:?]))"));
    static const QRegularExpression unknownWord =
        anchored(QStringLiteral(R"((?:unknown(?:\s+time)?|time\s+unknown|n/a|tbd|\?{1,2})(?![\w?]))"));
    static const QRegularExpression zone = anchored(
        QStringLiteral(R"(\s*((?i:utc|gmt)[+\x{2212}-]\d{1,2}(?::?\d{2})?|(?i:utc|gmt)|)") + abbreviationPattern() +
            QStringLiteral(R"()(?![A-Za-z0-9])|(Z)(?![A-Za-z0-9])|([+-])(\d{2}):?(\d{2})(?!\d))"),
        false);

    Moment moment;
    qsizetype at = 0;
    while (at < text.size() && text[at].isSpace())
        ++at;
    qsizetype afterWeekday = at;
    if (const auto match = matchAt(weekday, text, at); match.hasMatch())
        afterWeekday = match.capturedEnd(0);

    bool isoSeparator = false;
    if (auto date = readDate(text, afterWeekday)) {
        if (!date->fault.isEmpty()) {
            moment.result = Moment::Result::BadDate;
            moment.fault = date->fault;
            return moment;
        }
        moment.date = date->date;
        moment.precision = TimePrecision::Day;
        at = date->end;
        moment.length = at;
        const auto gap = matchAt(separator, text, at);
        if (!gap.hasMatch()) {
            moment.result = Moment::Result::Ok;
            return moment;
        }
        isoSeparator = gap.capturedView(0) == u"T" || gap.capturedView(0) == u"t";
        at = gap.capturedEnd(0);
    }

    if (const auto match = matchAt(clock, text, at); match.hasMatch()) {
        int hour = match.capturedView(1).toInt();
        const int minute = match.capturedView(2).toInt();
        const int second = match.capturedView(3).toInt();
        const QString fraction = match.captured(4).leftJustified(3, QLatin1Char('0')).left(3);
        qsizetype end = match.capturedEnd(0);
        bool valid = minute <= 59 && second <= 59;
        if (const auto half = matchAt(meridiem, text, end); half.hasMatch()) {
            valid = valid && hour >= 1 && hour <= 12;
            hour = hour % 12 + (half.capturedView(1).compare(u"p", Qt::CaseInsensitive) == 0 ? 12 : 0);
            end = half.capturedEnd(0);
        } else {
            valid = valid && hour <= 23;
        }
        if (!valid) {
            moment.result = Moment::Result::BadTime;
            moment.fault = match.captured(0);
            return moment;
        }
        moment.hasTime = true;
        moment.time = QTime(hour, minute, second, fraction.toInt());
        moment.precision = match.hasCaptured(4)   ? TimePrecision::Millisecond
                           : match.hasCaptured(3) ? TimePrecision::Second
                                                  : TimePrecision::Minute;
        at = end;
    } else if (const auto unknown = matchAt(unknownClock, text, at); unknown.hasMatch()) {
        moment.hasTime = true;
        moment.unknownTime = true;
        moment.precision = TimePrecision::UnknownTime;
        at = unknown.capturedEnd(0);
    } else if (const auto word = matchAt(unknownWord, text, at); word.hasMatch() && moment.date.isValid()) {
        moment.hasTime = true;
        moment.unknownTime = true;
        moment.precision = TimePrecision::UnknownTime;
        at = word.capturedEnd(0);
    }

    if (!moment.hasTime) {
        if (moment.date.isValid())
            moment.result = Moment::Result::Ok;
        return moment;
    }
    if (!moment.unknownTime) {
        if (const auto match = matchAt(zone, text, at); match.hasMatch()) {
            std::optional<Zone> written;
            if (match.hasCaptured(1)) {
                written = zoneFromText(match.capturedView(1));
            } else if (match.hasCaptured(2)) {
                written = zoneFromText(match.capturedView(2));
            } else if (match.capturedView(3) == u"+" || isoSeparator) {
                // "13:00-14:00" is a range, not an offset: a negative offset needs an ISO 8601 "T".
                written =
                    offsetZone(match.captured(3) + match.captured(4) + QLatin1Char(':') + match.captured(5),
                               match.capturedView(3), match.capturedView(4).toInt(), match.capturedView(5).toInt());
            }
            if (written) {
                moment.zone = written;
                at = match.capturedEnd(0);
            }
        }
        // "14:41 (Europe/Berlin)", "13:05 (CET)".
        static const QRegularExpression aside = anchored(QStringLiteral(R"(\s*\(\s*([^()\s]{1,40})\s*\))"));
        if (const auto match = matchAt(aside, text, at); !moment.zone && match.hasMatch()) {
            if (const auto written = zoneFromText(match.capturedView(1))) {
                moment.zone = written;
                at = match.capturedEnd(0);
            }
        }
    }
    moment.result = Moment::Result::Ok;
    moment.length = at;
    return moment;
}

std::optional<QDate> dateFromText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const auto moment = readMoment(trimmed);
    if (moment.result != Moment::Result::Ok || !moment.date.isValid() || moment.hasTime ||
        moment.length != trimmed.size())
        return std::nullopt;
    return moment.date;
}

std::optional<QDate> dateMentioned(QStringView text)
{
    static const QRegularExpression candidate(
        QStringLiteral(R"((?<![\d-])(?:\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+)") + months +
            QStringLiteral(R"(\.?,?\s+\d{4}|)") + months +
            QStringLiteral(R"(\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}))"),
        QRegularExpression::CaseInsensitiveOption);
    auto matches = candidate.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        if (const auto date = readDate(text, match.capturedStart(0)); date && date->date.isValid())
            return date->date;
    }
    return std::nullopt;
}

} // namespace hindsight::importing::mdimport
